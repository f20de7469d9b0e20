import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/session";
import { chinaYear, listCalendarYears, missingNextCalendarYear, type CalendarYearFormInput } from "@/lib/calendar/admin";
import { DeleteCalendarYearButton } from "@/components/admin/delete-calendar-year-button";
import { CalendarYearEditor } from "@/components/admin/calendar-year-form";
import { CalendarNotice } from "@/components/admin/calendar-notice";
import { formatChinaTime } from "@/components/admin/format-time";

export const metadata: Metadata = { title: "工作日历" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminCalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole(["admin"], "/admin/calendar");
  const db = await getDb();
  const { years, canEdit } = await listCalendarYears(db, actor);
  const missingYear = await missingNextCalendarYear(db);
  const currentYear = chinaYear(new Date());
  const requested = Number((await searchParams).year);
  const editing = years.find((y) => y.year === requested);
  const nextYear = (years[0]?.year ?? currentYear) + 1;
  const initial: CalendarYearFormInput = editing
    ? {
        year: editing.year,
        source: editing.source ?? "",
        holidays: editing.holidays,
        workdays: editing.workdays.map((date) => ({ date })),
      }
    : { year: Number.isInteger(requested) && requested > 0 ? requested : nextYear, source: "", holidays: [{ name: "元旦", from: "", to: "" }], workdays: [] };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">系统管理</Link> › 工作日历
      </p>
      <h1>工作日历（放假安排）</h1>
      <CalendarNotice missingYear={missingYear} />
      <p className="muted">
        答复期限按工作日计算：法定节假日和周末不计，调休上班日计入。某年放假安排未录入时，落在该年的期限显示为“待定”。修改后，在办申请的答复期限按已记录的办理事项重新计算；已发出的文书不作改动。
      </p>
      <section className="panel">
        <h2>已录入的年份</h2>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">年份</th>
                <th scope="col">节假日</th>
                <th scope="col">调休上班日</th>
                <th scope="col">依据</th>
                <th scope="col">更新时间</th>
                {canEdit ? <th scope="col">操作</th> : null}
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <td>{y.year}</td>
                  <td>{y.holidays.map((h) => `${h.name}（${h.from}至${h.to}）`).join("；")}</td>
                  <td>{y.workdays.length ? y.workdays.join("、") : "无"}</td>
                  <td>{y.source || "—"}</td>
                  <td>{formatChinaTime(y.updatedAt)}</td>
                  {canEdit ? (
                    <td>
                      <Link href={`/admin/calendar?year=${y.year}`} aria-label={`修改 ${y.year} 年`}>
                        修改
                      </Link>
                      {y.year > currentYear ? (
                        <>
                          {" · "}
                          <DeleteCalendarYearButton year={y.year} />
                        </>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {canEdit ? (
        <section className="panel">
          <h2>{editing ? `修改 ${editing.year} 年放假安排` : "录入新年份的放假安排"}</h2>
          {editing ? (
            <p>
              <Link href="/admin/calendar">改为录入新年份</Link>
            </p>
          ) : null}
          <CalendarYearEditor initial={initial} isNew={!editing} />
        </section>
      ) : (
        <section className="panel">
          <p>工作日历由平台主办机关的系统管理员统一维护；如发现错误，请联系主办机关更正。</p>
        </section>
      )}
    </>
  );
}
