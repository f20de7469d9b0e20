/** One error of a form, as the error summary lists it: the field's path (its `name`) and the message. */
export type FormError = { path: string; message: string };

/**
 * react-hook-form's nested error tree (`{ applicant: { name: { message } }, items: [{ title: … }] }`)
 * as a flat list in the schema's order, one entry per field. An array's own error (`items.root` or a
 * message on the array) is listed under the array's path. Kept free of React so it can be unit-tested.
 */
export function flattenFormErrors(tree: unknown, prefix = ""): FormError[] {
  if (!tree || typeof tree !== "object") return [];
  const node = tree as Record<string, unknown>;
  const out: FormError[] = [];
  if (prefix && typeof node.message === "string" && node.message) out.push({ path: prefix, message: node.message });
  for (const [key, child] of Object.entries(node)) {
    if (key === "ref" || key === "message" || key === "type" || key === "types") continue;
    if (key === "root") {
      const message = (child as { message?: unknown } | undefined)?.message;
      if (typeof message === "string" && message && !out.some((e) => e.path === prefix)) out.push({ path: prefix, message });
      continue;
    }
    out.push(...flattenFormErrors(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}
