#!/usr/bin/env bash
# Benchmark: requests/s through nginx for 1 and for 2 replicas of the service (deploy/replicas.sh),
# and a run in which one of 2 replicas is killed (SIGKILL) halfway, counting what the clients lost.
# The query mix is bench/run.sh's: the canned queries without required parameters, through the
# canned-query API and as SPARQL on /sparql (answers the replicas keep after the first time).
#
#   bash bench/replicas.sh                 # DURATION=20 CONNS="8 64" by default
#   DURATION=60 bash bench/replicas.sh
#
# Needs wrk, nginx (installed from Debian when missing), curl, python3, a JDK 21+ and Maven. Talks to
# 127.0.0.1 only. Not part of `mvn verify` (ReplicasIT is): figures depend on the machine, and on a
# machine of 2 cores the load generator, nginx and the replicas share them.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${DURATION:-20}
CONNS=${CONNS:-"8 64"}
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
if (( ${#missing[@]} )); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[[ -f target/cluster-policy-kg.jar ]] || mvn -B -q package -DskipTests
WORK=$(mktemp -d /tmp/cluster-policy-bench-replicas.XXXXXX)
SCRIPT_PID=
stop_replicas() {
  if [[ -n $SCRIPT_PID ]]; then
    kill "$SCRIPT_PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$SCRIPT_PID" 2>/dev/null || break; sleep 0.2; done
    SCRIPT_PID=
  fi
}
trap 'stop_replicas; rm -rf "$WORK"' EXIT

# Starts deploy/replicas.sh with $1 replicas; sets NPORT and REPLICA1 (the first replica's pid).
start_replicas() {
  SERVE_ARGS="--data data/cluster-policy.trig --max-concurrent-per-client 1000" bash deploy/replicas.sh "$1" >"$WORK/replicas.out" 2>&1 &
  SCRIPT_PID=$!
  for _ in $(seq 1 1500); do
    grep -q '^ready$' "$WORK/replicas.out" && break
    kill -0 "$SCRIPT_PID" 2>/dev/null || { cat "$WORK/replicas.out" >&2; exit 1; }
    sleep 0.2
  done
  grep -q '^ready$' "$WORK/replicas.out" || { echo "replicas.sh: not ready in 300 s" >&2; exit 1; }
  NPORT=$(sed -n 's#^nginx http://127.0.0.1:\([0-9]*\)/ pid .*#\1#p' "$WORK/replicas.out")
  REPLICA1=$(sed -n 's#^replica 1 http://127.0.0.1:[0-9]* pid \([0-9]*\)$#\1#p' "$WORK/replicas.out")
}

: >"$WORK/mix.paths"
for rq in queries/*.rq; do
  name=$(basename "$rq" .rq)
  grep -q 'required: *true' "$rq" && continue
  echo "/api/queries/$name.json" >>"$WORK/mix.paths"
  echo "/sparql?query=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read(), safe=""))' "$rq")" >>"$WORK/mix.paths"
done

# One wrk run through nginx: prints "req/s p50 p99 errors requests".
run_wrk() {
  local conns=$1 seconds=$2 out
  out=$(BENCH_PATHS="$WORK/mix.paths" wrk -t2 -c"$conns" -d"${seconds}s" --latency -s bench/mix.lua "http://127.0.0.1:$NPORT")
  wrk_figures "$out"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# mix: $(wc -l <"$WORK/mix.paths") requests ($(grep -c '^/api' "$WORK/mix.paths") canned queries, each through the API and as SPARQL), ${DURATION} s a run"
printf '%-9s %5s %10s %9s %9s %7s %9s\n' replicas conns req/s p50 p99 errors requests
for n in 1 2; do
  start_replicas "$n"
  BENCH_PATHS="$WORK/mix.paths" wrk -t2 -c8 -d5s -s bench/mix.lua "http://127.0.0.1:$NPORT" >/dev/null  # warm-up, not counted
  for conns in $CONNS; do
    read -r rps p50 p99 errors total <<<"$(run_wrk "$conns" "$DURATION")"
    printf '%-9s %5s %10s %9s %9s %7s %9s\n' "$n" "$conns" "$rps" "$p50" "$p99" "$errors" "$total"
  done
  stop_replicas
done

echo
echo "== 2 replicas, replica 1 killed (SIGKILL) after $(( DURATION / 2 )) s of a ${DURATION} s run at 64 connections"
start_replicas 2
BENCH_PATHS="$WORK/mix.paths" wrk -t2 -c8 -d5s -s bench/mix.lua "http://127.0.0.1:$NPORT" >/dev/null
run_wrk 64 "$DURATION" >"$WORK/kill.out" &
WRK_PID=$!
sleep $(( DURATION / 2 ))
kill -9 "$REPLICA1"
wait "$WRK_PID"
read -r rps p50 p99 errors total <"$WORK/kill.out"
echo "  $total requests, $errors lost (non-2xx or socket errors), $rps req/s, p50 $p50, p99 $p99"
for _ in $(seq 1 50); do grep -q '^replica 1 down$' "$WORK/replicas.out" && break; sleep 0.2; done
grep -q '^replica 1 down$' "$WORK/replicas.out" && echo "  the health check on /health reported replica 1 down" || echo "  the health check did not report replica 1 down"
