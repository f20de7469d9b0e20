import { runWorkerLoop, runWorkerOnce } from "@/lib/worker";
import { withCliDatabase } from "./cli-database";

/**
 * `npm run worker` — the background work on its own (architecture.md): on PostgreSQL beside any
 * number of app servers (rows are claimed with FOR UPDATE SKIP LOCKED); on PGlite only while no
 * server holds the data folder (it refuses with a message otherwise: there the server runs the
 * worker itself). `--once` runs a single pass and prints what it did.
 */
void withCliDatabase(async ({ db, driver }) => {
  if (process.argv.includes("--once")) {
    console.log(JSON.stringify(await runWorkerOnce(db), null, 2));
    return;
  }
  console.log(`后台任务已启动（${driver}），每30秒运行一次；按 Ctrl+C 停止 / worker started (${driver})`);
  await new Promise<void>((resolve) => {
    const loop = runWorkerLoop(async () => db, (error) => console.error("后台任务出错 / background work failed", error));
    const stop = () => void loop.stop().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
});
