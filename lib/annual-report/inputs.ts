import { getReportRecord } from "@/db/queries/annual-report-records";
import { annualReports } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { Queryable, Tx } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ConflictError, ValidationError } from "@/lib/errors";
import { normaliseWan } from "@/lib/annual-report/rules/money";
import { fieldErrors } from "@/lib/validation/zod";
import { reportAgencyOf } from "./access";
import { reportInputsSchema } from "./schemas";

/** A published report is frozen (its snapshot is the public record): nothing of its year changes. */
export async function assertYearOpen(tx: Tx, agencyId: string, year: number): Promise<void> {
  const record = await getReportRecord(tx, agencyId, year, { forUpdate: true });
  if (record?.status === "published") {
    throw new ConflictError(`${year}年度报告已发布，不能再修改其数据；如需更正，请另行发布更正说明。`);
  }
}

/**
 * Save what staff enter for a year: table 二 第二十条第（五）（六）（八）项 and sections 一、五、六
 * (annual-report.md). The 万元 amount is kept as exact decimal text.
 */
export async function saveReportInputs(db: Queryable, actor: Actor | null, year: number, input: unknown, { now = new Date() } = {}): Promise<void> {
  const agency = await reportAgencyOf(db, actor);
  const parsed = reportInputsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const values = { ...parsed.data, chargesWan: normaliseWan(parsed.data.chargesWan)!, updatedAt: now, updatedBy: actor!.userId };
  await inTransaction(db, async (tx: Tx) => {
    await assertYearOpen(tx, agency.id, year);
    await tx
      .insert(annualReports)
      .values({ agencyId: agency.id, year, ...values })
      .onConflictDoUpdate({ target: [annualReports.agencyId, annualReports.year], set: values });
  });
}
