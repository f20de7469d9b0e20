import Link from "next/link";
import { letterVerifyPath } from "@/lib/letters/signed/verify-path";

/**
 * The signed PDF of a numbered letter (issue 16): its download, its SHA-256 and where anyone can
 * check it. Letters without one (unnumbered, or issued before) show nothing.
 */
export function LetterPdfActions({ pdf, number, href }: { pdf: { sha256: string } | null; number: string | null; href: string }) {
  if (!pdf || !number) return null;
  return (
    <>
      <a className="button secondary" href={href} download>
        下载电子签章文书（PDF）
      </a>
      <p className="letter-pdf-hash">
        SHA-256：<code data-testid="letter-pdf-sha256">{pdf.sha256}</code>（<Link href={letterVerifyPath(number)}>核验</Link>）
      </p>
    </>
  );
}
