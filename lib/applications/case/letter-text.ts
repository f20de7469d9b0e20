import { formatChineseDate, type Letter } from "@/lib/letters";

/** A letter as plain text (the e-mail body; the printable page renders the same structure). */
export function letterText(letter: Letter): string {
  const tables = (letter.tables ?? []).flatMap((t) => [t.caption, t.columns.join(" | "), ...t.rows.map((r) => r.join(" | "))]);
  return [
    letter.title,
    letter.number ?? "",
    "",
    `${letter.addressee}：`,
    ...letter.paragraphs,
    ...tables,
    ...(letter.remedy ?? []).map((r) => r.text),
    "",
    letter.signature,
    formatChineseDate(letter.date),
  ].join("\n");
}
