/**
 * Chinese full-text search without a Chinese parser: overlapping character bigrams plus single
 * characters, stored as a `'simple'` tsvector literal. Most Chinese words are two characters, and a
 * trigram index cannot serve a two-character query; a GIN index over these tokens can, on
 * PostgreSQL and PGlite alike, because we build the literal ourselves (no locale-dependent parser).
 * Runs of Latin letters and digits (文号 numbers, years) are kept whole, lower-cased, and also joined
 * to the Han character they touch ("27号", "第27", "2024年"): a query such as 27号 is then one token,
 * matched exactly by the index instead of the very common 27 and 号 confirmed against every body.
 * (db/migrations/0012_search_joint_tokens.sql added the joined tokens to the vectors stored before.)
 */

/** CJK ideographs (basic block, extension A, compatibility). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Runs of Han characters, or runs of Latin letters/digits. Everything else separates. */
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu;

export type Weight = "A" | "B" | "C" | "D";

/** A token, and for a bigram or a joined run the two tokens it is made of (which it implies). */
interface Token {
  text: string;
  parts?: [string, string];
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  // The run before, when it ends where the current one starts: a Han run meeting a Latin/digit run.
  let previous: { end: number; han: boolean; last: string; whole: string } | undefined;
  for (const match of text.normalize("NFKC").matchAll(RUNS)) {
    const han = HAN.test(match[0][0]!);
    const run = han ? match[0] : match[0].toLowerCase();
    const chars = Array.from(run);
    const touching = previous?.end === match.index ? previous : undefined;
    if (han) {
      if (touching) tokens.push({ text: touching.whole + chars[0]!, parts: [touching.whole, chars[0]!] });
      for (let i = 0; i < chars.length; i++) {
        tokens.push({ text: chars[i]! });
        if (i + 1 < chars.length) tokens.push({ text: chars[i]! + chars[i + 1]!, parts: [chars[i]!, chars[i + 1]!] });
      }
    } else {
      if (touching) tokens.push({ text: touching.last + run, parts: [touching.last, run] });
      tokens.push({ text: run });
    }
    previous = { end: match.index + match[0].length, han, last: chars[chars.length - 1]!, whole: run };
  }
  return tokens;
}

/** The search tokens of a text: Han unigrams and bigrams, whole Latin/digit words, and each such word joined to a touching Han character. */
export function tokenize(text: string): string[] {
  return tokensOf(text).map((token) => token.text);
}

/**
 * The tokens a query term must match: its tokens without those another one implies (法 and 治 in
 * 法治, 27 and 号 in 27号). A term with exactly one is matched exactly by the index.
 */
export function queryTokens(term: string): string[] {
  const tokens = tokensOf(term).filter((token) => token.text.length <= MAX_TOKEN_LENGTH);
  const implied = new Set(tokens.flatMap((token) => token.parts ?? []));
  return [...new Set(tokens.filter((token) => token.parts || !implied.has(token.text)).map((token) => token.text))];
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
 * The query's terms (split on white space) and the tsquery literal that must match: the tokens of
 * every term (AND, see queryTokens). Returns undefined for a query with nothing searchable (only punctuation).
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
  const tokens = new Set(terms.flatMap(queryTokens));
  return { terms, tsquery: Array.from(tokens, quote).join(" & ") };
}

/** Escape a term for ILIKE '%term%' (backslash is the default escape character). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
