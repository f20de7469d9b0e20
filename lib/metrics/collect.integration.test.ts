import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agencies, applications } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedDemoApplications } from "@/lib/applications/demo-applications";
import { enqueueMail } from "@/lib/mail/outbox";
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from "@/test/databases";
import { collectMetrics } from "./collect";

const NOW = new Date("2026-06-15T02:00:00Z");

describe.each(TEST_DRIVERS)("the metrics read from the database on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDatabase(database.db);
    await seedDemoApplications(database.db);
  });
  afterAll(async () => database?.destroy());

  it("counts the outbox backlog and the overdue applications of every agency (0 included)", async () => {
    const db = database.db;
    const all = await db.select({ id: applications.id, agencyId: applications.agencyId }).from(applications);
    expect(all).toHaveLength(2);
    const [overdue, other] = all;
    // Running and past due: overdue. Past due but answered: not.
    await db.update(applications).set({ status: "in_progress", replyDueOn: "2026-06-01" }).where(eq(applications.id, overdue!.id));
    await db.update(applications).set({ status: "replied", replyDueOn: "2026-05-01" }).where(eq(applications.id, other!.id));
    const { body: before } = await collectMetrics(db, NOW);
    const pendingBefore = Number(/^portal_outbox_messages\{status="pending"\} (\d+)$/m.exec(before)![1]);
    await enqueueMail(db, { kind: "test", to: "a@example.com", subject: "s", text: "t" });

    const { body, contentType } = await collectMetrics(db, NOW);
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toMatch(new RegExp(`^portal_outbox_messages\\{status="pending"\\} ${pendingBefore + 1}$`, "m"));
    expect(body).toMatch(/^portal_outbox_messages\{status="failed"\} 0$/m);
    const codes = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
    for (const { id, code } of codes) {
      const expected = id === overdue!.agencyId ? 1 : 0;
      expect(body).toContain(`portal_overdue_applications{agency="${code}"} ${expected}`);
    }
    // Running and due today: not yet overdue.
    await db.update(applications).set({ status: "in_review", replyDueOn: "2026-06-15" }).where(eq(applications.id, other!.id));
    expect((await collectMetrics(db, NOW)).body).toContain(`portal_overdue_applications{agency="${codes.find((c) => c.id === overdue!.agencyId)!.code}"} 1`);
    expect(body).toContain("# TYPE portal_http_request_duration_seconds histogram");
    expect(body).toContain("# TYPE portal_worker_runs_total counter");
  });
});
