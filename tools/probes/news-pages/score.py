#!/usr/bin/env python3
"""Scores the whole made-up loose pages of this folder (news items, a speech, an interview, a bulletin) as
CorpusAccuracy reads loose text: extractPassage(text, jurisdiction, year, insideReport=false, headline), through
NewsProbe.java --pages. pages.tsv gives each page's jurisdiction and year, gold.tsv its true values (the columns of
tools/probes/reports/gold-*.tsv; status `value` or `unclear`).

usage: python3 tools/probes/news-pages/score.py JAR [-v]   (-v: also the suggestions and every value given)
"""
import csv, json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
jar = sys.argv[1]
args = []
for r in csv.DictReader(open(os.path.join(here, 'pages.tsv'), encoding='utf-8'), delimiter='\t'):
    args += [os.path.join(here, r['file']), r['jurisdiction'], r['year']]
res = subprocess.run(['java', '-cp', jar, os.path.join(here, '..', 'NewsProbe.java'), '--pages'] + args,
                     capture_output=True, text=True, check=True).stdout
tmp = os.path.join('/tmp', 'news-pages-%d.jsonl' % os.getpid())
open(tmp, 'w', encoding='utf-8').write(res)
subprocess.run([sys.executable, os.path.join(here, '..', 'reports', 'score.py'), os.path.join(here, 'gold.tsv'), tmp], check=True)
if '-v' in sys.argv:
    for l in res.splitlines():
        r = json.loads(l)
        print(os.path.basename(r['file']))
        print('  V ' + ' '.join('%s=%s' % (v['indicator'], v['value']) for v in r['values']))
        print('  S ' + ' '.join('%s=%s%s' % (v['indicator'], v['value'], v['flags']) for v in r['suggestions']))
os.remove(tmp)
