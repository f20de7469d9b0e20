import { DEMO_ACCOUNTS, seedDatabase } from "@/db/seed";
import { seedDemoApplications } from "@/lib/applications/demo-applications";
import { seedDemoReportYear } from "@/lib/applications/demo-report-year";
import { withCliDatabase } from "./cli-database";

void withCliDatabase(async ({ db, driver }) => {
  await seedDatabase(db);
  const demoApplications = await seedDemoApplications(db);
  // After the demo applications: they are only seeded into a database without any application.
  const reportYear = await seedDemoReportYear(db);
  console.log(`演示数据已写入（${driver}）/ demo data seeded (${driver})`);
  if (reportYear > 0) console.log(`八里台镇2024年依申请公开演示数据：${reportYear} 件 / ${reportYear} demo applications of 2024`);
  console.log("演示账号（仅供演示，切勿用于生产）/ demo accounts (demo only):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(9)} ${account.login.padEnd(26)} ${account.password}`);
  }
  for (const application of demoApplications) {
    console.log(`演示申请 / demo application: ${application.caseNumber}  查询码 ${application.trackingCode}  电话 ${application.phone}`);
  }
});
