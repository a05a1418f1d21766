#!/bin/bash
# usage: tools/probes/round48-score.sh JAR [BATCH] [-v] — scores round 48's one-line probes (BATCH: "" for the first
# batch, "-b", "-c", …), each file as the report its name says (title-of.sh): -county 安吉县, -district 杭州市西湖区,
# -countycity 乐清市 (a county-level city), -city 湖州市 (a prefecture city). Then the batch's sums.
JAR=$1; B=$2; V=$3; here=$(dirname "$0")
for f in $here/redteam-round48-parts$B-*.tsv; do
  [ -f "$f" ] || continue; k=${f##*/redteam-round48-parts$B-}
  case $k in *-*) continue;; esac  # the first batch's glob also meets -b-county…: keep only this batch's files
  t=$($here/title-of.sh "$f")
  echo "== $(basename $f) ($t)"; TITLE=$t python3 $here/round17-score.py $JAR $f $V
done | tee /tmp/r48-score-$$.txt
grep '^values:' /tmp/r48-score-$$.txt | python3 -c 'import sys,re
s=[0]*7
for l in sys.stdin:
  n=list(map(int,re.findall(r"\d+",l)))
  s=[a+b for a,b in zip(s,n)]
print("SUM: wrong %d, right %d, missed %d; traps clean %d/%d; positives whole %d/%d"%tuple(s))'
rm -f /tmp/r48-score-$$.txt
