"""The space checks in front of punctuation's regexes change no result (publisher/punctuation.py)."""

from __future__ import annotations

import re

from publisher import punctuation
from tests.conftest import ROOT

_SPACES = " \\t\\u3000\\u00a0"
assert punctuation._SPACES == " \t\u3000\u00a0"  # the characters _has_space looks for


def _lines() -> list[str]:
    tests = ROOT / "tests"
    files = sorted((tests / "pages").glob("*.txt")) + sorted((tests / "blind").rglob("*.txt"))
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 10_000
    return lines


def test_tighten_and_drop_chinese_spaces_are_the_regexes_alone() -> None:
    for line in _lines():
        for text in (line, line.replace("，", ","), line + " ", "\u3000" + line):
            assert punctuation._tighten(text) == punctuation._TIGHT_RE.sub("", text)
            assert punctuation.drop_chinese_spaces(text) == punctuation._HAN_SPACE_HAN.sub("", text)


def test_has_space_is_the_space_class() -> None:
    space = re.compile(f"[{_SPACES}]")
    for line in _lines():
        assert punctuation._has_space(line) == bool(space.search(line))
