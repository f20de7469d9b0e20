import { DEMO_ACCOUNTS, seedDatabase } from "@/db/seed";
import { seedDemoApplications } from "@/lib/applications/demo-applications";
import { withCliDatabase } from "./cli-database";

void withCliDatabase(async ({ db, driver }) => {
  await seedDatabase(db);
  const demoApplications = await seedDemoApplications(db);
  console.log(`演示数据已写入（${driver}）/ demo data seeded (${driver})`);
  console.log("演示账号（仅供演示，切勿用于生产）/ demo accounts (demo only):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(9)} ${account.login.padEnd(26)} ${account.password}`);
  }
  for (const application of demoApplications) {
    console.log(`演示申请 / demo application: ${application.caseNumber}  查询码 ${application.trackingCode}  电话 ${application.phone}`);
  }
});
