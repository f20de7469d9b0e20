import Link from "next/link";
import type { Jsonified } from "@/lib/documents/cache-tags";
import type { SearchHit } from "@/lib/documents/search";
import { documentUrl } from "@/lib/documents/public";
import { formatDate } from "./format";

/** Documents grouped under headings (by agency, then year), as the column's fixed entries list them. */
export function GroupedDocumentList({ groups }: { groups: { heading: string; items: Jsonified<SearchHit>[] }[] }) {
  if (groups.length === 0) return <p>暂无内容。</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.heading} className="panel">
          <h2>{group.heading}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                <Link href={documentUrl(item.id)}>{item.title}</Link>{" "}
                <span className="muted">
                  {item.docNumber ? `${item.docNumber} · ` : ""}
                  {formatDate(item.publishedAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
