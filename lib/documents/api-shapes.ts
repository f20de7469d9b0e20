import type { Jsonified } from "./cache-tags";
import type { PublicDocument } from "./public";
import type { SearchHit, SearchResult } from "./search";

/**
 * The JSON API's shapes (GET /api/v1/documents, /api/v1/documents/{id}). Field names follow the
 * glossary; dates are ISO (issuedOn a calendar date, publishedAt an instant); url is absolute.
 */
export function apiListItem(item: Jsonified<SearchHit>, origin: string) {
  return {
    id: item.id,
    indexNumber: item.indexNumber,
    title: item.title,
    docNumber: item.docNumber,
    agency: item.agency,
    category: item.category,
    issuedOn: item.issuedOn,
    publishedAt: item.publishedAt,
    validity: item.validity,
    url: `${origin}/documents/${item.id}`,
  };
}

export function apiList(result: Jsonified<SearchResult>, origin: string) {
  return { total: result.total, totalCapped: result.totalCapped, page: result.page, pageSize: result.pageSize, items: result.items.map((item) => apiListItem(item, origin)) };
}

export function apiDocument(doc: Jsonified<PublicDocument>, origin: string) {
  return {
    id: doc.id,
    indexNumber: doc.indexNumber,
    title: doc.title,
    agency: doc.agency,
    category: doc.category,
    docType: doc.docType,
    docNumber: doc.docNumber,
    signer: doc.signer,
    issuedOn: doc.issuedOn,
    changedOn: doc.changedOn,
    publishedAt: doc.publishedAt,
    validity: doc.validity,
    expiresOn: doc.expiresOn,
    repealedOn: doc.repealedOn,
    keywords: doc.keywords,
    summary: doc.summary,
    bodyHtml: doc.bodyHtml,
    attachments: doc.attachments.map((attachment) => ({
      fileName: attachment.fileName,
      mime: attachment.mime,
      size: attachment.size,
      url: `${origin}${attachment.url}`,
    })),
    interpretations: doc.interpretations.map((linked) => ({ id: linked.id, title: linked.title, url: `${origin}${linked.url}` })),
    interprets: doc.interprets.map((linked) => ({ id: linked.id, title: linked.title, url: `${origin}${linked.url}` })),
    url: `${origin}${doc.url}`,
  };
}
