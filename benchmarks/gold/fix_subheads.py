"""Gold convention (rounds doc): subheads printed in 【】 are golded without the brackets; a leading marker
(◇ ◆ ● ▲ ■ ▶ ★ ☆ □) is likewise not part of the subhead. Usage: python fix_subheads.py DIR [--apply]"""

import json
import re
import sys
from pathlib import Path

apply = "--apply" in sys.argv
for g in sorted(Path(sys.argv[1]).glob("*.gold.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    changed = False
    for it in d["items"]:
        subs = it.get("subheads") or []
        new = []
        for s in subs:
            t = re.sub(r"^【(.+)】$", r"\1", s.strip())
            t = re.sub(r"^[◇◆●▲■▶★☆□]\s*", "", t)
            if t != s:
                print(f"{g.name[:40]}: subhead {s!r} -> {t!r}")
                changed = True
            new.append(t)
        if subs:
            it["subheads"] = new
    if changed and apply:
        g.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
