"""Scoring shared by recall-score.py and news-score.py: one probe line's expected figures against what a jar gave."""
import collections


def expected(exp):
    """'a.b=12;c|d=3?' -> needed and allowed (optional, '?') figures, each (indicator codes, value)."""
    need, allowed = [], []
    for e in ([] if exp == '-' else exp.split(';')):
        ind, val = e.rstrip('?').split('=')
        (allowed if e.endswith('?') else need).append((ind.split('|'), float(val)))
    return need, allowed


def _hit(ind, val, lst):
    return any(i in ind and abs(item[1] - val) < 1e-6 for item in lst for i in [item[0]])


def tally(s, f, kind, text, exp, vals, sugg, verbose):
    """Counts one probe ('P' positive or control) into the Counter s; vals (code, value, ...), sugg (code, value, flags)."""
    need, allowed = expected(exp)
    missing = [(ind, val) for ind, val in need if not _hit(ind, val, vals)]
    wrong = [(v[0], v[1]) for v in vals if not any(v[0] in ind and abs(v[1] - val) < 1e-6 for ind, val in need + allowed)]
    if kind == 'P':
        s['pos'] += 1
        s['pos_ok'] += not missing
        s['vals'] += len(need)
        s['vals_ok'] += len(need) - len(missing)
        s['vals_sugg'] += sum(1 for ind, val in missing if _hit(ind, val, sugg))
    else:
        s['ctl'] += 1
        s['ctl_ok'] += not wrong
    s['wrong'] += len(wrong)
    if verbose and (missing or wrong):
        print('%s %s | %s' % (f, kind, text))
        for ind, val in missing:
            fl = [g[2] for g in sugg if g[0] in ind and abs(g[1] - val) < 1e-6]
            print('    MISS %s=%g %s' % ('|'.join(ind), val, ('S ' + fl[0]) if fl else 'absent'))
        for i, v in wrong:
            print('    WRONG V %s=%g' % (i, v))


def new_stats():
    return collections.defaultdict(collections.Counter)
