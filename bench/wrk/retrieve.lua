dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do table.insert(ids, line) end

request = function()
  return wrk.format("GET", "/api/v3/stages/password/" .. ids[math.random(#ids)] .. "/", headers)
end
