import { and, eq } from "drizzle-orm";
import { applicationEvents, applications } from "@/db/schema";
import type { Db } from "@/db/types";
import { assertRole } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors } from "@/lib/validation/zod";
import { isProvenApplicant, type ApplicantAccess } from "./applicant-access";
import { isApplicantOf } from "./owned-application";
import { rateSchema } from "./rate-schema";
import { ledgerEvent } from "./case/ledger";

/**
 * 评价 (workflow.md §6: the applicant may rate the service): once per application, after the reply
 * (also when archived), as the rate rule (case/steps/applicant.ts) says. The status does not change. The
 * applicant is the account that filed it or whoever just proved its tracking code (lookup-session.ts).
 */
export async function rateApplication(db: Db, who: ApplicantAccess, id: string, input: unknown, now = new Date()): Promise<{ score: number }> {
  if (!isProvenApplicant(who)) assertRole(who, ["citizen"]);
  const parsed = rateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();

  return db.transaction(async (tx) => {
    const [application] = await tx.select().from(applications).where(eq(applications.id, id)).for("update");
    if (!application || !isApplicantOf(who, application)) throw new NotFoundError("未找到该申请，或该申请不是通过您的账号提交的。");
    if (application.status !== "replied") throw new ConflictError("行政机关作出答复后才能评价。");
    const [earlier] = await tx
      .select({ id: applicationEvents.id })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, id), eq(applicationEvents.type, "rated")));
    if (earlier) throw new ConflictError("您已评价过本申请。");
    await tx.insert(applicationEvents).values({
      applicationId: id,
      at: now,
      occurredOn: chinaDate(now),
      actorKind: "applicant",
      actorId: isProvenApplicant(who) ? null : who.userId,
      actorName: isProvenApplicant(who) ? application.applicantName : who.name,
      applicantVisible: true,
      ...ledgerEvent("rated", { score: parsed.data.score, comment: parsed.data.comment || null }),
    });
    return { score: parsed.data.score };
  });
}
