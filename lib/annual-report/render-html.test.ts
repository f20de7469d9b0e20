import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/documents/sanitize";
import { computeReport } from "@/lib/annual-report/rules/compute";
import { OUTCOME_ROWS, TABLE3_FIXED_ROWS } from "@/lib/annual-report/rules/rows";
import { SECTION_KEYS, SECTION_TITLES } from "@/lib/annual-report/rules/summary";
import { emptyInput } from "@/lib/annual-report/rules/test-support";
import { renderReportHtml } from "./render-html";

const report = computeReport(
  emptyInput({
    year: 2024,
    applications: [
      { column: "person", received: "inYear", finished: "inYear", row: "3.4", count: 2 },
      { column: "legal", received: "inYear", finished: "open", row: null, count: 1 },
    ],
    staffEntered: { licensing: 7, penalties: 0, coercion: 0, chargesWan: "0.03" },
  }),
);
const narrative = { overview: "第一段。\n\n第二段<script>", problems: "", other: "无。" };

/** Table 三's data rows: those with numbers (<td>), in printed order. */
function dataRows(html: string): string[] {
  const table3 = html.split("<h2>")[3]!;
  return [...table3.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).filter((row) => row.includes("<td"));
}

describe("the report in the official layout (国办公开办函〔2021〕30号)", () => {
  const html = renderReportHtml(report, narrative);

  it("has the six fixed section titles in order", () => {
    const titles = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(titles).toEqual(SECTION_KEYS.map((key) => SECTION_TITLES[key]));
  });

  it("prints table 三 with its 25 data rows and no subtotal rows (（三）…（六） are group cells)", () => {
    const rows = dataRows(html);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toContain(TABLE3_FIXED_ROWS.new);
    expect(rows[2]).toContain('<th rowspan="22">三、本年度办理结果</th>');
    const thirdGroup = rows.find((row) => row.includes("（三）不予公开"))!;
    expect(thirdGroup).toContain('<th rowspan="8">（三）不予公开</th>');
    expect(thirdGroup).toContain(OUTCOME_ROWS["3.1"]);
    const protectedRow = rows.find((row) => row.includes(OUTCOME_ROWS["3.4"]))!;
    expect(protectedRow).toContain("<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td>");
    expect(rows[24]).toContain(TABLE3_FIXED_ROWS.carriedOut);
  });

  it("writes 万元 as its exact text, escapes the narrative and marks an empty section", () => {
    expect(html).toContain('<td colspan="3">0.0300</td>');
    expect(html).toContain('<p style="text-indent: 2em">第二段&lt;script&gt;</p>');
    expect(html).toContain("<h2>五、存在的主要问题及改进情况</h2>\n<p>无。</p>");
  });

  it("links table 三's numbers to the drill-down when asked", () => {
    const linked = renderReportHtml(report, narrative, { cellHref: (row, column) => `/x?row=${row}&column=${column}` });
    expect(linked).toContain('<a href="/x?row=3.4&amp;column=person">2</a>');
  });

  it("survives the catalogue's sanitiser unchanged in structure", () => {
    const clean = sanitizeBody(html);
    expect(dataRows(clean)).toHaveLength(25);
    expect(clean).toContain('rowspan="22"');
    expect(clean).toContain("text-indent");
  });
});
