import type { Metadata, Viewport } from "next";
import { cachedSiteInfo } from "@/app/_catalogue/data";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { Providers } from "@/components/layout/providers";
import { DISPLAY_MODE_SCRIPT } from "@/lib/security/display-mode-script.mjs";
import "./globals.css";

/** Every page's title names the host agency (《政府网站发展指引》: the site says whose it is). */
export async function generateMetadata(): Promise<Metadata> {
  const name = (await cachedSiteInfo())?.host.name;
  const site = name ? `${name}政府信息公开` : "政府信息公开平台";
  return {
    title: { default: site, template: `%s — ${site}` },
    description: `${name ?? ""}政府信息公开平台：政府信息公开指南、制度、法定主动公开内容、年报与依申请公开。`,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Pages without per-request data are static (ISR): regenerated at most this often. A page
 * prerendered by `next build` (which has no database, hence no site identity) is never served: the
 * server expires every earlier render when it starts (lib/cache-handler/index.mjs, startedAt), so the first
 * request renders it with the identity. An admin's change revalidates every page at once
 * (app/admin/agency/actions.ts).
 */
export const revalidate = 60;

/**
 * The shared shell, the same for every visitor so public pages can be served from the cache: login
 * state and the display modes are client islands (the modes' classes set before the first paint by
 * an inline script, lib/security/display-mode-script.mjs); the site identity is cached data, not a per-request read.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const site = await cachedSiteInfo();
  return (
    // suppressHydrationWarning: the display-mode script may have added a class to <html> before React hydrates it.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_MODE_SCRIPT }} />
      </head>
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
