import Link from "next/link";
import type { SiteInfo } from "@/lib/agencies/site";
import { icpFilingUrl, publicSecurityFilingUrl } from "@/lib/agencies/filing-links";

/** The footer of a government site (《政府网站发展指引》): site map, contact, error reporting, the sponsor and the filing numbers, linked to their registries. */
export function SiteFooter({ site }: { site: SiteInfo | undefined }) {
  const identity = site?.host.siteIdentity;
  const office = site?.host.disclosureOffice;
  return (
    <footer className="site-footer">
      <div className="container footer-layout">
        <div>
          <ul className="footer-links">
            <li>
              <Link href="/site-map">网站地图</Link>
            </li>
            <li>
              <Link href="/contact">联系我们</Link>
            </li>
            <li>
              <Link href="/accessibility">无障碍说明</Link>
            </li>
            <li>
              <Link href="/performance">依申请公开办理情况</Link>
            </li>
            {identity?.errorReportUrl ? (
              <li>
                <a href={identity.errorReportUrl} rel="noopener">
                  我为政府网站找错
                </a>
              </li>
            ) : null}
          </ul>
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
              {identity.siteCode ? (
                <div>
                  <dt>网站标识码</dt>
                  <dd>{identity.siteCode}</dd>
                </div>
              ) : null}
              {identity.icp ? (
                <div>
                  <dt>ICP备案号</dt>
                  <dd>
                    <a href={icpFilingUrl()} rel="noopener">
                      {identity.icp}
                    </a>
                  </dd>
                </div>
              ) : null}
              {identity.publicSecurityFiling ? (
                <div>
                  <dt>公安备案号</dt>
                  <dd>
                    <a href={publicSecurityFilingUrl(identity.publicSecurityFiling)} rel="noopener">
                      {identity.publicSecurityFiling}
                    </a>
                  </dd>
                </div>
              ) : null}
              {identity.contact ? (
                <div>
                  <dt>联系电话</dt>
                  <dd>{identity.contact}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
        </div>
        {identity?.conacLogoUrl ? (
          <a className="conac-mark" href={identity.conacUrl || undefined} rel="noopener">
            {/* eslint-disable-next-line @next/next/no-img-element -- the agency's own image URL, set by the admin */}
            <img src={identity.conacLogoUrl} alt="党政机关网站标识" width={55} height={68} />
          </a>
        ) : null}
      </div>
    </footer>
  );
}
