#!/bin/bash
# usage: tools/probes/probediff.sh OLD_JAR NEW_JAR [REPO_DIR]
# Runs every probe file of tools/probes (redteam-*.txt and recall-*.txt as 安吉县 2023, a file whose name says
# "city" as 湖州市; reports/*.txt as whole reports) with both jars and prints only the differences.
# Empty output: no probe moved.
B=$1; N=$2; R=${3:-$(pwd)}
here=$(dirname "$0")
out=$(mktemp -d)
for f in $R/tools/probes/redteam-*.txt $R/tools/probes/recall-*.txt; do
  [ -f "$f" ] || continue
  t=安吉县; case "$f" in *city*) t=湖州市;; esac
  TITLE=$t $here/probe.sh $B < $f > $out/base-$(basename $f)
  TITLE=$t $here/probe.sh $N < $f > $out/new-$(basename $f)
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
reports $B > $out/rb
reports $N > $out/rn
diff $out/rb $out/rn | sed 's|^|reports: |'
rm -rf $out
