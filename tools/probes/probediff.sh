#!/bin/bash
# usage: tools/probes/probediff.sh OLD_JAR NEW_JAR [REPO_DIR]
# Runs every probe file of tools/probes (redteam-*.txt and recall-*.txt as 安吉县 2023, a file whose name says
# "city" as 湖州市; reports/*.txt as whole reports; news-expected.tsv's loose-text probes and news-pages/ as loose text)
# with both jars and prints only the differences.
# Empty output: no probe moved.
B=$1; N=$2; R=${3:-$(pwd)}
here=$(dirname "$0")
out=$(mktemp -d)
for f in $R/tools/probes/redteam-*.txt $R/tools/probes/recall-*.txt; do
  [ -f "$f" ] || continue
  t=$($here/title-of.sh "$f")
  YEAR=$($here/year-of.sh "$f") TITLE=$t $here/probe.sh $B < $f > $out/base-$(basename $f)
  YEAR=$($here/year-of.sh "$f") TITLE=$t $here/probe.sh $N < $f > $out/new-$(basename $f)
  diff $out/base-$(basename $f) $out/new-$(basename $f) | sed "s|^|$(basename $f): |"
done
reports() {
  java -jar $1 extract $R/tools/probes/reports/*.txt 2>/dev/null | python3 -c 'import sys,json
for l in sys.stdin:
  l=l.strip()
  if not l: continue
  r=json.loads(l)
  for v in r.get("values",[]): print(r["file"].split("/")[-1],"V",v["indicator"],v["value"])
  for v in r.get("suggestions",[]): print(r["file"].split("/")[-1],"S",v["indicator"],v["value"],",".join(v.get("flags",[])))'
}
# loose text: every news probe of news-expected.tsv (安吉县 2023, "headline||text") and the whole loose pages of news-pages/
news() {
  grep -v '^#' $R/tools/probes/news-expected.tsv | awk -F'\t' 'NF==4{t=$4; h="-"; i=index(t,"||"); if(i){h=substr(t,1,i-1); t=substr(t,i+2)}; print "安吉县\t2023\t" h "\t" t}' \
    | java -cp $1 $R/tools/probes/NewsProbe.java | paste <(grep -v '^#' $R/tools/probes/news-expected.tsv | awk -F'\t' 'NF==4{print $1}') -
  args=$(tail -n +2 $R/tools/probes/news-pages/pages.tsv | awk -F'\t' -v d=$R/tools/probes/news-pages '{print d "/" $1, $2, $3}')
  java -cp $1 $R/tools/probes/NewsProbe.java --pages $args | sed 's|"file":"[^"]*/|"file":"|'
}
news $B > $out/nb
news $N > $out/nn
diff $out/nb $out/nn | sed 's|^|news: |'
reports $B > $out/rb
reports $N > $out/rn
diff $out/rb $out/rn | sed 's|^|reports: |'
rm -rf $out
