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
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_score

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
    probe_score.tally(stats[f], f, kind, text, exp, vals, sugg, verbose)
tot = collections.Counter()
for f in sorted(stats) + ['ALL']:
    s = stats[f] if f != 'ALL' else tot
    if f != 'ALL':
        tot.update(s)
    print('%-22s positives %3d/%3d accepted (values %3d/%3d, %3d more as suggestions)  controls %2d/%2d clean  wrong values %d'
          % (f, s['pos_ok'], s['pos'], s['vals_ok'], s['vals'], s['vals_sugg'], s['ctl_ok'], s['ctl'], s['wrong']))
