import type { Metadata } from "next";
import Link from "next/link";
import { DISCLOSURE_COLUMN } from "@/components/layout/nav-items";

export const metadata: Metadata = { title: "网站地图" };

const SECTIONS: { heading: string; links: { href: string; label: string }[] }[] = [
  { heading: "政府信息公开", links: [{ href: "/", label: "首页" }, ...DISCLOSURE_COLUMN, { href: "/performance", label: "依申请公开办理情况" }] },
  {
    heading: "依申请公开",
    links: [
      { href: "/apply/new", label: "在线提交申请" },
      { href: "/apply/lookup", label: "查询申请进度" },
      { href: "/account/applications", label: "我的申请（登录后）" },
      { href: "/apply/deadline-calculator", label: "答复期限计算器" },
      { href: "/apply/fee-calculator", label: "信息处理费计算器" },
    ],
  },
  {
    heading: "网站服务",
    links: [
      { href: "/catalogue", label: "检索政府信息" },
      { href: "/accessibility", label: "无障碍说明（长者模式、高对比度、朗读）" },
      { href: "/contact", label: "联系我们" },
      { href: "/feed.xml", label: "订阅源（Atom）" },
      { href: "/login", label: "登录" },
      { href: "/register", label: "注册" },
    ],
  },
];

/** 网站地图: every entry of the site on one page (《政府网站发展指引》). */
export default function SiteMapPage() {
  return (
    <>
      <h1>网站地图</h1>
      <div className="grid">
        {SECTIONS.map((section) => (
          <section key={section.heading} className="panel">
            <h2>{section.heading}</h2>
            <ul>
              {section.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
