import type { Segment } from "@/lib/documents/highlight";

/** Matched pieces in <mark>, the rest as plain text (no wrapper per piece: fewer nodes to send); text only, so nothing from the database is rendered as HTML. */
export function Highlighted({ segments, fallback }: { segments: Segment[]; fallback?: string }) {
  if (segments.length === 0) return <>{fallback ?? ""}</>;
  return <>{segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
