export const LATE_WRITE_GRACE_MS: number;
export function tagsOfEntry(data: unknown, ctx: unknown): string[];
export type SharedTagExpiries = {
  record(tags: string[], at: number): Promise<void>;
  read(tags: string[]): Promise<(number | undefined)[]>;
};
export class TagExpiries {
  constructor(options?: { now?: () => number; shared?: SharedTagExpiries });
  record(tags: string | string[]): Promise<void>;
  expiredRecently(tags: string[]): Promise<boolean>;
}
