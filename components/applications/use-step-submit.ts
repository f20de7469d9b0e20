"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action";

export type StepNotice = { kind: "error" | "success"; text: string };

/**
 * An applicant's one-click step on the case page (转交, 缴费答复): sends it, says in Chinese what came
 * of it, and re-renders the page from the record when it was taken. A lost connection says so; the
 * page keeps what was chosen.
 */
export function useStepSubmit() {
  const router = useRouter();
  const [notice, setNotice] = useState<StepNotice>();
  const [pending, setPending] = useState(false);

  async function submit(send: () => Promise<ActionResult<unknown>>, { done, failed }: { done: string; failed: string }) {
    setNotice(undefined);
    setPending(true);
    try {
      const result = await send();
      setNotice({ kind: result.ok ? "success" : "error", text: result.message ?? (result.ok ? done : failed) });
      if (result.ok) router.refresh();
    } catch {
      setNotice({ kind: "error", text: "网络连接中断，请稍后重试。" });
    } finally {
      setPending(false);
    }
  }

  return { notice, setNotice, pending, submit };
}
