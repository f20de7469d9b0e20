import { z } from "@/lib/validation/zod";
import { canSetLaterReplyDate } from "@/lib/clock";
import { checkWithinReplyPeriod, refusalOf } from "@/lib/workflow/deadlines";
import { activeFee, first, type Refusal, requireFutureDate, requireText } from "@/lib/workflow/guards";
import { date, OPEN } from "./rule";
import { dateText, formField, requiredText, stepForm } from "./form-fields";
import { singleLineText } from "@/lib/validation/text";
import { buildExplanationRequest, buildLaterReplyNotice } from "@/lib/letters";
import { applicantFacts, letterSettingsOf } from "../facts";
import { defineStep } from "../step";
import { text } from "../ledger-schema";

/** 一事一申请: every request item goes to exactly one of at least two sub-applications. */
function checkPartition(parts: unknown, itemCount: number): Refusal {
  if (!Array.isArray(parts) || parts.length < 2) return "拆分至少要形成两个申请。";
  const seen = new Set<number>();
  for (const part of parts) {
    if (!Array.isArray(part) || part.length === 0) return "每个拆分后的申请至少包含一项申请内容。";
    for (const index of part) {
      if (!Number.isInteger(index) || index < 0 || index >= itemCount) return "拆分中包含不存在的申请内容。";
      if (seen.has(index)) return "同一项申请内容不能分到两个申请中。";
      seen.add(index);
    }
  }
  return seen.size === itemCount ? null : "每一项申请内容都须分到一个拆分后的申请中。";
}

/** 一事一申请: for each request item (in order), the number of the sub-application it goes to (1, 2, …). */
export const splitForm = stepForm(
  {
    reason: formField(requiredText("拆分理由"), { label: "拆分理由", widget: "textarea" }),
    groups: z.array(singleLineText().trim().regex(/^[1-9]\d*$/, "请选择拆分后的申请序号。")).min(1, "没有可拆分的申请内容。"),
  },
  "一事一申请（《政府信息公开信息处理费管理办法》第四条）：每件拆分后的申请有自己的受理编号、答复和统计，收到申请之日与本申请相同。",
);

export const explanationForm = stepForm(
  {
    question: formField(requiredText("要求说明的事项"), {
      label: "要求说明的事项",
      widget: "textarea",
      hint: "例如：申请的数量、频次明显超过合理范围，请说明申请理由。",
    }),
    answerBy: formField(dateText("说明理由的期限"), { label: "说明理由的期限", widget: "date", initial: (ctx) => ctx.correctionDeadline ?? "" }),
  },
  "出具《说明理由告知书》（条例第三十五条）；要求说明理由不中止答复期限。",
);

export const laterReplyForm = stepForm(
  {
    replyOn: formField(dateText("延迟答复期限"), { label: "延迟答复期限", widget: "date", initial: "" }),
    reason: formField(requiredText("延迟答复的理由"), {
      label: "延迟答复的理由",
      widget: "textarea",
      hint: "写入《延迟答复告知书》：“因……，无法在条例第三十三条规定的期限内答复”。",
    }),
  },
  "出具《延迟答复告知书》（条例第三十五条），该日期取代按条例第三十三条计算的答复期限。",
);

/** The form's per-item sub-application numbers (1, 2, …) as lib/workflow's partition of item indexes. */
function partsOf(groups: readonly string[]): number[][] {
  const count = Math.max(...groups.map(Number));
  const parts: number[][] = Array.from({ length: count }, () => []);
  groups.forEach((group, index) => parts[Number(group) - 1]!.push(index));
  return parts;
}

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const SCOPE_EVENTS = {
  applicationSplit: z.object({
    subApplications: z
      .array(z.object({ id: z.string(), caseNumber: z.string(), items: z.array(z.unknown()).optional() }))
      .optional()
      .catch(undefined),
    parentId: text,
    parentCaseNumber: text,
    items: z.array(z.string()).optional().catch(undefined),
  }),
  explanationRequested: z.object({ question: text, answerBy: text }),
  laterReplyDateSet: z.object({ replyDueOn: text }),
};
type ScopeEvents = typeof SCOPE_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends ScopeEvents {}
}


/** What the application asks for: 一事一申请 (《政府信息公开信息处理费管理办法》第四条) and an unreasonable volume (条例第三十五条). */
export const SCOPE_STEPS = {
  /**
   * 拆分申请 (一事一申请, 《政府信息公开信息处理费管理办法》第四条): with a reason, every request item goes
   * to one of at least two sub-applications (lib/workflow checks the partition). The parent records
   * the split and lists its sub-applications; they carry the decisions, report rows and fee items.
   */
  split: defineStep({
    input: z.object({ reason: z.string(), parts: z.array(z.array(z.number())) }),
    form: splitForm,
    label: "拆分申请（一事一申请）",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "applicationSplit",
    timeline: "拆分申请",
    letter: null,
    basis: "《政府信息公开信息处理费管理办法》第四条",
    when: (s) =>
      first(
        () => (s.parentId ? "拆分后的申请不再拆分。" : null),
        () => (s.hasSubApplications ? "本申请已拆分。" : null),
        () => (s.requestItemCount >= 2 ? null : "申请只有一项内容，无需拆分。"),
        // A split changes what the fee was computed on.
        () => (activeFee(s) ? "已有收费通知在办理中，不能拆分。" : null),
      ),
    check: (s, input) =>
      first(
        () => requireText(input.reason, "拆分理由"),
        () => checkPartition(input.parts, s.requestItemCount),
      ),
    toInput: (form) => ({ reason: form.reason, parts: partsOf(form.groups) }),
    record: async (form, { services, today }) => {
      const subs = await services.createSubApplications(partsOf(form.groups), form.reason);
      return {
        occurredOn: today,
        applicantVisible: true,
        reason: form.reason,
        payload: { subApplications: subs.map((s) => ({ id: s.id, caseNumber: s.caseNumber, items: s.items })) },
      };
    },
  }),

  /**
   * 要求申请人说明理由 (条例第三十五条): the 说明理由告知书 says what is asked, by when and what follows.
   * Asking does not pause the reply clock (workflow.md §4.8), so the event carries no clock fact.
   */
  requestExplanation: defineStep({
    input: z.object({ question: z.string(), answerBy: date }),
    form: explanationForm,
    label: "要求申请人说明理由",
    from: ["in_progress"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "explanationRequested",
    timeline: "发出说明理由告知书",
    letter: "explanationRequest",
    basis: "条例第三十五条",
    when: (s) => (s.explanationRequestedOn ? "已要求申请人说明理由。" : null),
    check: (_s, input, { today }) =>
      first(
        () => requireText(input.question, "要求说明的事项"),
        () => requireFutureDate(input.answerBy, "说明理由的期限", today),
      ),
    toInput: (form) => ({ question: form.question, answerBy: form.answerBy }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: true, payload: { question: form.question, answerBy: form.answerBy } }),
    letterPlan: (form, { file }) => ({
      applicantVisible: true,
      build: (issue) =>
        buildExplanationRequest({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), question: form.question, answerBy: form.answerBy }),
    }),
  }),
  /**
   * 确定延迟答复期限 (条例第三十五条): the head of the disclosure office finds the reasons sound but the
   * volume too large for the deadline; the date set replaces the computed one (workflow.md §4.8, lib/clock
   * `laterReplyDateSet` reads `replyDueOn`) and the 延迟答复告知书 states it with the reason.
   */
  setLaterReplyDate: defineStep({
    input: z.object({ replyOn: date, reason: z.string() }),
    form: laterReplyForm,
    label: "确定延迟答复期限",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "laterReplyDateSet",
    timeline: "另行确定答复期限",
    letter: "laterReplyNotice",
    basis: "条例第三十五条",
    when: (s, { clock, today }) =>
      first(
        () => (s.explanationRequestedOn ? null : "须先要求申请人说明理由（条例第三十五条），认为理由合理后方可确定延迟答复期限。"),
        () => (s.laterReplyOn ? "已确定延迟答复期限。" : null),
        () => refusalOf(checkWithinReplyPeriod(clock, today, "确定延迟答复期限")),
      ),
    check: (_s, input, { clock, today }) =>
      first(
        () => requireText(input.reason, "延迟答复的理由"),
        () => requireFutureDate(input.replyOn, "延迟答复期限", today),
        () => refusalOf(canSetLaterReplyDate(clock, input.replyOn, today)),
      ),
    toInput: (form) => ({ replyOn: form.replyOn, reason: form.reason }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: true, reason: form.reason, payload: { replyDueOn: form.replyOn } }),
    letterPlan: (form, { file }) => ({
      applicantVisible: true,
      build: (issue) =>
        buildLaterReplyNotice({ agency: letterSettingsOf(file.agency), issue, application: applicantFacts(file), replyOn: form.replyOn, reason: form.reason }),
    }),
  }),
};
