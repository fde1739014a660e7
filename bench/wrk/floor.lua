-- The HTTP stack alone: a GET without credentials is answered 403 by the service without touching
-- the database. Its rate is the ceiling of any operation on this machine.
request = function()
  return wrk.format("GET", "/api/v3/stages/password/00000000-0000-0000-0000-000000000000/")
end
