"""Check blind pages + gold in a folder: python check_gold.py DIR. Prints problems; exit 1 if any."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the scorer's field lists, one place
from structure_blind import EDITION_FIELDS, ROLES
from structure_blind import ITEM_FIELDS as FIELDS

TOP = [*EDITION_FIELDS, "items"]
sp = re.compile(r"\s+")
bad = 0


def warn(page, msg):
    print(
        f"{page.name}: warning (check for a typo; fine if you cleaned HTML residue, "
        f"joined weather fields, or a credit): {msg}"
    )


def err(page, msg):
    global bad
    bad += 1
    print(f"{page.name}: {msg}")


for page in sorted(Path(sys.argv[1]).glob("*.txt")):
    gp = page.with_name(page.name[:-4] + ".gold.json")
    if not gp.exists():
        err(page, "no gold")
        continue
    try:
        gold = json.loads(gp.read_text(encoding="utf-8"))
    except Exception as e:
        err(page, f"gold JSON: {e}")
        continue
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    flat = sp.sub("", text)
    for k in TOP:
        if k not in gold:
            err(page, f"missing top key {k}")
    if gold.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", gold["date"]):
        err(page, "date not YYYY-MM-DD")
    prev = 0
    for n, it in enumerate(gold.get("items", [])):
        t = it.get("type")
        if t not in FIELDS:
            err(page, f"item {n}: bad type {t}")
            continue
        for k in FIELDS[t]:
            if k not in it:
                err(page, f"item {n} {t}: missing {k}")
        a, b = it.get("lines", [0, 0])
        if not (1 <= a <= b <= len(lines)):
            err(page, f"item {n}: lines {a},{b} out of range (page has {len(lines)} lines)")
            continue
        if a <= prev:
            err(page, f"item {n}: lines {a},{b} overlap or out of order (previous ended {prev})")
        prev = b
        if not lines[a - 1].strip("\f \u3000\t"):
            err(page, f"item {n}: first line {a} is blank")
        if not lines[b - 1].strip("\f \u3000\t"):
            err(page, f"item {n}: last line {b} is blank")
        span = sp.sub("", "\n".join(lines[a - 1 : b]))
        for k in FIELDS[t]:
            v = it.get(k)
            if k == "byline":
                if v is not None:
                    for r in ROLES:
                        if not isinstance(v.get(r), list):
                            err(page, f"item {n}: byline.{r} must be a list")
                        for name in v.get(r, []):
                            if sp.sub("", name) not in span:
                                err(page, f"item {n}: byline name {name!r} not in its lines")
                continue
            if k == "kicker" and v and sp.sub("", v) not in flat:
                err(page, f"item {n}: kicker not on the page")
            vals = v if isinstance(v, list) else ([v] if v else [])
            for s in vals:
                if not isinstance(s, str):
                    err(page, f"item {n}: {k} must be text")
                    continue
                for piece in s.split("\n"):
                    piece = sp.sub("", piece)
                    # a paragraph joined across a column jump may be interrupted by other lines: check halves
                    if (
                        piece
                        and k != "kicker"
                        and piece not in span
                        and (piece[: len(piece) // 2] not in span or piece[len(piece) // 2 :] not in flat)
                    ):
                        warn(page, f"item {n}: {k} text not found in lines {a}-{b}: {piece[:30]}…")
print(f"{bad} problem(s)")
sys.exit(1 if bad else 0)
