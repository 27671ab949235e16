"""Gold convention: a name printed with no role word (□ 张三 / ■张三 author lines, a （张三） sign-off,
a letter's signature) is no reporter: byline roles stay empty (the parser keeps it as a credit with no role).
Usage: python fix_norole.py DIR [--apply]"""

import json
import re
import sys
from pathlib import Path

ROLE = re.compile(r"记者|通讯员|摄|文/|文／|图/|图／|编辑|整理|撰稿|评论员|特约|实习生|作者")
sp = re.compile(r"[\s\u3000]+")
apply = "--apply" in sys.argv
for g in sorted(Path(sys.argv[1]).glob("*.gold.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    lines = g.with_name(g.name[: -len(".gold.json")] + ".txt").read_text(encoding="utf-8").split("\n")
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
    if changed and apply:
        g.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
