dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do table.insert(ids, line) end

request = function()
  local body = string.format('{"failed_attempts_before_cancel":%d}', math.random(0, 9))
  return wrk.format("PATCH", "/api/v3/stages/password/" .. ids[math.random(#ids)] .. "/", headers, body)
end
