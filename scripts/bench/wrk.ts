import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface WrkResult {
  perSecond: number;
  p50: number;
  /** From the Lua report line (scripts/bench/wrk-report.lua, wrk-paths.lua); wrk --latency has no p95. */
  p90?: number;
  p95?: number;
  p99: number;
  /** Non-2xx answers, socket errors and time-outs. */
  errors: number;
  /** wrk-paths.lua: paths asked for / in the file, and nginx's X-Cache-Status answers. */
  paths?: { used: number; available: number; misses: number; others: number };
}

/** Milliseconds from wrk's "877.12ms" / "1.02s" / "950.00us". */
function toMs(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return Number.NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Number(match[1]) * factor;
}

/** Parse the text `wrk --latency` prints (and the lines our Lua scripts add, when present). */
export function parseWrk(output: string): WrkResult {
  const perSecond = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN);
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  // The Lua line is exact (microseconds); wrk's own table is rounded to 2 digits.
  const lua = output.match(/^wrk-percentiles p50=(\d+) p90=(\d+) p95=(\d+) p99=(\d+)$/m);
  const micro = (index: number) => Number(lua![index]) / 1000;
  const p50 = lua ? micro(1) : toMs(output.match(/^\s+50%\s+(\S+)/m)?.[1] ?? "");
  const p99 = lua ? micro(4) : toMs(output.match(/^\s+99%\s+(\S+)/m)?.[1] ?? "");
  const used = output.match(/^wrk-paths used=(\d+) available=(\d+) misses=(\d+) others=(\d+)$/m);
  return {
    perSecond,
    p50,
    ...(lua ? { p90: micro(2), p95: micro(3) } : {}),
    p99,
    errors: non2xx + socketErrors,
    ...(used ? { paths: { used: Number(used[1]), available: Number(used[2]), misses: Number(used[3]), others: Number(used[4]) } } : {}),
  };
}

const SCRIPTS = path.join(process.cwd(), "scripts", "bench");

export interface WrkOptions {
  connections?: number;
  seconds?: number;
  threads?: number;
  /** A 2 s run first (not for misses: it would spend the never-requested paths). */
  warmUp?: boolean;
  /** A file of paths, each asked for once in turn (wrk-paths.lua); else the one URL (wrk-report.lua). */
  pathsFile?: string;
}

/**
 * Load one URL with wrk (the kept HTTP load tool: Debian's `wrk`, in C, so the load generator
 * does not take the app's CPU the way an in-process Node one does): `connections` keep-alive
 * clients for `seconds`. Latency is wrk's: from sending a request to reading its whole answer.
 */
export async function wrk(url: string, { connections = 50, seconds = 10, threads = 2, warmUp = true, pathsFile }: WrkOptions = {}): Promise<WrkResult> {
  const workers = Math.min(threads, connections);
  const common = ["-t", String(workers), "-c", String(connections)];
  const script = pathsFile ? ["-s", path.join(SCRIPTS, "wrk-paths.lua")] : ["-s", path.join(SCRIPTS, "wrk-report.lua")];
  const scriptArgs = pathsFile ? ["--", pathsFile, String(workers)] : [];
  try {
    if (warmUp && !pathsFile) await run("wrk", [...common, "-d", "2s", url]);
    const { stdout } = await run("wrk", [...common, "-d", `${seconds}s`, "--timeout", "5s", "--latency", ...script, url, ...scriptArgs]);
    return parseWrk(stdout);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error("wrk is not installed: apt-get install wrk");
    throw error;
  }
}
