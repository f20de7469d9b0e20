import { eq } from "drizzle-orm";
import { agencies, users, type NewAgency } from "./schema";
import type { Db } from "./types";
import { insertMissingCalendarYears } from "./queries/calendar";
import { hashPassword } from "@/lib/auth/password";
import { calendarYearsFromJson } from "@/lib/calendar";
import holidaysJson from "@/lib/calendar/holidays-cn.json";
import type { Role } from "@/lib/auth/roles";
import { seedCatalogue } from "./seed-documents";
import { seedApplicationSettings } from "@/lib/applications/seed";

/** The first customer and a second agency, so multi-agency paths are real from day one. */
export const DEMO_AGENCIES: NewAgency[] = [
  {
    code: "11120112MB1957322H",
    name: "天津市津南区八里台镇人民政府",
    shortName: "八里台镇人民政府",
    letterPrefix: "八里台政公开",
    reconsiderationBody: "天津市津南区人民政府",
    court: "天津市津南区人民法院",
    disclosureOffice: {
      name: "八里台镇人民政府党政办公室（政府信息公开工作机构）",
      address: "天津市津南区八里台镇政府大院",
      hours: "工作日 上午 8:30—12:00，下午 13:30—17:30",
      phone: "022-88000000",
      fax: "022-88000001",
      email: "blt_xxgk@tj.gov.cn.example",
      postcode: "300350",
    },
    siteIdentity: {
      sponsor: "天津市津南区八里台镇人民政府",
      siteCode: "1201120000",
      icp: "津ICP备00000000号（演示）",
      publicSecurityFiling: "津公网安备 12011200000000号（演示）",
      contact: "022-88000000",
      errorReportUrl: "https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=1201120000",
      conacLogoUrl: "/conac-demo.svg",
      conacUrl: "https://bszs.conac.cn/",
    },
  },
  {
    code: "11120112000069010W",
    name: "天津市津南区人民政府",
    // The district hosts the platform (its towns and departments report to it).
    platformHost: true,
    shortName: "津南区人民政府",
    letterPrefix: "津南政公开",
    reconsiderationBody: "天津市人民政府",
    court: "天津市第二中级人民法院",
    disclosureOffice: {
      name: "津南区人民政府办公室（政府信息公开工作机构）",
      address: "天津市津南区咸水沽镇",
      hours: "工作日 上午 8:30—12:00，下午 13:30—17:30",
      phone: "022-28000000",
      fax: "022-28000001",
      email: "jn_xxgk@tj.gov.cn.example",
      postcode: "300350",
    },
    siteIdentity: {
      sponsor: "天津市津南区人民政府办公室",
      siteCode: "1201120001",
      icp: "津ICP备00000001号（演示）",
      publicSecurityFiling: "津公网安备 12011200000001号（演示）",
      contact: "022-28000000",
      errorReportUrl: "https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=1201120001",
      conacLogoUrl: "/conac-demo.svg",
      conacUrl: "https://bszs.conac.cn/",
    },
  },
];

export interface DemoAccount {
  login: string;
  password: string;
  name: string;
  role: Role;
  agencyCode?: string;
  phone?: string;
}

const BALITAI = DEMO_AGENCIES[0]!.code;
const JINNAN = DEMO_AGENCIES[1]!.code;

/** Demo-only accounts (README lists them). Never use these passwords anywhere real. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { login: "admin@balitai.example", password: "Admin-2026", name: "王管理", role: "admin", agencyCode: BALITAI },
  { login: "clerk@balitai.example", password: "Clerk-2026", name: "李经办", role: "clerk", agencyCode: BALITAI },
  { login: "reviewer@balitai.example", password: "Reviewer-2026", name: "赵审核", role: "reviewer", agencyCode: BALITAI },
  { login: "publisher@balitai.example", password: "Publisher-2026", name: "钱发布", role: "publisher", agencyCode: BALITAI },
  { login: "admin@jinnan.example", password: "Admin-2026", name: "孙管理", role: "admin", agencyCode: JINNAN },
  { login: "clerk@jinnan.example", password: "Clerk-2026", name: "周经办", role: "clerk", agencyCode: JINNAN },
  // The district 政务公开办 (issue 15.2): reads every agency's inbox summary and sends 督办 notes.
  { login: "supervisor@jinnan.example", password: "Supervisor-2026", name: "吴督办", role: "supervisor", agencyCode: JINNAN },
  { login: "citizen@example.com", password: "Citizen-2026", name: "张三", role: "citizen", phone: "13800138000" },
];

/** Idempotent: agencies and the calendar are upserted; existing accounts are left as they are. */
export async function seedDatabase(db: Db): Promise<void> {
  for (const agency of DEMO_AGENCIES) {
    await db
      .insert(agencies)
      .values(agency)
      .onConflictDoUpdate({
        target: agencies.code,
        set: { name: agency.name, shortName: agency.shortName, platformHost: agency.platformHost ?? false },
      });
  }
  await insertMissingCalendarYears(db, calendarYearsFromJson(holidaysJson));
  await seedApplicationSettings(db);

  for (const account of DEMO_ACCOUNTS) {
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.login)).limit(1);
    if (existing) continue;
    const agencyId = account.agencyCode
      ? (await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, account.agencyCode)))[0]?.id
      : null;
    await db
      .insert(users)
      .values({
        email: account.login,
        phone: account.phone ?? null,
        name: account.name,
        role: account.role,
        agencyId: agencyId ?? null,
        passwordHash: await hashPassword(account.password),
      })
      .onConflictDoNothing();
  }
  await seedCatalogue(db);
}
