import { getDb } from "@/db/client";
import { deadlineFeed } from "@/lib/applications/deadline-feed/feed";
import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/**
 * An application's deadlines as an iCal feed (issue 16.5), for calendar apps that poll without a
 * session: the secret in the URL is the credential. A revoked or unknown URL is a 404 in Chinese.
 */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
  const body = token ? await deadlineFeed(await getDb(), token) : null;
  if (body === null) throw new NotFoundError("该订阅链接无效或已撤销。请在申请详情页重新订阅。");
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="deadlines.ics"',
      // Every poll recomputes from the ledger; nothing in between may keep a copy (the URL is a secret).
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
      "referrer-policy": "no-referrer",
    },
  });
});
