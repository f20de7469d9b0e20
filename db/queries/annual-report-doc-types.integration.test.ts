import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { DOC_TYPE_LABELS } from "@/lib/documents/labels";
import { computeReport } from "@/lib/annual-report/rules/compute";
import { emptyInput } from "@/lib/annual-report/rules/test-support";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { aggregateYear } from "./annual-report";

const JINNAN = "11120112000069010W";

/** Table 二 第二十条第（一）项 counts documents by their stored docType code (catalogue.md), not by the label shown. */
describe.each(TEST_DRIVERS)("table 二 is keyed on docType codes (%s)", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
  });
  afterAll(() => database.destroy());

  async function table2of2024() {
    const [agency] = await database.db.select().from(agencies).where(eq(agencies.code, JINNAN));
    const aggregate = await aggregateYear(database.db, agency!.id, 2024);
    return computeReport({ ...emptyInput(), ...aggregate, year: 2024 }).table2;
  }

  it("renaming the labels of 规章 and 行政规范性文件 leaves table 二 unchanged", async () => {
    const before = await table2of2024();
    // The demo catalogue's 津南区 2024 行政规范性文件 (db/seed-data/demo-documents.ts).
    expect(before.normativeDocuments.issued).toBeGreaterThan(0);
    const labels = { ...DOC_TYPE_LABELS };
    try {
      DOC_TYPE_LABELS.regulation = "政府规章";
      DOC_TYPE_LABELS.normative = "规范性文件";
      expect(await table2of2024()).toEqual(before);
    } finally {
      Object.assign(DOC_TYPE_LABELS, labels);
    }
  });
});
