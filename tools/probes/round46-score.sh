#!/bin/bash
# usage: tools/probes/round46-score.sh JAR [BATCH] — scores round 46's one-line probes, each file as the report of the
# jurisdiction its name says (BATCH: "" for the first batch, "-b", "-c", …): -city 湖州市, -district 杭州市西湖区,
# -countycity 乐清市 (a county-level city), -zone 长兴经济技术开发区, -county 安吉县, -gxdistrict 南宁市青秀区,
# -gxcounty 宾阳县 (Guangxi: 全区 is the region above a county), -changed 杭州市临安区 (a district made of a county-level
# city in 2017). mergecheck.sh runs only the -city files with their title.
JAR=$1; B=$2; V=${3:--v}; here=$(dirname "$0")
for k in city district countycity zone county gxdistrict gxcounty changed; do
  f=$here/redteam-round46-levels$B-$k.tsv; [ -f "$f" ] || continue
  case $k in city) t=湖州市;; district) t=杭州市西湖区;; countycity) t=乐清市;; zone) t=长兴经济技术开发区;;
    county) t=安吉县;; gxdistrict) t=南宁市青秀区;; gxcounty) t=宾阳县;; changed) t=杭州市临安区;; esac
  echo "== $(basename $f) ($t)"; TITLE=$t python3 $here/round17-score.py $JAR $f $V
done
