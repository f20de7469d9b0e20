import { NextResponse, type NextRequest } from "next/server";
import { browsePath } from "@/lib/documents/browse-path";
import { refuseUnreadableUrl } from "@/lib/http/unreadable-url";

/** Catalogue list pages (no search term) go to their cacheable route; the public URL stays the same. */
export function proxy(request: NextRequest) {
  const refused = refuseUnreadableUrl(request.url);
  if (refused) return refused;
  if (request.nextUrl.pathname !== "/catalogue") return NextResponse.next();
  const target = browsePath(request.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

// /catalogue, and any path with a percent escape (a dynamic segment Next.js may fail to decode).
// Uploads and everything else never pass through the proxy (architecture.md).
export const config = { matcher: ["/catalogue", "/((?!_next/).*%.*)"] };
