#!/bin/sh
# The import's storage part against SQLite's own speed (issue 17's target: ≤ 3×).
#
#   tools/bench-sqlite-load.sh [COUNT] [RUNS] [IMPORTS]   (defaults: 1000 reports, 3 loads, 1 import)
#
# 1. `bench import --count COUNT --keep FILE` imports generated reports into a fresh workspace (one transaction
#    per report) and prints the import, the same files read and extracted without storing (the two passes
#    alternate a hundred files at a time, so both meet the same load), and the difference:
#    the storage part, in wall and in CPU seconds of the importing thread. With IMPORTS > 1 it does so IMPORTS
#    times (each into its own fresh workspace) and takes the median storage part: the part is the difference of
#    two timed passes, and one import on a busy machine swings by more than what a change to storing saves.
# 2. The sqlite3 command line dumps that workspace (`.dump`: every row, the report contents as blobs) and loads
#    the dump into an empty database RUNS times (one transaction, as a dump is written); wall and CPU (user+sys)
#    of each load from /usr/bin/time.
# 3. It prints storage part ÷ load, for wall and for CPU (median load). On a machine shared with other jobs
#    compare CPU: wall times then measure the other jobs as much as this one.
#
# Needs: the jar (mvn -q package -DskipTests), sqlite3 (apt-get install sqlite3), /usr/bin/time (apt: time).
set -eu
COUNT=${1:-1000}
RUNS=${2:-3}
IMPORTS=${3:-1}
JAR=${JAR:-target/fazhi-workbench.jar}
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$WORK/storage.txt"
i=1
while [ "$i" -le "$IMPORTS" ]; do
    rm -f "$WORK/imported.db"
    java -Xmx512m -jar "$JAR" bench import --count "$COUNT" --keep "$WORK/imported.db" | tee "$WORK/import.txt"
    # "storage part (import - extract)  1.23 s (0.98 s CPU), ..."
    sed -n 's/.*storage part (import - extract) *\([0-9.-]*\) s (\([0-9.-]*\) s CPU).*/\1 \2/p' "$WORK/import.txt" >> "$WORK/storage.txt"
    echo "import $i: load average $(cut -d' ' -f1-3 /proc/loadavg)"
    i=$((i + 1))
done
STORAGE_WALL=$(cut -d' ' -f1 "$WORK/storage.txt" | median)
STORAGE_CPU=$(cut -d' ' -f2 "$WORK/storage.txt" | median)

sqlite3 "$WORK/imported.db" .dump > "$WORK/dump.sql"
echo "dump: $(du -h "$WORK/dump.sql" | cut -f1), $(sqlite3 "$WORK/imported.db" 'SELECT count(*) FROM reports') reports, $(sqlite3 "$WORK/imported.db" 'SELECT count(*) FROM indicator_values') values"
: > "$WORK/loads.txt"
i=1
while [ "$i" -le "$RUNS" ]; do
    rm -f "$WORK/loaded.db"
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" sqlite3 "$WORK/loaded.db" < "$WORK/dump.sql"
    read -r wall user sys < "$WORK/time.txt"
    cpu=$(awk "BEGIN {print $user + $sys}")
    echo "sqlite3 load $i: $wall s wall, $cpu s CPU"
    echo "$wall $cpu" >> "$WORK/loads.txt"
    i=$((i + 1))
done
LOAD_WALL=$(cut -d' ' -f1 "$WORK/loads.txt" | median)
LOAD_CPU=$(cut -d' ' -f2 "$WORK/loads.txt" | median)
echo "storage part (median of $IMPORTS: $(cut -d' ' -f2 "$WORK/storage.txt" | sort -n | tr '\n' ' ')s CPU): $STORAGE_WALL s wall, $STORAGE_CPU s CPU; sqlite3 load (median of $RUNS): $LOAD_WALL s wall, $LOAD_CPU s CPU"
awk -v sw="$STORAGE_WALL" -v sc="$STORAGE_CPU" -v lw="$LOAD_WALL" -v lc="$LOAD_CPU" \
    'BEGIN {printf "ratio storage part / sqlite3 load: %.1f× wall, %.1f× CPU (target ≤ 3×)\n", sw / lw, sc / lc}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
