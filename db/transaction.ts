import type { Db, Queryable, Tx } from "./types";

/** Run in a transaction: a root handle opens one, a transaction handle is used as is. */
export function inTransaction<T>(db: Queryable, work: (tx: Tx) => Promise<T>): Promise<T> {
  return "rollback" in db ? work(db as Tx) : (db as Db).transaction(work);
}
