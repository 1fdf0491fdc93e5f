-- wrk: the mixed load of bench/central-load.sh against the balancer.
-- 8 in 10 requests are full 200-record share/jq pages over random 6-hour windows, 1 in 10 a
-- token request, 1 in 10 an intake batch of 10 events with ids unique across threads.
-- Every answer's envelope code is checked; the summary counts codes other than 0.
local token = os.getenv("JIANDU_TOKEN")
local tokenBody = os.getenv("JIANDU_TOKEN_BODY")
local first = tonumber(os.getenv("JIANDU_FIRST"))
local span = tonumber(os.getenv("JIANDU_SPAN"))
local threads = {}

local function urlencode(s)
    return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
    thread:set("number", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    failed = 0
    records = 0
    pages = 0
    sampled = 0
    events = 0
    math.randomseed(number * 7919 + os.time())
end

local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
local lines = { ["Content-Type"] = "application/x-ndjson", ["Authorization"] = "Bearer " .. token }

function request()
    counter = counter + 1
    local kind = counter % 10
    if kind == 0 then
        return wrk.format("POST", "/api/openapi/token/get", form, tokenBody)
    elseif kind == 1 then
        local batch = {}
        local now = os.time() * 1000
        for i = 1, 10 do
            batch[i] = string.format(
                '{"id":"wrk-%d-%d-%d-%d","type":"incident.received","time":%d,"subject":{"jqbh":"W%d-%d-%d"}}',
                os.time(), number, counter, i, now, number, counter, i)
        end
        events = events + 10
        return wrk.format("POST", "/api/events", lines, table.concat(batch, "\n"))
    end
    local start = first + math.random(0, span - 21600)
    local body = "startDateTime=" .. urlencode(os.date("%Y-%m-%d %H:%M:%S", start)) ..
        "&endDateTime=" .. urlencode(os.date("%Y-%m-%d %H:%M:%S", start + 21600)) ..
        "&jwtToken=" .. token
    return wrk.format("POST", "/api/openapi/share/jq", form, body)
end

-- Records are counted in one page of every ten (counting all would make wrk, on the same
-- machine, spend more CPU than the service); records/s is extrapolated from the sample.
function response(status, headers, body)
    local code = body:match('^{"code":(%-?%d+)')
    if status ~= 200 or code ~= "0" then
        failed = failed + 1
        return
    end
    if body:find('"data":[', 1, true) then
        pages = pages + 1
        if pages % 10 == 1 then
            local _, n = body:gsub('"jqbh"%s*:', "")
            sampled = sampled + 1
            records = records + n
        end
    end
end

function done(summary, latency, requests)
    local failedAll, recordsSampled, pagesAll, sampledAll = 0, 0, 0, 0
    for _, t in ipairs(threads) do
        failedAll = failedAll + t:get("failed")
        recordsSampled = recordsSampled + t:get("records")
        pagesAll = pagesAll + t:get("pages")
        sampledAll = sampledAll + t:get("sampled")
    end
    local recordsAll = sampledAll > 0 and pagesAll * recordsSampled / sampledAll or 0
    local seconds = summary.duration / 1e6
    local all = summary.requests
    -- Answers other than 200 are counted with code_not_0 (by response()), not here.
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write +
        summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f " ..
        "max_ms=%.1f records_per_s=%.0f code_not_0=%d socket_errors=%d\n",
        all, seconds, all / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, recordsAll / seconds, failedAll, errors))
end
