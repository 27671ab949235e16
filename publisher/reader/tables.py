"""Tables flattened to text: rows of cells set apart by wide spaces, an ideographic space or a
tab, printed one row a line (a header and its rows, figures in them)."""

from __future__ import annotations

import re

from publisher.patterns import compile_pattern
from publisher.reader.lines import LIST, TEXT, Line, headline_like

# (县医保局供稿), (据新华社): where the story above came from; it stays with that story.
SOURCE_NOTE = compile_pattern(
    r"^[（(](?:据[^（）()]{1,30}|来源[:：][^（）()]{1,30}|[^（）()]{1,30}(?:供稿|供图|提供|综合|编译))[）)]$"
    # 数据来源：市统计局 under a table printed with the story
    r"|^(?:数据|资料|信息)来源\s*[:：]\s*\S.{0,40}$"
)

# Between a flattened table's cells: a run of spaces, an ideographic space or a tab.
_CELL_GAP = compile_pattern(r"[ \u00a0]{2,}|[\t\u3000][ \t\u3000\u00a0]*")
_ROWS_MIN = 3  # a header and two rows at least
_FIGURE_ROWS_MIN = 2
# A table of names (组别　　冠军　　亚军 over 小学男子组　　如皋市　　崇川区): no figures, so more rows,
# three short cells a row at least, every cell set apart by a wide gap (not a padded name, 李　明)
_WIDE_GAP = compile_pattern(r"[ \t\u3000\u00a0]{2,}")
_NAME_ROWS_MIN = 4
_NAME_CELLS_MIN = 3
_NAME_CELL_MAX = 10


def row_run(lines: list[Line], i: int) -> int:
    """Rows of a flattened table set solid from line i (the same number of cells, two at least,
    on each; figures in two of them), else 0."""
    j = i
    cells = 0
    # A header whose every cell is set apart by a wide gap (项目　　　姓名　　　成绩) sets the
    # table's cells so: a single ideographic space inside a cell then pads a name (张　鹏), and
    # a last row may join cells across (男子团体追逐　　海林市代表队　　4分12秒30).
    wide = _wide_cells(lines[i].text) if i < len(lines) else False
    while j < len(lines) and (j == i or not lines[j].gap) and lines[j].kind in (TEXT, LIST):
        text = lines[j].text.strip()
        row = _CELL_GAP.split(text)
        if wide and cells and len(row) != cells:
            row = _WIDE_GAP.split(text)
            if len(row) != cells and not _spanning(lines, j, row, cells):
                break
        if len(row) < 2 or (cells and len(row) != cells and not wide):
            break
        cells = cells or len(row)
        j += 1
    figures = sum(1 for ln in lines[i:j] if re.search(r"\d", ln.text))
    if j - i >= _ROWS_MIN and figures >= _FIGURE_ROWS_MIN:
        return j - i
    return j - i if j - i >= _NAME_ROWS_MIN and cells >= _NAME_CELLS_MIN and _name_rows(lines[i:j]) else 0


def _wide_cells(text: str) -> bool:
    """Three cells at least, every one set apart by a wide gap (two spaces or more)."""
    cells = _CELL_GAP.split(text.strip())
    return len(cells) >= _NAME_CELLS_MIN and _WIDE_GAP.split(text.strip()) == cells


def _spanning(lines: list[Line], j: int, row: list[str], cells: int) -> bool:
    """Row j, with fewer cells than the header (two at least), is the table's last row, one of
    its cells spanning two columns: nothing set solid under it."""
    below = lines[j + 1] if j + 1 < len(lines) else None
    return 2 <= len(row) < cells and (below is None or below.gap)


def _name_rows(rows: list[Line]) -> bool:
    """Every row's cells are short and set apart by wide gaps only."""
    for ln in rows:
        cells = _WIDE_GAP.split(ln.text.strip())
        if cells != _CELL_GAP.split(ln.text.strip()) or any(len(c) > _NAME_CELL_MAX for c in cells):
            return False
    return True


def row_text(line: Line) -> str:
    """A row's cells, one space between them."""
    return " ".join(_CELL_GAP.split(line.text.strip()))


def titled_table(lines: list[Line], i: int) -> int:
    """Rows of a table set solid under its title at line i (a 数据来源 line may close them), else 0."""
    if not headline_like(lines[i]) or i + 1 >= len(lines) or lines[i + 1].gap:
        return 0
    j = i + 1 + row_run(lines, i + 1)
    if j == i + 1:
        return 0
    if j < len(lines) and not lines[j].gap and SOURCE_NOTE.match(lines[j].text):
        j += 1
    return j - i - 1
