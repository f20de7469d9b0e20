import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Queryable } from "@/db/types";
import { listAgencies } from "@/db/queries/agencies";
import type { Actor } from "@/lib/auth/roles";

export interface AgencyChoice {
  code: string;
  name: string;
  office: { name: string; address: string; hours: string; phone: string; email: string };
}

export interface ApplicantProfile {
  name: string;
  phone: string;
  email: string;
}

/** What the application form needs: the agencies (with their guide summary) and, for a citizen, the profile. */
export async function applicationFormContext(db: Queryable, actor: Actor | null): Promise<{ agencies: AgencyChoice[]; profile: ApplicantProfile | null }> {
  const agencies = (await listAgencies(db)).map((agency) => ({
    code: agency.code,
    name: agency.name,
    office: {
      name: agency.disclosureOffice.name,
      address: agency.disclosureOffice.address,
      hours: agency.disclosureOffice.hours,
      phone: agency.disclosureOffice.phone,
      email: agency.disclosureOffice.email,
    },
  }));
  if (!actor || actor.role !== "citizen") return { agencies, profile: null };
  const [user] = await db.select({ name: users.name, phone: users.phone, email: users.email }).from(users).where(eq(users.id, actor.userId));
  return { agencies, profile: user ? { name: user.name, phone: user.phone ?? "", email: user.email ?? "" } : null };
}
