import { z } from "@/lib/validation/zod";
import { REPLY_PERIOD_WORKING_DAYS } from "@/lib/clock/rules";
import { releasesInformation } from "@/lib/workflow/decisions";
import { first, requirePastDate, requireText } from "@/lib/workflow/guards";
import { date, FINISHED, nothing } from "./rule";
import { dateText, formField, requiredText, stepForm, today } from "./form-fields";
import { singleLineText } from "@/lib/validation/text";
import { ValidationError } from "@/lib/errors";
import { defineStep } from "../step";
import { applicantIdentifiers } from "./consultation";
import { DELIVERY_METHODS, none, text } from "../ledger-schema";

export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  online: "网上送达",
  email: "电子邮件",
  registered_mail: "挂号信/快递",
  in_person: "当面送达",
  fax: "传真",
};
export const deliveryForm = stepForm({
  method: formField(z.enum(DELIVERY_METHODS, "请选择送达方式。"), { label: "送达方式", widget: "select", choices: DELIVERY_METHOD_LABELS, initial: "online" }),
  deliveredOn: formField(dateText("送达日期"), { label: "送达日期", widget: "date", initial: today }),
});

export const archiveForm = stepForm({}, "归档后不能再办理（复议、诉讼要求重新答复的除外）。");
export const catalogueDraftForm = stepForm(
  {},
  "把本答复公开的信息转为主动公开草稿（条例第四十四条），已删除申请人信息，由信息发布员完善后发布。",
);

export const ORDERED_BY_LABELS = { reconsideration: "行政复议决定", court: "人民法院判决" } as const;
export const newReplyOrderForm = stepForm(
  {
    orderedBy: formField(z.enum(["reconsideration", "court"], "请选择行政复议决定或法院判决。"), {
      label: "责令重新答复的文书",
      widget: "select",
      choices: ORDERED_BY_LABELS,
      initial: "reconsideration",
    }),
    orderReference: formField(requiredText("复议决定书或判决书文号", 200), { label: "决定书或判决书文号", widget: "text" }),
    orderedOn: formField(dateText("本机关收到决定（判决）之日"), { label: "本机关收到决定（判决）之日", widget: "date", initial: today }),
    /** The period the decision or judgment sets; empty: 20 working days (条例第三十三条). */
    replyDueOn: formField(
      singleLineText()
        .trim()
        .regex(/^(\d{4}-\d{2}-\d{2})?$/, "请填写有效的重新答复期限（YYYY-MM-DD），或留空。")
        .default(""),
      {
        label: "决定（判决）确定的重新答复期限（未确定的留空）",
        widget: "date",
        initial: "",
        optional: true,
        hint: `留空时自收到之日起${REPLY_PERIOD_WORKING_DAYS}个工作日（条例第三十三条）。`,
      },
    ),
  },
  "申请恢复为办理中（并取消归档），由经办人重新起草答复。",
);

/** Replaces every applicant identifier (name, contact, address …) in text meant for the public. */
function withoutApplicantData(text: string, identifiers: readonly string[]): string {
  return identifiers.filter((id) => id.trim().length >= 2).reduce((out, id) => out.replaceAll(id.trim(), "（已删除）"), text);
}

/** What each step of this phase records in the ledger: its event's payload (lenient, see case/ledger-fields.ts). */
export const AFTER_REPLY_EVENTS = {
  delivered: z.object({ method: z.enum(DELIVERY_METHODS).optional().catch(undefined) }),
  archived: none,
  catalogueDraftCreated: z.object({ documentId: text, indexNumber: text }),
  reopenedForNewReply: z.object({ orderedBy: z.enum(["reconsideration", "court"]).optional().catch(undefined), orderReference: text, replyDueOn: text }),
};
type AfterReplyEvents = typeof AFTER_REPLY_EVENTS;
declare module "../ledger-schema" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: this phase's events join the registry
  interface LedgerPayloads extends AfterReplyEvents {}
}


/** After the reply (条例第四十四、四十五条; a new reply ordered on review). */
export const AFTER_REPLY_STEPS = {
  /** 送达 (条例第四十五条): recorded apart from the reply date, which decides "on time". */
  recordDelivery: defineStep({
    input: z.object({ method: z.enum(DELIVERY_METHODS), deliveredOn: date }),
    form: deliveryForm,
    label: "记录送达",
    from: FINISHED,
    to: "unchanged",
    // The system records an electronic delivery (issue 16.3): online on the day of issue, e-mail on
    // the day the outbox sent it (lib/applications/delivery); the clerk records the others.
    roles: ["clerk", "system"],
    takenBy: ["staff", "system"],
    event: "delivered",
    timeline: "送达",
    letter: null,
    basis: "条例第四十五条",
    when: (s) => (s.deliveredOn ? "已记录送达。" : null),
    check: (s, input, { today }) =>
      first(
        () =>
          ["online", "email", "registered_mail", "in_person", "fax"].includes(input.method) ? null : "请选择送达方式。",
        () => requirePastDate(input.deliveredOn, "送达日期", today, s.finishedOn ? { date: s.finishedOn, what: "答复（终止）之日" } : undefined),
      ),
    toInput: (form) => ({ method: form.method, deliveredOn: form.deliveredOn }),
    record: (form) => ({ occurredOn: form.deliveredOn, applicantVisible: true, payload: { method: form.method } }),
  }),
  /** 归档 (条例第四十五条): a flag beside the status. */
  archive: defineStep({
    input: nothing,
    form: archiveForm,
    label: "归档",
    from: FINISHED,
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "archived",
    timeline: "归档",
    letter: null,
    basis: "条例第四十五条",
    // A reply or closing notice is archived once its delivery (送达) is on file; a withdrawal
    // confirmation is shown to the applicant online and needs no delivery record.
    when: (s) => (!s.deliveredOn && s.decision !== "withdrawn" ? "请先记录答复书（告知书）的送达，再归档。" : null),
    toInput: () => ({}),
    record: (_form, { today }) => ({ occurredOn: today, applicantVisible: false, columns: { archived: true } }),
  }),
  /**
   * 生成主动公开草稿 (条例第四十四条): a disclosed or partly disclosed reply becomes a draft catalogue
   * document on the publisher's desk, made only of the information's description (request item titles,
   * the disclosed part, the released files) with the applicant's data removed; the publisher
   * completes, attaches the files and publishes it. The draft refers to the reply's number only.
   */
  createCatalogueDraft: defineStep({
    input: nothing,
    form: catalogueDraftForm,
    label: "生成主动公开草稿",
    from: ["replied"],
    to: "unchanged",
    roles: ["clerk"],
    takenBy: ["staff"],
    event: "catalogueDraftCreated",
    timeline: "转为主动公开",
    letter: null,
    basis: "条例第四十四条",
    whenArchived: true,
    when: (s) =>
      first(
        () => (s.decision && releasesInformation(s.decision) ? null : "只有予以公开或部分公开的答复才能转为主动公开。"),
        () => (s.catalogueDraftCreated ? "已生成主动公开草稿。" : null),
      ),
    toInput: () => ({}),
    record: async (_form, ctx) => {
      const { file } = ctx;
      const draft = file.snapshot.draft;
      // The approved 答复书 of the reply in force (its number and date).
      const reply = await ctx.services.latestLetter("reply");
      const ids = applicantIdentifiers(file);
      const titles = file.items.map((item) => item.title);
      const body = [
        `本信息经依申请公开后转为主动公开（条例第四十四条）。`,
        `所涉政府信息：${titles.join("；")}。`,
        ...(draft?.disclosedPart ? [`公开内容：${draft.disclosedPart}`] : []),
        ...(draft?.releasedFiles?.length ? [`相关文件：${draft.releasedFiles.join("、")}`] : []),
      ].map((line) => `<p>${withoutApplicantData(line, ids).replace(/[<>&]/g, "")}</p>`);
      const title = withoutApplicantData(titles.join("；"), ids).slice(0, 200);
      const document = await ctx.services.createCatalogueDraft({
        agencyId: file.row.agencyId,
        title,
        body: body.join("\n"),
        issuedOn: reply?.issuedOn ?? file.snapshot.finishedOn ?? ctx.today,
        sourceReference: reply?.number ?? file.row.caseNumber,
      });
      return { occurredOn: ctx.today, applicantVisible: false, payload: { documentId: document.id, indexNumber: document.indexNumber } };
    },
  }),
  /**
   * 按复议决定或判决重新答复: the reconsideration decision or judgment is recorded (who ordered, its
   * number, the day the agency received it); the application is open again (in_progress, out of the
   * archive) and the new reply is due by the period the order sets, else 20 working days after its
   * receipt (条例第三十三条; lib/clock `reopenedForNewReply`). The earlier draft no longer stands; the new
   * reply is a new event and the application counts once, in the year of its last reply (workflow.md §5).
   */
  reopenForNewReply: defineStep({
    input: z.object({ orderedBy: z.enum(["reconsideration", "court"]), orderReference: z.string(), orderedOn: date }),
    form: newReplyOrderForm,
    label: "按复议决定或判决重新答复",
    from: FINISHED,
    to: "in_progress",
    roles: ["reviewer"],
    takenBy: ["staff"],
    event: "reopenedForNewReply",
    timeline: "重新答复",
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
    toInput: (form, { today }) => {
      if (form.replyDueOn && form.replyDueOn <= form.orderedOn) {
        throw new ValidationError([{ path: "replyDueOn", message: "重新答复期限应晚于收到决定（判决）之日。" }]);
      }
      if (form.replyDueOn && form.replyDueOn < today) throw new ValidationError([{ path: "replyDueOn", message: "重新答复期限不能早于今天。" }]);
      return { orderedBy: form.orderedBy, orderReference: form.orderReference, orderedOn: form.orderedOn };
    },
    record: (form) => ({
      occurredOn: form.orderedOn,
      applicantVisible: true,
      reason: `${ORDERED_BY_LABELS[form.orderedBy]}（${form.orderReference}）责令重新答复`,
      payload: { orderedBy: form.orderedBy, orderReference: form.orderReference, ...(form.replyDueOn ? { replyDueOn: form.replyDueOn } : {}) },
      columns: { archived: false },
    }),
  }),
};
