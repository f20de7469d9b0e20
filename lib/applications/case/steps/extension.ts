import { z } from "@/lib/validation/zod";
import { MAX_EXTENSION_WORKING_DAYS } from "@/lib/clock/rules";
import { canApproveExtension } from "@/lib/clock";
import { checkWithinReplyPeriod, refusalOf } from "@/lib/workflow/deadlines";
import { first, requireText } from "@/lib/workflow/guards";
import { nothing, OPEN } from "./rule";
import { formField, requiredText, stepForm } from "./form-fields";
import { buildExtensionNotice, formatChineseDate, type Letter } from "@/lib/letters";
import { applicantFacts, dueLabel, letterSettingsOf } from "../facts";
import { defineStep } from "../step";
import { amount, none, text } from "../ledger-schema";

export const extensionForm = stepForm(
  {
    workingDays: formField(
      z.coerce.number<number>().int("请填写整数。").min(1, "延长的期限至少1个工作日。").max(MAX_EXTENSION_WORKING_DAYS, `延长的期限最长不得超过${MAX_EXTENSION_WORKING_DAYS}个工作日（条例第三十三条）。`),
      { label: `延长的工作日数（最多${MAX_EXTENSION_WORKING_DAYS}）`, widget: "number", initial: String(MAX_EXTENSION_WORKING_DAYS) },
    ),
    reason: formField(requiredText("延期理由"), { label: "延期理由", widget: "textarea" }),
  },
  "报审核人（政府信息公开工作机构负责人）同意后出具《延期答复告知书》（条例第三十三条）。",
);

export const approveExtensionForm = stepForm({}, "同意后出具《延期答复告知书》，答复期限相应延长。");

export const refuseExtensionForm = stepForm({ reason: formField(requiredText("理由"), { label: "不同意的理由", widget: "textarea" }) });

// A due date in a year without a published calendar is printed as its 待定 label (workflow.md §3).
const UNKNOWN = "9999-12-31";

function withPendingDates(letter: Letter, label: string): Letter {
  const placeholder = formatChineseDate(UNKNOWN);
  return { ...letter, paragraphs: letter.paragraphs.map((p) => p.replaceAll(placeholder, label)) };
}

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const EXTENSION_EVENTS = {
  extensionProposed: z.object({ workingDays: amount, reason: text }),
  extensionApproved: z.object({ workingDays: amount, reason: text }),
  extensionRefused: none,
};
type ExtensionEvents = typeof EXTENSION_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends ExtensionEvents {}
}


/** Extension (条例第三十三条第一款). */
export const EXTENSION_STEPS = {
  /** 申请延期答复 (条例第三十三条第一款): proposed by the clerk, decided by the head of the disclosure office. */
  proposeExtension: defineStep({
    input: z.object({ workingDays: z.number(), reason: z.string() }),
    form: extensionForm,
    label: "申请延期答复",
    from: OPEN,
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "extensionProposed",
    timeline: "提出延期答复",
    letter: null,
    basis: "条例第三十三条第一款",
    when: (s, { clock, today }) =>
      first(
        () => (s.extensions.some((e) => e.state === "approved") ? "延期答复只能一次，本申请已延期（条例第三十三条）。" : null),
        () => (s.extensions.some((e) => e.state === "proposed") ? "延期申请待审核人审批。" : null),
        () => refusalOf(checkWithinReplyPeriod(clock, today, "延期申请")),
      ),
    check: (_s, input, { clock, today }) =>
      first(
        () => refusalOf(canApproveExtension(clock, input.workingDays, today)),
        () => requireText(input.reason, "延期理由"),
      ),
    toInput: (form) => ({ workingDays: form.workingDays, reason: form.reason }),
    record: (form, { today }) => ({
      occurredOn: today,
      applicantVisible: false,
      reason: form.reason,
      payload: { workingDays: form.workingDays, reason: form.reason },
    }),
    notifyReviewers: true,
  }),
  /** 同意延期答复: once, ≤ 20 working days, on or before the due date in force; the 延期答复告知书 says both dates. */
  approveExtension: defineStep({
    input: nothing,
    form: approveExtensionForm,
    label: "同意延期答复",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "extensionApproved",
    timeline: "延期答复",
    letter: "extensionNotice",
    basis: "条例第三十三条第一款",
    when: (s, { clock, today }) =>
      first(
        () => (s.extensions.some((e) => e.state === "approved") ? "延期答复只能一次，本申请已延期（条例第三十三条）。" : null),
        () => (s.extensions.some((e) => e.state === "proposed") ? null : "没有待审批的延期申请。"),
        // The approval and the 延期答复告知书 both bear today's date.
        () => refusalOf(canApproveExtension(clock, s.extensions.find((e) => e.state === "proposed")!.workingDays, today)),
      ),
    toInput: () => ({}),
    record: (_form, { today, file }) => {
      const proposal = [...file.events].reverse().find((e) => e.type === "extensionProposed");
      return {
        occurredOn: today,
        applicantVisible: true,
        reason: proposal?.reason ?? null,
        payload: { workingDays: Number(proposal?.payload.workingDays), reason: proposal?.reason ?? "" },
      };
    },
    letterPlan: (_form, { file }) => ({
      applicantVisible: true,
      build: (issue, { clock }) => {
        const proposal = [...file.events].reverse().find((e) => e.type === "extensionProposed")!;
        const before = dueLabel(file.clock);
        const after = dueLabel(clock);
        const letter = buildExtensionNotice({
          agency: letterSettingsOf(file.agency),
          issue,
          application: applicantFacts(file),
          originalDueOn: before.date ?? UNKNOWN,
          workingDays: Number(proposal.payload.workingDays),
          newDueOn: after.date ?? UNKNOWN,
          reason: proposal.reason ?? "",
        });
        // Only the later date can be unknown while the earlier is known; both unknown share the label.
        return withPendingDates(letter, after.label);
      },
    }),
  }),
  /** 不同意延期: the reason stays on file (internal). */
  refuseExtension: defineStep({
    input: z.object({ reason: z.string() }),
    form: refuseExtensionForm,
    label: "不同意延期",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "extensionRefused",
    timeline: "不同意延期",
    letter: null,
    basis: "条例第三十三条第一款",
    when: (s) => (s.extensions.some((e) => e.state === "proposed") ? null : "没有待审批的延期申请。"),
    check: (_s, input) => requireText(input.reason, "不同意的理由"),
    toInput: (form) => ({ reason: form.reason }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: false, reason: form.reason }),
  }),
};
