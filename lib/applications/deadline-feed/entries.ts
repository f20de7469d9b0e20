import { provisionalLabel, type LocalDate } from "@/lib/calendar";
import type { ClockState, Pause } from "@/lib/clock";

/**
 * What a deadline feed (issue 16.5) lists: the dates lib/clock has computed for one application,
 * nothing restated. Pure, so the feed and its tests read the same entries.
 */
export type FeedAudience = "applicant" | "staff";

export interface DeadlineEntry {
  /** Stable per application and deadline: a moved date updates the calendar entry instead of adding one. */
  key: string;
  on: LocalDate;
  title: string;
  detail: string;
}

/** The agency's internal waits (征求意见, 公开前等待期) are the agency's business; the applicant sees the reply date move. */
const APPLICANT_PAUSES: ReadonlySet<Pause["kind"]> = new Set(["feeNotice"]);

function pauseEntry(pause: Pause): DeadlineEntry | null {
  if (!pause.open || !pause.deadlineOn) return null;
  switch (pause.kind) {
    case "feeNotice":
      return { key: `fee-${pause.id}`, on: pause.deadlineOn, title: "缴费期限", detail: "申请人应在此日前缴纳信息处理费；逾期未缴纳的，视为放弃申请（《政府信息公开信息处理费管理办法》）。" };
    case "consultation":
      return {
        key: `consultation-${pause.id}`,
        on: pause.deadlineOn,
        title: `征求意见期限（${pause.label}）`,
        detail: pause.deadlineCountedFromSending
          ? "送达日期未记录，自发出之日起计算（条例第三十二条）。"
          : "被征求意见方逾期未提出意见的，由本机关依照条例规定决定是否公开（条例第三十二条）。",
      };
    case "releaseWait":
      return { key: `release-${pause.id}`, on: pause.deadlineOn, title: "公开前等待期届满", detail: "向第三方告知的公开日期（条例第三十二条）。" };
  }
}

/**
 * The open deadlines of a case as its audience may see them: the reply due date (or its estimate
 * before the year's 放假安排 is published, labelled as such), the applicant's correction deadline
 * (条例第三十条), and the deadlines of open pauses. A finished case, or one not yet received, has none.
 */
export function deadlineEntries(clock: ClockState | null, { audience, finished }: { audience: FeedAudience; finished: boolean }): DeadlineEntry[] {
  if (!clock || finished) return [];
  const entries: DeadlineEntry[] = [];
  const basis = clock.explanation.map((step) => `${step.basis ? `${step.basis}：` : ""}${step.text}`).join("\n");
  if (clock.replyDueOn) {
    entries.push({ key: "reply", on: clock.replyDueOn, title: "答复期限", detail: basis });
  } else if (clock.provisional) {
    const { replyDueOn, year } = clock.provisional;
    entries.push({ key: "reply", on: replyDueOn, title: "答复期限（预计）", detail: `${provisionalLabel(replyDueOn, year)}\n${basis}` });
  }
  if (clock.correction && !clock.correction.receivedOn && clock.correctionDueOn) {
    entries.push({ key: "correction", on: clock.correctionDueOn, title: "补正期限", detail: "申请人应在此日前提交补正材料；无正当理由逾期不补正的，视为放弃申请（条例第三十条）。" });
  }
  for (const pause of clock.pauses) {
    if (audience === "applicant" && !APPLICANT_PAUSES.has(pause.kind)) continue;
    const entry = pauseEntry(pause);
    if (entry) entries.push(entry);
  }
  return entries;
}
