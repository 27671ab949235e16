"""Gold convention (rounds 6-13): a brief with no title of its own has an empty headline.
Writers of rounds 14-16 were told to take its lead clause; bring that back to the convention:
headline that is the start of its first paragraph, and not a line of its own, becomes null.
Usage: python fix_headless.py DIR [--apply]"""

import re
from pathlib import Path

from goldpages import SPACES, Gold, run

sp = SPACES
MARK = re.compile(r"^[●◆▲■◇□★☆▶►【\]\[]+")


def fix(g: Path, d: Gold, lines: list[str]) -> bool:
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
    return changed


run(fix)
