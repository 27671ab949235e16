"""Tables flattened to text: rows of cells set apart by wide spaces, an ideographic space or a
tab, printed one row a line (a header and its rows, figures in them); and the page parser's rules
for a table, standing alone or printed in a story (a mixin, like
:class:`~publisher.reader.photos.PhotoReader`: what it needs from the parser is declared here)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from publisher.model import Byline, Credit
from publisher.patterns import compile_pattern
from publisher.punctuation import clean_text, compact, ends_sentence, is_han, syllable_length
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import LIST_CATEGORY, merge_bylines, office_name, parse_staff_line
from publisher.reader.heads import kicker_over_headline
from publisher.reader.line_kinds import (
    AD_HEADINGS,
    CONTACT,
    LIST,
    PHOTO_CREDIT,
    SIDEBAR_LABELS,
    STAFF,
    TEXT,
    clause_punctuated,
    dated_row,
    field_line,
    has_phone,
    schedule_row,
)
from publisher.reader.lines import (
    Line,
    headline_like,
    printed_width,
    run_end,
)
from publisher.reader.notices import notice_heading, unframed_title

# (县医保局供稿), (据新华社), (摘自某省审计厅调研报告): where the story above came from; it stays
# with that story, its last line (a reprint's source with its title in book-title marks,
# 摘自《某报》, is signoffs.split_reprint_source's)
STORY_SOURCE = compile_pattern(
    r"^[（(](?:(?:据|摘自|选自|转自|原载于?)[^（）()]{1,30}|[^（）()]{1,30}(?:供稿|供图|提供|综合|编译))[）)]$"
)
# 县农业技术推广中心供稿 set flush right with no brackets under a box's body: a signature line, the
# body that supplied the piece (as a reporter's name signs a story), no paragraph (（某某协会　供稿）:
# the role may stand a space apart, as a byline's role does)
SUPPLIED_BY = compile_pattern(r"^(?P<name>[\u4e00-\u9fff]{2,30})[ \u3000]?(?P<role>供稿)$")
_BRACKETED = compile_pattern(r"^[（(](?P<inner>[^（）()]+)[）)]$")
# （据“某某健康”官微）, （据新华社）, （摘自某市调研报告）: where the story was taken from, in brackets,
# as a 供稿 line says who supplied it
_REPORTED_BY = compile_pattern(r"^(?P<role>据|摘自|选自|转自|原载于?)(?P<name>[^（）()]{2,30})$")


# who drew a chart: its credit, under the picture or the box of figures it is printed as
_CHART_ROLES = ("制图",)


def chart_maker(line: Line) -> Credit | None:
    """制图：X alone on its line (a desk line names the page's staff, several roles): who drew the
    chart, the role as printed and the names; None for any other line."""
    groups = parse_staff_line(line.text) if line.kind == STAFF else None
    if groups is None or len(groups) != 1 or groups[0][0] not in _CHART_ROLES:
        return None
    return Credit(groups[0][0], groups[0][1])


def supplied_credit(text: str, *, bracketed: bool = False) -> Byline | None:
    """The credit a 供稿 signature line gives (县农业技术推广中心供稿: 供稿 by the centre), in no
    scored role (a body is no reporter); None for any other line.  With ``bracketed``, the line
    in brackets ((县医保局供稿), and (据某某) naming where it was taken from) gives it too."""
    text = text.strip()
    inner = _BRACKETED.match(text) if bracketed else None
    m = SUPPLIED_BY.match(inner.group("inner")) if inner else SUPPLIED_BY.match(text)
    if m is None and inner is not None:
        m = _REPORTED_BY.match(inner.group("inner"))
    return None if m is None else Byline(others=(Credit(role=m.group("role"), names=(m.group("name"),)),))


SOURCE_NOTE = compile_pattern(
    rf"{STORY_SOURCE.pattern}|{SUPPLIED_BY.pattern}|^[（(](?:数据|资料|信息)?来源[:：][^（）()]{{1,30}}[）)]$"
    # 数据来源：市统计局, 来源：市统计局 under a table printed with the story (the story may go on
    # under it)
    r"|^(?:数据|资料|信息)?来源\s*[:：]\s*\S.{0,40}$"
)

# 积分榜前五名：甲队25分、乙队22分…: a note's label (a few words, no clause) and its list of items
_LISTED_NOTE = compile_pattern(r"^[^，。；：:,;、]{1,12}[:：](?P<items>[^。；;]+[、，,][^。；;]+)。?$")
_LIST_ITEM = compile_pattern(r"[、，,]")

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
# 柯尔克孜族刺绣　国家级　　某县文化馆: a cell that fills its column leaves one space before the next;
# in a row whose every cell runs to two characters at least, one space parts two cells (a padded
# name, 李　明, leaves a character alone)
_FULL_CELL_MIN = 2
# A table whose cells are set apart by one space (排名 球队 场次): its rows are read by their
# counts of cells alone
_NARROW_GAP = compile_pattern(r"[ \u00a0\u3000\t]+")
# 李　丹: two characters of a name set apart by one ideographic space, padded to a cell's width,
# with a gap or the row's edge on either side (or its rank before it and its team in brackets
# after it, 2.张　弛（吉　林）, the team's name padded the same way)
_PADDED_NAME = compile_pattern(
    r"(?<![^\s\u3000.．、（(])([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?![^\s\u3000（()）])"
)
_PART_TITLE_MAX = 20  # 半程途经点及关门时间：: a table's part titled as a head is, no sentence
_GROUP_LABEL_MAX = 8  # 男子组, 高中女子组, 男子全程: a group's name, a few characters
_ROW_MAX = 60  # a row longer than a line of a column is prose
_FIGURE = compile_pattern(r"\d")
# A row one cell short under a spanning first cell holds a name, a team, a time or a score
_SPANNED_CELL_MAX = 16
# (a cell may hold a bracketed place, 某某（肯尼亚）: a row wholly in brackets is a credit)
_PROSE_MARK = compile_pattern(r"[，。；！？]")
# Rows led by what a schedule or a ranking prints in its first column, set off by a gap (an
# ideographic space, or two spaces): a date or a time (11月26日 19:30, 周六 15:00), a place or a
# prize (冠　军, 第四名, 一等奖, 体育道德风尚奖)
_LED_GAP = compile_pattern(r"(?<=[\u4e00-\u9fff\d）)])(?:[ \u00a0]{2,}|[\t\u3000][ \t\u3000\u00a0]*)(?=\S)")
_LED_ROWS_MIN = 2
# 甲队　3：1　乙队: a match's result, its score between the two sides' names
_RESULT_CELLS = 3
# 湖滨队—山前队, 甲队VS乙队: a match's two sides, named with no figure, joined by a dash or VS
_PAIRING_CELL = compile_pattern(r"^[^\d\s—－-]{1,12}(?:—|－|-|VS|vs|Vs)[^\d\s—－-]{1,12}$")
# (the colon may be set as the ratio sign, 2∶1, or the score as 78-65; a shoot-out's or the
# aggregate's score may follow in brackets, 1∶1（点球4∶3）)
_SCORE_CELL = compile_pattern(r"^\d{1,3}\s*[:：∶比\-－]\s*\d{1,3}(?:[（(][^（）()]{1,12}[）)])?$")
_TIME = r"(?:\d{1,2}[:：]\d{2}(?:[-—–～~至]+\d{1,2}[:：]\d{2})?)"
_DAY = r"(?:\d{1,2}月\d{1,2}日|\d{1,2}[./]\d{1,2}|(?:周|星期)[一二三四五六日天])"
_DATED_CELL = compile_pattern(rf"^(?:{_DAY}[（(]?(?:周|星期)?[一二三四五六日天]?[）)]?)?{_TIME}?$")
# 5月16日（周六）: a day alone, its weekday in brackets perhaps, over the fixtures or events of
# that day (a schedule's group, however many characters the weekday adds)
_DAY_GROUP = compile_pattern(rf"^{_DAY}(?:[（(](?:周|星期)[一二三四五六日天][）)])?$")
_PLACE_CELL = compile_pattern(
    r"^(?:[冠亚季殿]军|第[一二三四五六七八九十\d]{1,3}名|[一二三特\d]等奖|[金银铜]奖|[^\d\s]{1,8}奖)$"
)
# 周一上午, 周三、周五上午, 每周二全天, 周一至周五: when a clinic or a desk is open (an expert's
# hours, a duty roster's days), the first or the last cell of a schedule's row, one weekday or a few
_WEEKDAY = r"(?:每)?(?:周|星期)[一二三四五六日天](?:[至到—–~～-](?:周|星期)?[一二三四五六日天])?"
# (a day's half or its clock hours after it: 周一上午, 周二8:00—12:00, 周三下午14:30—17:30)
_DAY_HOURS = rf"{_WEEKDAY}(?:上午|下午|晚上|夜间|全天)?{_TIME}?"
_HOURS_CELL = compile_pattern(rf"^{_DAY_HOURS}(?:[、，,和及]{_DAY_HOURS})*$")
_BOX_LABEL = compile_pattern(r"^[\u4e00-\u9fff]{2,4}$")
_FIELD_MARK = compile_pattern(r"[:：]")
# 电话：…, 地址: the colon closing a field's label; a clock time's (06:00—18:00) stands between
# figures, in a cell of the row
_FIELD_COLON = compile_pattern(r"(?<!\d)[:：]|[:：](?!\d)")
# （单位：元/500克）, 单位：万辆: the unit a table's figures are given in, on a line of its own (or
# any short note in brackets set there, what the figures are out of or as of: （满分750分）)
_UNIT = compile_pattern(r"^[（(][^（）()]{1,20}[）)]$|^单位[:：][^（）()]{1,20}$")
# 红球：04　09　15　21　26　31　蓝球：12, 开奖号码：5　2　8: the numbers a draw gave, runs of small
# figures each keyed to its label, over the prizes' rows (一等奖　6注　…) as a unit line is over its
# table's (no row: its cells are no columns of the rows under it)
_DRAWN_NUMBERS = compile_pattern(
    r"^(?:[\u4e00-\u9fff]{1,6}[:：][ \u3000]*\d{1,3}(?:[ \u3000\u00a0]+\d{1,3})*[ \u3000]*)+$"
)
_DRAWN_FIGURES_MIN = 3


def row_run(lines: list[Line], i: int) -> int:
    """Rows of a flattened table set solid from line i (the same number of cells, two at least,
    on each; figures in two of them), else 0."""
    rows = _row_run(lines, i)
    end = i + rows
    if rows and end < len(lines) and not lines[end].gap and lines[end].kind == PHOTO_CREDIT:
        # (1　…采摘甜瓜。 / 2　…推介本地甜瓜。 / 图/X: a photographer's credit set solid under them
        # closes a set of numbered captions, never a table's rows)
        return 0
    return rows


def _row_run(lines: list[Line], i: int) -> int:
    j = i
    cells = 0
    # A header whose every cell is set apart by a wide gap (项目　　　姓名　　　成绩) sets the
    # table's cells so: a single ideographic space inside a cell then pads a name (张　鹏), and
    # a last row may join cells across (男子团体追逐　　海林市代表队　　4分12秒30).
    wide = _wide_cells(lines[i].text) if i < len(lines) else False
    while j < len(lines) and (j == i or not lines[j].gap) and _row_or_marked(lines, j):
        text = lines[j].text.strip()
        row = _CELL_GAP.split(text)
        if j == i:
            row = _header_cells(lines, i, row)
        if cells == 2 and len(row) > cells and all(_FIGURE.search(cell) for cell in row[1:]):
            # ●金融投诉　　12378（银行）　12386（证券）: a directory's name and its numbers, a second
            # number set in a cell more
            row = [row[0], " ".join(row[1:])]
        if cells and len(row) > cells and not wide:
            # 3　　李　丹　　中国: a name of two characters padded to the width of three is one cell
            row = _padded_cells(text)
        if cells > 2 and len(row) == cells - 1 and lines[j].indented and _spanned_row(row):
            # 男子全程　某某　2:12:36 over 　　　　　某某　2:13:05: the first cell spans the rows
            # under it, which are printed indented past it, one cell short
            j += 1
            continue
        if cells and len(row) != cells and _overflowed(lines, j, row, cells):
            j += 1
            continue
        if wide and cells and len(row) != cells:
            row = _WIDE_GAP.split(text)
            if len(row) != cells:
                row = _letter_spaced_cells(text)
            if len(row) != cells and not _spanning(lines, j, row, cells):
                break
        if len(row) < 2 or (cells and len(row) != cells and not wide) or _bullet_cell(row[0]):
            break
        cells = cells or len(row)
        j += 1
    figures = sum(1 for ln in lines[i:j] if re.search(r"\d", ln.text))
    if j - i >= _ROWS_MIN and figures >= _FIGURE_ROWS_MIN:
        return j - i
    if j - i >= _NAME_ROWS_MIN and cells >= _NAME_CELLS_MIN and _name_rows(lines[i:j]):
        return j - i
    return (
        _narrow_run(lines, i)
        or _led_run(lines, i, _DATED_CELL)
        or _led_run(lines, i, _PLACE_CELL)
        or _result_run(lines, i)
        or _hours_run(lines, i)
    )


def _row_or_marked(lines: list[Line], j: int) -> bool:
    """Line j may be a table's row (``_row_kind``), or is led by the mark the row above is led by."""
    return _row_kind(lines[j]) or _marked_as_above(lines, j)


def _marked_as_above(lines: list[Line], j: int) -> bool:
    """Line j, set solid, is led by the mark the line above is led by (●产品投诉　12315 under
    ●价格举报　12315) and holds no sentence: the run's next row, whatever the tagger read it as (a
    brief's marked head)."""
    ln = lines[j]
    mark = _lead_mark(ln)
    # (no sentence in it: ▲某某恢复开市　3月21日起，…。 is a column's marked brief, no row)
    row = "。" not in ln.text and len(compact(ln.text)) <= _ROW_MAX
    return j > 0 and bool(mark) and row and not ln.gap and mark == _lead_mark(lines[j - 1])


def _lead_mark(line: Line) -> str:
    """The mark leading the line, kept in its text or taken off by the tagger, else ''."""
    lead = (line.mark.strip() or line.text.strip())[:1]
    return lead if lead in _GROUP_MARKS else ""


def _spanned_row(row: list[str]) -> bool:
    """Cells a row under a spanning first cell may hold: short ones, no prose's stop or bracket
    (an indented credit, （记者　某某）, or a sentence with one ideographic space in it, 据了解　…，
    set under a table's rows is the story going on, never a row one cell short)."""
    credit = bool(_BRACKETED.match("".join(row)))
    return not credit and all(len(cell) <= _SPANNED_CELL_MAX and not _PROSE_MARK.search(cell) for cell in row)


def _row_kind(line: Line) -> bool:
    """A line a table's row may be: text, a list's item, or a directory's row (市民热线　12345
    燃气抢修　0351-4040999), read as a contact for its numbers but holding no field and its value
    (电话：… is a contact line)."""
    return line.kind in (TEXT, LIST) or (line.kind == CONTACT and not _FIELD_COLON.search(line.text))


def _table_row(line: Line) -> bool:
    """A line a table's row may be: text or a list's item, no sentence in it."""
    return line.kind in (TEXT, LIST) and "。" not in line.text and len(compact(line.text)) <= _ROW_MAX


def _narrow_run(lines: list[Line], i: int) -> int:
    """Rows of a table whose cells are set apart by one space only (排名 球队 场次 胜 平 负 积分 /
    1 广州队 20 13 3 4 42), set solid from line i, else 0: every row has as many cells, three at
    least, short ones, and figures fill two rows at least (a name spaced out, 于 蕾, is one
    line, never rows of as many cells)."""
    j = i
    cells = 0
    while j < len(lines) and (j == i or not lines[j].gap) and _table_row(lines[j]):
        row = _NARROW_GAP.split(lines[j].text.strip())
        short = all(len(c) <= _NAME_CELL_MAX for c in row)
        if len(row) < _NAME_CELLS_MIN or (cells and len(row) != cells) or not short:
            break
        cells = len(row)
        j += 1
    figures = sum(1 for ln in lines[i:j] if re.search(r"\d", ln.text))
    return j - i if j - i >= _ROWS_MIN and figures >= _FIGURE_ROWS_MIN else 0


def _led_run(lines: list[Line], i: int, lead: re.Pattern[str]) -> int:
    """Rows set solid from line i, each opening with a cell ``lead`` matches and set apart from
    the rest by a gap (a schedule's 11月26日 19:30　赣超第十一轮　…, a ranking's 冠　军　某某队),
    two rows at least, else 0: what leads each row says it is a table's, however many cells the
    rows hold."""
    j = i
    while j < len(lines) and (j == i or not lines[j].gap) and _table_row(lines[j]) and _led(lines[j], lead):
        j += 1
    return j - i if j - i >= _LED_ROWS_MIN else 0


def _result_run(lines: list[Line], i: int) -> int:
    """Matches' results set solid from line i (甲队　86：79　乙队: a side, the score, the other
    side), two rows at least, else 0: the score between two names says each row is a table's,
    however few the rows are."""
    j = i
    while j < len(lines) and (j == i or not lines[j].gap) and _table_row(lines[j]):
        row = _CELL_GAP.split(lines[j].text.strip())
        if not (_side_score_side(row) or _pairing_then_score(row)):
            break
        j += 1
    return j - i if j - i >= _LED_ROWS_MIN else 0


def _side_score_side(row: list[str]) -> bool:
    """甲队　86：79　乙队: a side, the score, the other side."""
    return (
        len(row) == _RESULT_CELLS
        and bool(_SCORE_CELL.match(row[1]))
        and not any(_FIGURE.search(c) for c in row[::2])
    )


def _pairing_then_score(row: list[str]) -> bool:
    """甲队—乙队　3∶2, 6月14日　甲队—乙队　3∶2: the two sides paired by a dash (or VS), then the
    score, a day before them perhaps."""
    *lead, pairing, score = row if len(row) >= 2 else ("", "")
    return (
        len(lead) <= 1
        and all(_DATED_CELL.match(cell) for cell in lead)
        and bool(_PAIRING_CELL.match(pairing))
        and bool(_SCORE_CELL.match(score))
    )


def _hours_run(lines: list[Line], i: int) -> int:
    """Rows of a schedule set solid from line i (某医院　心内科　某某　周一上午: where, who, and
    on which days, 周三、周五上午; or the days first, 周六上午　某医院　义诊), two rows at least, each
    of three cells or more, the same end of every row saying when; else 0: the weekdays opening or
    closing every row say it is a table's (no figures needed, a hospital's name as long as it runs)."""
    rows = _hours_rows(lines, i)
    if not rows and i + 1 < len(lines) and not lines[i + 1].gap and _table_row(lines[i]):
        # (under its header, 医院　　科室　　专家　　出诊时间, of as many cells as the rows)
        rows = _hours_rows(lines, i + 1)
        return rows + 1 if rows and _cells(lines[i]) == _cells(lines[i + 1]) else 0
    return rows


def _hours_rows(lines: list[Line], i: int) -> int:
    j = i
    ends: set[int] = {0, -1}
    while j < len(lines) and (j == i or not lines[j].gap) and _table_row(lines[j]):
        row = _padded_cells(lines[j].text.strip())
        ends = {end for end in ends if _HOURS_CELL.match(row[end])}
        if len(row) < _NAME_CELLS_MIN or not ends:
            break
        j += 1
    return j - i if j - i >= _LED_ROWS_MIN else 0


def _led(line: Line, lead: re.Pattern[str]) -> bool:
    """The line's first cell, up to its first or second gap (a word letter-spaced, 冠　军, is one
    cell), is one ``lead`` matches, and cells follow it."""
    text = line.text.strip()
    return any(lead.match(compact(text[: gap.start()])) for gap in islice(_LED_GAP.finditer(text), 2))


def _header_cells(lines: list[Line], i: int, row: list[str]) -> list[str]:
    """The header's cells at line i: a word of two characters letter-spaced as wide as the cells
    are set apart (指　　标, 数　量) is one cell, when that gives the header the row's count of
    cells under it; else ``row`` as split."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.gap or below.kind not in (TEXT, LIST):
        return row
    count = len(_CELL_GAP.split(below.text.strip()))
    if len(row) == count:
        return row
    merged: list[str] = []
    for cell in row:
        if len(cell) == 1 and is_han(cell) and merged and len(merged[-1]) == 1 and is_han(merged[-1]):
            merged[-1] += cell
        else:
            merged.append(cell)
    if len(merged) == count:
        return merged
    # (1.李　明（东　城）　40秒81 over 2.张浩然（南城区）　40秒90: the first row's names padded to a
    # cell's width, one cell each, as in the rows under it)
    padded = _padded_cells(lines[i].text.strip())
    return padded if len(padded) == _cells(below) else row


def _bullet_cell(cell: str) -> bool:
    """A first "cell" that is only a mark (■　湖南男篮…, ▶中山镇　…): the bullet of a column's
    item set off by a wide space, not a table's cell (a table's row opens with a name or a figure)."""
    return len(cell) == 1 and not cell.isalnum()


def _wide_cells(text: str) -> bool:
    """Three cells at least, every one set apart by a wide gap (two spaces or more)."""
    cells = _CELL_GAP.split(text.strip())
    return len(cells) >= _NAME_CELLS_MIN and _WIDE_GAP.split(text.strip()) == cells


def _spanning(lines: list[Line], j: int, row: list[str], cells: int) -> bool:
    """Row j, with fewer cells than the header (two at least), is the table's last row, one of
    its cells spanning two columns: nothing set solid under it."""
    below = lines[j + 1] if j + 1 < len(lines) else None
    return 2 <= len(row) < cells and (below is None or below.gap)


def _overflowed(lines: list[Line], j: int, row: list[str], cells: int) -> bool:
    """Row j is one cell short because a long first cell ran into the gap after it (牛肉（鲜切）500克
    then its price, 砂糖橘(大果) 5.10 over rows set apart by wide gaps): a row of figures, no
    sentence, with a row of the table's full count set solid under it, so the table goes on past it,
    or the table's 数据来源 line, which closes its rows (…投资（亿元）24.1　41.2 / 数据来源：…: the
    last row's long name ran into its first figure).  Rows so cut may follow one another: the run
    of them goes on to the full row or the source line under the last."""
    while _cut_row(lines[j], row, cells):
        below = lines[j + 1] if j + 1 < len(lines) else None
        if below is None or below.gap:
            return False
        if _row_kind(below) and len(_CELL_GAP.split(below.text.strip())) == cells:
            return True
        if below.kind == TEXT and SOURCE_NOTE.match(below.text.strip()):
            return True
        j, row = j + 1, _CELL_GAP.split(below.text.strip())
    return False


def _cut_row(line: Line, row: list[str], cells: int) -> bool:
    """``row``, line's cells, is one short of the table's count, two at least, with figures and no
    sentence: a row whose first cell ran into the gap after it."""
    return len(row) == cells - 1 >= 2 and _table_row(line) and bool(re.search(r"\d", line.text))


def _name_rows(rows: list[Line]) -> bool:
    """Every row's cells are short and set apart by wide gaps only (or by one space between
    cells too long to be a padded name's halves; a name padded to a cell's width, 陈　静, is one
    cell: 儿科　　陈　静　　周四下午)."""
    for ln in rows:
        text = ln.text.strip()
        cells = _padded_cells(text)
        # (a cell in Tibetan, བཀྲ་ཤིས་བདེ་ལེགས་ beside 扎西德勒, is as long as its syllables)
        if any(syllable_length(c) > _NAME_CELL_MAX for c in cells):
            return False
        if cells != _WIDE_GAP.split(text) and any(len(c) < _FULL_CELL_MIN for c in cells):
            return False
    return True


def in_cells(line: Line) -> bool:
    """The line is set in cells (two at least, set apart as a table's are): a row, no title."""
    return len(_CELL_GAP.split(line.text.strip())) >= 2


def group_between_rows(lines: list[Line], i: int) -> bool:
    """Line i, a title set solid under a row, names a group of the table above (男子500米 / rows /
    女子1000米 / rows): the rows under it hold as many cells as the row above it.  (积分榜 set under
    a day's results, over its own header of more cells, titles the story's next table.)  A line
    led by a date with its event a space after it is a chronology's row, whose long date left
    one space where the shorter ones left a gap (1949年10月1日 某某成立): no group's name."""
    above, below = lines[i - 1], lines[i + 1] if i + 1 < len(lines) else None
    return (
        in_cells(above)
        and below is not None
        and _cells(below) == _cells(above)
        and not dated_row(lines[i].text)
    )


def row_under_group(lines: list[Line], i: int) -> bool:
    """Line i, set in cells, stands solid under a group's name (（初中组）, 二等奖): a row of the
    group's, when the name parts two runs of one list's rows (``group_between_rows``) or a row of
    as many cells stands solid under line i (the group's first rows, the name set solid under the
    list's title or apart from it), however few rows the group holds and whatever its cells hold."""
    if i < 2 or lines[i].gap or not in_cells(lines[i]):
        return False
    label, below = lines[i - 1], lines[i + 1] if i + 1 < len(lines) else None
    if in_cells(label) or not _group_name_sized(label.text):
        return False
    rows_below = below is not None and not below.gap and _cells(below) == _cells(lines[i])
    return rows_below or group_between_rows(lines, i - 1)


def row_text(line: Line) -> str:
    """A row's cells, one space between them, after the mark that leads it as it leads the rows
    printed with it (●从业人员　近10万人: the tagger may have taken the ● off as a head's mark)."""
    return line.mark.strip() + " ".join(_CELL_GAP.split(line.text.strip()))


def rows_note(lines: list[Line], k: int) -> bool:
    """Line k, set solid under a table's last row, sums the rows up under a label of its own
    closed by a colon, a list of figures after it (积分榜前五名：甲队25分、乙队22分、丙队20分): the
    table's note, a line of it, not a head over what follows (a head names no list of figures).
    Its items may be set apart by gaps, as a row's cells are (最终排名：1.甲队　2.乙队　3.丙队)."""
    if k >= len(lines) or lines[k].gap or lines[k].kind != TEXT:
        return False
    m = _LISTED_NOTE.match(compact(_CELL_GAP.sub("、", lines[k].text.strip())))
    return m is not None and sum(any(c.isdigit() for c in item) for item in _LIST_ITEM.split(m["items"])) >= 2


def unit_line(lines: list[Line], k: int) -> int:
    """1 if line k, set solid, is a line between a table's title and its rows, else 0: the unit
    its figures are given in (（单位：元/500克）) or a note in brackets on them (（满分750分）), or
    the numbers a draw gave over its prizes' rows (``_drawn_numbers``)."""
    if k >= len(lines) or lines[k].gap:
        return 0
    if _UNIT.match(compact(lines[k].text)):
        return int(row_run(lines, k + 1) > 0)
    return int(_drawn_numbers(lines[k].text) and (row_run(lines, k + 1) > 0 or _prize_rows(lines, k + 1) > 0))


# 电机最大扭矩（N·m）310: a spec table's row whose unit, in its brackets, parts the label from the
# figure, so no gap is left between the cells
_UNIT_SET_ROW = compile_pattern(
    r"^[^\s，。；：:,;（）()]{2,16}[（(][^（）()\s]{1,10}[）)][\d.]+[^\s，。（）()]{0,3}$"
)


def unit_set_row(lines: list[Line], k: int) -> bool:
    """Line k is a table's row set solid, its unit's brackets between the label and the figure,
    among rows of the table (set in cells, or set as it is) above or under it: no subhead, whose
    words never close on a figure after a unit."""
    if not _UNIT_SET_ROW.match(lines[k].text.strip()):
        return False
    return any(
        0 <= j < len(lines)
        and not lines[max(j, k)].gap
        and (in_cells(lines[j]) or _UNIT_SET_ROW.match(lines[j].text.strip()) is not None)
        for j in (k - 1, k + 1)
    )


def _drawn_numbers(text: str) -> bool:
    """红球：04　09　15　…　蓝球：12: runs of small figures keyed to their labels, three at least."""
    text = text.strip()
    return bool(_DRAWN_NUMBERS.match(text)) and len(re.findall(r"\d+", text)) >= _DRAWN_FIGURES_MIN


def _prize_rows(lines: list[Line], k: int) -> int:
    """Rows set solid from line k under a draw's numbers, as many cells each and a figure in each
    (选十中十　0注　单注奖金…; 选十中九　4注　…), two at least, else 0: the prizes' table, however
    few its rows and whatever its prizes are called (the numbers drawn over them say it is one)."""
    rows = _rows_like(lines, k, lines[k]) if k < len(lines) else 0
    figured = all(_FIGURE.search(ln.text) for ln in lines[k : k + rows])
    return rows if rows >= _LED_ROWS_MIN and figured else 0


def _box_label(line: Line) -> bool:
    """A box's label: a name of a few characters (链接, 数读, 图解)."""
    label = compact(line.text)
    return label in SIDEBAR_LABELS or bool(_BOX_LABEL.match(label))


def _group_name_sized(text: str) -> bool:
    """As long as a group's name in a table is: a few characters (男子组, 女子1000米), or a day
    alone with its weekday (5月16日（周六）) over that day's fixtures."""
    name = compact(text)
    return len(name) <= _GROUP_LABEL_MAX or bool(_DAY_GROUP.match(name))


def _group_label(lines: list[Line], j: int) -> bool:
    """Line j, set solid, is a group's label inside a table (男子组, 高中女子组, A组): a short name
    alone on its line, in no cells."""
    if j >= len(lines):
        return False
    ln = lines[j]
    return (
        not ln.gap
        and headline_like(ln)
        and not in_cells(ln)
        and _group_name_sized(ln.text)
        and not any(mark in ln.text for mark in "，,、；;：:！!？?")
        # (排名 代表队 金 银 铜: short words a space apart, opening rows of as many, are the
        # header of a table set with one space between its cells, no group's name)
        and not _narrow_run(lines, j)
    )


# 刘  敏: two characters, each a word's whole, with a gap between them (a word letter-spaced or two
# one-character cells: the gap's width, against the row's others, tells which)
_SPACED_PAIR = compile_pattern(r"(?<!\S)([\u4e00-\u9fff])([ \u00a0\u3000]+)([\u4e00-\u9fff])(?!\S)")


def _letter_spaced_cells(text: str) -> list[str]:
    """The row's cells when a word of two characters is letter-spaced by the row's narrowest gap,
    narrower than any gap between its cells (刘  敏 and 电  工 in 电  工      赵立军      电力集团):
    the word one cell.  (Every gap as narrow as the next: no word told from the cells.)"""
    widths = sorted({len(m.group()) for m in _WIDE_GAP.finditer(text)})
    if len(widths) < 2:
        return _WIDE_GAP.split(text)
    joined = _SPACED_PAIR.sub(lambda m: m[1] + m[3] if len(m[2]) == widths[0] else m[0], text)
    return _WIDE_GAP.split(joined)


def _padded_cells(text: str) -> list[str]:
    """The row's cells, a name padded to a cell's width (李　丹) one cell."""
    return _CELL_GAP.split(_PADDED_NAME.sub(r"\1\2", text))


def _cells(line: Line) -> int:
    """The row's count of cells, a name padded to a cell's width (李　丹) one cell."""
    return len(_padded_cells(line.text.strip()))


def _rows_like(lines: list[Line], j: int, row: Line) -> int:
    """Lines set solid from j holding as many cells as ``row`` does (two at least), else 0: a
    group's rows under its label, however few (冠军 and 亚军 only), shaped as the table's rows
    above them are."""
    cells = _cells(row)
    k = j
    while k < len(lines) and not lines[k].gap and _table_row(lines[k]) and _cells(lines[k]) == cells >= 2:
        k += 1
    return k - j


def _part_under_colon(lines: list[Line], j: int) -> int:
    """Line j, set solid under a table's rows, announces more of them by its colon (半程途经点及关门
    时间：), and rows of their own cells, a figure in each, stand solid under it (5公里（某路口）8:15
    10公里（某公园）8:50): the table's part, its line and rows (1 + rows), else 0.  However few, its
    rows are the table's: the colon says what they list."""
    if j >= len(lines) or lines[j].gap or lines[j].kind != TEXT or in_cells(lines[j]):
        return 0
    title = compact(lines[j].text)
    if not title.endswith(("：", ":")) or len(title) > _PART_TITLE_MAX or clause_punctuated(title[:-1]):
        return 0
    rows = _rows_like(lines, j + 1, lines[j + 1]) if j + 1 < len(lines) else 0
    if rows < _FIGURE_ROWS_MIN or not all(_FIGURE.search(ln.text) for ln in lines[j + 1 : j + 1 + rows]):
        return 0
    return 1 + rows


# 区热力公司：69642318（24小时）: whom to call, an office's name keyed to its number
_KEYED_NUMBER = compile_pattern(r"^(?P<key>[\u4e00-\u9fff]{2,18})[:：]\s*[\d－-]{5,}")
# 市人民医院急诊, 某某中心预约: an office's service keyed to its number
_OFFICE_SERVICE = compile_pattern(
    r"^[\u4e00-\u9fff]{1,12}(?:局|委|中心|院|馆|所|站|公司|协会)[\u4e00-\u9fff]{0,6}"
    r"(?:急诊|预约|咨询|热线|服务|投诉|报修|挂号)$"
)
_DIRECTORY_TITLE_MAX = 12
_DIRECTORY_LINE_MAX = 40
_DIRECTORY_OFFICES_MIN = 2
_DIRECTORY_GROUPS_MIN = 2
# 1．…, ②…: a numbered tip under the box's 温馨提示
_NUMBERED_ENTRY = compile_pattern(r"^(?:\d{1,2}[．.、]|[①-⑩])")


def _directory_group(lines: list[Line], k: int, end: int) -> bool:
    """Line k of a directory box (ending before line ``end``) names the group of entries set
    under it (供热报修热线 over 区热力公司：…, 温馨提示 over 1．…): a short name, no mark in it, over a
    line that is no name of its own (a name over another name is an entry, 12345市民服务热线)."""
    ln = lines[k]
    if k + 1 >= end or len(compact(ln.text)) > _GROUP_LABEL_MAX + 2:
        return False
    if any(mark in ln.text for mark in "，,、；;：:。！？!?"):
        return False
    if _marked_group(ln):
        return True  # (■办理地点: the mark sets the name off, whatever is listed under it)
    below = lines[k + 1]
    return headline_like(ln) and bool(
        _FIELD_MARK.search(below.text) or _NUMBERED_ENTRY.match(below.text.strip())
    )


def _marked_group(line: Line) -> bool:
    """■咨询热线: a group's short name led by a box's mark (read as a byline's mark elsewhere)."""
    text = line.text.strip()
    name = text.lstrip(_GROUP_MARKS)
    marked = bool(line.mark) or name != text  # (the mark may be taken off the text, or left in it)
    return marked and len(name) >= 2 and not ends_sentence(name)


def _office_key(key: str) -> bool:
    """An office's name, or an office's service named (市人民医院急诊, 疾控中心疫苗接种咨询)."""
    return office_name(key) or bool(_OFFICE_SERVICE.match(key))


def _directory_end(lines: list[Line], k: int, groups_min: int) -> int:
    """The blank (or the page's end) under a directory's groups set solid from line k, ``groups_min``
    of them at least, whom to call keyed to their numbers, two offices at least; else 0."""
    end = k
    while end < len(lines) and not lines[end].gap and len(compact(lines[end].text)) <= _DIRECTORY_LINE_MAX:
        end += 1
    if end < len(lines) and not lines[end].gap:
        return 0  # (a longer line set solid in it: prose, no box of entries)
    keyed = (_KEYED_NUMBER.match(ln.text.strip()) for ln in lines[k:end])
    offices = sum(1 for m in keyed if m is not None and _office_key(m["key"]))
    groups = sum(1 for j in range(k, end) if _directory_group(lines, j, end))
    return end if offices >= _DIRECTORY_OFFICES_MIN and groups >= groups_min else 0


def directory_under_rows(lines: list[Line], k: int) -> int:
    """The blank under a directory's group set solid under a table's last row at line k (便民服务 /
    义诊安排 / rows / 常用服务电话 / 市人民医院急诊：0775-… / …), else 0: the box goes on past its
    table, whom to call under the group's name."""
    if k >= len(lines) or lines[k].gap:
        return 0
    end = _directory_end(lines, k, 1)
    return end if end and _directory_group(lines, k, end) else 0


def _directory_box(lines: list[Line], i: int) -> int:
    """Lines set solid under a service box's title at line i (便民服务信息 / 供热报修热线 / 区热力公司：
    … / 采暖补贴咨询 / 区民政局某科：… / 温馨提示 / 1．…), else 0: groups of offices to call, each
    under its name, the offices keyed to their numbers.  Whom to call, office by office, is the
    paper's service to its readers, no poster's contacts (an ad gives its own phone under 电话 or
    热线); the box reads as a story of its groups, the names its subheads."""
    title = lines[i]
    if not title.gap or not headline_like(title) or len(compact(title.text)) > _DIRECTORY_TITLE_MAX:
        return 0
    if _FIELD_MARK.search(title.text):
        return 0
    end = _directory_end(lines, i + 1, _DIRECTORY_GROUPS_MIN)
    if not end:
        return 0
    # (a box's label over the title: 服务台 / 某某办事指南 / ■咨询热线 / …)
    titled = i + 2 < end and headline_like(lines[i + 1]) and _directory_group(lines, i + 2, end)
    return end - i - 1 if _directory_group(lines, i + 1, end) or titled else 0


# 某某服务中心：东湖路8号　0576-8812345 / 某某饭堂　某路12号　电话：…: an entry's name, its first cell
_ENTRY_NAME = compile_pattern(r"^(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\d]{1,17}?)(?:[:：]|\u3000)")
# 电话：010-12315, 热线：12315: a field keyed to a number to call, however short a hotline's
_KEYED_CALL = compile_pattern(r"(?:电话|热线|手机|座机)[:：]\s*\d[\d－-]{4,}")
# 咨询电话：…, 报名热线：…: a line that is one field, a number to call
_CALL_FIELD = compile_pattern(r"^[\u4e00-\u9fff]{0,6}(?:电话|热线)[:：]\s*\d[\d－-]{4,}\S{0,20}$")
_LISTING_ENTRIES_MIN = 4
# 12345政务服务便民热线：24小时受理, “某某”问政平台：微信搜索…: an entry of a hotline listing naming a
# way to reach the office that gives no number (a hotline named by its number, a platform, an
# account), keyed by the channel's name
_CHANNEL_ENTRY = compile_pattern(
    r"^(?P<name>[\u4e00-\u9fff\d“”\w]{2,18}?(?:热线|平台|公众号|小程序|客户端|网站|邮箱|信箱))[:：]\s*\S"
)
_PAIRED_ENTRIES_MIN = 3
_GUIDE_FIELDS_MIN = 3  # 办理条件：… / 所需材料：… / 办理地点：…: a procedure's particulars
# 旅行贴士, 出行攻略, 游玩指南, 温馨提示: the title of the paper's box of tips for the reader
_TIPS_TITLE = compile_pattern(r"^[\u4e00-\u9fff]{0,6}(?:贴士|提示|指南|攻略)$")
_TIP_FIELDS_MIN = 3  # 交通：… / 门票：… / 住宿：…: what a trip (or a visit) needs, a field each
_SCHEDULE_ROWS_MIN = 2  # 5月23日上午　… / 5月24日下午　…: a schedule's days, a row each
_FULL_SLACK = 1  # a line cut at the measure may fall a character short of it (a mark, a figure)
# 所需材料：, 注意事项：: a field's label closed by its colon, its items listed under it
_LISTING_FIELD = compile_pattern(r"^[\u4e00-\u9fff]{2,8}[:：]$")
# 办理条件：…, 申领渠道：…, 所需材料：…, 适用人群：…: a field keyed to a term of a procedure (what to
# bring, who may apply, where, how long); a poster's fields say what it offers (地点, 票价, 优惠)
# 时间：…, 地点：…, 主题：…, 主讲：…, 嘉宾：…, 话题：…: a field keyed to a particular of an event the
# paper announces (a talk, a hotline's hour), its box closed by the number to call about it
_EVENT_FIELD = compile_pattern(r"^[\u4e00-\u9fff]{0,2}(?:时间|地点|主题|话题|主讲|嘉宾)[:：]")
_PROCEDURE_FIELD = compile_pattern(
    r"^(?:(?:办理|申请|申领|申报|受理)[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{0,4}(?:所需材料|适用(?:人群|对象|范围)))[:：]"
)
_GROUP_MARKS = "■□●◆▲★◇"
_ANY_MARK = compile_pattern(r"[，,、；;：:。！？!?]")
_ANNOUNCING = ("：", ":")  # 现将各地服务渠道整理如下：: a line announcing what is listed under it


@dataclass(frozen=True)
class ServiceBox:
    """Whom to call, place by place or office by office: the paper's service to its readers, no
    poster's contacts (an ad gives its own phone, one advertiser's), read as a story of its
    entries.  Two shapes: a listing (places each with its phone, an entry one line or two, right
    under the title: ``entries`` lines of them, what is set solid under them the box's too, more
    numbers or a 温馨提示 over its advice) or a directory (offices keyed to their numbers in
    groups, each group under its name; ``entries`` 0).  A listing may stand under the open
    story's line announcing it (整理如下：), or its offices under the paragraph saying what they
    offer, its entries that story's paragraphs (``announced``)."""

    label: int | None  # a box's label set over the title (服务台 / title), else None
    title: int  # the title's line (the announcing line, for a listing the story announced)
    entries: int
    end: int  # the line after the box's last: the blank under it, or the page's end
    announced: bool = False
    fields_wrap: bool = False  # a box of tips, each a field that may wrap (``_tip_fields``)


def service_box(lines: list[Line], i: int) -> ServiceBox | None:
    """The service box starting at line i (``ServiceBox``), else None."""
    if i > 0 and not lines[i].gap and lines[i - 1].text.rstrip().endswith(_ANNOUNCING):
        entries = _listing_entries(lines, i)
        return None if entries is None else _listing_box(lines, i - 1, entries, announced=True)
    if i > 0 and not lines[i].gap and ends_sentence(lines[i - 1].text):
        # (即日起，…请携带身份证前往。 / 某某社区卫生服务中心 / 地址：…　电话：… / …: offices listed
        # set solid under the paragraph that says what they offer, its listing as it would be under
        # a colon; offices named one a line, no poster's)
        entries = _paired_entries(lines, i)
        return None if entries is None else _listing_box(lines, i - 1, entries, announced=True)
    listing = _contact_listing(lines, i) or _guide(lines, i)
    if listing is not None:
        title, entries = listing
        return _listing_box(lines, title, entries, label=i if title > i else None)
    rows = _directory_box(lines, i)
    if rows:
        end = i + 1 + rows
        labelled = not _directory_group(lines, i + 1, end)
        return ServiceBox(i if labelled else None, i + int(labelled), 0, end)
    # (offices keyed to their numbers in groups are a directory, whatever its title says)
    tips = _tip_fields(lines, i) or _wrapped_schedule(lines, i)
    if tips is None:
        # (a box of particulars is a listing too, each of its fields an entry whole on its line)
        entries = _particulars_box(lines, i)
        return None if entries is None else ServiceBox(None, i, entries, i + 1 + entries)
    title, end = tips
    return ServiceBox(i if title > i else None, title, 0, end, fields_wrap=True)


# 宜：出行　会友, 公历：2026年6月16日: a particular's field, its label a word (of one character at
# least: an almanac's 宜, 忌), its value phrases
_PARTICULAR_FIELD = compile_pattern(r"^[\u4e00-\u9fff]{1,8}[:：]\s*\S")
# （本栏内容仅供参考）: a note in brackets alone on the box's last line
_BOX_NOTE = compile_pattern(r"^[（(][^（）()]{2,30}[）)]$")
_PARTICULARS_MIN = 3  # fields labelled by a word of two characters or more (公历：…, 农历：…, 节令：…)


def _particulars_box(lines: list[Line], i: int) -> int | None:
    """A box of particulars titled at line i, set apart (老黄历 / 公历：… / 农历：… / 宜：… / 忌：… /
    （本栏内容仅供参考）): every line set solid under the title a field whose value is phrases, no
    clause or sentence and no phone (a poster's fields give its contacts), or a note in brackets
    closing them; three of the fields at least labelled by a word of two characters or more.
    Each line is whole, the box's paragraph, no head (宜 over 忌 is no kicker over a headline).
    Returns the count of lines under the title, else None."""
    title = lines[i]
    if not title.gap or title.kind != TEXT or not headline_like(title) or has_phone(title.text):
        return None
    if notice_heading(lines, i) is not None:
        return None  # (某某第25143期开奖公告 / 前区号码：…: a notice's fields under its title)
    named = 0
    k = i + 1
    while k < len(lines) and not lines[k].gap:
        text = lines[k].text.strip()
        if lines[k].kind != TEXT or has_phone(text) or any(c in text for c in "。！？!?，,；;"):
            return None
        if _PARTICULAR_FIELD.match(text):
            named += field_line(text)
        elif not (_BOX_NOTE.match(text) and (k + 1 == len(lines) or lines[k + 1].gap)):
            return None
        k += 1
    return k - i - 1 if named >= _PARTICULARS_MIN else None


def _listing_box(
    lines: list[Line], title: int, entries: int, *, label: int | None = None, announced: bool = False
) -> ServiceBox:
    """A listing's box: its entries under its title, and what is set solid under them."""
    return ServiceBox(label, title, entries, run_end(lines, title + 1 + entries), announced)


def _contact_listing(lines: list[Line], i: int) -> tuple[int, int] | None:
    """Line i, set apart, titles a listing of places to call (or is a box's label set solid over
    the title): four lines at least set solid under the title, each naming a place of its own in
    its first cell and giving that place's phone.  Returns the title's line and the count of
    entries, else None."""
    label = lines[i]
    if not label.gap or not headline_like(label) or has_phone(label.text) or _FIELD_MARK.search(label.text):
        return None
    title = i
    below = lines[i + 1] if i + 1 < len(lines) else None
    if (
        below is not None
        and not below.gap
        and headline_like(below)
        and not has_phone(below.text)
        and not _CHANNEL_ENTRY.match(below.text.strip())
        and _paired_entries(lines, i + 1) is None
        and not _wide_cells(below.text)
    ):
        # (the title under the box's label; a channel's entry, 某某热线：…, is none, nor the first
        # office's name over its fields, 某某服务中心 / 地址：…　电话：…, which opens the listing,
        # nor a header naming the columns of the rows under it, 名称　　时间　　电话: the line
        # over it is the title)
        title = i + 1
    entries = _listing_entries(lines, title + 1)
    return None if entries is None else (title, entries)


def _guide(lines: list[Line], i: int) -> tuple[int, int] | None:
    """Line i, set apart, titles a guide to a procedure (or is a box's label set solid over the
    title): its particulars set solid under the title, one field a line, three at least, none a
    number to call (办理条件：… / 所需材料：… / 办理地点：…), closed by the number to call about it
    (咨询电话：…).  Returns the title's line and the count of entries (the fields and the number),
    else None.  (A poster gives its address and its phone, never a procedure's particulars: three fields
    at least name a procedure's terms, ``_PROCEDURE_FIELD``.)"""
    label = lines[i]
    if not label.gap or not headline_like(label) or _FIELD_MARK.search(label.text):
        return None
    below = lines[i + 1] if i + 1 < len(lines) else None
    # (the title carries no field: 办理渠道：… right under the label is the guide's first field)
    titled = (
        below is not None and not below.gap and headline_like(below) and not _FIELD_MARK.search(below.text)
    )
    title = i + 1 if titled else i
    k = title + 1
    procedure = event = 0
    while (
        k < len(lines)
        and not lines[k].gap
        and field_line(lines[k].text.strip())
        and not _calls(lines[k].text)
    ):
        procedure += bool(_PROCEDURE_FIELD.match(lines[k].text.strip()))
        event += bool(_EVENT_FIELD.match(lines[k].text.strip()))
        k += 1
    if k >= len(lines) or lines[k].gap or not call_line(lines[k]):
        return None
    # (an event's particulars, 时间：… / 地点：… / 主讲：…, closed by the number and nothing under it:
    # the paper's own box; one signed and dated under its number is the organiser's notice)
    closed = k + 1 >= len(lines) or lines[k + 1].gap
    if procedure < _GUIDE_FIELDS_MIN and not (event >= _GUIDE_FIELDS_MIN and closed):
        return None
    fields = k - title - 1
    return title, fields + 1


def _tip_fields(lines: list[Line], i: int) -> tuple[int, int] | None:
    """A box of tips titled at line i, set apart (旅行贴士 / 交通：…，县城至 / 某村有旅游专线，每天
    4班。 / 门票：… / 咨询电话：…), or labelled there over its title (办事指南 / 某某怎么办？ / 办理
    地点：… / 所需材料： / 1.… / 2.…): three fields at least, set solid, each opening on its label and
    wrapping onto lines that finish what the line above left open, a field closed by its colon
    listing its numbered items under it.  The paper's advice to the reader, read as a story of its
    fields, however many of them give a phone (a poster gives its contacts, never a visit's fields
    wrapped in clauses).  Returns the title's line and the blank (or the page's end) under the box,
    else None."""
    label = lines[i]
    if not label.gap or not headline_like(label) or not _TIPS_TITLE.match(unframed_title(label.text)):
        return None
    below = lines[i + 1] if i + 1 < len(lines) else None
    titled = (
        below is not None and not below.gap and headline_like(below) and not _FIELD_MARK.search(below.text)
    )
    title = i + 1 if titled else i
    fields = 0
    k = title + 1
    while k < len(lines) and not lines[k].gap:
        text = lines[k].text.strip()
        if _tip_field(text):
            fields += 1
        elif not _NUMBERED_ENTRY.match(text) and (
            k == title + 1 or ends_sentence(lines[k - 1].text) or lines[k].kind not in (TEXT, CONTACT)
        ):
            return None  # (a line that finishes no open field: no box of fields)
        k += 1
    return (title, k) if fields >= _TIP_FIELDS_MIN else None


def _wrapped_schedule(lines: list[Line], i: int) -> tuple[int, int] | None:
    """A schedule titled at line i, set apart (本周义诊活动 / 5月23日上午　某某医院　门诊广场　心 /
    血管内科 / 5月24日下午　… / 咨询电话：…): rows set solid, each opening on its day set a space
    apart, one at least wrapped onto the line under it at the column's width (or each, two at
    least, with where it is held set under it: 地点：…), a number to call perhaps closing them.
    Rows that wrap are no table's (``row_run`` reads whole rows), nor a poster's lines: each row
    is a paragraph, its wrap joined to it.  Returns the title's line and
    the blank (or the page's end) under the box, else None."""
    title = lines[i]
    if not title.gap or not headline_like(title) or has_phone(title.text):
        return None
    rows = 0
    wrapped: list[int] = []  # the rows cut at the column's width
    particulars = 0  # rows with a field of their own set under them (地点：…)
    k = i + 1
    while k < len(lines) and not lines[k].gap:
        ln = lines[k]
        if schedule_row(ln.text):
            rows += 1
        elif call_line(ln) and (k + 1 >= len(lines) or lines[k + 1].gap):
            pass  # (咨询电话：… closing the rows)
        elif rows and schedule_row(lines[k - 1].text) and _EVENT_FIELD.match(ln.text.strip()):
            # (7月11日上午　某医院　某科 / 地点：某广场: where the day's row is held, its particular
            # set under it, a paragraph of its own; a poster names no day's row)
            particulars += 1
        elif rows and ln.kind == TEXT and not ln.indented and not field_line(ln.text.strip()):
            wrapped.append(k - 1)  # (the row above, cut at the column's width, goes on)
        else:
            return None
        k += 1
    widest = max(printed_width(ln) for ln in lines[i + 1 : k]) if k > i + 1 else 0
    # (a row cut at the column's width runs as far as the widest line: a line under a shorter one,
    # a forecast's 某某气象台发布 under its days, is a line of its own, no wrap)
    cut = bool(wrapped) and all(
        printed_width(lines[j]) >= widest - _FULL_SLACK and not ends_sentence(lines[j].text) for j in wrapped
    )
    return (i, k) if rows >= _SCHEDULE_ROWS_MIN and (cut or particulars >= _SCHEDULE_ROWS_MIN) else None


def _tip_field(text: str) -> bool:
    """交通：…, or 所需材料： over the items it lists: a field of a box of tips opens on the line."""
    return field_line(text) or bool(_LISTING_FIELD.match(text))


def _opens_tip(text: str) -> bool:
    """The line opens a paragraph of a box of tips: a field, a numbered item a field lists, or a
    schedule's row."""
    return _tip_field(text) or bool(_NUMBERED_ENTRY.match(text)) or schedule_row(text)


def _listing_entries(lines: list[Line], k: int) -> int | None:
    """The count of a listing's entry lines set solid from line k, else None: one line an entry
    (``_single_entries``), or two (``_paired_entries``)."""
    single = _single_entries(lines, k)
    return single if single is not None else _paired_entries(lines, k)


def _paired_entries(lines: list[Line], k: int) -> int | None:
    """The count of lines of a listing's entries set solid from line k, each entry an office's
    name alone (某某市人民医院) over its fields giving its number to call (地址：…　电话：…), and
    maybe more fields set solid under them, each a line (开放时间：…); three offices at least,
    each named once, else None.  Public offices, each its own (no advertiser's shops, which are
    no offices)."""
    names: set[str] = set()
    start = k
    while k + 1 < len(lines) and (k == start or not lines[k].gap) and not lines[k + 1].gap:
        name, fields = lines[k].text.strip(), lines[k + 1].text
        if not office_name(name) or name in names or _calls(name) or not _calls(fields):
            break
        names.add(name)
        k += 2
        while k < len(lines) and not lines[k].gap and field_line(lines[k].text.strip()):
            k += 1
    return k - start if len(names) >= _PAIRED_ENTRIES_MIN else None


def _single_entries(lines: list[Line], k: int) -> int | None:
    """The count of a listing's entries set solid from line k (four at least), each naming a
    place of its own in its first cell and giving its number to call, else None."""
    names: set[str] = set()
    start = k
    calls = 0
    while k < len(lines) and (k == start or not lines[k].gap):
        text = lines[k].text.strip()
        channel = _CHANNEL_ENTRY.match(text)
        entry = _ENTRY_NAME.match(text) if _calls(text) else channel
        if entry is None or entry["name"] in names:
            return None if _calls(text) else _enough_calls(calls, len(names))
        names.add(entry["name"])
        calls += channel is None or _calls(text)
        k += 1
    return _enough_calls(calls, len(names))


def _enough_calls(calls: int, entries: int) -> int | None:
    """The count of a listing's entries, when enough of them give a number to call, else None."""
    return entries if calls >= _LISTING_ENTRIES_MIN else None


def _calls(text: str) -> bool:
    """The line gives a number to call: a phone, or a field keyed to one (电话：12315)."""
    return has_phone(text) or bool(_KEYED_CALL.search(text))


def _group_name(lines: list[Line], k: int, box: ServiceBox) -> bool:
    """Line k of the service box names the part set under it: a directory's group (供热报修热线
    over its offices, ``_directory_group``), or, under a listing's entries, a short name alone
    (温馨提示 over its advice)."""
    if _directory_group(lines, k, box.end):
        return True
    ln = lines[k]
    text = ln.text.strip()
    return (
        k >= box.title + 1 + box.entries > box.title + 1
        and headline_like(ln)
        and len(compact(text)) <= _GROUP_LABEL_MAX
        and not _ANY_MARK.search(text)
    )


def titled_table(lines: list[Line], i: int) -> int:
    """Rows of a table set solid under its title at line i (a unit line may stand between them, a
    数据来源 line may close them), else 0."""
    if not headline_like(lines[i]) or i + 1 >= len(lines) or lines[i + 1].gap:
        return 0
    unit = unit_line(lines, i + 1)
    start = i + 1 + unit
    # 男子组 / rows / 女子组 / rows: a group's label on a line of its own heads the rows under it,
    # a row of the table (two groups at least when a label stands right under the title, which
    # else may be the title's own last words)
    labelled = int(_group_label(lines, start))
    # (under a draw's numbers, its prizes' rows, however few: ``_prize_rows``)
    run = row_run(lines, start + labelled) or (_prize_rows(lines, start) if unit else 0)
    if not run:
        return 0
    j = start + labelled + run
    groups = 0
    while _group_label(lines, j) and (
        more := row_run(lines, j + 1) or _rows_like(lines, j + 1, lines[j - 1])
    ):
        j += 1 + more
        groups += 1
    if labelled and not groups:
        return 0
    j += _part_under_colon(lines, j)
    # (a 数据来源 line, or the number to call about what the rows list, 咨询电话：…, closes them; so
    # does a field set solid under the last row with nothing under it, 服务时间：工作日…, a note
    # on them all)
    if j < len(lines) and not lines[j].gap and (SOURCE_NOTE.match(lines[j].text) or call_line(lines[j])):
        j += 1
    elif j < len(lines) and not lines[j].gap and field_line(lines[j].text.strip()):
        j += int(j + 1 >= len(lines) or lines[j + 1].gap)
    return j - i - 1


def call_line(line: Line) -> bool:
    """咨询电话：0532-88312120, 报名热线：…: a field of its own giving a number to call."""
    return bool(_CALL_FIELD.match(line.text.strip()))


class TableReader:
    """The table rules of the page parser (a mixin): what they need from it is declared here (the
    story rules come before this mixin among the parser's bases)."""

    lines: list[Line]
    article: ArticleDraft | None

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _line(self, i: int) -> Line | None: ...

        def _close(self) -> None: ...

        def _start_article(self, i: int, n: int) -> None: ...

        def _ad_span(self, i: int) -> int: ...

        def _weather_span(self, i: int) -> int: ...

    def _table(self, i: int, rows: int, label: Line | None = None) -> int:
        """A table standing alone: an article headed by its title, one paragraph a row; a line
        set solid over the title is its kicker (a box's label, 链接; 本周赛事预告 over 某某联赛
        赛程), or the first line of the title wrapped over two (某某杯乡村足球 / 联赛第二轮赛程)."""
        column = self._box_table_goes_on(i)
        self._close()
        self._start_article(i, 1)
        if column is not None and self.article is not None:
            self.article.kicker = column  # (the box's label heads each of its tables)
        if label is not None:
            art = self.article
            assert art is not None
            title = self.lines[i]
            if _box_label(label) or kicker_over_headline(label.text, title.text):
                art.kicker = clean_text(label.text)
            else:
                art.headline = clean_text(label.text + title.text)
            art.first = label.number
        assert self.article is not None
        self.article.table_alone = True
        end = self._add_rows(i + 1, rows)
        box = directory_under_rows(self.lines, end)
        if box:
            # (the rows are the box's first entries; its groups of offices go on under them)
            self._service_lines(ServiceBox(None, i, rows, box), end)
            end = box
        if end < len(self.lines) and self.lines[end].gap:
            # the table standing alone ends at the blank under its rows: what is set apart below
            # (the pictures' numbered captions, the next story) is none of its rows
            self._close()
        return end

    def _service_box(self, i: int) -> int:
        """A service box (``service_box``) at line i: an article headed by its title (a box's label
        over it its kicker, or the title's first line), or the open story announcing it; each
        listed entry a paragraph, whole without a full stop; each part's name a subhead; advice
        and numbered tips may wrap onto the next line.  Returns the lines taken, 0 if no box
        starts there."""
        box = service_box(self.lines, i)
        if box is None:
            return 0
        art = self.article
        if box.announced and (art is None or art.closed or art.last != self.lines[box.title].number):
            return 0
        # 某地天气 / 11月2日（星期一）　晴　3℃～12℃　北风2级 / … / 某气象台…发布: rows of days whose
        # fields are the sky and its readings, signed by a forecaster, are a forecast's box, however
        # like a listing's entries they are set (the forecast wins, as it does over a table's rows)
        if not box.announced and self._weather_span(i) >= box.end - i:
            return 0
        if not box.announced:
            self._close()
            self._start_article(box.title, 1)
            art = self.article
            assert art is not None
            if box.label is not None:
                label, title = self.lines[box.label], self.lines[box.title]
                if box.entries and not (_box_label(label) or kicker_over_headline(label.text, title.text)):
                    art.headline = clean_text(label.text + title.text)  # (the title wrapped over two)
                else:
                    art.kicker = clean_text(label.text)
                art.first = label.number
        assert art is not None
        self._service_lines(box, box.title + 1)
        self._close()
        return box.end - i

    def _service_lines(self, box: ServiceBox, start: int) -> None:
        """The service box's lines from ``start`` on, into the open article."""
        art = self.article
        assert art is not None
        for k in range(start, box.end):
            ln = self.lines[k]
            text = ln.text.strip()
            if box.fields_wrap:
                # (a tip's field opens a paragraph; a line under it finishes the field it wraps)
                # (咨询电话：某中心　0571-… / 　　　　某中心　0571-…: an office set in under the
                # field's first, with its own number, is the field's next entry, no wrap)
                entry_set_in = ln.indented and _ENTRY_NAME.match(text) is not None and has_phone(text)
                if _opens_tip(text) or not art.paragraphs or entry_set_in:
                    art.add_paragraph(ln.text, ln)
                else:
                    art.join(ln)
                continue
            wraps = bool(_NUMBERED_ENTRY.match(text)) or ln.indented
            if k < box.title + 1 + box.entries:
                art.add_paragraph(row_text(ln), ln)
                art.joinable[-1] = False  # (an entry is whole without a full stop)
            elif _group_name(self.lines, k, box):
                art.add_subhead(text.lstrip(_GROUP_MARKS), ln)
            elif art.open_sentence() and not wraps and not _ENTRY_NAME.match(text):
                art.join(ln)
            else:
                art.add_paragraph(ln.text, ln)
                # (an entry is whole without a full stop; a numbered tip may wrap, and so may advice
                # indented as prose is, or, under a listing's entries, a line naming no place)
                prose = wraps or (bool(box.entries) and not _ENTRY_NAME.match(text))
                art.joinable[-1] = art.joinable[-1] and prose

    def _table_apart(self, i: int, rows: int) -> bool:
        """The titled table at line i, set apart by a blank line under a story that sets its
        paragraphs solid (two of them are enough: no blank parts any; or under a column's brief),
        stands on its own, closed by its 数据来源 line or not: the blank ends the story.  (Under a
        story set in parts under subheads, a table after its last part belongs to no part, a box
        of the page printed beside the story.)  So does a table set apart under the story's own
        table (its last line a row): the golds, 8 to 1, set the second table apart as a box of its
        own.  A table set solid under a box's table stands on its own too (``_box_table_goes_on``)."""
        art = self.article
        if self._box_table_goes_on(i) is not None:
            return True
        return (
            art is not None
            and self.lines[i].gap
            and (
                (art.set_solid() or art.in_column or (art.solid_starts >= 1 and not art.apart_starts))
                or (bool(art.headings) and not art.after_heading and not art.in_column)
                or self._set_solid_whole(i)
            )
        )

    def _box_table_goes_on(self, i: int) -> str | None:
        """Line i, a table's title set solid under the last row of a table standing under a box's
        label (今日荧屏 / 某台综合频道 / its rows / 某台电影频道 / its rows; 彩票开奖 / 某彩票第N期
        开奖结果 / its rows / another draw's title / its rows), opens the box's next table: an
        article of its own, the label its kicker too, as a column's name heads each brief under
        it.  Returns the label, else None.  A group's name between the rows (男子组, 女子1000米) is
        shorter than a table's title: a part of the same table (``group_between_rows``)."""
        art, ln = self.article, self.lines[i]
        above = self._line(i - 1)
        if (
            art is None
            or art.kicker is None
            or art.closed
            or not art.headline
            or art.byline is not None
            or art.headings
            or not art.paragraphs
            or any(art.joinable)  # (every paragraph a row: a standing table, no story's prose)
            or ln.gap
            or above is None
            or above.number != art.last
            or not _table_row(above)
            or in_cells(ln)
            or _group_name_sized(ln.text)
        ):
            return None
        return art.kicker

    def _set_solid_whole(self, i: int) -> bool:
        """The open story, one paragraph long, is set solid from its head down to line i's
        blank (head, byline and body, no blank line inside but one setting the body apart from
        its head: the golds, 15 to 1, make the table its own then): a story printing no blank anywhere
        ends at the first one, and a table set apart under it is a box of its own (a directory
        of hotlines, a price list), not the story's."""
        art = self.article
        assert art is not None
        if len(art.paragraphs) != 1 or art.headline is None:
            return False
        k, body_apart = i - 1, False
        while k > 0 and self.lines[k].number > art.first:
            if self.lines[k].gap:
                # (a blank under the head sets the body apart from it, its first line indented
                # below the blank: the body is still set solid down to the table's blank)
                if body_apart or not self.lines[k].indented:
                    return False
                body_apart = True
            k -= 1
        return True

    def _labelled_table(self, i: int) -> int:
        """Rows of a table whose title stands under a box's label at line i (链接 / 某某主要指标
        / 指标　数值 / …), else 0: the label heads the table, not a poster of short lines."""
        ln, below = self.lines[i], self._line(i + 1)
        if ln.kind != TEXT or below is None or below.gap:
            return 0
        # (a head line set apart over the title, in no cells, heads the table too: a kicker or
        # the title's first line; a dashed deck under a head is a story's)
        head = (
            ln.gap
            and headline_like(ln)
            and not in_cells(ln)
            and not in_cells(below)
            and not below.text.startswith("—")
        )
        if not (_box_label(ln) or head):
            return 0
        if row_run(self.lines, i + 1):
            # (下轮赛程 / 5月16日　15:00　甲队—乙队 / …: a line set in cells under the label, rows
            # set solid under it as it is, is the table's first row, and the label its title)
            return 0
        rows = titled_table(self.lines, i + 1)
        # (【招聘】 / 某公司诚聘 / 保安员　20名 / … / 报名电话：…: a classified ad's heading over its
        # posts, set solid down to its contacts, is the ad's, not a table's label)
        if rows and unframed_title(ln.text) in AD_HEADINGS and self._ad_span(i) > rows + 1:
            return 0
        return rows

    def _source_note(self, k: int) -> None:
        """A source line under the open story's body: a table's 数据来源：… is a paragraph of the
        story (the story may go on under it); (县医保局供稿), (据新华社) say where the story came
        from, its last paragraph (nothing after it is the story's); a 供稿 line with no brackets
        signs the story, a credit (as （张三） is, no paragraph) that closes it too."""
        art, ln, below = self.article, self.lines[k], self._line(k + 1)
        assert art is not None
        # ((县医保局供稿) set solid under the last paragraph, as a reporter's （记者　某某） line is,
        # signs the story the same way, no paragraph; set apart, it stays the story's last one)
        credit = supplied_credit(ln.text, bracketed=not ln.gap)
        if credit is not None:
            art.byline = merge_bylines(art.byline, credit)
            art.last = ln.number
            art.closed = True
            return
        closed = art.closed
        art.closed = False
        art.add_paragraph(ln.text, ln, subhead=True)
        art.closed = closed or bool(STORY_SOURCE.match(ln.text))
        # (资料来源：本公报中…等数据来 / 自某省统计局。: a note cut at the measure, the line set solid
        # and flush under it finishing its sentence, goes on there)
        art.joinable[-1] = (
            not art.closed
            and not ends_sentence(art.paragraphs[-1])
            and below is not None
            and not below.gap
            and below.kind == TEXT
            and not below.indented
            and ends_sentence(below.text)
        )

    def _add_rows(self, i: int, rows: int) -> int:
        """Lines i.. of a table, one paragraph a row, into the open article."""
        art = self.article
        assert art is not None
        # (a note set solid under the last row sums them up: the table's too, ``rows_note``)
        rows += rows_note(self.lines, i + rows)
        for ln in self.lines[i : i + rows]:
            drawn = chart_maker(ln) if ln.number == self.lines[i + rows - 1].number else None
            if drawn is not None:
                # (制图：X closing a box of figures: who drew it as a chart, the box's credit, no
                # row; no photographer, no picture being printed)
                art.byline = merge_bylines(art.byline, Byline(others=(drawn,)))
                art.last = ln.number
                continue
            art.add_paragraph(row_text(ln), ln)
            art.joinable[-1] = False  # a row is whole without a full stop
        below = self._line(i + rows)
        if below is not None and not below.gap and below.kind == TEXT and SOURCE_NOTE.match(below.text):
            # (数据来源：… set solid under the last row closes the table: the story's line, as under
            # a standing table's rows, never the title of a picture set apart below it)
            self._source_note(i + rows)
            return i + rows + 1
        return i + rows


def category_list(lines: list[Line], i: int) -> int:
    """Line i, a list's title set apart, stands over its entries grouped under categories marked
    alike (获奖名单 / ◆诗词类 / 一等奖（1名）　某某 / … / ◆楹联类 / …): the lines the list runs to,
    set solid, or 0.  Each category is the list's subhead, each line under it an entry (a row, or
    the names a row's cell runs on with, set in under it)."""
    title, below = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if (
        not title.gap
        or title.kind != TEXT
        or title.mark
        or not headline_like(title)
        or below is None
        or below.gap
        or not _marked_category(below)
    ):
        return 0
    end = i + 1
    categories = 0
    while end < len(lines) and (end == i + 1 or not lines[end].gap) and lines[end].kind == TEXT:
        if _marked_category(lines[end]):
            if lines[end].mark != below.mark:
                return 0
            categories += 1
        elif lines[end].mark:
            return 0  # (an entry marked otherwise: a column's bulleted items, no list)
        end += 1
    return end - i if categories >= _CATEGORIES_MIN else 0


# a list grouped by its categories has two of them at least (one alone may be a head's kicker)
_CATEGORIES_MIN = 2


def _marked_category(line: Line) -> bool:
    """The line is a list's category under a mark (◆诗词类, ■少年组)."""
    return bool(line.mark) and LIST_CATEGORY.match(compact(line.text)) is not None
