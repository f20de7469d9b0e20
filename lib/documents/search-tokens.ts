/**
 * Chinese full-text search without a Chinese parser: overlapping character bigrams plus single
 * characters, stored as a `'simple'` tsvector literal. Most Chinese words are two characters, and a
 * trigram index cannot serve a two-character query; a GIN index over these tokens can, on
 * PostgreSQL and PGlite alike, because we build the literal ourselves (no locale-dependent parser).
 * Runs of Latin letters and digits (文号 numbers, years) are kept whole, lower-cased.
 */

/** CJK ideographs (basic block, extension A, compatibility). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Runs of Han characters, or runs of Latin letters/digits. Everything else separates. */
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu;

export type Weight = "A" | "B" | "C" | "D";

/** The search tokens of a text: Han unigrams and bigrams, whole Latin/digit words. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize("NFKC").matchAll(RUNS)) {
    const run = match[0];
    if (HAN.test(run[0]!)) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        tokens.push(chars[i]!);
        if (i + 1 < chars.length) tokens.push(chars[i]! + chars[i + 1]!);
      }
    } else {
      tokens.push(run.toLowerCase());
    }
  }
  return tokens;
}

/** Longest token kept: a tsvector lexeme is limited to 2 KB, and nobody searches 100-digit words. */
const MAX_TOKEN_LENGTH = 64;

function quote(token: string): string {
  return `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The tsvector literal for weighted fields: each distinct token once, with the best weight it has
 * (A = title, B = 文号/索引号/keywords, C = summary, D = body). Position 1 is enough: we rank by
 * weight, never by proximity.
 */
export function buildSearchVector(fields: { text: string; weight: Weight }[]): string {
  const best = new Map<string, Weight>();
  for (const { text, weight } of fields) {
    for (const token of tokenize(text)) {
      if (token.length > MAX_TOKEN_LENGTH) continue;
      const current = best.get(token);
      if (!current || weight < current) best.set(token, weight);
    }
  }
  return Array.from(best, ([token, weight]) => `${quote(token)}:1${weight}`).join(" ");
}

/**
 * The query's terms (split on white space) and the tsquery literal that must match: every token of
 * every term (AND). Returns undefined for a query with nothing searchable (only punctuation).
 * The tsquery only narrows by index; hits are confirmed with ILIKE on each term (bigrams of a term
 * can all occur without the term itself).
 */
export function buildSearchQuery(q: string): { terms: string[]; tsquery: string } | undefined {
  const terms = q
    .normalize("NFKC")
    .split(/\s+/)
    .map((term) => term.trim())
    .filter((term) => tokenize(term).length > 0)
    .slice(0, 8);
  if (terms.length === 0) return undefined;
  const tokens = new Set<string>();
  for (const term of terms) {
    const termTokens = tokenize(term).filter((token) => token.length <= MAX_TOKEN_LENGTH);
    // A Han run of two or more characters is fully described by its bigrams: skip its unigrams.
    for (const token of termTokens) {
      const isHanUnigram = token.length === 1 && HAN.test(token);
      if (isHanUnigram && termTokens.some((other) => other.length === 2 && HAN.test(other) && other.includes(token))) continue;
      tokens.add(token);
    }
  }
  return { terms, tsquery: Array.from(tokens, quote).join(" & ") };
}

/** Escape a term for ILIKE '%term%' (backslash is the default escape character). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
