import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface WrkResult {
  perSecond: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors and time-outs. */
  errors: number;
}

/** Milliseconds from wrk's "877.12ms" / "1.02s" / "950.00us". */
function toMs(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return Number.NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Number(match[1]) * factor;
}

/** Parse the text `wrk --latency` prints. */
export function parseWrk(output: string): WrkResult {
  const perSecond = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN);
  const p50 = toMs(output.match(/^\s+50%\s+(\S+)/m)?.[1] ?? "");
  const p99 = toMs(output.match(/^\s+99%\s+(\S+)/m)?.[1] ?? "");
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return { perSecond, p50, p99, errors: non2xx + socketErrors };
}

/**
 * Load one URL with wrk (the kept HTTP load tool: Debian's `wrk`): `connections` keep-alive
 * clients for `seconds`, after a short warm-up.
 */
export async function wrk(url: string, { connections = 50, seconds = 10, threads = 2 } = {}): Promise<WrkResult> {
  try {
    await run("wrk", ["-t", String(threads), "-c", String(connections), "-d", "2s", url]);
    const { stdout } = await run("wrk", ["-t", String(threads), "-c", String(connections), "-d", `${seconds}s`, "--timeout", "5s", "--latency", url]);
    return parseWrk(stdout);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error("wrk is not installed: apt-get install wrk");
    throw error;
  }
}
