"""A teaser box (导读 / 今日导读 / 本期导读): a label over short items, each a title, a line or
two of summary and where the story is printed (（详见第2版）).  Each item is a brief of its
own under the box's label, not part of the story printed above the box."""

from __future__ import annotations

from publisher.patterns import compile_pattern
from publisher.punctuation import compact, ends_sentence
from publisher.reader.line_kinds import (
    BRIEF,
    CONTINUATION,
    LIST,
    TEXT,
    clause_punctuated,
)
from publisher.reader.lines import (
    Line,
)
from publisher.records import record

# the box's label, as papers word it, bare or in a pair of brackets (【导读】, [今日导读]: the
# brackets only set the label off, the kicker is the word)
_TEASER_WORD = r"(?:今日|本期|本版|要闻|内容|新闻|精彩)?导读"
_TEASER_LABEL = compile_pattern(
    rf"^(?:【(?P<boxed>{_TEASER_WORD})】|\[(?P<squared>{_TEASER_WORD})\]|(?P<bare>{_TEASER_WORD}))$"
)
# where the story is printed: （详见第2版）, 详见第3版, 见A4版, →第5版, 请看第6版; ▶2版; or the page
# alone set apart at the end of the title by wide spaces (姚庄镇：工坊开张　　2版, 新区开园　A2)
POINTER = compile_pattern(
    r"[（(]?\s*(?:详见|详情见|全文见|请看|请见|见|→|>>)\s*(?:本报|今日)?\s*第?\s*"
    # (a lettered page needs no 版: 见A3, （详见B2）)
    r"(?:[A-Z]?\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]\d{1,2})\s*[）)]?\s*$"
    r"|(?<=\S)(?:\s{2,}|\u3000)\s*第?[A-Z]?\d{1,2}版$"
    # (a lettered page set apart needs no 版 either: 城区道路完成“白改黑”　A3)
    r"|(?<=\S)(?:\s{2,}|\u3000)\s*[A-Z]\d{1,2}$"
    # or pointed to by an arrow (县医院新增夜间门诊　▶2版, …名片►第3版)
    r"|(?<=\S)\s*[▶►▷→]\s*第?\s*[A-Z]?\s*\d{1,2}\s*版$"
    # or led to by a row of dots, as a table of contents is (元宵灯会开幕　……（第2版））
    r"|\s*(?:…{1,}|\.{3,}|·{3,})\s*[（(]?\s*第?\s*[A-Z]?\s*\d{1,2}\s*版\s*[）)]?\s*$"
)
# 相关报道见第3版, （详见第2版）, 更多图片请看第8版: a line that only says where more of a story is printed
STORY_POINTER = compile_pattern(
    r"^[（(]?(?:(?:相关|更多)[\u4e00-\u9fff]{0,4}?)?(?:详见|详情见|全文见|请看|请见|见)(?:本报|今日)?"
    r"第?[A-Z]?[0-9一二三四五六七八九十]{1,3}版[）)]?$"
)
_TITLE_MAX = 30
_SUMMARY_LINES_MAX = 3
_TITLE_MARKS = "▶►▷●◆■★▲◎□○·•"
_TITLE_END_MARKS = ("？", "?", "！", "!")


@record
class Teaser:
    """One pointer of a front page's 导读 box: where it starts, its title line, its last line."""

    first: int  # index of the item's first line (the box's label for the first item)
    title: int  # index of its title line
    last: int  # index of its last line (the pointer)
    title_last: int = -1  # index of the title's last line, when the title wrapped onto the next

    def title_lines(self) -> range:
        return range(self.title, max(self.title, self.title_last) + 1)

    def headline(self, lines: list[Line]) -> str:
        title = "".join(lines[k].mark + POINTER.sub("", lines[k].text).strip() for k in self.title_lines())
        return title.lstrip(_TITLE_MARKS).strip()


def teaser_label(line: Line) -> str | None:
    m = _TEASER_LABEL.match(compact(line.text))
    if line.kind not in (TEXT, LIST) or line.mark or m is None:
        return None
    return m.group("boxed") or m.group("squared") or m.group("bare")


def teaser_box(lines: list[Line], i: int) -> list[Teaser]:
    """The items of the teaser box whose label is line i (none if it is not one)."""
    if teaser_label(lines[i]) is None:
        return []
    teasers: list[Teaser] = []
    j = i + 1
    while j < len(lines):
        start = j
        if teaser_label(lines[j]) is not None and j + 1 < len(lines):
            # (导　读 / 陵川：… / …（详见第3版） / 导　读 / 沁水：…: the label printed again over each
            # pointer is the box's label, the item's first line, never a title of its own)
            j += 1
        end = _teaser_end(lines, j)
        if end is None:
            break
        title_last = j + 1 if end == j + 1 and _title_wrapped(lines[j], lines[end]) else j
        teasers.append(Teaser(first=i if not teasers else start, title=j, last=end, title_last=title_last))
        j = end + 1
    return teasers


def _teaser_end(lines: list[Line], j: int) -> int | None:
    """Index of the pointer closing the teaser titled at line j, if one does."""
    title = lines[j]
    text = compact(title.text)
    pointed = POINTER.search(title.text) is not None
    # ▶萧县：梨园春管忙　见第2版: a place before a colon reads as a brief's lead, but the pointer
    # closing the line makes it one of the box's titles
    if title.kind not in (TEXT, LIST) and not (pointed and title.kind == BRIEF):
        return None
    if pointed:
        # ▶某某镇：千亩柑橘迎丰收 见第2版: a teaser of one line, its title and where it is printed
        head = compact(POINTER.sub("", title.text))
        # (a title may ask or exclaim, 补偿怎么算？ / 这份指南请收好！: a full stop ends a summary's
        # sentence, a question mark not a title's)
        titled = not ends_sentence(head) or head.endswith(_TITLE_END_MARKS)
        one_line = bool(head) and len(head) <= _TITLE_MAX and titled
        return _summary_under(lines, j) if one_line else None
    if len(text) > _TITLE_MAX or ends_sentence(text):
        return None
    for k in range(j + 1, min(j + 1 + _SUMMARY_LINES_MAX + 1, len(lines))):
        line = lines[k]
        if line.kind not in (TEXT, LIST, CONTINUATION):
            return None
        if POINTER.search(line.text):
            # a pointer closing the summary, or alone under it or under the title (▶高考指南请收好 /
            # （详见A6版）: a teaser of a title only, inside the box its label opened)
            return k
    return None


def _title_wrapped(title: Line, below: Line) -> bool:
    """The pointer line under a title is the rest of the title, wrapped at the box's narrow width
    (▶“一刻钟便民生活圈” / 　扩围至142个社区　见第2版): a phrase with no mark of a clause or a
    sentence, short enough that both lines make one title (a summary says its news in clauses)."""
    rest = compact(POINTER.sub("", below.text))
    return (
        bool(rest)
        and not below.mark
        and not ends_sentence(rest)
        and not clause_punctuated(rest)
        and len(compact(title.text)) + len(rest) <= _TITLE_MAX
    )


def _summary_under(lines: list[Line], j: int) -> int:
    """Index of the last line of a summary set solid under the one-line teaser at line j (▶某地：
    迁建新村里的新日子　见第3版 / 滩区群众住上了新楼房。), or j when none is: the summary's
    lines carry no pointer, and the box's next title or its end follows them."""
    last = j
    for k in range(j + 1, min(j + 1 + _SUMMARY_LINES_MAX, len(lines))):
        line = lines[k]
        if line.gap or line.mark or line.kind not in (TEXT, CONTINUATION) or POINTER.search(line.text):
            break
        # (a summary of a phrase, no sentence closed (出行更顺畅，注意绕行), is read by what follows it)
        last = k
        if ends_sentence(line.text):
            break
    if last == j:
        return j
    after = lines[last + 1] if last + 1 < len(lines) else None
    # (the next title read by its pointer alone: reading its whole teaser here would read a long
    # box once per item)
    box_goes_on = (
        after is not None and after.kind in (TEXT, LIST, BRIEF) and POINTER.search(after.text) is not None
    )
    return last if after is None or after.gap or box_goes_on else j


def summary_text(line: Line) -> str:
    """A summary line without its pointer."""
    return POINTER.sub("", line.text).strip()


def pointer(line: Line) -> str | None:
    m = POINTER.search(line.text)
    return m.group(0).strip().lstrip("….·").strip() if m else None  # (the leader dots only lead)
