import { TABLE2_LABELS } from "@/lib/annual-report/rules/labels";
import { OUTCOME_GROUPS, OUTCOME_ROWS, TABLE3_FIXED_ROWS } from "@/lib/annual-report/rules/rows";
import { TABLE4_KINDS, type AnnualReport } from "@/lib/annual-report/rules/types";
import { TABLE4_KIND_FULL_LABELS } from "@/lib/annual-report/rules/labels";

type Line = { label: string; value: (report: AnnualReport) => number | string };

const LINES: Line[] = [
  { label: `${TABLE2_LABELS.regulations}${TABLE2_LABELS.issued}`, value: (r) => r.table2.regulations.issued },
  { label: `${TABLE2_LABELS.normativeDocuments}${TABLE2_LABELS.issued}`, value: (r) => r.table2.normativeDocuments.issued },
  { label: `${TABLE2_LABELS.normativeDocuments}${TABLE2_LABELS.valid}`, value: (r) => r.table2.normativeDocuments.valid },
  { label: `${TABLE2_LABELS.licensing}${TABLE2_LABELS.decisions}`, value: (r) => r.table2.licensing },
  { label: `${TABLE2_LABELS.penalties}${TABLE2_LABELS.decisions}`, value: (r) => r.table2.penalties },
  { label: `${TABLE2_LABELS.coercion}${TABLE2_LABELS.decisions}`, value: (r) => r.table2.coercion },
  { label: `${TABLE2_LABELS.charges}（万元）`, value: (r) => r.table2.chargesWan },
  { label: TABLE3_FIXED_ROWS.new, value: (r) => r.table3.new.total },
  { label: TABLE3_FIXED_ROWS.carriedIn, value: (r) => r.table3.carriedIn.total },
  { label: OUTCOME_ROWS["1"], value: (r) => r.table3["1"].total },
  { label: "（二）部分公开", value: (r) => r.table3["2"].total },
  ...(["3", "4", "5", "6"] as const).map((group): Line => ({ label: OUTCOME_GROUPS[group], value: (r) => r.table3[group].total })),
  { label: TABLE3_FIXED_ROWS.total, value: (r) => r.table3.total.total },
  { label: TABLE3_FIXED_ROWS.carriedOut, value: (r) => r.table3.carriedOut.total },
  ...TABLE4_KINDS.map((kind): Line => ({ label: `${TABLE4_KIND_FULL_LABELS[kind]}总计`, value: (r) => r.table4[kind].total })),
  { label: "发出收费通知（件）", value: (r) => r.fees.noticesIssued },
  { label: "实际收取信息处理费（元）", value: (r) => r.fees.collected },
];

/** Side by side with last year's report: the figures a reader compares first. */
export function ReportComparison({ report, previous }: { report: AnnualReport; previous: AnnualReport }) {
  return (
    <div className="table-scroll">
      <table className="table report-compare">
        <caption>与{previous.year}年度比较（表三为各行总计）</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">{previous.year}年度</th>
            <th scope="col">{report.year}年度</th>
          </tr>
        </thead>
        <tbody>
          {LINES.map(({ label, value }) => {
            const before = value(previous);
            const now = value(report);
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{before}</td>
                <td className={before === now ? undefined : "changed"}>{now}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
