-- wrk -s scripts/bench/wrk-paths.lua <base url> -- <file with one path a line>
-- Each request asks for the next path of the file that no connection has asked for yet (thread t
-- of n takes paths t, t+n, t+2n, …), so every request of a miss run is a page no cache holds.
-- Counts nginx's X-Cache-Status answers and how many paths were used, so the bench can check that
-- every answer really was a miss; prints the same percentile line as wrk-report.lua.
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  available = #paths
  step = tonumber(args[2])
  used, misses, others = 0, 0, 0
end

function request()
  local path = paths[(index % #paths) + 1]
  index = index + step
  used = used + 1
  return wrk.format(nil, path)
end

function response(status, headers, body)
  if headers["X-Cache-Status"] == "MISS" then misses = misses + 1 else others = others + 1 end
end

function done(summary, latency, requests)
  local used, misses, others, available = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    used = used + thread:get("used")
    misses = misses + thread:get("misses")
    others = others + thread:get("others")
    available = thread:get("available")
  end
  io.write(string.format("wrk-percentiles p50=%d p90=%d p95=%d p99=%d\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
  io.write(string.format("wrk-paths used=%d available=%d misses=%d others=%d\n", used, available, misses, others))
end
