import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import type { ApplicantAccess, ProvenApplicant } from "@/lib/applications/applicant-access";
import { coversApplication } from "@/lib/applications/owned-application";
import { lookupSessionKey, signLookupToken, verifyLookupToken } from "@/lib/applications/lookup-session";
import { config } from "@/lib/config";
import { NotFoundError } from "@/lib/errors";
import { getActor } from "./session";

/** The short applicant session after a tracking-code look-up (httpOnly, same-site only, never in a URL). */
const LOOKUP_COOKIE = "gk_lookup";

/**
 * After a successful look-up (in the route handler that checked the code and phone). A session
 * cookie (no Max-Age/Expires): closing the browser ends it, as the page says; the token itself still
 * expires after LOOKUP_SESSION_SECONDS, whatever the browser keeps.
 */
export async function startLookupSession(applicationId: string): Promise<void> {
  (await cookies()).set(LOOKUP_COOKIE, signLookupToken(await lookupSessionKey(await getDb()), applicationId), {
    httpOnly: true,
    sameSite: "strict",
    secure: config().APP_ENV === "production",
    path: "/",
  });
}

/** 退出查询: the cookie is removed by the server, so the look-up cannot be reused on this browser. */
export async function endLookupSession(): Promise<void> {
  (await cookies()).delete({ name: LOOKUP_COOKIE, path: "/" });
}

/** The application the current look-up session proves, or null. */
export async function provenApplicant(): Promise<ProvenApplicant | null> {
  const token = (await cookies()).get(LOOKUP_COOKIE)?.value;
  if (!token) return null;
  const applicationId = verifyLookupToken(await lookupSessionKey(await getDb()), token);
  return applicationId ? { kind: "trackingCode", applicationId } : null;
}

/**
 * Who may read and act on this application in this request: the look-up session bound to it (or to
 * the application it was split from, 一事一申请), else the signed-in account (the use case then checks that the account filed it). Nobody → 404, the
 * same answer as for another applicant's application.
 */
export async function applicantAccessFor(applicationId: string): Promise<ApplicantAccess> {
  const proven = await provenApplicant();
  if (proven && (await coversApplication(await getDb(), proven, applicationId))) return proven;
  const actor = await getActor();
  if (actor) return actor;
  throw new NotFoundError("未找到该申请。请重新通过查询码和联系电话查询，或登录后在“我的申请”中查看。");
}
