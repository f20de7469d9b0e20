import { DOC_TYPES, VALIDITIES } from "./labels";

/**
 * Catalogue list pages without a search term are the same for every visitor, so they are served
 * from the full-route cache, keyed on one path segment that names the filters in a canonical order
 * (the catalogue links there directly; proxy.ts rewrites `/catalogue?category=fiscal`, the filter
 * form and older links, to it): `key.value` pairs joined by `~` (characters no filter value holds and no
 * URL encodes, e.g. `category.fiscal~page.2`). A search (`q`) has its own cacheable path (lib/documents/search-path).
 */
export const BROWSE_KEYS = ["agency", "category", "year", "validity", "docType", "sort", "page"] as const;
export type BrowseFilters = Record<(typeof BROWSE_KEYS)[number], string>;

const SORTS = ["relevance", "date", "date_asc", "title"];
/** What each filter may hold; anything else is dropped (as the search schema would), so junk never makes a new cache entry. */
const VALID: Record<(typeof BROWSE_KEYS)[number], (value: string) => boolean> = {
  agency: (value) => /^[A-Za-z0-9_-]{1,40}$/.test(value),
  category: (value) => /^[A-Za-z0-9_-]{1,60}$/.test(value),
  year: (value) => /^(19|20|21)\d\d$/.test(value),
  validity: (value) => (VALIDITIES as readonly string[]).includes(value),
  docType: (value) => (DOC_TYPES as readonly string[]).includes(value),
  sort: (value) => SORTS.includes(value),
  page: (value) => /^[1-9]\d{0,3}$/.test(value) && value !== "1",
};
const ALL = "all";

/** The cacheable path of a list (no search term): the catalogue's own links use it, so they skip proxy.ts. */
export function browseHref(filters: Partial<Record<keyof BrowseFilters, string | undefined>>): string {
  return `/catalogue/browse/${filterPairs(filters).join("~") || ALL}`;
}

/** The valid filters as `key.value` pairs in canonical order (also the filters of a search path, lib/documents/search-path). */
export function filterPairs(filters: Partial<Record<keyof BrowseFilters, string | undefined>>): string[] {
  const pairs: string[] = [];
  for (const key of BROWSE_KEYS) {
    const value = filters[key]?.trim();
    if (value && VALID[key](value)) pairs.push(`${key}.${value}`);
  }
  return pairs;
}

/** The cacheable path of a catalogue URL's query (`/catalogue?category=fiscal`), or undefined for a search. */
export function browsePath(search: URLSearchParams): string | undefined {
  if (search.get("q")?.trim()) return undefined;
  return browseHref(Object.fromEntries(BROWSE_KEYS.map((key) => [key, search.get(key) ?? undefined])));
}

/** The filters named by a browse path segment. */
export function browseFilters(segment: string): BrowseFilters {
  const filters = Object.fromEntries(BROWSE_KEYS.map((key) => [key, ""])) as BrowseFilters;
  if (segment === ALL) return filters;
  for (const pair of segment.split("~")) {
    const dot = pair.indexOf(".");
    const key = pair.slice(0, dot) as keyof BrowseFilters;
    const value = pair.slice(dot + 1);
    if (dot > 0 && key in filters && VALID[key](value)) filters[key] = value;
  }
  return filters;
}
