"""An article while it is being read: head fields, paragraphs, column-break rejoining.

Column breaks: the extraction puts a blank line wherever print jumped columns,
often mid-sentence or mid-word.  A paragraph that does not end a sentence is
continued by the next plain-text line, joined with nothing in between, unless
that line starts something new (the page parser decides that).  A paragraph
that does end with 。 simply ends there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from publisher.model import (
    Article,
    Byline,
    PullQuote,
    SourceLines,
    Subhead,
)
from publisher.patterns import compile_pattern
from publisher.punctuation import OPEN_QUOTES, clean_text, compact, ends_sentence, is_han
from publisher.reader.bylines import ROLE_LIKE, ROLES, merge_bylines, parse_byline
from publisher.reader.line_kinds import (
    BARE_STANDFIRST,
    BRIEF,
    CLAUSE_END,
    CONTINUATION_RE,
    DATELINE,
    ENGLISH_TURN,
    GLOSS_ENTRY,
    INTERVIEW,
    LIST,
    LIST_RE,
    SUBHEAD_MAX,
    TEXT,
    clause_punctuated,
    grid_row,
    interview_turn,
    labelled_part,
    part_label_line,
    particular_line,
    profile_box,
    sidebar_label,
)
from publisher.reader.lines import (
    Line,
    cut_clauses,
    day_row,
    day_row_paragraph,
    figure_fact,
    headline_like,
    latin_line,
    list_line,
    printed_width,
)
from publisher.reader.signoffs import (
    QUESTION,
    expert_workplace,
    split_expert_signoff,
    split_reprint_source,
    split_signoff,
    split_trailing_byline,
)

# （作者系包头市委党校教授）, （作者单位：…）: a paragraph that is one bracketed note
# 初中男子组：滨州实验学校、…: a list's entry, a short label and a colon before what it lists
_LIST_ENTRY = compile_pattern(r"^[\u4e00-\u9fff]{2,8}[：:](?=[^\s“\"])")
# 线路　　起点　　　　终点: cells set apart by wide gaps, a table's row (prose leaves no wide gap)
_WIDE_GAP = compile_pattern(r"(?<=\S)[\u3000 ]{2,}(?=\S)")
_ROW_GAPS_MIN = 2
_NOTE = compile_pattern(r"^[（(][^（）()]+[）)]$")


# …咨询电话： / 0571-8812345。: a number the column broke from its field's label, ending the sentence
_NUMBER_LABEL_END = compile_pattern(r"(?:电话|热线|手机|传真)[：:]$")
# …plant rice seedlings. / It looked easy, …: English prose wrapped after a word's mark, the next
# line opening on a Latin letter: the words keep the space the wrap took (a URL has no space)
_LATIN_WRAPPED = compile_pattern(r"[A-Za-z'’-]+ [A-Za-z'’-]+[.,;:!?]$")
# …—So I did. / （——我确实很努力。）: an English sentence and its translation in brackets set solid
# under it, flush: one example, as when the line holds both (Tom likes music.（汤姆喜欢音乐。）)
_LATIN_SENTENCE_END = compile_pattern(r"[A-Za-z][.!?][”’\"']?$")
_BRACKETED_TRANSLATION = compile_pattern(r"^[（(][^（）()]*[\u4e00-\u9fff][^（）()]*[）)][。.]?$")
_NUMBER_ENDING_SENTENCE = compile_pattern(r"^[\d（(+][\d\-－—（）()\s]{5,}[。；;]$")
# A figure the wrap cut: a clock time (or a score) after its colon (…开放时间调整为8:30至20: / 30，…),
# or a quantity between its figure and its unit (…约2小时40 / 分钟，…; the line may be a list's item
# whole in its shape, 1.交通：…): a figure is never the end of a sentence's last word
_CUT_AFTER_FIGURE_COLON = compile_pattern(r"\d[：:]$")
_FIGURE_END = compile_pattern(r"\d$")
_UNIT_OPENING = compile_pattern(
    r"^(?:分钟|小时|个月|周岁|公里|千米|厘米|毫米|平方米|平方公里|公顷|千克|公斤|万元|亿元|元|万|亿|岁"
    r"|米|亩|吨|天|人次|℃|%|％)"
)
# …？（湛河区 李女士）: a bracketed note closing a paragraph (who asked the question)
_ASKER = compile_pattern(r"[（(][^（）()]+[）)]$")


# …的本义。——摘自《某某日报》: where an excerpt was taken from, closing it after its last sentence
_EXCERPT_SOURCE = compile_pattern(r"[—－]{1,2}\s*(?:摘自|选自|转自|原载)?\s*《[^《》]{1,20}》$")


def _cut_in_figure(paragraph: str, text: str) -> bool:
    """``text`` goes on with a figure the wrap cut at ``paragraph``'s end: a clock time's minutes under
    its colon, or the unit under its figure."""
    return bool(
        (_CUT_AFTER_FIGURE_COLON.search(paragraph) and text[:1].isdigit())
        or (_FIGURE_END.search(paragraph) and _UNIT_OPENING.match(text))
    )


def _closed_before_note(text: str) -> bool:
    """The paragraph ends its sentence before a bracketed note closing it (…该怎么办？（某区 王女士）,
    …的地方。（作者单位：某市计量所）) or the excerpt's source (…的本义。——摘自《某报》): whole, the
    note wrapped or not; the next line is no part of it."""
    for note in (_ASKER, _EXCERPT_SOURCE):
        m = note.search(text)
        if m is not None and ends_sentence(text[: m.start()]):
            return True
    return False


# a credit in brackets opening the first paragraph, the text after it
_OPENING_CREDIT = compile_pattern(r"^[（(](?P<inner>[^（）()]{1,60})[）)]\s*(?P<rest>.*)$", re.DOTALL)

_POINT_NUMERALS = "一二三四五六七八九十"
_POINT_END = compile_pattern(r"[；;]")


def _next_point(paragraph: str, text: str) -> bool:
    """``paragraph`` is a point opened by a numeral and closed by its semicolon (一要…；), and
    ``text`` opens on the numeral after it (二要…): the list's next point."""
    first = paragraph[:1]
    return (
        paragraph.endswith(("；", ";"))
        and first in _POINT_NUMERALS[:-1]
        and text[:1] == _POINT_NUMERALS[_POINT_NUMERALS.index(first) + 1]
    )


# 3.专列车票可… / 4.咨询电话：…: a point opened by its number and the mark after it
_NUMBERED_POINT = compile_pattern(r"^(?P<n>\d{1,2})(?P<mark>[.．、])(?!\d)")


def numbered_next(paragraph: str, text: str) -> bool:
    """``paragraph`` opens on a point's number (3.) and ``text`` on the next number with the same
    mark (4.): the list's next point, whatever it says (a number to call as much as advice)."""
    above, below = _NUMBERED_POINT.match(paragraph), _NUMBERED_POINT.match(text)
    return (
        above is not None
        and below is not None
        and above.group("mark") == below.group("mark")
        and int(below.group("n")) == int(above.group("n")) + 1
    )


# 一看标签。… / 二看外观。…: a point run in after its counted label (a numeral, a word or two) and
# the full stop closing the label
_COUNTED_LABEL = compile_pattern(r"^[一二三四五六七八九十][\u4e00-\u9fff]{1,4}。")


def counted_points(paragraph: str, text: str) -> bool:
    """``paragraph`` and ``text`` each open on a counted label its full stop closes (一看标签。… /
    二看外观。…): two points of one list, each whole on its lines, never a sentence wrapped onto the
    next (a wrap cuts a sentence, not a label)."""
    return bool(_COUNTED_LABEL.match(paragraph) and _COUNTED_LABEL.match(text))


def _last_point(paragraph: str) -> str:
    """The paragraph's last point with the semicolon closing it (一是…；二是…； -> 二是…；)."""
    body = paragraph.rstrip("；;")
    return _POINT_END.split(body)[-1] + paragraph[len(body) :]


_FULL_LINE_MIN = 12  # a line that fills a column: longer than any head or label set solid over text
_FULL_SLACK = 2


def _full_before_wrap(last: Line, line: Line) -> bool:
    """Where nothing marks a paragraph (every line set flush and solid), ``last``, ending its
    sentence, ran as far as ``line`` under it, which breaks off inside its own: both lines fill
    the column, so the full stop fell at the line's end by chance and ``line`` goes on with the
    paragraph (某某，1982年生，…博士。 / 2016年回乡创业，现任…董事 / 长，…。).  A paragraph ending
    short of the column, or a line under it that ends its sentence, says nothing of it."""
    width, under = printed_width(last, figures_half=True), printed_width(line, figures_half=True)
    # (a character or two short still fills it: a mark hanging at the end, figures set narrower)
    return under >= _FULL_LINE_MIN and abs(width - under) <= _FULL_SLACK and not ends_sentence(line.text)


# ------------------------------------------------------------------ builders


# …某某说： / 介绍道：: a verb of saying closed by the colon, announcing the words quoted under it
_SAYS_COLON = compile_pattern(r"(?:说|道|问|表示|介绍|坦言|感慨|笑言|告诉记者)[：:]$")


@dataclass
class ArticleDraft:
    first: int
    last: int
    kicker: str | None = None
    headline: str = ""
    subheadline: str | None = None
    standfirst: str | None = None
    standfirst_label: str | None = None
    byline: Byline | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    joinable: list[bool] = field(default_factory=list)
    continuation: list[str] = field(default_factory=list)
    closed: bool = False  # a trailing byline or 下转 marker ended it
    subheads: int = 0  # subheads and labels set inside the body (a story's shape)
    headings: list[Subhead] = field(default_factory=list)  # the subheads proper, out of the paragraphs
    last_subhead: str = ""  # the last subhead or part label set (警方提醒: the story's last part)
    bracketed_subheads: int = 0  # subheads printed in 【】 (【案情】: how the story labels its parts)
    apart_subheads: int = 0  # subheads set apart by a blank above (how the story sets its parts)
    pull_quotes: list[PullQuote] = field(default_factory=list)
    after_heading: bool = False  # the last thing set was a subhead or pull quote: nothing to join
    in_column: bool = False  # one of a column of briefs: a short head below starts the next one
    marked: bool = False  # its head printed with the column's bullet (● ◆ ■)
    bullet: str = ""  # that bullet, as printed
    run_in: bool = False  # a brief whose head is run in before its text (【head】text on one line)
    head_flush: bool = False  # its head's first line printed flush (a story with no head: unknown)
    signed: bool = False  # a reader's letter, its writer's signature printed under it
    table_alone: bool = False  # a table standing alone (its title its head): a blank line ends it
    standfirst_cut: bool = False  # the standfirst left its sentence open at its line's end
    indented_starts: int = 0  # paragraphs printed after an indent
    flush_starts: int = 0  # paragraphs printed flush
    flush_solid_starts: int = 0  # paragraphs after the first printed flush, no blank line above
    last_line: Line | None = None  # the paragraphs' last printed line
    measure: int = 0  # the longest of their lines, an indent counted as two characters, figures half
    latin_measure: int = 0  # the same of their lines in Latin script (``lines.latin_line``)
    solid_starts: int = 0  # paragraphs set solid under the one before (no blank line between)
    apart_starts: int = 0  # paragraphs set apart by a blank line
    # 本报讯（记者刘念　通讯员王涛 / 熊曼）…: the credit bracket after the dateline, as printed, left
    # open at its line's end; the line break inside it parts two names, which the paragraph's
    # cleaning would run together
    open_credit: str | None = None

    def set_solid(self) -> bool:
        """Its paragraphs are set solid, one under the other, no blank line between any two: a
        blank line under it ends it."""
        return self.solid_starts >= 2 and not self.apart_starts

    @property
    def in_body(self) -> bool:
        return bool(self.paragraphs) or self.dateline is not None

    def standfirst_only(self) -> bool:
        return self.standfirst is not None and not self.headline and not self.in_body and self.byline is None

    def head_only(self) -> bool:
        return bool(self.headline) and not self.in_body and self.byline is None and self.standfirst is None

    def indents_paragraphs(self) -> bool:
        """The story opens every paragraph so far with an indent (two at least, none flush after a
        blank): a flush line under it is none of its paragraphs' first lines."""
        return self.indented_starts >= 2 and not self.flush_starts

    def measure_of(self, line: Line) -> int:
        """The measure ``line`` is set to: its script's (a Latin line runs longer in characters)."""
        return self.latin_measure if latin_line(line) else self.measure

    def open_sentence(self) -> bool:
        return bool(self.joinable) and self.joinable[-1] and not self.closed and not self.after_heading

    def lists_on(self, line: Line) -> bool:
        """``line``, set solid under the open story's last line, is the next line of the list that
        line is of the same kind (关于…的建议　　王某 / 关于…的建议　　某党派市委; 丁某某　马某某
        王某某…): whole on its line without a full stop, never run on with the line above, nor a
        head of its own."""
        above, kind = self.last_line, list_line(line.text)
        return (
            not line.gap
            and not self.closed
            and above is not None
            and kind is not None
            and kind == list_line(above.text)
        )

    def box_particular(self, line: Line) -> bool:
        """``line``, set solid under the open profile box's particulars, is one of them of its own
        (坐诊时间：每周二上午, 联系方式：…): a field whose value is a phrase, the box's next line,
        never a head over what follows, however short."""
        return (
            not line.gap
            and not self.closed
            and bool(self.paragraphs)
            and profile_box(self.headline)
            and particular_line(line.text)
        )

    def goes_on(self, line: Line) -> bool:
        """``line`` goes on with the last paragraph, cut by a column break: the paragraph left
        its sentence or quotation open, or, in a story that indents every paragraph, the line
        is set flush after a blank (the column broke after a full stop)."""
        if grid_row(line.text):
            return False  # 5 3 □ │ □ 7 □ …: a puzzle grid's row is a line of its own
        if interview_turn(line.text) and (line.gap or self._turn_ended()):
            # 答：… under a question signed by who asked it (…？（某区 王女士）), set apart or solid
            return False
        if line.gap and sidebar_label(line.text):
            # 理财小贴士 set apart under a box's unclosed last line (…（节假日除外）): a box's label
            # alone, never a word of the sentence above
            return False
        if part_label_line(line) and self.paragraphs and labelled_part(self.paragraphs[-1]):
            # 【调料】盐、醋各适量 / 【制作方法】: a part whose label runs into its few words is whole
            # without its stop (a recipe's ingredient), the label alone under it the next part's
            return False
        entry = _LIST_ENTRY.match(line.text) is not None
        if (entry or line.indented) and self.paragraphs and _LIST_ENTRY.match(self.paragraphs[-1]):
            # 初中男子组：… / 高中男子组：…: the entries of a list under a colon, one a line,
            # whole without a full stop (an indent after the last opens a paragraph)
            return False
        if (
            line.indented
            and not line.gap
            and self.indented_starts
            and self.paragraphs
            and self.paragraphs[-1].endswith(("；", ";"))
        ):
            # 凡是…，都是诈骗； / [indent]购买商品…: a point closed by its semicolon, the next one
            # opening on the story's indent (a column break leaves no indent)
            return False
        if not line.gap and figure_fact(line) and self.last_line is not None and figure_fact(self.last_line):
            # 　　养殖面积约12万亩 / 　　带动养殖户3000余户: a box's facts, one a line, each whole
            return False
        if (line.gap or day_row(line)) and self.paragraphs and day_row_paragraph(self.paragraphs[-1]):
            # 　　6月12日　某某锦标赛　市 / 游泳馆 / 　　6月13日　…: a calendar's next row, under the
            # row above however that row's last line left it (a row ends on no stop); a blank under
            # the row closes the calendar
            return False
        if (
            not line.indented
            and self.last_line is not None
            and day_row(self.last_line)
            and self.paragraphs
            and day_row_paragraph(self.paragraphs[-1])
            and headline_like(line)
        ):
            # 　　7月18日　某某锦标赛　市一中体 / 育馆: the row's line wrapped flush at the column's
            # width, read as the row's cells or not
            return True
        if self.point_runs_on(line):
            return True
        if self.paragraphs and _next_point(self.paragraphs[-1], line.text):
            # 一要多喝水，…； / 二要避开…；: the next numbered point under the one its semicolon closed
            return False
        if self.lists_on(line):
            return False
        if self._translation_under(line):
            return True
        if self._note_under_row(line):
            return False
        if self.open_sentence() or (line.kind == TEXT and self.open_quote(line.text)):
            return True
        # (nor does a table's row, 线路　　起点　　终点, under the colon announcing the table)
        row = len(_WIDE_GAP.findall(line.text.strip())) >= _ROW_GAPS_MIN
        if (
            self.paragraphs
            and not self.closed
            and not line.gap
            and _NUMBER_LABEL_END.search(self.paragraphs[-1])
            and _NUMBER_ENDING_SENTENCE.match(line.text)
        ):
            # a field's label left without its number, which ends the sentence on the next line
            return True
        if (
            self.paragraphs
            and not self.closed
            and not line.gap
            and _cut_in_figure(self.paragraphs[-1], line.text)
        ):
            # (a colon after a figure announces no list: the time's minutes go on under it; nor
            # does a figure end an item: its unit goes on under it)
            return True
        if (
            line.kind == TEXT
            and not line.gap
            and not line.indented
            and self.indents_paragraphs()
            and bool(self.paragraphs)
            and self.paragraphs[-1].endswith(("：", ":"))
            and not self.closed
            and not self.after_heading
            and not INTERVIEW.match(line.text)
            and not entry  # (a list's first entry, 某某组：…, under the colon that announces it)
            and not row
        ):
            # 他却笑着说： / “换谁都会这么做。”…: in a story that opens every paragraph with an
            # indent, a line set solid and flush under a colon is the same paragraph, wrapped
            return True
        if self._wrapped_under_colon(line, entry=entry or row):
            return True
        if self._wrapped_at_full_stop(line) or self._english_runs_on(line):
            return True
        # (the page's furniture printed solid between, a bare page number, parts them as a blank
        # does; the line under it wraps a clause, as no subhead does)
        furniture_between = (
            not line.gap
            and self.last_line is not None
            and line.number > self.last_line.number + 1
            and clause_punctuated(line.text)
            and not ends_sentence(line.text)
        )
        return (
            line.kind == TEXT
            and (line.gap or furniture_between)
            and not line.indented
            and self.indents_paragraphs()
            and bool(self.paragraphs)
            and not self.closed
            and not self.after_heading
            and not self.paragraphs[-1].endswith(("：", ":"))
            # (a subhead set flush between indented paragraphs, or a note's label alone, 编者按, which
            # no head's test reads as one; a line of clauses longer than any subhead is a sentence
            # the column cut, its shape a head's only by that cut)
            and (furniture_between or not headline_like(line) or cut_clauses(line))
            and not BARE_STANDFIRST.match(compact(line.text))
            and not INTERVIEW.match(line.text)  # 问：… opens a question of its own
        )

    def _wrapped_under_colon(self, line: Line, *, entry: bool) -> bool:
        """``line`` is set flush and solid under the paragraph's indented first line that ends on
        its colon (　　…具体包括： / 某某管理、某某评定、某某结余经 / 费…。), as wide as that line and cut
        mid-word: the sentence wrapped at the column's width, however few paragraphs the story has
        indented yet (an item the colon announces ends whole on its line)."""
        above = self.last_line
        # (or under a flush line of the paragraph that fills the measure, where every paragraph so
        # far opened on an indent: that line is the paragraph's, wrapped, and the colon's sentence
        # wraps on; a paragraph's short last line ends it)
        indent_marked = self.indented_starts >= 1 and not self.flush_starts and not self.flush_solid_starts
        return (
            above is not None
            and (
                above.indented
                or (indent_marked and printed_width(above, figures_half=True) >= self.measure_of(above) - 1)
            )
            and line.kind == TEXT
            and not line.gap
            and not line.indented
            and not entry
            and bool(self.paragraphs)
            and self.paragraphs[-1].endswith(("：", ":"))
            and not self.closed
            and not self.after_heading
            and not INTERVIEW.match(line.text)
            and (
                # (…一位老师傅说： / “…办法。”: the words a verb of saying announced, quoted on the
                # line under it, go on with its paragraph however their quotation closed there)
                (line.text.startswith(OPEN_QUOTES) and _SAYS_COLON.search(self.paragraphs[-1]) is not None)
                or (
                    not ends_sentence(line.text)
                    and not line.text.endswith(CLAUSE_END)
                    and printed_width(line, figures_half=True) >= printed_width(above, figures_half=True)
                )
            )
        )

    def point_runs_on(self, line: Line) -> bool:
        """``line`` opens the next numbered point (二是…) flush and solid under the point its
        semicolon closed (一是…；) at the column's full measure, in a story that opens its
        paragraphs on an indent: the points run on in one paragraph, the column broke before the
        next (a point of its own would open on the indent)."""
        last = self.last_line
        indent_marked = self.indented_starts >= 1 and not self.flush_starts and not self.flush_solid_starts
        return (
            last is not None
            and indent_marked
            and bool(self.paragraphs)
            and not self.closed
            and not self.after_heading
            and not line.gap
            and not line.indented
            and last.number == line.number - 1
            and _next_point(_last_point(self.paragraphs[-1]), line.text)
            and printed_width(last, figures_half=True) >= self.measure_of(last) - 1
            # (the list's last point may close the paragraph short of the measure: 五是…。)
            and (
                10 * printed_width(line, figures_half=True) >= 8 * self.measure_of(line)
                or ends_sentence(line.text)
            )
        )

    def join_standfirst(self, line: Line) -> None:
        """The standfirst's sentence goes on on ``line`` (核心提示：…同比增 / 长9.3%，…): one text."""
        assert self.standfirst is not None
        self.standfirst = clean_text(self.standfirst + line.text)
        self.standfirst_cut = not ends_sentence(self.standfirst)
        self.last = line.number

    def _english_runs_on(self, line: Line) -> bool:
        """``line``, in Latin script, set solid and flush under the paragraph's Latin line that
        ended on its sentence's point, goes on with that paragraph where the story marks a new
        paragraph otherwise (by an indent, or by a blank line above it): English is wrapped at a
        word, its right edge ragged, so a line's width says nothing of where its paragraph ends
        (as a Han line's does, ``_wrapped_at_full_stop``).  A dialogue's next turn (B: Fine,
        thanks.) opens a line of its own."""
        last = self.last_line
        return (
            last is not None
            and line.kind == TEXT
            and ENGLISH_TURN.match(line.text) is None
            and latin_line(line)
            and latin_line(last)
            and last.number == line.number - 1
            and not line.gap
            and not line.indented
            and bool(self.paragraphs)
            and not self.closed
            and not self.after_heading
            and bool(self.indented_starts or self.flush_starts)
            and not self.flush_solid_starts
        )

    def _translation_under(self, line: Line) -> bool:
        """``line``, flush and set solid under the paragraph's English sentence, gives its
        translation in brackets (…—So I did. / （——我确实很努力。）): the example's, as a
        translation on the sentence's own line is, not a note of its own."""
        return (
            bool(self.paragraphs)
            and not self.closed
            and not line.gap
            and not line.indented
            and _LATIN_SENTENCE_END.search(self.paragraphs[-1]) is not None
            and _BRACKETED_TRANSLATION.match(line.text) is not None
        )

    def _note_under_row(self, line: Line) -> bool:
        """``line``, wholly in brackets and set solid under a row of a listing (its cells set a wide
        gap apart, 8月15日　　某灯会　　某河畔) or a line stopping short of the measure (人均消费：12元至
        25元), is a note on the rows above (（以上信息仅供参考…）, （如遇天气变化…另行通知）): a
        paragraph of its own, however the row left its sentence open (a row ends on no stop)."""
        last = self.last_line
        if last is None or line.gap or not _NOTE.match(line.text.strip()) or ends_sentence(last.text):
            return False
        row = len(_WIDE_GAP.findall(last.text.strip())) >= _ROW_GAPS_MIN
        short = self.measure - printed_width(last, figures_half=True) > _FULL_SLACK
        return row or short

    def _wrapped_at_full_stop(self, line: Line) -> bool:
        """``line``, set solid and flush under a paragraph's line that reached the full measure and
        happened to end on its full stop, goes on with that paragraph, where the story marks a
        new paragraph otherwise (by an indent, or by a blank line above it): only the wrap put the
        full stop at the line's end.  The line runs near the measure too (a short line set solid
        may be a head)."""
        last = self.last_line
        if (
            last is None
            or line.kind != TEXT
            or line.gap
            or line.indented
            or not self.paragraphs
            or self.closed
            or self.after_heading
            or last.number != line.number - 1
            or not ends_sentence(self.paragraphs[-1])
        ):
            return False
        if not (self.indented_starts or self.flush_starts or last.indented):
            # (nothing marks a paragraph: only a profile box, whose particulars run as one text,
            # tells a wrap at its full stop by the widths; a story set so may end a paragraph there;
            # a particular of its own under them, 坐诊时间：…, is a line of its own however wide)
            return (
                profile_box(self.headline)
                and _full_before_wrap(last, line)
                and not particular_line(line.text)
            )
        indent_marked = self.indented_starts >= 1 and not self.flush_starts and not self.flush_solid_starts
        blank_marked = self.flush_starts >= 2 and not self.indented_starts and not self.flush_solid_starts
        return (
            (indent_marked or blank_marked)
            # (an indented line opens a paragraph, no head, however short a narrow column sets it)
            and (len(last.text) > SUBHEAD_MAX or last.indented)
            # (figures counted at half width: a line with a number in it fills the column as one of
            # words does, whatever its count of characters)
            and printed_width(last, figures_half=True) >= self.measure_of(last) - 1
            and 10 * printed_width(line, figures_half=True) >= 8 * self.measure_of(line)
        )

    def text(self) -> str:
        """The story so far, head and body: what a part under it would name again."""
        return "".join(filter(None, (self.kicker, self.headline, self.subheadline, *self.paragraphs)))

    def _asker_under_question(self, text: str) -> bool:
        """``text``, a bracketed note alone on its line, is set under a reader's question that
        ended its sentence (问：…需要手术吗？ / （某市读者 李女士））: it says who asked."""
        if not self.paragraphs or self.closed or not _NOTE.match(text.strip()):
            return False
        question = self.paragraphs[-1]
        return bool(QUESTION.match(question)) and ends_sentence(question) and not _ASKER.search(question)

    def _turn_ended(self) -> bool:
        """The last paragraph ends its sentence, before a bracketed note saying who asked
        (…该怎么办？（某区 王女士）): a column break does not fall there."""
        return bool(self.paragraphs) and ends_sentence(_ASKER.sub("", self.paragraphs[-1]))

    def add_subhead(self, text: str, line: Line) -> None:
        """A subhead: kept apart from the paragraphs, before the next one."""
        text = clean_text(text)
        if re.fullmatch(r"【[^【】]+】|\[[^\[\]]+\]", text):  # 【案情回顾】: the brackets only set it off
            text = text[1:-1].strip()
            self.bracketed_subheads += 1
        self.headings.append(Subhead(text, before=len(self.paragraphs)))
        self.subheads += 1
        self.apart_subheads += line.gap
        self.last_subhead = text
        self.after_heading = True
        self.last = line.number

    def add_pull_quote(self, text: str, attribution: str | None, line: Line) -> None:
        self.pull_quotes.append(PullQuote(clean_text(text), attribution, before=len(self.paragraphs)))
        self.after_heading = True
        self.last = line.number

    def open_quote(self, text: str) -> bool:
        """The last paragraph left a quotation open and ``text`` closes it: a column break
        fell after a full stop inside the quotation.  (A quotation running over real
        paragraphs opens each of them again with “.)"""
        if not self.paragraphs or self.closed or not self.in_body or self.after_heading:
            return False
        prev = self.paragraphs[-1]
        if text.startswith(("“", '"')):
            return False
        if prev.count('"') % 2 == 1:  # an ASCII quotation waits for its pair to be curled
            return '"' in text
        if prev.count("“") <= prev.count("”"):
            return False
        close, reopen = text.find("”"), text.find("“")
        return close >= 0 and (reopen < 0 or close < reopen)

    def add_paragraph(
        self,
        text: str,
        line: Line,
        *,
        subhead: bool = False,
        sidebar: bool = False,
        clean_head: str | None = None,
    ) -> None:
        """``clean_head``: the start of the paragraph ``text`` rejoins, already in published form
        (empty when the whole paragraph is cleaned again); None for a new paragraph."""
        text, markers = strip_continuation(text)
        self.continuation.extend(markers)
        if clean_head is None and not line.gap and self._asker_under_question(text):
            # （某市读者 李女士） alone under a reader's question: who asked it, the question's last
            # words as a note on its own line would be (no signature of the piece)
            self.join(line)
            return
        # (a signature in brackets on a line of its own signs the sentence finished above it)
        alone = clean_head is None and bool(self.paragraphs) and ends_sentence(self.paragraphs[-1])
        trailing = (
            split_trailing_byline(text)
            or split_signoff(text, alone=alone)
            or split_expert_signoff(text)
            or split_reprint_source(text, alone=alone, line=line.text)
        )
        if trailing is not None:
            text, byline = trailing
            self.byline = merge_bylines(self.byline, byline)
            self.closed = True
        if any("转" in m for m in markers):
            self.closed = True
        self.last = line.number
        if not text and not clean_head:
            # (　　本报讯（记者 某某） / 4月7日，…: a dateline alone on its line opens the paragraph its
            # text goes on with, flush under it; its indent is that paragraph's)
            self.indented_starts += line.kind == DATELINE and line.indented
            return
        cleaned = (clean_head or "") + clean_text(text)
        if clean_head is None and not self.paragraphs and not subhead and self.headline:
            # 赣江新区 / ●赣江新区：近日，…: a brief's head printed again as the lead its text runs
            # on from is the head, said once (no head is repeated in its first paragraph)
            lead = self.headline + "："
            if cleaned.startswith(lead) and len(cleaned) > len(lead):
                cleaned = cleaned[len(lead) :]
        self.subheads += subhead and not sidebar  # a box label says nothing of the story's subheads
        self.apart_subheads += subhead and not sidebar and line.gap
        if subhead and not sidebar:
            self.last_subhead = cleaned
        under_heading, self.after_heading = self.after_heading, False
        if clean_head is None:  # a new paragraph, not one rejoined
            self.indented_starts += line.indented
            self.flush_starts += line.gap and not line.indented and line.kind == TEXT
            self.solid_starts += bool(self.paragraphs) and not line.gap
            self.apart_starts += bool(self.paragraphs) and line.gap
            self.flush_solid_starts += (
                bool(self.paragraphs) and not under_heading and not line.gap and not line.indented
            )
        listed = clean_head is None and self.lists_on(line)
        self.last_line = line
        if latin_line(line):
            self.latin_measure = max(self.latin_measure, printed_width(line, figures_half=True))
        else:
            self.measure = max(self.measure, printed_width(line, figures_half=True))
        self.paragraphs.append(cleaned)
        self.joinable.append(
            not subhead
            and not self.closed
            and not ends_sentence(cleaned)
            and not cleaned.endswith(("：", ":"))
            and not _NOTE.match(cleaned)  # （作者单位：…）: a note in brackets is whole
            and not listed  # (a list's line under another: each whole without its stop)
            # (a glossary's entry, 2. string　/strɪŋ/　n. 线；绳子, is whole on its line too)
            and not GLOSS_ENTRY.match(LIST_RE.sub("", line.text, count=1).strip())
            and not _closed_before_note(cleaned)
            # 年龄：56岁 / 座右铭：…: a field under a field, each whole on its line without a stop
            and not (
                len(self.paragraphs) >= 2
                and particular_line(cleaned)
                and particular_line(self.paragraphs[-2])
            )
            and (
                # a dateline's lead (…1月3日晚9时) and a brief's text after its run-in head
                # (●某县：该县投资…) are prose cut short
                line.kind in (TEXT, DATELINE, BRIEF)
                or clause_punctuated(LIST_RE.sub("", cleaned, count=1))
                or len(cleaned) > SUBHEAD_MAX
                # (a point opening on the paragraph's indent is prose, however few its words before
                # the wrap: 　　1.参保人可通过…国家医 / 保服务平台…)
                or (line.kind == LIST and line.indented)
            )
        )

    def join(self, line: Line) -> None:
        """Rejoin a paragraph cut by a column break."""
        opened, self.open_credit = self.open_credit, None
        if opened is not None and len(self.paragraphs) == 1:
            m = _OPENING_CREDIT.match(opened + " " + line.text)
            byline = parse_byline(m.group("inner"), credit=True) if m else None
            if m is not None and byline is not None:
                self.byline = merge_bylines(self.byline, byline)
                self.paragraphs.pop()
                self.joinable.pop()
                self.add_paragraph(m.group("rest"), line, clean_head="")
                return
        prev = self.paragraphs.pop()
        self.joinable.pop()
        text = line.text
        cut_credit = _role_cut(prev, self.last_line)
        if cut_credit:
            prev = _credit_as_printed(prev, self.last_line)
        self.last = line.number
        sep = (
            " "
            if (prev[-1:].isascii() and prev[-1:].isalpha() and text[:1].isascii() and text[:1].isalpha())
            or (text[:1].isascii() and text[:1].isalpha() and _LATIN_WRAPPED.search(prev[-40:]))
            or cut_credit
            else ""
        )
        # Re-clean the paragraph: punctuation at the cut sees both neighbours now.  Only its
        # tail needs it (a page without full stops would otherwise cost time squared), unless
        # an ASCII quote or bracket in it still waits for its pair.
        cut = _clean_cut(prev)
        self.add_paragraph(prev[cut:] + sep + text, line, clean_head=prev[:cut])

    def build(self, item_id: str, page: int) -> Article:
        return Article(
            id=item_id,
            source=SourceLines(page, self.first, self.last),
            headline=self.headline,
            paragraphs=tuple(self.paragraphs),
            kicker=self.kicker,
            subheadline=self.subheadline,
            standfirst=self.standfirst,
            standfirst_label=self.standfirst_label,
            byline=self.byline,
            dateline=self.dateline,
            continuation=tuple(self.continuation),
            subheads=tuple(self.headings),
            pull_quotes=tuple(self.pull_quotes),
        )


def _role_cut(text: str, line: Line | None = None) -> bool:
    """The line broke inside a closing credit, after its role word (…。（通讯员 / 廖 芳）), after
    a name (…。（通讯员 周雅琴 / 唐　军）) or after the workplace of an expert signing: the break
    parts the words as the printed space does, or the role would run into the name, or one name
    into the next (a name cut in two is joined again as a padded name is: 王 / 强).  ``line``, the
    paragraph's last line as printed, shows a role the paper's name leads (（某某快报记者 胡晓 /
    雯）), set a space apart from the name, which cleaning ran together."""
    bracket = max(text.rfind("（"), text.rfind("("))
    if bracket < 0 or max(text.rfind("）"), text.rfind(")")) > bracket:
        return False
    roles = tuple(r for r in ROLES if len(r) >= 2)
    # (…。（市人民医院心内科 / 刘国庆）: after the workplace of the expert who signs, the name to come)
    signed = ends_sentence(text[:bracket]) and expert_workplace(text[bracket + 1 :].strip())
    return (
        text.endswith(roles)
        or (text[bracket + 1 :].lstrip().startswith(roles) and is_han(text[-1]))
        or signed
        or (ends_sentence(text[:bracket]) and is_han(text[-1]) and _printed_role_led(line))
    )


def _printed_role_led(line: Line | None) -> bool:
    """The credit the printed line opens in a bracket it leaves open starts with a role word set
    a space apart from what follows (（某某晚报记者 李 / …): its names go on under it."""
    if line is None:
        return False
    bracket = max(line.text.rfind("（"), line.text.rfind("("))
    tokens = line.text[bracket + 1 :].split() if bracket >= 0 else []
    return len(tokens) > 1 and (tokens[0] in ROLES or bool(ROLE_LIKE.match(tokens[0])))


def _credit_as_printed(paragraph: str, line: Line | None) -> str:
    """``paragraph`` with the closing credit its last line ``line`` opened set back as printed
    there: cleaning ran its names together (（通讯员 王　伟　谢文 / 静）: 王伟谢文), and the spaces
    part them when the line under it closes the credit."""
    if line is None:
        return paragraph
    printed = max(line.text.rfind("（"), line.text.rfind("("))
    cleaned = max(paragraph.rfind("（"), paragraph.rfind("("))
    if printed < 0 or compact(line.text[printed:]) != compact(paragraph[cleaned:]):
        return paragraph
    return paragraph[:cleaned] + line.text[printed:].rstrip()


_REJOIN_TAIL = 160  # characters before a column break that are cleaned again with the next line


def _clean_cut(paragraph: str) -> int:
    """Where the already-clean start of ``paragraph`` may end: between two Han characters at
    least _REJOIN_TAIL characters before its end, or 0 (clean it all again)."""
    if len(paragraph) <= 2 * _REJOIN_TAIL or any(c in paragraph for c in '"()'):
        return 0
    for cut in range(len(paragraph) - _REJOIN_TAIL, len(paragraph) - 2 * _REJOIN_TAIL, -1):
        if is_han(paragraph[cut - 1]) and is_han(paragraph[cut]):
            return cut
    return 0


def strip_continuation(text: str) -> tuple[str, list[str]]:
    markers = [compact(m.group())[1:-1] for m in CONTINUATION_RE.finditer(text)]
    if not markers:
        return text, []
    return CONTINUATION_RE.sub("", text).strip(), markers
