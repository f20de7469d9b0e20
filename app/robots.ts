import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/http/origin";

// Read at request time: the database and the configured public address are not there at build.
export const dynamic = "force-dynamic";

/** Public pages are crawlable; account, staff, admin and the login flow are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = publicOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/account", "/staff", "/admin", "/login", "/register", "/api/auth"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
