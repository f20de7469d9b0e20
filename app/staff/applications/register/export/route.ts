import { getDb } from "@/db/client";
import { loadRegister, registerCsv, registerXlsx } from "@/lib/applications/register/export-register";
import { getActor } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/**
 * GET /staff/applications/register/export?from=YYYY-MM-DD&to=YYYY-MM-DD&format=xlsx|csv — the
 * agency's 依申请公开登记台账 for the range (its clerks, reviewers and admin; lib checks the role).
 */
export const GET = route(async (request: Request) => {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  const params = new URL(request.url).searchParams;
  const register = await loadRegister(await getDb(), actor, { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
  const title = `${register.agencyName}依申请公开登记台账（${register.range.from}至${register.range.to}）`;
  const csv = params.get("format") === "csv";
  const body = csv ? new TextEncoder().encode(registerCsv(register.entries)) : await registerXlsx(register.entries, title);
  const ascii = `register-${register.range.from}-${register.range.to}.${csv ? "csv" : "xlsx"}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${title}.${csv ? "csv" : "xlsx"}`)}`,
      "cache-control": "private, no-store",
    },
  });
});
