"use client";

import { useEffect, useState } from "react";
import type { DocumentSuggestion } from "@/lib/applications/document-suggestions";

/** "这些信息可能已经公开": published documents matching an item title, fetched as the applicant types. */
export function ItemSuggestions({ title, agency }: { title: string; agency: string }) {
  const [suggestions, setSuggestions] = useState<DocumentSuggestion[]>([]);
  const query = title.trim();

  useEffect(() => {
    if ([...query].length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: query, agency });
        const response = await fetch(`/api/apply/suggestions?${params}`, { signal: controller.signal });
        if (response.ok) setSuggestions(((await response.json()) as { items: DocumentSuggestion[] }).items);
      } catch {
        // Suggestions are a help, never a blocker: ignore network errors.
      }
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, agency]);

  const visible = [...query].length >= 2 ? suggestions : [];
  return (
    <div aria-live="polite">
      {visible.length > 0 ? (
        <div className="suggestions">
          <h4>这些信息可能已经公开</h4>
          <p className="muted" style={{ margin: "0 0 4px" }}>
            以下已主动公开的政府信息可能已能满足您的需要，可先查看；如仍需申请，请继续填写。
          </p>
          <ul>
            {visible.map((doc) => (
              <li key={doc.id}>
                <a href={doc.url} target="_blank" rel="noreferrer">
                  {doc.title}
                </a>
                {doc.docNumber ? <span className="muted">（{doc.docNumber}）</span> : null}
                <span className="muted"> {doc.agencyName}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
