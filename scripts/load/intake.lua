-- wrk script for Reclamo's load runs (scripts/load.sh). MODE picks the request:
--   api   POST /api/v1/complaints with a JSON complaint
--   form  POST /report/done, the web form's last step, a fresh form id each time (one form = one
--         complaint, so a repeated id would only replay the first receipt)
--   page  GET /report
-- Counts answers by class across threads and prints one machine-readable line at the end.
local mode = os.getenv("MODE") or "api"
local threads = {}

local narrative = "El patrón no me pagó las horas extra durante tres meses y cuando le reclamé me dijo que iba a llamar a la migra."

local json_body = '{"language":"es","employer":{"name":"Limpiezas Rápidas LLC","address":"W Colfax Ave"},'
  .. '"job":{"role":"limpieza","pay_rate":"15.00","pay_basis":"hour"},'
  .. '"violations":["overtime","unpaid_wages"],"retaliation":{"immigration_threat":true},'
  .. '"narrative":"' .. narrative .. '"}'

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function form_id()
  local t = {}
  for i = 1, 32 do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end

function setup(thread)
  thread:set("id", #threads + 1)
  thread:set("ok", 0)
  thread:set("client_err", 0)
  thread:set("server_err", 0)
  table.insert(threads, thread)
end

function init(args)
  ok, client_err, server_err = 0, 0, 0
  -- Each thread its own sequence: form ids must not repeat across threads.
  math.randomseed(os.time() * 100 + id)
end

function request()
  if mode == "api" then
    return wrk.format("POST", "/api/v1/complaints", { ["Content-Type"] = "application/json" }, json_body)
  elseif mode == "form" then
    local body = "form_id=" .. form_id() .. "&step=5&nav=send&violations=unpaid_wages"
      .. "&narrative=" .. urlencode(narrative) .. "&employer.name=" .. urlencode("Construcciones Norte")
      .. "&job.pay_basis=hour&contact.share_name_with_employer=no"
    return wrk.format("POST", "/report/done", { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  else
    return wrk.format("GET", "/report")
  end
end

function response(status, headers, body)
  if status >= 500 then
    server_err = server_err + 1
  elseif status >= 400 then
    client_err = client_err + 1
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local o, c, s = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    c = c + t:get("client_err")
    s = s + t:get("server_err")
  end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT ok=%d client_err=%d server_err=%d socket_err=%d secs=%.2f ok_per_s=%.1f p50_ms=%.1f p99_ms=%.1f\n",
    o, c, s, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    secs, o / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
