import { NextResponse, type NextRequest } from "next/server";
import { browsePath } from "@/lib/documents/browse-path";

/** Catalogue list pages (no search term) go to their cacheable route; the public URL stays the same. */
export function proxy(request: NextRequest) {
  const target = browsePath(request.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Only /catalogue: uploads and everything else never pass through the proxy (architecture.md).
export const config = { matcher: ["/catalogue"] };
