import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, ORGANIZATION_APPLICATION, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { getStaffCase } from "./case-view";
import { listInbox } from "./inbox";
import { requestTextKey } from "./repeat-applications";

describe.each(TEST_DRIVERS)("疑似重复申请 (条例第三十六条第（六）项) on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, otherClerk: Actor;
  const ids = { first: "", repeat: "", spaced: "", other: "", otherApplicant: "" };

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, otherClerk } = database.actors);
    ids.first = await database.received({ now: at("2026-03-02") });
    // The same person asks for the same information again (50 identical submissions file 50 applications).
    ids.repeat = await database.received({ now: at("2026-03-04") });
    // Only spacing and letter case differ: still the same request text.
    const [item] = PERSON_APPLICATION.items;
    ids.spaced = await database.received({
      now: at("2026-03-05"),
      input: { ...PERSON_APPLICATION, items: [{ ...item, title: ` ${item!.title.toUpperCase()} `, description: item!.description.replace(/，/, " ，") }] },
    });
    // Same person, another request: no flag.
    ids.other = await database.received({ now: at("2026-03-06"), input: { ...PERSON_APPLICATION, items: [{ title: "另一份文件", description: "请提供另一份文件的全文。" }] } });
    // Another applicant with the same request: no flag.
    ids.otherApplicant = await database.received({ now: at("2026-03-06"), input: { ...ORGANIZATION_APPLICATION, items: PERSON_APPLICATION.items } });
  });
  afterAll(async () => database?.destroy());

  it("flags a later application with the same ID hash and request text in the inbox, linking the latest earlier case", async () => {
    const inbox = await listInbox(db, clerk, {}, at("2026-03-09"));
    const flag = (id: string) => inbox.rows.find((r) => r.id === id)!.repeatOf;
    const first = inbox.rows.find((r) => r.id === ids.first)!;
    const repeat = inbox.rows.find((r) => r.id === ids.repeat)!;
    expect(flag(ids.first)).toBeNull();
    expect(flag(ids.repeat)).toEqual({ id: ids.first, caseNumber: first.caseNumber });
    expect(flag(ids.spaced)).toEqual({ id: ids.repeat, caseNumber: repeat.caseNumber });
    expect(flag(ids.other)).toBeNull();
    expect(flag(ids.otherApplicant)).toBeNull();
  });

  it("shows the earlier case on the case page; another agency's clerk sees nothing of it", async () => {
    const view = await getStaffCase(db, clerk, ids.repeat, at("2026-03-09"));
    expect(view.earlierRepeat).toMatchObject({ id: ids.first, statusLabel: "办理中" });
    expect((await getStaffCase(db, clerk, ids.first, at("2026-03-09"))).earlierRepeat).toBeNull();
    await expect(getStaffCase(db, otherClerk, ids.repeat, at("2026-03-09"))).rejects.toThrow();
    expect((await listInbox(db, otherClerk, {}, at("2026-03-09"))).rows.some((r) => r.repeatOf)).toBe(false);
  });

  it("requestTextKey ignores spacing and case, not wording", () => {
    expect(requestTextKey([{ title: "A b", description: "x" }])).toBe(requestTextKey([{ title: "ab ", description: " X" }]));
    expect(requestTextKey([{ title: "ab", description: "x" }])).not.toBe(requestTextKey([{ title: "ab", description: "y" }]));
  });
});
