-- wrk -s scripts/bench/wrk-report.lua … : after the run, the latency percentiles `wrk --latency`
-- leaves out (it prints 50/75/90/99), in microseconds, on one line scripts/bench/wrk.ts parses.
-- No request()/response() here, so wrk keeps its fast static request path.
function done(summary, latency, requests)
  io.write(string.format("wrk-percentiles p50=%d p90=%d p95=%d p99=%d\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
end
