"""Gold convention: a name printed with no role word (□ 张三 / ■张三 author lines, a （张三） sign-off,
a letter's signature) is no reporter: byline roles stay empty (the parser keeps it as a credit with no role).
Usage: python fix_norole.py DIR [--apply]"""

import re
from pathlib import Path

from goldpages import SPACES, Gold, run

ROLE = re.compile(r"记者|通讯员|摄|文/|文／|图/|图／|编辑|整理|撰稿|评论员|特约|实习生|作者")
sp = SPACES


def fix(g: Path, d: Gold, lines: list[str]) -> bool:
    changed = False
    for it in d["items"]:
        if it["type"] != "article" or not it.get("byline"):
            continue
        span = lines[it["lines"][0] - 1 : it["lines"][1]]
        keep = []
        for name in it["byline"]["reporters"]:
            hits = [ln for ln in span if name in sp.sub("", ln)]
            roled = [ln for ln in hits if ROLE.search(ln)]
            if hits and not roled:
                print(
                    f"{g.name[:40]}: {it.get('headline')!r}: drop reporter {name} "
                    f"(lines: {[h.strip()[:40] for h in hits]})"
                )
                changed = True
            else:
                keep.append(name)
        it["byline"]["reporters"] = keep
        if not any(it["byline"][r] for r in ("reporters", "correspondents", "photographers")):
            it["byline"] = None
    return changed


run(fix)
