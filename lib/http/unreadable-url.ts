import { unreadableUrlReason } from "./url-text";

/**
 * The proxy's answer to a URL that cannot be read as text (`/documents/%FF`, `/x/%00`): Next.js
 * itself would fail to decode the dynamic segment and answer a bare "Internal Server Error". A 400
 * in Chinese instead: JSON under /api/, a small page elsewhere. Pure (Web `Response`), so it is
 * tested without a server; undefined when the URL is fine.
 */
export function refuseUnreadableUrl(url: string): Response | undefined {
  const reason = unreadableUrlReason(url);
  if (!reason) return undefined;
  const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (new URL(url).pathname.startsWith("/api/")) {
    return Response.json({ error: reason, errors: [{ path: "url", message: reason }] }, { status: 400, headers });
  }
  const page =
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    "<title>请求地址无效</title></head><body><main><h1>请求地址无效</h1>" +
    `<p>${reason}</p><p>请检查链接，或<a href="/">返回首页</a>重新进入。</p></main></body></html>`;
  return new Response(page, { status: 400, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
