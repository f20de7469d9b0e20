"use client";

import { useActionState } from "react";
import type { BulkAssignResult } from "@/lib/applications/workbench/bulk-assign";
import type { ActionResult } from "@/lib/auth/action";

type BulkAction = (previous: ActionResult<BulkAssignResult> | null, formData: FormData) => Promise<ActionResult<BulkAssignResult>>;

/** 批量指定经办人: wraps the inbox table (its rows carry the `ids` checkboxes) with the assignee choice. */
export function BulkAssignForm({ action, assignees, children }: { action: BulkAction; assignees: { id: string; label: string }[]; children: React.ReactNode }) {
  const [state, formAction, pending] = useActionState(action, null);
  const result = state?.data;
  return (
    <form action={formAction} aria-label="批量指定经办人">
      {children}
      <div className="bulk-bar panel">
        <label htmlFor="bulk-assignee">将勾选的申请指定给</label>{" "}
        <select id="bulk-assignee" name="assigneeId" defaultValue="" required>
          <option value="">请选择经办人</option>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>{" "}
        <button className="button" type="submit" disabled={pending}>
          批量指定经办人
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state && !state.ok ? <p className="alert error">{state.message}</p> : null}
        {result ? (
          <div className="alert success">
            <p>已指定 {result.assigned.length} 件{result.assigned.length > 0 ? `：${result.assigned.join("、")}` : ""}。</p>
            {result.refused.length > 0 ? (
              <ul>
                {result.refused.map((r, i) => (
                  <li key={`${r.caseNumber}-${i}`}>
                    {r.caseNumber}：{r.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
