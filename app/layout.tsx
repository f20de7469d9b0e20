import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { getSiteInfo } from "@/lib/agencies/site";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { Providers } from "@/components/layout/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政府信息公开平台", template: "%s — 政府信息公开平台" },
  description: "天津市津南区八里台镇人民政府政府信息公开平台：政府信息公开指南、制度、法定主动公开内容、年报与依申请公开。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The shared shell. It reads nothing per user: login state and large-text mode are client islands. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection(); // rendered per request: never touches the database during `next build`
  const site = await getSiteInfo(await getDb());
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
