/**
 * 索引号 from the agency's template (catalogue.md; Policy default `{agencyCode}/{year}-{serial:5}`).
 * Placeholders: {agencyCode}, {year}, {serial} or {serial:N} (zero-padded to N digits).
 */
export function formatIndexNumber(template: string, values: { agencyCode: string; year: number; serial: number }): string {
  return template
    .replaceAll("{agencyCode}", values.agencyCode)
    .replaceAll("{year}", String(values.year))
    .replace(/\{serial(?::(\d{1,2}))?\}/g, (_, width: string | undefined) => String(values.serial).padStart(Number(width ?? 0), "0"));
}

/**
 * Read the year and serial back from a 索引号 written with this template (e.g. one imported from
 * the agency's old site), so the generator can skip past it. Undefined when it does not fit.
 */
export function parseIndexNumber(template: string, agencyCode: string, indexNumber: string): { year: number; serial: number } | undefined {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let order: ("year" | "serial")[] = [];
  const pattern = template.split(/(\{agencyCode\}|\{year\}|\{serial(?::\d{1,2})?\})/).map((part) => {
    if (part === "{agencyCode}") return escape(agencyCode);
    if (part === "{year}") {
      order = [...order, "year"];
      return "(\\d{4})";
    }
    if (part.startsWith("{serial")) {
      order = [...order, "serial"];
      return "(\\d+)";
    }
    return escape(part);
  });
  const match = new RegExp(`^${pattern.join("")}$`).exec(indexNumber);
  if (!match || !order.includes("year") || !order.includes("serial")) return undefined;
  return { year: Number(match[order.indexOf("year") + 1]), serial: Number(match[order.indexOf("serial") + 1]) };
}
