import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * An unknown address under /staff, /admin or /account. Without this catch-all Next answers with the
 * site's prerendered 404 page, whose scripts carry no nonce, while proxy.ts has already given the
 * response this section's per-request nonce policy: the browser would refuse the page's scripts.
 * Rendering the 404 per request gives it the nonce.
 */
export default async function UnknownPrivatePage(): Promise<never> {
  await connection();
  notFound();
}
