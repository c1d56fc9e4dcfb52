-- wrk asks for one fixed URL; this asks for the next path of a list on every request, so each
-- request of a cache-miss run renders a page nobody asked for yet (until the list wraps).
-- Usage: wrk -t1 -s rotate-urls.lua http://host:port -- paths.txt
local paths = {}
local next_index = 0

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format(nil, paths[next_index])
end
