import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type * as schema from "./schema";

export type Schema = typeof schema;
/** The database handle, whichever driver is behind it (postgres.js or PGlite). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the root handle or a transaction. */
export type Queryable = Db | Tx;
export type Driver = "postgres" | "pglite";
