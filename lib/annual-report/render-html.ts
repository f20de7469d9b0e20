import { TABLE2_LABELS as L, TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS, TABLE4_KIND_LABELS } from "@/lib/annual-report/rules/labels";
import { APPLICANT_COLUMNS, APPLICANT_COLUMN_KEYS, OUTCOME_GROUPS, OUTCOME_GROUP_KEYS, rowsOfGroup, type ApplicantColumn, type Table3Key } from "@/lib/annual-report/rules/rows";
import { SECTION_TITLES } from "@/lib/annual-report/rules/summary";
import { TABLE4_KINDS, TABLE4_RESULT_COLUMNS, type AnnualReport } from "@/lib/annual-report/rules/types";
import { TABLE3_CORNER_NOTE, table3PrintedRows } from "@/lib/annual-report/rules/xlsx";
import type { ReportNarrative } from "./snapshot";

/**
 * The report in the official layout of 国办公开办函〔2021〕30号 as HTML: the six fixed sections, the
 * narrative as paragraphs and tables 二、三、四 with their exact labels (table 三 without subtotal
 * rows, as in the XLSX export). One markup for the published catalogue document, the print page
 * and the staff preview; `cellHref` turns table 三's numbers into drill-down links on the staff page.
 * Only tags and attributes the catalogue's sanitiser keeps are used.
 */
export function renderReportHtml(
  report: AnnualReport,
  narrative: ReportNarrative,
  { cellHref }: { cellHref?: (key: Table3Key, column: ApplicantColumn | "total") => string } = {},
): string {
  return [
    section(SECTION_TITLES.overview, paragraphs(narrative.overview)),
    section(SECTION_TITLES.proactive, table2(report)),
    section(SECTION_TITLES.applications, table3(report, cellHref)),
    section(SECTION_TITLES.review, table4(report)),
    section(SECTION_TITLES.problems, paragraphs(narrative.problems)),
    section(SECTION_TITLES.other, paragraphs(narrative.other)),
  ].join("\n");
}

/** Only the statistical sections (二、三、四): a consolidation has no narrative of its own. */
export function renderReportTablesHtml(report: AnnualReport): string {
  return [
    section(SECTION_TITLES.proactive, table2(report)),
    section(SECTION_TITLES.applications, table3(report)),
    section(SECTION_TITLES.review, table4(report)),
  ].join("\n");
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function section(title: string, content: string): string {
  return `<h2>${escapeHtml(title)}</h2>\n${content}`;
}

/** Blank-line or line-break separated text → indented paragraphs. */
function paragraphs(text: string): string {
  const lines = text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return "<p>无。</p>";
  return lines.map((line) => `<p style="text-indent: 2em">${escapeHtml(line)}</p>`).join("\n");
}

type Cell = { text: string | number; colspan?: number; rowspan?: number; header?: boolean; href?: string };

function cell({ text, colspan, rowspan, header, href }: Cell): string {
  const tag = header ? "th" : "td";
  const span = `${colspan && colspan > 1 ? ` colspan="${colspan}"` : ""}${rowspan && rowspan > 1 ? ` rowspan="${rowspan}"` : ""}`;
  const content = href ? `<a href="${escapeHtml(href)}">${escapeHtml(String(text))}</a>` : escapeHtml(String(text));
  return `<${tag}${span}>${content}</${tag}>`;
}

function row(cells: Cell[]): string {
  return `<tr>${cells.map(cell).join("")}</tr>`;
}

function table(caption: string, rows: string[]): string {
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function table2(report: AnnualReport): string {
  const t = report.table2;
  const h = (text: string, colspan?: number): Cell => ({ text, colspan, header: true });
  const block = (heading: string, valueLabel: string, lines: [string, string | number][]) => [
    row([h(heading, 4)]),
    row([h(L.content), h(valueLabel, 3)]),
    ...lines.map(([label, value]) => row([h(label), { text: value, colspan: 3 }])),
  ];
  return table(SECTION_TITLES.proactive, [
    row([h(L.article20Item1, 4)]),
    row([h(L.content), h(L.issued), h(L.repealed), h(L.valid)]),
    ...(["regulations", "normativeDocuments"] as const).map((kind) =>
      row([h(L[kind]), { text: t[kind].issued }, { text: t[kind].repealed }, { text: t[kind].valid }]),
    ),
    ...block(L.article20Item5, L.decisions, [[L.licensing, t.licensing]]),
    ...block(L.article20Item6, L.decisions, [
      [L.penalties, t.penalties],
      [L.coercion, t.coercion],
    ]),
    ...block(L.article20Item8, L.chargesWan, [[L.charges, t.chargesWan]]),
  ]);
}

function table3(report: AnnualReport, cellHref?: (key: Table3Key, column: ApplicantColumn | "total") => string): string {
  const columns = [...APPLICANT_COLUMN_KEYS, "total"] as const;
  const h = (text: string, colspan?: number, rowspan?: number): Cell => ({ text, colspan, rowspan, header: true });
  const printed = table3PrintedRows();
  const firstOfGroup = new Map(OUTCOME_GROUP_KEYS.map((group) => [rowsOfGroup(group)[0], group]));
  const resultRows = printed.filter((p) => p.level !== 1).length;
  const lines = [
    row([h(TABLE3_CORNER_NOTE, 3, 3), h("申请人情况", 7)]),
    row([h(APPLICANT_COLUMNS.person, 1, 2), h("法人或其他组织", 5), h(APPLICANT_COLUMNS.total, 1, 2)]),
    row((["commercial", "research", "nonprofit", "legal", "other"] as const).map((column) => h(APPLICANT_COLUMNS[column]))),
  ];
  for (const { key, label, level } of printed) {
    const labels: Cell[] = [];
    if (level === 1) labels.push(h(label, 3));
    if (key === "1") labels.push(h("三、本年度办理结果", 1, resultRows));
    if (level === 2) labels.push(h(label, 2));
    if (level === 3) {
      const group = firstOfGroup.get(key as never);
      if (group) labels.push(h(OUTCOME_GROUPS[group], 1, rowsOfGroup(group).length));
      labels.push(h(label));
    }
    const values = columns.map((column): Cell => ({ text: report.table3[key][column], href: cellHref?.(key, column) }));
    lines.push(row([...labels, ...values]));
  }
  return table(SECTION_TITLES.applications, lines);
}

function table4(report: AnnualReport): string {
  const columns = [...TABLE4_RESULT_COLUMNS, "total"] as const;
  const h = (text: string, colspan?: number, rowspan?: number): Cell => ({ text, colspan, rowspan, header: true });
  return table(SECTION_TITLES.review, [
    row([h(TABLE4_GROUP_LABELS.reconsideration, 5), h(TABLE4_GROUP_LABELS.litigation, 10)]),
    row([
      ...columns.map((column) => h(TABLE4_COLUMN_LABELS[column], 1, 2)),
      h(TABLE4_KIND_LABELS.litigationDirect, 5),
      h(TABLE4_KIND_LABELS.litigationAfterReconsideration, 5),
    ]),
    row([...columns, ...columns].map((column) => h(TABLE4_COLUMN_LABELS[column]))),
    row(TABLE4_KINDS.flatMap((kind) => columns.map((column): Cell => ({ text: report.table4[kind][column] })))),
  ]);
}
