/** Atom 1.0 (RFC 4287) feed of newly published documents. Pure: entries in, XML out. */
export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  agencyName: string;
  publishedAt: string;
  url: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export function buildAtomFeed(feed: { title: string; origin: string; updated: string; entries: FeedEntry[] }): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.url)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <published>${entry.publishedAt}</published>
    <updated>${entry.publishedAt}</updated>
    <author><name>${escapeXml(entry.agencyName)}</name></author>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(feed.origin)}/feed.xml</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.origin)}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.origin)}/catalogue"/>
  <updated>${feed.updated}</updated>
${entries}
</feed>
`;
}
