import { z } from "zod";
import { canApproveExtension } from "@/lib/clock";
import { checkWithinReplyPeriod, refusalOf } from "@/lib/workflow/deadlines";
import { first, requireText } from "@/lib/workflow/guards";
import { defineRule, nothing, OPEN } from "./rule";

/** Extension (条例第三十三条第一款). */
export const EXTENSION_RULES = {
  proposeExtension: defineRule({
    input: z.object({ workingDays: z.number(), reason: z.string() }),
    label: "申请延期答复",
    from: OPEN,
    to: "unchanged",
    roles: ["clerk"],
    event: "extensionProposed",
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
  }),
  approveExtension: defineRule({
    input: nothing,
    label: "同意延期答复",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    event: "extensionApproved",
    letter: "extensionNotice",
    basis: "条例第三十三条第一款",
    when: (s, { clock, today }) =>
      first(
        () => (s.extensions.some((e) => e.state === "approved") ? "延期答复只能一次，本申请已延期（条例第三十三条）。" : null),
        () => (s.extensions.some((e) => e.state === "proposed") ? null : "没有待审批的延期申请。"),
        // The approval and the 延期答复告知书 both bear today's date.
        () => refusalOf(canApproveExtension(clock, s.extensions.find((e) => e.state === "proposed")!.workingDays, today)),
      ),
  }),
  refuseExtension: defineRule({
    input: z.object({ reason: z.string() }),
    label: "不同意延期",
    from: OPEN,
    to: "unchanged",
    roles: ["reviewer"],
    event: "extensionRefused",
    letter: null,
    basis: "条例第三十三条第一款",
    when: (s) => (s.extensions.some((e) => e.state === "proposed") ? null : "没有待审批的延期申请。"),
    check: (_s, input) => requireText(input.reason, "不同意的理由"),
  }),
};
