#!/usr/bin/env python3
"""Scores the recall probes (tools/probes/recall-*.txt) against tools/probes/recall-expected.tsv.

usage: recall-score.py JAR [-v]
The TSV has one row per probe: file, P (positive) or C (control), the expected values
(indicator=value;...; "a|b=v" when either indicator fits; a trailing "?" marks a value that may but need not be
given; "-" for none) and the probe itself (the same text as the line in the .txt file).
Values derived from others (derived: true) are left out. A positive counts as accepted when every expected value comes out as a value (V); a control passes when no
value comes out that is not expected. Any value not expected is listed as a wrong value.
"""
import json, os, subprocess, sys, tempfile, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_score

jar = sys.argv[1]
verbose = '-v' in sys.argv
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(here, 'recall-expected.tsv'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    f, kind, exp, text = line.split('\t')
    rows.append((f, kind, exp, text))
d = tempfile.mkdtemp()
for i, (f, kind, exp, text) in enumerate(rows):
    with open(os.path.join(d, 'p%04d.txt' % i), 'w', encoding='utf-8') as out:
        out.write('安吉县人民政府2023年度法治政府建设情况报告\n\n' + text.replace('||', '\n') + '\n')
res = subprocess.run(['java', '-jar', jar, 'extract'] + sorted(os.path.join(d, n) for n in os.listdir(d)),
                     capture_output=True, text=True, check=True).stdout
got = {}
for l in res.splitlines():
    l = l.strip()
    if not l:
        continue
    r = json.loads(l)
    got[os.path.basename(r['file'])] = r
stats = collections.defaultdict(lambda: collections.Counter())
for i, (f, kind, exp, text) in enumerate(rows):
    r = got.get('p%04d.txt' % i, {})
    vals = [(v['indicator'], float(v['value'])) for v in r.get('values', []) if not v.get('derived')]
    sugg = [(v['indicator'], float(v['value']), ','.join(v.get('flags', []))) for v in r.get('suggestions', [])]
    probe_score.tally(stats[f], f, kind, text, exp, vals, sugg, verbose)
tot = collections.Counter()
for f in sorted(stats):
    s = stats[f]
    tot.update(s)
    print('%-28s positives %3d/%3d accepted (values %3d/%3d, %3d more as suggestions)  controls %2d/%2d clean  wrong values %d'
          % (f, s['pos_ok'], s['pos'], s['vals_ok'], s['vals'], s['vals_sugg'], s['ctl_ok'], s['ctl'], s['wrong']))
s = tot
print('%-28s positives %3d/%3d accepted (values %3d/%3d, %3d more as suggestions)  controls %2d/%2d clean  wrong values %d'
      % ('ALL', s['pos_ok'], s['pos'], s['vals_ok'], s['vals'], s['vals_sugg'], s['ctl_ok'], s['ctl'], s['wrong']))
