import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { agencies } from "@/db/schema";
import { migrateDatabase, openDatabase } from "@/db/open";
import { seedDatabase } from "@/db/seed";
import { aggregateYear } from "@/db/queries/annual-report";
import { computeReport } from "@/lib/annual-report/rules/compute";
import { OUTCOME_ROW_KEYS } from "@/lib/annual-report/rules/rows";
import { percentiles } from "./load";

const APPLICATIONS = Number(process.env.BENCH_REPORT_APPLICATIONS ?? 1_000_000);

/**
 * The annual report of a year with 1,000,000 applications for one agency (issue #7: under 2 s on
 * PostgreSQL, aggregated in SQL). Creates a scratch database next to BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL), bulk-generates the year in SQL (generate_series), times aggregateYear +
 * computeReport, and drops the database.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench report
 */
export async function benchReport(): Promise<string[]> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) return ["skipped: set BENCH_DATABASE_URL (PostgreSQL) — the target is for PostgreSQL"];
  const name = `report_bench_${randomBytes(4).toString("hex")}`;
  const { default: postgres } = await import("postgres");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const options = { driver: "postgres" as const, url: url.toString() };
  const lines: string[] = [];
  try {
    await migrateDatabase(options);
    const handle = await openDatabase(options);
    try {
      const { db } = handle;
      await seedDatabase(db);
      const [agency] = await db.select().from(agencies).where(eq(agencies.code, "11120112MB1957322H"));
      const started = performance.now();
      await generateYear(db, agency!.id, APPLICATIONS);
      lines.push(`generated ${APPLICATIONS.toLocaleString("en")} applications in SQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);

      const samples: number[] = [];
      let total = 0;
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        const aggregate = await aggregateYear(db, agency!.id, 2024);
        const report = computeReport({
          agencyCode: agency!.code,
          agencyName: agency!.shortName,
          year: 2024,
          ...aggregate,
          staffEntered: { licensing: 0, penalties: 0, coercion: 0, chargesWan: "0" },
          reviewCases: [],
        });
        if (i > 0) samples.push(performance.now() - t); // the first run warms the cache
        if (!report.invariantsOk) throw new Error(JSON.stringify(report.violations));
        total = report.table3.new.total + report.table3.carriedIn.total;
      }
      const p = percentiles(samples);
      lines.push(`2024 report (一 + 二 = ${total.toLocaleString("en")}): aggregateYear + computeReport p50 ${p.p50.toFixed(0)} ms · max ${p.max.toFixed(0)} ms (target < 2000 ms)`);
    } finally {
      await handle.close();
    }
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
  return lines;
}

/**
 * One agency's applications: 90% received in 2024, 10% in December 2023; most finished within
 * about 30 days (some in 2025, 2% never), in every row, in every applicant column.
 */
async function generateYear(db: Awaited<ReturnType<typeof openDatabase>>["db"], agencyId: string, n: number): Promise<void> {
  const rows = `array[${OUTCOME_ROW_KEYS.map((row) => `'${row}'`).join(",")}]`;
  await db.execute(sql.raw(`
    insert into applications (agency_id, case_number, tracking_code_hash, status, archived, channel, applicant_type, org_kind,
      applicant_name, id_type, id_number_encrypted, id_number_hash, id_number_masked, phone, phone_normalized,
      carrier_forms, delivery_methods, submitted_at, received_on, clock_start_on, finished_on, report_row, decision)
    select '${agencyId}', 'BENCH-' || g, md5('bench' || g), case when f.finished is null then 'in_progress' else 'replied' end::application_status,
      false, 'online', case when g % 3 = 0 then 'organization' else 'person' end::applicant_type,
      case when g % 3 = 0 then (array['commercial','research','nonprofit','legal','other'])[1 + (g / 3) % 5]::org_kind end,
      '申请人' || g, '居民身份证', 'x', 'bench' || g, '110***********000X', '13800000000', '13800000000',
      '[]'::jsonb, '[]'::jsonb, r.received::timestamptz, r.received, r.received, f.finished,
      case when f.finished is not null then (${rows})[1 + g % ${OUTCOME_ROW_KEYS.length}] end, null
    from generate_series(1, ${n}) g
    cross join lateral (select case when g % 10 = 0 then date '2023-12-01' + (g % 31)::int else date '2024-01-01' + (g % 366)::int end as received) r
    cross join lateral (select case when g % 50 = 0 then null else r.received + (g % 37)::int end as finished) f
  `));
  await db.execute(sql`analyze applications`);
}
