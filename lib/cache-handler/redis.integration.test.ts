import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Two app servers (two processes, each with its own handler and connection) on one Redis: what one
 * caches the other serves, and a tag revalidated by one is gone for the other at once.
 */
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const KEY_PREFIX = `portal-test-${randomUUID()}:`;
const BUILD_ID = "build-1";

type Server = { child: ChildProcess; call: (op: string, ...args: unknown[]) => Promise<unknown> };

function startServer(distDir: string): Promise<Server> {
  const child = fork(path.resolve("test/cache-handler-server.mjs"), {
    serialization: "advanced", // Buffers (the RSC payload) cross as Buffers
    env: { ...process.env, REDIS_URL, REDIS_KEY_PREFIX: KEY_PREFIX, CACHE_TEST_DIST_DIR: distDir, APP_ENV: "test" },
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.on("message", (message: { ready?: boolean; id?: number; result?: unknown; error?: string }) => {
      if (message.ready) {
        resolve({
          child,
          call: (op, ...args) =>
            new Promise((res, rej) => {
              const id = nextId++;
              pending.set(id, { resolve: res, reject: rej });
              child.send({ id, op, args });
            }),
        });
        return;
      }
      const waiting = pending.get(message.id!);
      pending.delete(message.id!);
      if (message.error) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.result);
    });
  });
}

/** What Next stores for an ISR page tagged `catalogue` (the tags travel in x-next-cache-tags). */
const documentPage = {
  kind: "APP_PAGE",
  html: '<!DOCTYPE html><html><body><h1>关于2024年预算的公告</h1><script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script></body></html>',
  rscData: Buffer.from('0:{"政府":1}'),
  headers: { "x-next-cache-tags": "catalogue,_N_T_/layout,_N_T_/documents/[id]/page,_N_T_/documents/42" },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
};
const pageKey = "/route-cache/APP_PAGE/0123abcd/$/documents/42";
const pageContext = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 60, expire: 31536000 } };

let distDir: string;
let serverA: Server;
let serverB: Server;

beforeAll(async () => {
  const probe = createClient({ url: REDIS_URL });
  await probe.connect().catch((error: Error) => {
    throw new Error(`Redis unreachable at ${REDIS_URL} (start redis-server; .ci/run does): ${error.message}`);
  });
  await probe.quit();
  distDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-cache-")), "server");
  fs.mkdirSync(distDir, { recursive: true });
  fs.writeFileSync(path.join(distDir, "..", "BUILD_ID"), BUILD_ID);
  [serverA, serverB] = await Promise.all([startServer(distDir), startServer(distDir)]);
});

async function redisKeys(): Promise<string[]> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  const found: string[] = [];
  for await (const keys of client.scanIterator({ MATCH: `${KEY_PREFIX}*`, COUNT: 100 })) found.push(...keys);
  await client.quit();
  return found;
}

afterAll(async () => {
  serverA?.child.kill();
  serverB?.child.kill();
  const keys = await redisKeys();
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  if (keys.length > 0) await client.unlink(keys);
  await client.quit();
  if (distDir) fs.rmSync(path.dirname(distDir), { recursive: true, force: true });
});

describe("shared page cache in Redis", () => {
  it("serves on server B the page server A cached, with its hash policy, and forgets it on both when A revalidates the tag", async () => {
    await serverA.call("set", pageKey, documentPage, pageContext);

    const onB = (await serverB.call("get", pageKey, { kind: "APP_PAGE", isFallback: false })) as { value: typeof documentPage };
    expect(onB.value.html).toBe(documentPage.html);
    expect(Buffer.from(onB.value.rscData).toString()).toBe('0:{"政府":1}');
    expect(onB.value.headers["content-security-policy" as keyof typeof documentPage.headers]).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);

    // Namespaced by build: a new build never serves pages that name an old build's script files.
    expect(await redisKeys()).toContain(`${KEY_PREFIX}${BUILD_ID}:${pageKey}`);

    await serverA.call("revalidateTag", "catalogue");
    expect(await serverB.call("get", pageKey, { kind: "APP_PAGE", isFallback: false })).toBeNull();
    expect(await serverA.call("get", pageKey, { kind: "APP_PAGE", isFallback: false })).toBeNull();
  });

  // (its own tag: the first test just expired "catalogue", and an entry stored within the grace after that is dropped)
  it("shares the data cache too: a tagged entry revalidated on B is gone for A, an untagged one stays", async () => {
    const fetchValue = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 300 });
    const fetchContext = (tags: string[]) => ({ fetchCache: true, tags, revalidate: 300, fetchIdx: 0, fetchUrl: "" });
    await serverA.call("set", "site-info", fetchValue('{"name":"八里台镇"}'), fetchContext(["guide"]));
    await serverA.call("set", "calendar", fetchValue("[]"), fetchContext(["calendar"]));

    const cached = (await serverB.call("get", "site-info", { kind: "FETCH", tags: ["guide"], softTags: [] })) as { value: { data: { body: string } } };
    expect(cached.value.data.body).toBe('{"name":"八里台镇"}');

    await serverB.call("revalidateTag", ["guide"]);
    expect(await serverA.call("get", "site-info", { kind: "FETCH", tags: ["guide"], softTags: [] })).toBeNull();
    expect(await serverA.call("get", "calendar", { kind: "FETCH", tags: ["calendar"], softTags: [] })).not.toBeNull();
  });

  it("does not store on B a render that ended just after A expired its tag (a withdrawal on A stays withdrawn on B)", async () => {
    await serverA.call("revalidateTag", ["catalogue"]);
    await serverB.call("set", pageKey, documentPage, pageContext);
    expect(await serverA.call("get", pageKey, { kind: "APP_PAGE", isFallback: false })).toBeNull();
    expect(await serverB.call("get", pageKey, { kind: "APP_PAGE", isFallback: false })).toBeNull();
  });
});
