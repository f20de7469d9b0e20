import type { Jsonified } from "@/lib/documents/cache-tags";
import { VALIDITY_LABELS } from "@/lib/documents/labels";
import type { SearchHit } from "@/lib/documents/search";
import { documentUrl } from "@/lib/documents/public";
import { Highlighted } from "./highlighted";
import { formatDate } from "./format";

/**
 * The catalogue's list: 标题 first and widest (what a reader scans for), then 文号, 发布机构, 发布日期 and
 * 索引号. Column widths are fixed (catalogue.css) so no column squeezes another; on a narrow screen
 * each row becomes a card whose cells carry their heading (data-label). Plain links, not next/link:
 * a list of 20 client components costs the server more to render than the whole table, and each
 * would prefetch its page in the background.
 */
export function DocumentTable({ items, showAgency }: { items: Jsonified<SearchHit>[]; showAgency?: boolean }) {
  return (
    <table className={showAgency ? "table doc-table with-agency" : "table doc-table"}>
      <thead>
        <tr>
          <th scope="col" className="col-title">标题</th>
          <th scope="col" className="col-number">文号</th>
          {showAgency ? <th scope="col" className="col-agency">发布机构</th> : null}
          <th scope="col" className="col-date">发布日期</th>
          <th scope="col" className="col-index">索引号</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="title">
              <a href={documentUrl(item.id)}>
                <Highlighted segments={item.titleSegments} fallback={item.title} />
              </a>
              {item.validity !== "valid" ? <span className="status-tag late">{VALIDITY_LABELS[item.validity]}</span> : null}
              {item.snippetSegments.length ? (
                <span className="snippet">
                  <Highlighted segments={item.snippetSegments} />
                </span>
              ) : null}
            </td>
            <td data-label="文号">
              <Highlighted segments={item.docNumberSegments} fallback={item.docNumber ?? ""} />
            </td>
            {showAgency ? <td data-label="发布机构">{item.agency.name}</td> : null}
            <td data-label="发布日期" className="date">{formatDate(item.publishedAt)}</td>
            <td data-label="索引号" className="index-number">{item.indexNumber}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
