import { publicBaseUrl } from "@/lib/config";

/**
 * The public origin for absolute links (API `url`, feed, sitemap, robots): the configured public
 * base URL (lib/config), never the Host a request came with — the feed and the sitemap used to
 * disagree (localhost against 127.0.0.1) and a forged Host header must not rewrite our links.
 */
export function publicOrigin(): string {
  return publicBaseUrl();
}
