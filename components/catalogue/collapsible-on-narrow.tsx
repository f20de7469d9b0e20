"use client";

import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 760px)";
const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
};

/**
 * Open on a wide screen, closed on a narrow one (so a phone shows the results first, not the whole
 * category tree); a <details> either way, so a reader can open or close it. The content comes from
 * the server as children, not as props.
 */
export function CollapsibleOnNarrow({ summary, className, children }: { summary: string; className?: string; children: React.ReactNode }) {
  const narrow = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
  return (
    <details className={className} open={!narrow}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
