#!/usr/bin/env python3
"""Checks a gold file against its folder: every date and quantity 'text' must be a verbatim substring of its
document; texts that occur more than once are listed (the first occurrence is the intended span, so each should be
read once by eye). Usage: python3 check_gold.py es/expected.json [en/expected.json ...]"""
import json
import os
import sys

failed = False
for gold_path in sys.argv[1:]:
    folder = os.path.dirname(gold_path)
    gold = json.load(open(gold_path, encoding="utf-8"))
    for document in gold["documents"]:
        text = open(os.path.join(folder, document["file"]), encoding="utf-8").read()
        for kind in ("dates", "quantities"):
            for item in document.get(kind, []):
                count = text.count(item["text"])
                if count == 0:
                    failed = True
                    print(f"MISSING  {document['file']}  {kind}: {item['text']!r}")
                elif count > 1:
                    print(f"repeated {document['file']}  {kind}: {item['text']!r} occurs {count} times")
        for name in document.get("orgs", []) + document.get("people", []) + document.get("places", []):
            names = [name] + document.get("aliases", {}).get(name, [])
            if not any(n in text for n in names):
                print(f"entity?  {document['file']}  {name!r}: neither it nor an alias occurs verbatim")
print("FAILED" if failed else "all texts found")
sys.exit(1 if failed else 0)
