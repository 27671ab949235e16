"""Gold convention (rounds doc): subheads printed in 【】 are golded without the brackets; a leading marker
(◇ ◆ ● ▲ ■ ▶ ★ ☆ □) is likewise not part of the subhead. Usage: python fix_subheads.py DIR [--apply]"""

import re
from pathlib import Path

from goldpages import Gold, run


def fix(g: Path, d: Gold, lines: list[str]) -> bool:
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
    return changed


run(fix)
