import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { estimateDeadlines, maybeDateLabel } from "@/lib/calculators/deadlines";
import { CORRECTION_NOTICE_WORKING_DAYS, MAX_EXTENSION_WORKING_DAYS, REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { deadlineQuery, queryObject } from "@/lib/calculators/schemas";
import { fieldErrors } from "@/lib/validation/zod";
import { getWorkingCalendar } from "@/lib/calendar/working-calendar";
import { ServerField } from "@/components/ui/server-field";

export const metadata: Metadata = { title: "答复期限计算器" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A GET form computed on the server (works without JavaScript; the typed date comes back). */
export default async function DeadlineCalculatorPage({ searchParams }: { searchParams: SearchParams }) {
  const query = queryObject(await searchParams);
  const parsed = "receivedOn" in query ? deadlineQuery.safeParse(query) : undefined;
  const error = parsed && !parsed.success ? fieldErrors(parsed.error)[0]?.message : undefined;
  const estimate = parsed?.success ? estimateDeadlines(await getWorkingCalendar(await getDb()), parsed.data.receivedOn) : undefined;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/apply">依申请公开</Link> › 答复期限计算器
      </p>
      <h1>答复期限计算器</h1>
      <section className="panel">
        <h2>期限怎么算</h2>
        <ul>
          <li>
            期限按<strong>工作日</strong>计算，依据国务院办公厅公布的放假安排：法定节假日和周末不计，调休上班日计入；收到申请的当日不计入，从次日起算（第 1 个工作日是收到申请之日后的第一个工作日）。
          </li>
          <li>行政机关认为申请内容不明确的，应当在收到申请之日起 {CORRECTION_NOTICE_WORKING_DAYS} 个工作日内一次性告知申请人补正（《政府信息公开条例》第三十条）；补正后的答复期限自收到补正申请之日起计算。</li>
          <li>行政机关应当自收到申请之日起 {REPLY_PERIOD_WORKING_DAYS} 个工作日内予以答复；需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过 {MAX_EXTENSION_WORKING_DAYS} 个工作日（第三十三条第一款）。</li>
          <li>征求第三方和其他机关意见所需时间不计算在答复期限内（第三十三条第二款）；收费通知至缴费期间依本机关规定不计入答复期限。</li>
          <li>网上提交的申请，以双方确认之日为收到申请之日（第三十一条）。</li>
        </ul>
      </section>
      <section className="panel">
        <h2>计算</h2>
        <form className="form" method="get" noValidate>
          <ServerField id="receivedOn" label="收到申请之日" required hint="格式：YYYY-MM-DD，例如 2025-09-19" error={error}>
            {(wiring) => <input {...wiring} name="receivedOn" type="date" defaultValue={query.receivedOn ?? ""} />}
          </ServerField>
          <div>
            <button className="button" type="submit">
              计算
            </button>
          </div>
        </form>
      </section>
      {estimate ? (
        <section className="panel" aria-live="polite">
          <h2>计算结果（收到申请之日 {estimate.receivedOn}）</h2>
          <table className="table">
            <tbody>
              <tr>
                <th scope="row">补正告知期限（{CORRECTION_NOTICE_WORKING_DAYS} 个工作日，第三十条）</th>
                <td>{maybeDateLabel(estimate.correctionNoticeDueOn)}</td>
              </tr>
              <tr>
                <th scope="row">答复期限（{REPLY_PERIOD_WORKING_DAYS} 个工作日，第三十三条第一款）</th>
                <td>{maybeDateLabel(estimate.replyDueOn)}</td>
              </tr>
              <tr>
                <th scope="row">延期答复的最晚期限（再延长 {MAX_EXTENSION_WORKING_DAYS} 个工作日）</th>
                <td>{maybeDateLabel(estimate.extendedReplyDueOn)}</td>
              </tr>
            </tbody>
          </table>
          {estimate.skipped.length > 0 ? (
            <>
              <h3>期间不计入的日期</h3>
              <ul className="skipped-days">
                {estimate.skipped.map((day) => (
                  <li key={day.date}>
                    {day.date}：{day.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="muted">以上为未发生补正、征求意见、收费等情形时的法定期限，仅供参考；具体以行政机关出具的文书为准。</p>
        </section>
      ) : null}
    </>
  );
}
