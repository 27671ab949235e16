"""What the gold-convention scripts share: every page's gold in the folders named on the command
line (a round, or a folder of rounds), and writing a changed gold back only with ``--apply``."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SPACES = re.compile(r"[\s\u3000]+")

Gold = dict[str, Any]


def gold_pages(folders: list[str]) -> Iterator[tuple[Path, Gold, list[str]]]:
    """Each gold file under the folders, its content and its page's lines (split on "\\n" only)."""
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.gold.json")):
            page = path.with_name(path.name[: -len(".gold.json")] + ".txt")
            yield (
                path,
                json.loads(path.read_text(encoding="utf-8")),
                page.read_text(encoding="utf-8").split("\n"),
            )


def write_gold(path: Path, gold: Gold) -> None:
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def run(fix: Callable[[Path, Gold, list[str]], bool]) -> None:
    """Apply ``fix`` to every page of the folders in ``sys.argv``; it prints what it changes and
    says whether it changed anything, which is written back only with ``--apply``."""
    apply = "--apply" in sys.argv
    for path, gold, lines in gold_pages([a for a in sys.argv[1:] if a != "--apply"]):
        if fix(path, gold, lines) and apply:
            write_gold(path, gold)
