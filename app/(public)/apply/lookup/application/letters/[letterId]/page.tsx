import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getApplicantLetterById } from "@/lib/applications/applicant-letters";
import { provenApplicant } from "@/lib/auth/applicant";
import { loadForPage } from "@/lib/auth/page-guard";
import { LetterView } from "@/components/letters/letter-view";
import { LetterPdfActions } from "@/components/letters/letter-pdf-actions";
import { PrintButton } from "@/components/letters/print-button";

export const metadata: Metadata = { title: "文书" };
export const dynamic = "force-dynamic";

/** A letter of the application the look-up session proves or of its sub-applications; any other letter is 404. */
export default async function LookedUpLetterPage({ params }: { params: Promise<{ letterId: string }> }) {
  const { letterId } = await params;
  const proven = await provenApplicant();
  if (!proven) notFound();
  const path = `/apply/lookup/application/letters/${letterId}`;
  const { letter, caseNumber, pdf } = await loadForPage(async () => getApplicantLetterById(await getDb(), proven, letterId), path);
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="当前位置">
        <Link href="/apply/lookup">查询申请</Link> › <Link href="/apply/lookup/application">{caseNumber}</Link> › 文书
      </nav>
      <div className="letter-actions no-print">
        <PrintButton />
        <LetterPdfActions pdf={pdf} number={letter.number} href={`/api/applicant/letters/${letterId}/pdf`} />
      </div>
      <LetterView letter={letter} />
    </>
  );
}
