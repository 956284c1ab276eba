# Shared by the benchmark scripts (sourced, not run): finding a JDK, loopback ports, waiting for a server.

# Sets JAVA to a Java 21+ (JAVA or JAVA_HOME if given, else the usual places), or exits 2 naming the problem.
find_java() {
  if [[ -z "${JAVA:-}" ]]; then
    local j
    for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
      if [[ -x "$j" ]] && "$j" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then JAVA=$j; break; fi
    done
  fi
  [[ -n "${JAVA:-}" ]] || { echo "$(basename "$0"): no JDK 21+ found (set JAVA=/path/to/java)" >&2; exit 2; }
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

now_ms() { date +%s%3N; }

# Waits (at most LIMIT seconds, default 60) for a 200 from URL; prints the milliseconds since T0.
first_answer() {
  local url=$1 t0=$2 limit=${3:-60}
  local deadline=$(( $(now_ms) + limit * 1000 ))
  while (( $(now_ms) < deadline )); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$url" || true) == 200 ]]; then echo $(( $(now_ms) - t0 )); return; fi
    sleep 0.01
  done
  echo "$(basename "$0"): no answer from $url within $limit s" >&2; exit 1
}

# The figures of one wrk --latency run's output: prints "req/s p50 p99 errors requests", where errors
# counts non-2xx answers and socket errors.
wrk_figures() {
  local out=$1
  local rps p50 p99 non2xx sock total
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out"); sock=${sock:-0}
  echo "$rps $p50 $p99 $(( non2xx + sock )) $total"
}

# Runs a command with its output in $WORK/cmd.log; sets SECONDS_TAKEN and PEAK_MB (peak RSS), or
# exits with the command's last lines.
timed() {
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/cmd.log" 2>&1 \
    || { echo "$(basename "$0"): failed: $*" >&2; tail -5 "$WORK/cmd.log" >&2; exit 1; }
  local peak_kb
  read -r SECONDS_TAKEN peak_kb <"$WORK/time"
  PEAK_MB=$(( peak_kb / 1024 ))
}
