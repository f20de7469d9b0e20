import { buildExtensionNotice, formatChineseDate, type Letter } from "@/lib/letters";
import { applicantFacts, dueLabel } from "../facts";
import { letterSettingsOf } from "../load";
import { defineStep, type StepTable } from "../step";
import { EXTENSION_RULES } from "./extension.rule";

/** 申请延期答复 (条例第三十三条第一款): proposed by the clerk, decided by the head of the disclosure office. */
export const proposeExtension = defineStep("proposeExtension", {
  form: EXTENSION_RULES.proposeExtension.form,
  input: (form) => ({ workingDays: form.workingDays, reason: form.reason }),
  effects: (form, { today }) => ({
    occurredOn: today,
    applicantVisible: false,
    reason: form.reason,
    payload: { workingDays: form.workingDays, reason: form.reason },
  }),
  notifyReviewers: true,
});

// A due date in a year without a published calendar is printed as its 待定 label (workflow.md §3).
const UNKNOWN = "9999-12-31";

function withPendingDates(letter: Letter, label: string): Letter {
  const placeholder = formatChineseDate(UNKNOWN);
  return { ...letter, paragraphs: letter.paragraphs.map((p) => p.replaceAll(placeholder, label)) };
}

/** 同意延期答复: once, ≤ 20 working days, on or before the due date in force; the 延期答复告知书 says both dates. */
export const approveExtension = defineStep("approveExtension", {
  form: EXTENSION_RULES.approveExtension.form,
  input: () => ({}),
  effects: (_form, { today, file }) => {
    const proposal = [...file.events].reverse().find((e) => e.type === "extensionProposed");
    return {
      occurredOn: today,
      applicantVisible: true,
      reason: proposal?.reason ?? null,
      payload: { workingDays: Number(proposal?.payload.workingDays), reason: proposal?.reason ?? "" },
    };
  },
  letter: (_form, { file }) => ({
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
});

/** 不同意延期: the reason stays on file (internal). */
export const refuseExtension = defineStep("refuseExtension", {
  form: EXTENSION_RULES.refuseExtension.form,
  input: (form) => ({ reason: form.reason }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: false, reason: form.reason }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { proposeExtension, approveExtension, refuseExtension } satisfies StepTable;
