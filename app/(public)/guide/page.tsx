import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedGuide } from "@/app/_catalogue/data";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "政府信息公开指南" };

/** 政府信息公开指南 (条例第十二条), built from the agency's settings; one guide per agency. */
export default async function GuidePage({ searchParams }: { searchParams: Promise<{ agency?: string }> }) {
  const guide = await cachedGuide((await searchParams).agency ?? "");
  if (!guide) notFound();
  return (
    <article>
      <nav aria-label="当前位置" className="breadcrumb no-print">
        <Link href="/">政府信息公开</Link> › 政府信息公开指南
      </nav>
      <h1>{guide.agency.name}政府信息公开指南</h1>
      {guide.agencies.length > 1 ? (
        <p className="no-print">
          查看其他机关的指南：
          {guide.agencies
            .filter((entry) => entry.code !== guide.agency.code)
            .map((entry) => (
              <Link key={entry.code} href={`/guide?agency=${entry.code}`}>
                {entry.shortName}
              </Link>
            ))}
        </p>
      ) : null}
      {guide.sections.map((section) => (
        <section key={section.heading} className="panel">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.rows?.length ? (
            <table className="metadata-table">
              <tbody>
                {section.rows.map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {section.links?.length ? (
            <ul className="guide-tools no-print">
              {section.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </article>
  );
}
