import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { findAgency } from "@/db/queries/agencies";
import { applications, supervisionNotes, users } from "@/db/schema";
import type { Db, Queryable } from "@/db/types";
import { recordAudit } from "@/lib/audit";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { publicUrl } from "@/lib/config";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUuid } from "@/lib/validation/uuid";
import { fieldErrors } from "@/lib/validation/zod";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { assertSupervisor } from "./access";
import { supervisionNoteSchema } from "./schemas";

export interface SupervisionNote {
  id: string;
  caseNumber: string | null;
  applicationId: string | null;
  text: string;
  authorName: string;
  createdAt: string;
}

/**
 * 发送督办 (issue 15.2): the note lands in the agency's inbox (until marked handled), its reviewers
 * are mailed, and it is recorded in that agency's audit chain — the agency's own record of being
 * supervised. A case, if named, must be one of that agency's.
 */
export async function sendSupervisionNote(db: Db, actor: Actor | null, input: unknown, now = new Date()): Promise<{ id: string }> {
  await assertSupervisor(db, actor);
  const parsed = supervisionNoteSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const { agencyCode, caseNumber, text } = parsed.data;
  const agency = await findAgency(db, agencyCode);
  if (!agency || agency.code !== agencyCode) throw new ValidationError([{ path: "agencyCode", message: "请选择被督办的机关。" }]);
  const [application] = caseNumber
    ? await db.select({ id: applications.id }).from(applications).where(and(eq(applications.agencyId, agency.id), eq(applications.caseNumber, caseNumber)))
    : [];
  if (caseNumber && !application) throw new ValidationError([{ path: "caseNumber", message: `${agency.name}没有受理编号为“${caseNumber}”的申请。` }]);
  return db.transaction(async (tx) => {
    const [note] = await tx
      .insert(supervisionNotes)
      .values({ agencyId: agency.id, applicationId: application?.id ?? null, text, authorId: actor!.userId, authorName: actor!.name, createdAt: now })
      .returning({ id: supervisionNotes.id });
    await recordAudit(tx, {
      actor: actor!,
      action: "supervision.note_sent",
      agencyId: agency.id,
      target: application ? { type: "application", id: application.id } : { type: "agency", id: agency.id },
      after: { caseNumber: caseNumber || null, text },
    });
    const reviewers = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.agencyId, agency.id), eq(users.role, "reviewer"), eq(users.disabled, false)));
    for (const reviewer of reviewers) {
      if (!reviewer.email) continue;
      await enqueueMail(tx, {
        kind: "supervision_note",
        applicationId: application?.id ?? null,
        to: reviewer.email,
        subject: `督办：${caseNumber || agency.name}`,
        text: `${actor!.name}（区政务公开办）督办：\n${text}\n\n请登录工作台查看：${publicUrl("/staff/applications")}`,
      });
    }
    return { id: note!.id };
  });
}

/** The 督办 notes waiting in this staff member's agency inbox, newest first. */
export async function listOpenSupervisionNotes(db: Queryable, actor: Actor | null): Promise<SupervisionNote[]> {
  assertRole(actor, WORKBENCH_ROLES);
  const rows = await db
    .select({
      id: supervisionNotes.id,
      applicationId: supervisionNotes.applicationId,
      caseNumber: applications.caseNumber,
      text: supervisionNotes.text,
      authorName: supervisionNotes.authorName,
      createdAt: supervisionNotes.createdAt,
    })
    .from(supervisionNotes)
    .leftJoin(applications, eq(applications.id, supervisionNotes.applicationId))
    .where(and(eq(supervisionNotes.agencyId, actor.agencyId ?? ""), isNull(supervisionNotes.handledAt)))
    .orderBy(desc(supervisionNotes.createdAt), asc(supervisionNotes.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** 已处理: a staff member of the supervised agency closes the note (audited in its chain). */
export async function markSupervisionNoteHandled(db: Db, actor: Actor | null, noteId: string, now = new Date()): Promise<void> {
  assertRole(actor, WORKBENCH_ROLES);
  const [note] = isUuid(noteId) ? await db.select().from(supervisionNotes).where(eq(supervisionNotes.id, noteId)) : [];
  if (!note || note.agencyId !== actor.agencyId) throw new NotFoundError("未找到该督办事项。");
  if (note.handledAt) return;
  await db.transaction(async (tx) => {
    await tx.update(supervisionNotes).set({ handledAt: now, handledBy: actor.userId }).where(eq(supervisionNotes.id, note.id));
    await recordAudit(tx, { actor, action: "supervision.note_handled", agencyId: note.agencyId, target: { type: "supervisionNote", id: note.id } });
  });
}
