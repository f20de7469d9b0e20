import { splitForm } from "../forms";
import { defineStep, staffOf } from "../../case/step";
import { createSubApplications } from "../split-application";

/** The form's per-item sub-application numbers (1, 2, …) as lib/workflow's partition of item indexes. */
function partsOf(groups: readonly string[]): number[][] {
  const count = Math.max(...groups.map(Number));
  const parts: number[][] = Array.from({ length: count }, () => []);
  groups.forEach((group, index) => parts[Number(group) - 1]!.push(index));
  return parts;
}

/**
 * 拆分申请 (一事一申请, 《政府信息公开信息处理费管理办法》第四条): with a reason, every request item goes
 * to one of at least two sub-applications (lib/workflow checks the partition). The parent records
 * the split and lists its sub-applications; they carry the decisions, report rows and fee items.
 */
export const split = defineStep("split", {
  form: splitForm,
  input: (form) => ({ reason: form.reason, parts: partsOf(form.groups) }),
  effects: async (form, ctx) => {
    const { tx, file, now, today } = ctx;
    const subs = await createSubApplications(tx, file, partsOf(form.groups), { actor: staffOf(ctx), now, today, reason: form.reason });
    return {
      occurredOn: today,
      applicantVisible: true,
      reason: form.reason,
      payload: { subApplications: subs.map((s) => ({ id: s.id, caseNumber: s.caseNumber, items: s.items })) },
    };
  },
});
