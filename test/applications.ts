import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Db, Driver } from "@/db/types";
import { submitApplication, type SubmissionResult } from "@/lib/applications/submit-application";
import { performAction } from "@/lib/applications/workbench/perform-action";
import type { Actor } from "@/lib/auth/roles";
import { localDirectoryStorage, type FileStorage } from "@/lib/storage";
import { createTestDatabase, type TestDatabase } from "./databases";

/** Shared fixtures of the applications tests (not imported by the app). */

// Monday 2026-03-02 in China; received that day, the reply is due 20 working days later, 2026-03-30 (holidays-cn.json).
export const MONDAY = new Date("2026-03-02T02:00:00Z");
/** A day at 10:00 in China (02:00 UTC), or at another UTC hour. */
export const at = (date: string, hourUtc = 2) => new Date(`${date}T${String(hourUtc).padStart(2, "0")}:00:00Z`);

export const PNG = Uint8Array.from(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
      "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
    "hex",
  ),
);
export const PROOF = [{ name: "身份证.png", content: PNG }];

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

/** The demo accounts of `seedDatabase`: 八里台's staff, the demo citizen and 津南区's clerk and admin. */
const DEMO_LOGINS = {
  admin: "admin@balitai.example",
  clerk: "clerk@balitai.example",
  reviewer: "reviewer@balitai.example",
  publisher: "publisher@balitai.example",
  citizen: "citizen@example.com",
  otherClerk: "clerk@jinnan.example",
  otherAdmin: "admin@jinnan.example",
} as const;
export type DemoActors = Record<keyof typeof DEMO_LOGINS, Actor>;

export interface FilingOptions {
  /** PERSON_APPLICATION unless given. */
  input?: unknown;
  /** The citizen's account, or anonymous (tracking code) when null. */
  owner?: Actor | null;
  /** MONDAY unless given. */
  now?: Date;
}

export interface SeededDatabase extends TestDatabase {
  actors: DemoActors;
  /** Where the proofs and released files go: a fresh temporary directory. */
  storage: FileStorage;
  /** Files an application online with PROOF, each from an IP of its own so the hourly limit never bites. */
  submit(options?: FilingOptions): Promise<SubmissionResult>;
  /** Files an application and has the clerk confirm receipt the same day (条例第三十一条); returns its id. */
  received(options?: FilingOptions): Promise<string>;
}

/** A fresh migrated database with the demo data and its actors; `destroy()` it after the file. */
export async function createSeededDatabase(driver: Driver): Promise<SeededDatabase> {
  const database = await createTestDatabase(driver);
  const { db } = database;
  await seedDatabase(db);
  const actors = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_LOGINS).map(async ([key, login]) => [key, await actorFor(db, login)] as const)),
  ) as DemoActors;
  const storage = temporaryStorage();
  let ip = 0;
  const submit = ({ input = PERSON_APPLICATION, owner = null, now = MONDAY }: FilingOptions = {}) =>
    submitApplication(db, owner, input, PROOF, { ip: `203.0.113.${++ip}`, storage, rateLimitPerHour: 1000, now });
  async function received(options: FilingOptions = {}): Promise<string> {
    const now = options.now ?? MONDAY;
    const { applicationId } = await submit(options);
    await performAction(db, actors.clerk, applicationId, "confirmReceipt", { receivedOn: now.toISOString().slice(0, 10) }, { now });
    return applicationId;
  }
  return { ...database, actors, storage, submit, received };
}
