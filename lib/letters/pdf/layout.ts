import type { PDFFont } from "pdf-lib";

/** Characters that may not begin a line (避头点): they hang into the right margin instead. */
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』】〕’”…—·,.;:?!)%"));

/**
 * Breaks a paragraph into lines no wider than `width` (the first indented by `firstIndent`).
 * Chinese text breaks between any two characters; a closing mark hangs rather than start a line.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  for (const part of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    let limit = width - firstIndent * (lines.length === 0 ? 1 : 0);
    for (const char of Array.from(part)) {
      const w = font.widthOfTextAtSize(char, size);
      if (line !== "" && lineWidth + w > limit && !NO_LINE_START.has(char)) {
        lines.push(line);
        line = "";
        lineWidth = 0;
        limit = width;
      }
      line += char;
      lineWidth += w;
    }
    lines.push(line);
  }
  return lines;
}

/** Column widths proportional to each column's longest cell (header included), each at least `min`. */
export function columnWidths(columns: string[], rows: string[][], total: number, min = 48): number[] {
  const weight = columns.map((column, i) => Math.max(2, Array.from(column).length, ...rows.map((row) => Math.min(24, Array.from(row[i] ?? "").length))));
  const sum = weight.reduce((a, b) => a + b, 0);
  const raw = weight.map((w) => Math.max(min, (w / sum) * total));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w * scale);
}
