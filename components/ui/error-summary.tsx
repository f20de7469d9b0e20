"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { flattenFormErrors, type FormError } from "@/lib/validation/error-list";

/** An error for the summary; `targetId` when the control is not named after the path (a file control). */
export type SummaryError = FormError & { targetId?: string };

type Located = SummaryError & { href?: string };

/**
 * 错误摘要 (the GOV.UK error-summary pattern): after a failed submit, a box at the top of the form
 * lists every error as a link to its field, in the order of the page, and takes the focus — so a
 * keyboard or screen-reader user learns how many problems there are and reaches each one, instead
 * of landing on some field halfway down. It keeps what the last submit found until the next one;
 * the messages beside the fields follow the typing.
 */
export function useErrorSummary() {
  const [state, setState] = useState<{ errors: SummaryError[]; signal: number }>({ errors: [], signal: 0 });
  const show = useCallback((errors: SummaryError[]) => setState((s) => ({ errors, signal: s.signal + 1 })), []);
  const clear = useCallback(() => setState((s) => ({ errors: [], signal: s.signal })), []);
  /** For `handleSubmit(onValid, onInvalid)`: the form state's errors, as a summary. */
  const onInvalid = useCallback((tree: unknown) => show(flattenFormErrors(tree)), [show]);
  return { show, clear, onInvalid, props: state };
}

/** The control an error belongs to: the explicit id, else the first control of the form named after it. */
function findControl(scope: ParentNode, error: SummaryError): HTMLElement | null {
  if (error.targetId) return document.getElementById(error.targetId);
  return scope.querySelector<HTMLElement>(`[name="${CSS.escape(error.path)}"]`);
}

export function ErrorSummary({ errors, signal, title = "提交未成功，请修改以下内容" }: { errors: SummaryError[]; signal: number; title?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [located, setLocated] = useState<Located[]>([]);

  // Links need the controls' ids and the page order, which only the rendered form knows.
  useLayoutEffect(() => {
    const scope = box.current?.closest("form") ?? document;
    const withControls = errors.map((error) => ({ error, control: findControl(scope, error) }));
    const ordered = [...withControls].sort((a, b) => {
      if (!a.control || !b.control) return a.control ? -1 : b.control ? 1 : 0;
      return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    setLocated(ordered.map(({ error, control }) => ({ ...error, href: control?.id ? `#${control.id}` : undefined })));
  }, [errors]);

  useEffect(() => {
    if (signal > 0 && errors.length > 0) box.current?.focus();
  }, [signal, errors.length]);

  if (errors.length === 0) return null;
  const go = (event: React.MouseEvent<HTMLAnchorElement>, href: string) => {
    const control = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!control) return;
    event.preventDefault();
    // The label and hint above the control stay in view (GOV.UK: scroll to the label, focus the input).
    const label = control.closest(".field, fieldset") ?? control;
    label.scrollIntoView({ block: "start" });
    control.focus({ preventScroll: true });
  };
  return (
    <div ref={box} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} data-testid="error-summary">
      <h2 id={titleId}>{title}</h2>
      <ul>
        {(located.length === errors.length ? located : (errors as Located[])).map((error) => (
          <li key={`${error.path}-${error.targetId ?? ""}`}>
            {error.href ? (
              <a href={error.href} onClick={(event) => go(event, error.href!)}>
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
