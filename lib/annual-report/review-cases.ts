import { and, eq } from "drizzle-orm";
import { applications, reviewCases } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { Queryable, Tx } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/roles";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrors, z } from "@/lib/validation/zod";
import { reportAgencyOf } from "./access";
import { assertYearOpen } from "./inputs";
import { reviewCaseSchema, type ReviewCaseInput } from "./schemas";

/**
 * 行政复议 / 行政诉讼 cases that staff enter for table 四 (annual-report.md § Table 四). A case counts
 * in the year it was filed, so changing one touches that year's report: refused once it is published.
 */

function parse(input: unknown): ReviewCaseInput {
  const parsed = reviewCaseSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}

async function columnsOf(tx: Tx, agencyId: string, value: ReviewCaseInput) {
  let applicationId: string | null = null;
  if (value.caseNumber !== "") {
    const [application] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.agencyId, agencyId), eq(applications.caseNumber, value.caseNumber)))
      .limit(1);
    if (!application) throw new ValidationError([{ path: "caseNumber", message: `本机关没有受理编号为“${value.caseNumber}”的申请，请核对；与具体申请无关的可以不填。` }]);
    applicationId = application.id;
  }
  return {
    kind: value.kind,
    filedOn: value.filedOn,
    applicationId,
    result: value.result === "" ? null : value.result,
    resultOn: value.resultOn === "" ? null : value.resultOn,
  };
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export async function createReviewCase(db: Queryable, actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const agency = await reportAgencyOf(db, actor);
  const value = parse(input);
  return inTransaction(db, async (tx) => {
    await assertYearOpen(tx, agency.id, yearOf(value.filedOn));
    const [row] = await tx
      .insert(reviewCases)
      .values({ agencyId: agency.id, createdBy: actor!.userId, ...(await columnsOf(tx, agency.id, value)) })
      .returning({ id: reviewCases.id });
    await recordAudit(tx, { actor, action: "reviewCase.changed", target: { type: "reviewCase", id: row!.id }, after: { ...value } });
    return { id: row!.id };
  });
}

async function loadOwnCase(tx: Tx, agencyId: string, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("未找到该案件。");
  const [row] = await tx
    .select()
    .from(reviewCases)
    .where(and(eq(reviewCases.id, id), eq(reviewCases.agencyId, agencyId)))
    .for("update");
  if (!row) throw new NotFoundError("未找到该案件。");
  return row;
}

export async function updateReviewCase(db: Queryable, actor: Actor | null, id: string, input: unknown): Promise<void> {
  const agency = await reportAgencyOf(db, actor);
  const value = parse(input);
  await inTransaction(db, async (tx) => {
    const current = await loadOwnCase(tx, agency.id, id);
    await assertYearOpen(tx, agency.id, yearOf(current.filedOn));
    await assertYearOpen(tx, agency.id, yearOf(value.filedOn));
    await tx.update(reviewCases).set(await columnsOf(tx, agency.id, value)).where(eq(reviewCases.id, id));
    await recordAudit(tx, { actor, action: "reviewCase.changed", target: { type: "reviewCase", id }, before: { ...current }, after: { ...value } });
  });
}

export async function deleteReviewCase(db: Queryable, actor: Actor | null, id: string): Promise<void> {
  const agency = await reportAgencyOf(db, actor);
  await inTransaction(db, async (tx) => {
    const current = await loadOwnCase(tx, agency.id, id);
    await assertYearOpen(tx, agency.id, yearOf(current.filedOn));
    await tx.delete(reviewCases).where(eq(reviewCases.id, id));
    await recordAudit(tx, { actor, action: "reviewCase.changed", target: { type: "reviewCase", id }, before: { ...current } });
  });
}
