#!/bin/sh
# Dashboard load benchmark: signs in USERS demo viewers against a running app on localhost and
# drives one measure dashboard with wrk (50 connections, each request with one of the signed-in users' cookies).
# Usage: bin/bench-dashboards.sh [base-url] [path] [duration]
set -eu
BASE=${1:-http://localhost:8080}
PATH_UNDER_TEST=${2:-/measures/1}
DURATION=${3:-30s}
USERS=${USERS:-50}
EMAIL=${BENCH_EMAIL:-viewer@demo.example}
PASSWORD=${BENCH_PASSWORD:-demo-viewer-password}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

i=0
while [ "$i" -lt "$USERS" ]; do
  jar="$WORK/jar$i"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/sign-in"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar" >> "$WORK/cookies"
  i=$((i + 1))
done

# Requests take the signed-in users' cookies in turn; wrk counts any non-2xx answer as an error.
cat > "$WORK/cookies.lua" <<LUA
local cookies = {}
for line in io.lines("$WORK/cookies") do cookies[#cookies + 1] = line end
local n = 0
request = function()
  n = n + 1
  local cookie = "JSESSIONID=" .. cookies[(n % #cookies) + 1]
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.1f ms, errors %d (non-2xx %d)\n", latency:percentile(95) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.errors.status))
end
LUA
curl -s -o /dev/null -b "JSESSIONID=$(head -1 "$WORK/cookies")" "$BASE$PATH_UNDER_TEST"
wrk -t2 -c"$USERS" -d"$DURATION" --latency -s "$WORK/cookies.lua" "$BASE$PATH_UNDER_TEST"
