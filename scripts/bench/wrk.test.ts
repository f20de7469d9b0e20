import { describe, expect, it } from "vitest";
import { parseWrk } from "./wrk";

const OUTPUT = `Running 10s test @ http://127.0.0.1:3901/catalogue?q=x
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   877.12ms  100.00ms   1.90s    90.00%
  Latency Distribution
     50%  877.00ms
     75%  900.00ms
     90%    1.02s
     99%    1.50s
  340 requests in 10.00s, 26.00MB read
  Socket errors: connect 0, read 0, write 0, timeout 12
  Non-2xx or 3xx responses: 3
Requests/sec:     34.00
Transfer/sec:      2.60MB
`;

describe("parseWrk", () => {
  it("reads throughput, latency percentiles and errors", () => {
    expect(parseWrk(OUTPUT)).toEqual({ perSecond: 34, p50: 877, p99: 1500, errors: 15 });
  });
});

describe("parseWrk with the Lua report lines", () => {
  it("takes exact percentiles (p95 too) from wrk-report.lua and the path counts from wrk-paths.lua", () => {
    const output = `${OUTPUT}wrk-percentiles p50=876543 p90=1020000 p95=1234567 p99=1500001\nwrk-paths used=340 available=20000 misses=338 others=2\n`;
    expect(parseWrk(output)).toEqual({
      perSecond: 34,
      p50: 876.543,
      p90: 1020,
      p95: 1234.567,
      p99: 1500.001,
      errors: 15,
      paths: { used: 340, available: 20000, misses: 338, others: 2 },
    });
  });
});
