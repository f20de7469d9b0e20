import type { NextPageContext } from "next";
import Link from "next/link";

/**
 * Next.js answers a URL it cannot decode (`/documents/%FF`: invalid UTF-8 in a dynamic segment)
 * with 400 before any app route runs, and renders it with the Pages Router's `_error` page; an
 * App-Router-only build has none and falls back to a bare "Internal Server Error" 500. This page
 * gives that case (and only that: app routes keep their own not-found and error pages) a 400 in
 * Chinese. No layout of the app applies here, so it carries its own minimal markup.
 */
function ErrorPage({ statusCode }: { statusCode: number }) {
  const badRequest = statusCode === 400;
  return (
    <main style={{ maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem", fontFamily: "sans-serif", lineHeight: 1.6 }}>
      <h1>{badRequest ? "请求地址无效" : "页面暂时无法显示"}</h1>
      <p>{badRequest ? "链接中含有无法识别的字符，可能是复制时不完整。请检查链接，或从首页重新进入。" : "请稍后再试，或从首页重新进入。"}</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext) => ({ statusCode: res?.statusCode ?? err?.statusCode ?? 500 });

export default ErrorPage;
