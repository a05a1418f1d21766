#!/usr/bin/env python3
"""Checks corpus files (JSON Lines) against docs/labelling.md: fields, codes, categories, and that every
labelled value can be found among the sentence's numbers. Usage: check_corpus.py FILE... ; exit 1 on errors."""
import json, re, sys, hashlib

CODES = {"mediation.disputes", "mediation.succeeded", "mediation.success_rate", "litigation.cases",
         "litigation.heard", "litigation.head_appeared", "litigation.head_appearance_rate",
         "litigation.concluded", "litigation.lost", "litigation.loss_rate", "reconsideration.received",
         "reconsideration.accepted", "reconsideration.concluded", "reconsideration.corrected",
         "reconsideration.correction_rate", "legal_aid.cases", "normative_docs.filed", "normative_docs.reviewed",
         "normative_docs.repealed", "enforcement.files_reviewed", "petitions.completion_rate",
         "hotline.completion_rate", "online_service.rate", "labour_arbitration.closing_rate", "licensing.handled"}
CATEGORIES = {"partial_period", "multi_year", "generic_claim", "higher_level", "other_jurisdiction", "other_body",
              "part_of_total", "lookalike_rate", "target", "average", "from_to", "series", "change", "other_year",
              "catalogue_size", "other_measure", "unclear"}
CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def numbers(sentence):
    """Every number the sentence writes, as floats, with 万/亿 applied (loose: for a sanity check only)."""
    s = sentence.replace(",", "").replace("，", "，").translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    s = re.sub(r"(\d),(\d{3})", r"\1\2", s)
    # a space, a no-break or a thin space as the thousands separator ("1 234 件"), as some pages write it
    s = re.sub(r"(\d)[ \u00a0\u2009](\d{3})(?!\d)", r"\1\2", s)
    out = set()
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(万|亿)?", s):
        v = float(m.group(1))
        out.add(v)
        if m.group(2) == "万":
            out.add(round(v * 10000, 4))
        if m.group(2) == "亿":
            out.add(round(v * 100000000, 4))
    return out


def codes(entry):
    c = entry.get("indicator")
    return c if isinstance(c, list) else [c]


def main(paths):
    errors, ids, n, pages = 0, set(), 0, set()
    for path in paths:
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{path}:{ln}"
            try:
                r = json.loads(line)
            except Exception as e:
                print(f"{where}: not JSON: {e}"); errors += 1; continue
            n += 1
            for f in ("id", "url", "kind", "jurisdiction", "year", "sentence", "values", "negatives"):
                if f not in r:
                    print(f"{where}: missing field {f}"); errors += 1
            if r.get("id") in ids:
                print(f"{where}: duplicate id {r.get('id')}"); errors += 1
            ids.add(r.get("id"))
            pages.add(r.get("url"))
            if r.get("kind") not in ("report", "news"):
                print(f"{where}: kind must be report or news"); errors += 1
            if not isinstance(r.get("year"), int):
                print(f"{where}: year must be a number"); errors += 1
            nums = numbers(r.get("sentence", ""))
            for e in r.get("values", []) + r.get("negatives", []):
                for c in codes(e):
                    if c not in CODES:
                        print(f"{where}: unknown indicator {c}"); errors += 1
                v = e.get("value")
                if not isinstance(v, (int, float)):
                    print(f"{where}: value must be a number: {v}"); errors += 1
                elif not any(abs(v - x) < 1e-6 for x in nums) and not re.search("[一二三四五六七八九十百千两〇零]", r.get("sentence", "")):
                    print(f"{where}: value {v} not found among the sentence's numbers {sorted(nums)[:12]}"); errors += 1
            for e in r.get("negatives", []):
                if e.get("category") not in CATEGORIES:
                    print(f"{where}: unknown category {e.get('category')}"); errors += 1
            if not r.get("values") and not r.get("negatives"):
                print(f"{where}: neither values nor negatives"); errors += 1
    test_pages = sum(1 for u in pages if u and hashlib.sha256(u.encode()).digest()[0] < 86)
    print(f"{n} sentences, {len(pages)} pages ({test_pages} in the test part), {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
