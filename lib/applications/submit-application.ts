import { applicationEvents, applicationFiles } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { findAgency } from "@/db/queries/agencies";
import { readAgencyPolicy } from "@/lib/agencies/policy";
import type { Actor } from "@/lib/auth/roles";
import { config, publicUrl } from "@/lib/config";
import { decryptPii, encryptPii } from "@/lib/crypto/pii";
import { ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";
import { assertIdempotencyKey, claimIdempotencyKey, requestHash, storeIdempotentResult, type IdempotencyClaim } from "@/lib/idempotency";
import { enqueueMail } from "@/lib/mail/outbox";
import { recordHit, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/rate-limit";
import { spendChallenge, type SpentChallenge } from "@/lib/anti-bot/single-use";
import { getStorage, type FileStorage } from "@/lib/storage";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors } from "@/lib/validation/zod";
import { formatCaseNumber, nextCaseSerial } from "./case-number";
import { checkIdentityProofs, IDENTITY_PROOF_UPLOADS, type CheckedFile, type UploadedFile } from "./identity-proof";
import { loadPiiKeys } from "./pii-keys";
import { removeStored, storeCheckedFiles } from "./uploaded-files";
import { applicationSchema, webApplicationSchema } from "./schema";
import { LOOKUP_PATH } from "./lookup-path";
import { submissionReceiptMail } from "./submission-mail";
import { generateTrackingCode } from "./tracking-code";
import { insertApplication } from "./insert-application";
import { ledgerEvent } from "./case/ledger";

export interface SubmissionResult {
  applicationId: string;
  caseNumber: string;
  /** Shown once (提交凭证); only its hash is stored. */
  trackingCode: string;
  status: "submitted";
}

/** A caller of the open API identified by its key (its own hourly limit replaces the per-IP one). */
export interface ApiClient {
  id: string;
  rateLimitPerHour: number;
}

export interface SubmitOptions {
  /** The Idempotency-Key header (required by the web form, optional in the API). */
  idempotencyKey?: string;
  ip: string;
  /** The web form: the 承诺 checkbox is required. */
  web?: boolean;
  apiClient?: ApiClient;
  /** The solved proof-of-work challenge this submission spends (lib/anti-bot/single-use). */
  proofOfWork?: SpentChallenge;
  now?: Date;
  storage?: FileStorage;
  /** Submissions per hour per IP and per account (APPLICATION_RATE_LIMIT). */
  rateLimitPerHour?: number;
}

const HOUR = 3600;

function rateLimited(rule: RateLimitRule, now: Date): RateLimitedError {
  const seconds = secondsUntilWindowEnds(rule, now);
  return new RateLimitedError(`提交过于频繁，请 ${Math.ceil(seconds / 60)} 分钟后再试。如有急需，可拨打本机关政府信息公开工作机构的电话咨询。`, seconds);
}

async function enforceRateLimits(tx: Queryable, actor: Actor | null, options: SubmitOptions, now: Date) {
  const perHour = options.rateLimitPerHour ?? config().APPLICATION_RATE_LIMIT;
  const checks: { key: string; rule: RateLimitRule }[] = [];
  if (options.apiClient) {
    checks.push({ key: `application:apikey:${options.apiClient.id}`, rule: { limit: options.apiClient.rateLimitPerHour, windowSeconds: HOUR } });
  } else {
    checks.push({ key: `application:ip:${options.ip}`, rule: { limit: perHour, windowSeconds: HOUR } });
  }
  if (actor) checks.push({ key: `application:account:${actor.userId}`, rule: { limit: perHour, windowSeconds: HOUR } });
  for (const { key, rule } of checks) {
    // Counted inside the transaction: a refused or failed submission gives its hit back.
    if ((await recordHit(tx, key, rule, now)) > rule.limit) throw rateLimited(rule, now);
  }
}

/**
 * 网上提交政府信息公开申请 (条例第二十七、二十九条). One transaction: the case number, the application,
 * its items, identity proofs, the `submitted` event and the 提交凭证 e-mail commit together or not at
 * all. The application is `submitted`, not received: `receivedOn` stays null until staff confirm
 * receipt (条例第三十一条), so no due date exists yet.
 */
export async function submitApplication(
  db: Db,
  actor: Actor | null,
  input: unknown,
  files: UploadedFile[],
  options: SubmitOptions,
): Promise<SubmissionResult> {
  if (actor && actor.role !== "citizen") {
    throw new ForbiddenError("工作人员账号不能以申请人身份提交申请。请退出登录后提交，或在工作台登记申请。");
  }
  const now = options.now ?? new Date();
  if (options.idempotencyKey !== undefined) assertIdempotencyKey(options.idempotencyKey);

  const parsed = (options.web ? webApplicationSchema : applicationSchema).safeParse(input);
  const fileProblems: { path: string; message: string }[] = [];
  const checkedFiles = await checkIdentityProofs(files).catch((error: unknown) => {
    if (error instanceof ValidationError) fileProblems.push(...error.errors);
    else throw error;
    return [] as CheckedFile[];
  });
  if (!parsed.success || fileProblems.length > 0) {
    throw new ValidationError([...(parsed.success ? [] : fieldErrors(parsed.error)), ...fileProblems]);
  }
  const application = parsed.data;

  const agency = await findAgency(db, application.agency);
  if (!agency || agency.code !== application.agency) {
    throw new ValidationError([{ path: "agency", message: "找不到所选的行政机关，请从列表中重新选择。" }]);
  }

  const keys = await loadPiiKeys(db);
  const storage = options.storage ?? (await getStorage());
  // Streamed into the storage before the transaction (a file is never held whole); removed again if it fails.
  const stored = await storeCheckedFiles(storage, checkedFiles, "identity-proofs", IDENTITY_PROOF_UPLOADS);
  const claim: IdempotencyClaim | undefined =
    options.idempotencyKey === undefined
      ? undefined
      : {
          scope: options.apiClient ? `apikey:${options.apiClient.id}` : actor ? `account:${actor.userId}` : "anonymous",
          key: options.idempotencyKey,
          operation: "submitApplication",
          requestHash: requestHash({ application, files: stored.map((f) => f.sha256) }),
        };

  try {
    const outcome = await db.transaction(async (tx) => {
      if (claim) {
        const replay = await claimIdempotencyKey(tx, claim, now);
        if (replay !== null) return { replayed: true as const, result: JSON.parse(decryptPii(keys, replay)) as SubmissionResult };
      }
      if (options.proofOfWork) await spendChallenge(tx, options.proofOfWork, now);
      await enforceRateLimits(tx, actor, options, now);

      const today = chinaDate(now);
      const year = Number(today.slice(0, 4));
      const prefix = readAgencyPolicy(agency.policy).caseNumberPrefix;
      const caseNumber = formatCaseNumber(prefix, year, await nextCaseSerial(tx, agency.id, year));
      const trackingCode = generateTrackingCode();

      const applicationId = await insertApplication(tx, {
        agencyId: agency.id,
        caseNumber,
        trackingCode,
        channel: "online",
        form: application,
        keys,
        userId: actor?.userId ?? null,
        now,
      });
      await tx.insert(applicationFiles).values(
        stored.map((file) => ({
          applicationId,
          kind: "identity_proof",
          storageKey: file.key,
          fileName: file.name,
          mime: file.detected.mime,
          size: file.size,
          sha256: file.sha256,
          uploadedBy: actor?.userId ?? null,
          uploadedAt: now,
        })),
      );
      await tx.insert(applicationEvents).values({
        applicationId,
        at: now,
        occurredOn: today,
        actorKind: "applicant",
        actorId: actor?.userId ?? null,
        actorName: application.applicant.name,
        basis: "条例第二十九条",
        after: { status: "submitted", channel: "online" },
        applicantVisible: true,
        ...ledgerEvent("submitted", { itemCount: application.items.length, identityProofs: stored.length, viaApi: Boolean(options.apiClient) }),
      });
      if (application.applicant.email) {
        await enqueueMail(tx, {
          kind: "submission_receipt",
          applicationId,
          to: application.applicant.email,
          ...submissionReceiptMail({
            agencyName: agency.name,
            caseNumber,
            trackingCode,
            applicantName: application.applicant.name,
            lookupUrl: publicUrl(LOOKUP_PATH),
          }),
        });
      }

      const result: SubmissionResult = { applicationId, caseNumber, trackingCode, status: "submitted" };
      if (claim) await storeIdempotentResult(tx, claim, encryptPii(keys, JSON.stringify(result)));
      return { replayed: false as const, result };
    });
    if (outcome.replayed) await removeStored(storage, stored);
    return outcome.result;
  } catch (error) {
    await removeStored(storage, stored);
    throw error;
  }
}
