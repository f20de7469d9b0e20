import { asc, eq } from "drizzle-orm";
import { applicationEvents, applications, requestItems, type ApplicationEventRow } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import { generateTrackingCode, hashTrackingCode } from "../tracking-code";
import { ledgerEvent, ledgerRowsOf } from "./ledger";
import { clockOf, type CaseFile } from "./load";
import { refreshApplicationSearch } from "../search-tokens";

/** Steps that belong to the parent's own handling, not to the file each sub-application inherits. */
const NOT_INHERITED = new Set(["note", "decisionDrafted", "draftSubmitted", "draftReturned", "applicationSplit"]);

export interface SubApplication {
  id: string;
  caseNumber: string;
  items: string[];
}

/**
 * 一事一申请 (《政府信息公开信息处理费管理办法》第四条; workflow.md §5): each part of the request items
 * becomes a sub-application `caseNumber-1`, `-2`, … linked to the parent (`parentId`), with the same
 * applicant, channel and receivedOn. The items move to it; it inherits the parent's ledger (receipt,
 * correction, consultations, extension …) so its clockStartOn and due date are the parent's, and it
 * gets its own decision, report row and fee item from here on. The parent keeps its history and
 * letters and carries no reply of its own.
 */
export async function createSubApplications(
  tx: Tx,
  file: CaseFile,
  parts: readonly number[][],
  { actor, now, today, reason }: { actor: Actor; now: Date; today: LocalDate; reason: string },
): Promise<SubApplication[]> {
  const { id: parentId, caseNumber, trackingCodeHash: _code, version: _version, createdAt: _created, updatedAt: _updated, ...inherited } = file.row;
  // The stored rows, copied as stored (not the typed view the case file reads).
  const stored = await tx.select().from(applicationEvents).where(eq(applicationEvents.applicationId, parentId)).orderBy(asc(applicationEvents.seq));
  const ledger = stored.filter((e) => !NOT_INHERITED.has(e.type));
  const subs: SubApplication[] = [];
  for (const [index, part] of parts.entries()) {
    const subCaseNumber = `${caseNumber}-${index + 1}`;
    const [row] = await tx
      .insert(applications)
      .values({
        ...inherited,
        caseNumber: subCaseNumber,
        // The applicant follows the parent's tracking code (and account); this one is never shown.
        trackingCodeHash: hashTrackingCode(generateTrackingCode()),
        parentId,
        decision: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: applications.id });
    const subId = row!.id;
    const items = part.map((i) => file.items[i]!);
    for (const [position, item] of items.entries()) {
      await tx.update(requestItems).set({ applicationId: subId, position: position + 1 }).where(eq(requestItems.id, item.id));
    }
    await refreshApplicationSearch(tx, subId);
    await copyLedger(tx, subId, ledger);
    await tx.insert(applicationEvents).values({
      applicationId: subId,
      at: now,
      occurredOn: today,
      actorKind: "staff",
      actorId: actor.userId,
      actorName: actor.name,
      basis: "《政府信息公开信息处理费管理办法》第四条",
      reason,
      applicantVisible: true,
      ...ledgerEvent("applicationSplit", { parentId, parentCaseNumber: caseNumber, items: items.map((item) => item.title) }),
    });
    const events = await tx.select().from(applicationEvents).where(eq(applicationEvents.applicationId, subId)).orderBy(asc(applicationEvents.seq));
    const clock = clockOf(ledgerRowsOf(events), file.calendar, file.policy, today);
    await tx
      .update(applications)
      .set({ clockStartOn: clock?.clockStartOn ?? null, replyDueOn: clock?.replyDueOn ?? null, provisionalReplyDueOn: clock?.provisional?.replyDueOn ?? null })
      .where(eq(applications.id, subId));
    subs.push({ id: subId, caseNumber: subCaseNumber, items: items.map((item) => item.title) });
  }
  await refreshApplicationSearch(tx, parentId);
  return subs;
}

async function copyLedger(tx: Tx, applicationId: string, events: readonly ApplicationEventRow[]) {
  for (const { id: _id, seq: _seq, applicationId: _from, ...event } of events) {
    await tx.insert(applicationEvents).values({ ...event, applicationId });
  }
}
