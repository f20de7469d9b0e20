import { and, desc, eq } from "drizzle-orm";
import { consultationInvitations, letters, requestItems, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import type { LocalDate } from "@/lib/calendar";
import { publicUrl } from "@/lib/config";
import { createDraftFromReply } from "@/lib/documents/publishing";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUuid } from "@/lib/validation/uuid";
import { generateInvitationSecrets, hashInvitationCode, hashInvitationToken } from "../consultation-online/invitation-secret";
import { refreshApplicationSearch } from "../search-tokens";
import { itemNumberOf } from "./fee-items";
import { createSubApplications } from "./split-application";
import { fileReferral, platformAgency } from "./referral";
import type { CaseFile } from "./load";
import type { CaseServices } from "./services";

/** The step's services on PostgreSQL/PGlite, inside the step's transaction and on its locked case. */
export function caseServices(tx: Tx, file: CaseFile, step: { staff: Actor | null; now: Date; today: LocalDate }): CaseServices {
  const staff = () => {
    if (!step.staff) throw new Error("A staff step was taken without a staff member");
    return step.staff;
  };
  return {
    async latestLetter(kind) {
      const [letter] = await tx
        .select({ number: letters.number, issuedOn: letters.issuedOn })
        .from(letters)
        .where(and(eq(letters.applicationId, file.row.id), eq(letters.kind, kind)))
        .orderBy(desc(letters.issuedAt), desc(letters.serial))
        .limit(1);
      return letter ?? null;
    },
    feeItemNumber: () => itemNumberOf(tx, file),
    async replaceRequestItems(items) {
      await tx.delete(requestItems).where(eq(requestItems.applicationId, file.row.id));
      await tx.insert(requestItems).values(items.map((item, index) => ({ applicationId: file.row.id, position: index + 1, ...item })));
      await refreshApplicationSearch(tx, file.row.id);
    },
    async enabledUser(userId) {
      if (!isUuid(userId)) return null;
      const [user] = await tx.select({ id: users.id, role: users.role, agencyId: users.agencyId, name: users.name, disabled: users.disabled }).from(users).where(eq(users.id, userId));
      return user && !user.disabled ? { id: user.id, role: user.role, agencyId: user.agencyId, name: user.name } : null;
    },
    createCatalogueDraft: (draft) => createDraftFromReply(tx, staff(), draft),
    createSubApplications: (parts, reason) => createSubApplications(tx, file, parts, { actor: staff(), now: step.now, today: step.today, reason }),
    platformAgency: (agencyId) => platformAgency(tx, agencyId, file.row.agencyId),
    fileReferral: (agencyId) => fileReferral(tx, file, agencyId, step.now, step.today),
    async inviteConsultee(pauseId) {
      const { token, code } = generateInvitationSecrets();
      await tx.insert(consultationInvitations).values({
        agencyId: file.row.agencyId,
        applicationId: file.row.id,
        pauseId,
        tokenHash: hashInvitationToken(token),
        codeHash: hashInvitationCode(token, code),
        createdAt: step.now,
      });
      return { url: publicUrl(`/consultations/${token}`), code };
    },
    async mailConsultee(mail) {
      await enqueueMail(tx, { kind: "consultation_invitation", applicationId: file.row.id, ...mail });
    },
    publicUrl: (path) => publicUrl(path),
  };
}
