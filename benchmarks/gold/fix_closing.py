"""Gold convention (round7/11 notes): closing lines that are not a scored credit (a letter's signature
`某区　读者　张三`, （作者系…）, （作者单位：…）) stay in the article's paragraphs, as a paragraph
of their own.
Usage: python fix_closing.py DIR [--apply]"""

import json
import re
import sys
from pathlib import Path

sp = re.compile(r"[\s\u3000]+")
CLOSING = re.compile(
    r"^(\S{0,12}[\s\u3000]*读者[\s\u3000]*[^\s\u3000](?:[\s\u3000]?[^\s\u3000]){0,5}|[（(]作者(系|单位|为)[^）)]*[）)])$"
)
apply = "--apply" in sys.argv
for g in sorted(Path(sys.argv[1]).glob("*.gold.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    lines = g.with_name(g.name[: -len(".gold.json")] + ".txt").read_text(encoding="utf-8").split("\n")
    changed = False
    for it in d["items"]:
        if it["type"] != "article":
            continue
        last = lines[it["lines"][1] - 1].strip(" \u3000\f")
        if not CLOSING.match(last):
            continue
        flat = sp.sub("", last)
        if any(flat in sp.sub("", p) for p in it.get("paragraphs") or []):
            continue
        print(f"{g.name[:40]}: lines {it['lines']}: add closing paragraph {last!r}")
        it["paragraphs"] = (it.get("paragraphs") or []) + [last]
        changed = True
    if changed and apply:
        g.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
