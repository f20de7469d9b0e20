import type { Metadata } from "next";
import Link from "next/link";
import { cachedSiteInfo } from "@/app/_catalogue/data";

export const metadata: Metadata = { title: "联系我们" };

/** 联系我们: the host agency's disclosure office and the site's contact (the same settings as the guide and footer). */
export default async function ContactPage() {
  const site = await cachedSiteInfo();
  const office = site?.host.disclosureOffice;
  const rows: [string, string][] = office
    ? [
        ["工作机构", office.name],
        ["办公地址", office.address],
        ["办公时间", office.hours],
        ["联系电话", office.phone],
        ["传真", office.fax],
        ["电子邮箱", office.email],
        ["邮政编码", office.postcode],
        ["网站联系电话", site?.host.siteIdentity.contact ?? ""],
      ]
    : [];
  return (
    <>
      <h1>联系我们</h1>
      <section className="panel">
        <h2>政府信息公开工作机构</h2>
        <dl className="contact-list">
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        <p>
          申请获取政府信息，请通过<Link href="/apply">依申请公开</Link>提出；咨询、意见和建议可按上述方式联系。
        </p>
      </section>
    </>
  );
}
