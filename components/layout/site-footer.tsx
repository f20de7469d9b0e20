import type { SiteInfo } from "@/lib/agencies/site";

export function SiteFooter({ site }: { site: SiteInfo | undefined }) {
  const identity = site?.host.siteIdentity;
  const office = site?.host.disclosureOffice;
  return (
    <footer className="site-footer">
      <div className="container">
        {office?.name ? (
          <p className="footer-office">
            政府信息公开工作机构：{office.name}
            {office.phone ? <> · 咨询电话：{office.phone}</> : null}
            {office.address ? <> · 地址：{office.address}</> : null}
          </p>
        ) : null}
        {identity ? (
          <dl className="footer-identity">
            {(
              [
                ["主办单位", identity.sponsor],
                ["网站标识码", identity.siteCode],
                ["ICP备案号", identity.icp],
                ["公安备案号", identity.publicSecurityFiling],
                ["联系电话", identity.contact],
              ] as const
            ).map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>政府信息公开平台</p>
        )}
      </div>
    </footer>
  );
}
