import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { DECISIONS } from "@/lib/workflow/decisions";
import { listInbox } from "./inbox";

const NOW = at("2026-03-20");
const WORD = "防汛";
/** A cap small enough for a handful of applications to exceed it. */
const CAP = 3;

describe.each(TEST_DRIVERS)("the inbox search's capped count (issue 17.2) on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, otherClerk: Actor;
  const open: string[] = [];
  const finished: string[] = [];

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, otherClerk } = database.actors);
    const file = (day: string, title: string) =>
      database.received({ input: { ...PERSON_APPLICATION, items: [{ title, description: "请提供有关文件的全文及附件。" }] }, now: at(day) });
    // Two open cases and six finished ones with the word, one finished without it, on different days.
    for (const day of ["2026-03-02", "2026-03-03"]) open.push(await file(day, `${WORD}物资储备情况`));
    for (const day of ["2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11"]) finished.push(await file(day, `${WORD}预案`));
    await file("2026-03-12", "道路养护计划");
    const all = await db.select({ id: applications.id }).from(applications);
    const without = all.map((r) => r.id).filter((id) => !open.includes(id) && !finished.includes(id));
    await db
      .update(applications)
      .set({ status: "replied", decision: "disclosed", finishedOn: "2026-03-16", reportRow: DECISIONS.disclosed.reportRow, replyDueOn: null })
      .where(inArray(applications.id, [...finished, ...without]));
  });
  afterAll(async () => database?.destroy());

  const ids = (inbox: { rows: { id: string }[] }) => inbox.rows.map((r) => r.id);

  it("counts the finished hits to the cap, says so, and lists the open ones first, then the newest finished ones", async () => {
    const capped = await listInbox(db, clerk, { q: WORD }, NOW, { countCap: CAP });
    expect(capped).toMatchObject({ listed: 2 + CAP, listedCapped: true, finishedCapped: true, page: 1, pages: 1 });
    expect(capped.counts.finished).toBe(CAP);
    // The open cases are counted exactly; the queues' counts are not cut.
    expect(capped.counts.unconfirmed + capped.counts.correctionExpired + capped.counts.open).toBe(2);
    // The same rows, in the same order, as the uncapped search lists first: open by due date, then newest finished.
    const exact = await listInbox(db, clerk, { q: WORD }, NOW, { countCap: 1000 });
    expect(exact).toMatchObject({ listed: 8, listedCapped: false, finishedCapped: false });
    expect(ids(exact)).toEqual([...open, ...[...finished].reverse()]);
    expect(ids(capped)).toEqual(ids(exact).slice(0, 2 + CAP));
    expect(capped.rows.slice(2).every((r) => r.queue === "finished")).toBe(true);
    // Past the cap there is nothing more to page to.
    expect(await listInbox(db, clerk, { q: WORD, page: "2" }, NOW, { countCap: CAP })).toMatchObject({ rows: [], pages: 1, listedCapped: true });
  });

  it("caps only a search, with its filters, and exactly when the hits exceed the cap", async () => {
    // Without a search the finished queue is counted exactly, however many there are.
    const unfiltered = await listInbox(db, clerk, {}, NOW, { countCap: CAP });
    expect(unfiltered).toMatchObject({ listedCapped: false, finishedCapped: false });
    expect(unfiltered.counts.finished).toBeGreaterThan(CAP);
    // Six finished hits: a cap of six is not exceeded, five is.
    expect(await listInbox(db, clerk, { q: WORD }, NOW, { countCap: 6 })).toMatchObject({ listed: 8, listedCapped: false });
    const five = await listInbox(db, clerk, { q: WORD }, NOW, { countCap: 5 });
    expect(five).toMatchObject({ listed: 7, listedCapped: true });
    expect(ids(five)).toEqual([...open, ...[...finished].reverse().slice(0, 5)]);
    // With the finished status filter, the newest finished hits only.
    const replied = await listInbox(db, clerk, { q: WORD, status: "replied" }, NOW, { countCap: CAP });
    expect(replied).toMatchObject({ listed: CAP, listedCapped: true });
    expect(ids(replied)).toEqual([...finished].reverse().slice(0, CAP));
    // The overdue view lists no finished case: its count is not capped.
    expect(await listInbox(db, clerk, { q: WORD, overdue: "1" }, NOW, { countCap: CAP })).toMatchObject({ listedCapped: false });
    // Another agency's clerk finds none of them.
    expect(await listInbox(db, otherClerk, { q: WORD }, NOW, { countCap: CAP })).toMatchObject({ listed: 0, listedCapped: false, rows: [] });
  });
});
