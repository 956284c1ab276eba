#!/usr/bin/env bash
# Benchmark, not a test: requests per second of a country profile page and of /map under 16
# concurrent clients, against the packaged server on a free loopback port. Prints the figures;
# judges nothing. Usage: bash bench/pages.sh [SECONDS]   (default 10 per page)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}

# a JDK 21+: JAVA_HOME if it is one, else the newest in /usr/lib/jvm
java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
  major=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then java=$candidate; break; fi
done
[ -n "$java" ] || { echo "pages.sh: no JDK 21+ found (set JAVA_HOME)" >&2; exit 2; }
[ -f target/cluster-policy-kg.jar ] || mvn -B -q package -DskipTests

log=$(mktemp)
"$java" -jar target/cluster-policy-kg.jar serve --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 120); do
  url=$(sed -n 's#^  home *\(http://localhost:[0-9]*\)/$#\1#p' "$log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { echo "pages.sh: the server did not start" >&2; cat "$log" >&2; exit 1; }
profile=$(curl -s -H 'Accept: text/html' "$url/id/profile/" | grep -o 'href="/id/profile/[a-z][a-z-]*"' | sed -n 's#href="\(.*\)"#\1#p' | head -1)
echo "server: $url ($(grep -m1 'serves' "$log"))"
"$java" bench/PageLoad.java "$url" 16 "$seconds" "$profile" /map
