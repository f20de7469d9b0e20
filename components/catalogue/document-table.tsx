import Link from "next/link";
import type { Jsonified } from "@/lib/documents/cache-tags";
import { VALIDITY_LABELS } from "@/lib/documents/labels";
import type { SearchHit } from "@/lib/documents/search";
import { documentUrl } from "@/lib/documents/public";
import { Highlighted } from "./highlighted";
import { formatDate } from "./format";

/** The catalogue's list: 索引号, 标题, 文号, 发布日期 (the columns users expect on a government portal). */
export function DocumentTable({ items, showAgency }: { items: Jsonified<SearchHit>[]; showAgency?: boolean }) {
  return (
    <table className="table doc-table">
      <thead>
        <tr>
          <th scope="col">索引号</th>
          <th scope="col">标题</th>
          <th scope="col">文号</th>
          {showAgency ? <th scope="col">发布机构</th> : null}
          <th scope="col">发布日期</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="index-number">{item.indexNumber}</td>
            <td>
              <Link href={documentUrl(item.id)}>
                <Highlighted segments={item.titleSegments} fallback={item.title} />
              </Link>
              {item.validity !== "valid" ? <span className="status-tag late"> {VALIDITY_LABELS[item.validity]}</span> : null}
              {item.snippetSegments.length ? (
                <span className="snippet">
                  <Highlighted segments={item.snippetSegments} />
                </span>
              ) : null}
            </td>
            <td>{item.docNumber ?? ""}</td>
            {showAgency ? <td>{item.agency.name}</td> : null}
            <td className="date">{formatDate(item.publishedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
