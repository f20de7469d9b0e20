import "server-only";
import { headers } from "next/headers";
import type { AuditContext } from "@/lib/audit/record";
import { clientIp } from "./client-ip";

/** Where this request came from, for the audit log (server actions and route handlers). */
export async function requestContext(): Promise<AuditContext> {
  return { ip: clientIp(await headers()) };
}
