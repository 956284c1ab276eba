#!/usr/bin/env bash
# N replicas of the service behind nginx, on loopback ports the system picks: a replicated deploy to
# copy from, and what ReplicasIT and bench/replicas.sh run.
#
#   deploy/replicas.sh [N]          N replicas (default 2); Ctrl-C or SIGTERM stops everything
#
# Each replica is `serve --port 0 --trust-proxy` over the same graph: the service is stateless over a
# graph that does not change, so any replica answers any request, with the same ETag. nginx balances
# them (least_conn) and passes Host, X-Forwarded-Host, -Proto and -For, so that no link, Location or
# description names a replica (they count only because of --trust-proxy). A request that fails on a
# replica with a connection error, a timeout, 502 or 504 is retried on another (proxy_next_upstream;
# every request of this service is read-only, POSTed SPARQL queries included, so all may be retried).
# Health checks: a replica takes requests only once its /health answers. Then nginx checks passively:
# a replica that fails a request (refuses the connection, breaks it, times out) is left out for 5 s
# (max_fails=1 fail_timeout=5s) and the request goes to another. The script asks every replica's
# /health every CHECK_INTERVAL seconds and reports a change ("replica 1 down", "replica 1 up") for
# the operator, but does not reload nginx for it: a reload closes idle keep-alive connections, and a
# client that does not retry then (wrk does not) counts an error. Open-source nginx has no active
# checks; nginx Plus (`health_check uri=/health`), HAProxy (`option httpchk GET /health`) and a
# Kubernetes readinessProbe on /health do them without that cost.
#
# Environment:
#   JAVA            a Java 21+ (default: $JAVA_HOME/bin/java, else the first JDK 21+ in /usr/lib/jvm or on the PATH)
#   JAR             the service (default target/cluster-policy-kg.jar; build it with mvn -B package -DskipTests)
#   SERVE_ARGS      arguments of every replica (default "--data data/cluster-policy.trig"; for a graph in a
#                   SPARQL store: "--sparql-endpoint http://store:8890/sparql --graph IRI")
#   HEAP            heap of each replica (default 1g)
#   CHECK_INTERVAL  seconds between two health checks (default 2)
#
# Prints one line per replica ("replica 1 http://127.0.0.1:PORT pid PID"), one for nginx ("nginx
# http://127.0.0.1:PORT/ pid PID"), then "ready"; later "replica I down" and "replica I up" as the
# health checks find them. Talks to 127.0.0.1 only. Needs nginx (Debian: nginx-light) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-2}
[[ $N =~ ^[1-9][0-9]?$ ]] || { echo "replicas.sh: N must be a number from 1 to 99, not '$N'" >&2; exit 2; }
CHECK_INTERVAL=${CHECK_INTERVAL:-2}
HEAP=${HEAP:-1g}
JAR=${JAR:-target/cluster-policy-kg.jar}
read -r -a SERVE <<< "${SERVE_ARGS:---data data/cluster-policy.trig}"
JAVA=${JAVA:-}
if [[ -z $JAVA ]]; then
  for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    if [[ -x $j ]] && "$j" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then JAVA=$j; break; fi
  done
fi
[[ -n $JAVA ]] || { echo "replicas.sh: no Java 21+ found (set JAVA)" >&2; exit 2; }
[[ -f $JAR ]] || { echo "replicas.sh: $JAR is missing (build it with mvn -B package -DskipTests)" >&2; exit 2; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || { echo "replicas.sh: nginx is not installed (Debian: apt-get install nginx-light)" >&2; exit 2; }
command -v curl >/dev/null || { echo "replicas.sh: curl is not installed" >&2; exit 2; }

WORK=$(mktemp -d /tmp/cluster-policy-replicas.XXXXXX)
mkdir -p "$WORK/tmp"
declare -a PID PORT STATE
NGINX_PID=

stop() {
  trap - EXIT INT TERM
  local all=("${PID[@]}") 
  [[ -n $NGINX_PID ]] && all+=("$NGINX_PID")
  kill "${all[@]}" 2>/dev/null || true
  for _ in $(seq 1 100); do  # at most 20 s for a clean stop, then no more waiting
    local alive=0
    for p in "${all[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    (( alive )) || break
    sleep 0.2
  done
  kill -9 "${all[@]}" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop EXIT
trap 'exit 0' INT TERM

healthy() { [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/health" || true) == 200 ]]; }

for i in $(seq 1 "$N"); do
  "$JAVA" -Xmx"$HEAP" -jar "$JAR" serve --port 0 --trust-proxy "${SERVE[@]}" >"$WORK/replica-$i.log" 2>&1 &
  PID[$i]=$!
done
for i in $(seq 1 "$N"); do
  for _ in $(seq 1 900); do  # a replica converts nothing and loads one dump: minutes at most on a busy machine
    PORT[$i]=$(grep -m1 -oE 'health +http://localhost:[0-9]+/health' "$WORK/replica-$i.log" | grep -oE '[0-9]+/health' | cut -d/ -f1 || true)
    [[ -n ${PORT[$i]} ]] && break
    kill -0 "${PID[$i]}" 2>/dev/null || { echo "replicas.sh: replica $i stopped while starting:" >&2; tail -5 "$WORK/replica-$i.log" >&2; exit 1; }
    sleep 0.2
  done
  [[ -n ${PORT[$i]} ]] || { echo "replicas.sh: replica $i printed no port within 180 s" >&2; exit 1; }
  for _ in $(seq 1 150); do healthy "${PORT[$i]}" && break; sleep 0.2; done
  healthy "${PORT[$i]}" || { echo "replicas.sh: replica $i does not answer /health" >&2; exit 1; }
  STATE[$i]=up
  echo "replica $i http://127.0.0.1:${PORT[$i]} pid ${PID[$i]}"
done

write_conf() {
  {
    [[ $(id -u) == 0 ]] && echo "user root;"
    cat <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  # SPARQL queries come in the URL too: room for long ones (longer still go as POST)
  large_client_header_buffers 4 64k;
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  upstream replicas {
    least_conn;
CONF
    for i in $(seq 1 "$N"); do
      echo "    server 127.0.0.1:${PORT[$i]} max_fails=1 fail_timeout=5s;"
    done
    cat <<CONF
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$1;
    location / {
      proxy_pass http://replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_504 non_idempotent;
      proxy_next_upstream_tries $N;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      client_max_body_size 1m;
    }
  }
}
CONF
  } >"$WORK/nginx.conf.new"
  mv "$WORK/nginx.conf.new" "$WORK/nginx.conf"
}

# nginx cannot be told to pick a port: try free-looking ones until one binds.
NPORT=
for _ in $(seq 1 20); do
  candidate=$(( 20000 + RANDOM % 40000 ))
  (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue  # something listens there
  write_conf "$candidate"
  "$NGINX" -p "$WORK" -c "$WORK/nginx.conf" >>"$WORK/nginx.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$candidate/health" || true) == 200 ]] && { NPORT=$candidate; break; }
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $NPORT ]] && break
  kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=
done
[[ -n $NPORT ]] || { echo "replicas.sh: nginx did not start:" >&2; tail -5 "$WORK/nginx.log" "$WORK/nginx-error.log" >&2 2>/dev/null; exit 1; }
echo "nginx http://127.0.0.1:$NPORT/ pid $NGINX_PID"
echo "ready"

while kill -0 "$NGINX_PID" 2>/dev/null; do
  sleep "$CHECK_INTERVAL" & wait $! || true
  for i in $(seq 1 "$N"); do
    now=down; healthy "${PORT[$i]}" && now=up
    if [[ $now != "${STATE[$i]}" ]]; then STATE[$i]=$now; echo "replica $i $now"; fi
  done
done
echo "replicas.sh: nginx stopped" >&2
exit 1
