dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")

request = function()
  return wrk.format("GET", "/api/v3/stages/password/?page_size=100", headers)
end
