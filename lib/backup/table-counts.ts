import type { PGlite } from "@electric-sql/pglite";

/** Row count of every table of the portal (and of drizzle's migration journal), by qualified name. */
export async function tableRowCounts(client: PGlite): Promise<Record<string, number>> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of rows) {
    const quoted = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
    const result = await client.query<{ n: number }>(`select count(*)::int as n from ${quoted}`);
    counts[`${schema}.${name}`] = result.rows[0]!.n;
  }
  return counts;
}
