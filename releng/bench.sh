#!/usr/bin/env bash
# ./nines bench [--no-scram] [TREE...]: whole-process time and peak memory of `nines analyze --probability-only` on
# the Aralia fault trees, beside `scram FILE --bdd --probability true -l 1` when SCRAM is installed (apt-get install
# scram). Trees default to tests/org.nines.io.tests/resources/aralia/*.xml; nus9601 runs only when named (SCRAM does
# not finish it). Times are wall seconds of one run each on this machine: indicative, not statistics.
#
# ./nines bench --simulate [SECONDS]: speed of the Monte Carlo simulation on synthetic models of 10, 100 and 1,000
# components (redundant pairs and 2-of-3 groups in series, exponential laws, unlimited crews, threats off; see
# org.nines.analysis.simulation.SimulationBenchmark), about SECONDS (default 3) of one-thread simulation per size after
# a warm-up. Per size it prints the one-year histories and events simulated, the one-thread wall and CPU seconds, the
# million events per CPU second of the simulating thread, the two-thread million events per wall second and speed-up,
# the peak heap in MB (garbage included: it follows the young generation the JVM chooses) and the peak of the old
# generation (what survived a collection); the last line runs the 100-component model with ten times the histories,
# so that its old generation beside the first 100-component line shows whether memory grows with the histories. It runs the product's
# hidden `nines bench-simulate` command through ./nines (same flat class path and JVM options as the command line);
# the whole run takes about 20 x SECONDS. Figures depend on the machine and its load: indicative, not statistics.
#
# ./nines bench --rare [THREADS]: failure biasing (simulate --method failure-biasing) against plain sampling on the
# meshed-network example's structure with repairs as given, ten and a hundred times faster (five, seven and nine
# nines): the exact unavailability, failure biasing run to ±5 % (cycles, seconds, whether its CI covers the exact
# value), and plain one-year histories given the same wall time (their relative CI). About a second in all.
set -uo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
if [ "${1:-}" = "--simulate" ]; then
    shift
    exec "$ROOT/nines" bench-simulate "$@"
fi
if [ "${1:-}" = "--rare" ]; then
    shift
    exec "$ROOT/nines" bench-rare "$@"
fi
SCRAM=$(command -v scram || true)
if [ "${1:-}" = "--no-scram" ]; then SCRAM=""; shift; fi
if [ $# -gt 0 ]; then TREES=("$@"); else
    TREES=()
    for f in "$ROOT"/tests/org.nines.io.tests/resources/aralia/*.xml; do
        [ "$(basename "$f" .xml)" = nus9601 ] || TREES+=("$f")
    done
fi
if ! [ -x /usr/bin/time ]; then echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; fi
printf '%-10s %14s %8s %8s' tree "nines P(top)" "nines s" "MB"
[ -n "$SCRAM" ] && printf ' %14s %8s %8s %7s' "scram P(top)" "scram s" "MB" "speedup"
printf '\n'
for tree in "${TREES[@]}"; do
    [ -f "$tree" ] || tree="$ROOT/tests/org.nines.io.tests/resources/aralia/$tree.xml"
    name=$(basename "$tree" .xml)
    stats=$( { /usr/bin/time -f "%e %M" "$ROOT/nines" analyze --json --probability-only "$tree" > /tmp/nines-bench.json; } 2>&1 | tail -n1)
    p=$(grep -o '"topEventProbability":[^,]*' /tmp/nines-bench.json | cut -d: -f2)
    read -r secs kb <<< "$stats"
    printf '%-10s %14.6g %8.2f %8d' "$name" "${p:-nan}" "$secs" $((kb / 1024))
    if [ -n "$SCRAM" ]; then
        sstats=$( { /usr/bin/time -f "%e %M" timeout 300 "$SCRAM" "$tree" --bdd --probability true -l 1 -o /tmp/scram-bench.xml > /dev/null; } 2>&1 | tail -n1)
        sp=$(grep -o 'probability="[^"]*"' /tmp/scram-bench.xml 2>/dev/null | head -n1 | cut -d'"' -f2)
        read -r ssecs skb <<< "$sstats"
        printf ' %14s %8.2f %8d %6.1fx' "${sp:-timeout}" "$ssecs" $((skb / 1024)) "$(echo "$ssecs / $secs" | bc -l)"
        rm -f /tmp/scram-bench.xml
    fi
    printf '\n'
done
