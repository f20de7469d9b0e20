import Link from "next/link";
import type { MovedDeadlineRow } from "@/lib/applications/workbench/moved-deadlines";

/** workflow.md §3: the open cases whose due date moved after an admin corrected the working calendar. */
export function MovedDeadlines({ rows }: { rows: MovedDeadlineRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="moved-heading" id="moved-deadlines">
      <h2 id="moved-heading">工作日历调整后答复期限变动的申请</h2>
      <p className="muted">系统管理员修改了放假安排，以下办理中申请的答复期限已按办理记录重新计算（近30日）；已发出的文书不作修改。</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">受理编号</th>
              <th scope="col">原答复期限</th>
              <th scope="col">新答复期限</th>
              <th scope="col">日历调整</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.applicationId}-${index}`}>
                <td>
                  <Link href={`/staff/applications/${row.applicationId}`}>{row.caseNumber}</Link>
                </td>
                <td>{row.from ? (row.fromProvisional ? `预计 ${row.from}` : row.from) : "待定"}</td>
                <td>{row.to ?? "待定"}</td>
                <td>
                  {row.movedOn}
                  {row.calendarYear ? `（${row.calendarYear}年放假安排）` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
