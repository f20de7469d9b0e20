import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { json } from "@/lib/http/api";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the demo check. */
export async function GET() {
  try {
    const { db, driver } = await getDatabase();
    await db.execute(sql`select 1`);
    return json({ status: "ok", database: driver });
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return json({ status: "unavailable", reason: "数据库无法连接 / database unreachable" }, { status: 503 });
  }
}
