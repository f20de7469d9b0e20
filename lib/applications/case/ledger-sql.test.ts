import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { applicationEvents } from "@/db/schema";
import { ledgerPayloadField, parseLedgerField } from "./ledger-sql";

const render = (fragment: ReturnType<typeof ledgerPayloadField>) => new PgDialect().sqlToQuery(sql`select ${fragment}`).sql;

describe("ledgerPayloadField", () => {
  it("writes the same SQL the readers wrote by hand", () => {
    expect(render(ledgerPayloadField("feeNoticeIssued", "pauseId"))).toBe("select payload->>'pauseId'");
    expect(render(ledgerPayloadField("correctionRequested", "correctionDueOn", "r"))).toBe("select r.payload->>'correctionDueOn'");
    expect(render(ledgerPayloadField("feePaid", "amountYuan", applicationEvents.payload))).toBe(`select "application_events"."payload"->>'amountYuan'`);
  });

  it("takes a key every listed event type's payload has", () => {
    expect(render(ledgerPayloadField(["feePaid", "feeCancelled"], "pauseId", "x"))).toBe("select x.payload->>'pauseId'");
    // @ts-expect-error feeCancelled has no amountYuan: the key is checked against each type's payload schema
    expect(() => ledgerPayloadField(["feePaid", "feeCancelled"], "amountYuan", "x")).not.toThrow();
    // @ts-expect-error a misspelt key does not compile
    ledgerPayloadField("feeNoticeIssued", "pauseID");
  });

  it("refuses a key or an alias that is not a plain name (both are spliced into the SQL text)", () => {
    expect(() => ledgerPayloadField("imported", "fee'; drop table x; --")).toThrow();
    expect(() => ledgerPayloadField("feeNoticeIssued", "pauseId", "r; drop")).toThrow();
  });
});

describe("parseLedgerField", () => {
  it("reads a value back by the ledger's schema, with its leniency", () => {
    expect(parseLedgerField("correctionRequested", "correctionDueOn", "2025-03-04")).toBe("2025-03-04");
    expect(parseLedgerField("correctionRequested", "correctionDueOn", "")).toBeUndefined();
    expect(parseLedgerField("correctionRequested", "correctionDueOn", 7)).toBeUndefined();
    expect(parseLedgerField("feePaid", "amountYuan", "12")).toBe(12);
  });
});
