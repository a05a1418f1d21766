#!/bin/bash
# usage: tools/probes/mergecheck.sh JAR [REPO] — every guard on one jar, for a merge or a hand-in: samples md5, the
# accuracy lines (the frozen part: its ALL and "of which" lines only, never its sentences), recall and news probes,
# loose pages, every whole-report gold and every probe tsv (round 15's tsv files have another format and are left out).
JAR=$(readlink -f "$1"); R=${2:-$(cd "$(dirname "$0")/../.." && pwd)}; cd "$R"
SEEDS=$(cd "${SEEDS:-$R/../shared/seeds}" && pwd)  # a canonical path: the md5 covers the file names extract prints
echo "== samples md5 (expect 885ad9abd6562bf11eed956b61e47d19)"; java -jar $JAR extract $SEEDS/*.txt | md5sum
echo "== accuracy"; java -jar $JAR bench accuracy 2>&1 | grep -E "^[A-Za-z].*: [0-9]+ sentences|^ALL|^  of which"
java -jar $JAR bench accuracy --dev-holdout 2>&1 | grep -E "^[A-Za-z].*: [0-9]+ sentences|^ALL"
echo "== recall"; python3 tools/probes/recall-score.py $JAR | tail -3
echo "== news"; python3 tools/probes/news-score.py $JAR | tail -4
echo "== news pages"; python3 tools/probes/news-pages/score.py $JAR | tail -1
echo "== whole reports"
for g in tools/probes/reports/gold-r*.tsv; do
  files=$(cut -f1 $g | tail -n +2 | sort -u | sed 's#^#tools/probes/reports/#')
  java -jar $JAR extract $files > /tmp/mc-$$.jsonl 2>/dev/null
  echo "$(basename $g) $(python3 tools/probes/reports/score.py $g /tmp/mc-$$.jsonl | tail -1)"
done
echo "== probe tsv files"
for t in tools/probes/redteam-round*.tsv; do case $t in *round15*) continue;; esac
  export TITLE=$(tools/probes/title-of.sh $t) YEAR=$(tools/probes/year-of.sh $t)
  echo "$(basename $t) $(python3 tools/probes/round17-score.py $JAR $t | tail -1)"
done
