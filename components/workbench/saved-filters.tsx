"use client";

import Link from "next/link";
import { useActionState, useTransition } from "react";
import type { SavedFilter } from "@/lib/applications/workbench/saved-filters";
import type { ActionResult } from "@/lib/auth/action";

type SaveAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** The staff member's saved inbox filters: open one, delete one, save the current one under a name. */
export function SavedFilters({
  filters,
  currentQuery,
  save,
  remove,
}: {
  filters: SavedFilter[];
  currentQuery: string;
  save: SaveAction;
  remove: (id: string) => Promise<ActionResult>;
}) {
  const [state, saveAction, saving] = useActionState(save, null);
  const [removing, startRemoving] = useTransition();
  return (
    <section className="panel saved-filters" aria-labelledby="saved-filters-heading">
      <h2 id="saved-filters-heading">我的常用筛选</h2>
      {filters.length === 0 ? <p className="muted">尚未保存筛选。设置好筛选条件后，可在下方命名保存。</p> : null}
      <ul>
        {filters.map((f) => (
          <li key={f.id}>
            <Link href={`/staff/applications?${f.query}`}>{f.name}</Link>{" "}
            <button type="button" className="link-button" disabled={removing} onClick={() => startRemoving(async () => void (await remove(f.id)))} aria-label={`删除筛选“${f.name}”`}>
              删除
            </button>
          </li>
        ))}
      </ul>
      {currentQuery ? (
        <form action={saveAction} className="inline-form">
          <input type="hidden" name="query" value={currentQuery} />
          <label htmlFor="saved-filter-name">保存当前筛选为</label>{" "}
          <input id="saved-filter-name" name="name" maxLength={30} required />{" "}
          <button className="button" type="submit" disabled={saving}>
            保存
          </button>
        </form>
      ) : null}
      <div role="status" aria-live="polite">
        {state?.message ? <p className={state.ok ? "muted" : "alert error"}>{state.message}</p> : null}
      </div>
    </section>
  );
}
