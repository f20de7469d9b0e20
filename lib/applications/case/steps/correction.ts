import { z } from "@/lib/validation/zod";
import { compareLocalDate, type LocalDate } from "@/lib/calendar";
import { canRequestCorrection } from "@/lib/clock";
import { refusalOf } from "@/lib/workflow/deadlines";
import { filled, first, type Refusal, requireFutureDate, requirePastDate, requireText } from "@/lib/workflow/guards";
import type { ApplicationSnapshot, GuardContext } from "@/lib/workflow/snapshot";
import { date, nothing } from "./rule";
import { correctionAnswerSchema } from "@/lib/applications/schema";
import { dateText, emptyForm, formField, requiredText, stepForm, today } from "./form-fields";
import { buildClosingNotice, buildCorrectionNotice } from "@/lib/letters";
import { applicantFacts, letterSettingsOf } from "../facts";
import { defineStep } from "../step";
import { flag, none, text } from "../ledger-schema";

const deadlinePassed = (s: ApplicationSnapshot, today: LocalDate) =>
  s.correction !== null && compareLocalDate(today, s.correction.deadlineOn) > 0;

/** The applicant answered online by the deadline: their part was done on time (条例第三十条). */
const answeredInTime = (s: ApplicationSnapshot) =>
  s.correction?.answeredOn != null && compareLocalDate(s.correction.answeredOn, s.correction.deadlineOn) <= 0;

/**
 * workflow.md §4: an online correction is received when staff confirm it, so its date is today;
 * a correction by post or in person is received on the day recorded.
 */
function checkCorrectionReceivedOn(s: ApplicationSnapshot, receivedOn: unknown, today: LocalDate): Refusal {
  const correction = s.correction!;
  return first(
    () => requirePastDate(receivedOn, "收到补正之日", today, { date: correction.requestedOn, what: "补正告知日" }),
    () =>
      correction.answeredOn !== null && receivedOn !== today
        ? "申请人已在网上提交补正，收到补正之日为确认之日（今天）。"
        : null,
  );
}

/** The correction deadline the agency sets by default: N working days after the notice (Policy default 15). */
export function defaultCorrectionDeadline(
  calendar: GuardContext["calendar"],
  noticeOn: LocalDate,
  workingDays: number,
): LocalDate | null {
  try {
    return calendar.addWorkingDays(noticeOn, workingDays);
  } catch {
    return null;
  }
}

export const correctionForm = stepForm(
  {
    /** One point per line: the consolidated list of 条例第三十条. */
    points: formField(requiredText("需要补正的事项（每行一项）", 4000), { label: "需要补正的事项（每行一项，一次性告知）", widget: "textarea" }),
    guidance: formField(requiredText("补正指引（如何描述所需信息）"), {
      label: "补正指引",
      widget: "textarea",
      hint: "告诉申请人如何描述所需信息，例如写明文件名称、文号或时间范围。",
    }),
    deadlineOn: formField(dateText("补正期限"), { label: "补正期限", widget: "date", initial: (ctx) => ctx.correctionDeadline ?? "" }),
  },
  "发出《补正告知书》（条例第三十条，只能发出一次），答复期限自收到补正之日起重新计算。",
);

export const correctionReceivedForm = stepForm({
  receivedOn: formField(dateText("收到补正之日"), { label: "收到补正之日", widget: "date", initial: today }),
});

export const lateCorrectionForm = stepForm(
  {
    receivedOn: formField(dateText("收到补正之日"), { label: "收到补正之日", widget: "date", initial: today }),
    reason: formField(requiredText("接受逾期补正的理由（逾期的正当理由）"), { label: "接受逾期补正的理由（逾期的正当理由）", widget: "textarea" }),
  },
  "答复期限自收到补正之日起重新计算（条例第三十条）。",
);

export const abandonmentForm = stepForm(
  { reason: formField(requiredText("认定逾期无正当理由的说明"), { label: "认定逾期无正当理由的说明", widget: "textarea" }) },
  "确认后申请视为放弃，出具《终止办理告知书》（条例第三十条）。",
);

const pointsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const CORRECTION_EVENTS = {
  correctionRequested: z.object({ correctionDueOn: text, points: z.array(z.string()).optional().catch(undefined), guidance: text }),
  correctionAnswered: z.object({ note: text, itemsBefore: z.array(z.unknown()).optional().catch(undefined), itemsAfter: z.array(z.unknown()).optional().catch(undefined) }),
  correctionReceived: z.object({ lateAccepted: flag }),
  correctionDeadlinePassed: z.object({ correctionDueOn: text }),
  lateCorrectionAccepted: none,
  abandonmentConfirmed: none,
};
type CorrectionEvents = typeof CORRECTION_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends CorrectionEvents {}
}


/** Correction (条例第三十条), including the worker's record that its deadline passed. */
export const CORRECTION_STEPS = {
  /** 补正告知书 (条例第三十条): once, one consolidated list, a deadline; the clock stops until the correction. */
  requestCorrection: defineStep({
    input: z.object({ points: z.array(z.string()), deadlineOn: date }),
    form: correctionForm,
    label: "发出补正告知",
    from: ["in_progress"],
    to: "awaiting_correction",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "correctionRequested",
    timeline: "发出补正告知书",
    letter: "correctionNotice",
    basis: "条例第三十条",
    when: (s, { clock, today }) =>
      first(
        () => (s.correction ? "补正告知只能一次性发出，本申请已发出过补正告知（条例第三十条）。" : null),
        () => (s.receivedOn ? null : "尚未确认收到申请。"),
        () => refusalOf(canRequestCorrection(clock, today)),
      ),
    check: (_s, input, { calendar, today, policy }) =>
      first(
        () =>
          Array.isArray(input.points) && input.points.length > 0 && input.points.every(filled)
            ? null
            : "请逐项列明需要补正的内容（一次性告知）。",
        () => requireFutureDate(input.deadlineOn, "补正期限", today),
        // The agency's default period is its own measure of "reasonable"; a shorter one is refused.
        () => {
          const minimum = defaultCorrectionDeadline(calendar, today, policy.correctionDeadlineWorkingDays);
          return minimum && compareLocalDate(input.deadlineOn, minimum) < 0
            ? `补正期限不得短于本机关规定的${policy.correctionDeadlineWorkingDays}个工作日（即不早于${minimum}）。`
            : null;
        },
      ),
    toInput: (form) => ({ points: pointsOf(form.points), deadlineOn: form.deadlineOn }),
    record: (form, { today }) => ({
      occurredOn: today,
      applicantVisible: true,
      payload: { correctionDueOn: form.deadlineOn, points: pointsOf(form.points), guidance: form.guidance },
    }),
    letterPlan: (form, { file }) => ({
      applicantVisible: true,
      build: (issue) =>
        buildCorrectionNotice({
          agency: letterSettingsOf(file.agency),
          issue,
          application: applicantFacts(file),
          points: pointsOf(form.points),
          guidance: form.guidance,
          deadlineOn: form.deadlineOn,
        }),
    }),
  }),
  /**
   * 提交补正 (条例第三十条): the applicant's corrected request items replace the old ones (the old
   * ones stay in the event for the record) and the note says what was corrected. The correction is
   * received only when staff confirm it (workflow.md §4), so nothing here moves the clock.
   */
  answerCorrection: defineStep({
    input: z.object({ text: z.string() }),
    form: correctionAnswerSchema,
    label: "提交补正",
    from: ["awaiting_correction"],
    to: "unchanged",
    roles: ["citizen"],
    takenBy: ["applicant"],
    event: "correctionAnswered",
    timeline: "申请人提交补正",
    letter: null,
    basis: "条例第三十条",
    // 条例第三十条: the correction is due by the deadline in the 补正告知书; after it, only a
    // reviewer may accept a late correction (the applicant asks the agency, not the form).
    when: (s, { today }) =>
      deadlinePassed(s, today)
        ? `补正期限（${s.correction!.deadlineOn}）已届满，不能再在线提交补正。如有正当理由，请与受理机关联系，由其决定是否接受逾期补正。`
        : null,
    check: (_s, input) => requireText(input.text, "补正内容"),
    toInput: (form) => ({ text: form.note }),
    record: async (form, { services, file, today }) => {
      const items = form.items.map((item) => ({ ...item, docNumber: item.docNumber || null, indexNumber: item.indexNumber || null }));
      await services.replaceRequestItems(items);
      return {
        occurredOn: today,
        applicantVisible: true,
        reason: form.note,
        payload: {
          note: form.note,
          itemsBefore: file.items.map(({ position, title, docNumber, indexNumber, description }) => ({ position, title, docNumber, indexNumber, description })),
          itemsAfter: items,
        },
      };
    },
  }),
  /** 确认收到补正 (条例第三十条): the reply period runs anew from this day (the new clockStartOn). */
  confirmCorrection: defineStep({
    input: z.object({ receivedOn: date }),
    form: correctionReceivedForm,
    label: "确认收到补正",
    from: ["awaiting_correction"],
    to: "in_progress",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "correctionReceived",
    timeline: "收到补正后的申请",
    letter: null,
    basis: "条例第三十条",
    check: (s, input, { today }) =>
      first(
        () => checkCorrectionReceivedOn(s, input.receivedOn, today),
        () =>
          answeredInTime(s) || compareLocalDate(input.receivedOn, s.correction!.deadlineOn) <= 0
            ? null
            : `补正在期限（${s.correction!.deadlineOn}）届满后才收到，须由审核人决定接受逾期补正或确认视为放弃。`,
      ),
    toInput: (form) => ({ receivedOn: form.receivedOn }),
    record: (form) => ({ occurredOn: form.receivedOn, applicantVisible: true }),
  }),
  /**
   * 补正期限已届满 (条例第三十条; workflow.md §4): the worker only records that the deadline passed, which
   * puts the case in the queue 补正期限已届满，待确认; nothing closes by itself. The reviewers decide
   * (confirm the abandonment or accept a late correction), so they are told.
   */
  correctionDeadlinePassed: defineStep({
    input: nothing,
    form: emptyForm,
    label: "补正期限届满，移入待确认队列",
    from: ["awaiting_correction"],
    to: "unchanged",
    roles: ["system"],
    takenBy: ["system"],
    event: "correctionDeadlinePassed",
    timeline: "补正期限已届满",
    letter: null,
    basis: "条例第三十条",
    when: (s, { today }) =>
      first(
        () => (deadlinePassed(s, today) ? null : "补正期限尚未届满。"),
        () => (s.correction!.expiryRecorded ? "已记录补正期限届满。" : null),
        () => (answeredInTime(s) ? "申请人已在期限内提交补正，待经办人确认。" : null),
      ),
    toInput: () => ({}),
    record: (_form, { file, today }) => ({
      occurredOn: today,
      applicantVisible: false,
      payload: { correctionDueOn: file.snapshot.correction!.deadlineOn },
    }),
    notifyReviewers: true,
  }),
  /**
   * … or accepts a late correction with a recorded reason: the corrected application is received on
   * the day entered and the reply period runs from it (the clock reads the correctionReceived step).
   */
  acceptLateCorrection: defineStep({
    input: z.object({ receivedOn: date, reason: z.string() }),
    form: lateCorrectionForm,
    label: "接受逾期补正",
    from: ["awaiting_correction"],
    to: "in_progress",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "lateCorrectionAccepted",
    timeline: "接受逾期补正",
    letter: null,
    basis: "条例第三十条",
    when: (s, { today }) => (deadlinePassed(s, today) ? null : "补正期限尚未届满，由经办人确认收到补正即可。"),
    check: (s, input, { today }) =>
      first(
        () => requireText(input.reason, "接受逾期补正的理由（逾期的正当理由）"),
        () => checkCorrectionReceivedOn(s, input.receivedOn, today),
      ),
    toInput: (form) => ({ receivedOn: form.receivedOn, reason: form.reason }),
    record: (form) => ({
      occurredOn: form.receivedOn,
      applicantVisible: true,
      reason: form.reason,
      followUps: [{ type: "correctionReceived", occurredOn: form.receivedOn, payload: { lateAccepted: true }, applicantVisible: true }],
    }),
  }),
  /**
   * 补正期限已届满，待确认 (条例第三十条; workflow.md §4): nothing closes by itself. A reviewer either
   * confirms that the application is treated as abandoned (其他处理-1, a numbered 终止办理告知书) …
   */
  confirmAbandonment: defineStep({
    input: z.object({ reason: z.string() }),
    form: abandonmentForm,
    label: "确认视为放弃申请",
    from: ["awaiting_correction"],
    to: "closed",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "abandonmentConfirmed",
    timeline: "确认视为放弃申请",
    letter: "closingNotice",
    basis: "条例第三十条",
    decision: "abandonedNoCorrection",
    when: (s, { today }) =>
      first(
        () => (deadlinePassed(s, today) ? null : "补正期限尚未届满，不能视为放弃申请。"),
        () => (answeredInTime(s) ? "申请人已在补正期限内提交补正，请确认收到补正。" : null),
      ),
    check: (_s, input) => requireText(input.reason, "认定逾期无正当理由的说明"),
    toInput: (form) => ({ reason: form.reason }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason }),
    letterPlan: (_form, { file, services }) => ({
      applicantVisible: true,
      build: async (issue) => {
        const noticeNumber = (await services.latestLetter("correctionNotice"))?.number;
        return buildClosingNotice({
          agency: letterSettingsOf(file.agency),
          issue,
          application: applicantFacts(file),
          ground: { kind: "noCorrection", correctionNoticeNumber: noticeNumber ?? "本机关", deadlineOn: file.snapshot.correction!.deadlineOn },
        });
      },
    }),
  }),
};
