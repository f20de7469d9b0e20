// The shared page and data cache in Redis, through @fortedigital/nextjs-cache-handler's redis-strings
// handler (its tag index lets revalidateTag delete every entry with that tag, for every server).
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

/** A Redis call that takes longer is a miss (the page renders) rather than a hung request. */
const REDIS_TIMEOUT_MS = 1000;
const CONNECT_WAIT_MS = 2000;

let configuredFor;
/** @type {Promise<import("redis").RedisClientType> | undefined} */
let sharedClient;
/** The process's one Redis connection, for the page cache and the tag expiries. @param {string} url */
const clientFor = (url) => (sharedClient ??= connect(url));

/**
 * One Next cache handler instance over the process's one Redis connection (Next creates a handler
 * per request; the connection and configuration are made on the first).
 * @param {Record<string, unknown>} context @param {{ url: string, keyPrefix: string }} options
 */
export function createRedisCacheHandler(context, { url, keyPrefix }) {
  const settings = `${url} ${keyPrefix}`;
  if (configuredFor === undefined) {
    configuredFor = settings;
    CacheHandler.onCreation(async ({ buildId }) => ({
      handlers: [
        createRedisHandler({
          client: await clientFor(url),
          // Entries hold a build's HTML and RSC payload, which name that build's script files:
          // a new build starts its own namespace instead of serving pages that point at missing chunks.
          keyPrefix: `${keyPrefix}${buildId ?? "dev"}:`,
          timeoutMs: REDIS_TIMEOUT_MS,
        }),
      ],
    }));
  } else if (configuredFor !== settings) {
    throw new Error("REDIS_URL / REDIS_KEY_PREFIX changed while the server runs; restart it.");
  }
  return new CacheHandler(context);
}

/**
 * When each tag last expired, for every app server (late-writes.mjs): a hash field per tag.
 * @param {{ url: string, keyPrefix: string }} options @returns {import("./late-writes.mjs").SharedTagExpiries}
 */
export function redisTagExpiries({ url, keyPrefix }) {
  const key = `${keyPrefix}tag-expiries`;
  const timeout = () => AbortSignal.timeout(REDIS_TIMEOUT_MS);
  return {
    async record(tags, at) {
      const client = await clientFor(url);
      await client.withAbortSignal(timeout()).hSet(key, Object.fromEntries(tags.map((tag) => [tag, String(at)])));
    },
    async read(tags) {
      const client = await clientFor(url);
      const times = await client.withAbortSignal(timeout()).hmGet(key, tags);
      return times.map((at) => (at == null ? undefined : Number(at)));
    },
  };
}

/** Connects, waiting at most CONNECT_WAIT_MS: an unreachable Redis makes every read a miss, not a hang. */
async function connect(url) {
  const client = createClient({ url, disableOfflineQueue: true });
  let reported = false;
  client.on("error", (error) => {
    if (reported) return;
    reported = true;
    console.error("页面缓存 Redis 连接出错，页面将逐次渲染 / page cache: Redis error, pages render uncached", error?.message ?? error);
  });
  client.on("ready", () => {
    reported = false;
  });
  const connecting = client.connect().catch(() => undefined);
  await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  return client;
}
