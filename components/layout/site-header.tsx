import Link from "next/link";
import type { SiteInfo } from "@/lib/agencies/site";
import { ColumnNav } from "./column-nav";
import { DisplayModeToggle } from "./display-mode-toggle";
import { ReadAloud } from "./read-aloud";
import { SiteSearch } from "./site-search";
import { UserMenu } from "./user-menu";

export function SiteHeader({ site }: { site: SiteInfo | undefined }) {
  return (
    <header className="site-header">
      <div className="container toolbar">
        <Link href="/accessibility">无障碍</Link>
        <DisplayModeToggle mode="large-text" />
        <DisplayModeToggle mode="high-contrast" />
        <ReadAloud />
        <UserMenu />
      </div>
      <div className="container banner">
        <Link href="/" className="banner-title">
          <span className="banner-agency">{site?.host.name ?? "政府信息公开平台"}</span>
          <span className="banner-column">政府信息公开</span>
        </Link>
        <SiteSearch />
      </div>
      <ColumnNav />
    </header>
  );
}
