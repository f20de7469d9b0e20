import { createHash, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { currentHits, recordHit, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/rate-limit";
import { fieldErrors } from "@/lib/validation/zod";
import { listSubApplications, statusView, type ApplicationStatusView, type SubApplicationSummary } from "./applicant-view";
import { normalizePhone } from "./phone";
import { hashTrackingCode } from "./tracking-code";
import { lookupSchema } from "./lookup-schema";


/** Failed look-ups allowed per IP per hour (guessing a code needs 2⁸⁰ tries; this stops scripts early). */
export const LOOKUP_FAILURE_LIMIT: RateLimitRule = { limit: 20, windowSeconds: 3600 };

const NOT_FOUND = "未找到与该查询码和联系电话相符的申请。请核对提交凭证上的查询码和提交申请时填写的联系电话。";

function sameText(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * What a look-up answers: the application's progress and, when it was split (一事一申请), its
 * sub-applications — the applicant's tracking code covers them (their own codes are never issued).
 */
export interface LookupView extends ApplicationStatusView {
  subApplications: Omit<SubApplicationSummary, "id">[];
}

/**
 * 查询申请 without an account: the tracking code and the phone number given in the application.
 * An unknown code and a wrong phone give the same 404, so neither can be probed separately.
 */
export async function lookupApplication(db: Queryable, input: unknown, options: LookupOptions): Promise<LookupView> {
  return (await lookupApplicationRecord(db, input, options)).view;
}

interface LookupOptions {
  ip: string;
  now?: Date;
  rule?: RateLimitRule;
}

/** The same look-up, also naming the application it proved (for the short applicant session, lookup-session.ts). */
export async function lookupApplicationRecord(
  db: Queryable,
  input: unknown,
  { ip, now = new Date(), rule = LOOKUP_FAILURE_LIMIT }: LookupOptions,
): Promise<{ applicationId: string; view: LookupView }> {
  const key = `lookup:ip:${ip}`;
  if ((await currentHits(db, key, rule, now)) >= rule.limit) {
    const seconds = secondsUntilWindowEnds(rule, now);
    throw new RateLimitedError(`查询失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试。`, seconds);
  }
  const parsed = lookupSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));

  const [row] = await db.select().from(applications).where(eq(applications.trackingCodeHash, hashTrackingCode(parsed.data.trackingCode)));
  const phoneMatches = sameText(row?.phoneNormalized ?? "", normalizePhone(parsed.data.phone));
  if (!row || !phoneMatches) {
    await recordHit(db, key, rule, now);
    throw new NotFoundError(NOT_FOUND);
  }
  const subApplications = (await listSubApplications(db, row.id)).map(({ id: _id, ...summary }) => summary);
  return { applicationId: row.id, view: { ...(await statusView(db, row, now)), subApplications } };
}
