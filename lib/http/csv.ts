/** A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection): prefix it with '. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** UTF-8 CSV with a BOM (Excel opens it as UTF-8), RFC 4180 quoting and CRLF lines; formula-like cells are defused. */
export function csvDocument(lines: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = defuseFormula(String(value));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${lines.map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}
