import { and, eq, isNull } from "drizzle-orm";
import { consultationInvitations, letters, type ConsultationInvitationRow } from "@/db/schema";
import type { Db, Queryable, Tx } from "@/db/types";
import { recordAudit } from "@/lib/audit";
import type { LocalDate } from "@/lib/calendar";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { currentHits, recordHit, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/rate-limit";
import { chinaDate } from "@/lib/validation/china-date";
import { fieldErrors } from "@/lib/validation/zod";
import { SYSTEM_ACTOR } from "@/lib/workflow";
import { hasPassed, pauseDeadline } from "@/lib/workflow/deadlines";
import { findConsultation, isOpenConsultation } from "@/lib/workflow/guards";
import type { ConsultationKind } from "@/lib/workflow/snapshot";
import { assigneesOf } from "../background/assignee";
import { applyStep, type Party } from "../case/apply";
import { eventsOfType } from "../case/ledger-schema";
import { loadCase, type CaseFile } from "../case/load";
import { STEPS } from "../case/steps";
import { hashInvitationCode, hashInvitationToken, isWellFormedInvitationToken } from "./invitation-secret";
import { invitationCodeSchema, onlineOpinionSchema } from "./opinion-schema";

/**
 * 征求意见 online (条例第三十二条, issue 16.4): the consultee opens the link of the 征求意见书, proves
 * the code printed beside it, reads what it is asked about and files its opinion — once, before the
 * consultation's deadline — through the same step a clerk records a paper opinion with.
 */

/** Wrong codes (and unknown links) allowed per address per hour, as for the tracking-code look-up. */
export const INVITATION_FAILURE_LIMIT: RateLimitRule = { limit: 20, windowSeconds: 3600 };

const WRONG = "链接或验证码不正确，请核对征求意见书上的链接和验证码。";

/**
 * What the consultee sees: only the items it is consulted on and who asks — never the applicant's
 * name, contacts or request text (letters.md: nothing of the applicant goes to a third party).
 */
export interface InvitationView {
  agencyName: string;
  consulteeName: string;
  consulteeKind: ConsultationKind;
  information: string;
  letterNumber: string | null;
  sentOn: LocalDate;
  /** The last day to answer (lib/clock: from delivery, else from sending); null while a holiday year is unpublished. */
  deadline: LocalDate | null;
}

interface Options {
  ip: string;
  now?: Date;
  rule?: RateLimitRule;
}

/** 输入验证码: the invitation proved, its page model (or a Chinese refusal). */
export async function openInvitation(db: Queryable, token: string, input: unknown, options: Options): Promise<InvitationView> {
  const { file, row } = await provenInvitation(db, token, input, options);
  return viewOf(db, file, row);
}

/**
 * 提交意见: in one transaction, the invitation is used up (a conditional UPDATE: of two parallel
 * submissions one finds it already used), the application row is locked and judged again, and
 * recordConsultationOpinion runs as `system` on the consultee's behalf — receivedOn today (China
 * date), so lib/clock ends the pause that day; the ledger names the consultee, the step writes the
 * audit entry, and whoever handles the case is mailed. A refusal rolls everything back.
 */
export async function fileOnlineOpinion(db: Db, token: string, input: unknown, options: Options): Promise<{ receivedOn: LocalDate }> {
  const parsed = onlineOpinionSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const opinion = parsed.data;
  const now = options.now ?? new Date();
  const today = chinaDate(now);
  const proven = await provenInvitation(db, token, { code: opinion.code }, options);
  const { row } = proven;
  const view = await viewOf(db, proven.file, row);

  await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(consultationInvitations)
      .set({ usedAt: now })
      .where(and(eq(consultationInvitations.id, row.id), isNull(consultationInvitations.usedAt)))
      .returning({ id: consultationInvitations.id });
    if (!claimed) throw new ConflictError(USED);
    const file = await loadCase(tx, row.applicationId, today, { lock: true });
    const refusal = file ? refusalOf(file, row.pauseId, today) : WRONG;
    if (refusal) throw new ConflictError(refusal);

    const summary = [
      opinion.opinion === "object" ? `不同意公开。理由：${opinion.reasons}` : `同意公开。${opinion.reasons ? `说明：${opinion.reasons}` : ""}`,
      opinion.contact ? `联系方式：${opinion.contact}` : "",
      "（被征求意见方通过征求意见书所附链接在线提交）",
    ]
      .filter(Boolean)
      .join("\n");
    const step = STEPS.recordConsultationOpinion.prepare(
      { consultationId: row.pauseId, receivedOn: today, objects: opinion.opinion === "object" ? "yes" : "no", summary },
      "system",
    );
    const party = consulteeParty(row, view.consulteeName);
    await applyStep(tx, party, row.applicationId, "recordConsultationOpinion", step, now);
    // The step's own entry names the system; this one names the consultee and the address it filed from.
    await recordAudit(tx, {
      actor: null,
      actorName: party.name(file!),
      action: "consultation.opinionFiledOnline",
      agencyId: row.agencyId,
      target: { type: "application", id: row.applicationId },
      ip: options.ip,
      after: { consultationId: row.pauseId, objects: opinion.opinion === "object", receivedOn: today },
    });
    await tellHandlers(tx, file!, view);
  });
  return { receivedOn: today };
}

const USED = "该链接已使用：贵方的意见已经提交，不能再次提交。如需补充，请与征求意见的机关联系。";

/**
 * The consultee has no account: the invitation, proved before the step, is its authority, so the
 * step runs as `system` (whose rules allow recording an opinion) and the ledger names the consultee.
 */
function consulteeParty(row: ConsultationInvitationRow, consulteeName: string): Party {
  return {
    actor: SYSTEM_ACTOR,
    kind: "system",
    name: () => `${consulteeName}（在线提交）`,
    auditActor: null,
    authorize: (file) => {
      if (file.row.id !== row.applicationId) throw new NotFoundError(WRONG);
    },
  };
}

/** The token and code checked (failures counted per address), and the consultation still open to an opinion. */
async function provenInvitation(q: Queryable, token: string, input: unknown, { ip, now = new Date(), rule = INVITATION_FAILURE_LIMIT }: Options) {
  const key = `consultation-invitation:ip:${ip}`;
  if ((await currentHits(q, key, rule, now)) >= rule.limit) {
    const seconds = secondsUntilWindowEnds(rule, now);
    throw new RateLimitedError(`验证失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试。`, seconds);
  }
  const parsed = invitationCodeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const [row] = isWellFormedInvitationToken(token)
    ? await q.select().from(consultationInvitations).where(eq(consultationInvitations.tokenHash, hashInvitationToken(token)))
    : [];
  // A hash compare of two hex digests: equal length, and the code's hash is keyed by the token.
  if (!row || row.codeHash !== hashInvitationCode(token, parsed.data.code)) {
    await recordHit(q, key, rule, now);
    throw new ValidationError([{ path: "code", message: WRONG }]);
  }
  if (row.usedAt) throw new ConflictError(USED);
  const today = chinaDate(now);
  const file = await loadCase(q, row.applicationId, today);
  if (!file) throw new NotFoundError(WRONG);
  const refusal = refusalOf(file, row.pauseId, today);
  if (refusal) throw new ConflictError(refusal);
  return { row, file };
}

/**
 * Whether the consultation still takes an opinion (条例第三十二条: within 15 working days of
 * receiving the 征求意见书; lib/clock counts them from delivery, else from sending).
 */
function refusalOf(file: CaseFile, pauseId: string, today: LocalDate): string | null {
  const consultation = findConsultation(file.snapshot, pauseId);
  if (!consultation) return WRONG;
  const deadline = file.clock ? pauseDeadline(file.clock, "consultation", pauseId) : undefined;
  if (consultation.opinion) return `本机关已于${consultation.opinion.receivedOn}收到并记录了贵方的意见，征求意见已结束，不能再在线提交。`;
  if (hasPassed(deadline, today)) return `已超过提出意见的期限（${deadline}），本机关将依照条例第三十二条的规定决定是否公开。`;
  if (!isOpenConsultation(consultation)) return `本机关已于${consultation.endedOn}结束本次征求意见，不能再在线提交意见。`;
  if (file.row.status !== "in_progress") return "该政府信息公开申请已不在办理中，征求意见已结束，不能再在线提交意见。";
  return null;
}

async function viewOf(q: Queryable, file: CaseFile, row: ConsultationInvitationRow): Promise<InvitationView> {
  const sent = eventsOfType(file.events, "consultationSent").find((e) => e.payload.pauseId === row.pauseId)!;
  const [letter] = await q
    .select({ number: letters.number })
    .from(letters)
    .where(and(eq(letters.applicationId, file.row.id), eq(letters.eventId, sent.id)));
  const consultation = findConsultation(file.snapshot, row.pauseId)!;
  return {
    agencyName: file.agency.name,
    consulteeName: sent.payload.consulteeName ?? "",
    consulteeKind: consultation.kind,
    information: sent.payload.information ?? "",
    letterNumber: letter?.number ?? null,
    sentOn: consultation.sentOn,
    deadline: (file.clock && pauseDeadline(file.clock, "consultation", row.pauseId)) ?? null,
  };
}

/** The opinion lands with whoever handles the case (the inbox lists it too, inbox.ts). */
async function tellHandlers(tx: Tx, file: CaseFile, view: InvitationView) {
  for (const staff of await assigneesOf(tx, file.row.id, file.row.agencyId)) {
    await enqueueMail(tx, {
      kind: "consultation_online_opinion",
      applicationId: file.row.id,
      to: staff.email,
      subject: `第三方已在线提交意见：${file.row.caseNumber}`,
      text: `${staff.name}：\n${view.consulteeName}已通过征求意见书（${view.letterNumber ?? ""}）所附链接在线提交意见，征求意见于今日结束，答复期限恢复计算。请登录工作台查看并继续办理。\n申请编号：${file.row.caseNumber}\n办理页面：/staff/applications/${file.row.id}`,
    });
  }
}

/**
 * What the link alone tells before the code is asked for: unknown, already used (its message), or
 * waiting for the code. A 256-bit token cannot be guessed, so this reveals nothing worth a limit.
 */
export async function invitationStatus(q: Queryable, token: string): Promise<{ state: "unknown" } | { state: "used"; message: string } | { state: "open" }> {
  if (!isWellFormedInvitationToken(token)) return { state: "unknown" };
  const [row] = await q.select({ usedAt: consultationInvitations.usedAt }).from(consultationInvitations).where(eq(consultationInvitations.tokenHash, hashInvitationToken(token)));
  if (!row) return { state: "unknown" };
  return row.usedAt ? { state: "used", message: USED } : { state: "open" };
}
