/** Marked pieces of text, rendered as <mark> by the page (never as HTML from the database). */
export interface Segment {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Split `text` into matched and unmatched pieces, case-insensitively. */
export function highlight(text: string, terms: string[]): Segment[] {
  const usable = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (usable.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join("|")})`, "giu");
  return text
    .split(pattern)
    .filter(Boolean)
    .map((piece) => ({ text: piece, match: usable.some((term) => term.toLowerCase() === piece.toLowerCase()) }));
}

/** About `width` characters around the first match of any term, with the matches marked. */
export function snippet(text: string, terms: string[], width = 120): Segment[] {
  const flat = text.replace(/\s+/g, " ");
  const lower = flat.toLowerCase();
  const positions = terms.map((term) => lower.indexOf(term.toLowerCase())).filter((position) => position >= 0);
  if (positions.length === 0) return [];
  const first = Math.min(...positions);
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(flat.length, start + width);
  const piece = `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
  return highlight(piece, terms);
}
