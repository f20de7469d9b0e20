import { FilterXSS, escapeHtml } from "xss";

/**
 * 正文 is stored as a safe subset of HTML: the structure a government document needs (headings,
 * paragraphs, lists, tables, emphasis, links) and nothing that runs or loads (no script, style,
 * event handlers, iframes or images from elsewhere). Everything else is dropped, its text kept.
 */
const filter = new FilterXSS({
  whiteList: {
    h2: [], h3: [], h4: [], p: ["style"], br: [], hr: [],
    strong: [], b: [], em: [], i: [], u: [], sub: [], sup: [], blockquote: [],
    ul: [], ol: ["start"], li: [],
    table: [], caption: [], thead: [], tbody: [], tr: [], th: ["colspan", "rowspan"], td: ["colspan", "rowspan"],
    a: ["href", "title"],
  },
  stripIgnoreTag: true,
  stripIgnoreTagBody: ["script", "style", "iframe", "object", "embed", "noscript", "template"],
  allowCommentTag: false,
  css: { whiteList: { "text-align": /^(left|center|right)$/, "text-indent": /^\d+(\.\d+)?em$/ } },
  safeAttrValue(tag, name, value, cssFilter) {
    if (tag === "a" && name === "href") return safeHref(value);
    if (name === "style") return cssFilter.process(value);
    return escapeHtml(value);
  },
});

/** Numeric references (`&#92;`, `&#x5c;`, with or without `;`) and the few named ones a link needs. */
function decodeCharacterReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&(amp|quot|apos|lt|gt|bsol|sol|colon|tab|newline);/gi, (_, name: string) => NAMED_IN_URLS[name.toLowerCase()] ?? "");
}

const NAMED_IN_URLS: Record<string, string> = {
  amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", bsol: "\\", sol: "/", colon: ":", tab: "\t", newline: "\n",
};

/**
 * A link target as the browser will read it: character references decoded, tabs and line breaks
 * dropped (the URL parser removes them anywhere), `\` read as `/` (Chromium turns `/\evil.example/`
 * into `//evil.example/`, another site). Only web links, in-site paths and fragments are kept, and
 * the value is written back fully escaped so the browser sees exactly the string that was checked.
 */
export function safeHref(raw: string): string {
  const value = decodeCharacterReferences(raw)
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\\/g, "/");
  // %5C is a backslash once a server or a careless redirect decodes it: judge it as one.
  const judged = value.replace(/%5c/gi, "/");
  if (!/^(https?:\/\/|\/(?!\/)|#)/i.test(judged)) return "";
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** True when the text carries no HTML tag at all (a pasted plain text). */
function isPlainText(text: string): boolean {
  return !/<[a-z!/][^>]*>/i.test(text);
}

/** Plain text → paragraphs (blank line or line break separates); HTML → the safe subset. */
export function sanitizeBody(input: string): string {
  const text = input.replace(/\r\n?/g, "\n").trim();
  if (!text) return "";
  if (isPlainText(text)) {
    return text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join("\n");
  }
  return filter.process(text).trim();
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The text of sanitised HTML, for search and summaries: block ends become line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/h[2-4]|\/li|\/tr|\/blockquote|hr)[^>]*>/gi, "\n")
    .replace(/<\/t[dh]>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
