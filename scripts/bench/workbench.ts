import { randomBytes } from "node:crypto";
import os from "node:os";
import { and, eq, sql } from "drizzle-orm";
import { agencies, applications, users } from "@/db/schema";
import { migrateDatabase, openDatabase, type DatabaseHandle } from "@/db/open";
import { DEMO_AGENCIES, seedDatabase } from "@/db/seed";
import type { Db } from "@/db/types";
import { applicationSearchColumns } from "@/lib/applications/search-tokens";
import { listInbox } from "@/lib/applications/workbench/inbox";
import { performAction } from "@/lib/applications/workbench/perform-action";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate } from "@/lib/validation/china-date";
import { percentiles } from "./load";

/**
 * The staff workbench at scale (issue 6): with 100,000 applications across the demo agencies, the
 * inbox query p95 ≤ 50 ms and one action (confirm receipt, through performAction) p95 ≤ 50 ms at
 * 20 concurrent staff. PostgreSQL only (PGlite serialises every transaction):
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- workbench
 *
 * The bench creates its own database on that server, fills it with bulk SQL, measures and drops it
 * (BENCH_KEEP=1 keeps it). BENCH_APPLICATIONS overrides the 100,000; BENCH_ONLY=search measures only
 * the inbox search (a short run on a shared machine).
 */
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const STAFF = 20;
const ACTIONS_PER_STAFF = 20;
/** Each staff member's pause between two actions (reading the case, filling the form): 0.5–1.5 s. */
const THINK_MS = [500, 1500] as const;
/** Then the same staff with no pause at all: the saturation figure (throughput on this machine). */
const SATURATION_ROUNDS = 8;
/** The newest applications are still unconfirmed: the ones the staff confirm during the bench. */
const UNCONFIRMED = Math.ceil(STAFF * (2 + ACTIONS_PER_STAFF + SATURATION_ROUNDS) * 1.25);

export async function benchWorkbench(): Promise<string[]> {
  const base = process.env.BENCH_DATABASE_URL;
  if (!base) return ["skipped: set BENCH_DATABASE_URL to a PostgreSQL server (the bench creates and drops its own database there)"];
  const name = `workbench_bench_${randomBytes(4).toString("hex")}`;
  const { default: postgres } = await import("postgres");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const options = { driver: "postgres" as const, url: url.toString(), max: STAFF + 2 };
  let handle: DatabaseHandle | undefined;
  try {
    await migrateDatabase(options);
    handle = await openDatabase(options);
    const lines = [`PostgreSQL, database ${name}`];
    lines.push(...(await generate(handle.db)));
    const searchOnly = process.env.BENCH_ONLY === "search";
    if (!searchOnly) lines.push(...(await benchInbox(handle.db)));
    lines.push(...(await benchInboxSearch(handle.db)));
    if (!searchOnly) lines.push(...(await benchConfirmReceipt(handle.db)));
    // Figures from a shared machine mean little without its load: say what it was.
    lines.push(`machine: ${os.cpus().length} CPU cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min)`);
    return lines;
  } finally {
    await handle?.close();
    if (process.env.BENCH_KEEP !== "1") await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

/**
 * 100,000 applications over about three years (one every ~15 minutes, 60 % to the town, 40 % to the
 * district), with the ledger a finished case leaves: submitted, received, drafted, submitted for
 * review, replied, delivered; some corrections and consultations. The newest month is open (a few
 * thousand cases, some overdue); the newest UNCONFIRMED are waiting for confirmation.
 */
async function generate(db: Db): Promise<string[]> {
  const started = performance.now();
  await seedDatabase(db);
  const ids = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
  const town = ids.find((a) => a.code === DEMO_AGENCIES[0]!.code)!.id;
  const district = ids.find((a) => a.code === DEMO_AGENCIES[1]!.code)!.id;
  const [clerk] = await db.select({ id: users.id }).from(users).where(eq(users.email, "clerk@balitai.example"));
  const n = APPLICATIONS;
  await db.execute(sql`
    insert into applications (agency_id, case_number, tracking_code_hash, status, archived, channel, applicant_type, org_kind,
      applicant_name, id_type, id_number_encrypted, id_number_hash, id_number_masked, phone, phone_normalized, email,
      carrier_forms, delivery_methods, submitted_at, received_on, clock_start_on, reply_due_on, decision, created_at, updated_at)
    select
      case when g % 5 < 3 then ${town}::uuid else ${district}::uuid end,
      'BENCH-' || lpad(g::text, 6, '0'),
      md5('bench-tracking-' || g),
      st.status::application_status,
      st.status in ('replied', 'closed') and g % 3 = 0,
      (array['online','online','online','online','online','online','online','in_person','registered_mail','ordinary_mail','fax','oral'])[1 + g % 12]::application_channel,
      case when g % 7 = 0 then 'organization' else 'person' end::applicant_type,
      case when g % 7 = 0 then 'commercial'::org_kind end,
      '申请人' || g, '居民身份证', 'bench', md5('id-' || (g % 40000)), '120***********' || lpad((g % 10000)::text, 4, '0'),
      '1380013' || lpad((g % 10000)::text, 4, '0'), '1380013' || lpad((g % 10000)::text, 4, '0'),
      case when g % 4 = 0 then 'a' || g || '@example.com' end,
      '["electronic"]'::jsonb, '["online"]'::jsonb,
      t.submitted_at,
      case when st.status <> 'submitted' then t.submitted_at::date end,
      case when st.status <> 'submitted' then t.submitted_at::date end,
      case when st.status in ('in_progress', 'in_review') then t.submitted_at::date + 28 end,
      case st.status when 'replied' then (array['disclosed','disclosed','partlyDisclosed','notHeld','alreadyPublished'])[1 + g % 5] when 'closed' then 'withdrawn' end,
      t.submitted_at, t.submitted_at
    from generate_series(1, ${n}) g
    cross join lateral (select now() - ((${n} - g) * interval '15 minutes') - interval '1 minute' as submitted_at, (${n} - g) as age) t
    cross join lateral (select case
      when t.age < ${UNCONFIRMED} then 'submitted'
      when t.age < 3000 then (array['in_progress','in_progress','in_progress','in_progress','in_progress','in_progress','in_review','awaiting_correction'])[1 + g % 8]
      when t.age < 6000 and g % 50 = 0 then 'in_progress'
      when g % 14 = 0 then 'closed'
      else 'replied' end as status) st`);
  await db.execute(sql`
    insert into request_items (application_id, position, title, description)
    select id, p, '请求公开的信息' || p, '关于' || case_number || '的政府信息' from applications cross join generate_series(1, 2) p
    where p = 1 or right(case_number, 1) in ('3', '7')`);
  await fillSearchTokens(db);
  // The town's clerk handles the town's received cases (the inbox's "mine").
  await db.execute(sql`update applications set assignee_id = ${clerk!.id}::uuid where status <> 'submitted' and agency_id = ${town}::uuid`);
  // The ledger: one row per step, in order (seq follows insertion).
  const step = (type: string, where: string, occurred: string, payload = "'{}'::jsonb", actor = "staff") =>
    db.execute(
      sql.raw(`insert into application_events (application_id, type, at, occurred_on, actor_kind, actor_id, actor_name, applicant_visible, payload, before, after)
        select id, '${type}', submitted_at + interval '1 hour', ${occurred}, '${actor}', ${actor === "staff" ? `'${clerk!.id}'::uuid` : "null"}, '李经办', true, ${payload}, '{}'::jsonb, '{}'::jsonb
        from applications where ${where} order by submitted_at`),
    );
  await step("submitted", "channel = 'online'", "submitted_at::date", "'{}'::jsonb", "applicant");
  await step("received", "status <> 'submitted'", "received_on");
  await step("correctionRequested", "status = 'awaiting_correction' or right(case_number, 2) = '11'", "received_on + 2", "jsonb_build_object('correctionDueOn', (received_on + 23)::text)");
  await step("correctionReceived", "status <> 'awaiting_correction' and right(case_number, 2) = '11'", "received_on + 9");
  await step("consultationSent", "right(case_number, 2) = '29' and status <> 'submitted'", "received_on + 3", "jsonb_build_object('pauseId', md5(case_number), 'consultee', 'thirdParty')");
  await step("consultationAnswered", "right(case_number, 2) = '29' and status in ('replied', 'closed')", "received_on + 10", "jsonb_build_object('pauseId', md5(case_number), 'objects', false)");
  await step("decisionDrafted", "status in ('replied', 'in_review')", "received_on + 15", "jsonb_build_object('draft', jsonb_build_object('decision', decision))");
  await step("draftSubmitted", "status in ('replied', 'in_review')", "received_on + 16");
  await step("replyApproved", "status = 'replied'", "received_on + 18");
  await step("withdrawn", "status = 'closed'", "received_on + 5");
  await step("delivered", "status in ('replied', 'closed')", "received_on + 20");
  await step("archived", "archived", "received_on + 25");
  // 20 staff, as the applications: 12 clerks of the town, 8 of the district (events and letters name a real account).
  await db.insert(users).values(
    Array.from({ length: STAFF }, (_, i) => ({
      email: `bench-clerk-${i}@example.gov`,
      name: `经办${i}`,
      role: "clerk" as const,
      agencyId: i % 5 < 3 ? town : district,
      passwordHash: "x",
    })),
  );
  await db.execute(sql`vacuum analyze`);
  const [{ events }] = (await db.execute(sql`select count(*)::int as events from application_events`)) as unknown as [{ events: number }];
  return [`generated ${n.toLocaleString("en")} applications, ${Number(events).toLocaleString("en")} ledger rows in ${((performance.now() - started) / 1000).toFixed(1)} s`];
}

/** The inbox search vectors, as filing writes them (lib/applications/search-tokens.ts), in batches. */
async function fillSearchTokens(db: Db): Promise<void> {
  const BATCH = 5000;
  for (let offset = 0; ; offset += BATCH) {
    const rows = (await db.execute(sql`
      select a.id, a.applicant_name as name, coalesce(json_agg(json_build_object('title', r.title, 'description', r.description) order by r.position) filter (where r.id is not null), '[]') as items
      from (select id, applicant_name from applications order by id limit ${BATCH} offset ${offset}) a
      left join request_items r on r.application_id = a.id group by a.id, a.applicant_name`)) as unknown as { id: string; name: string; items: { title: string; description: string }[] }[];
    if (rows.length === 0) return;
    const columns = rows.map((r) => {
      const { searchTokens, searchText } = applicationSearchColumns(r.name, r.items);
      return { id: r.id, t: searchTokens, x: searchText };
    });
    await db.execute(sql`update applications a set search_tokens = v.t::tsvector, search_text = v.x
      from jsonb_to_recordset(${JSON.stringify(columns)}::jsonb) as v(id uuid, t text, x text) where a.id = v.id`);
  }
}

async function actorOf(db: Db, email: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { userId: user!.id, role: user!.role, agencyId: user!.agencyId, name: user!.name };
}

const INBOX_VIEWS: [string, Record<string, string>][] = [
  ["default (queues, by due date)", {}],
  ["status 办理中", { status: "in_progress" }],
  ["overdue only", { overdue: "1" }],
  ["due within 3 working days", { dueWithin: "3" }],
  ["channel online + person", { channel: "online", applicantType: "person" }],
  ["status 已答复 (finished)", { status: "replied" }],
  ["mine (assigned to me)", { mine: "1" }],
  ["page 20 of the default list", { page: "20" }],
];

/** The inbox search (issue 17.2): each way of finding a case, on the same 100,000 applications. */
const SEARCHES: [string, Record<string, string>][] = [
  ["search: case number", { q: "BENCH-054321" }],
  ["search: phone (as typed with dashes)", { q: "138-0013-4321" }],
  ["search: tracking code (hashed)", { q: "ABCD-EFGH-JKMN-PQRS" }],
  ["search: applicant name", { q: "申请人54321" }],
  ["search: request words (rare)", { q: "关于BENCH-054321" }],
  ["search: request words (in every case)", { q: "请求公开" }],
  ["search: name + status filter", { q: "申请人54321", status: "replied" }],
];

async function benchInbox(db: Db): Promise<string[]> {
  const staff = [await actorOf(db, "clerk@balitai.example"), await actorOf(db, "clerk@jinnan.example")];
  const lines: string[] = [];
  const all: number[] = [];
  for (const actor of staff) for (const [, filter] of INBOX_VIEWS) await listInbox(db, actor, filter); // warm-up
  for (const [label, filter] of INBOX_VIEWS) {
    const samples: number[] = [];
    let shown = "";
    for (let i = 0; i < 40; i++) {
      const actor = staff[i % 2]!;
      const t = performance.now();
      const inbox = await listInbox(db, actor, filter);
      samples.push(performance.now() - t);
      if (i === 0) shown = `${inbox.rows.length} listed of ${inbox.counts.total.toLocaleString("en")} (open ${inbox.counts.unconfirmed + inbox.counts.correctionExpired + inbox.counts.open}, overdue ${inbox.counts.overdue})`;
    }
    all.push(...samples);
    const p = percentiles(samples);
    lines.push(`inbox ${label}: ${shown} · p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms`);
  }
  const p = percentiles(all);
  lines.push(`inbox overall (${all.length} queries, one at a time): p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms · p99 ${p.p99.toFixed(1)} ms ${verdict(p.p95)}`);
  const concurrent = percentiles(
    await inParallel(STAFF, 10, async (worker) => {
      await listInbox(db, staff[worker % 2]!, INBOX_VIEWS[worker % INBOX_VIEWS.length]![1]);
    }, THINK_MS),
  );
  lines.push(`inbox at ${STAFF} concurrent staff each pausing ${THINK_MS[0]}–${THINK_MS[1]} ms (${STAFF * 10} queries): p50 ${concurrent.p50.toFixed(1)} ms · p95 ${concurrent.p95.toFixed(1)} ms ${verdict(concurrent.p95)}`);
  return lines;
}

async function benchInboxSearch(db: Db): Promise<string[]> {
  const staff = [await actorOf(db, "clerk@balitai.example"), await actorOf(db, "clerk@jinnan.example")];
  const lines: string[] = [];
  const searched: number[] = [];
  for (const actor of staff) for (const [, filter] of SEARCHES) await listInbox(db, actor, filter); // warm-up
  for (const [label, filter] of SEARCHES) {
    const samples: number[] = [];
    let hits = "";
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const inbox = await listInbox(db, staff[i % 2]!, filter);
      samples.push(performance.now() - t);
      if (i === 0) hits = `${inbox.listedCapped ? "more than " : ""}${inbox.listed.toLocaleString("en")}`;
    }
    searched.push(...samples);
    const p = percentiles(samples);
    lines.push(`inbox ${label}: ${hits} found · p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms ${verdict(p.p95)}`);
  }
  const s = percentiles(searched);
  lines.push(`inbox search overall (${searched.length} queries): p50 ${s.p50.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms ${verdict(s.p95)}`);
  return lines;
}

/** 20 staff (12 of the town, 8 of the district) each confirm the receipt of their agency's unconfirmed applications. */
async function benchConfirmReceipt(db: Db): Promise<string[]> {
  const staff = await Promise.all(Array.from({ length: STAFF }, (_, i) => actorOf(db, `bench-clerk-${i}@example.gov`)));
  const queues = new Map<string, string[]>();
  for (const actor of [staff[0]!, staff[3]!]) {
    const rows = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.agencyId, actor.agencyId!), eq(applications.status, "submitted")));
    queues.set(actor.agencyId!, rows.map((r) => r.id));
  }
  const confirm = async (worker: number) => {
    const actor = staff[worker]!;
    const id = queues.get(actor.agencyId!)!.pop();
    if (!id) throw new Error("bench: no unconfirmed application left");
    const now = new Date();
    await performAction(db, actor, id, "confirmReceipt", { receivedOn: chinaDate(now) }, { now });
  };
  await inParallel(STAFF, 2, confirm); // warm-up
  const paced = percentiles(await inParallel(STAFF, ACTIONS_PER_STAFF, confirm, THINK_MS));
  const started = performance.now();
  const saturated = await inParallel(STAFF, SATURATION_ROUNDS, confirm);
  const perSecond = saturated.length / ((performance.now() - started) / 1000);
  const s = percentiles(saturated);
  return [
    `confirm receipt (performAction: row lock, ledger, clock, numbered 申请接收回执, outbox, audit), ${STAFF} concurrent staff each pausing ${THINK_MS[0]}–${THINK_MS[1]} ms between actions, ` +
      `${STAFF * ACTIONS_PER_STAFF} actions: p50 ${paced.p50.toFixed(1)} ms · p95 ${paced.p95.toFixed(1)} ms · p99 ${paced.p99.toFixed(1)} ms ${verdict(paced.p95)}`,
    `  saturation (the ${STAFF} staff with no pause, ${saturated.length} actions): ${perSecond.toFixed(0)} actions/s · p50 ${s.p50.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms`,
  ];
}

const verdict = (p95: number) => (p95 <= 50 ? "✓ (target p95 ≤ 50 ms)" : "✗ (target p95 ≤ 50 ms)");

/** `workers` loops running `rounds` calls each at once (with a pause in `thinkMs` between calls); the latency of every call, in ms. */
async function inParallel(workers: number, rounds: number, call: (worker: number) => Promise<void>, thinkMs?: readonly [number, number]): Promise<number[]> {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; i < rounds; i++) {
        if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0])));
        const t = performance.now();
        await call(worker);
        samples.push(performance.now() - t);
      }
    }),
  );
  return samples;
}
