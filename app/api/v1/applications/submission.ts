import "server-only";
import { getDb } from "@/db/client";
import { authenticateApiKey } from "@/lib/api-keys";
import { admitSubmission } from "@/lib/anti-bot/submission-gate";
import type { UploadedFile } from "@/lib/applications/identity-proof";
import { IDENTITY_PROOF_LIMITS, IDENTITY_PROOF_TEXT } from "@/lib/applications/identity-proof-rules";
import { applicationSchema } from "@/lib/applications/schema";
import { submitApplication } from "@/lib/applications/submit-application";
import { clientIp } from "@/lib/auth/client-ip";
import { getActor } from "@/lib/auth/session";
import { DomainError, ValidationError } from "@/lib/errors";
import { json } from "@/lib/http/api";
import { readMultipart, type MultipartForm } from "@/lib/http/multipart";
import { clientFileName } from "@/lib/http/file-name";
import { getSecret } from "@/lib/secrets";
import { fieldErrors } from "@/lib/validation/zod";

/** The most proofs at their largest and the form itself, with room for multipart framing. */
const MAX_BODY_BYTES = IDENTITY_PROOF_LIMITS.maxFiles * IDENTITY_PROOF_LIMITS.maxBytes + 1024 * 1024;

class PayloadTooLargeError extends DomainError {
  constructor() {
    super(IDENTITY_PROOF_TEXT.bodyTooLarge, 413);
  }
}

/**
 * The multipart adapter shared by the open API (`POST /api/v1/applications`) and the web form
 * (`POST /api/apply/submit`): field `application` (JSON), files `identityProof`, header
 * `Idempotency-Key`, field `antiBot` (a solved challenge; the open API may send an API key instead).
 * The size is checked from Content-Length before the body is read; the proofs are streamed
 * (lib/http/multipart.ts), never held whole.
 */
export async function handleSubmission(request: Request, { web }: { web: boolean }): Promise<Response> {
  const declared = Number(request.headers.get("content-length"));
  if (!request.headers.get("content-length") || !Number.isFinite(declared)) {
    return json({ error: "请求缺少 Content-Length 请求头。" }, { status: 411 });
  }
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError();

  let form: MultipartForm;
  try {
    form = await readMultipart(request, { fileFields: ["identityProof"], maxFileBytes: IDENTITY_PROOF_LIMITS.maxBytes, maxFiles: IDENTITY_PROOF_LIMITS.maxFiles });
  } catch {
    throw new ValidationError([{ path: "application", message: "请求体应为 multipart/form-data：字段 application（JSON）和文件 identityProof。" }]);
  }
  try {
    return await submitForm(request, form, web);
  } finally {
    await form.cleanup();
  }
}

async function submitForm(request: Request, form: MultipartForm, web: boolean): Promise<Response> {
  let input: unknown;
  try {
    input = JSON.parse(form.field("application") ?? "");
  } catch {
    throw new ValidationError([{ path: "application", message: "字段 application 应为申请内容的 JSON 文本。" }]);
  }
  const files: UploadedFile[] = form.files("identityProof").map((file) => ({ name: clientFileName(file.name, "identityProof"), content: file.open() }));

  const db = await getDb();
  let proof: unknown;
  try {
    const antiBot = form.field("antiBot");
    proof = antiBot === undefined ? undefined : JSON.parse(antiBot);
  } catch {
    proof = undefined;
  }
  const apiClient = web ? null : await authenticateApiKey(db, request.headers.get("authorization"));
  const secret = await getSecret(db, "NEXTAUTH_SECRET");
  const proofOfWork = admitOrExplain(input, web, () => admitSubmission({ secret, apiClient, proof, web }));
  const result = await submitApplication(db, await getActor(), input, files, {
    idempotencyKey: request.headers.get("idempotency-key") ?? undefined,
    ip: clientIp(request.headers),
    web,
    apiClient: apiClient ?? undefined,
    proofOfWork,
  });
  return json({ caseNumber: result.caseNumber, trackingCode: result.trackingCode, status: result.status }, { status: 201 });
}

/**
 * The anti-bot gate (a solved challenge or an API key). On the open API an application that is
 * itself invalid is answered with its field errors first: they are what an integrator must fix
 * (the web form solves its challenge before it can send anything).
 */
function admitOrExplain<T>(input: unknown, web: boolean, admit: () => T): T {
  try {
    return admit();
  } catch (error) {
    if (web) throw error;
    const fields = applicationSchema.safeParse(input);
    if (!fields.success) throw new ValidationError(fieldErrors(fields.error));
    throw error;
  }
}
