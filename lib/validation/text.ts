import { z } from "./zod";

/**
 * Free text from any boundary (forms, JSON, query strings, path segments, headers) goes through
 * these schemas. C0 control characters and DEL are invisible, break letters and CSV/XLSX exports,
 * and PostgreSQL refuses NUL outright ("invalid byte sequence"); a lone UTF-16 surrogate is not a
 * character at all. So they are refused with a Chinese message instead of reaching the database.
 * Multi-line text (textareas) keeps tab, line feed and carriage return, which browsers send.
 */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTER_MESSAGE = "内容含有不可见的控制字符或无法识别的字符（可能来自复制粘贴），请删除后重新输入。";

/** True when the text holds a character no field of ours accepts (see above). */
export function hasForbiddenCharacters(value: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

type StringParams = Parameters<typeof z.string>[0];

/** A one-line text field: `z.string()` that also refuses every control character. */
export function singleLineText(params?: StringParams) {
  return z.string(params).refine((value) => !hasForbiddenCharacters(value), { message: CONTROL_CHARACTER_MESSAGE, abort: true });
}

/** A multi-line text field (textarea): as above, but tab and line breaks are allowed. */
export function multiLineText(params?: StringParams) {
  return z
    .string(params)
    .refine((value) => !hasForbiddenCharacters(value, { multiline: true }), { message: CONTROL_CHARACTER_MESSAGE, abort: true });
}
