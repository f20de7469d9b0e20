import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { applications } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { TEST_DRIVERS } from "@/test/databases";
import { at, createSeededDatabase, ORGANIZATION_APPLICATION, PERSON_APPLICATION, type SeededDatabase } from "@/test/applications";
import { bulkAssign } from "./bulk-assign";
import { listInbox } from "./inbox";
import { performAction } from "./perform-action";
import { deleteSavedFilter, listSavedFilters, saveFilter } from "./saved-filters";

const NOW = at("2026-03-10");

describe.each(TEST_DRIVERS)("the inbox as a working tool (issue 17.2) on %s", (driver) => {
  let database: SeededDatabase;
  let db: Db;
  let clerk: Actor, reviewer: Actor, admin: Actor, otherClerk: Actor, otherAdmin: Actor;
  const ids = { person: "", org: "", text: "" };
  let trackingCode = "";
  let caseNumber = "";

  beforeAll(async () => {
    database = await createSeededDatabase(driver);
    ({ db } = database);
    ({ clerk, reviewer, admin, otherClerk, otherAdmin } = database.actors);
    const submitted = await database.submit({ input: { ...PERSON_APPLICATION, applicant: { ...PERSON_APPLICATION.applicant, name: "欧阳明月", phone: "13700137000" } } });
    ids.person = submitted.applicationId;
    trackingCode = submitted.trackingCode;
    caseNumber = submitted.caseNumber;
    ids.org = await database.received({ input: ORGANIZATION_APPLICATION });
    ids.text = await database.received({ input: { ...PERSON_APPLICATION, applicant: { ...PERSON_APPLICATION.applicant, phone: "13900139000" }, items: [{ title: "津南区河道治理工程合同", description: "请提供合同全文及验收报告。" }] } });
  });
  afterAll(async () => database?.destroy());

  const found = async (q: string, actor = clerk) => (await listInbox(db, actor, { q }, NOW)).rows.map((r) => r.id);

  it("finds by case number, applicant name, phone (as typed any way), tracking code (hashed) and request words", async () => {
    expect(await found(caseNumber)).toEqual([ids.person]);
    expect(await found("欧阳")).toEqual([ids.person]);
    expect(await found("明月")).toEqual([ids.person]);
    expect(await found("13700137000")).toEqual([ids.person]);
    expect(await found("+86 137-0013-7000")).toEqual([ids.person]);
    expect(await found(trackingCode.toLowerCase())).toEqual([ids.person]);
    expect(await found("河道治理")).toEqual([ids.text]);
    expect(await found("镇级预算")).toEqual([ids.org]);
    // The bigrams of 合同 and 验收 occur, but not the term 同验: confirmed with ILIKE.
    expect(await found("同验")).toEqual([]);
    expect(await found("天津某某科技")).toEqual([ids.org]);
    // Another agency's clerk finds nothing of it.
    expect(await found("13700137000", otherClerk)).toEqual([]);
    await expect(listInbox(db, clerk, { q: "字".repeat(101) }, NOW)).rejects.toThrow(ValidationError);
  });

  it("mine: the assignee (or the clerk who confirmed receipt) sees the case; paging stays in range", async () => {
    expect((await listInbox(db, clerk, { mine: "1" }, NOW)).rows.map((r) => r.id).sort()).toEqual([ids.org, ids.text].sort());
    expect((await listInbox(db, reviewer, { mine: "1" }, NOW)).rows).toEqual([]);
    await performAction(db, reviewer, ids.org, "assign", { assigneeId: reviewer.userId }, { now: NOW });
    expect((await listInbox(db, reviewer, { mine: "1" }, NOW)).rows.map((r) => r.id)).toEqual([ids.org]);
    const page = await listInbox(db, clerk, { page: "2" }, NOW);
    expect(page).toMatchObject({ page: 2, pages: 1, rows: [] });
    await expect(listInbox(db, clerk, { page: "0" }, NOW)).rejects.toThrow(ValidationError);
    await expect(listInbox(db, clerk, { page: "1e300" }, NOW)).rejects.toThrow(ValidationError);
  });

  it("bulk assign: each case through performAction; a clerk may not, another agency's case is not named", async () => {
    const result = await bulkAssign(db, reviewer, { ids: [ids.org, ids.text], assigneeId: clerk.userId }, NOW);
    expect(result.assigned.length).toBe(2);
    expect((await db.select().from(applications).where(eq(applications.id, ids.text)))[0]!.assigneeId).toBe(clerk.userId);
    // Before receipt the workflow offers assignment too; a finished one would be refused by its rule.
    await expect(bulkAssign(db, clerk, { ids: [ids.org], assigneeId: clerk.userId }, NOW)).rejects.toThrow(ForbiddenError);
    const foreign = await bulkAssign(db, otherAdmin, { ids: [ids.org], assigneeId: otherClerk.userId }, NOW);
    expect(foreign).toEqual({ assigned: [], refused: [{ caseNumber: "（未找到）", reason: "未找到该申请。" }] });
    const wrongAssignee = await bulkAssign(db, admin, { ids: [ids.org], assigneeId: otherClerk.userId }, NOW);
    expect(wrongAssignee.refused[0]!.reason).toMatch(/本机关/);
    await expect(bulkAssign(db, admin, { ids: [], assigneeId: clerk.userId }, NOW)).rejects.toThrow(ValidationError);
  });

  it("saved filters are each user's own", async () => {
    const saved = await saveFilter(db, clerk, { name: "逾期未办", query: "overdue=1&q=预算&page=3&bogus=x" });
    expect(saved.query).toBe("overdue=1&q=%E9%A2%84%E7%AE%97");
    await saveFilter(db, clerk, { name: "逾期未办", query: "overdue=1" });
    expect((await listSavedFilters(db, clerk)).map((f) => [f.name, f.query])).toEqual([["逾期未办", "overdue=1"]]);
    expect(await listSavedFilters(db, reviewer)).toEqual([]);
    await expect(saveFilter(db, clerk, { name: "坏的", query: "status=lost" })).rejects.toThrow(ValidationError);
    await expect(deleteSavedFilter(db, reviewer, saved.id)).rejects.toThrow(NotFoundError);
    await expect(deleteSavedFilter(db, otherClerk, saved.id)).rejects.toThrow(NotFoundError);
    await deleteSavedFilter(db, clerk, saved.id);
    expect(await listSavedFilters(db, clerk)).toEqual([]);
  });
});
