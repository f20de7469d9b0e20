import type { FeeLine } from "@/lib/fees";

export function FeeLinesTable({ lines, unit }: { lines: FeeLine[]; unit: "件" | "页" }) {
  return (
    <table className="table">
      <caption className="muted">分档明细（超额累进）</caption>
      <thead>
        <tr>
          <th scope="col">档次</th>
          <th scope="col">本档{unit}数</th>
          <th scope="col">单价（元/{unit}）</th>
          <th scope="col">小计（元）</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.band}>
            <td>{line.band}</td>
            <td>{line.units.toLocaleString("zh-CN")}</td>
            <td>{line.unitPrice.toLocaleString("zh-CN")}</td>
            <td>{line.subtotal.toLocaleString("zh-CN")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
