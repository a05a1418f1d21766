import sys,json,csv
from decimal import Decimal
gold={}
for r in csv.DictReader(open(sys.argv[1]),delimiter='\t'):
    vals={Decimal(r['value'])}|({Decimal(x) for x in r['also_accept'].split(',') if x})
    gold.setdefault((r['file'],r['indicator']),[]).append((vals,r['status']))
tot={}
for l in open(sys.argv[2]):
    l=l.strip()
    if not l: continue
    r=json.loads(l); f=r['file'].split('/')[-1]
    if f not in {k[0] for k in gold}: continue
    t=tot.setdefault(f,{'V':0,'right':0,'wrong':[],'unclear':0})
    for v in r['values']:
        t['V']+=1
        g=gold.get((f,v['indicator']),[])
        val=Decimal(str(v['value']))
        if any(val in vs and st=='value' for vs,st in g): t['right']+=1
        elif any(val in vs and st=='unclear' for vs,st in g): t['unclear']+=1
        else: t['wrong'].append(f"{v['indicator']}={v['value']}")
    n=sum(1 for k,v in gold.items() if k[0]==f for vs,st in v if st=='value')
    t['gold']=n
for f in sorted(tot, key=lambda x:int(x[1:].split('-')[0])):
    t=tot[f]; print(f"{f:28s} V={t['V']:3d} right={t['right']:3d}/{t['gold']:3d} unclear={t['unclear']} wrong={len(t['wrong'])} {' '.join(t['wrong'])}")
print('TOTAL V',sum(t['V'] for t in tot.values()),'right',sum(t['right'] for t in tot.values()),'gold',sum(t['gold'] for t in tot.values()),'wrong',sum(len(t['wrong']) for t in tot.values()))
