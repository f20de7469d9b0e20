/**
 * Where to go after login: only a path of this site (no open redirect). The value is resolved the
 * way a browser would resolve it against the site's origin — so `/\evil.example`, `/%09/evil`,
 * `\\evil`, `//evil` and `https://evil` all resolve to another host and are refused — and the
 * answer is the resolved path, never the raw value. A path whose resolved form starts with `//`
 * (`/.//evil`) is refused too: handed to a browser it would be protocol-relative again.
 */
const PLACEHOLDER_ORIGIN = "http://portal.invalid";

export function safeCallbackPath(value: unknown, siteOrigin?: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || raw.length > 2000) return "";
  let origin: string;
  try {
    origin = new URL(siteOrigin ?? PLACEHOLDER_ORIGIN).origin;
  } catch {
    origin = PLACEHOLDER_ORIGIN;
  }
  let target: URL;
  try {
    target = new URL(raw, `${origin}/`);
  } catch {
    return "";
  }
  if (target.origin !== origin || target.username || target.password) return "";
  if (!target.pathname.startsWith("/") || target.pathname.startsWith("//")) return "";
  return `${target.pathname}${target.search}${target.hash}`;
}
