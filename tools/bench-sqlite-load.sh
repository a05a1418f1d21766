#!/bin/sh
# The import's storage part against SQLite's own speed (issue 17's target: ≤ 3×).
#
#   tools/bench-sqlite-load.sh [COUNT] [RUNS]        (defaults: 1000 reports, 3 loads)
#
# 1. `bench import --count COUNT --keep FILE` imports generated reports into a fresh workspace (one transaction
#    per report) and prints the import, the same files read and extracted without storing, and the difference:
#    the storage part, in wall and in CPU seconds of the importing thread.
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
JAR=${JAR:-target/fazhi-workbench.jar}
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m -jar "$JAR" bench import --count "$COUNT" --keep "$WORK/imported.db" | tee "$WORK/import.txt"
# "storage part (import - extract)  1.23 s (0.98 s CPU), ..."
STORAGE_WALL=$(sed -n 's/.*storage part (import - extract) *\([0-9.]*\) s (\([0-9.]*\) s CPU).*/\1/p' "$WORK/import.txt")
STORAGE_CPU=$(sed -n 's/.*storage part (import - extract) *\([0-9.]*\) s (\([0-9.]*\) s CPU).*/\2/p' "$WORK/import.txt")

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
LOAD_WALL=$(cut -d' ' -f1 "$WORK/loads.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
LOAD_CPU=$(cut -d' ' -f2 "$WORK/loads.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "storage part: $STORAGE_WALL s wall, $STORAGE_CPU s CPU; sqlite3 load (median of $RUNS): $LOAD_WALL s wall, $LOAD_CPU s CPU"
awk -v sw="$STORAGE_WALL" -v sc="$STORAGE_CPU" -v lw="$LOAD_WALL" -v lc="$LOAD_CPU" \
    'BEGIN {printf "ratio storage part / sqlite3 load: %.1f× wall, %.1f× CPU (target ≤ 3×)\n", sw / lw, sc / lc}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
