import { z } from "@/lib/validation/zod";
import { ROLES } from "@/lib/auth/roles";
import { singleLineText } from "@/lib/validation/text";
import { filled, requireText } from "@/lib/workflow/guards";
import { defineStep } from "../step";
import { choicesOf, formField, requiredText, stepForm } from "./form-fields";
import { ALL, BEFORE_REPLY } from "./rule";
import { text } from "../ledger-schema";

export const noteForm = stepForm({ text: formField(requiredText("备注内容"), { label: "备注内容（仅工作人员可见）", widget: "textarea" }) });

export const assignForm = stepForm({
  assigneeId: formField(singleLineText().trim().min(1, "请选择经办人。"), { label: "经办人", widget: "select", choices: choicesOf((ctx) => ctx.assignees) }),
});

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const RECORD_EVENTS = {
  note: z.object({ text: text }),
  assigned: z.object({ assigneeId: text, assigneeName: text }),
};
type RecordEvents = typeof RECORD_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends RecordEvents {}
}


/** Records that change nothing but the file: notes and assignment. */
export const RECORD_STEPS = {
  /** 内部备注: staff only, never on the applicant's timeline. */
  internalNote: defineStep({
    input: z.object({ text: z.string() }),
    form: noteForm,
    label: "添加内部备注",
    from: ALL,
    to: "unchanged",
    roles: ["clerk", "reviewer"],
    takenBy: ["staff"],
    event: "note",
    timeline: "备注",
    letter: null,
    basis: null,
    whenArchived: true,
    whenSplit: true,
    check: (_s, input) => requireText(input.text, "备注内容"),
    toInput: (form) => ({ text: form.text }),
    record: (form, { today }) => ({ occurredOn: today, applicantVisible: false, payload: { text: form.text } }),
  }),
  /** 指定经办人: a reviewer or the agency's admin hands the case to a clerk or reviewer of the same agency. */
  assign: defineStep({
    input: z.object({ assignee: z.object({ userId: z.string(), role: z.enum(ROLES), agencyId: z.string().nullable() }) }),
    form: assignForm,
    label: "指定经办人",
    from: BEFORE_REPLY,
    to: "unchanged",
    roles: ["reviewer", "admin"],
    takenBy: ["staff"],
    event: "assigned",
    timeline: "分配经办人",
    letter: null,
    basis: null,
    check: (s, input) => {
      const a = input.assignee;
      if (!a || !filled(a.userId)) return "请选择经办人。";
      if (!a.agencyId || a.agencyId !== s.agencyId) return "只能指定本机关的工作人员办理。";
      return a.role === "clerk" || a.role === "reviewer" ? null : "只能指定经办人或审核人办理。";
    },
    toInput: async (form, { services }) => {
      const user = await services.enabledUser(form.assigneeId);
      // An unknown or disabled account is refused by the check like a missing choice.
      return { assignee: { userId: user?.id ?? "", role: user?.role ?? "citizen", agencyId: user?.agencyId ?? null } };
    },
    record: async (form, { services, today }) => {
      const user = (await services.enabledUser(form.assigneeId))!;
      // The cached assignee is the inbox's "mine".
      return { occurredOn: today, applicantVisible: false, payload: { assigneeId: user.id, assigneeName: user.name }, columns: { assigneeId: user.id } };
    },
  }),
};
