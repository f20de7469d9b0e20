import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

export const ROLES = ["citizen", "clerk", "reviewer", "publisher", "admin", "supervisor"] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ["clerk", "reviewer", "publisher", "admin"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  citizen: "申请人",
  clerk: "经办人",
  reviewer: "审核人",
  publisher: "信息发布员",
  admin: "系统管理员",
  supervisor: "督办人（政务公开办）",
};

/**
 * 督办 (issue 15.2): the district 政务公开办's staff, a role of the platform's host agency. They read
 * every agency's inbox summary and send 督办 notes; they take no step on a case and see no ID number
 * (they are not in STAFF_ROLES, which every workbench use case asks for).
 */
export const SUPERVISOR_ROLE = "supervisor" satisfies Role;

/** Who is acting. `agencyId` is null for citizens. Built from the session, never from client input. */
export interface Actor {
  userId: string;
  role: Role;
  agencyId: string | null;
  name: string;
}

export function isStaff(actor: Actor): boolean {
  return actor.role !== "citizen";
}

/** Throw unless the actor has one of the roles. Use cases call this; pages and routes too. */
export function assertRole(actor: Actor | null | undefined, roles: readonly Role[]): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
}

/**
 * Throw unless a staff actor belongs to the agency that owns the record. Compares ids explicitly:
 * a missing agency on either side is a refusal, never a pass.
 */
export function assertSameAgency(actor: Actor, agencyId: string | null | undefined): void {
  if (!actor.agencyId || !agencyId || actor.agencyId !== agencyId) {
    throw new ForbiddenError("您只能查看和办理本机关的事项。");
  }
}
