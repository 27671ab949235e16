"""Where an item starts: the head-start rules of the page parser (a mixin).

An article's head (kicker / headline / deck) is known by its shape and by what confirms it under it
(a byline, dateline or standfirst: "strong"; the story's first paragraph: "body"); these rules
find a head's lines, and decide whether a head under an open story starts a new item or is the
story's own part. The pass that walks the page and builds the items is :mod:`page`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, compact, ends_sentence
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import BYLINE_MARKS, NAMELESS_ROLES, notes_label
from publisher.reader.cohesion import goes_on_with
from publisher.reader.heads import (
    HEAD_LINES_MAX,
    comma_kicker,
    deck_goes_on,
    notes_lead,
    wraps,
)
from publisher.reader.line_kinds import (
    ANSWERER,
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
    NEWS_LEAD,
    PART_LABEL,
    PHOTO_CREDIT,
    PUBINFO,
    STAFF,
    STANDFIRST,
    SUBHEAD_MAX,
    TEXT,
    classify,
    clause_punctuated,
    dateline_match,
    field_line,
    field_under_field,
    kept_mark_label,
    part_label_line,
    place_head,
    profile_box,
    profile_label,
)
from publisher.reader.lines import (
    Line,
    byline_run_on,
    closes_bracket_above,
    cut_at_measure,
    cut_clauses,
    dashed_deck,
    headline_like,
    subhead_shaped,
    topic_question,
)
from publisher.reader.masthead import MastheadLine
from publisher.reader.notices import (
    advice_box_apart,
    advice_title,
    notice_heading,
    qa_box_apart,
    unframed_title,
)
from publisher.reader.photos import chart_credit, credit_over_prose
from publisher.reader.signoffs import split_signoff, split_trailing_byline
from publisher.reader.stories import answering_expert
from publisher.reader.tables import (
    in_cells,
    row_run,
    titled_table,
)
from publisher.reader.tagger import PageTags

# a sentence's end left alone by a column break is this short; a caption is longer
_CUT_END_MAX = 8
# The note a story ends with: who the expert or the writer is, where the writer works.
_END_NOTE = compile_pattern(r"^(?:(?:专家|作者|嘉宾|受访者|医生|讲师)简介[:：]|[（(]作者(?:单位|系|为|是)?)")
_COLON_KICKER_MAX = 20
# the marks a quotation opens with
_OPEN_QUOTES = ("“", '"', "「", "『")
_BRACKETED_NAME = compile_pattern(r"^【[^【】]{2,10}】$")
# a box's lines under its head: each a whole sentence, flush and set solid (a paragraph wrapped
# at the column's width ends no sentence on its first line)
_BOX_LINES_MIN = 2
_LISTED_MAX = 8  # the lines of a list set solid under the line that announces it (嘉宾：)
# a narrow column's paragraph reaches its first full stop within this many lines of its indent
_NARROW_SENTENCE_LINES = 6
_CUT_SENTENCE_LINES = 2  # the rest of a sentence the measure cut under a head: a line or two


# 警方提示, 出游小贴士: a box's title over its numbered tips is a phrase no longer than a head's
_LIST_TITLE_MAX = 12
# 1.凡是…, 1、…, 1．…: the first item of a numbered list
_FIRST_LIST_ITEM = compile_pattern(r"^1[.．、](?!\d)")


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

        def _ad_set_apart(self, j: int) -> bool: ...

        def _column_over_bullets(self, i: int) -> bool: ...

        def _head_over_turn(self, i: int) -> str | None: ...

        def _interviewee_line(self, i: int) -> bool: ...

        def _label_over_place_lead(self, i: int) -> bool: ...

        def _later_subhead(self, j: int) -> bool: ...

        def _line(self, i: int) -> Line | None: ...

        def _numbered_subheads(self, i: int) -> bool: ...

        def _photo_span(self, i: int) -> int: ...

        def _pointer_caption(self, i: int) -> bool: ...

        def _qr_heading(self, i: int) -> bool: ...

        def _wrapped_clause(self, i: int) -> bool: ...

        def _wrapped_prose(self, j: int, open_prose: bool) -> bool: ...

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
        return not headline_like(below) and self._head_span(j) is None

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
        if self._paragraph_under_head(i) or self._next_headless_brief(i):
            return None  # a narrow column's paragraph under its flush head (or its brief), however short
        if kept_mark_label(self.lines[i]) and self.article is not None and not self.article.closed:
            return None  # ■部门回复: a part's label opens a part of the open story, no head
        if closes_bracket_above(self.lines, i):
            return None  # …前四。”（某某报 / 记者　陈　曦）: the end of the line above, cut by a column break
        if not self.lines[i].gap and self._head_awaits_body() and self._body_cut_under_head(i):
            return None  # the body's first line under the head, cut at the measure before its stop
        if self._under_colon(i):
            return None  # 嘉宾： / the guests, one a line: what the story's line announced
        if field_under_field(self.lines, i):
            return None  # 年龄：56岁 / 荣誉：…: a field set solid under a field, the run's next, never a head
        if self.article is not None and self.article.lists_on(self.lines[i]):
            return None  # 丁某某　马某某　王某某 under a row of names: the open story's list goes on
        if i > 0 and not self.lines[i].gap and profile_label(self.lines[i - 1]):
            return None  # 人物名片 / 某某，1953年生，…，退: the box's first line set solid under its label
        n = heads = 0
        # (a lead-in closed by its colon or its comma opens a head only over its byline or dateline)
        below = self._line(i + 1)
        colon = (
            self._colon_kicker(i)
            or self._place_over_head(i)
            or (below is not None and comma_kicker(self.lines[i], below))
        )
        while i + n < len(self.lines) and (
            (
                self._head_line(self.lines[i + n])
                and not (n > 0 and self._marked_item_text(i + n))
                # (a narrow paragraph's first line goes on no head, nor opens one under a head that
                # waits for its body; a column's headless brief may open with one)
                and not (self._narrow_opening(i + n) and (n > 0 or self._head_awaits_body()))
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
            # 紫云： set solid under the kicker, over the rest of its headline (``_place_over_head``)
            or (n > 0 and not self.lines[i + n].gap and self._place_over_head(i + n))
            # 某村医生某某： set solid under a column's label, over the rest of its headline
            or (n == 1 and not self.lines[i + n].gap and self._colon_lead(i + n))
        ):
            if n > 0 and answering_expert(self.lines[i + n]):
                break  # 受访专家：… / 本期答疑：… under the head: who answers, the body's first line
            if n > 0 and part_label_line(self.lines[i + n]):
                break  # 【案情】 under the headline labels the story's first part: no deck
            if n > 0 and self.lines[i + n].gap and self._credited_photo(i + n):
                break  # a photo's title under the blank, not a deck of this head
            if n > 0 and self.lines[i + n].gap and BRIEF_COLUMN.match(compact(self.lines[i + n].text)):
                break  # a column's label under the blank heads its own briefs, not a deck of this head
            if n == 1 and profile_label(self.lines[i]):
                break  # 人物名片 / 某某，1970年生，…: the box's label alone heads the lines under it
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
        if n == 1 and profile_label(self.lines[i]) and not nxt.gap:
            # 人物档案 / 姓名：某某 / 年龄：… : the box's label heads whatever is set solid under it,
            # the subject's fields one a line as much as a sentence saying who they are
            return n, "strong"
        if credit_over_prose(self.lines, i + n):  # 本报摄影记者 王强 over the story's first paragraph
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
            # the head over its story's first labelled part (【案情】 / prose); set apart over a label
            # marked alike over each piece (■居民来信), a piece's own head, never a part of the one above
            return n, "strong" if self.lines[i].gap and kept_mark_label(nxt) else "body"
        if nxt.kind in (TEXT, LIST) and (
            not self._head_line(nxt)
            or answering_expert(nxt)
            or self._wrapped_clause(i + n)
            or self._body_cut_under_head(i + n)
            # (a column's label over a headless brief is no head: ``_opens_headless_brief``)
            or (self._narrow_opening(i + n) and not BRIEF_COLUMN.match(compact(self.lines[i].text)))
            or self._marked_item_text(i + n)
            or self._brief_text_under(i, n)
            or self._paragraph_under_head(i + n)
        ):
            return n, "body"
        return None

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

    def _under_colon(self, i: int) -> bool:
        """Line i is set solid under the open story's last line, which ends with a colon (嘉宾：,
        名单如下：), or under the items listed below that line: one of what it announces (a guest
        and their post, a name), its text, never a head."""
        art, ln = self.article, self.lines[i]
        if art is None or not art.in_body or art.closed or ln.gap or art.last != self.lines[i - 1].number:
            return False
        if ln.text.startswith(_OPEN_QUOTES) and self.lines[i - 1].text.endswith(("：", ":")):
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

    def _sidebar_of_its_own(self, i: int) -> bool:
        """The sidebar label at line i is set solid over a title of its own, and the title is
        confirmed as a head (记者手记 / 让“小冷库”撬动大产业 / ■刘蕾): a piece of its own under
        the label as its kicker, as the gold reads it after a photo, not a part of the story above.
        Any sidebar's label set apart over its text, untitled (记者手记 / 　　采访那天，…, 相关链接 /
        某县位于…), is a piece of its own too, the label its head, as 人物名片 set apart is: the
        blank parts it from the story above, which it may not be about (a page's last box)."""
        ln, nxt = self.lines[i], self._line(i + 1)
        notes_apart = ln.gap and nxt is not None and not nxt.gap
        if notes_apart and not self._notes_title(i + 1):
            return True
        if nxt is None or nxt.gap or not headline_like(nxt):
            return False
        head = self._head_span(i)
        return head is not None and head[0] >= 2

    def _title_over_numbered_list(self, i: int) -> bool:
        """Line i, a short phrase set apart under a story closed by its sentence, stands over a
        numbered list's first item set solid (警方提示 / 1.凡是…；/ 2.…, 出行提示 / 1.交通：…): the
        title of a box of tips of its own, never a subhead of the story above (a subhead heads
        the story's prose; a list inside a story runs on from the paragraph announcing it)."""
        ln, below, art = self.lines[i], self._line(i + 1), self.article
        return (
            ln.gap
            and ln.kind == TEXT
            and not ln.mark
            and len(compact(ln.text)) <= _LIST_TITLE_MAX
            and not SENTENCE_MARK.search(ln.text)
            and not clause_punctuated(ln.text)
            and below is not None
            and not below.gap
            and below.kind == LIST
            and _FIRST_LIST_ITEM.match(below.text) is not None
            and (art is None or not art.open_sentence())
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

    def _starts_new(self, i: int, *, strong_only: bool) -> bool:
        head = self._head_span(i)
        if head is not None and (head[1] == "strong" or not strong_only):
            return True
        if self._qr_heading(i) or self._ad_set_apart(i):
            return True
        if self._rows_announced(i):
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

    def _rows_announced(self, i: int) -> bool:
        """A table's rows start at line i under the open story's paragraph that announced them with
        its colon (本届赛事部分成绩如下： / 项目　组别　名次　成绩 / …): the story's table, its cells set
        apart as no wrapped sentence is, never the paragraph going on (the story reads the rows)."""
        art = self.article
        return (
            art is not None
            and bool(art.paragraphs)
            and not art.closed
            and (
                (
                    art.paragraphs[-1].endswith(("：", ":"))
                    and (row_run(self.lines, i) > 0 or titled_table(self.lines, i) > 0)
                )
                # (or its title, in no cells, set solid under a paragraph that closed its sentence:
                # 某某价格（单位：元） over its header and rows, no sentence the column wrapped after its
                # full stop; a header in cells under a notice's sentence is no title)
                or (
                    ends_sentence(art.paragraphs[-1])
                    and not in_cells(self.lines[i])
                    and titled_table(self.lines, i) > 0
                )
            )
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
        if n == 1 and art is not None and art.in_body and qa_box_apart(art, ln, self._line(i + 1)):
            return True  # 维权问答 set apart over 问：… under a story asking nothing: the Q&A column
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
            and (
                self._wrapped_clause(i)
                or (art.in_column and art.last + 1 == ln.number and self._brief_text_under(i - 1, 1))
            )
        ):
            # under a head still waiting for its body, a long line of clauses wrapped onto the
            # line below is that body's first line (under a brief's head, a line the column's
            # width cut is, however short)
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
        if n == 1 and (self._column_over_bullets(i) or self._title_over_numbered_list(i)):
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
        if ln.gap and (notes_lead(ln.text) is not None or _box_label(ln)):
            return True  # 采访手记：title, 记者手记, 人物名片 set apart: the writer's notes, a box
        if self._set_otherwise(i, n):
            return True
        if art.signed:
            # a head under a signed letter is the next letter's (its editor's note is no head: the
            # note's label set solid under the signature, 【编后】, opens a part of the letter's piece)
            return not (n == 1 and not ln.gap and notes_label(unframed_title(ln.text)))
        if ln.gap and advice_title(art.last_subhead):
            # 警方提醒 / its advice closes a story: a head set apart under it starts the next one
            return True
        if ln.gap and profile_box(art.headline):
            # 人物档案 / 姓名：… / 座右铭：… : a head set apart under the box starts a piece of its own
            # (a call for nominations, the next box), however much it names the box's subject again
            return True
        if n == 1 and advice_box_apart(art, ln):
            return True  # 警方提醒 set apart under a story with no parts: a box of its own
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
        open_prose = False  # (the prose line above left its sentence open)
        while j < len(self.lines) and self.lines[j].kind in (TEXT, LIST, BYLINE):
            line = self.lines[j]
            if line.gap and j > i + n and self._photo_span(j):
                break  # a photo under the story (…。（记者 王强 摄）) signs the picture, not prose
            if line.kind == BYLINE or split_trailing_byline(line.text) is not None:
                # (a story set in parts, unsigned on top, is signed under its last part: the
                # credit closes the story, its next part over it)
                return not (art.subheads and art.byline is None)
            if ln.gap and split_signoff(line.text) is not None:
                return True  # (set apart, over text its writer signs in brackets: 王　磊)
            # (a narrow column's first line is as short as a head's, and is prose)
            if (
                headline_like(line)
                and not (j == i + n and self._paragraph_under_head(j))
                and not self._wrapped_prose(j, open_prose)
            ):
                break
            open_prose = not ends_sentence(line.text)
            j += 1
        line = self.lines[i]
        if (
            line.mark
            and not line.gap
            and not art.in_column
            and art.headline
            and (art.byline or art.standfirst) is not None
            and subhead_shaped(line)
        ):
            # ■ 良种繁育打基础 set solid under a finished paragraph of a signed story that is no
            # column of briefs, over prose that no byline of its own closes: the story's part,
            # the mark its ornament (a column's next brief follows a bulleted brief, or signs
            # its own text)
            return False
        # Subheads come in sets; a story's first one has another below it.  A lone
        # unpunctuated line over prose heads a story printed without a byline, unless the prose
        # under it names again what the story above named (its people, places, things): the
        # story's one subhead.  (A line with commas is the start of a paragraph cut by a column
        # break.)
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


def _box_label(line: Line) -> bool:
    """The line is the label of a box printed with a story (人物名片, 记者手记): alone, it heads
    the box's text."""
    return notes_label(line.text) or profile_label(line)


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
