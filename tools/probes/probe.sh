#!/bin/bash
# usage: probe.sh JAR < sentences ; one probe per line; "||" splits a probe into lines; TITLE sets the county
JAR=${1:-target/fazhi-workbench.jar}
T=${TITLE:-安吉县}
Y=${YEAR:-2023}
d=$(mktemp -d)
i=0
while IFS= read -r line; do
  [ -z "$line" ] && continue
  i=$((i+1))
  body="${line//||/$'\n'}"
  printf '%s人民政府%s年度法治政府建设情况报告\n\n%s\n' "$T" "$Y" "${body//\\t/$'\t'}" > $d/p$(printf %03d $i).txt
done
java -jar $JAR extract $d/*.txt | python3 -c '
import sys,json
for l in sys.stdin:
    l=l.strip()
    if not l: continue
    r=json.loads(l)
    body=open(r["file"]).read().split("\n",2)[2].strip()
    print("==",body[:160].replace("\n"," | "))
    for v in r.get("values",[]): print("   V",v["indicator"],v["value"],v.get("qualifier",""),"(derived)" if v.get("derived") else "")
    for v in r.get("suggestions",[]): print("   S",v["indicator"],v["value"],",".join(v.get("flags",[])))
'
rm -rf $d
