import { STEPS } from "./case/steps";

/** The ledger rows no step records: the applicant's online submission (before receipt, 条例第三十一条) and a register import. */
const OUTSIDE_STEPS: Record<string, string> = {
  submitted: "网上提交申请",
  imported: "导入历史登记（只读）",
};

/** Each event's timeline label: the wording of the step that records it (its rule's `timeline`). */
const LABELS = new Map<string, string>([
  ...Object.entries(OUTSIDE_STEPS),
  ...Object.values(STEPS).map((rule): [string, string] => [rule.event, rule.timeline]),
]);

export function eventLabel(type: string): string {
  return LABELS.get(type) ?? type;
}
