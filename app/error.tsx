"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel">
      <h1>页面暂时无法显示</h1>
      <p>服务器处理请求时出现问题，请稍后重试。{error.digest ? `（错误编号 ${error.digest}）` : null}</p>
      <button type="button" className="button" onClick={reset}>
        重试
      </button>
    </section>
  );
}
