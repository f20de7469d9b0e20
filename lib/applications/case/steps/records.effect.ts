import { users } from "@/db/schema";
import { eq } from "drizzle-orm";

import { isUuid } from "@/lib/validation/uuid";
import { defineStep, type HandlerContext, type StepTable } from "../step";
import { RECORD_RULES } from "./records.rule";

/** 内部备注: staff only, never on the applicant's timeline. */
export const internalNote = defineStep("internalNote", {
  form: RECORD_RULES.internalNote.form,
  input: (form) => ({ text: form.text }),
  effects: (form, { today }) => ({ occurredOn: today, applicantVisible: false, payload: { text: form.text } }),
});

async function assigneeOf(assigneeId: string, { tx }: HandlerContext) {
  if (!isUuid(assigneeId)) return null;
  const [user] = await tx.select({ id: users.id, role: users.role, agencyId: users.agencyId, name: users.name, disabled: users.disabled }).from(users).where(eq(users.id, assigneeId));
  return user && !user.disabled ? user : null;
}

/** 指定经办人: a reviewer or the agency's admin hands the case to a clerk or reviewer of the same agency. */
export const assign = defineStep("assign", {
  form: RECORD_RULES.assign.form,
  input: async (form, ctx) => {
    const user = await assigneeOf(form.assigneeId, ctx);
    // An unknown or disabled account is refused by lib/workflow's check like a missing choice.
    return { assignee: { userId: user?.id ?? "", role: user?.role ?? "citizen", agencyId: user?.agencyId ?? null } };
  },
  effects: async (form, ctx) => {
    const user = await assigneeOf(form.assigneeId, ctx);
    // The cached assignee is the inbox's "mine".
    return { occurredOn: ctx.today, applicantVisible: false, payload: { assigneeId: user!.id, assigneeName: user!.name }, columns: { assigneeId: user!.id } };
  },
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { internalNote, assign } satisfies StepTable;
