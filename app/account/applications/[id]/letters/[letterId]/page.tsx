import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getApplicantLetter } from "@/lib/applications/applicant-letters";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { LetterView } from "@/components/letters/letter-view";
import { LetterPdfActions } from "@/components/letters/letter-pdf-actions";
import { PrintButton } from "@/components/letters/print-button";

export const metadata: Metadata = { title: "文书" };

export default async function MyLetterPage({ params }: { params: Promise<{ id: string; letterId: string }> }) {
  const { id, letterId } = await params;
  const path = `/account/applications/${id}/letters/${letterId}`;
  const actor = await requireRole(["citizen"], path);
  const { letter, caseNumber, pdf } = await loadForPage(async () => getApplicantLetter(await getDb(), actor, id, letterId), path);
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="当前位置">
        <Link href="/account/applications">我的申请</Link> › <Link href={`/account/applications/${id}`}>{caseNumber}</Link> › 文书
      </nav>
      <div className="letter-actions no-print">
        <PrintButton />
        <LetterPdfActions pdf={pdf} number={letter.number} href={`/api/applicant/letters/${letterId}/pdf`} />
      </div>
      <LetterView letter={letter} />
    </>
  );
}
