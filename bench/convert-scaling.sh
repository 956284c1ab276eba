#!/usr/bin/env bash
# Convert time and peak memory per page, on synthetic corpora made by bench/SyntheticCorpus.java
# from the committed sources (written to a temporary folder, never committed).
#
#   bench/convert-scaling.sh [COPIES [LONG_CHAINS]]
#
# COPIES (default "1 10 100"): for each n, a corpus of n variants of every committed page, converted
#   in one run; prints pages, KB, seconds, seconds per page, peak RSS.
# LONG_CHAINS (default "5 10 20 40"): for each n, one page chaining n variants of the overview
#   (about 15 KB each; 40 is about 550 KB), converted alone; prints KB, seconds, peak RSS. A linear
#   converter keeps seconds per 100 KB about constant as the page grows.
# Each conversion runs in its own JVM, so every figure includes about 2 s of start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-"1 10 100"}
chains=${2:-"5 10 20 40"}
. bench/lib.sh
find_java
java=$JAVA
jar=target/cluster-policy-kg.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
WORK=$(mktemp -d /tmp/convert-scaling-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $("$java" -version 2>&1 | head -1)"
echo "corpus     pages      KB   seconds  s/page  peak_MB"
for n in $copies; do
  corpus="$WORK/corpus-$n"
  "$java" bench/SyntheticCorpus.java "$corpus" "$n" > /dev/null
  pages=$(ls "$corpus"/*.txt | wc -l)
  kb=$(du -cb "$corpus"/*.txt | awk 'END{printf "%.0f", $1 / 1000}')
  timed "$java" -jar "$jar" convert --out "$WORK/out-$n" "$corpus"/*.txt; secs=$SECONDS_TAKEN peak=$PEAK_MB
  awk -v n="$n" -v p="$pages" -v kb="$kb" -v s="$secs" -v m="$peak" 'BEGIN{printf "%4dx  %9d  %6d  %8.1f  %6.3f  %7d\n", n, p, kb, s, s / p, m}'
  rm -rf "$corpus" "$WORK/out-$n"
done
echo
echo "long page        KB   seconds  s/100KB  peak_MB"
for n in $chains; do
  corpus="$WORK/long-$n"
  "$java" bench/SyntheticCorpus.java "$corpus" 0 1 "$n" > /dev/null
  kb=$(du -b "$corpus"/long-overview-1.txt | awk '{printf "%.0f", $1 / 1000}')
  timed "$java" -jar "$jar" convert --out "$WORK/out-long-$n" "$corpus"/long-overview-1.txt; secs=$SECONDS_TAKEN peak=$PEAK_MB
  awk -v n="$n" -v kb="$kb" -v s="$secs" -v m="$peak" 'BEGIN{printf "%3d overviews  %6d  %8.1f  %7.2f  %7d\n", n, kb, s, s / kb * 100, m}'
  rm -rf "$corpus" "$WORK/out-long-$n"
done
