import { withCliDatabase } from "./cli-database";

void withCliDatabase(async ({ driver }) => {
  console.log(`数据库迁移完成（${driver}）/ migrations applied (${driver})`);
});
