import { addDays, maxLocalDate, pendingLabel, type LocalDate } from "../calendar";
import type { Consultee, IgnoredEvent } from "./events";
import { REPLY_PERIOD_WORKING_DAYS } from "./rules";
import type { ClockState, ExplanationStep, Pause } from "./state";

type Extras = {
  /** The date computed under 条例第三十三条, before any Art. 35 override. */
  statutoryDueOn: LocalDate | undefined;
  /** The union of the closed counted pauses, in working days. */
  excludedTotal: number | undefined;
  refused: IgnoredEvent[];
};

const CONSULTEE_ARTICLE: Record<Consultee, string> = {
  thirdParty: "条例第三十二条",
  coMakingAgency: "条例第三十四条",
  otherAgency: "条例第三十三条第二款",
};

// The fee pause and the release wait are agency rules (Policy defaults), not articles of the 条例.
const PAUSE_BASIS: Record<Pause["kind"], string> = {
  consultation: "条例第三十三条第二款",
  feeNotice: "本机关规定（《政府信息公开信息处理费管理办法》）",
  releaseWait: "条例第三十二条、本机关规定",
};

/** The facts behind a pause: when it started, its deadline, how it ended. */
function pauseDetail(pause: Pause): string {
  const until = pause.deadlineOn ?? "待定";
  const parts: string[] = [];
  switch (pause.kind) {
    case "consultation": {
      const article = CONSULTEE_ARTICLE[pause.consultee ?? "thirdParty"];
      parts.push(`${pause.startOn}发出征求意见书`);
      parts.push(pause.deliveredOn ? `${pause.deliveredOn}送达` : "送达日期不详，意见期限自发出之日起算");
      parts.push(`意见期限至${until}（${article}）`);
      if (pause.endedBy === "answered") parts.push(`${pause.endOn}收到意见`);
      if (pause.endedBy === "deadline") parts.push("逾期未提出意见，计至意见期限届满之日");
      break;
    }
    case "feeNotice":
      parts.push(`${pause.startOn}申请人收到收费通知书`, `缴费期限至${until}`);
      if (pause.endedBy === "paid") parts.push(`${pause.endOn}缴费`);
      if (pause.endedBy === "cancelled") parts.push(`${pause.endOn}取消收费`);
      if (pause.deadlinePassed) parts.push("缴费期限已过，尚未缴费");
      break;
    case "releaseWait":
      parts.push(`${pause.startOn}决定公开的告知书送达第三方`, `公开日期${until}`);
      if (pause.endedBy === "ended") parts.push(`${pause.endOn}等待结束`);
      break;
  }
  return parts.join("，");
}

function pauseStep(pause: Pause, clockStartOn: LocalDate): ExplanationStep {
  const basis = PAUSE_BASIS[pause.kind];
  const detail = pauseDetail(pause);
  if (!pause.counts) {
    return { text: `${pause.label}：${pause.startOn}开始，不中止计算答复期限`, basis, detail: `${pause.notCountedReason}；${detail}` };
  }
  const from = maxLocalDate(pause.startOn, clockStartOn);
  if (pause.endOn === undefined) return { text: `${pause.label}：自${addDays(from, 1)}起中止计算答复期限`, basis, detail };
  if (pause.endOn <= from) return { text: `${pause.label}：在答复期限起算前已结束，不影响答复期限`, basis, detail };
  const days = pause.excludedWorkingDays === undefined ? "工作日数待定" : `${pause.excludedWorkingDays}个工作日`;
  return { text: `${pause.label}：${addDays(from, 1)}至${pause.endOn}（${days}）不计入答复期限`, basis, detail };
}

function refusedStep({ event, reason }: IgnoredEvent): ExplanationStep | undefined {
  if (event.type === "extensionApproved") {
    return { text: `${event.on}批准的延期答复${event.workingDays}个工作日未予计入`, basis: "条例第三十三条第一款", detail: reason };
  }
  if (event.type === "laterReplyDateSet") {
    return { text: `${event.on}确定的延迟答复期限${event.replyDueOn}未予采用`, basis: "条例第三十五条", detail: reason };
  }
  return undefined;
}

function resultStep(state: Omit<ClockState, "explanation">): ExplanationStep {
  if (state.correction && state.correction.receivedOn === undefined && !state.newReply) {
    return { text: "待补正：答复期限自收到补正后的申请之日起计算", basis: "条例第三十条", detail: `补正期限至${state.correctionDueOn ?? "待定"}` };
  }
  if (state.replyDueOn !== undefined) {
    const basis = state.newReply ? "行政复议法、行政诉讼法" : state.laterReplyDate ? "条例第三十五条" : "条例第三十三条";
    return { text: `答复期限：${state.replyDueOn}`, basis };
  }
  if (!state.running) {
    const used = state.workingDaysUsed;
    const bases = new Set(state.pauses.filter((pause) => pause.counts && pause.open).map((pause) => PAUSE_BASIS[pause.kind]));
    return {
      text: `计时中止：${state.pausedBecause}`,
      basis: [...bases].join("；"),
      ...(used !== undefined && { detail: `已用${used}个工作日，尚余${state.budgetWorkingDays - used}个工作日` }),
    };
  }
  return { text: `答复期限：${pendingLabel(state.unknownYear!)}`, basis: "条例第三十三条" };
}

/**
 * The steps that produced the due date, each with its legal basis
 * (workflow.md §4 rule 7), in the order a clerk would check them.
 */
export function explain(state: Omit<ClockState, "explanation">, extras: Extras): ExplanationStep[] {
  const steps: ExplanationStep[] = [{ text: `收到申请之日：${state.receivedOn}`, basis: "条例第三十一条" }];
  const { correction } = state;

  if (correction) {
    const noticeDue = state.correctionNoticeDueOn ?? "待定";
    steps.push({
      text: `${correction.requestedOn}发出补正告知书` + (correction.noticeLate ? `，晚于应发出的最后一日${noticeDue}` : `（最迟应于${noticeDue}发出）`),
      basis: "条例第三十条",
      detail: `补正期限至${state.correctionDueOn ?? "待定"}`,
    });
    if (correction.receivedOn) {
      steps.push({
        text: `${correction.receivedOn}收到补正后的申请，答复期限自该日起计算`,
        basis: "条例第三十条",
        detail: `收到申请之日仍为${state.receivedOn}`,
      });
    }
  }
  if (!correction || correction.receivedOn) {
    const what = correction ? "收到补正后的申请" : "收到申请";
    steps.push({ text: `自${state.clockStartOn}${what}之日起${REPLY_PERIOD_WORKING_DAYS}个工作日`, basis: "条例第三十三条第一款" });
  }

  for (const pause of state.pauses) steps.push(pauseStep(pause, state.clockStartOn));
  const closedCounted = state.pauses.filter((pause) => pause.counts && !pause.open);
  if (closedCounted.length > 1 && extras.excludedTotal !== undefined) {
    steps.push({ text: `中止期间合计${extras.excludedTotal}个工作日不计入答复期限（重叠的日子只计一次）`, basis: "条例第三十三条第二款" });
  }

  if (state.extension) {
    steps.push({
      text: `延期答复${state.extension.workingDays}个工作日`,
      basis: "条例第三十三条第一款",
      detail: `${state.extension.approvedOn}经政府信息公开工作机构负责人同意`,
    });
  }
  for (const refused of extras.refused) {
    const step = refusedStep(refused);
    if (step) steps.push(step);
  }
  if (state.laterReplyDate) {
    const replaced = extras.statutoryDueOn ?? (state.unknownYear !== undefined ? pendingLabel(state.unknownYear) : "计时中止，未确定");
    steps.push({
      text: `依条例第三十五条确定延迟答复期限：${state.laterReplyDate.replyDueOn}，取代按条例第三十三条计算的期限（${replaced}）`,
      basis: "条例第三十五条",
      detail: `${state.laterReplyDate.setOn}确定并告知申请人`,
    });
  }
  if (state.newReply) {
    const period = state.newReply.statedInOrder ? "决定（判决）确定的期限" : `自${state.newReply.orderedOn}起${REPLY_PERIOD_WORKING_DAYS}个工作日`;
    steps.push({
      text: `${state.newReply.orderedOn}收到责令重新答复的决定（判决），重新答复期限为${period}，取代此前的答复期限`,
      basis: "行政复议法、行政诉讼法；条例第三十三条",
    });
  }
  steps.push(resultStep(state));
  return steps;
}
