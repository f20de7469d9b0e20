/**
 * 操作日志 (audit log). Record every privileged action inside the use case's transaction:
 *
 *   await db.transaction(async (tx) => {
 *     …change…
 *     await recordAudit(tx, { actor, action: "pii.revealed", target: { type: "application", id }, ip: context.ip });
 *     // or the shorthands recordPiiReveal(tx, actor, …) and recordApplicationAction(tx, actor, …)
 *   });
 */
export { recordAudit, type AuditContext, type AuditEntryInput, type RecordedAudit } from "./record";
export { recordPiiReveal } from "./pii";
export { recordApplicationAction } from "./application";
export { verifyAuditChain, type ChainVerification } from "./verify";
export { AUDIT_ACTION_LABELS, auditActionLabel, type KnownAuditAction } from "./actions";
export { listAuditEntries, verifyAgencyAuditChain, auditFilterSchema, AUDIT_PAGE_SIZE, type AuditFilter, type AuditPage, type AuditEntryView } from "./browse";
