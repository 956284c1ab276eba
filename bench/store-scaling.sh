#!/usr/bin/env bash
# How the store and the canned queries grow with the graph, on synthetic corpora made by
# bench/SyntheticCorpus.java from the committed sources (written to a temporary folder, never
# committed). For each n, a corpus of n variants of every committed page is
#   1. converted in one run (seconds, peak RSS, triples of the dump);
#   2. loaded into TDB2 by this service's first start on it (`serve --tdb2`, start to first
#      answer, which includes the load and its record), then reopened (second start to first answer:
#      opening checks the content against the record);
#   3. loaded into a throw-away Virtuoso 7 (Debian's virtuoso-opensource, its 2 GB memory preset)
#      with its bulk loader (the N-Triples dump into one graph; ld_dir, rdf_loader_run, checkpoint),
#      the way Virtuoso's own documentation loads data of this size: its Graph Store endpoint, which
#      `publish` uses, took a 190 000-triple PUT in 3 s but hung on the third replacement of it;
#   4. queried: every canned query (required parameters bound to their examples, the others at
#      their defaults, so most cover the whole graph) through this service's /sparql on TDB2 and
#      through Virtuoso's /sparql, median of RUNS runs after one warm-up (bench/QueryLatency.java).
#
#   bash bench/store-scaling.sh [COPIES]          # COPIES default "1 10 100"; RUNS=3 by default
#
# Prints the date, the machine's cores and memory and the versions first; the machine is shared,
# so compare figures of one run. Talks to 127.0.0.1 only. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-"1 10 100"}
RUNS=${RUNS:-3}
. bench/lib.sh
find_java
if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
fi
INI=/etc/virtuoso-opensource-7/virtuoso.ini
[[ -f $INI ]] || { echo "store-scaling: $INI is missing (reinstall virtuoso-opensource)" >&2; exit 2; }
JAR=target/cluster-policy-kg.jar
[[ -f "$JAR" ]] || mvn -B -q package -DskipTests
WORK=$(mktemp -d /tmp/store-scaling.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
ASK='query=ASK%7B%7D'
GRAPH=https://w3id.org/cluster-policy/id/graph/store-scaling
SERVE_OPTS=(--max-concurrent-per-client 1000 --timeout 600 --max-rows 100000000)
serve_tdb2() { # DB DUMP PORT LOG -> pid
  "$JAVA" -Xmx2g -jar "$JAR" serve --tdb2 "$1" --data "$2" --port "$3" "${SERVE_OPTS[@]}" >"$4" 2>&1 & echo $!
}
# The packaged configuration with the database in DIR, both servers on loopback ports, the
# preset for 2 GB of memory, DIR readable by the bulk loader, and no cut in the rows or the time of
# a query (Virtuoso would return a partial answer silently).
start_virtuoso() { # DIR SQL_PORT HTTP_PORT -> pid
  sed -e "s#/var/lib/virtuoso-opensource-7/db/#$1/#" \
      -e "s#^\(ServerPort *= *\)1111#\1127.0.0.1:$2#" -e "s#^\(ServerPort *= *\)8890#\1127.0.0.1:$3#" \
      -e "s#^\(DefaultHost *= *\).*#\1127.0.0.1:$3#" -e "s#^\(DirsAllowed *= *\)#\1$1, #" \
      -e "s#^NumberOfBuffers *= *[0-9]*#NumberOfBuffers = 170000#" -e "s#^MaxDirtyBuffers *= *[0-9]*#MaxDirtyBuffers = 130000#" \
      -e "s#^\(ResultSetMaxRows *= *\)[0-9]*#\1100000000#" -e "s#^\(MaxQueryExecutionTime *= *\)[0-9]*#\10#" \
      -e "s#^\(MaxQueryCostEstimationTime *= *\)[0-9]*#\10#" "$INI" >"$1/virtuoso.ini"
  virtuoso-t +configfile "$1/virtuoso.ini" +foreground >"$1/stdout.log" 2>&1 & echo $!
}
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB," \
  "$("$JAVA" -version 2>&1 | head -1), Virtuoso $({ virtuoso-t -? 2>&1 || true; } | grep -m1 -o 'Version [0-9.]*' || true)"
printf '%-6s %6s %9s %9s %8s %10s %10s %11s\n' copies pages triples convert_s conv_MB tdb2_load_s tdb2_open_s virtuoso_s
LATENCY_COLUMNS=()
for n in $COPIES; do
  corpus=$WORK/corpus-$n out=$WORK/out-$n db=$WORK/tdb-$n vdir=$WORK/virtuoso-$n
  "$JAVA" bench/SyntheticCorpus.java "$corpus" "$n" >/dev/null
  pages=$(ls "$corpus"/*.txt | wc -l)
  timed "$JAVA" -jar "$JAR" convert --out "$out" "$corpus"/*.txt; conv_s=$SECONDS_TAKEN conv_mb=$PEAK_MB
  triples=$(wc -l <"$out/cluster-policy.nt")
  rm -rf "$corpus"

  port=$(free_port); t0=$(now_ms); pid=$(serve_tdb2 "$db" "$out/cluster-policy.trig" "$port" "$WORK/serve-$n.log"); PIDS+=("$pid")
  load_ms=$(first_answer "http://127.0.0.1:$port/sparql?$ASK" "$t0" 3600); stop "$pid"
  port=$(free_port); t0=$(now_ms); pid=$(serve_tdb2 "$db" "$out/cluster-policy.trig" "$port" "$WORK/serve-$n.log"); PIDS+=("$pid")
  open_ms=$(first_answer "http://127.0.0.1:$port/sparql?$ASK" "$t0" 3600)
  "$JAVA" -cp "$JAR" bench/QueryLatency.java "http://127.0.0.1:$port/sparql" - "$RUNS" >"$WORK/ours-$n.tsv"
  stop "$pid"; rm -rf "$db"

  mkdir -p "$vdir"; sql=$(free_port); http=$(free_port)
  pid=$(start_virtuoso "$vdir" "$sql" "$http"); PIDS+=("$pid")
  first_answer "http://127.0.0.1:$http/sparql?$ASK" "$(now_ms)" 600 >/dev/null
  cp "$out/cluster-policy.nt" "$vdir/"
  printf "ld_dir('%s', 'cluster-policy.nt', '%s');\nrdf_loader_run();\ncheckpoint;\n" "$vdir" "$GRAPH" >"$vdir/load.sql"
  timed isql-vt "127.0.0.1:$sql" dba dba "$vdir/load.sql"; virt_s=$SECONDS_TAKEN
  loaded=$(curl -s -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$GRAPH> { ?s ?p ?o } }" \
    "http://127.0.0.1:$http/sparql" | tail -1)
  [[ $loaded == "$triples" ]] || { echo "store-scaling: Virtuoso holds $loaded triples of $triples" >&2; exit 1; }
  "$JAVA" -cp "$JAR" bench/QueryLatency.java "http://127.0.0.1:$http/sparql" "$GRAPH" "$RUNS" >"$WORK/virtuoso-$n.tsv"
  stop "$pid"; rm -rf "$vdir" "$out"

  awk -v n="${n}x" -v p="$pages" -v t="$triples" -v cs="$conv_s" -v cm="$conv_mb" -v l="$load_ms" -v o="$open_ms" -v v="$virt_s" \
    'BEGIN { printf "%-6s %6d %9d %9.1f %8d %10.1f %10.1f %11.1f\n", n, p, t, cs, cm, l / 1000, o / 1000, v }'
  LATENCY_COLUMNS+=("$WORK/ours-$n.tsv" "$WORK/virtuoso-$n.tsv")
done

echo
echo "canned query latency, median ms (rows): this service on TDB2 | Virtuoso, per corpus"
header="query"; for n in $COPIES; do header+="\t${n}x ours\t${n}x virtuoso"; done
{ echo -e "$header"
  awk -F'\t' '{ key = $1; cell = ($2 == "error") ? "error" : $2 " (" $3 ")";
                if (!(key in row)) { order[++count] = key; row[key] = key }
                row[key] = row[key] "\t" cell }
              END { for (i = 1; i <= count; i++) print row[order[i]] }' "${LATENCY_COLUMNS[@]}"
} | column -t -s $'\t'
