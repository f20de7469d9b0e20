import { databaseOptionsFromConfig } from "@/db/client";
import { migrateDatabase, openDatabase, type DatabaseHandle } from "@/db/open";
import { DataDirLockedError } from "@/db/pglite-lock";
import { ConfigError } from "@/lib/config";

/**
 * Open the configured database for a command-line tool, migrated. On PGlite this takes the data
 * folder's lock, so a tool refuses (with a clear message) while a server holds the folder.
 */
export async function withCliDatabase(work: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  let handle: DatabaseHandle | undefined;
  try {
    const options = databaseOptionsFromConfig();
    handle = await openDatabase(options);
    await migrateDatabase(options, handle);
    await work(handle);
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await handle?.close();
  }
}
