import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { writeLocalNginxConf } from "./nginx-conf";

/**
 * The production shape on one machine, for the multi-server test and `npm run bench deploy`:
 * nginx (deploy/nginx.conf, rendered for loopback) in front of N `next start` servers on one
 * PostgreSQL database. Every process is started detached and stopped by its own process group.
 */

export const NGINX_CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];

/** The nginx binary, or null (the callers print why they cannot run). */
export function findNginx(): string | null {
  const found = NGINX_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForOk(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  let last = "";
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer in ${ms} ms (${last})`);
}

export interface Started {
  url: string;
  port: number;
  /** The last lines the process wrote, for a failing test's message. */
  output: () => string;
  stop: () => Promise<void>;
}

function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; stop: () => Promise<void> } {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    output: () => tail,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return; // already gone
      }
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** One `next start` of the current build. */
export async function startAppServer(env: Record<string, string>, { timeoutMs = 120_000 } = {}): Promise<Started> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const process_ = startProcess(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { ...process.env, ...env });
  try {
    await waitForOk(`${url}/api/health`, timeoutMs);
  } catch (error) {
    await process_.stop();
    throw new Error(`${String(error)}\n${process_.output()}`);
  }
  return { url, port, output: process_.output, stop: process_.stop };
}

/**
 * nginx with deploy/nginx.conf in front of `upstreams` (host:port). `port` when the app servers were
 * told nginx's address (NEXTAUTH_URL, the one public URL) before nginx started.
 */
export async function startNginx(
  nginx: string,
  upstreams: string[],
  { staticDir, port: chosenPort, bufferedAccessLog }: { staticDir?: string; port?: number; bufferedAccessLog?: boolean } = {},
): Promise<Started & { prefix: string; accessLog: () => string }> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  const port = chosenPort ?? (await freePort());
  const conf = writeLocalNginxConf({ prefix, port, upstreams, staticDir, bufferedAccessLog, asRoot: process.getuid?.() === 0 });
  const process_ = startProcess(nginx, ["-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], process.env);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${url}/api/health`, 30_000);
  } catch (error) {
    await process_.stop();
    const log = fs.existsSync(path.join(prefix, "error.log")) ? fs.readFileSync(path.join(prefix, "error.log"), "utf8") : "";
    throw new Error(`${String(error)}\n${process_.output()}\n${log}`);
  }
  return {
    url,
    port,
    prefix,
    output: process_.output,
    accessLog: () => fs.readFileSync(path.join(prefix, "access.log"), "utf8"),
    stop: async () => {
      await process_.stop();
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
