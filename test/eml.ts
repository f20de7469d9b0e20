/*
 * Reading the .eml files of the outbox's directory transport in tests (no mail parser is
 * installed; nodemailer writes plain multipart with base64 parts). Relative imports only: the e2e
 * specs use it too.
 */

/** The attachments of a nodemailer .eml (multipart, base64 parts): name → bytes. */
export function emlAttachments(raw: string): Map<string, Buffer> {
  const eml = raw.replace(/\r\n/g, "\n");
  const found = new Map<string, Buffer>();
  const boundary = /boundary="?([^";\n]+)"?/.exec(eml)?.[1];
  if (!boundary) return found; // a message without attachments is not multipart
  for (const part of eml.split(`--${boundary}`)) {
    const [head, ...body] = part.split("\n\n");
    const headers = (head ?? "").replace(/\n[ \t]+/g, " ");
    // RFC 2231 continuations (filename*0*=utf-8''…; filename*1*=…), as nodemailer writes a Chinese name.
    const pieces = [...headers.matchAll(/filename\*(\d+)\*?=([^;\s]+)/g)].sort((a, b) => Number(a[1]) - Number(b[1]));
    const name = pieces.length > 0 ? decodeURIComponent(pieces.map((m) => m[2]).join("").replace(/^utf-8''/i, "")) : /filename="?([^";\n]+)"?/.exec(headers)?.[1];
    if (name && /Content-Transfer-Encoding: base64/i.test(headers)) found.set(name, Buffer.from(body.join("").replace(/\s+/g, ""), "base64"));
  }
  return found;
}
