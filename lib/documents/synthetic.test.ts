import { describe, expect, it } from "vitest";
import { documentFieldsSchema } from "./schemas";
import { seededRandom, syntheticDocument } from "./synthetic";

describe("syntheticDocument", () => {
  it("is deterministic for a seed and always valid for the desk's schema", () => {
    const agency = { shortName: "八里台镇人民政府", letterPrefix: "八里台政公开" };
    const a = syntheticDocument(seededRandom(7), agency, 1);
    const b = syntheticDocument(seededRandom(7), agency, 1);
    expect(a).toEqual(b);
    const random = seededRandom(42);
    for (let i = 0; i < 200; i++) {
      const doc = syntheticDocument(random, agency, i);
      const result = documentFieldsSchema.safeParse(doc);
      expect(result.success).toBe(true);
      expect(doc.body.length).toBeGreaterThan(100);
      expect(doc.publishedOn >= doc.issuedOn).toBe(true);
    }
  });
});
