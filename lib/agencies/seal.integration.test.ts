import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, letters } from "@/db/schema";
import type { Db } from "@/db/types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { createSeededDatabase, PNG, type SeededDatabase } from "@/test/applications";
import { TEST_DRIVERS } from "@/test/databases";
import { readStored } from "@/test/storage";
import { setAgencySeal } from "./seal";

const BALITAI = "11120112MB1957322H";

/** Images in a PDF as poppler's pdfimages lists them (header lines excluded). */
function imagesIn(bytes: Uint8Array): number {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "seal-")), "letter.pdf");
  writeFileSync(file, bytes);
  return spawnSync("pdfimages", ["-list", file], { encoding: "utf8" }).stdout.trim().split("\n").length - 2;
}

describe.each(TEST_DRIVERS)("the agency's seal image on %s (issue 16 item 1)", (driver) => {
  let database: SeededDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
  });
  afterAll(async () => database.destroy());

  it("prints the generated demo seal, no image, while none is set", async () => {
    const applicationId = await database.received();
    const [row] = await db.select().from(letters).where(and(eq(letters.applicationId, applicationId), isNotNull(letters.pdfStorageKey)));
    expect(imagesIn(await readStored(await getStorage(), row!.pdfStorageKey!))).toBe(0);
  });

  it("refuses another agency's admin and a clerk (403) and anything but a PNG", async () => {
    const { otherAdmin, clerk, admin } = database.actors;
    await expect(setAgencySeal(db, database.storage, otherAdmin, BALITAI, Readable.from([PNG]))).rejects.toThrow(ForbiddenError);
    await expect(setAgencySeal(db, database.storage, clerk, BALITAI, Readable.from([PNG]))).rejects.toThrow(ForbiddenError);
    await expect(setAgencySeal(db, database.storage, admin, BALITAI, Readable.from([Buffer.from("%PDF-1.7 not a seal")]))).rejects.toThrow(ValidationError);
    await expect(setAgencySeal(db, database.storage, admin, BALITAI, Readable.from([Buffer.alloc(600 * 1024)]))).rejects.toThrow("512 KB");
    const [agency] = await db.select().from(agencies).where(eq(agencies.code, BALITAI));
    expect(agency!.sealStorageKey).toBeNull();
  });

  it("prints the uploaded seal on letters issued afterwards, and logs the change", async () => {
    const storage = await getStorage();
    await setAgencySeal(db, storage, database.actors.admin, BALITAI, Readable.from([PNG]));
    const [agency] = await db.select().from(agencies).where(eq(agencies.code, BALITAI));
    expect(agency!.sealStorageKey).toMatch(/^seals\/.+\.png$/);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "agency.sealChanged"));
    expect(entry).toBeDefined();

    const applicationId = await database.received();
    const [row] = await db.select().from(letters).where(and(eq(letters.applicationId, applicationId), isNotNull(letters.pdfStorageKey))).orderBy(desc(letters.issuedAt));
    // The seal and its alpha channel (an SMask image); a letter with the drawn demo seal has none.
    expect(imagesIn(await readStored(storage, row!.pdfStorageKey!))).toBe(2);
  });
});
