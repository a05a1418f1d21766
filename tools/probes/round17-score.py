import sys,json,subprocess,tempfile,os
jar=sys.argv[1]; tsv=sys.argv[2]; verbose='-v' in sys.argv
title=os.environ.get('TITLE','安吉县'); year=os.environ.get('YEAR','2023')
rows=[l.rstrip('\n').split('\t') for l in open(tsv) if l.strip() and not l.startswith('line\t')]
if rows and rows[0][0].isdigit(): rows=[r[1:] for r in rows]
d=tempfile.mkdtemp(); files=[]
for i,r in enumerate(rows):
    f=os.path.join(d,'p%03d.txt'%i); files.append(f)
    open(f,'w').write('%s人民政府%s年度法治政府建设情况报告\n\n%s\n'%(title,year,r[0].replace('||','\n').replace('\\t','\t')))  # a literal \t in a probe is a table's TAB (round 54)
out=subprocess.run(['java','-jar',jar,'extract']+files,capture_output=True,text=True).stdout
got={}
for l in out.splitlines():
    if l.strip():
        j=json.loads(l); got[j['file']]=j
wrong=right=missed=0; ctl_ok=trap_ok=ntrap=nctl=0
for i,r in enumerate(rows):
    p,e=r[0],r[1]
    vals={(v['indicator'],float(v['value'])) for v in got.get(files[i],{}).get('values',[]) if not (v.get('derived') and e not in ('-','?'))}
    sugg=[(v['indicator'],v['value'],','.join(v.get('flags',[]))) for v in got.get(files[i],{}).get('suggestions',[])]
    if e=='?':
        if verbose: print('?',p,sorted(vals)); 
        continue
    exp=set()
    if e!='-':
        for kv in e.split(';'):
            k,v=kv.split('=')
            if v.endswith('?'):
                # "k=v?": a value that may but need not be given (labelled unclear): neither wrong nor missed
                if (k,float(v[:-1])) in vals: vals.discard((k,float(v[:-1])))
                continue
            # "a|b=v": either indicator fits (e.g. 办理复议案件 as received or accepted); the first one found is it
            found=[a for a in k.split('|') if (a,float(v)) in vals]
            exp.add((found[0] if found else k.split('|')[0],float(v)))
    w=vals-exp; ok=vals&exp; m=exp-vals
    wrong+=len(w); right+=len(ok); missed+=len(m)
    if e=='-':
        ntrap+=1; trap_ok+= (not w)
    else:
        nctl+=1; ctl_ok+= (not w and not m)
    if w or (verbose and m):
        print('WRONG' if w else 'MISS', i+1, p, 'got', sorted(vals), 'exp', e, 'S', sugg if verbose else '')
print(f'values: wrong {wrong}, right {right}, missed {missed}; traps clean {trap_ok}/{ntrap}; positives whole {ctl_ok}/{nctl}')
