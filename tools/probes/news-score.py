#!/usr/bin/env python3
"""Scores the news probes (tools/probes/news-*.txt) against tools/probes/news-expected.tsv.

usage: news-score.py JAR [-v]
Each probe is loose text about one county (安吉县, figures of 2023), run as CorpusAccuracy scores a news item:
extractPassage(text, "安吉县", 2023, insideReport=false, pageTitle) through NewsProbe.java ("headline||sentence": the
headline is passed as the page's title, as CorpusAccuracy passes a news item's pageTitle). The TSV has the format of recall-expected.tsv: file, P (positive) or C (control),
the expected values (indicator=value;...; "a|b=v" when either fits; a trailing "?" for a value that may but need not
be given; "-" for none) and the probe. A positive counts as accepted when every expected value comes out as a
value (V); a control passes when no value comes out that is not expected.
"""
import os, subprocess, sys, collections

jar = sys.argv[1]
verbose = '-v' in sys.argv
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(here, 'news-expected.tsv'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    rows.append(tuple(line.split('\t')))
def line(text):
    # "headline||sentence": the headline is the page's title, as a news item's is in the corpus
    title, sep, body = text.partition('||')
    return '安吉县\t2023\t%s\t%s\n' % ((title, body) if sep else ('-', text))
stdin = ''.join(line(text) for _, _, _, text in rows)
res = subprocess.run(['java', '-cp', jar, os.path.join(here, 'NewsProbe.java')], input=stdin,
                     capture_output=True, text=True, check=True).stdout
got = {}
for l in res.splitlines():
    parts = l.split('\t')
    vals, sugg = [], []
    for p in parts[1:]:
        kind, rest = p.split(' ', 1)
        ind, v = rest.split('=', 1)
        flags = ''
        if '[' in v:
            v, flags = v.split('[', 1)
            flags = flags.rstrip(']')
        (vals if kind == 'V' else sugg).append((ind, float(v), flags))
    got[int(parts[0])] = (vals, sugg)
stats = collections.defaultdict(collections.Counter)
for i, (f, kind, exp, text) in enumerate(rows):
    vals, sugg = got.get(i, ([], []))
    need, allowed = [], []
    for e in ([] if exp == '-' else exp.split(';')):
        ind, val = e.rstrip('?').split('=')
        (allowed if e.endswith('?') else need).append((ind.split('|'), float(val)))
    hit = lambda ind, val, lst: any(i in ind and abs(v - val) < 1e-6 for i, v, _ in lst)
    missing = [(ind, val) for ind, val in need if not hit(ind, val, vals)]
    wrong = [(i, v) for i, v, _ in vals if not any(i in ind and abs(v - val) < 1e-6 for ind, val in need + allowed)]
    s = stats[f]
    if kind == 'P':
        s['pos'] += 1
        s['pos_ok'] += not missing
        s['vals'] += len(need)
        s['vals_ok'] += len(need) - len(missing)
        s['vals_sugg'] += sum(1 for ind, val in missing if hit(ind, val, sugg))
    else:
        s['ctl'] += 1
        s['ctl_ok'] += not wrong
    s['wrong'] += len(wrong)
    if verbose and (missing or wrong):
        print('%s %s | %s' % (f, kind, text))
        for ind, val in missing:
            fl = [fl for i, v, fl in sugg if i in ind and abs(v - val) < 1e-6]
            print('    MISS %s=%g %s' % ('|'.join(ind), val, ('S ' + fl[0]) if fl else 'absent'))
        for i, v in wrong:
            print('    WRONG V %s=%g' % (i, v))
tot = collections.Counter()
for f in sorted(stats) + ['ALL']:
    s = stats[f] if f != 'ALL' else tot
    if f != 'ALL':
        tot.update(s)
    print('%-22s positives %3d/%3d accepted (values %3d/%3d, %3d more as suggestions)  controls %2d/%2d clean  wrong values %d'
          % (f, s['pos_ok'], s['pos'], s['vals_ok'], s['vals'], s['vals_sugg'], s['ctl_ok'], s['ctl'], s['wrong']))
