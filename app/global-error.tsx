"use client";

/**
 * The last resort when the root layout itself fails (its cached site identity could not be read):
 * Next would otherwise show its own English page. It replaces the whole document, so it brings
 * its own <html>. Its 错误编号 is Next's digest, logged as `errorId` beside the request id
 * (lib/log/request-error.ts), as on app/error.tsx.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem", lineHeight: 1.7 }}>
        <h1>页面暂时无法显示</h1>
        <p>
          服务器处理请求时出现问题，请稍后重试。
          {error.digest ? `如需联系我们，请提供错误编号 ${error.digest}。` : null}
        </p>
        <button type="button" onClick={reset}>
          重试
        </button>
      </body>
    </html>
  );
}
