import type { Metadata, Viewport } from "next";
import { cachedSiteInfo } from "@/app/_catalogue/data";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { Providers } from "@/components/layout/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政府信息公开平台", template: "%s — 政府信息公开平台" },
  description: "天津市津南区八里台镇人民政府政府信息公开平台：政府信息公开指南、制度、法定主动公开内容、年报与依申请公开。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Pages without per-request data are static (ISR): regenerated at most this often, so a page
 * prerendered by `next build` (which has no database, hence no site identity) picks the identity up
 * soon after start. An admin's change revalidates every page at once (app/admin/agency/actions.ts).
 */
export const revalidate = 60;

/**
 * The shared shell, the same for every visitor so public pages can be served from the cache: login
 * state and large-text mode are client islands; the site identity is cached data, not a per-request read.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const site = await cachedSiteInfo();
  return (
    <html lang="zh-CN">
      <body>
        <Providers>
          <a className="skip-link" href="#main">
            跳到正文
          </a>
          <SiteHeader site={site} />
          <main id="main" className="container main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter site={site} />
        </Providers>
      </body>
    </html>
  );
}
