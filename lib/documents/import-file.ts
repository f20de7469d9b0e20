import type { ImportRow } from "./import";

/**
 * Read an import file into rows with their line numbers: JSON Lines (one object per line) or CSV
 * (RFC 4180: a header row of field names, quoted fields may hold commas, quotes and line breaks).
 * A line that cannot be read at all becomes a row whose value is a string, which validation refuses.
 */
export function parseImportFile(fileName: string, text: string): ImportRow[] {
  const content = text.replace(/^\uFEFF/, ""); // Excel writes a BOM
  return /\.csv$/i.test(fileName) ? parseCsv(content) : parseJsonLines(content);
}

function parseJsonLines(text: string): ImportRow[] {
  const rows: ImportRow[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      rows.push({ line: index + 1, value: JSON.parse(line) as unknown });
    } catch {
      rows.push({ line: index + 1, value: "这一行不是有效的 JSON" });
    }
  });
  return rows;
}

/** Records of a CSV text, each with the line it starts on. */
export function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((value) => value !== "")) records.push({ line: recordLine, fields });
      fields = [];
      field = "";
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  fields.push(field);
  if (fields.some((value) => value !== "")) records.push({ line: recordLine, fields });
  return records;
}

function parseCsv(text: string): ImportRow[] {
  const [header, ...records] = csvRecords(text);
  if (!header) return [];
  const names = header.fields.map((name) => name.trim());
  return records.map(({ line, fields }) => ({
    line,
    value: Object.fromEntries(names.map((name, i) => [name, fields[i] ?? ""])),
  }));
}
