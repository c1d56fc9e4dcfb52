-- POST /votes for the papers of a list in turn, each alternately up and withdrawn, so every
-- request changes a count (the full cost: lock, write, recount, the pages it drops).
-- Usage: wrk -t1 -s vote-toggle.lua http://host:port -- ids.txt (headers with -H)
local ids = {}
local up = {}
local next_index = 0

function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
end

function request()
  next_index = next_index % #ids + 1
  local id = ids[next_index]
  up[id] = not up[id]
  local body = "paper=" .. id .. "&up=" .. (up[id] and "1" or "0") .. "&back=%2F"
  return wrk.format("POST", "/votes", nil, body)
end
