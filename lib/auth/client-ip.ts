/**
 * The client's address, for per-IP limits and the audit log.
 *
 * Trust model: the only address nobody can choose is the TCP peer of the connection. `next start`
 * does not expose it to route handlers, server actions or next-auth, and it does not append it to
 * X-Forwarded-For either: it sets that header only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js), so a
 * client-sent value reaches the app unchanged. Therefore the server stamps every request on arrival,
 * before Next sees it (lib/auth/client-ip-stamp.ts), with the address resolved here from the socket
 * and the configured number of trusted proxy hops; the app reads only that stamp.
 */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

/** The address when a request was not stamped (a request that arrived before start-up finished): one shared bucket, never a client-chosen one. */
export const UNKNOWN_IP = "unknown";

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) and `10.0.0.1` are one address. */
function normalise(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * Resolve the client from the socket peer and the X-Forwarded-For header as it arrived.
 * `hops` = 0: the peer (the header is ignored: anyone can send it). `hops` = n: each trusted proxy
 * appends the address it received the request from, so the n-th entry from the right is the one the
 * outermost trusted proxy saw; entries left of it were written by the client. With fewer entries
 * than hops (a request that bypassed a proxy) the leftmost known address is taken.
 */
export function resolveClientIp(peer: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer ?? ""].map(normalise);
  const index = Math.max(0, chain.length - 1 - hops);
  return chain[index] || UNKNOWN_IP;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** The stamped client address of this request (route handlers, server actions, next-auth's authorize). */
export function clientIp(headers: HeaderBag): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const address = Array.isArray(value) ? value[0] : value;
  return address?.trim() || UNKNOWN_IP;
}
