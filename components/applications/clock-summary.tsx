import type { ClockView } from "@/lib/applications/clock-view";

/** 答复期限 with the working days left (or overdue) while the clock runs. */
export function ReplyDue({ clock }: { clock: ClockView }) {
  const remaining = clock.state === "running" ? clock.remainingWorkingDays : null;
  return (
    <>
      {clock.replyDueLabel}
      {remaining === null ? null : remaining >= 0 ? `（剩余 ${remaining} 个工作日）` : `（已逾期 ${-remaining} 个工作日）`}
    </>
  );
}

/** How the deadline was computed, step by step with its legal basis (workflow.md §4 rule 7). */
export function ClockExplanation({ clock, heading }: { clock: ClockView; heading: string }) {
  if (clock.explanation.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {clock.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
