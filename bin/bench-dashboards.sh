#!/bin/sh
# Dashboard load benchmark: signs in SESSIONS demo viewers against a running app on localhost and
# drives one measure dashboard with wrk (50 connections, each with its own signed-in session).
# Usage: bin/bench-dashboards.sh [base-url] [path] [duration]
set -eu
BASE=${1:-http://localhost:8080}
PATH_UNDER_TEST=${2:-/measures/1}
DURATION=${3:-30s}
SESSIONS=${SESSIONS:-50}
EMAIL=${BENCH_EMAIL:-viewer@demo.example}
PASSWORD=${BENCH_PASSWORD:-demo-viewer-password}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

i=0
while [ "$i" -lt "$SESSIONS" ]; do
  jar="$WORK/jar$i"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/sign-in"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar" >> "$WORK/sessions"
  i=$((i + 1))
done

# Requests take the signed-in sessions in turn; wrk counts any non-2xx answer as an error.
cat > "$WORK/sessions.lua" <<LUA
local sessions = {}
for line in io.lines("$WORK/sessions") do sessions[#sessions + 1] = line end
local n = 0
request = function()
  n = n + 1
  local cookie = "JSESSIONID=" .. sessions[(n % #sessions) + 1]
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.1f ms, errors %d (non-2xx %d)\n", latency:percentile(95) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.errors.status))
end
LUA
curl -s -o /dev/null -b "JSESSIONID=$(head -1 "$WORK/sessions")" "$BASE$PATH_UNDER_TEST"
wrk -t2 -c"$SESSIONS" -d"$DURATION" --latency -s "$WORK/sessions.lua" "$BASE$PATH_UNDER_TEST"
