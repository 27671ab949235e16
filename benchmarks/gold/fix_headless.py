"""Gold convention (rounds 6-13): a brief with no title of its own has an empty headline.
Writers of rounds 14-16 were told to take its lead clause; bring that back to the convention:
headline that is the start of its first paragraph, and not a line of its own, becomes null.
Usage: python fix_headless.py DIR [--apply]"""

import json
import re
import sys
from pathlib import Path

sp = re.compile(r"[\s\u3000]+")
MARK = re.compile(r"^[●◆▲■◇□★☆▶►【\]\[]+")
apply = "--apply" in sys.argv
for g in sorted(Path(sys.argv[1]).glob("*.gold.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    lines = g.with_name(g.name[: -len(".gold.json")] + ".txt").read_text(encoding="utf-8").split("\n")
    changed = False
    for it in d["items"]:
        if it["type"] != "article" or not it.get("headline") or not it.get("paragraphs"):
            continue
        h = sp.sub("", it["headline"])
        p0 = sp.sub("", it["paragraphs"][0])
        if not p0.startswith(h) or len(p0) <= len(h):
            continue
        span = [MARK.sub("", sp.sub("", ln)) for ln in lines[it["lines"][0] - 1 : it["lines"][1]]]
        if any(s == h for s in span):
            continue  # the headline is printed as a line of its own
        heads = [
            sp.sub(" ", ln.replace("&nbsp;", " ")).strip()
            for ln in lines[it["lines"][0] - 1 : it["lines"][0] + 1]
        ]
        if any(
            re.match(r"^[●◆▲■◇□★☆▶►]*\s*【?" + re.escape(h) + r"(?:】|[：:]|\s)", first) for first in heads
        ):
            # a printed lead (【德清】 / ●某镇： / ▲某市　): the brief's head, by the brief's convention
            continue
        print(f"{g.name[:40]}: lines {it['lines']}: headline {it['headline']!r} -> null")
        it["headline"] = None
        changed = True
    if changed and apply:
        g.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
