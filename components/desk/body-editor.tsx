"use client";

import { useDeferredValue, useRef } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { sanitizeBody } from "@/lib/documents/sanitize";

interface Props {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  registration: UseFormRegisterReturn<"body">;
  value: string;
  onChange: (value: string) => void;
}

/** What a toolbar button puts around the selected text (the safe subset of lib/documents/sanitize.ts). */
const MARKUP: { label: string; wrap: (selected: string) => string }[] = [
  { label: "二级标题", wrap: (text) => `<h2>${text || "标题"}</h2>` },
  { label: "三级标题", wrap: (text) => `<h3>${text || "标题"}</h3>` },
  { label: "段落", wrap: (text) => `<p>${text || "段落文字"}</p>` },
  { label: "加粗", wrap: (text) => `<strong>${text || "文字"}</strong>` },
  {
    label: "列表",
    wrap: (text) => `<ul>\n${(text || "第一项\n第二项").split("\n").filter(Boolean).map((line) => `  <li>${line}</li>`).join("\n")}\n</ul>`,
  },
];

/**
 * 正文 editor: the text (plain paragraphs or the safe HTML subset) with a small toolbar, and a live
 * preview rendered by the same sanitiser the server applies on save, so what the publisher sees is
 * what will be published.
 */
export function BodyEditor({ id, describedBy, invalid, registration, value, onChange }: Props) {
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const preview = useDeferredValue(value);

  function apply(wrap: (selected: string) => string) {
    const element = textarea.current;
    if (!element) return;
    const { selectionStart, selectionEnd } = element;
    const inserted = wrap(value.slice(selectionStart, selectionEnd));
    onChange(value.slice(0, selectionStart) + inserted + value.slice(selectionEnd));
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(selectionStart, selectionStart + inserted.length);
    });
  }

  return (
    <div className="body-editor-layout">
      <div>
        <div className="body-toolbar" role="toolbar" aria-label="排版工具" aria-controls={id}>
          {MARKUP.map((item) => (
            <button key={item.label} type="button" className="button secondary" onClick={() => apply(item.wrap)}>
              {item.label}
            </button>
          ))}
        </div>
        <textarea
          id={id}
          className="body-editor"
          rows={16}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          {...registration}
          ref={(element) => {
            registration.ref(element);
            textarea.current = element;
          }}
        />
      </div>
      <section className="body-preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>预览（发布后的样子）</h3>
        {/* The server's sanitiser, run here too: the same safe subset that will be stored. */}
        <div className="document-body" dangerouslySetInnerHTML={{ __html: sanitizeBody(preview) }} />
      </section>
    </div>
  );
}
