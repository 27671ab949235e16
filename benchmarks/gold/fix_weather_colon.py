"""Gold convention (from round 14 on, every writer): a weather box's text is as printed; rounds 5-13 joined a
heading line to the line under it with an added "：". Remove a "：" the page does not print there.
Usage: python fix_weather_colon.py DIR... [--apply]"""

import re
from pathlib import Path

from goldpages import SPACES, Gold, run

sp = SPACES


def fix(g: Path, data: Gold, lines: list[str]) -> bool:
    changed = False
    for it in data["items"]:
        if it["type"] != "weather":
            continue
        span = [ln for ln in lines[it["lines"][0] - 1 : it["lines"][1]] if ln.strip()]
        first = sp.sub("", span[0]).replace("&nbsp;", "")
        text = it["text"]
        flat = sp.sub("", text)
        if first.endswith(("：", ":")) or (
            not flat.startswith(first + "：") and not flat.startswith(first + ":")
        ):
            continue
        # the heading's own text, then the added colon, then whatever separated it from the next line
        m = re.match(r"^(.*?)[：:]", text)
        if m is None or sp.sub("", m.group(1)) != first:
            print(f"{g.name}: cannot place the colon in {text[:30]!r}")
            continue
        new = m.group(1).rstrip() + "\n" + text[m.end() :].lstrip()
        print(f"{g.parent.name}/{g.name[:40]}: {text[:24]!r} -> {new[:24]!r}")
        it["text"] = new
        changed = True
    return changed


run(fix)
