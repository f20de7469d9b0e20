import fs from "node:fs";
import path from "node:path";

/**
 * PGlite keeps no lock on its data folder: two processes opening it both "succeed" and then lose
 * rows. This pid lock file lets exactly one process (the server, or one command-line tool) open it.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `嵌入式数据库目录 ${dataDir} 正被另一个进程（pid ${holderPid}）使用；请先停止该进程（例如正在运行的门户服务器），或设置 DATABASE_URL 使用 PostgreSQL。\n` +
        `The embedded database folder ${dataDir} is in use by another process (pid ${holderPid}); stop it first (e.g. the running portal server), or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "DataDirLockedError";
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Take the folder for this process. Returns a release function. Stale locks of dead processes are taken over. */
export function lockDataDir(dataDir: string): () => void {
  const absolute = path.resolve(dataDir);
  fs.mkdirSync(absolute, { recursive: true });
  const lockPath = path.join(absolute, "portal.lock");

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && processIsAlive(holder)) throw new DataDirLockedError(absolute, holder);
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirLockedError(absolute, -1);
}
