import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/origin";

/** Public pages are crawlable; account, staff, admin and the login flow are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const host = (await headers()).get("host") ?? "localhost";
  const origin = publicOrigin(`http://${host}`);
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/account", "/staff", "/admin", "/login", "/register", "/api/auth"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
