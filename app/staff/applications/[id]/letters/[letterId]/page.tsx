import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getStaffLetter } from "@/lib/applications/workbench/case-view";
import { WORKBENCH_ROLES } from "@/lib/applications/workbench/inbox";
import { loadForPage } from "@/lib/auth/page-guard";
import { requireRole } from "@/lib/auth/session";
import { LetterView } from "@/components/letters/letter-view";
import { LetterPdfActions } from "@/components/letters/letter-pdf-actions";
import { PrintButton } from "@/components/letters/print-button";

export const metadata: Metadata = { title: "文书" };

export default async function StaffLetterPage({ params }: { params: Promise<{ id: string; letterId: string }> }) {
  const { id, letterId } = await params;
  const path = `/staff/applications/${id}/letters/${letterId}`;
  const actor = await requireRole(WORKBENCH_ROLES, path);
  const { letter, caseNumber, pdf } = await loadForPage(async () => getStaffLetter(await getDb(), actor, id, letterId), path);
  return (
    <>
      <nav className="breadcrumb no-print" aria-label="当前位置">
        <Link href="/staff">工作台</Link> › <Link href="/staff/applications">依申请公开</Link> ›{" "}
        <Link href={`/staff/applications/${id}`}>{caseNumber}</Link> › 文书
      </nav>
      <div className="letter-actions no-print">
        <PrintButton />
        <LetterPdfActions pdf={pdf} number={letter.number} href={`/api/staff/applications/${id}/letters/${letterId}/pdf`} />
        <Link className="button secondary" href={`/staff/applications/${id}`}>
          返回申请
        </Link>
      </div>
      <LetterView letter={letter} />
    </>
  );
}
