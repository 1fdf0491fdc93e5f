-- wrk: event intake at full speed, batches of 1000 events (ids unique across threads).
-- Half the people entered a case area two hours ago (the engine raises a safety-check alert
-- for each at once and keeps their 24-hour deadline), half are incidents received now (a
-- 24-hour routing deadline each).
local token = os.getenv("JIANDU_TOKEN")
local threads = {}

function setup(thread)
    thread:set("number", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    failed = 0
    accepted = 0
end

local lines = { ["Content-Type"] = "application/x-ndjson", ["Authorization"] = "Bearer " .. token }

function request()
    counter = counter + 1
    local now = os.time() * 1000
    local batch = {}
    for i = 1, 1000 do
        if i % 2 == 0 then
            batch[i] = string.format(
                '{"id":"in-%d-%d-%d-%d","type":"area.entered","time":%d,"subject":{"personId":"B%d-%d-%d","unit":"大智派出所"}}',
                os.time(), number, counter, i, now - 7200000, number, counter, i)
        else
            batch[i] = string.format(
                '{"id":"in-%d-%d-%d-%d","type":"incident.received","time":%d,"subject":{"jqbh":"B%d-%d-%d","unit":"大智派出所"}}',
                os.time(), number, counter, i, now, number, counter, i)
        end
    end
    return wrk.format("POST", "/api/events", lines, table.concat(batch, "\n"))
end

function response(status, headers, body)
    local n = body:match('"accepted":(%d+)')
    if status ~= 200 or not n then
        failed = failed + 1
    else
        accepted = accepted + tonumber(n)
    end
end

function done(summary, latency, requests)
    local failedAll, acceptedAll = 0, 0
    for _, t in ipairs(threads) do
        failedAll = failedAll + t:get("failed")
        acceptedAll = acceptedAll + t:get("accepted")
    end
    io.write(string.format("RESULT batches=%d seconds=%.1f accepted=%d accepted_per_s=%.0f " ..
        "p50_ms=%.1f p99_ms=%.1f failed=%d\n", summary.requests, summary.duration / 1e6,
        acceptedAll, acceptedAll / (summary.duration / 1e6), latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, failedAll))
end
