// A render reads the database first and is stored in the cache when it ends. One that read before a
// publication and ended after the publication expired its tag would be stored as fresh (an entry is
// expired only by a tag expiry later than its write) and would show a withdrawn document, or miss a
// new one, until its revalidate time (CATALOGUE_REVALIDATE_SECONDS). So an entry that carries a tag
// expired less than LATE_WRITE_GRACE_MS ago is not stored: it is served to the request that rendered
// it, and the next request renders again. Next answers a render before it stores it (and builds the
// prefetch segments in between), so the store can lag the answer on a loaded machine; a render takes
// well under a second, the grace allows for several, and costs a few seconds of uncached renders per
// publication.

/** Longer than any render of a public page takes, even on a loaded machine. */
export const LATE_WRITE_GRACE_MS = 5_000;

/** @param {any} data @param {any} ctx the entry's tags: a page's from its header, a data entry's from Next's ctx */
export function tagsOfEntry(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...fromHeader, ...(Array.isArray(ctx?.tags) ? ctx.tags : [])];
}

/**
 * When each tag last expired: in this process, and with a shared store (Redis) for every app server,
 * so a render on one server that overlaps a publication on another is not stored either.
 * @typedef {{ record(tags: string[], at: number): Promise<void>, read(tags: string[]): Promise<(number | undefined)[]> }} SharedTagExpiries
 */
export class TagExpiries {
  /** @param {{ now?: () => number, shared?: SharedTagExpiries }} [options] */
  constructor({ now = Date.now, shared } = {}) {
    this.now = now;
    this.shared = shared;
    /** @type {Map<string, number>} */
    this.local = new Map();
  }

  /** @param {string | string[]} tags */
  async record(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    const at = this.now();
    for (const tag of list) this.local.set(tag, at);
    // Without the shared record, another server could store a render that overlapped this change:
    // said, but the expiry itself goes on.
    await this.shared?.record(list, at).catch((error) => console.error("页面缓存：标签失效时间未能写入 Redis / tag expiry not shared", error?.message ?? error));
  }

  /** Whether one of these tags expired within the grace, here or (with a shared store) anywhere. @param {string[]} tags */
  async expiredRecently(tags) {
    if (tags.length === 0) return false;
    const since = this.now() - LATE_WRITE_GRACE_MS;
    if (tags.some((tag) => (this.local.get(tag) ?? -Infinity) > since)) return true;
    if (!this.shared) return false;
    const times = await this.shared.read(tags).catch(() => []);
    return times.some((at) => typeof at === "number" && at > since);
  }
}
