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

/**
 * The snippet of a search hit: from its 内容概述 and 正文 only — never from 文号/索引号, which the row
 * shows in their own columns (cut pieces of them read as noise). When the terms matched only the
 * title, the opening of the 内容概述 says what the document is about.
 */
export function hitSnippet(summary: string, body: string, terms: string[], width = 120): Segment[] {
  if (terms.length === 0) return [];
  const matched = snippet([summary, body].filter(Boolean).join("\n"), terms, width);
  if (matched.length) return matched;
  const flat = summary.replace(/\s+/g, " ").trim();
  return flat ? [{ text: flat.length > width ? `${flat.slice(0, width)}…` : flat, match: false }] : [];
}
