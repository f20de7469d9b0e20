import { DEMO_ACCOUNTS, seedDatabase } from "@/db/seed";
import { withCliDatabase } from "./cli-database";

void withCliDatabase(async ({ db, driver }) => {
  await seedDatabase(db);
  console.log(`演示数据已写入（${driver}）/ demo data seeded (${driver})`);
  console.log("演示账号（仅供演示，切勿用于生产）/ demo accounts (demo only):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(9)} ${account.login.padEnd(26)} ${account.password}`);
  }
});
