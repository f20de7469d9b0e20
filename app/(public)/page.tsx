import Link from "next/link";
import { cachedLatest } from "@/app/_catalogue/data";
import { formatDate } from "@/components/catalogue/format";
import { DISCLOSURE_COLUMN } from "@/components/layout/nav-items";
import { documentUrl } from "@/lib/documents/public";

const DESCRIPTIONS: Record<string, string> = {
  "/guide": "如何获取政府信息：主动公开的渠道、依申请公开的办理流程、答复期限、收费标准和救济途径，以及政府信息公开工作机构的联系方式。",
  "/rules": "本机关政府信息公开工作遵循的制度文件。",
  "/catalogue": "按主题分类浏览、检索和下载本机关主动公开的政府信息。",
  "/annual-reports": "历年政府信息公开工作年度报告。",
  "/apply": "在线提交政府信息公开申请，凭查询码跟踪办理进度，计算答复期限和信息处理费。",
};

export default async function HomePage() {
  const latest = await cachedLatest();
  return (
    <>
      <h1>政府信息公开</h1>
      <p className="muted">
        依据《中华人民共和国政府信息公开条例》，本平台公开本机关主动公开的政府信息，受理公民、法人和其他组织的政府信息公开申请。
      </p>
      <div className="grid">
        {DISCLOSURE_COLUMN.map((item) => (
          <section key={item.href} className="card">
            <h2>
              <Link href={item.href}>{item.label}</Link>
            </h2>
            <p>{DESCRIPTIONS[item.href]}</p>
          </section>
        ))}
      </div>
      <section className="panel latest" aria-labelledby="latest-heading">
        <h2 id="latest-heading">最新公开</h2>
        {latest.length ? (
          <ul className="latest-list">
            {latest.map((item) => (
              <li key={item.id}>
                <Link href={documentUrl(item.id)}>{item.title}</Link>
                <time dateTime={formatDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time>
              </li>
            ))}
          </ul>
        ) : (
          <p>暂无公开的政府信息。</p>
        )}
        <p>
          <Link href="/catalogue">查看全部法定主动公开内容</Link>
        </p>
      </section>
    </>
  );
}
