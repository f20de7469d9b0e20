import { CONTROL_CHARACTER_MESSAGE, hasForbiddenCharacters } from "@/lib/validation/text";

/** The raw (still percent-encoded) piece as text, or undefined when it is not valid UTF-8. */
function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/**
 * Why a request URL's path segments or query parameters cannot be read as text, or undefined when
 * they all can: invalid percent-encoding / UTF-8 (`%FF`), or a control character (`%00`). Pure, so
 * route handlers and the proxy can both refuse such a URL before any parameter reaches a query.
 */
export function unreadableUrlReason(url: string): string | undefined {
  const { pathname, search } = new URL(url);
  const pieces = [...pathname.split("/"), ...search.slice(1).split(/[&=]/)];
  for (const raw of pieces) {
    const text = decoded(raw);
    if (text === undefined) return "请求地址含有无法识别的编码（不是有效的 UTF-8），请检查链接是否完整。";
    if (hasForbiddenCharacters(text)) return `请求地址的参数${CONTROL_CHARACTER_MESSAGE}`;
  }
  return undefined;
}
