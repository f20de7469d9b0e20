import { z } from "zod";

// Fallback messages in Simplified Chinese for any rule that does not carry its own message.
z.config(z.locales.zhCN());

export { z };

/** Field path → first Chinese message, the shape forms and the JSON API report errors in. */
export function fieldErrors(error: z.ZodError): { path: string; message: string }[] {
  const seen = new Set<string>();
  const errors: { path: string; message: string }[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message: issue.message });
  }
  return errors;
}
