"use client";

/**
 * The error page. Its 错误编号 is Next's digest, which the server logs as `errorId` with the details
 * (lib/log/request-error.ts): the number a user quotes is the one the operator greps for.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel">
      <h1>页面暂时无法显示</h1>
      <p>
        服务器处理请求时出现问题，请稍后重试。
        {error.digest ? `如需联系我们，请提供错误编号 ${error.digest}。` : null}
      </p>
      <button type="button" className="button" onClick={reset}>
        重试
      </button>
    </section>
  );
}
