import { hasForbiddenCharacters } from "@/lib/validation/text";
import { BROWSE_KEYS, browseFilters, filterPairs, type BrowseFilters } from "./browse-path";

/**
 * A search is the same page for every visitor who types the same term, so it is served from the
 * full-route cache like a list page (issue 13 item 19: rendering it per request cost ~30 ms): proxy.ts
 * rewrites `/catalogue?q=…&page=2` to `/catalogue/search/q.<term>~page.2`, the public URL staying the
 * same. The term is written as base64url of its UTF-8 bytes: any text survives the router unchanged
 * (no `/`, `%` or `~` to decode), and one term has one cache entry. Search terms are unbounded, so
 * these pages live in a bounded store of their own (lib/cache-handler/bounded-page-store.mjs).
 */
export type SearchFilters = BrowseFilters & { q: string };

/** The longest term the catalogue reads (searchParamsSchema). */
const MAX_TERM_LENGTH = 100;
const TERM_KEY = "q.";

/**
 * The term as the search reads it, so spellings that search alike share one page: white space
 * trimmed and runs of it made one space (the search splits on white space), at most 100 characters,
 * never cutting a character that takes two UTF-16 units in half.
 */
export function normalizeSearchTerm(q: string): string {
  const collapsed = q.replace(/\s+/g, " ").trim();
  if (collapsed.length <= MAX_TERM_LENGTH) return collapsed;
  const cut = collapsed.slice(0, MAX_TERM_LENGTH);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trim();
}

/** The cacheable path of a catalogue URL with a search term (`/catalogue?q=预算`), or undefined without one. */
export function searchPath(search: URLSearchParams): string | undefined {
  const q = normalizeSearchTerm(search.get("q") ?? "");
  if (!q) return undefined;
  const filters = Object.fromEntries(BROWSE_KEYS.map((key) => [key, search.get(key) ?? undefined]));
  return `/catalogue/search/${[TERM_KEY + encodeTerm(q), ...filterPairs(filters)].join("~")}`;
}

/**
 * The term and filters named by a search path segment; undefined unless the segment is exactly the
 * one `searchPath` writes for them (a hand-made variant would be one more cache entry for the same
 * page) and the term is text the search accepts.
 */
export function searchFilters(segment: string): SearchFilters | undefined {
  const [first = "", ...rest] = segment.split("~");
  if (!first.startsWith(TERM_KEY)) return undefined;
  const q = decodeTerm(first.slice(TERM_KEY.length));
  if (!q || hasForbiddenCharacters(q)) return undefined;
  const filters = { ...browseFilters(rest.join("~") || "all"), q };
  return searchPath(new URLSearchParams(filters)) === `/catalogue/search/${segment}` ? filters : undefined;
}

// btoa/atob and TextEncoder: the proxy may run where Buffer is absent.
function encodeTerm(q: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(q)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeTerm(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined; // not base64, or not UTF-8
  }
}
