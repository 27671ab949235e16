"""The page parser: one left-to-right pass that groups typed lines into items.

It looks a few lines ahead to tell an article head (kicker / headline / deck,
confirmed by the byline, dateline or standfirst that follows) from a subhead or a
photo title, and hands boxes (photos, notices, weather, ads) to :mod:`boxes`,
brief columns to :mod:`columns`, a story's body to :mod:`stories`, tables to
:mod:`tables` and the masthead's lines to :mod:`masthead`.
Every non-blank line lands in exactly one item (or is a masthead line that
becomes edition metadata); lines that fit nothing become an ``unclassified``
item and a warning, never silence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from publisher.model import (
    Advertisement,
    Item,
    SourceLines,
    Unclassified,
)
from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, ends_sentence, normalise_punctuation
from publisher.reader.articles import (
    ArticleDraft,
)
from publisher.reader.boxes import BoxReader, chart_credit
from publisher.reader.bylines import (
    BYLINE_MARKS,
    NAMELESS_ROLES,
    parse_byline,
    parse_staff_line,
    split_trailing_byline,
)
from publisher.reader.cohesion import goes_on_with
from publisher.reader.columns import SIDEBAR_LABELS, ColumnReader
from publisher.reader.furniture import masthead_block, page_foot, repeated_furniture
from publisher.reader.heads import (
    HEAD_LINES_MAX,
    notes_lead,
    wraps,
)
from publisher.reader.lines import (
    AD_HEADINGS,
    ANSWERER,
    BAD_DATE,
    BRIEF,
    BRIEF_COLUMN,
    BRIEF_MARKS,
    BYLINE,
    CONTACT,
    CONTINUATION,
    DATELINE,
    INTERVIEW,
    LIST,
    MASTHEAD,
    NEWS_LEAD,
    NOTICE,
    PART_LABEL,
    PHOTO_CREDIT,
    POSTER_LINE_MAX,
    PROFILE_BOXES,
    PUBINFO,
    QR,
    SIGNATURE,
    STAFF,
    STANDFIRST,
    SUBHEAD_MAX,
    TEXT,
    WEATHER,
    Line,
    brief_parts,
    classify,
    clause_punctuated,
    compact,
    cut_clauses,
    dashed_deck,
    headline_like,
    part_label_line,
    place_head,
    split_lines,
    subhead_shaped,
)
from publisher.reader.masthead import Masthead, MastheadLine, contradicts, page_masthead
from publisher.reader.notices import NoticeReader, advice_title, desk_notice, notice_heading
from publisher.reader.stories import StoryReader
from publisher.reader.tables import (
    SOURCE_NOTE,
    STORY_SOURCE,
    TABLE_CAPTION,
    TableReader,
    in_cells,
    row_run,
    titled_table,
    unit_line,
)
from publisher.reader.tagger import PageTags
from publisher.reader.teasers import (
    teaser_box,
)
from publisher.reader.weather import WeatherReader
from publisher.records import record

# a sentence's end left alone by a column break is this short; a caption is longer
_CUT_END_MAX = 8
# The note a story ends with: who the expert or the writer is, where the writer works.
_END_NOTE = compile_pattern(r"^(?:(?:专家|作者|嘉宾|受访者|医生|讲师)简介[:：]|[（(]作者(?:单位|系|为|是)?)")
# 青山区居民 王秀兰, 一位读者 李明: a letter's signature, the writer described, then named
# (普陀区　读者　吴　强: the place, the role and the name may each be set apart, the name padded)
# (某省某市某区　张三: or only where the writer lives, its last word a place's, set apart from the name)
_LETTER_SIGNATURE = compile_pattern(
    r"^(?:[\u4e00-\u9fff]{0,10}\s*(?:居民|市民|村民|读者|网友|家长|学生|教师|职工|退休职工|老人|患者|群众|老党员)"
    r"|[\u4e00-\u9fff]{1,14}(?:省|市|区|县|旗|镇|乡|村|街道|社区))"
    r"\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$"
)
_COLON_KICKER_MAX = 20
_BRACKETED_NAME = compile_pattern(r"^【[^【】]{2,10}】$")
_AD_LOOKAHEAD = 10
_POSTER_LINES_MAX = 8
# a box's lines under its head: each a whole sentence, flush and set solid (a paragraph wrapped
# at the column's width ends no sentence on its first line)
_BOX_LINES_MIN = 2


# ------------------------------------------------------------------ page result


@record
class PageParse:
    """One page read: its masthead, its items in print order, and what the reader warns of."""

    page: int
    masthead: Masthead
    items: tuple[Item, ...]
    warnings: tuple[str, ...] = ()


# ------------------------------------------------------------------ the pass


class _PageParser(WeatherReader, BoxReader, NoticeReader, ColumnReader, StoryReader, TableReader):
    # (the order matters: each mixin's declared stubs come after the mixin that defines them)
    def __init__(self, lines: list[Line], page: int) -> None:
        self.lines = lines
        self.page = page
        self.items: list[Item] = []
        self.warnings: list[str] = []
        self.article: ArticleDraft | None = None
        self.stray: list[Line] = []
        self.masthead_lines: list[Line] = []
        self.tags = PageTags(lines)
        self.measure: int | None = None  # the column's width, once asked (``_measure``)
        # Some text lines set flush: an indent marks a paragraph's start here (a page exported with
        # every line indented says nothing by its indents)
        self.indents_mark = any(not ln.indented for ln in lines if ln.kind != MASTHEAD)
        self.indented_prose = any(ln.indented and ln.kind in (TEXT, DATELINE) for ln in lines)

    # -- helpers

    def _line(self, i: int) -> Line | None:
        return self.lines[i] if i < len(self.lines) else None

    def _next_id(self) -> str:
        return f"p{self.page}-{len(self.items) + 1:02d}"

    def _emit(self, item_factory: Callable[[str], Item]) -> None:
        self._close()
        self.items.append(item_factory(self._next_id()))

    def _close(self) -> None:
        if self.article is not None:
            article, self.article = self.article, None
            self.items.append(article.build(self._next_id(), self.page))
        if self.stray:
            stray, self.stray = self.stray, []
            source = SourceLines(self.page, stray[0].number, stray[-1].number)
            if _poster(stray):
                # short phrases set solid that nothing else claims, no sentence among them: an
                # ad printed without a phone number (商场名 / 春日美食节 3月28日—4月6日 / …)
                lines = tuple(normalise_punctuation(s.text) for s in stray)
                self.items.append(Advertisement(self._next_id(), source, lines))
                return
            item = Unclassified(
                id=self._next_id(),
                source=SourceLines(self.page, stray[0].number, stray[-1].number),
                lines=tuple(normalise_punctuation(s.mark + s.text) for s in stray),
            )
            self.items.append(item)
            self.warnings.append(
                f"page {self.page}, lines {stray[0].number}-{stray[-1].number}: "
                f"could not classify {stray[0].text[:20]!r}…; kept as unclassified"
            )

    def _head_line(self, line: Line) -> bool:
        """Line may be a line of a head: shaped like one, and not a paragraph's indented first line."""
        return headline_like(line) and not (self.indents_mark and _indented_clause(line))

    def _page_banner(self, i: int) -> bool:
        """Line i, set solid under the masthead's block, stands over a blank and the editor's note
        (茶香信阳　　某某节特别报道 / 编者按：…): the feature page's banner, which names what the
        whole page is about, as its masthead does; no story's head (the note is the story's below,
        printed above its head)."""
        below = self._line(i + 1)
        return (
            0 < i < len(self.lines)
            and self.lines[i - 1].kind in (MASTHEAD, STAFF, PUBINFO)
            and not self.lines[i].gap
            and self.lines[i].kind == TEXT
            and headline_like(self.lines[i])
            and below is not None
            and below.gap
            # (or the supplement's name in brackets, 【文艺副刊】, over the page's first piece: a
            # kicker is set solid over its headline, not apart)
            and (below.kind == STANDFIRST or _BRACKETED_NAME.match(self.lines[i].text) is not None)
        )

    def _marked_item_text(self, k: int) -> bool:
        """Line k, indented as the page's paragraphs are, set solid under a flush head line led by
        a list's mark (▲某某画展开展 /     时间：…　票价：…): the marked item's own text, however
        short and unpunctuated, never a second line of its head."""
        ln, above = self.lines[k], self.lines[k - 1]
        if k > 0 and above.marked and not ln.gap and not ln.mark and cut_clauses(ln) and not dashed_deck(ln):
            # (■羽毛球：深圳小将晋级四强 / 在刚刚结束的…比赛中，深圳选手陈一鸣连胜: clauses longer than
            # any deck, cut by the column, set flush under the marked head: its text)
            return True
        return (
            k > 0
            and self.indents_mark
            and ln.indented
            and not ln.gap
            and not ln.mark
            and above.marked
            and not above.indented
        )

    def _label_over_place_lead(self, i: int) -> bool:
        """Line i is a column's label (当湖快讯) set solid over a brief led by its place, unmarked
        (新埭镇　12月6日，…): the column's first brief, not a second line of the label's head."""
        ln, below = self.lines[i], self._line(i + 1)
        return (
            below is not None
            and not below.gap
            and below.kind == TEXT
            and bool(BRIEF_COLUMN.match(compact(ln.text)))
            and brief_parts(below.text, place_lead=True) is not None
        )

    def _marked_item_ends(self, ln: Line) -> bool:
        """In the open column whose items open with a mark, ``ln`` goes on with no item's text:
        the mark opens the next item, however the last one's text ended, and a blank line ends an
        item whose text is a line of details with no clause in it (时间：…　票价：…), which leaves
        no sentence open for the column break to cut."""
        art = self.article
        assert art is not None
        if ln.marked:
            return True
        return ln.gap and bool(art.paragraphs) and not clause_punctuated(art.paragraphs[-1])

    def _indented_deck(self, k: int) -> bool:
        """Line k, set solid under a head line, indented as the paragraphs are and with a clause's
        comma in it, but with the byline right under it (    “变脸”之外，这一次… / 本报记者 X):
        the deck, indented as the page indents all its text (a paragraph's first line, wrapped
        before its stop, has the rest of its sentence under it, not the story's byline)."""
        ln, nxt = self.lines[k], self._line(k + 1)
        return (
            not ln.gap
            and headline_like(ln)
            and _indented_clause(ln)
            and nxt is not None
            and not nxt.gap
            and nxt.kind in (BYLINE, DATELINE)
        )

    def _prose_after_furniture(self, i: int) -> bool:
        """The first line under the page's furniture at line i (a running foot, a bare page
        number) is prose, no head: the story cut by the furniture goes on there."""
        j = i
        while j < len(self.lines) and self.lines[j].kind == MASTHEAD:
            j += 1
        if j >= len(self.lines):
            return False
        below = self.lines[j]
        return below.kind == TEXT and not headline_like(below) and self._head_span(j) is None

    def _head_span(self, i: int) -> tuple[int, str] | None:
        """(number of head lines, what confirms them) if an article head starts at line i."""
        if self._marked_item_text(i):
            return None  # the text of the marked item above, not a head of its own
        if self._interviewee_line(i):
            return None  # 坐诊专家：… under a story's byline says who answers in it
        n = heads = 0
        colon = self._colon_kicker(i) or self._place_over_head(i)
        while i + n < len(self.lines) and (
            (self._head_line(self.lines[i + n]) and not (n > 0 and self._marked_item_text(i + n)))
            or (n == 0 and colon)
            # a —— deck under the head line above it, longer than any head line (class: long decks)
            or (n > 0 and not self.lines[i + n].gap and dashed_deck(self.lines[i + n]))
            or (n > 0 and self._indented_deck(i + n))
        ):
            if n > 0 and part_label_line(self.lines[i + n]):
                break  # 【案情】 under the headline labels the story's first part: no deck
            if n > 0 and self.lines[i + n].gap and self._credited_photo(i + n):
                break  # a photo's title under the blank, not a deck of this head
            if n > 0 and self.lines[i + n].gap and BRIEF_COLUMN.match(compact(self.lines[i + n].text)):
                break  # a column's label under the blank heads its own briefs, not a deck of this head
            if n == 1 and self._label_over_place_lead(i):
                break  # 当湖快讯 / 新埭镇　12月6日，…: the column's label over its first brief
            if n > 0 and self.lines[i + n].gap and notice_heading(self.lines, i + n) is not None:
                break  # a notice's title under the blank (来稿须知, 征　稿) heads the notice
            if n > 0 and self.lines[i + n].gap and self._wrapped_clause(i + n):
                break  # the body's first line under the blank, wrapped before its full stop
            if n > 0 and self._brief_text_under(i, n):
                break  # a column's brief: its text set solid under its head, cut before its stop
            if n > 0 and wraps(self.lines[i + n - 1], self.lines[i + n], self._line(i + n + 1)):
                n += 1
                continue
            if heads == HEAD_LINES_MAX and not (heads == n and dashed_deck(self.lines[i + n])):
                # (a —— deck under three head lines is still the head's: kicker, a headline
                # printed over two lines, its deck)
                break
            heads += 1
            n += 1
        if n == 0:
            return None
        if i + n >= len(self.lines):
            return None
        nxt = self.lines[i + n]
        if nxt.kind in (BYLINE, DATELINE, STANDFIRST, BRIEF) or (n == 1 and self._label_over_place_lead(i)):
            return n, "strong"
        if colon:
            return None  # a lead ending in a colon heads a story only over its byline or dateline
        if nxt.kind == CONTINUATION and "接" in nxt.text:  # （上接第1版）under a repeated headline
            return n, "strong"
        if (
            part_label_line(nxt)
            and (after := self._line(i + n + 1)) is not None
            and not self._head_line(after)
        ):
            return n, "body"  # the head over its story's first labelled part (【案情】 / prose)
        if nxt.kind in (TEXT, LIST) and (
            not self._head_line(nxt)
            or self._wrapped_clause(i + n)
            or self._marked_item_text(i + n)
            or self._brief_text_under(i, n)
        ):
            return n, "body"
        return None

    # -- the pass

    def run(self) -> PageParse:
        lines = self.lines
        i = 0
        # The masthead: the run of masthead lines at the top of the page, with the desk
        # credits and publication data printed among them (those become notices).
        while i < len(lines) and lines[i].kind in (MASTHEAD, STAFF, PUBINFO, BAD_DATE):
            m = lines[i].masthead
            if m is not None and contradicts(m, [ln.masthead for ln in self.masthead_lines if ln.masthead]):
                # Two papers' names in one masthead: the first is the paper, the other is text.
                lines[i] = dataclasses.replace(lines[i], kind=classify(lines[i].text, None), masthead=None)
                break
            if self._notice_atop(i):
                break
            i = self._step(i)
        banner = self._page_banner(i)
        if banner:
            imprint = MastheadLine(imprint=(normalise_punctuation(lines[i].text),))
            lines[i] = dataclasses.replace(lines[i], kind=MASTHEAD, masthead=imprint)
        # Below the masthead only the unmistakable parts (paper name, edition, date) count;
        # a bare brand-like word there is text.
        dated = any(ln.masthead is not None and ln.masthead.date for ln in self.masthead_lines)
        top = [ln.masthead for ln in self.masthead_lines if ln.masthead is not None]
        block: list[MastheadLine] | None = None
        foot = page_foot(lines)
        for k in range(i + banner, len(lines)):  # (the banner is the masthead's, read above)
            if k >= foot and lines[k].kind != MASTHEAD:
                # the desk's line or the imprint at the page's foot (furniture.page_foot): the
                # masthead's, as printed
                imprint = MastheadLine(imprint=(normalise_punctuation(lines[k].text),))
                lines[k] = dataclasses.replace(lines[k], kind=MASTHEAD, masthead=imprint)
                continue
            m = lines[k].masthead
            if k >= foot and m is not None and not contradicts(m, top):
                # the page's label or running foot printed with it (第4版 over the desk's line):
                # the masthead's, even where it prints what the top did not
                top.append(m)
                continue
            if block:
                # the rest of the masthead's own block below the teasers (furniture.masthead_block)
                lines[k] = dataclasses.replace(lines[k], kind=MASTHEAD, masthead=block.pop(0))
                continue
            block = masthead_block(lines, k, top)
            if block:
                top.extend(block)
                lines[k] = dataclasses.replace(lines[k], kind=MASTHEAD, masthead=block.pop(0))
                continue
            furniture = repeated_furniture(lines, k, top)
            if furniture is not None:
                lines[k] = dataclasses.replace(lines[k], kind=MASTHEAD, masthead=furniture)
                continue
            m = lines[k].masthead
            # A second bare date below a dated masthead signs a notice (…组委会 / 2024年9月10日);
            # a name that contradicts the masthead above is text (the edition keeps one name).
            bare_date = m is not None and m.date and not (m.newspaper or m.edition or m.newspaper_en)
            # publication data set solid under the masthead's date, below a box printed among the
            # masthead's lines (a forecast): still the masthead's block, its imprint
            imprint_under = (
                m is not None
                and bool(m.imprint)
                and not lines[k].gap
                and k > 0
                and lines[k - 1].kind == MASTHEAD
                and lines[k - 1].masthead is not None
                and (lines[k - 1].masthead.date or lines[k - 1].masthead.imprint)
            )
            if (
                m is not None
                and not imprint_under
                and (
                    not m.strong()
                    or (dated and bare_date)
                    # …治丧小组 / 2025年2月3日: a date under a signature dates the notice, not the page.
                    or (bare_date and k > 0 and SIGNATURE.match(compact(lines[k - 1].text)))
                    or contradicts(m, top)
                )
            ):
                lines[k] = dataclasses.replace(lines[k], kind=classify(lines[k].text, None), masthead=None)
            elif m is not None:
                top.append(m)
        while i < len(lines):
            i = self._step(i)
        self._close()
        return PageParse(
            self.page, page_masthead(self.masthead_lines), tuple(self.items), tuple(self.warnings)
        )

    def _desk_under_story(self, i: int) -> bool:
        """Line i gives the desk's credits (编辑　X　　校对　Y, two roles or more) set solid under
        the open story's last paragraph: the close of the page's part the desk made, furniture,
        not an item, and the story ends above it.  (Set apart, or under a caption, the line is
        left to the rules for desk lines.)"""
        ln, art = self.lines[i], self.article
        staff = parse_staff_line(ln.text)
        if art is None or art.closed or not art.paragraphs or ln.gap or staff is None or len(staff) < 2:
            return False
        return bool(i) and art.last == self.lines[i - 1].number

    def _notice_atop(self, i: int) -> bool:
        """Line i, read as a section word at the foot of the masthead (拍卖公告, 遗失声明), is the
        first notice's title set solid under it, its text under it: the line is made text again and
        True returned.  (A section printed as a notice's label, 公告, stands over a notice's title,
        not over its text.)"""
        ln = self.lines[i]
        m = ln.masthead
        if i == 0 or m is None or not m.section or dataclasses.replace(m, section=None) != MastheadLine():
            return False
        self.lines[i] = dataclasses.replace(ln, kind=classify(ln.text, None), masthead=None)
        if notice_heading(self.lines, i) is not None and self._notice_span(i):
            return True
        self.lines[i] = ln
        return False

    def _step(self, i: int) -> int:
        ln = self.lines[i]
        art = self.article
        # 0. A standfirst printed over lines of the page's width goes on until its sentence ends,
        # and on a page set solid, to the byline it stands over.
        if (
            art is not None
            and art.standfirst is not None
            and (art.standfirst_cut or self._solid_over_byline(i))
            and not art.in_body
            and ln.kind == TEXT
            and not self._starts_new(i, strong_only=True)
        ):
            art.join_standfirst(ln)
            return i + 1
        # 1. A paragraph cut by a column break goes on, unless something new starts here.
        if (
            art is not None
            and (art.goes_on(ln) or self._wrapped_after_stop(i))
            # mid-sentence, a forecast or phone is still prose, and so is 一、二类… after a comma
            and (ln.kind in (TEXT, WEATHER, CONTACT) or self._numeral_mid_clause(art, ln))
            and not self._starts_new(i, strong_only=True)
            and not self._tagger_starts(i)
            and (art.open_sentence() or not self._box_set_flush(i))
            and not (art.in_column and art.marked and self._marked_item_ends(ln))
            # (a part's subhead over an interview's next turn, under a turn that ended its sentence)
            and (art.open_sentence() or self._head_over_turn(i) is None)
        ):
            art.join(ln)
            return i + 1
        # Unclassified text cut by a column break stays one unclassified item (it never takes
        # a head confirmed by the text under it: that is the next item).
        if (
            self.stray
            and ln.kind == TEXT
            and not ends_sentence(self.stray[-1].text)
            and not self._starts_new(i, strong_only=False)
            and not self._tagger_starts(i)
        ):
            self.stray.append(ln)
            return i + 1
        teasers = teaser_box(self.lines, i)
        if teasers:
            self._teasers(teasers)
            return teasers[-1].last + 1
        taken = (
            self._poem(i)
            or self._poem_under_name(i)
            or self._pull_quote(i)
            or self._bare_standfirst(i)
            or self._story_pointer(i)
        )
        if taken:
            return i + taken
        # a forecast's rows (某市　晴　-13℃～0℃) are set like a table's: the forecast wins
        forecast = self._weather_span(i)
        rows = titled_table(self.lines, i) if not forecast else 0
        if rows and (art is None or art.closed or not art.in_body or self._table_apart(i, rows)):
            return self._table(i, rows)
        rows = self._labelled_table(i) if not forecast else 0
        # (a box's label set apart over a titled table heads a box of its own, as a label set
        # solid over a title confirmed as a head does: ``_titled_sidebar``)
        if rows and (art is None or art.closed or ln.gap):
            return self._table(i + 1, rows, label=ln)
        # (a forecast set apart under a story is a box of its own, not the story's table)
        if art is not None and art.in_body and not art.closed and not (forecast and ln.gap):
            # a table printed inside a story: its rows are paragraphs of the story, never a head
            # over the next one; its title set solid over them heads them, a subhead of the
            # story, as a title set apart by a blank line does (rounds 10-23); a caption labelled
            # 表： is the table's note, a paragraph
            below = self._line(i + 1)
            title = int(headline_like(ln) and not art.open_sentence() and below is not None and not below.gap)
            unit = unit_line(self.lines, i + title) if title else 0  # (单位：…) between title and rows
            rows = row_run(self.lines, i + title + unit)
            if rows:
                # (a header row is no title: its cells are set apart as the rows' are; a title
                # over a unit line is read with it, the table's caption, as round17 has it)
                if title and not unit and not TABLE_CAPTION.match(ln.text) and not in_cells(ln):
                    art.add_subhead(ln.text, ln)
                    return self._add_rows(i + 1, unit + rows)
                return self._add_rows(i, title + unit + rows)
        kind = ln.kind
        if kind == MASTHEAD:
            if not (
                art is not None
                and art.in_body
                and not art.closed
                and (art.open_sentence() or self._prose_after_furniture(i))
            ):
                # (the page's running head printed inside a paragraph, where a column broke it,
                # leaves the sentence open: the paragraph goes on under it; a story's paragraph
                # under the running foot goes on with the story too)
                self._close()
            self.masthead_lines.append(ln)
            return i + 1
        if kind == BAD_DATE:
            # kept as printed and said: a wrong date is neither guessed nor a headline
            self._emit(
                lambda id_: Unclassified(id_, SourceLines(self.page, ln.number, ln.number), (ln.text,))
            )
            self.warnings.append(
                f"page {self.page}, line {ln.number}: the printed date {ln.text!r} is not a calendar date; "
                "kept as text"
            )
            return i + 1
        if kind == QR or self._qr_set_apart(i) or self._qr_heading(i):
            return i + self._qr_prompt(i)
        if kind == NOTICE:
            return i + self._inline_notice(i)
        if kind == STAFF and self._desk_under_story(i):
            # the desk's credits closing the story above: the page's imprint, as at its foot
            imprint = MastheadLine(imprint=(normalise_punctuation(ln.text),))
            self.lines[i] = dataclasses.replace(ln, kind=MASTHEAD, masthead=imprint)
            self._close()
            self.masthead_lines.append(self.lines[i])
            return i + 1
        if kind in (STAFF, PUBINFO):
            self._emit(lambda id_: desk_notice(id_, SourceLines(self.page, ln.number, ln.number), ln))
            return i + 1
        span = self._classified_span(i)
        if span:
            self._advertisement(i, span)
            return i + span
        span = self._ad_span(i) if kind == BRIEF else 0
        if span >= 2 and not any(x.gap for x in self.lines[i + 1 : i + span]):
            # 【商号】货品 特惠 / … / 热线：…: a brand in brackets over a poster, not a brief's head
            self._advertisement(i, span)
            return i + span
        if kind == BRIEF or (kind == TEXT and art is not None and self._column_lead(art, i)):
            self._brief(i)
            return i + 1
        span = self._weather_span(i)
        if span:
            self._weather(i, span)
            return i + span
        if kind == PHOTO_CREDIT and art is not None and not art.closed and (art.in_body or art.byline):
            # ■摄影 … alone under a story, or 摄影：某某 under its byline: who took the pictures
            # printed with it.
            self._continue_article(ln, i)
            return i + 1
        pairs = self._photo_pairs(i)
        if pairs:
            return self._photo_set(i, pairs)
        if self._caption_under_story(i):
            self._story_caption_photo(i, 1)
            return i + 1
        span = self._story_captions(i)
        if span:
            self._story_caption_photo(i, span)
            return i + span
        span = self._photo_span(i)
        if span:
            self._photo(i, span)
            return i + span
        if (
            kind == TEXT
            and (_LETTER_SIGNATURE.match(ln.text) or ANSWERER.match(ln.text))
            and art is not None
            and art.in_body
            and not art.closed
            and not art.open_sentence()
        ):
            # 青山区居民 王秀兰 under a reader's letter: who wrote it, a line of the letter (and
            # 解答律师：… under a Q&A column's answer: who answered)
            art.add_paragraph(ln.text, ln)
            art.joinable[-1] = False  # a line of its own, whole without a full stop
            art.signed = True
            return i + 1
        if kind == TEXT and SOURCE_NOTE.match(ln.text) and art is not None and art.in_body:
            # (县医保局供稿): the source of the story above, kept as its last line: nothing
            # after it is the story's (a table's 数据来源 line may stand inside the story)
            closed = art.closed
            art.closed = False
            art.add_paragraph(ln.text, ln, subhead=True)
            art.closed = closed or bool(STORY_SOURCE.match(ln.text))
            return i + 1
        if (
            kind == TEXT
            and compact(ln.text) in SIDEBAR_LABELS
            and art is not None
            and art.in_body
            and not self._titled_sidebar(i)
        ):
            # A box printed with the story above (相关链接): its label becomes a subhead there.
            art.closed = False
            art.add_paragraph(ln.text, ln, subhead=True, sidebar=True)
            return i + 1
        if self._bracketed_part(i):
            # 【案情回放】 alone over prose in an open story: a labelled part of it (the brackets only
            # set it off), not a notice's label or the next story's head
            assert art is not None
            art.add_subhead(ln.text, ln)
            return i + 1
        taken = self._one_line_notice(i)
        if taken:
            return i + taken
        span = self._notice_span(i)
        if span:
            self._titled_notice(i, span)
            return i + span
        span = self._ad_span(i) if compact(ln.text) in AD_HEADINGS else 0
        if span:
            self._advertisement(i, span)
            return i + span
        span = self._ad_span(i) if kind == TEXT else 0
        if span >= 2 and not any(x.gap for x in self.lines[i + 1 : i + span]):
            # A block set solid around a phone number is a poster, even if it opens with a name.
            self._advertisement(i, span)
            return i + span
        if art is not None and self.bulleted_brief(art, i):
            # (before the head test: a bulleted sentence cut by a column break reads like a head)
            self._continue_article(ln, i)
            return i + 1
        head = self._head_span(i)
        if head is not None and self._is_new_article(i, head):
            self._start_article(i, head[0])
            return i + head[0]
        span = self._ad_span(i) if kind in (TEXT, CONTACT) and not self._story_over_ad(i) else 0
        if span:
            self._advertisement(i, span)
            return i + span
        if kind == BYLINE and (art is None or art.closed or art.byline is not None):
            below = self._head_span(i + 1) if i + 1 < len(self.lines) else None
            if below is not None and (
                ln.text[0] in BYLINE_MARKS or ln.text.lstrip(BYLINE_MARKS).startswith(NAMELESS_ROLES)
            ):
                # ■本报评论员 printed above the head it signs.
                self._start_article(i + 1, below[0])
                assert self.article is not None
                self.article.first = ln.number
                self.article.byline = parse_byline(ln.text)
                return i + 1 + below[0]
        if kind == DATELINE and art is not None and (art.paragraphs or art.dateline):
            # 新华社北京12月4日电 … below a finished story: a story of its own, headless (in a
            # column of headless briefs, the column's next one).
            column = art.kicker if art.in_column and not art.headline else None
            self._close()
            self.article = ArticleDraft(ln.number, ln.number, kicker=column, in_column=column is not None)
            self._continue_article(ln, i)
            return i + 1
        if art is not None and (not art.closed or self._opens_headless_brief(art, i)):
            if not art.closed and self._tagger_starts(i) and not self._opens_headless_brief(art, i):
                # the tagger is sure something new starts here: read the line again, the story closed
                self._close()
                return self._step(i)
            self._continue_article(ln, i)
            return i + 1
        if art is not None and art.closed and kind in (BYLINE, CONTINUATION):
            self._continue_article(ln, i)
            return i + 1
        if kind in (DATELINE, STANDFIRST) or (kind == CONTINUATION and "接" in ln.text):
            # An article without a printed headline (a brief, or a page's continued part).
            self._close()
            self.article = ArticleDraft(first=ln.number, last=ln.number)
            self._continue_article(ln, i)
            return i + 1
        # Nothing fits: keep it, say so.
        if self.article is not None:
            self._close()
        self.stray.append(ln)
        return i + 1

    def _place_over_head(self, i: int) -> bool:
        """Line i is a place alone closed by its colon (义县：), set solid over a headline-shaped
        line: the headline's first part, if a byline or dateline confirms the head
        (``_head_span``)."""
        nxt = self._line(i + 1)
        return place_head(self.lines[i]) and nxt is not None and not nxt.gap and headline_like(nxt)

    def _colon_kicker(self, i: int) -> bool:
        """Line i is a short lead set apart and closed by a colon (寒假里的“研学课”：), set solid over
        a headline-shaped line: the kicker leading into its headline, if a byline or dateline
        confirms the head (``_head_span``)."""
        ln, nxt = self.lines[i], self._line(i + 1)
        return (
            ln.kind == TEXT
            and ln.gap
            and ln.text.endswith(("：", ":"))
            and len(compact(ln.text)) <= _COLON_KICKER_MAX
            and not SENTENCE_MARK.search(ln.text)
            and not INTERVIEW.match(ln.text)
            and nxt is not None
            and not nxt.gap
            and headline_like(nxt)
        )

    def _story_over_ad(self, i: int) -> bool:
        """Line i is a paragraph set solid under the open story's last line (or its body's first
        line, under its head), and a blank line parts it from the contact line below: the story's
        prose over an ad (or a box) set apart under it, never the ad's first line (a poster is set
        solid down to its phone)."""
        art, ln = self.article, self.lines[i]
        if art is None or art.closed or ln.kind != TEXT:
            return False
        if not (art.in_body and not ln.gap) and not (not art.in_body and art.headline):
            return False
        if i == 0 or art.last != self.lines[i - 1].number:
            return False
        for line in self.lines[i + 1 : i + _AD_LOOKAHEAD]:  # (as far as an ad's lines reach)
            if line.kind == CONTACT:
                return False
            if line.gap:
                return True
        return False

    def _titled_sidebar(self, i: int) -> bool:
        """The sidebar label at line i is set solid over a title of its own, and the title is
        confirmed as a head (记者手记 / 让“小冷库”撬动大产业 / ■刘蕾): a piece of its own under
        the label as its kicker, as the gold reads it after a photo, not a part of the story above."""
        nxt = self._line(i + 1)
        if nxt is None or nxt.gap or not headline_like(nxt):
            return False
        head = self._head_span(i)
        return head is not None and head[0] >= 2

    def _box_set_flush(self, i: int) -> bool:
        """Line i, set flush after a full stop, opens a box printed under the story (a photo's
        caption, a pull quote, a teaser box, a forecast), not a paragraph the column broke."""
        return bool(
            self._photo_span(i)
            or self._quote_and_speaker(i)
            or self._quote_said(i)
            or teaser_box(self.lines, i)
            or self._weather_span(i)
            or self._caption_under_story(i)
        )

    def _inside_prose(self, i: int) -> bool:
        """Line i stands between two paragraphs of an open article (a forecast quoted in a weather story)."""
        art = self.article
        if art is None or art.closed or not art.in_body or i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        return nxt.kind in (TEXT, LIST) and not self._starts_new(i + 1, strong_only=False)

    def _starts_new(self, i: int, *, strong_only: bool) -> bool:
        head = self._head_span(i)
        if head is not None and (head[1] == "strong" or not strong_only):
            return True
        if self._qr_heading(i):
            return True
        # A caption starts after a blank line; a line glued to unfinished text continues it,
        # and so does the few characters' end of a sentence cut by a column break right above
        # a photo credit (…实实在在的 / 获得感。 / ■摄影 …).
        span = self._photo_span(i) if self.lines[i].gap else 0
        if span == 2 and len(self.lines[i].text) <= _CUT_END_MAX and ends_sentence(self.lines[i].text):
            art = self.article
            return art is None or not art.open_sentence()
        return span > 0 and (
            self.lines[i + span - 1].kind == PHOTO_CREDIT
            or chart_credit(self.lines[i + span - 1]) is not None
            or self._pointer_caption(i)
        )

    def _tagger_starts(self, i: int) -> bool:
        """The line tagger is sure an item starts at line i (under an open story or unclassified
        text) and no rule holds the line there: a table's title or row in a story stays its part, and
        so does a subhead-shaped line in a story already set in parts (what the tagger cannot see)."""
        art = self.article
        if art is not None and art.subheads and subhead_shaped(self.lines[i]):
            return False
        return self.tags.starts_item(i) and not titled_table(self.lines, i) and not row_run(self.lines, i)

    def _credited_photo(self, i: int) -> bool:
        """A photo (title?, caption, credit) starts at line i."""
        span = self._photo_span(i)
        return span > 0 and self.lines[i + span - 1].kind == PHOTO_CREDIT

    def _is_new_article(self, i: int, head: tuple[int, str]) -> bool:
        n, confirmed_by = head
        if confirmed_by == "strong":
            return True
        art = self.article
        ln = self.lines[i]
        if (
            n == 1
            and art is not None
            and art.in_body
            and not art.closed
            and self._head_over_turn(i) is not None
        ):
            return False  # a part's subhead over the interview's next turn (``_head_over_turn``)
        if (
            art is not None
            and art.in_body
            and not art.closed
            and ln.indented
            and not ln.mark
            and art.indented_starts
            and not art.flush_starts
            and art.head_flush
        ):
            # a story whose head is set flush and whose paragraphs open with an indent: an indented
            # line is its next paragraph (a short one hard-wrapped reads like a head), never a head
            return False
        if (
            art is not None
            and art.in_column
            and art.marked
            and not art.headline
            and art.paragraphs
            and not art.closed
            and not ln.gap
            and not ln.marked
            and ln.text[0] not in BRIEF_MARKS
        ):
            # set solid under a headless bulleted brief, an unmarked line is its next paragraph:
            # the column's next brief opens with the bullet
            return False
        if (
            n == 1
            and art is not None
            and not art.in_body
            and not art.closed
            and art.headline
            and self._wrapped_clause(i)
        ):
            # under a head still waiting for its body, a long line of clauses wrapped onto the
            # line below is that body's first line
            return False
        if art is not None and art.in_body and not art.closed and self._wrapped_clause(i):
            # a line of clauses longer than any subhead, its sentence going on in clauses under it
            # (该县还建设了…平台，接入…监 / 测等…设备600余台套，农户…): a paragraph of the open
            # story wrapped at the column's width, set apart as its paragraphs are, never a head
            return False
        if self._first_paragraph_indented(i):
            return False
        if self._tagger_starts(i):
            return True
        if n == 1 and self._column_over_bullets(i):
            return True
        if (
            n == 1
            and art is not None
            and art.after_heading
            and art.subheads
            and not art.closed
            and cut_clauses(ln)
        ):
            # the long line of clauses under a subhead (【案情回顾】 / 去年12月，某市民…) is the
            # text it heads, not a head of its own
            return False
        if (
            n == 1
            and art is not None
            and not art.closed
            and not art.in_body
            and art.headline
            and (art.byline or art.standfirst) is not None
            and len(compact(self.lines[i].text)) <= SUBHEAD_MAX
        ):
            # a feature's body opening with a subhead under its head and byline
            return False
        if art is None or art.closed or not art.in_body or n >= 2:
            return True
        if ln.gap and (notes_lead(ln.text) is not None or compact(ln.text).strip("【】") in PROFILE_BOXES):
            return True  # 采访手记：title, 人物名片 set apart: the writer's notes, the subject's box
        if self._set_otherwise(i, n):
            return True
        if art.signed:
            # a head under a signed letter is the next letter's (its editor's note is no head)
            return True
        if ln.gap and advice_title(art.last_subhead):
            # 警方提醒 / its advice closes a story: a head set apart under it starts the next one
            return True
        if ln.gap and not art.subheads and n == 1 and advice_title(ln.text):
            # 警方提醒 set apart under a story with no parts: a box of the paper's own advice, a
            # piece of its own (set solid under the story's last line, its last part)
            return True
        if art.paragraphs and (_END_NOTE.match(art.paragraphs[-1]) or ANSWERER.match(art.paragraphs[-1])):
            # 专家简介：… / （作者单位：…） closes a story: a head under it starts the next one
            return True
        if not art.subheads and (
            art.in_column or (NEWS_LEAD.match(self.lines[i + n].text) and not self._numbered_subheads(i))
        ):
            # In a column of briefs, or over a lead that says when (12月2日下午，…): the next story.
            return True
        # One short line followed by prose inside an open article: a subhead, unless
        # the prose under it ends with its own byline (（记者 王强）), which makes it a
        # story of its own printed without a byline on top.
        j = i + n
        while j < len(self.lines) and self.lines[j].kind in (TEXT, LIST, BYLINE):
            line = self.lines[j]
            if line.gap and j > i + n and self._photo_span(j):
                break  # a photo under the story (…。（记者 王强 摄）) signs the picture, not prose
            if line.kind == BYLINE or split_trailing_byline(line.text) is not None:
                return True
            if headline_like(line):
                break
            j += 1
        # Subheads come in sets; a story's first one has another below it.  A lone
        # unpunctuated line over prose heads a story printed without a byline, unless the prose
        # under it names again what the story above named (its people, places, things): the
        # story's one subhead.  (A line with commas is the start of a paragraph cut by a column
        # break.)
        line = self.lines[i]
        # (法官说法, 律师提醒 alone, set solid under the story's last paragraph: a part's label,
        # the story's last part under it, not a story of its own)
        if n == 1 and not line.gap and PART_LABEL.match(compact(line.text)):
            return False
        return (
            art.subheads == 0
            and not clause_punctuated(line.text)
            and not (subhead_shaped(line) and self._later_subhead(i + n))
            and not (
                subhead_shaped(line)
                and goes_on_with(art.text(), "".join(x.text for x in self.lines[i + n : j]))
            )
        )

    def _first_paragraph_indented(self, i: int) -> bool:
        """Line i, printed after an indent right under a flush head and its byline (or standfirst),
        with a flush line set solid under it: the body's first paragraph wrapped at a narrow
        column (　　3月16日晚6时许，地铁2号线 / 站换乘通道内，…), however short its lines run;
        a head is set flush on a page whose paragraphs open with an indent."""
        art, ln, below = self.article, self.lines[i], self._line(i + 1)
        return (
            self.indents_mark
            and art is not None
            and not art.closed
            and not art.in_body
            and art.headline is not None
            and art.head_flush
            and (art.byline or art.standfirst) is not None
            and ln.indented
            and not ln.mark
            and ln.text[0] not in BRIEF_MARKS
            and not ends_sentence(ln.text)
            and below is not None
            and below.kind == TEXT
            and not below.gap
            and not below.indented
        )

    def _set_otherwise(self, i: int, n: int) -> bool:
        """The head at line i is set apart under an open story that opens every paragraph with an
        indent, and the lines under it are set solid and flush (出行提示 / 线路：… / 票价：…): a
        box printed under the story, not its part (a part's prose opens with the story's indent)."""
        art, ln = self.article, self.lines[i]
        if art is None or not ln.gap or ln.indented or not art.indents_paragraphs():
            return False
        block = self.lines[i + n : i + n + _BOX_LINES_MIN]
        return len(block) == _BOX_LINES_MIN and all(
            x.kind == TEXT and not x.gap and not x.indented and not x.mark and ends_sentence(x.text)
            for x in block
        )


def _indented_clause(line: Line) -> bool:
    """A line printed after an indent, with a clause's commas and longer than a subhead (　　近日，某市
    一家企业获得…，贷款利率): a paragraph's first line, hard-wrapped before its full stop, never a
    line of a head (a column's bulleted item, ●某某镇：…, keeps its mark and is no plain line)."""
    return line.indented and not line.mark and line.text[0] not in BRIEF_MARKS and cut_clauses(line)


def _poster(lines: list[Line]) -> bool:
    return (
        2 <= len(lines) <= _POSTER_LINES_MAX
        and not any(ln.gap for ln in lines[1:])
        and all(
            len(compact(ln.text)) <= POSTER_LINE_MAX and not SENTENCE_MARK.search(ln.text) for ln in lines
        )
        # (phrases set apart by spaces, ideographic or not: 保护生态环境　共建美丽家园)
        and any(" " in ln.text or "\u3000" in ln.text or any(c.isdigit() for c in ln.text) for ln in lines)
    )


def parse_page(text: str, page: int = 1) -> PageParse:
    """Structure one page's text (pure): masthead fields, items in print order, warnings."""
    return _PageParser(split_lines(text), page).run()
