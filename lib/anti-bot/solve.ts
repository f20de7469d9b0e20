/**
 * The browser side of the proof-of-work check: find a nonce with WebCrypto SHA-256, in small
 * batches with a macrotask between them, so the page keeps painting and answering input while the
 * person fills in the form (crypto promises alone can starve rendering on a slow or busy device).
 * Pure: it runs the same in Node 20 (tests) and in browsers.
 */
function zeroBits(digest: ArrayBuffer): number {
  const bytes = new Uint8Array(digest);
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function solveInBackground(
  { challenge, difficulty }: { challenge: string; difficulty: number },
  { batch = 128, signal }: { batch?: number; signal?: AbortSignal } = {},
): Promise<string> {
  const encoder = new TextEncoder();
  for (let start = 0; ; start += batch) {
    if (signal?.aborted) throw new Error("aborted");
    const nonces = Array.from({ length: batch }, (_, i) => String(start + i));
    const digests = await Promise.all(nonces.map((nonce) => crypto.subtle.digest("SHA-256", encoder.encode(`${challenge}:${nonce}`))));
    const found = digests.findIndex((digest) => zeroBits(digest) >= difficulty);
    if (found >= 0) return nonces[found]!;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
