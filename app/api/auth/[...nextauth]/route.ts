import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { json } from "@/lib/http/api";

type Context = { params: Promise<{ nextauth: string[] }> };

/** As next-auth checks a callback URL: a path, or an absolute http(s) URL. */
function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

async function handler(request: NextRequest, context: Context) {
  // next-auth answers a malformed callback URL (query or cookie) with a 500 "server configuration" error.
  const callbackUrls = [
    request.nextUrl.searchParams.get("callbackUrl"),
    request.cookies.get("next-auth.callback-url")?.value,
    request.cookies.get("__Secure-next-auth.callback-url")?.value,
  ];
  if (callbackUrls.some((value) => value && !isHttpUrl(value, request.nextUrl.origin))) {
    return json({ error: "登录后返回的地址（callbackUrl）无效，请从登录页面重新登录。" }, { status: 400 });
  }
  // …and a JSON body it cannot parse likewise.
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    const readable = await request
      .clone()
      .json()
      .then(() => true, () => false);
    if (!readable) return json({ error: "请求体不是有效的 JSON。" }, { status: 400 });
  }
  return NextAuth(request, context, await getAuthOptions());
}

export { handler as GET, handler as POST };
