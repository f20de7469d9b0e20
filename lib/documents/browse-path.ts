import { DOC_TYPES, VALIDITIES } from "./labels";

/**
 * Catalogue list pages without a search term are the same for every visitor, so they are served
 * from the full-route cache, keyed on one path segment that names the filters in a canonical order
 * (the catalogue links there directly; proxy.ts rewrites `/catalogue?category=fiscal`, the filter
 * form and older links, to it): `key.value` pairs joined by `~` (characters no filter value holds and no
 * URL encodes, e.g. `category.fiscal~page.2`).
 * A search is cached the same way for a short while (the search page rendered per request cost 24–44
 * times a static file at 50 clients): proxy.ts rewrites `/catalogue?q=…` to the path of its filters
 * plus `q.<term>`, the term with white space trimmed and collapsed, base64url-encoded (no character
 * for the router to decode; `~` and `.` cannot occur). Links on a search page keep the readable
 * query string. A term whose segment would exceed MAX_TERM_SEGMENT stays a dynamic page.
 */
export const BROWSE_KEYS = ["agency", "category", "year", "validity", "docType", "sort", "page"] as const;
export type BrowseFilters = Record<(typeof BROWSE_KEYS)[number] | "q", string>;

/**
 * Longest encoded term in a path (40 Han characters): the path is also a file name of the page
 * cache, at most 255 bytes. Every other term is one cache entry, like its cached search result
 * (app/_catalogue/data.ts); expired with the catalogue tag and by app/layout.tsx's `revalidate`.
 */
const MAX_TERM_SEGMENT = 160;

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
export function browseHref(filters: Partial<Record<(typeof BROWSE_KEYS)[number], string | undefined>>): string {
  const pairs: string[] = [];
  for (const key of BROWSE_KEYS) {
    const value = filters[key]?.trim();
    if (value && VALID[key](value)) pairs.push(`${key}.${value}`);
  }
  return `/catalogue/browse/${pairs.join("~") || ALL}`;
}

/** The cacheable path of a catalogue URL's query (`/catalogue?category=fiscal`, `/catalogue?q=预算`), or undefined for a long search term. */
export function browsePath(search: URLSearchParams): string | undefined {
  const list = browseHref(Object.fromEntries(BROWSE_KEYS.map((key) => [key, search.get(key) ?? undefined])));
  const term = (search.get("q") ?? "").trim().replace(/\s+/g, " ");
  if (!term) return list;
  if (term.length > MAX_TERM_SEGMENT) return undefined; // before encoding: the query string is unbounded
  const encoded = encodeTerm(term);
  if (encoded.length > MAX_TERM_SEGMENT) return undefined;
  return list.endsWith(`/${ALL}`) ? list.replace(ALL, `q.${encoded}`) : `${list}~q.${encoded}`;
}

function encodeTerm(term: string): string {
  const bytes = new TextEncoder().encode(term);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The term of a path, or "" when it is not one encodeTerm wrote. */
function decodeTerm(encoded: string): string {
  if (!/^[A-Za-z0-9_-]{1,160}$/.test(encoded)) return "";
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}

/** The filters named by a browse path segment. */
export function browseFilters(segment: string): BrowseFilters {
  const filters = Object.fromEntries([...BROWSE_KEYS, "q"].map((key) => [key, ""])) as BrowseFilters;
  if (segment === ALL) return filters;
  for (const pair of segment.split("~")) {
    const dot = pair.indexOf(".");
    const key = pair.slice(0, dot) as keyof BrowseFilters;
    const value = pair.slice(dot + 1);
    if (key === "q") filters.q = decodeTerm(value);
    else if (dot > 0 && key in filters && VALID[key](value)) filters[key] = value;
  }
  return filters;
}
