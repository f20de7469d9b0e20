/**
 * Cache tag of the public catalogue's lists and digests that any publication, change or withdrawal
 * alters: browse and search pages, the home page's 最新公开, the feed, the sitemap, the guide, the
 * category tree and the years. A document's own page does not carry it: a publication expires that
 * page, and the pages of the documents linked to it, by their paths (app/staff/documents/actions.ts),
 * so every other document page stays cached.
 */
export const CATALOGUE_TAG = "catalogue";
/** Cache tag of the host agency's identity in every page's header and footer (agency settings). */
export const SITE_TAG = "site";
/** Longest time another app server may serve a cached public page after a change elsewhere. */
export const CATALOGUE_REVALIDATE_SECONDS = 300;

/** A value after a JSON round trip (what a data cache gives back): dates become ISO strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export function jsonify<T>(value: T): Jsonified<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonified<T>;
}
