import Link from "next/link";
import type { SiteInfo } from "@/lib/agencies/site";
import { DISCLOSURE_COLUMN } from "./nav-items";
import { UserMenu } from "./user-menu";
import { LargeTextToggle } from "./large-text-toggle";

export function SiteHeader({ site }: { site: SiteInfo | undefined }) {
  return (
    <header className="site-header">
      <div className="container banner">
        <Link href="/" className="banner-title">
          <span className="banner-agency">{site?.host.name ?? "政府信息公开平台"}</span>
          <span className="banner-column">政府信息公开</span>
        </Link>
        <div className="banner-tools">
          <LargeTextToggle />
          <UserMenu />
        </div>
      </div>
      <nav aria-label="政府信息公开栏目" className="column-nav">
        <ul className="container">
          <li>
            <Link href="/">首页</Link>
          </li>
          {DISCLOSURE_COLUMN.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
