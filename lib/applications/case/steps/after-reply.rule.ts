import { z } from "zod";
import { releasesInformation } from "@/lib/workflow/decisions";
import { first, requirePastDate, requireText } from "@/lib/workflow/guards";
import { date, defineRule, FINISHED, nothing } from "./rule";

/** How a letter reached the applicant (送达). */
export const DELIVERY_METHODS = ["online", "email", "registered_mail", "in_person", "fax"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** After the reply (条例第四十四、四十五条; a new reply ordered on review). */
export const AFTER_REPLY_RULES = {
  recordDelivery: defineRule({
    input: z.object({ method: z.enum(DELIVERY_METHODS), deliveredOn: date }),
    label: "记录送达",
    from: FINISHED,
    to: "unchanged",
    roles: ["clerk"],
    event: "delivered",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => (s.deliveredOn ? "已记录送达。" : null),
    check: (s, input, { today }) =>
      first(
        () =>
          ["online", "email", "registered_mail", "in_person", "fax"].includes(input.method) ? null : "请选择送达方式。",
        () => requirePastDate(input.deliveredOn, "送达日期", today, s.finishedOn ? { date: s.finishedOn, what: "答复（终止）之日" } : undefined),
      ),
  }),
  archive: defineRule({
    input: nothing,
    label: "归档",
    from: FINISHED,
    to: "unchanged",
    roles: ["clerk"],
    event: "archived",
    letter: null,
    basis: "条例第四十五条",
    // A reply or closing notice is archived once its delivery (送达) is on file; a withdrawal
    // confirmation is shown to the applicant online and needs no delivery record.
    when: (s) => (!s.deliveredOn && s.decision !== "withdrawn" ? "请先记录答复书（告知书）的送达，再归档。" : null),
  }),
  createCatalogueDraft: defineRule({
    input: nothing,
    label: "生成主动公开草稿",
    from: ["replied"],
    to: "unchanged",
    roles: ["clerk"],
    event: "catalogueDraftCreated",
    letter: null,
    basis: "条例第四十四条",
    whenArchived: true,
    when: (s) =>
      first(
        () => (s.decision && releasesInformation(s.decision) ? null : "只有予以公开或部分公开的答复才能转为主动公开。"),
        () => (s.catalogueDraftCreated ? "已生成主动公开草稿。" : null),
      ),
  }),
  reopenForNewReply: defineRule({
    input: z.object({ orderedBy: z.enum(["reconsideration", "court"]), orderReference: z.string(), orderedOn: date }),
    label: "按复议决定或判决重新答复",
    from: FINISHED,
    to: "in_progress",
    roles: ["reviewer"],
    event: "reopenedForNewReply",
    letter: null,
    basis: "行政复议法、行政诉讼法",
    whenArchived: true,
    when: (s) => (s.status === "closed" && s.decision === "withdrawn" ? "申请人已撤回申请。" : null),
    check: (s, input, { today }) =>
      first(
        () => (input.orderedBy === "reconsideration" || input.orderedBy === "court" ? null : "请选择行政复议决定或法院判决。"),
        () => requireText(input.orderReference, "复议决定书或判决书文号"),
        () => requirePastDate(input.orderedOn, "决定（判决）日期", today, s.finishedOn ? { date: s.finishedOn, what: "原答复之日" } : undefined),
      ),
  }),
};
