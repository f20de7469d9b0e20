import http from "node:http";

/** Latency percentiles of a sample, in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * A small closed-loop load generator (like autocannon): `connections` clients over keep-alive
 * sockets, each sending the next request as soon as the previous answer is read, for `durationMs`.
 */
export async function loadTest(
  urls: string[],
  { connections = 50, durationMs = 10_000, warmupMs = 2_000 } = {},
): Promise<{ requests: number; errors: number; perSecond: number; latency: ReturnType<typeof percentiles> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const get = (url: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      http
        .get(url, { agent }, (response) => {
          response.resume();
          response.on("end", () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(String(response.statusCode)))));
        })
        .on("error", reject);
    });
  const run = async (ms: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + ms;
    let next = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const url = urls[next++ % urls.length]!;
          try {
            const latency = await get(url);
            if (record) latencies.push(latency);
          } catch {
            errors++;
          }
        }
      }),
    );
    return { latencies, errors };
  };
  await run(warmupMs, false);
  const { latencies, errors } = await run(durationMs, true);
  agent.destroy();
  return { requests: latencies.length, errors, perSecond: latencies.length / (durationMs / 1000), latency: percentiles(latencies) };
}
