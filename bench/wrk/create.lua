dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local counter = 0
local run = os.getenv("RUN_ID")

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"wrk-%s-%d-%d","backends":["authentik.core.auth.InbuiltBackend"]}', run, thread_id, counter)
  return wrk.format("POST", "/api/v3/stages/password/", headers, body)
end
