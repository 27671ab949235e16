"""The page parser: one left-to-right pass that groups typed lines into items.

It asks :mod:`starts` where an article head (kicker / headline / deck, confirmed
by the byline, dateline or standfirst that follows) starts and whether it opens a
new item or is a part of the open story, and hands photos to :mod:`photos`, ads and
QR prompts to :mod:`ads`, notices to :mod:`notices`, weather boxes to :mod:`weather`,
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
from publisher.punctuation import SENTENCE_MARK, compact, ends_sentence, normalise_punctuation
from publisher.reader.ads import AdReader
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import parse_staff_line
from publisher.reader.columns import SIDEBAR_LABELS, ColumnReader
from publisher.reader.furniture import imprint_line, masthead_block, page_foot, repeated_furniture
from publisher.reader.item_starts import ItemStartReader
from publisher.reader.line_kinds import (
    AD_HEADINGS,
    ANSWERER,
    BAD_DATE,
    BRIEF,
    BYLINE,
    CONTACT,
    CONTINUATION,
    DATELINE,
    LIST,
    MASTHEAD,
    NOTICE,
    PHOTO_CREDIT,
    POSTER_LINE_MAX,
    PUBINFO,
    QR,
    SIGNATURE,
    STAFF,
    STANDFIRST,
    TEXT,
    WEATHER,
    classify,
)
from publisher.reader.lines import (
    Line,
    figure_row,
    headline_like,
    split_lines,
)
from publisher.reader.masthead import Masthead, MastheadLine, contradicts, page_masthead
from publisher.reader.notices import NoticeReader, desk_notice, notice_heading, unframed_title
from publisher.reader.photos import PhotoReader
from publisher.reader.starts import HeadReader
from publisher.reader.stories import StoryReader, letter_signature
from publisher.reader.story_captions import StoryCaptionReader
from publisher.reader.tables import (
    SOURCE_NOTE,
    TableReader,
    group_between_rows,
    in_cells,
    row_run,
    titled_table,
    unit_line,
)
from publisher.reader.tagger import PageTags
from publisher.reader.teasers import teaser_box
from publisher.reader.weather import WeatherReader
from publisher.records import record

_POSTER_LINES_MAX = 8


# ------------------------------------------------------------------ page result


@record
class PageParse:
    """One page read: its masthead, its items in print order, and what the reader warns of."""

    page: int
    masthead: Masthead
    items: tuple[Item, ...]
    warnings: tuple[str, ...] = ()


# ------------------------------------------------------------------ the pass


class _PageParser(
    HeadReader,
    ItemStartReader,
    WeatherReader,
    PhotoReader,
    StoryCaptionReader,
    AdReader,
    NoticeReader,
    ColumnReader,
    StoryReader,
    TableReader,
):
    # (each mixin declares what it calls of the others under TYPE_CHECKING: no runtime stub, so the
    # order of the bases decides nothing but which mixin's rule of the same name wins)
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
            if self._notice_atop(i) or self._column_label_atop(i):
                break
            i = self._step(i)
        banner = self._page_banner(i)
        if banner:
            lines[i] = imprint_line(lines[i])
        # Below the masthead only the unmistakable parts (paper name, edition, date) count;
        # a bare brand-like word there is text.
        dated = any(ln.masthead is not None and ln.masthead.date for ln in self.masthead_lines)
        top = [ln.masthead for ln in self.masthead_lines if ln.masthead is not None]
        block: list[MastheadLine] | None = None
        foot = page_foot(lines, top)
        for k in range(i + banner, len(lines)):  # (the banner is the masthead's, read above)
            if k in foot and lines[k].kind not in (MASTHEAD, QR):
                # the desk's line or the imprint at the page's foot (furniture.page_foot): the
                # masthead's, as printed
                lines[k] = imprint_line(lines[k])
                continue
            m = lines[k].masthead
            if k >= foot.start and m is not None and not contradicts(m, top):
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
            self.page, page_masthead(self.masthead_lines, self.lines), tuple(self.items), tuple(self.warnings)
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
            # (a box's figures set flush, one a line, each whole without its stop)
            and not (figure_row(self.lines, i) and figure_row(self.lines, i - 1))
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
            or self._service_box(i)
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
        # solid over a title confirmed as a head does: ``_sidebar_of_its_own``)
        if rows and (art is None or art.closed or ln.gap):
            return self._table(i + 1, rows, label=ln)
        # (a forecast set apart under a story is a box of its own, not the story's table)
        if art is not None and art.in_body and not art.closed and not (forecast and ln.gap):
            # a table printed inside a story: its rows are paragraphs of the story, never a head
            # over the next one, and so is its title set solid over them (the golds, 66 to 9; the
            # rounds 10-23 golds that had it a subhead were brought to it); a group's name between
            # two runs of rows heads the rows under it, a subhead (男子500米 / rows / 女子1000米)
            below = self._line(i + 1)
            title = int(headline_like(ln) and not art.open_sentence() and below is not None and not below.gap)
            unit = unit_line(self.lines, i + title) if title else 0  # (单位：…) between title and rows
            rows = row_run(self.lines, i + title + unit)
            if rows:
                # (a header row is no title: its cells are set apart as the rows' are; a title over a unit
                # line is read with it, as round17 has it; one set apart opens a table, no group's)
                if title and not (unit or ln.gap or in_cells(ln)) and group_between_rows(self.lines, i):
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
            self.lines[i] = imprint_line(ln)
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
        if span and not any(x.gap for x in self.lines[i + 1 : i + span]):
            # 【商号】货品 特惠 / … / 热线：…: a brand in brackets over a poster, not a brief's head
            # (and 【房屋出租】…。电话：…, a classified entry whole on its line with its contacts run
            # in: the only ad of one line ``_ad_span`` reads from a brief's line)
            self._advertisement(i, span)
            return i + span
        if kind == BRIEF or (kind in (TEXT, LIST) and art is not None and self._column_lead(art, i)):
            self._brief(i)
            return i + 1
        span = self._weather_span(i)
        if span:
            self._weather(i, span)
            return i + span
        if kind == PHOTO_CREDIT and self._credits_open_story(i):
            # ■摄影 … under a story, its byline or its head: who took the pictures printed with it
            self._continue_article(ln, i)
            return i + 1
        pairs = self._photo_pairs(i)
        if pairs:
            return self._photo_set(i, pairs)
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
            and (letter_signature(self.lines, i) or ANSWERER.match(ln.text))
            and art is not None
            and art.in_body
            and not art.closed
            and not art.open_sentence()
        ):
            # 青山区居民 王秀兰 under a reader's letter: who wrote it, a line of the letter, whole
            # without a full stop (and 解答律师：… under a Q&A's answer, unless cut at the measure)
            art.add_paragraph(ln.text, ln)
            art.joinable[-1] = bool(ANSWERER.match(ln.text)) and self._cut_at_measure(i)
            art.signed = True
            return i + 1
        if kind == TEXT and SOURCE_NOTE.match(ln.text) and art is not None and art.in_body:
            self._source_note(i)
            return i + 1
        if (
            kind == TEXT
            and compact(ln.text) in SIDEBAR_LABELS
            and art is not None
            and art.in_body
            and not self._sidebar_of_its_own(i)
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
        span = self._ad_span(i) if unframed_title(ln.text) in AD_HEADINGS else 0
        if span:
            self._advertisement(i, span)
            return i + span
        span = self._ad_span(i) if kind in (TEXT, LIST) else 0
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
            if below is not None and self._signs_head_below(i):
                # ■本报评论员 printed above the head it signs.
                self._start_article(i + 1, below[0])
                assert self.article is not None
                self.article.first = ln.number
                self._sign_or_label(ln, i + 1 + below[0])
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

    def _box_set_flush(self, i: int) -> bool:
        """Line i, set flush after a full stop, opens a box printed under the story (a photo's
        caption, a pull quote, a teaser box, a forecast), not a paragraph the column broke."""
        return bool(
            self._photo_span(i)
            or self._quote_and_speaker(i)
            or self._quote_said(i)
            or teaser_box(self.lines, i)
            or self._weather_span(i)
            or self._story_captions(i)
        )

    def _inside_prose(self, i: int) -> bool:
        """Line i stands between two paragraphs of an open article (a forecast quoted in a weather story)."""
        art = self.article
        if art is None or art.closed or not art.in_body or i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        return nxt.kind in (TEXT, LIST) and not self._starts_new(i + 1, strong_only=False)


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
