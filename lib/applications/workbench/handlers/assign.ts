import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { assignForm } from "../forms";
import { defineStep, type HandlerContext } from "../../case/step";
import { isUuid } from "../../case/load";

async function assigneeOf(assigneeId: string, { tx }: HandlerContext) {
  if (!isUuid(assigneeId)) return null;
  const [user] = await tx.select({ id: users.id, role: users.role, agencyId: users.agencyId, name: users.name, disabled: users.disabled }).from(users).where(eq(users.id, assigneeId));
  return user && !user.disabled ? user : null;
}

/** 指定经办人: a reviewer or the agency's admin hands the case to a clerk or reviewer of the same agency. */
export const assign = defineStep("assign", {
  form: assignForm,
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
