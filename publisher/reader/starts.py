"""Where an item starts: the head-start rules of the page parser (a mixin).

An article's head (kicker / headline / deck) is known by its shape and by what confirms it under it
(a byline, dateline or standfirst: "strong"; the story's first paragraph: "body"); these rules
find a head's lines; whether a head under an open story starts a new item or is the story's own
part is decided in :mod:`publisher.reader.item_starts`. The pass that walks the page and builds
the items is :mod:`page`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from publisher.patterns import compile_pattern
from publisher.punctuation import OPEN_QUOTES, SENTENCE_MARK, compact, ends_sentence
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import BYLINE_MARKS, NAMELESS_ROLES
from publisher.reader.heads import HEAD_LINES_MAX, cut_inside, deck_goes_on, open_kicker, wraps
from publisher.reader.line_kinds import (
    BRIEF,
    BRIEF_COLUMN,
    BRIEF_MARKS,
    BYLINE,
    CONTACT,
    CONTINUATION,
    DATELINE,
    DECK_DASHES,
    INTERVIEW,
    LIST,
    MASTHEAD,
    PHOTO_CREDIT,
    PUBINFO,
    STAFF,
    STANDFIRST,
    SUBHEAD_MAX,
    TEXT,
    answer_label,
    classify,
    clause_punctuated,
    dateline_match,
    field_line,
    field_under_field,
    kept_mark_label,
    particular_line,
    place_head,
    profile_label,
    sidebar_label,
    work_particular,
)
from publisher.reader.lines import (
    Line,
    bracketed_label,
    byline_run_on,
    closes_bracket_above,
    cut_at_measure,
    cut_clauses,
    dashed_deck,
    headline_like,
    indented_rows,
    labels_recur_below,
    marked_part,
    marked_parts_below,
    opens_on_cut_mark,
    part_label_at,
    question_title,
    subhead_shaped,
    topic_question,
)
from publisher.reader.masthead import MastheadLine
from publisher.reader.notices import notice_heading
from publisher.reader.photos import credit_over_prose
from publisher.reader.signoffs import QUESTION, reprint_source_line
from publisher.reader.stories import answering_expert
from publisher.reader.tables import row_under_group
from publisher.reader.tagger import PageTags

_COLON_KICKER_MAX = 20
_BRACKETED_NAME = compile_pattern(r"^【[^【】]{2,10}】$")
_LISTED_MAX = 8  # the lines of a list set solid under the line that announces it (嘉宾：)
# a narrow column's paragraph reaches its first full stop within this many lines of its indent
_NARROW_SENTENCE_LINES = 6
_CUT_SENTENCE_LINES = 2  # the rest of a sentence the measure cut under a head: a line or two


class HeadReader:
    """The head-start rules (a mixin, first among the parser's bases: the other mixins declare
    ``_head_span`` and its kin for the type checker). What they read of the parser is declared here."""

    article: ArticleDraft | None
    indents_mark: bool
    lines: list[Line]
    masthead_lines: list[Line]
    tags: PageTags

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _brief_text_under(self, i: int, n: int) -> bool: ...

        def _cut_at_measure(self, i: int) -> bool: ...

        def _indented_wrap(self, i: int) -> bool: ...

        def _interviewee_line(self, i: int) -> bool: ...

        def _label_over_place_lead(self, i: int) -> bool: ...

        def _line(self, i: int) -> Line | None: ...

        def _photo_span(self, i: int) -> int: ...

        def _wrapped_clause(self, i: int) -> bool: ...

    def _signs_head_below(self, i: int) -> bool:
        """Byline i (■本报评论员, ■记者 某某) is printed above the head it signs: a marked credit
        or a role with no name, and no run-on of the byline set solid above it (■记者 某某　通讯员
        杨 柳　罗 / 文君, read together, signs the story above)."""
        ln = self.lines[i]
        if byline_run_on(self.lines, i):
            return False
        return ln.text[0] in BYLINE_MARKS or ln.text.lstrip(BYLINE_MARKS).startswith(NAMELESS_ROLES)

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

    def _column_label_atop(self, i: int) -> bool:
        """Line i, read as a section word alone (检察视点, 经济视点) under a masthead that named the
        page already (第04版　评论), set apart from it by a blank and solid over a head: the name of
        the column the page's first piece runs in, its kicker, as a column's name over any later
        piece is; the page has one name, printed in its masthead.  The line is made text again and
        True returned."""
        ln, below = self.lines[i], self._line(i + 1)
        m = ln.masthead
        named = any(top.masthead is not None and top.masthead.section for top in self.masthead_lines)
        if not (
            named
            and ln.gap
            and m is not None
            and m.section
            and dataclasses.replace(m, section=None) == MastheadLine()
            and below is not None
            and not below.gap
            and below.kind == TEXT
            and headline_like(below)
        ):
            return False
        self.lines[i] = dataclasses.replace(ln, kind=classify(ln.text, None), masthead=None)
        return True

    def _marked_item_text(self, k: int) -> bool:
        """Line k, indented as the page's paragraphs are, set solid under a flush head line led by
        a list's mark (▲某某画展开展 /     时间：…　票价：…): the marked item's own text, however
        short and unpunctuated, never a second line of its head."""
        ln, above = self.lines[k], self.lines[k - 1]
        if k > 0 and above.marked and not ln.gap and not ln.mark and cut_clauses(ln) and not dashed_deck(ln):
            # (■羽毛球：深圳小将晋级四强 / 在刚刚结束的…比赛中，深圳选手陈一鸣连胜: clauses longer than
            # any deck, cut by the column, set flush under the marked head: its text)
            return True
        if k > 0 and above.marked and not ln.gap and not ln.mark and self._cut_below(k - 1):
            # (●某某纪念馆 / 5月起推出“某某季”活 / 动，…: the marked line runs as far as the flush
            # line under it, which breaks off inside a word: the brief's first line, cut by a narrow
            # column, never a head over its text)
            return True
        if k > 0 and above.marked and not above.indented and not ln.gap and self._item_details(k):
            # (●某某摄影展 / 时间：… / 地点：…: the item's details set flush under its marked head,
            # fields no head carries)
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

    def _cut_below(self, k: int) -> bool:
        """Line k runs on into the flush line under it at a narrow column's measure
        (``cut_at_measure``)."""
        below = self._line(k + 1)
        return (
            below is not None
            and not below.gap
            and not below.mark
            and cut_at_measure(self.lines[k], below, self._line(k + 2))
        )

    def _item_details(self, k: int) -> bool:
        """Line k is a field (时间：…　地点：…) with, set solid under it, the next field, the next
        marked item or nothing: a run of details, as a head's lead (某某：让…, over its deck) is
        not."""
        ln, below = self.lines[k], self._line(k + 1)
        return (
            ln.kind in (TEXT, CONTACT)
            and field_line(ln.text.strip())
            and (below is None or below.gap or below.marked or field_line(below.text.strip()))
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

    def _head_awaits_body(self) -> bool:
        """The open article has its head and nothing of its body yet."""
        art = self.article
        return art is not None and not art.closed and not art.in_body and bool(art.headline)

    def _indented_paragraph_runs_on(self, k: int) -> bool:
        """Line k, set solid under a story that opens each of its paragraphs with an indent, is indented
        and runs on into the flush line set solid under it (　　获奖读者：某区　某某　某 / 县　某某):
        the story's next paragraph wrapped, however like a head its words are (a head is flush)."""
        art, ln, below = self.article, self.lines[k], self._line(k + 1)
        return (
            art is not None
            and not art.closed
            # (in a column, a brief headed with the column's bullet: the next one opens with it too)
            and (not art.in_column or art.marked)
            and art.in_body
            and art.indented_starts > 0
            and not art.flush_starts
            and self.indents_mark
            and ln.indented
            and not ln.gap
            and not ln.mark
            and not ends_sentence(ln.text)
            and below is not None
            and below.kind == TEXT
            and not below.gap
            and not below.indented
            and not below.mark
        )

    def _narrow_opening(self, k: int) -> bool:
        """Line k opens a paragraph with the page's indent and a clause's comma, and the line under
        it, set solid and flush, carries on its sentence (　　王秋菊，1985年生，耀州区人，照金纪 /
        念馆讲解部主任，…): a paragraph's first line wrapped at a narrow column, however short it
        is, never a line of a head (a deck indented as the page's text is has its byline under it)."""
        ln, below = self.lines[k], self._line(k + 1)
        return (
            self.indents_mark
            and ln.indented
            and not ln.mark
            and clause_punctuated(ln.text)
            and not ends_sentence(ln.text)
            and below is not None
            and below.kind == TEXT
            and not below.gap
            and not below.indented
        )

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
        if below.kind != TEXT:
            return False
        # (an indent opens a paragraph, never a head, under a story that indents its paragraphs:
        # 今年暑假，某镇还推出… under the running head goes on with the story the page broke)
        art = self.article
        # (a picture's caption closed by its credit, under a story whose sentence ended over the
        # furniture: the column the furniture heads opens with the picture, no paragraph of the story)
        if art is not None and not art.open_sentence() and self._credited_photo(j):
            return False
        if below.indented and art is not None and art.indents_paragraphs():
            return True
        # (a story of one paragraph so far, its head flush and its paragraph indented: the page sets
        # heads flush, so an indented line under the page's number is its next paragraph, no head)
        one_indented = art is not None and art.indented_starts and not art.flush_starts
        if below.indented and art is not None and art.head_flush and one_indented:
            return True
        # (and flush, the furniture set solid inside the text: the paragraph it cut goes on under it,
        # as under a column break; a new story's head is set apart)
        if art is not None and art.indents_paragraphs() and not (below.gap or self.lines[i].gap):
            return True
        # 【从“卖石头”到“卖设计”】 over a paragraph's indented opening, set solid under a page number
        # printed solid inside a story already parted by subheads: the story's next part, no new
        # story's head (a new story is set apart from the one above it)
        under = self._line(j + 1)
        if (
            art is not None
            and art.subheads
            and not self.lines[i].gap
            and not below.gap
            and subhead_shaped(below)
            and under is not None
            and under.kind == TEXT
            and under.indented
            and not under.gap
        ):
            return True
        if (
            under is not None
            and not under.gap
            and under.kind == TEXT
            and clause_punctuated(below.text)
            and clause_punctuated(under.text)
            and cut_inside(below.text, under.text)
        ):
            # "以前一把…能卖300 / 0多元。"某某说，… under the running foot: clauses broken inside a
            # quotation or a figure the line under goes on with are one paragraph wrapped, no head
            # over a body (a head closes its quotes, and never cuts a figure from its body)
            return True
        return not headline_like(below) and self._head_span(j) is None

    def _under_recurring_label(self, i: int) -> bool:
        """Line i is set solid under a label in 【】 whose brackets label the parts below again
        (【局面】 / 红方：… / 【要求】): the part's first line, its text, however a head's it looks."""
        return bracketed_label(self.lines[i - 1]) and labels_recur_below(self.lines, i - 1)

    def _head_span(self, i: int) -> tuple[int, str] | None:
        """(number of head lines, what confirms them) if an article head starts at line i."""
        if self._marked_item_text(i):
            return None  # the text of the marked item above, not a head of its own
        if self._interviewee_line(i):
            return None  # 坐诊专家：… under a story's byline says who answers in it
        if answering_expert(self.lines[i]) and self._head_awaits_body():
            return None  # 本期答疑：… under a Q&A's head: who answers, its body's first line
        if self._text_under_bare_dateline(i):
            return None  # the lead's sentence, begun under its dateline's own line
        if self._head_awaits_body() and indented_rows(self.lines, i):
            return None  # 数读 / title / 　　养殖面积约12万亩 / …: the box's rows under its head
        if self._paragraph_under_head(i) or self._next_headless_brief(i):
            return None  # a narrow column's paragraph under its flush head (or its brief), however short
        if kept_mark_label(self.lines[i]) and self.article is not None and not self.article.closed:
            return None  # ■部门回复: a part's label opens a part of the open story, no head
        if self.article is not None and not self.article.closed and marked_part(self.lines, i):
            return None  # ◆事故原因: a part's label marked as the piece's others are, no head
        if i > 0 and field_line(self.lines[i].text) and kept_mark_label(self.lines[i - 1]):
            return None  # ◇第一天 / 上午：某地: the labelled part's first field, no head
        if work_particular(self.lines[i].text):
            return None  # 作者：某某　某某出版社: a book's data under its title, never a head
        if self._source_under_story(i):
            return None  # 据《某某日报》 set solid under the story: where it was reprinted from, its close
        if closes_bracket_above(self.lines, i):
            return None  # …前四。”（某某报 / 记者　陈　曦）: the end of the line above, cut by a column break
        if not self.lines[i].gap and self._head_awaits_body() and self._body_cut_under_head(i):
            return None  # the body's first line under the head, cut at the measure before its stop
        if self._under_colon(i):
            return None  # 嘉宾： / the guests, one a line: what the story's line announced
        if self._attribution_under_saying(i):
            return None  # 　　——某镇　某某家庭 under a saying: who it comes from, no head
        if field_under_field(self.lines, i):
            return None  # 年龄：56岁 / 荣誉：…: a field set solid under a field, the run's next, never a head
        if self._head_awaits_body() and field_under_field(self.lines, i + 1):
            return None  # 红方：某某 / 黑方：某某 under the head and its byline: the body's particulars
        if self.article is not None and self.article.lists_on(self.lines[i]):
            return None  # 丁某某　马某某　王某某 under a row of names: the open story's list goes on
        if self._indented_paragraph_runs_on(i):
            return None  # 　　获奖读者：某某　某 / 某　某某: the open story's next paragraph, wrapped
        if self.article is not None and not self.article.closed and row_under_group(self.lines, i):
            return None  # rows / （初中组） / a row: the list's next row under its group's name
        if i > 0 and not self.lines[i].gap and opens_on_cut_mark(self.lines[i]):
            return None  # …　6 / ．日新月异: the line above cut before its mark, going on
        if i > 0 and not self.lines[i].gap and self._under_recurring_label(i):
            return None  # 【局面】 / 红方：…: a part's first line under its label, no head however short
        if self.article is not None and self.article.box_particular(self.lines[i]):
            return None  # 坐诊时间：… set solid under a profile box's particulars: the box's, no head
        if i > 0 and not self.lines[i].gap and (profile_label(self.lines[i - 1]) or self._answer_box(i - 1)):
            # 人物名片 / 某某，1953年生，…，退, 上期答案 / 黑1点“一二”是唯一正解！: the box's first line set
            # solid under its label
            return None
        n = heads = 0
        # (a lead-in closed by its colon, comma or ellipsis opens a head only over its byline or dateline)
        below = self._line(i + 1)
        colon = (
            self._colon_kicker(i)
            or self._place_over_head(i)
            or (below is not None and open_kicker(self.lines[i], below))
        )
        while i + n < len(self.lines) and (
            (
                self._head_line(self.lines[i + n])
                and not (n > 0 and self._marked_item_text(i + n))
                # (a narrow paragraph's first line goes on no head, nor opens one under a head that
                # waits for its body; a column's headless brief may open with one)
                and not (self._narrow_opening(i + n) and (n > 0 or self._head_awaits_body()))
                and not (n > 0 and indented_rows(self.lines, i + n))
            )
            or (n == 0 and colon)
            # a —— deck under the head line above it, longer than any head line (class: long decks)
            or (n > 0 and not self.lines[i + n].gap and dashed_deck(self.lines[i + n]))
            # (and the rest of a —— deck wrapped over two lines, whatever its shape)
            or (n > 0 and deck_goes_on(self.lines[i + n - 1], self.lines[i + n]))
            or (n > 0 and self._dashed_deck_cut(i + n))
            or (n > 0 and self._indented_deck(i + n))
            or (n > 0 and self._question_head_cut_at_comma(i + n))
            or self._signed_topic_question(i + n)
            or (n > 0 and self._question_title(i + n))
            # 紫云： set solid under the kicker, over the rest of its headline (``_place_over_head``)
            or (n > 0 and not self.lines[i + n].gap and self._place_over_head(i + n))
            # 某村医生某某： set solid under a column's label, over the rest of its headline
            or (n == 1 and not self.lines[i + n].gap and self._colon_lead(i + n))
        ):
            if n > 0 and answering_expert(self.lines[i + n]):
                break  # 受访专家：… / 本期答疑：… under the head: who answers, the body's first line
            if n > 0 and field_under_field(self.lines, i + n + 1):
                break  # 志号：2026-1 / 名称：… under the head: the box's particulars, one a line, no deck
            if n > 0 and work_particular(self.lines[i + n].text):
                break  # 作者：某某　某某出版社 under a book's title: its data, the entry's body, no deck
            if n > 0 and (
                part_label_at(self.lines, i + n) or (n == 1 and marked_parts_below(self.lines, i + n))
            ):
                break  # 【案情】 under the headline labels the story's first part: no deck
            if n > 0 and self.lines[i + n].gap and not self.lines[i].gap:
                # lines set solid under a block's text, a blank under them: the block's last lines
                # (a box's facts, a card's rows), never the kicker of the head under the blank
                break
            if n > 0 and self.lines[i + n].gap and self._credited_photo(i + n):
                break  # a photo's title under the blank, not a deck of this head
            if n > 0 and self.lines[i + n].gap and BRIEF_COLUMN.match(compact(self.lines[i + n].text)):
                break  # a column's label under the blank heads its own briefs, not a deck of this head
            if n > 0 and self.lines[i + n].gap and sidebar_label(self.lines[i + n].text):
                break  # a box's label under the blank (社保小贴士) heads its own box, not a deck of this head
            if n == 1 and (profile_label(self.lines[i]) or self._answer_box(i)):
                # 人物名片 / 某某，1970年生，…, 上期答案 / …: the box's label alone heads the lines under it
                break
            if n == 1 and self.lines[i + n].gap and self._particular_closing_story(i):
                break  # 上期答对读者：某某 set solid under a story, a blank under it: no kicker
            if n == 1 and self._label_over_place_lead(i):
                break  # 当湖快讯 / 新埭镇　12月6日，…: the column's label over its first brief
            if n > 0 and self.lines[i + n].gap and notice_heading(self.lines, i + n) is not None:
                break  # a notice's title under the blank (来稿须知, 征　稿) heads the notice
            if n > 0 and self.lines[i + n].gap and self._wrapped_clause(i + n):
                break  # the body's first line under the blank, wrapped before its full stop
            if n > 0 and self._brief_text_under(i, n):
                break  # a column's brief: its text set solid under its head, cut before its stop
            if n > 0 and not self.lines[i + n].gap and self._body_cut_under_head(i + n):
                break  # the body's first line, flush under the head, cut at the measure before its stop
            if n > 0 and self._paragraph_under_head(i + n):
                break  # the brief's text, indented under its flush head: no deck
            colon = colon or place_head(self.lines[i + n]) or (n == 1 and self._colon_lead(i + n))
            if n > 0 and wraps(self.lines[i + n - 1], self.lines[i + n], self._line(i + n + 1)):
                n += 1
                continue
            if heads > HEAD_LINES_MAX or (
                heads == HEAD_LINES_MAX and not (heads == n and dashed_deck(self.lines[i + n]))
            ):
                # (a —— deck under three head lines is still the head's: kicker, a headline
                # printed over two lines, its deck; a fourth line is the last, however a line
                # under it is dashed, a deck printed twice)
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
        if n == 1 and (profile_label(self.lines[i]) or self._answer_box(i)) and not nxt.gap:
            # 人物档案 / 姓名：某某 / 年龄：… : the box's label heads whatever is set solid under it,
            # the subject's fields one a line as much as a sentence saying who they are
            return n, "strong"
        if credit_over_prose(self.lines, i + n):  # 本报摄影记者 王强 over the story's first paragraph
            return n, "strong"
        if colon and self._place_kicker_over_paragraph(i, n):
            return n, "strong"  # (the paragraph's indent under the flush head confirms it)
        if colon:
            return None  # a lead ending in a colon heads a story only over its byline or dateline
        if nxt.kind == CONTINUATION and "接" in nxt.text:  # （上接第1版）under a repeated headline
            return n, "strong"
        if (
            (part_label_at(self.lines, i + n) or (n == 1 and marked_parts_below(self.lines, i + n)))
            and (after := self._line(i + n + 1)) is not None
            # (the part's prose under its label, its first line indented where the page's paragraphs
            # open so, however unpunctuated the width left it: no head line is; or a field and its
            # value, 上午：某地——某地, the part's first item)
            and (
                not self._head_line(after) or (self.indents_mark and after.indented) or field_line(after.text)
            )
        ):
            # the head over its story's first labelled part (【案情】 / prose); set apart over a label
            # marked alike over each piece (■居民来信, 【群众反映】 over its case with 【部门回复】
            # under it), a piece's own head, never a part of the one above
            alike = kept_mark_label(nxt) or labels_recur_below(self.lines, i + n)
            return n, "strong" if self.lines[i].gap and alike else "body"
        if nxt.kind in (TEXT, LIST) and (
            not self._head_line(nxt)
            or answering_expert(nxt)
            or work_particular(nxt.text)
            or self._wrapped_clause(i + n)
            or self._body_cut_under_head(i + n)
            # (a column's label over a headless brief is no head: ``_opens_headless_brief``)
            or (self._narrow_opening(i + n) and not BRIEF_COLUMN.match(compact(self.lines[i].text)))
            or self._marked_item_text(i + n)
            or self._brief_text_under(i, n)
            or self._paragraph_under_head(i + n)
            or indented_rows(self.lines, i + n)
            # (a box of particulars under its head, 名称：… / 面值：…, however short each runs)
            or (not nxt.gap and field_under_field(self.lines, i + n + 1))
        ):
            return n, "body"
        return None

    def _answer_box(self, i: int) -> bool:
        """Line i, an answer box's label set apart (``answer_label``), stands over the answer's own
        lines, set solid under it (上期答案 / 黑1点…！): the box's head alone.  Over answers each
        under a marked title of its own (上期谜底 / ■ 第八十六题 / …), the label is their kicker."""
        below = self._line(i + 1)
        return answer_label(self.lines[i]) and below is not None and not below.gap and not below.mark

    def _particular_closing_story(self, i: int) -> bool:
        """Line i, a particular (上期答对读者：某某　某某), is set solid under the open story's body:
        its last line (a kicker is set solid over its headline, never a blank between them)."""
        art = self.article
        return (
            art is not None
            and art.in_body
            and not art.closed
            and not self.lines[i].gap
            and art.last + 1 == self.lines[i].number
            and particular_line(self.lines[i].text)
        )

    def _attribution_under_saying(self, i: int) -> bool:
        """Line i, indented and led by ——, is set solid under the open piece's last paragraph, a
        sentence ended (◆某氏家训：…。 / 　　——某镇　某某家庭): who the saying comes from, a line of
        the piece, never a head over the next saying."""
        art, ln = self.article, self.lines[i]
        return (
            art is not None
            and art.in_body
            and not art.closed
            and i > 0
            and not ln.gap
            and ln.indented
            and dashed_deck(ln)
            and art.last == self.lines[i - 1].number
            and ends_sentence(art.paragraphs[-1])
        )

    def _source_under_story(self, i: int) -> bool:
        """Line i names where the story above was reprinted from (据《某某日报》), set solid under its
        body: the story's close (``split_reprint_source``), never a kicker of the head below."""
        art = self.article
        return (
            art is not None
            and art.in_body
            and not self.lines[i].gap
            and reprint_source_line(self.lines[i].text)
        )

    def _dashed_deck_cut(self, j: int) -> bool:
        """Line j, set solid under a head line, is a —— deck cut by the column at its comma or its
        enumeration mark (——总投资…，涵盖…、 / 某某等领域), its last phrase set solid under it and the
        byline or dateline under that: the deck over two lines (``wraps`` runs them on), not a
        paragraph's clause (a paragraph has no byline under its second line)."""
        ln, rest, under = self.lines[j], self._line(j + 1), self._line(j + 2)
        return (
            ln.kind == TEXT
            and not ln.gap
            and ln.text.startswith(DECK_DASHES)
            and ln.text.endswith(("，", ",", "、"))
            and "。" not in ln.text
            and rest is not None
            and not rest.gap
            and headline_like(rest)
            and under is not None
            and not under.gap
            and under.kind in (BYLINE, DATELINE, STANDFIRST)
        )

    def _question_head_cut_at_comma(self, j: int) -> bool:
        """Line j, flush and set solid under a head line, ends on a comma over a head line that asks
        or exclaims (某某不还， / 某某能当证据吗？): one headline printed over two lines, cut at its
        comma, not a paragraph's opening line."""
        ln, below = self.lines[j], self._line(j + 1)
        return (
            ln.kind == TEXT
            and not ln.gap
            and not ln.indented
            and ln.text.endswith(("，", ","))
            and len(ln.text) <= SUBHEAD_MAX
            and "。" not in ln.text
            and below is not None
            and not below.gap
            and not below.indented
            and self._head_line(below)
            and below.text.endswith(("？", "?", "！", "!"))
        )

    def _signed_topic_question(self, j: int) -> bool:
        """Line j, flush, a topic and its question (``topic_question``), set apart or set solid under
        a head line, with a byline set solid under it (编辑信箱 / 旧电脑升级：先加内存还是…？ / 文/某某):
        the piece's headline; an interview's turn is never signed right under itself."""
        ln, above, below = self.lines[j], self._line(j - 1) if j else None, self._line(j + 1)
        return (
            topic_question(ln)
            and not ln.indented
            and (ln.gap or (above is not None and self._head_line(above)))
            and below is not None
            and not below.gap
            and below.kind == BYLINE
        )

    def _question_title(self, j: int) -> bool:
        """Line j, a reader's question whole on one line (读者问：…要不要手术？), set solid under a
        head line and over the question itself (问：我今年45岁，…): the Q&A column's headline,
        phrased as what the reader asks; the question asked in full opens its body.  (A turn of
        the column is never set solid over another question: an answer stands between them.)"""
        ln, above, below = self.lines[j], self.lines[j - 1], self._line(j + 1)
        return (
            question_title(ln)
            and not ln.gap
            and self._head_line(above)
            and below is not None
            and not below.gap
            and QUESTION.match(below.text.strip()) is not None
        )

    def _under_colon(self, i: int) -> bool:
        """Line i is set solid under the open story's last line, which ends with a colon (嘉宾：,
        名单如下：), or under the items listed below that line: one of what it announces (a guest
        and their post, a name), its text, never a head."""
        art, ln = self.article, self.lines[i]
        if art is None or not art.in_body or art.closed or ln.gap or art.last != self.lines[i - 1].number:
            return False
        if ln.text.startswith(OPEN_QUOTES) and self.lines[i - 1].text.endswith(("：", ":")):
            # …四年级学生某某说： / “原来一粒米要经过…: the words the colon announced, quoted on the
            # line under it (a quotation is a kicker only over a head, never under a sentence)
            return True
        # (编辑同志： / 　　我是一名在某厂工作的老焊 / 工。…: a line opening with the paragraphs' indent
        # and wrapping to a flush line is a paragraph's first line, a letter's under its salutation;
        # the items of a list are set alike, none runs on into a flush line)
        if not _listed_phrase(ln) or self._indented_wrap(i):
            return False
        nxt = self._line(i + 1)
        if (
            ln.mark
            and nxt is not None
            and not nxt.gap
            and nxt.kind == TEXT
            and nxt.indented
            and not nxt.mark
            and (clause_punctuated(nxt.text) or bool(SENTENCE_MARK.search(nxt.text)))
        ):
            # (…以下几项措施： / ■ 选好育秧方式 / 　　优先采用…，…: a marked phrase over the indented
            # paragraph it heads is the first part's subhead; what a colon lists is set alike, one
            # item a line, and heads no paragraph)
            return False
        for above in self.lines[i - 1 : max(i - 1 - _LISTED_MAX, -1) : -1]:
            if above.number < art.first or above.kind != TEXT:
                return False
            if above.text.endswith(("：", ":")):
                return True
            # (the items are set alike, each indented as the one above it or each flush)
            if above.gap or not _listed_phrase(above) or above.indented != ln.indented:
                return False
        return False

    def _paragraph_under_head(self, k: int) -> bool:
        """Line k opens a narrow column's paragraph (``_narrow_paragraph``) right under a flush head
        line (平遥：古城商户签下承诺书 / 　　4月18日，平遥县古城内300余家商户 / 集中签订…。): the
        head's text, never its deck (a head's lines hold no full stop, and a centred deck is not
        followed by flush prose)."""
        if not self._narrow_paragraph(k):
            return False
        above = self.lines[k - 1]
        return above.kind == TEXT and not above.indented and headline_like(above)

    def _body_cut_under_head(self, k: int) -> bool:
        """Line k, set solid under a head's line, runs to the column's measure and the sentence it
        leaves open closes with a full stop on a line or two set solid and flush under it (适用对象：
        在本市参保满一年的灵活就业人 / 员。): the body's first line, cut by the column's width, never
        a deck (a deck stops short of the measure where its phrase ends, and closes no sentence
        under it)."""
        ln = self.lines[k]
        if ln.kind != TEXT or ln.mark or ends_sentence(ln.text) or not self._cut_at_measure(k):
            return False
        for below in self.lines[k + 1 : k + 1 + _CUT_SENTENCE_LINES]:
            if below.kind != TEXT or below.gap or below.indented or below.mark:
                return False
            if "。" in below.text:
                return True
            if not cut_clauses(below):
                return False  # (核心提示 under a deck: a label, no sentence going on)
        return False

    def _narrow_paragraph(self, k: int) -> bool:
        """Line k, printed after an indent and as short as a head's line, has flush lines set solid
        under it that reach a full stop within a few lines: a paragraph's first line wrapped at a
        narrow column's width, not a head (a wider line of clauses is a paragraph's by
        ``_indented_clause`` already)."""
        ln = self.lines[k]
        if not (
            self.indents_mark
            and 0 < k < len(self.lines) - 1
            and ln.kind == TEXT
            and ln.indented
            and not ln.gap
            and not ln.mark
            and ln.text[0] not in BRIEF_MARKS
            and not cut_clauses(ln)
        ):
            return False
        for below in self.lines[k + 1 : k + 1 + _NARROW_SENTENCE_LINES]:
            if below.kind not in (TEXT, BYLINE) or below.gap or below.indented or below.mark:
                return False
            if "。" in below.text or ends_sentence(below.text):
                return True
        return False

    def _text_under_bare_dateline(self, i: int) -> bool:
        """Line i is set solid under a line that holds a dateline and nothing after it (新华社某地
        8月17日电（记者 X） / 记者从…获悉，今): the first paragraph's text, however short and
        head-like its line (the dateline leads a sentence, never a head)."""
        ln = self.lines[i]
        if i == 0 or ln.gap or ln.kind != TEXT:
            return False
        above = self.lines[i - 1]
        m = dateline_match(above.text) if above.kind == DATELINE else None
        return m is not None and not above.text[m.end() :].strip()

    def _next_headless_brief(self, i: int) -> bool:
        """Line i opens a narrow paragraph under a column's brief that has finished (民生短波 /
        [indent]5月8日，某市第二批“金牌护 / 工”名单公布，…。（记者 X） / [indent]城北体育公园夜间
        照明改造完成， / 新装路灯120盏，…。): the column's next brief, headless as the one above,
        not a head over its text."""
        art = self.article
        column = art is not None and art.in_column and not art.headline
        # (or the open story's next paragraph, its last one finished)
        story = art is not None and art.in_body and not art.closed and not art.open_sentence()
        return art is not None and (column or story) and bool(art.paragraphs) and self._narrow_paragraph(i)

    def _place_over_head(self, i: int) -> bool:
        """Line i is a place alone closed by its colon (义县：), set solid over a headline-shaped
        line: a line of the head (the kicker over the headline, or under a kicker the headline's
        first part), if a byline or dateline confirms the head (``_head_span``)."""
        nxt = self._line(i + 1)
        # (an indented line under it opens a paragraph: 编辑同志： / 　　我家住在…, a letter's salutation)
        return (
            place_head(self.lines[i])
            and nxt is not None
            and not nxt.gap
            and not nxt.indented
            and headline_like(nxt)
        )

    def _place_kicker_over_paragraph(self, i: int, n: int) -> bool:
        """Lines i..i+n are a place set apart and closed by its colon (``_place_over_head``) over
        the one headline line under it, and an indented paragraph opens set solid under them
        (某某乡： / 新办的“助农贷”送到田头 / 　　连日来，…): a story's head whose credit closes its
        text (（通讯员　某某）), no byline above to confirm it.  The paragraph's indent under a
        flush headline does (a place listed in a story is no headline over a paragraph)."""
        nxt = self._line(i + n)
        return (
            n == 2
            and self.lines[i].gap
            and self._place_over_head(i)
            and self.indents_mark
            and nxt is not None
            and nxt.kind == TEXT
            and nxt.indented
            and not nxt.mark
            and (clause_punctuated(nxt.text) or bool(SENTENCE_MARK.search(nxt.text)))
        )

    def _colon_kicker(self, i: int) -> bool:
        """Line i is a short lead set apart and closed by a colon (寒假里的“研学课”：), set solid over
        a headline-shaped line: the kicker leading into its headline, if a byline or dateline
        confirms the head (``_head_span``)."""
        return self.lines[i].gap and self._colon_lead(i)

    def _colon_lead(self, i: int) -> bool:
        """Line i is a short lead closed by a colon, set solid over a headline-shaped line (set apart,
        a kicker: ``_colon_kicker``; set solid under a column's label, 身边榜样 / 某村医生某某： /
        三十年守着一个卫生室, the headline's first part: ``head_fields``)."""
        ln, nxt = self.lines[i], self._line(i + 1)
        return (
            ln.kind == TEXT
            and ln.text.endswith(("：", ":"))
            and len(compact(ln.text)) <= _COLON_KICKER_MAX
            and not SENTENCE_MARK.search(ln.text)
            and not INTERVIEW.match(ln.text)
            and nxt is not None
            and not nxt.gap
            # (a line under it opening with the paragraphs' indent is the body's first line: 尊敬的
            # 某某单位： / 　　今年8月，…, a letter's salutation under its head, no lead of the head)
            and not (nxt.indented and self.indents_mark)
            and headline_like(nxt)
        )

    def _notes_title(self, k: int) -> bool:
        """The line under a notes label set apart may be the notes' title: shaped like a head and
        not indented as the page's paragraphs are (编后 / 　　王先生反映的问题，代表了不少居民的: a
        narrow column's first line of the note, as short as a title, opens with the indent and a
        clause; 编后 / 　　某某广播是连接政府与群众的桥 / 梁。…: an indented line running on into the
        flush line under it, cut mid-word, is the note's first line even with no clause in it)."""
        line, below = self.lines[k], self._line(k + 1)
        indented = self.indents_mark and line.indented and not line.mark
        runs_on = below is not None and not below.gap and not below.indented and not below.mark
        indented_text = indented and (clause_punctuated(line.text) or runs_on)
        return self._head_line(line) and not indented_text

    def _credited_photo(self, i: int) -> bool:
        """A photo (title?, caption, credit) starts at line i."""
        span = self._photo_span(i)
        return span > 0 and self.lines[i + span - 1].kind == PHOTO_CREDIT


def _listed_phrase(line: Line) -> bool:
    """An item of a list set one to a line (陈文博　某学院教授): a phrase, its parts set apart by
    spaces, with no sentence, clause or colon of its own."""
    return (
        line.kind == TEXT
        and not SENTENCE_MARK.search(line.text)
        and not clause_punctuated(line.text)
        and not any(c in line.text for c in "：:")
        and not line.text.startswith(("（", "("))  # (a note on the list, 其余…详见…, closes it)
    )


def _indented_clause(line: Line) -> bool:
    """A line printed after an indent, with a clause's commas and longer than a subhead (　　近日，某市
    一家企业获得…，贷款利率): a paragraph's first line, hard-wrapped before its full stop, never a
    line of a head (a column's bulleted item, ●某某镇：…, keeps its mark and is no plain line)."""
    return line.indented and not line.mark and line.text[0] not in BRIEF_MARKS and cut_clauses(line)
