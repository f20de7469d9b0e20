import { getDb } from "@/db/client";
import { suggestPublishedDocuments } from "@/lib/applications/document-suggestions";
import { json, route } from "@/lib/http/api";

/** GET /api/apply/suggestions?q=…&agency=… → published documents that may already answer an item. */
export const GET = route(async (request) => {
  const url = new URL(request.url);
  const items = await suggestPublishedDocuments(await getDb(), {
    q: url.searchParams.get("q") ?? "",
    agencyCode: url.searchParams.get("agency") || undefined,
  });
  return json({ items });
});
