import { z } from "zod";

/** The archive's table of contents: what was saved, so a restore can prove it got all of it back. */
export const BACKUP_FORMAT = "gov-disclosure-portal-backup";

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  /** Row count of every table (schemas public and drizzle), as read from the dumped database. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  files: z.array(z.object({ key: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Archive layout: manifest.json, database/pgdata.tar.gz (PGlite's dumpDataDir), files/<storage key>. */
export const ARCHIVE = { manifest: "manifest.json", database: "database/pgdata.tar.gz", files: "files" } as const;
