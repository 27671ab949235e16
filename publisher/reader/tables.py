"""Tables flattened to text: rows of cells set apart by wide spaces, an ideographic space or a
tab, printed one row a line (a header and its rows, figures in them)."""

from __future__ import annotations

import re

from publisher.patterns import compile_pattern
from publisher.reader.lines import LIST, TEXT, Line

# Between a flattened table's cells: a run of spaces, an ideographic space or a tab.
_CELL_GAP = compile_pattern(r"[ \u00a0]{2,}|[\t\u3000][ \t\u3000\u00a0]*")
_ROWS_MIN = 3  # a header and two rows at least
_FIGURE_ROWS_MIN = 2


def row_run(lines: list[Line], i: int) -> int:
    """Rows of a flattened table set solid from line i (the same number of cells, two at least,
    on each; figures in two of them), else 0."""
    j = i
    cells = 0
    while j < len(lines) and (j == i or not lines[j].gap) and lines[j].kind in (TEXT, LIST):
        row = _CELL_GAP.split(lines[j].text.strip())
        if len(row) < 2 or (cells and len(row) != cells):
            break
        cells = len(row)
        j += 1
    figures = sum(1 for ln in lines[i:j] if re.search(r"\d", ln.text))
    return j - i if j - i >= _ROWS_MIN and figures >= _FIGURE_ROWS_MIN else 0


def row_text(line: Line) -> str:
    """A row's cells, one space between them."""
    return " ".join(_CELL_GAP.split(line.text.strip()))
