"""The page parser: one left-to-right pass that groups typed lines into items.

It looks a few lines ahead to tell an article head (kicker / headline / deck,
confirmed by the byline, dateline or standfirst that follows) from a subhead or a
photo title, and hands boxes (photos, notices, weather, ads) to :mod:`boxes`.
Every non-blank line lands in exactly one item (or is a masthead line that
becomes edition metadata); lines that fit nothing become an ``unclassified``
item and a warning, never silence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from publisher.dates import LEAD_TIME, PERIOD_WORDS
from publisher.model import (
    Advertisement,
    Byline,
    Credit,
    Item,
    SourceLines,
    Unclassified,
)
from publisher.patterns import compile_pattern
from publisher.punctuation import clean_text, ends_sentence, normalise_punctuation
from publisher.reader.articles import (
    ArticleDraft,
    strip_continuation,
)
from publisher.reader.boxes import (
    BoxReader,
    desk_notice,
)
from publisher.reader.bylines import (
    BYLINE_MARKS,
    NAMELESS_ROLES,
    lead_credit,
    merge_bylines,
    parse_author_line,
    parse_byline,
    split_trailing_byline,
)
from publisher.reader.cohesion import goes_on_with
from publisher.reader.columns import SIDEBAR_LABELS, ColumnReader
from publisher.reader.furniture import repeated_furniture
from publisher.reader.heads import (
    HEAD_LINES_MAX,
    head_fields,
    wraps,
)
from publisher.reader.lines import (
    AD_HEADINGS,
    ANSWERER,
    BAD_DATE,
    BARE_STANDFIRST,
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
    PHOTO_COLUMN,
    PHOTO_CREDIT,
    PUBINFO,
    QR,
    SIGNATURE,
    STAFF,
    STANDFIRST,
    STANDFIRST_RE,
    SUBHEAD_MAX,
    TEXT,
    WEATHER,
    Line,
    classify,
    clause_punctuated,
    compact,
    dateline_match,
    headline_like,
    headline_like_list,
    split_lines,
    subhead_shaped,
)
from publisher.reader.masthead import MastheadLine
from publisher.reader.tables import SOURCE_NOTE, row_run, row_text, titled_table
from publisher.reader.tagger import PageTags
from publisher.reader.teasers import (
    STORY_POINTER,
    Teaser,
    pointer,
    summary_text,
    teaser_box,
    teaser_label,
)
from publisher.reader.verse import GROUP_HEAD, read_poem
from publisher.records import record

# County papers are often named 安吉新闻 / 长兴新闻, which looks like a section name.
_PAPER_NAME_ENDINGS = ("新闻",)
_CUT_END_MAX = 8
# 变化一：…, 第二站：…, 其三：…: a subhead numbered in words after a short stem
_NUMBERED_SUBHEAD = compile_pattern(
    r"^(?P<stem>[\u4e00-\u9fff]{0,4}?)(?P<n>[一二三四五六七八九十]{1,2})[：:]"
)
_NUMBERED_SUBHEAD_WINDOW = 24
# The note a story ends with: who the expert or the writer is, where the writer works.
_END_NOTE = compile_pattern(r"^(?:(?:专家|作者|嘉宾|受访者|医生|讲师)简介[:：]|[（(]作者(?:单位|系|为|是)?)")
# 受访专家：…, 采访嘉宾：… set under a byline: who the story interviewed
_INTERVIEWEE = compile_pattern(r"^(?P<role>(?:受访|采访|特邀|本期)(?:专家|嘉宾)|受访者)\s*[:：]\s*(?=\S)")
# 青山区居民 王秀兰, 一位读者 李明: a letter's signature, the writer described, then named
# 【案情回放】: a story's part labelled in brackets, alone on its line
_BRACKETED_LABEL = compile_pattern(r"^【([\u4e00-\u9fff]{2,8})】$")
_LETTER_SIGNATURE = compile_pattern(
    r"^[\u4e00-\u9fff]{0,10}\s*(?:居民|市民|村民|读者|网友|家长|学生|教师|职工|退休职工|老人|患者|群众|老党员)"
    r"\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$"
)  # a sentence's end left alone by a column break is this short; a caption is longer
# (普陀区　读者　吴　强: the place, the role and the name may each be set apart, the name padded)


# ------------------------------------------------------------------ page result


@record
class Masthead:
    """What the page's masthead and furniture say: paper, edition, date, page label, section."""

    newspaper: str | None = None
    newspaper_en: str | None = None
    edition: str | None = None
    date: str | None = None
    brands: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()  # the masthead's line numbers (metadata, not items)
    section: str | None = None  # 要闻 beside 第1版: the page's printed name
    page_label: str | None = None  # 第1版, B03, 12: the page number as printed
    imprint: tuple[str, ...] = ()  # 中共临朐县委机关报, 第3215期: the masthead's other lines


@record
class PageParse:
    """One page read: its masthead, its items in print order, and what the reader warns of."""

    page: int
    masthead: Masthead
    items: tuple[Item, ...]
    warnings: tuple[str, ...] = ()


_APART_SUBHEAD_MAX = 16
_QUOTE_LINES_MAX = 3  # a pull quote set apart is a sentence or two, wrapped over a few lines
_COLON_KICKER_MAX = 20
_STANDFIRST_LINES_MAX = 8  # how far a standfirst set solid may run to the byline under it
_MEASURE_LINE_MIN = 10
_MEASURE_SAMPLES = 3
_MEASURE_SLACK = 2  # a line a character or two short of the measure is still full (a hanging mark)
_PHRASE_BREAK = compile_pattern(r"[，,、；;：:]")
_POSTER_LINES_MAX = 8
_POSTER_LINE_MAX = 24
_SENTENCE_MARK = compile_pattern(r"[。！？；!?;]")
_APART_PHRASE_MAX = 9
# 一、… / 二、…: a numbered part of a theory article or report, its heading a phrase or two
_NUMBERED_HEAD = compile_pattern(r"^[一二三四五六七八九十]{1,3}、")
_NUMBERED_HEAD_MAX = 30
# 今年以来，… / 近日，… / 据悉，…: a time or source lead and its comma open a sentence (a paragraph
# cut by a column break), never a subhead
_SENTENCE_OPENING = compile_pattern(rf"^(?:{LEAD_TIME}|{'|'.join(PERIOD_WORDS)}|据悉|据了解)(?:以来)?[，,]")
# “…” set apart, and ——邓卫东 (or ——书店店长 黎明, a role before the name) under it: a pull
# quote and who said it
_QUOTED = compile_pattern(r"^[“\"].+[”\"][。！？]?$")
_ATTRIBUTION = compile_pattern(
    r"^(?:——|—|--)\s*(?P<name>[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{1,8}){0,2})$"
)

# ------------------------------------------------------------------ the pass


class _PageParser(BoxReader, ColumnReader):
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

    def _head_span(self, i: int) -> tuple[int, str] | None:
        """(number of head lines, what confirms them) if an article head starts at line i."""
        n = heads = 0
        colon = self._colon_kicker(i)
        while i + n < len(self.lines) and (self._head_line(self.lines[i + n]) or (n == 0 and colon)):
            if n > 0 and self.lines[i + n].gap and self._credited_photo(i + n):
                break  # a photo's title under the blank, not a deck of this head
            if n > 0 and self.lines[i + n].gap and BRIEF_COLUMN.match(compact(self.lines[i + n].text)):
                break  # a column's label under the blank heads its own briefs, not a deck of this head
            if n > 0 and self.lines[i + n].gap and self._notice_heading(i + n) is not None:
                break  # a notice's title under the blank (来稿须知, 征　稿) heads the notice
            if n > 0 and self.lines[i + n].gap and self._wrapped_clause(i + n):
                break  # the body's first line under the blank, wrapped before its full stop
            if n > 0 and wraps(self.lines[i + n - 1], self.lines[i + n], self._line(i + n + 1)):
                n += 1
                continue
            if heads == HEAD_LINES_MAX:
                break
            heads += 1
            n += 1
        if n == 0:
            return None
        if i + n >= len(self.lines):
            return None
        nxt = self.lines[i + n]
        if nxt.kind in (BYLINE, DATELINE, STANDFIRST, BRIEF):
            return n, "strong"
        if colon:
            return None  # a lead ending in a colon heads a story only over its byline or dateline
        if nxt.kind == CONTINUATION and "接" in nxt.text:  # （上接第1版）under a repeated headline
            return n, "strong"
        if nxt.kind in (TEXT, LIST) and (not self._head_line(nxt) or self._wrapped_clause(i + n)):
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
            if m is not None and _contradicts(m, [ln.masthead for ln in self.masthead_lines if ln.masthead]):
                # Two papers' names in one masthead: the first is the paper, the other is text.
                lines[i] = dataclasses.replace(lines[i], kind=classify(lines[i].text, None), masthead=None)
                break
            i = self._step(i)
        # Below the masthead only the unmistakable parts (paper name, edition, date) count;
        # a bare brand-like word there is text.
        dated = any(ln.masthead is not None and ln.masthead.date for ln in self.masthead_lines)
        top = [ln.masthead for ln in self.masthead_lines if ln.masthead is not None]
        for k in range(i, len(lines)):
            furniture = repeated_furniture(lines, k, top)
            if furniture is not None:
                lines[k] = dataclasses.replace(lines[k], kind=MASTHEAD, masthead=furniture)
                continue
            m = lines[k].masthead
            # A second bare date below a dated masthead signs a notice (…组委会 / 2024年9月10日);
            # a name that contradicts the masthead above is text (the edition keeps one name).
            bare_date = m is not None and m.date and not (m.newspaper or m.edition or m.newspaper_en)
            if m is not None and (
                not m.strong()
                or (dated and bare_date)
                # …治丧小组 / 2025年2月3日: a date under a signature dates the notice, not the page.
                or (bare_date and k > 0 and SIGNATURE.match(compact(lines[k - 1].text)))
                or _contradicts(m, top)
            ):
                lines[k] = dataclasses.replace(lines[k], kind=classify(lines[k].text, None), masthead=None)
            elif m is not None:
                top.append(m)
        while i < len(lines):
            i = self._step(i)
        self._close()
        return PageParse(self.page, self._masthead(), tuple(self.items), tuple(self.warnings))

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
        taken = self._poem(i) or self._pull_quote(i) or self._bare_standfirst(i) or self._story_pointer(i)
        if taken:
            return i + taken
        # a forecast's rows (某市　晴　-13℃～0℃) are set like a table's: the forecast wins
        forecast = self._weather_span(i)
        rows = titled_table(self.lines, i) if not forecast else 0
        if rows and (art is None or art.closed or not art.in_body or self._table_apart(i, rows)):
            return self._table(i, rows)
        rows = self._labelled_table(i)
        if rows and (art is None or art.closed):
            return self._table(i + 1, rows, label=ln)
        # (a forecast set apart under a story is a box of its own, not the story's table)
        if art is not None and art.in_body and not art.closed and not (forecast and ln.gap):
            # a table printed inside a story: its rows are paragraphs of the story, never a head
            # over the next one; its title set solid over them is one too (round9), a title set
            # apart by a blank line reads as the story's subhead (round10)
            below = self._line(i + 1)
            title = int(headline_like(ln) and not art.open_sentence() and below is not None and not below.gap)
            rows = row_run(self.lines, i + title)
            if rows:
                return self._add_rows(i, title + rows)
        kind = ln.kind
        if kind == MASTHEAD:
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
        if kind == QR or self._qr_set_apart(i):
            return i + self._qr_prompt(i)
        if kind == NOTICE:
            return i + self._inline_notice(i)
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
        if kind == BRIEF or (kind == TEXT and art is not None and self._column_lead(art, ln)):
            self._brief(ln)
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
            # (县医保局供稿): the source of the story above, kept as its last line.
            closed = art.closed
            art.closed = False
            art.add_paragraph(ln.text, ln, subhead=True)
            art.closed = closed
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
        span = self._ad_span(i) if kind in (TEXT, CONTACT) else 0
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

    def _wrapped_after_stop(self, i: int) -> bool:
        """Line i, set flush and solid under a line of the open story's last paragraph that ends a
        sentence at the column's full width, goes on with that paragraph: in a story whose every
        paragraph opens with an indent, the line only wrapped after the full stop."""
        art, ln = self.article, self.lines[i]
        above = self.lines[i - 1] if i else None
        if art is None or above is None or not art.paragraphs or art.closed or art.after_heading:
            return False
        if (
            ln.kind != TEXT
            or ln.gap
            or ln.indented
            or ln.mark
            or above.kind != TEXT
            or art.last != above.number
        ):
            return False
        if not art.indented_starts or art.flush_starts or ln.text.startswith(("（", "(", "【", "——")):
            return False
        if INTERVIEW.match(ln.text) or subhead_shaped(ln) or not ends_sentence(above.text):
            return False
        measure = self._measure()
        return measure is not None and _width(above) >= measure - _MEASURE_SLACK

    def _measure(self) -> int | None:
        """The column's width: the median width of the page's lines a paragraph wraps at in the
        middle of a sentence (a line of text over a flush line set solid); None when too few."""
        if self.measure is None:
            lines = self.lines
            widths = sorted(
                _width(lines[k])
                for k in range(len(lines) - 1)
                if lines[k].kind == TEXT
                and lines[k + 1].kind == TEXT
                and not lines[k + 1].gap
                and not lines[k + 1].indented
                and len(lines[k].text) > _MEASURE_LINE_MIN
                and not ends_sentence(lines[k].text)
            )
            self.measure = widths[len(widths) // 2] if len(widths) >= _MEASURE_SAMPLES else 0
        return self.measure or None

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
            and not _SENTENCE_MARK.search(ln.text)
            and not INTERVIEW.match(ln.text)
            and nxt is not None
            and not nxt.gap
            and headline_like(nxt)
        )

    def _poem(self, i: int) -> int:
        """A poem's body under its head and author line (or under a head that says 组诗): each
        line of verse a paragraph, each poem's title a subhead, the author's note the last
        paragraph; the lines it takes, else 0."""
        art = self.article
        if art is None or art.closed or art.in_body or not art.headline or art.subheads:
            return 0
        group = bool(GROUP_HEAD.search(art.headline))
        if art.byline is None and not group:
            return 0
        parts, end = read_poem(self.lines, i, group=group)
        for role, first, last in parts:
            ln = self.lines[first]
            if role == "title":
                art.add_subhead(ln.text, ln)
                continue
            art.add_paragraph(ln.text, ln)
            for line in self.lines[first + 1 : last + 1]:  # the note wrapped over lines
                art.join(line)
            if art.joinable:
                art.joinable[-1] = False  # a line of verse is whole without a full stop
        if parts:
            art.closed = True  # the poem ends where its verse (or its author's note) does
        return end - i

    def _wrapped_clause(self, i: int) -> bool:
        """Line i is a long line of clauses with the rest of its sentence set solid under it
        (去年8月，某某在网上结识…，先后转账 / 共计12万元。): prose, never a deck."""
        below = self._line(i + 1)
        return (
            _clause_line(self.lines[i])
            and below is not None
            and not below.gap
            and below.kind == TEXT
            and not below.indented
            and not headline_like(below)
        )

    def _solid_over_byline(self, i: int) -> bool:
        """Line i, under a standfirst not yet signed, is set solid and flush in a block of such
        lines that a byline closes (编者按：… / …敬请关注。 / 本报记者 某某): the standfirst's own
        text, the story's body under the byline."""
        art = self.article
        if art is None or art.byline is not None or art.last != self.lines[i].number - 1:
            return False
        for ln in self.lines[i : i + _STANDFIRST_LINES_MAX]:
            if ln.gap or ln.indented:
                return False
            if ln.kind == BYLINE:
                return True
            if ln.kind != TEXT:
                return False
        return False

    @staticmethod
    def _numeral_mid_clause(art: ArticleDraft, ln: Line) -> bool:
        """A line that opens with a numeral and 、 (一、二类苗…) right under a paragraph left open
        at a comma: the clause goes on (the point of a list follows a colon or a full stop, never a
        comma), the line broke before the numerals."""
        return (
            ln.kind == LIST
            and not ln.gap
            and ln.text[0] in "一二三四五六七八九十"
            and art.open_sentence()
            and art.paragraphs[-1].endswith(("，", ","))
        )

    def _bracketed_part(self, i: int) -> bool:
        """Line i is a short label in 【】 alone on its line, inside an open story's body and over
        prose: one of the story's labelled parts (a column's or a photo column's name excepted)."""
        ln, nxt, art = self.lines[i], self._line(i + 1), self.article
        m = _BRACKETED_LABEL.match(ln.text)
        return (
            m is not None
            and ln.kind == TEXT
            and art is not None
            # in the body, or opening it under the head and its byline
            and (art.in_body or (bool(art.headline) and (art.byline or art.standfirst) is not None))
            and not art.closed
            and not art.in_column
            and not art.open_sentence()
            and not BRIEF_COLUMN.match(m.group(1))
            and m.group(1) not in PHOTO_COLUMN
            and m.group(1) not in SIDEBAR_LABELS
            and nxt is not None
            and nxt.kind == TEXT
            and (not headline_like(nxt) or _clause_line(nxt))
        )

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
            or teaser_box(self.lines, i)
            or self._weather_span(i)
        )

    def _teasers(self, teasers: list[Teaser]) -> None:
        """A teaser box: each item a brief under the box's label, its pointer (（详见第2版）) kept
        as where the story is printed, not as text."""
        lines = self.lines
        label = teaser_label(lines[teasers[0].first])
        self._close()
        for teaser in teasers:
            art = self.article = ArticleDraft(
                first=lines[teaser.first].number,
                last=lines[teaser.title].number,
                kicker=label,
                headline=clean_text(teaser.headline(lines)),
                in_column=True,
            )
            for k, ln in enumerate(lines[teaser.title : teaser.last + 1]):  # (a one-line teaser's pointer)
                summary = dataclasses.replace(ln, text=summary_text(ln) if k else "")
                if summary.text and art.open_sentence():
                    art.join(summary)
                elif summary.text:
                    art.add_paragraph(summary.text, summary)
                art.continuation.extend(filter(None, [pointer(ln)]))
                art.last = ln.number
            self._close()

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
        # A caption starts after a blank line; a line glued to unfinished text continues it,
        # and so does the few characters' end of a sentence cut by a column break right above
        # a photo credit (…实实在在的 / 获得感。 / ■摄影 …).
        span = self._photo_span(i) if self.lines[i].gap else 0
        if span == 2 and len(self.lines[i].text) <= _CUT_END_MAX and ends_sentence(self.lines[i].text):
            art = self.article
            return art is None or not art.open_sentence()
        return span > 0 and (self.lines[i + span - 1].kind == PHOTO_CREDIT or self._pointer_caption(i))

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
            and _clause_line(ln)
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
        if art.signed:
            # a head under a signed letter is the next letter's (its editor's note is no head)
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
        return (
            art.subheads == 0
            and not clause_punctuated(line.text)
            and not (subhead_shaped(line) and self._later_subhead(i + n))
            and not (
                subhead_shaped(line)
                and goes_on_with(art.text(), "".join(x.text for x in self.lines[i + n : j]))
            )
        )

    def _column_over_bullets(self, i: int) -> bool:
        """Line i is a column's name (经济速览, 法治快讯) set apart over bulleted items (●…): a
        column of briefs of its own, never a subhead of the story above (a subhead heads prose)."""
        ln, below = self.lines[i], self._line(i + 1)
        return (
            ln.gap
            and bool(BRIEF_COLUMN.match(compact(ln.text)))
            and below is not None
            and not below.gap
            and (below.marked or below.kind == BRIEF or below.text[0] in BRIEF_MARKS)
        )

    def _table(self, i: int, rows: int, label: Line | None = None) -> int:
        """A table standing alone: an article headed by its title, one paragraph a row; a box's
        label set solid over the title (链接) is its kicker."""
        self._close()
        self._start_article(i, 1)
        if label is not None:
            assert self.article is not None
            self.article.kicker, self.article.first = clean_text(label.text), label.number
        return self._add_rows(i + 1, rows)

    def _table_apart(self, i: int, rows: int) -> bool:
        """The titled table at line i, set apart by a blank line under a story that sets its
        paragraphs solid (or under a column's brief), stands on its own: the blank ends the story.
        (A table closed by its 数据来源 line is the story's figures, printed with it.)"""
        art = self.article
        return (
            art is not None
            and self.lines[i].gap
            and (art.set_solid() or art.in_column)
            and not SOURCE_NOTE.match(self.lines[i + rows].text)
        )

    def _labelled_table(self, i: int) -> int:
        """Rows of a table whose title stands under a box's label at line i (链接 / 某某主要指标
        / 指标　数值 / …), else 0: the label heads the table, not a poster of short lines."""
        ln, below = self.lines[i], self._line(i + 1)
        if ln.kind != TEXT or compact(ln.text) not in SIDEBAR_LABELS or below is None or below.gap:
            return 0
        return titled_table(self.lines, i + 1)

    def _add_rows(self, i: int, rows: int) -> int:
        """Lines i.. of a table, one paragraph a row, into the open article."""
        art = self.article
        assert art is not None
        for ln in self.lines[i : i + rows]:
            art.add_paragraph(row_text(ln), ln)
            art.joinable[-1] = False  # a row is whole without a full stop
        return i + rows

    def _numbered_subheads(self, i: int) -> bool:
        """Line i opens a set of numbered subheads (变化一：… over prose, 变化二：… further down the
        same run of text): a story's parts, whatever words its paragraphs open with."""
        m = _NUMBERED_SUBHEAD.match(compact(self.lines[i].text))
        if m is None or not subhead_shaped(self.lines[i]):
            return False
        j = i + 1
        while (
            j < len(self.lines) and j - i <= _NUMBERED_SUBHEAD_WINDOW and self.lines[j].kind in (TEXT, LIST)
        ):
            later = _NUMBERED_SUBHEAD.match(compact(self.lines[j].text))
            if later is not None and subhead_shaped(self.lines[j]):
                return later.group("stem") == m.group("stem") and later.group("n") != m.group("n")
            j += 1
        return False

    def _later_subhead(self, j: int) -> bool:
        """Another subhead-shaped line over prose comes below line j, before anything else starts."""
        lines = self.lines
        while j < len(lines) and lines[j].kind in (TEXT, LIST):
            line = lines[j]
            if compact(line.text) in SIDEBAR_LABELS or SOURCE_NOTE.match(line.text):
                return False
            if split_trailing_byline(line.text) is not None:
                return False
            quoted = self._quote_and_speaker(j)
            if quoted is not None:  # a pull quote between two parts of the story
                j += quoted[1] + 1
                continue
            head = self._head_span(j)
            if head is not None:
                return head == (1, "body") and subhead_shaped(line) and self._notice_span(j) == 0
            j += 1
        return False

    def _start_article(self, i: int, n: int) -> None:
        heads: list[str] = []
        for k in range(n):
            line = self.lines[i + k]
            if k > 0 and wraps(self.lines[i + k - 1], line, self._line(i + k + 1)):
                heads[-1] += line.text
            else:
                heads.append(line.text)
        kicker, headline, deck = head_fields(heads, self._line(i + n))
        prev = self.article
        marked = self.lines[i + n - 1].marked
        in_column = (
            (kicker is not None and bool(BRIEF_COLUMN.match(compact(kicker))))
            # (wrapped or not); an unmarked head under a column's bulleted items is a story
            # of its own, its own byline under it
            or (prev is not None and prev.in_column and len(heads) == 1 and (marked or not prev.marked))
            or marked
        )
        # the column's name heads each of its items; a new column's name (速读 over its ●
        # briefs, 民生速递) starts a column of its own
        new_column = BRIEF_COLUMN.match(compact(headline)) or self.lines[i + n].kind == BRIEF
        if (
            in_column
            and kicker is None
            and len(heads) == 1
            and prev is not None
            and prev.in_column
            and not new_column
        ):
            kicker = prev.kicker
        if kicker is None and len(heads) == 1 and prev is not None and prev.signed and not self.lines[i].gap:
            # 读者来信 over letters set solid, each closed by its signature: the column's label
            # heads every letter under it
            kicker = prev.kicker
        standfirst, label, first = None, None, self.lines[i].number
        if prev is not None and prev.standfirst_only():
            # 编者按 printed above the head it introduces.
            self.article = None
            standfirst, label, first = prev.standfirst, prev.standfirst_label, prev.first
        self._close()
        self.article = ArticleDraft(
            first=first,
            last=self.lines[i + n - 1].number,
            kicker=kicker,
            headline=headline,
            subheadline=deck,
            standfirst=standfirst,
            standfirst_label=label,
            in_column=in_column,
            marked=marked,
            head_flush=not self.lines[i].indented,
        )

    def _continue_article(self, ln: Line, i: int) -> None:
        art = self.article
        assert art is not None
        kind = ln.kind
        if kind in (BYLINE, PHOTO_CREDIT):
            credit = parse_byline(ln.text, photo=kind == PHOTO_CREDIT) or parse_author_line(ln.text)
            art.byline = merge_bylines(art.byline, credit)
            art.last = ln.number
            if art.in_body:
                art.closed = True
            return
        if kind == CONTINUATION:
            _, markers = strip_continuation(ln.text)
            art.continuation.extend(markers)
            art.last = ln.number
            if any("转" in m for m in markers):
                art.closed = True
            return
        if kind == STANDFIRST and art.standfirst is None and not art.paragraphs:
            m = STANDFIRST_RE.match(ln.text)
            assert m is not None
            art.standfirst = clean_text(ln.text[m.end() :])
            art.standfirst_label = m.group("label")
            art.standfirst_cut = not ends_sentence(art.standfirst)
            art.last = ln.number
            return
        if kind == DATELINE and art.dateline is None and not art.paragraphs:
            if self._headless_brief(art):  # 一句话新闻 / 本报讯 …: the column's first brief
                art.kicker, art.headline, art.in_column = art.headline, "", True
            m = dateline_match(ln.text)
            assert m is not None
            rest = ln.text[m.end() :]
            inner = m.group("byline") or m.group("credit") or m.group("lead")
            if inner is None:  # 记者 张春晓 从…获悉: named in the sentence, which keeps the name
                art.byline = merge_bylines(art.byline, lead_credit(rest))
            else:
                byline = parse_byline(inner, credit=m.group("byline") is not None)
                if byline is None:  # a parenthesis that is not a byline stays in the text
                    rest = ln.text[m.end("dateline") :].lstrip()
                else:
                    art.byline = merge_bylines(art.byline, byline)
            art.dateline = m.group("dateline")
            art.add_paragraph(rest, ln)
            return
        if self._opens_headless_brief(art, i):
            # A column of briefs printed without heads (平湖新闻 / 2月3日，… / 近日，…): each
            # lead opens a brief of its own under the column's name (the first one may be set
            # solid under it).
            if art.paragraphs:
                column = art.kicker
                self._close()
                art = self.article = ArticleDraft(first=ln.number, last=ln.number, kicker=column)
            else:
                art.kicker, art.headline = art.headline, ""
            art.in_column = True
            if ln.text[0] in BRIEF_MARKS:  # the bullet only marks the brief
                art.marked = True
                art.add_paragraph(ln.text[1:].lstrip(), ln)
                return
        m = _INTERVIEWEE.match(ln.text) if kind == TEXT and not art.in_body and art.byline else None
        if m is not None and not ends_sentence(ln.text):
            # (受访者：某某，1963年生，…。 is a paragraph saying who the story's subject is)
            # 受访专家：某医院主任医师　李建华 under the byline: who was interviewed, a credit of the
            # head's block (no scored role), not the body's first paragraph
            who = clean_text(ln.text[m.end() :])
            art.byline = merge_bylines(art.byline, Byline(others=(Credit(m.group("role"), (who,)),)))
            art.last = ln.number
            return
        # a feature's body may open with a subhead, under its head and byline
        opens_body = not art.in_body and bool(art.headline) and (art.byline or art.standfirst) is not None
        subhead = (
            (art.in_body or opens_body)
            and kind == TEXT
            and headline_like(ln)
            and len(ln.text) <= SUBHEAD_MAX
            and (not clause_punctuated(ln.text) or self._stands_apart(i))
            and not art.open_sentence()
        )
        # a subhead heads text; a run of short marked lines with nothing under each is a list
        nxt = self._line(i + 1)
        heads_text = nxt is not None and nxt.kind in (TEXT, LIST) and not (nxt.marked or subhead_shaped(nxt))
        if subhead and not ends_sentence(ln.text) and heads_text:
            art.add_subhead(ln.text, ln)
            return
        if self._numbered_section(i) and (art.in_body or opens_body) and not art.open_sentence():
            art.add_subhead(ln.text, ln)
            return
        text = ln.mark + ln.text  # ◆ 安全教育进课堂: a point of a list keeps its mark
        art.add_paragraph(text, ln, subhead=subhead or (kind == LIST and headline_like_list(ln.text)))

    def _numbered_section(self, i: int) -> bool:
        """一、延伸产业链条，推动产业结构优化 set apart over a paragraph: a numbered part's heading.
        (A bare phrase, 一、做强龙头企业, stays a heading-paragraph, as tests/pages/107 reads it.)"""
        ln, nxt = self.lines[i], self._line(i + 1)
        return (
            ln.kind == LIST
            and bool(_NUMBERED_HEAD.match(ln.text))
            and ln.gap
            and nxt is not None
            and nxt.gap
            and nxt.kind == TEXT
            and len(compact(ln.text)) <= _NUMBERED_HEAD_MAX
            and not ends_sentence(ln.text)
            and not _SENTENCE_MARK.search(ln.text)
            # two phrases, set apart by a comma or a colon (一、林票改革：让林农分红)
            and any(c in _NUMBERED_HEAD.sub("", ln.text, count=1) for c in "，,、；;：:")
        )

    def _stands_apart(self, i: int) -> bool:
        """Line i is a short phrase set off by blank lines (改什么，居民“点菜”): a subhead even
        with a comma in it."""
        nxt = self._line(i + 1)
        text = self.lines[i].text
        # phrases of a few characters each: a sentence cut by a column break (据悉，“善治宝”手机APP承)
        # has a longer run after its comma
        phrases = _PHRASE_BREAK.split(text.replace("“", "").replace("”", ""))
        # Set off by blank lines, or, where the story sets its paragraphs solid (no blank line
        # above or below), set off the same way the paragraphs are.
        gap = self.lines[i].gap
        apart = (gap and (nxt is None or nxt.gap)) or (not gap and nxt is not None and not nxt.gap)
        return (
            apart
            and len(compact(text)) <= _APART_SUBHEAD_MAX
            and all(0 < len(p.strip()) <= _APART_PHRASE_MAX for p in phrases)
            # matched phrases (一双胶鞋，一根铁钎), not a lead word and the sentence it opens
            and max(map(len, phrases)) <= 3 * min(map(len, phrases))
            and not _SENTENCE_OPENING.match(text)
        )

    def _pull_quote(self, i: int) -> int:
        """A quotation set apart with its ——speaker under it, inside an open story: 2, else 0."""
        art = self.article
        quoted = self._quote_and_speaker(i)
        if art is None or not art.in_body or art.open_sentence() or quoted is None:
            return 0
        said, n = quoted
        # 书店店长 黎 明: the role, then the name without its padding space
        role, *name = said.group("name").split()
        speaker = f"{role} {''.join(name)}" if name else role
        text = "".join(ln.text for ln in self.lines[i : i + n])
        art.add_pull_quote(text, speaker, self.lines[i + n])
        return n + 1

    def _quote_and_speaker(self, i: int) -> tuple[re.Match[str], int] | None:
        """Line i opens a quotation set apart, on one line or wrapped over a few set solid
        (“守住一方戏台， / 就是守住一方乡音。”), and the line under it says ——who said it: that
        line's match and the quotation's number of lines."""
        ln = self.lines[i]
        if ln.kind != TEXT or not ln.text.startswith(("“", '"')):
            return None
        text = ""
        for n in range(1, _QUOTE_LINES_MAX + 1):
            line, nxt = self.lines[i + n - 1], self._line(i + n)
            if line.kind != TEXT or (n > 1 and line.gap) or nxt is None or nxt.kind != TEXT:
                return None
            text += line.text
            if _QUOTED.match(text):
                said = _ATTRIBUTION.match(nxt.text)
                return (said, n) if said is not None else None
            if "”" in line.text or '"' in line.text[1:]:
                return None  # the quotation closed inside a line: prose
        return None

    def _story_pointer(self, i: int) -> int:
        """相关报道见第3版 alone under a finished story: where more of it is printed, its last line
        (kept as a pointer, no text), not a kicker over the next head: 1, else 0."""
        ln, art = self.lines[i], self.article
        if art is None or not art.in_body or art.closed or art.open_sentence():
            return 0
        if ln.kind not in (TEXT, CONTINUATION) or not STORY_POINTER.match(compact(ln.text)):
            return 0
        art.continuation.append(compact(ln.text).strip("（()）"))
        art.last = ln.number
        art.closed = True
        return 1

    def _bare_standfirst(self, i: int) -> int:
        """内容提要 alone on its line, its text under it: the lines it takes, else 0."""
        ln = self.lines[i]
        m = BARE_STANDFIRST.match(compact(ln.text)) if ln.kind == TEXT else None
        nxt = self._line(i + 1)
        if m is None or nxt is None or nxt.kind != TEXT or headline_like(nxt):
            return 0
        k = i + 1
        while k + 1 < len(self.lines) and self.lines[k + 1].kind == TEXT and not self.lines[k + 1].gap:
            k += 1
        text = clean_text("".join(x.text for x in self.lines[i + 1 : k + 1]))
        art = self.article
        if art is None or art.in_body or art.closed or art.standfirst is not None or not art.headline:
            self._close()
            art = self.article = ArticleDraft(first=ln.number, last=ln.number)
        art.standfirst, art.standfirst_label = text, m.group("label")
        art.last = self.lines[k].number
        return k + 1 - i

    def _masthead(self) -> Masthead:
        newspaper = newspaper_en = edition = date = section = page_label = None
        brands: list[str] = []
        sections: list[str] = []
        imprint: list[str] = []
        for ln in self.masthead_lines:
            m = ln.masthead
            assert m is not None
            page_label = page_label or m.page_label
            newspaper = newspaper or m.newspaper
            newspaper_en = newspaper_en or m.newspaper_en
            edition = edition or m.edition
            if m.section:
                sections.append(m.section)
            date = date or m.date
            brands.extend(b for b in m.brands if b not in brands)
            imprint.extend(m.imprint)
        if newspaper is None and newspaper_en is not None and sections and sections[0].endswith("报"):
            # 文汇报 over WENHUI DAILY: a name ending in 报 that reads as a word (汇报, a report) is
            # still the paper's when its English title stands in the masthead.
            newspaper = sections.pop(0)
        if newspaper is None and len(sections) >= 2 and sections[0].endswith(_PAPER_NAME_ENDINGS):
            # 安吉新闻 over 县域: a county paper's name stands above its page's section.
            newspaper = sections.pop(0)
        # (耒阳新闻 over the page and again in its running foot: the paper's name, not its section)
        sections = [s for s in sections if s != newspaper]
        # Every section word printed stays (要闻, or 县域 under 安吉新闻 printed twice).
        section = "·".join(dict.fromkeys(sections)) if sections else None
        return Masthead(
            newspaper=newspaper,
            newspaper_en=newspaper_en,
            edition=edition,
            section=section,
            page_label=page_label,
            date=date,
            brands=tuple(brands),
            lines=tuple(ln.number for ln in self.masthead_lines),
            imprint=tuple(imprint),
        )


def _clause_line(line: Line) -> bool:
    """A line of clauses longer than a subhead (去年12月，某市民在…，南昌): prose wrapped before its
    full stop, read so wherever a subhead or an indent says text comes."""
    return len(compact(line.text)) > SUBHEAD_MAX and clause_punctuated(line.text)


def _indented_clause(line: Line) -> bool:
    """A line printed after an indent, with a clause's commas and longer than a subhead (　　近日，某市
    一家企业获得…，贷款利率): a paragraph's first line, hard-wrapped before its full stop, never a
    line of a head (a column's bulleted item, ●某某镇：…, keeps its mark and is no plain line)."""
    return line.indented and not line.mark and line.text[0] not in BRIEF_MARKS and _clause_line(line)


def _width(line: Line) -> int:
    """A printed line's width in characters, its indent (two ideographic spaces) counted."""
    return len(line.text) + 2 * line.indented


def _poster(lines: list[Line]) -> bool:
    return (
        2 <= len(lines) <= _POSTER_LINES_MAX
        and not any(ln.gap for ln in lines[1:])
        and all(
            len(compact(ln.text)) <= _POSTER_LINE_MAX and not _SENTENCE_MARK.search(ln.text) for ln in lines
        )
        and any(" " in ln.text or any(c.isdigit() for c in ln.text) for ln in lines)
    )


def _contradicts(line: MastheadLine, top: list[MastheadLine]) -> bool:
    """A masthead line below the top names another paper, edition or date than the top does."""
    for name in ("newspaper", "newspaper_en", "edition", "date"):
        mine = getattr(line, name)
        if mine is not None and any(getattr(t, name) not in (None, mine) for t in top):
            return True
    return False


def parse_page(text: str, page: int = 1) -> PageParse:
    """Structure one page's text (pure): masthead fields, items in print order, warnings."""
    return _PageParser(split_lines(text), page).run()
