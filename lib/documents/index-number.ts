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
