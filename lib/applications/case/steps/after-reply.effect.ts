import { letters } from "@/db/schema";
import { createDraftFromReply } from "@/lib/documents/publishing";
import { ValidationError } from "@/lib/errors";
import { and, desc, eq } from "drizzle-orm";
import { defineStep, type HandlerContext, staffOf, type StepTable } from "../step";
import { applicantIdentifiers } from "./consultation.effect";
import { AFTER_REPLY_RULES, ORDERED_BY_LABELS } from "./after-reply.rule";

/** 送达 (条例第四十五条): recorded apart from the reply date, which decides "on time". */
export const recordDelivery = defineStep("recordDelivery", {
  form: AFTER_REPLY_RULES.recordDelivery.form,
  input: (form) => ({ method: form.method, deliveredOn: form.deliveredOn }),
  effects: (form) => ({ occurredOn: form.deliveredOn, applicantVisible: true, payload: { method: form.method } }),
});

/** 归档 (条例第四十五条): a flag beside the status. */
export const archive = defineStep("archive", {
  form: AFTER_REPLY_RULES.archive.form,
  input: () => ({}),
  effects: (_form, { today }) => ({ occurredOn: today, applicantVisible: false, columns: { archived: true } }),
});

/** The approved 答复书 of the reply in force (its number and date). */
async function replyLetter({ tx, file }: HandlerContext) {
  const [row] = await tx
    .select({ number: letters.number, issuedOn: letters.issuedOn })
    .from(letters)
    .where(and(eq(letters.applicationId, file.row.id), eq(letters.kind, "reply")))
    .orderBy(desc(letters.issuedAt))
    .limit(1);
  return row;
}

/** Replaces every applicant identifier (name, contact, address …) in text meant for the public. */
function withoutApplicantData(text: string, identifiers: readonly string[]): string {
  return identifiers.filter((id) => id.trim().length >= 2).reduce((out, id) => out.replaceAll(id.trim(), "（已删除）"), text);
}

/**
 * 生成主动公开草稿 (条例第四十四条): a disclosed or partly disclosed reply becomes a draft catalogue
 * document on the publisher's desk, made only of the information's description (request item titles,
 * the disclosed part, the released files) with the applicant's data removed; the publisher
 * completes, attaches the files and publishes it. The draft refers to the reply's number only.
 */
export const createCatalogueDraft = defineStep("createCatalogueDraft", {
  form: AFTER_REPLY_RULES.createCatalogueDraft.form,
  input: () => ({}),
  effects: async (_form, ctx) => {
    const { file } = ctx;
    const draft = file.snapshot.draft;
    const reply = await replyLetter(ctx);
    const ids = applicantIdentifiers(file);
    const titles = file.items.map((item) => item.title);
    const body = [
      `本信息经依申请公开后转为主动公开（条例第四十四条）。`,
      `所涉政府信息：${titles.join("；")}。`,
      ...(draft?.disclosedPart ? [`公开内容：${draft.disclosedPart}`] : []),
      ...(draft?.releasedFiles?.length ? [`相关文件：${draft.releasedFiles.join("、")}`] : []),
    ].map((line) => `<p>${withoutApplicantData(line, ids).replace(/[<>&]/g, "")}</p>`);
    const title = withoutApplicantData(titles.join("；"), ids).slice(0, 200);
    const document = await createDraftFromReply(ctx.tx, staffOf(ctx), {
      agencyId: file.row.agencyId,
      title,
      body: body.join("\n"),
      issuedOn: reply?.issuedOn ?? file.snapshot.finishedOn ?? ctx.today,
      sourceReference: reply?.number ?? file.row.caseNumber,
    });
    return { occurredOn: ctx.today, applicantVisible: false, payload: { documentId: document.id, indexNumber: document.indexNumber } };
  },
});

/**
 * 按复议决定或判决重新答复: the reconsideration decision or judgment is recorded (who ordered, its
 * number, the day the agency received it); the application is open again (in_progress, out of the
 * archive) and the new reply is due by the period the order sets, else 20 working days after its
 * receipt (条例第三十三条; lib/clock `reopenedForNewReply`). The earlier draft no longer stands; the new
 * reply is a new event and the application counts once, in the year of its last reply (workflow.md §5).
 */
export const reopenForNewReply = defineStep("reopenForNewReply", {
  form: AFTER_REPLY_RULES.reopenForNewReply.form,
  input: (form, { today }) => {
    if (form.replyDueOn && form.replyDueOn <= form.orderedOn) {
      throw new ValidationError([{ path: "replyDueOn", message: "重新答复期限应晚于收到决定（判决）之日。" }]);
    }
    if (form.replyDueOn && form.replyDueOn < today) throw new ValidationError([{ path: "replyDueOn", message: "重新答复期限不能早于今天。" }]);
    return { orderedBy: form.orderedBy, orderReference: form.orderReference, orderedOn: form.orderedOn };
  },
  effects: (form) => ({
    occurredOn: form.orderedOn,
    applicantVisible: true,
    reason: `${ORDERED_BY_LABELS[form.orderedBy]}（${form.orderReference}）责令重新答复`,
    payload: { orderedBy: form.orderedBy, orderReference: form.orderReference, ...(form.replyDueOn ? { replyDueOn: form.replyDueOn } : {}) },
    columns: { archived: false },
  }),
});

/** The steps of this phase staff take in the workbench. */
export const staffSteps = { recordDelivery, archive, createCatalogueDraft, reopenForNewReply } satisfies StepTable;
