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
            <div>
              <dt>主办单位</dt>
              <dd>{identity.sponsor}</dd>
            </div>
            <div>
              <dt>网站标识码</dt>
              <dd>{identity.siteCode}</dd>
            </div>
            <div>
              <dt>ICP备案号</dt>
              <dd>{identity.icp}</dd>
            </div>
            <div>
              <dt>公安备案号</dt>
              <dd>{identity.publicSecurityFiling}</dd>
            </div>
            <div>
              <dt>联系电话</dt>
              <dd>{identity.contact}</dd>
            </div>
          </dl>
        ) : (
          <p>政府信息公开平台</p>
        )}
      </div>
    </footer>
  );
}
