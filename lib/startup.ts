import { config, ConfigError } from "@/lib/config";
import { getDatabase } from "@/db/client";
import { DataDirLockedError } from "@/db/pglite-lock";
import { installClientIpStamp } from "@/lib/auth/client-ip-stamp";
import { logger } from "@/lib/log/logger";
import { installRequestIdStamp } from "@/lib/log/request-id-stamp";
import { startWorker } from "@/lib/worker";

/**
 * Validate the configuration and open (and migrate) the database before the first request, so a
 * bad variable or a data folder held by another process stops the server at once with a message
 * that names it.
 */
export async function startServer(): Promise<void> {
  // Before the first request: every log line of a request names its id (lib/log/request-id-stamp.ts).
  installRequestIdStamp();
  try {
    // First, before anything awaits: every request's client address comes from this stamp.
    installClientIpStamp(config().TRUSTED_PROXY_HOPS);
    const { driver } = await getDatabase();
    logger.info({ driver }, `数据库已就绪（${driver}）/ database ready (${driver})`);
    startWorker();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      // Plain text on stderr: the operator reads it at the console when the server refuses to start.
      console.error(error.message);
      process.exit(1);
    }
    // The database may be down at start-up: /api/health answers 503 and later requests retry.
    logger.error({ err: error }, "数据库暂时无法连接 / database unreachable at start-up");
  }
}
