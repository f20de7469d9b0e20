import { config } from "@/lib/config";

/**
 * The public origin for absolute links (API `url`, feed, sitemap): NEXTAUTH_URL when configured
 * (the deployment's canonical address), otherwise the address the request came to.
 */
export function publicOrigin(requestUrl: string | URL): string {
  const configured = config().NEXTAUTH_URL;
  return new URL(configured ?? requestUrl).origin;
}
