"""Gold convention (round7/11 notes): closing lines that are not a scored credit (a letter's signature
`某区　读者　张三`, （作者系…）, （作者单位：…）) stay in the article's paragraphs, as a paragraph
of their own.
Usage: python fix_closing.py DIR [--apply]"""

import re
from pathlib import Path

from goldpages import SPACES, Gold, run

sp = SPACES
CLOSING = re.compile(
    r"^(\S{0,12}[\s\u3000]*读者[\s\u3000]*[^\s\u3000](?:[\s\u3000]?[^\s\u3000]){0,5}|[（(]作者(系|单位|为)[^）)]*[）)])$"
)


def fix(g: Path, d: Gold, lines: list[str]) -> bool:
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
    return changed


run(fix)
