#!/usr/bin/env python3
"""Writes the tuning half of the development part (docs/labelling.md, The split) to stdout, the labelled pages about a province or the nation included, nothing else.

usage: python3 tools/probes/tuning-dump.py [REPO] > tuning-half.jsonl
The corpus files hold the frozen test part's sentences too: red-teams read this dump, never the files (decision 0046).
"""
import hashlib, json, glob, sys
import os
repo = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for f in sorted(glob.glob(repo + '/src/test/resources/corpus/*.jsonl')):
    for line in open(f, encoding='utf-8'):
        if not line.strip():
            continue
        r = json.loads(line)
        url = r['url']
        if hashlib.sha256(url.encode('utf-8')).digest()[0] < 86:
            continue  # frozen test part: never read
        if hashlib.sha256(('holdout:' + url).encode('utf-8')).digest()[0] < 128:
            continue  # holdout half
        sys.stdout.write(line if line.endswith('\n') else line + '\n')
