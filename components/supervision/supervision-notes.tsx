"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { markSupervisionNoteHandledAction } from "@/app/staff/applications/actions";
import { Alert } from "@/components/ui/alert";
import type { SupervisionNote } from "@/lib/supervision/notes";
import { chinaDateTime } from "@/lib/validation/china-date";

/** 督办事项 in the agency's inbox (issue 15.2): what the district 政务公开办 asked, until marked handled. */
export function SupervisionNotes({ notes }: { notes: SupervisionNote[] }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string>();
  if (notes.length === 0) return null;

  async function handled(id: string) {
    setProblem(undefined);
    try {
      const result = await markSupervisionNoteHandledAction(id);
      if (result.ok) router.refresh();
      else setProblem(result.message ?? "操作未成功，请稍后重试。");
    } catch {
      setProblem("网络连接中断，请稍后重试。");
    }
  }

  return (
    <section className="panel" aria-labelledby="supervision-heading">
      <h2 id="supervision-heading">督办事项（{notes.length}）</h2>
      {problem ? <Alert kind="error">{problem}</Alert> : null}
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <strong>{note.authorName}</strong>（{chinaDateTime(note.createdAt)}）
            {note.caseNumber && note.applicationId ? (
              <>
                {" "}
                关于 <Link href={`/staff/applications/${note.applicationId}`}>{note.caseNumber}</Link>
              </>
            ) : null}
            ：{note.text}{" "}
            <button type="button" className="button secondary" onClick={() => handled(note.id)}>
              已处理
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
