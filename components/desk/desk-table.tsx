import Link from "next/link";
import { DOCUMENT_STATUS_LABELS } from "@/lib/documents/labels";
import type { DeskListItem } from "@/lib/documents/desk";
import { formatDate } from "@/components/catalogue/format";
import { TimelinessTag } from "./timeliness-tag";

export function DeskTable({ items }: { items: DeskListItem[] }) {
  if (items.length === 0) return <p className="muted">暂无。</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">索引号</th>
          <th scope="col">标题</th>
          <th scope="col">分类</th>
          <th scope="col">状态</th>
          <th scope="col">成文日期</th>
          <th scope="col">发布日期</th>
          <th scope="col">公开时限</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{item.indexNumber}</td>
            <td>
              <Link href={`/staff/documents/${item.id}`}>{item.title}</Link>
            </td>
            <td>{item.categoryName}</td>
            <td>{DOCUMENT_STATUS_LABELS[item.status]}</td>
            <td>{item.issuedOn}</td>
            <td>{formatDate(item.publishedAt)}</td>
            <td>
              <TimelinessTag value={item.timeliness} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
