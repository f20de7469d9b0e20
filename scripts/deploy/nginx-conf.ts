import fs from "node:fs";
import path from "node:path";

/** The shipped configuration (README "Deployment"). */
export const SHIPPED_NGINX_CONF = path.join(process.cwd(), "deploy", "nginx.conf");

export interface LocalNginxOptions {
  /** nginx's prefix folder: pid, logs, scratch files and the page cache go under it. */
  prefix: string;
  /** Plain-HTTP port on 127.0.0.1 (the local runs have no certificate). */
  port: number;
  /** host:port of each app server. */
  upstreams: string[];
  /** Serve this folder at /__static/ (the bench's static copy of a page). */
  staticDir?: string;
  /** Keep the shipped access-log buffer (the bench); unbuffered, a test reads each line as soon as it is served. */
  bufferedAccessLog?: boolean;
  /** Running as root: workers must still read the prefix, which is private to this user. */
  asRoot?: boolean;
}

/**
 * The shipped deploy/nginx.conf made runnable by an unprivileged user on a random port, for the
 * multi-server test and `npm run bench deploy`. Only the lines tagged `# @name` change; every tag
 * must be handled here, so a new one cannot slip through untested.
 */
export function renderLocalNginxConf(shipped: string, options: LocalNginxOptions): string {
  const at = (...parts: string[]) => path.join(options.prefix, ...parts);
  let upstreamsWritten = false;
  const out: string[] = [];
  for (const line of shipped.split("\n")) {
    const tag = /#\s*@(\w+)\s*$/.exec(line)?.[1];
    if (!tag) {
      out.push(line);
      continue;
    }
    const indent = /^\s*/.exec(line)![0];
    switch (tag) {
      case "user":
        if (options.asRoot) out.push("user root;");
        break;
      case "pid":
        out.push(`pid ${at("nginx.pid")};`);
        break;
      case "modules":
        break; // module files are named relative to the prefix, and none is needed
      case "brotli":
        out.push(line); // a wildcard include: harmless where nothing matches
        break;
      case "temp": {
        const [directive] = line.trim().split(/\s+/);
        out.push(`${indent}${directive} ${at("tmp", directive!.replace(/_temp_path$/, ""))};`);
        break;
      }
      case "access_log":
        {
          // The shipped line with its own buffer settings, or none (each line on disk as it is served).
          const shipped = line.replace(/\s*#\s*@\w+\s*$/, "").replace(/access_log\s+\S+/, `access_log ${at("access.log")}`);
          out.push(options.bufferedAccessLog ? shipped : shipped.replace(/\s+(buffer|flush)=\S+?(?=[\s;])/g, ""));
        }
        break;
      case "error_log":
        out.push(`${indent}error_log ${at("error.log")} warn;`);
        break;
      case "upstream":
        if (!upstreamsWritten) {
          for (const upstream of options.upstreams) out.push(`${indent}server ${upstream} max_fails=3 fail_timeout=10s;`);
          upstreamsWritten = true;
        }
        break;
      case "cache_path":
        out.push(line.replace(/proxy_cache_path\s+\S+/, `proxy_cache_path ${at("cache")}`).replace(/\s*#\s*@\w+\s*$/, ""));
        break;
      case "listen":
        out.push(`${indent}listen 127.0.0.1:${options.port};`);
        break;
      case "redirect":
      case "tls":
        break; // plain HTTP on loopback: no redirect server, no certificate
      case "static_files":
        if (options.staticDir) out.push(`${indent}location /__static/ { alias ${options.staticDir}/; }`);
        break;
      default:
        throw new Error(`deploy/nginx.conf: unknown tag @${tag}`);
    }
  }
  return out.join("\n");
}

/** Write the rendered file and the folders it names; returns the configuration's path. */
export function writeLocalNginxConf(options: LocalNginxOptions): string {
  for (const dir of ["tmp", "cache"]) fs.mkdirSync(path.join(options.prefix, dir), { recursive: true });
  const file = path.join(options.prefix, "nginx.conf");
  fs.writeFileSync(file, renderLocalNginxConf(fs.readFileSync(SHIPPED_NGINX_CONF, "utf8"), options));
  return file;
}
