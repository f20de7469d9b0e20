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
    if (tag === "a" && name === "href") {
      // Only web links and in-site paths: no javascript:, data: or protocol-relative tricks.
      return /^(https?:\/\/|\/(?!\/)|#)/i.test(value.trim()) ? escapeHtml(value.trim()) : "";
    }
    if (name === "style") return cssFilter.process(value);
    return escapeHtml(value);
  },
});

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
