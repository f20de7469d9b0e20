import type { Metadata } from "next";
import Link from "next/link";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { REGISTER_EXPORT_COLUMNS } from "@/lib/applications/register/columns";
import { requireRole } from "@/lib/auth/session";
import { chinaDate } from "@/lib/validation/china-date";

export const metadata: Metadata = { title: "依申请公开登记台账" };

/** 依申请公开登记台账: choose the range, download XLSX or CSV (a plain GET form; works without JavaScript). */
export default async function RegisterPage() {
  await requireRole(WORKBENCH_ROLES, "/staff/applications/register");
  const year = Number(chinaDate(new Date()).slice(0, 4));
  return (
    <>
      <nav className="breadcrumb" aria-label="当前位置">
        <Link href="/staff">工作台</Link> › <Link href="/staff/applications">依申请公开</Link> › 登记台账
      </nav>
      <h1>依申请公开登记台账</h1>
      <p>按收到申请之日导出本机关的登记台账，每件申请一行（拆分的申请按拆分后的申请登记，与年度报告表三一致）。</p>
      <form className="form panel" method="get" action="/staff/applications/register/export">
        <div className="field">
          <label htmlFor="register-from">收到日期自</label>
          <input id="register-from" name="from" type="date" required defaultValue={`${year}-01-01`} />
        </div>
        <div className="field">
          <label htmlFor="register-to">至</label>
          <input id="register-to" name="to" type="date" required defaultValue={`${year}-12-31`} />
        </div>
        <div>
          <button className="button" type="submit" name="format" value="xlsx">
            导出 Excel（XLSX）
          </button>{" "}
          <button className="button" type="submit" name="format" value="csv">
            导出 CSV
          </button>
        </div>
      </form>
      <section className="panel" aria-labelledby="register-columns">
        <h2 id="register-columns">台账各列</h2>
        <p>{REGISTER_EXPORT_COLUMNS.join("、")}。</p>
        <p className="muted">
          “用时”为答复期限已用的工作日，扣除依法不计入的征求意见、收费等期间（条例第三十三条第二款）。导出的 CSV 可用 <code>npm run import:applications</code> 导入另一系统（按中文列名读取）。
        </p>
      </section>
    </>
  );
}
