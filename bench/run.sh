#!/usr/bin/env bash
# Benchmark: plain Apache Jena Fuseki 6.2 (jena-fuseki-server from Maven Central) against this
# service on the same dump, with nginx serving the same canned-query answers as static files as
# the ceiling for a cached answer. Runs the same query mix with wrk at 8 and 64 connections,
# alternating the servers round by round, and prints requests/s, p50/p99 latency, errors, cold
# start to first answer and RSS for each, with the ratios.
#
#   bash bench/run.sh                 # DURATION=20 ROUNDS=2 by default
#   DURATION=60 ROUNDS=3 bash bench/run.sh
#
# Needs wrk and nginx (installed from Debian when missing), curl, a JDK 21+ and Maven. Talks to
# 127.0.0.1 only. Not part of `mvn verify`: figures depend on the machine, and this one is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-2}
STARTS=${STARTS:-3}
. bench/lib.sh
find_java
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
if (( ${#missing[@]} )); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
JAR=target/cluster-policy-kg.jar
# `package` makes the jar and then records its ahead-of-time cache (see pom.xml, aot-training).
[[ -f "$JAR" && target/cluster-policy-kg.aot -nt "$JAR" ]] || mvn -B -q package -DskipTests
FUSEKI_VERSION=6.2.0
FUSEKI_JAR=$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/$FUSEKI_VERSION/jena-fuseki-server-$FUSEKI_VERSION.jar
[[ -f "$FUSEKI_JAR" ]] || mvn -B -q dependency:get -Dartifact=org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION -Dtransitive=false
DUMP=data/cluster-policy.ttl
WORK=$(mktemp -d /tmp/cluster-policy-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

ASK='query=ASK%7B%7D'
OURS_OPTS=(--max-concurrent-per-client 1000 --timeout 30)
start_fuseki() { "$JAVA" -Xmx1g -jar "$FUSEKI_JAR" --file "$DUMP" --port "$1" /ds >"$WORK/fuseki.log" 2>&1 & echo $!; }
# As the README's run command starts it: a set heap and the ahead-of-time cache `package` recorded.
start_ours() { "$JAVA" -Xmx1g -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="$PWD/target/cluster-policy-kg.aot" \
  -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching -jar "$PWD/$JAR" serve \
  --data "$DUMP" --port "$1" "${OURS_OPTS[@]}" >"$WORK/ours.log" 2>&1 & echo $!; }
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

echo "== cold start to first answer (median of $STARTS, each a fresh JVM)"
declare -A START
for server in fuseki ours; do
  times=()
  for _ in $(seq 1 "$STARTS"); do
    port=$(free_port); t0=$(now_ms)
    if [[ $server == fuseki ]]; then pid=$(start_fuseki "$port"); url="http://127.0.0.1:$port/ds/sparql?$ASK"
    else pid=$(start_ours "$port"); url="http://127.0.0.1:$port/sparql?$ASK"; fi
    times+=("$(first_answer "$url" "$t0")")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  START[$server]=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (STARTS + 1) / 2 ))p")
  echo "  $server: ${START[$server]} ms (runs: ${times[*]})"
done

FPORT=$(free_port); FPID=$(start_fuseki "$FPORT"); PIDS+=("$FPID")
OPORT=$(free_port); OPID=$(start_ours "$OPORT"); PIDS+=("$OPID")
first_answer "http://127.0.0.1:$FPORT/ds/sparql?$ASK" "$(now_ms)" >/dev/null
first_answer "http://127.0.0.1:$OPORT/sparql?$ASK" "$(now_ms)" >/dev/null

# The query mix: every canned query that needs no parameter, as its SPARQL text on both endpoints,
# and as this service's canned-query API; and the same API answers as static files for nginx.
: >"$WORK/fuseki.paths"; : >"$WORK/ours-sparql.paths"; : >"$WORK/ours-api.paths"; : >"$WORK/static.paths"
mkdir -p "$WORK/static/api/queries"
for rq in queries/*.rq; do
  name=$(basename "$rq" .rq)
  if grep -q 'required: *true' "$rq"; then continue; fi
  enc=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read(), safe=""))' "$rq")
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FPORT/ds/sparql?query=$enc") == 200 ]] || continue
  echo "/ds/sparql?query=$enc" >>"$WORK/fuseki.paths"
  echo "/sparql?query=$enc" >>"$WORK/ours-sparql.paths"
  echo "/api/queries/$name.json" >>"$WORK/ours-api.paths"
  curl -s -o "$WORK/static/api/queries/$name.json" "http://127.0.0.1:$OPORT/api/queries/$name.json"
  echo "/api/queries/$name.json" >>"$WORK/static.paths"
done
echo "== query mix: $(wc -l <"$WORK/ours-api.paths") canned queries without required parameters"

NPORT=$(free_port)
cat >"$WORK/nginx.conf" <<CONF
user root;
worker_processes 2;
daemon off;
pid $WORK/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/sparql-results+json json; }
  server { listen 127.0.0.1:$NPORT; root $WORK/static; }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" >"$WORK/nginx.log" 2>&1 & PIDS+=($!)
first_answer "http://127.0.0.1:$NPORT$(head -1 "$WORK/static.paths")" "$(now_ms)" >/dev/null

# One wrk run: prints "req/s p50 p99 errors requests".
run_wrk() {
  local base=$1 paths=$2 conns=$3 out
  out=$(BENCH_PATHS=$paths wrk -t2 -c"$conns" -d"${DURATION}s" --latency -s bench/mix.lua "$base")
  wrk_figures "$out"
}

echo "== warming up each server (not counted)"
for t in "$FPORT $WORK/fuseki.paths" "$OPORT $WORK/ours-sparql.paths" "$OPORT $WORK/ours-api.paths" "$NPORT $WORK/static.paths"; do
  read -r port paths <<<"$t"
  BENCH_PATHS=$paths wrk -t2 -c8 -d"$(( DURATION / 2 + 1 ))s" -s bench/mix.lua "http://127.0.0.1:$port" >/dev/null
done

declare -A RPS
printf '\n%-14s %5s %5s %10s %9s %9s %7s %9s %8s\n' target conns round req/s p50 p99 errors requests rss_MB
for conns in 8 64; do
  for round in $(seq 1 "$ROUNDS"); do
    for target in fuseki ours-sparql ours-api nginx-static; do
      case $target in
        fuseki) r=$(run_wrk "http://127.0.0.1:$FPORT" "$WORK/fuseki.paths" "$conns"); rss=$(rss_mb "$FPID") ;;
        ours-sparql) r=$(run_wrk "http://127.0.0.1:$OPORT" "$WORK/ours-sparql.paths" "$conns"); rss=$(rss_mb "$OPID") ;;
        ours-api) r=$(run_wrk "http://127.0.0.1:$OPORT" "$WORK/ours-api.paths" "$conns"); rss=$(rss_mb "$OPID") ;;
        nginx-static) r=$(run_wrk "http://127.0.0.1:$NPORT" "$WORK/static.paths" "$conns"); rss=- ;;
      esac
      read -r rps p50 p99 errors total <<<"$r"
      printf '%-14s %5s %5s %10s %9s %9s %7s %9s %8s\n' "$target" "$conns" "$round" "$rps" "$p50" "$p99" "$errors" "$total" "$rss"
      RPS[$target.$conns]=$(python3 -c "print(max(float('${RPS[$target.$conns]:-0}'), float('$rps')))")
    done
  done
done

ratio() { python3 -c "print(f'{float($1)/float($2):.3g}')"; }
echo
echo "== ratios (best round of each)"
for conns in 8 64; do
  echo "  $conns connections: /sparql vs plain Fuseki $(ratio "${RPS[ours-sparql.$conns]}" "${RPS[fuseki.$conns]}")x (target >= 1);" \
       "canned API vs nginx static $(ratio "${RPS[ours-api.$conns]}" "${RPS[nginx-static.$conns]}")x (target >= 0.5)"
done
echo "  cold start: ours ${START[ours]} ms / plain Fuseki ${START[fuseki]} ms = $(ratio "${START[ours]}" "${START[fuseki]}")x (target <= 1)"
echo "  machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(date -u +%Y-%m-%d)"
