import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="panel">
      <h1>无权访问（403）</h1>
      <p>您当前登录的账号没有访问此页面的权限。工作人员只能查看和办理本机关的事项；申请人只能查看本人的申请。</p>
      <p>
        <Link href="/">返回首页</Link> · <Link href="/login">换一个账号登录</Link>
      </p>
    </section>
  );
}
