// One "app server" for lib/cache-handler/redis.integration.test.ts: a separate Node process (its
// own handler configuration and Redis connection, as each `next start` has) running the portal's
// cache handler and answering the test's get / set / revalidateTag requests over IPC.
import PortalCacheHandler from "../lib/cache-handler/index.mjs";

const context = { dev: false, serverDistDir: process.env.CACHE_TEST_DIST_DIR, revalidatedTags: [], _requestHeaders: {} };

process.on("message", async ({ id, op, args }) => {
  try {
    const handler = new PortalCacheHandler(context); // Next makes one per request
    const result = await handler[op](...args);
    process.send({ id, result: result ?? null });
  } catch (error) {
    process.send({ id, error: String(error?.stack ?? error) });
  }
});
process.send({ ready: true });
