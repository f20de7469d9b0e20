import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel">
      <h1>页面不存在（404）</h1>
      <p>您访问的页面不存在或已被移除。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </section>
  );
}
