"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { solveInBackground } from "@/lib/anti-bot/solve";

export interface Proof {
  challenge: string;
  nonce: string;
}
export type ProofStatus = "working" | "ready" | "failed";

/**
 * The accessible anti-bot check: fetch a signed challenge and solve it in the background while the
 * applicant fills in the form. `get()` returns the proof (waiting for it if needed); `renew()`
 * starts over (after an expired challenge).
 */
export function useProofOfWork(): { status: ProofStatus; get: () => Promise<Proof>; renew: () => Promise<Proof> } {
  const [status, setStatus] = useState<ProofStatus>("working");
  const pending = useRef<Promise<Proof> | null>(null);

  const start = useCallback((): Promise<Proof> => {
    const work = (async () => {
      const response = await fetch("/api/apply/challenge", { cache: "no-store" });
      if (!response.ok) throw new Error(`challenge ${response.status}`);
      const challenge = (await response.json()) as { challenge: string; difficulty: number };
      const nonce = await solveInBackground(challenge);
      return { challenge: challenge.challenge, nonce };
    })();
    pending.current = work;
    work.then(
      () => pending.current === work && setStatus("ready"),
      () => pending.current === work && setStatus("failed"),
    );
    return work;
  }, []);

  useEffect(() => {
    void start().catch(() => {});
  }, [start]);

  const renew = useCallback(() => {
    setStatus("working");
    return start();
  }, [start]);

  const get = useCallback(async () => {
    try {
      return await (pending.current ?? start());
    } catch {
      return renew();
    }
  }, [start, renew]);

  return { status, get, renew };
}

export const PROOF_STATUS_TEXT: Record<ProofStatus, string> = {
  working: "正在进行自动安全验证，无需任何操作，您可以继续填写……",
  ready: "自动安全验证已完成。",
  failed: "自动安全验证未能完成（可能是网络问题）。提交时将自动重试。",
};
