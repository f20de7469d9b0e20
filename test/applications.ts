import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { localDirectoryStorage } from "@/lib/storage";

/** Shared fixtures of the applications integration tests (not imported by the app). */

export const PNG = Uint8Array.from(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
    "hex",
  ),
);
export const PROOF = [{ name: "身份证.png", bytes: PNG }];

export const PERSON_APPLICATION = {
  agency: "11120112MB1957322H",
  applicantType: "person",
  applicant: { name: "测试", idType: "居民身份证", idNumber: "440524188001010014", phone: "13700137000", email: "t@example.com" },
  items: [{ title: "某项政府信息", description: "请提供某项政府信息的全文，用于核对。" }],
  carrierForms: ["电子文档"],
  deliveryMethods: ["电子邮件"],
};

export const ORGANIZATION_APPLICATION = {
  agency: "11120112MB1957322H",
  applicantType: "organization",
  applicant: {
    name: "天津某某科技有限公司",
    orgKind: "commercial",
    creditCode: "91110000600037341L",
    legalRepresentative: "李四",
    contactName: "王五",
    contactPhone: "022-12345678",
  },
  items: [{ title: "2025年镇级预算", description: "请提供八里台镇2025年镇级财政预算报告全文。" }],
  carrierForms: ["纸质"],
  deliveryMethods: ["自行领取"],
};

export function temporaryStorage() {
  return localDirectoryStorage(fs.mkdtempSync(path.join(os.tmpdir(), "portal-files-")));
}

export async function actorFor(db: Db, login: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, login));
  if (!user) throw new Error(`no demo user ${login}`);
  return { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
}

/** A second citizen, for the "another applicant" cases. */
export async function createCitizen(db: Db, email: string, name = "李四"): Promise<Actor> {
  const [user] = await db.insert(users).values({ email, name, role: "citizen", passwordHash: "x" }).returning();
  return { userId: user!.id, role: "citizen", agencyId: null, name };
}
