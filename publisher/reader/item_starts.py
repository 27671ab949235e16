"""Whether a head under an open story starts a new item: the tests the page parser asks once a
head's lines are known (:mod:`publisher.reader.starts` finds them), from what is set under the head
(a byline, a dateline, an indented first paragraph, a numbered list), from the open story (its
rows, its list, its box) and from the line tagger.  A mixin of the page parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, compact, ends_sentence
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import notes_label
from publisher.reader.cohesion import goes_on_with
from publisher.reader.heads import named_head, notes_lead
from publisher.reader.line_kinds import (
    ANSWERER,
    BRIEF_MARKS,
    BYLINE,
    GLOSS_ENTRY,
    INTERVIEWEE,
    LIST,
    NEWS_LEAD,
    PART_LABEL,
    PHOTO_CREDIT,
    SIDEBAR_LABELS,
    TEXT,
    clause_punctuated,
    profile_box,
    profile_label,
    sidebar_label,
)
from publisher.reader.lines import (
    Line,
    bilingual_title,
    bracketed_label,
    cut_clauses,
    figure_row,
    headline_like,
    subhead_long,
    subhead_shaped,
)
from publisher.reader.notices import advice_box_apart, advice_title, qa_box_apart, unframed_title
from publisher.reader.photos import chart_credit
from publisher.reader.signoffs import split_signoff, split_trailing_byline
from publisher.reader.tables import in_cells, row_run, service_box, titled_table
from publisher.reader.tagger import PageTags
from publisher.reader.verse import prize_works

# a sentence's end left alone by a column break is this short; a caption is longer
_CUT_END_MAX = 8
# The note a story ends with: who the expert or the writer is, where the writer works, where a
# puzzle's answers will be printed ((答案见下期), (谜底下期揭晓)).
_END_NOTE = compile_pattern(
    r"^(?:(?:专家|作者|嘉宾|受访者|医生|讲师)简介[:：]|[（(]作者(?:单位|系|为|是)?"
    r"|[（(](?:答案|谜底)(?:见|下期|将|于|刊))"
)
# a box's lines under its head: each a whole sentence, flush and set solid (a paragraph wrapped
# at the column's width ends no sentence on its first line)
_BOX_LINES_MIN = 2
# 警方提示, 出游小贴士: a box's title over its numbered tips is a phrase no longer than a head's
_LIST_TITLE_MAX = 12
# 1.凡是…, 1、…, 1．…: the first item of a numbered list
_FIRST_LIST_ITEM = compile_pattern(r"^1[.．、](?!\d)")


class ItemStartReader:
    """The rules deciding whether a head starts a new item (a mixin of the page parser). What
    they read of the parser is declared here."""

    article: ArticleDraft | None
    indents_mark: bool
    lines: list[Line]
    tags: PageTags

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _ad_set_apart(self, j: int) -> bool: ...

        def _brief_text_under(self, i: int, n: int) -> bool: ...

        def _column_over_bullets(self, i: int) -> bool: ...

        def _head_over_turn(self, i: int) -> str | None: ...

        def _head_span(self, i: int) -> tuple[int, str] | None: ...

        def _later_subhead(self, j: int) -> bool: ...

        def _line(self, i: int) -> Line | None: ...

        def _notes_title(self, k: int) -> bool: ...

        def _numbered_subheads(self, i: int) -> bool: ...

        def _numbered_part(self, i: int) -> bool: ...

        def _paragraph_under_head(self, k: int) -> bool: ...

        def _photo_span(self, i: int) -> int: ...

        def _pointer_caption(self, i: int) -> bool: ...

        def _qr_heading(self, i: int) -> bool: ...

        def _wrapped_clause(self, i: int) -> bool: ...

        def _wrapped_prose(self, j: int, open_prose: bool) -> bool: ...

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
        numbered list's first item set solid (警方提示 / 1.凡是…；/ 2.…, 出行提示 / 1.交通：…), or
        a glossary's first entry (词汇积累 / outing　/ˈaʊtɪŋ/　n. 远足): the title of a box of tips
        or words of its own, never a subhead of the story above (a subhead heads the story's
        prose; a list inside a story runs on from the paragraph announcing it)."""
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
            and (_FIRST_LIST_ITEM.match(below.text) is not None or GLOSS_ENTRY.match(below.text) is not None)
            and (art is None or not art.open_sentence())
        )

    def _starts_new(self, i: int, *, strong_only: bool) -> bool:
        head = self._head_span(i)
        if head is not None and (head[1] == "strong" or not strong_only):
            return True
        if self._qr_heading(i) or self._ad_set_apart(i):
            return True
        if self._rows_announced(i):
            return True
        if prize_works(self.lines, i):
            return True  # 获奖作品选登 set apart over works under their grades: the works' title
        if self.lines[i].gap and service_box(self.lines, i) is not None:
            # (便民热线 set apart over offices each with its number: the paper's box, never the
            # last words of text the column broke above it)
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
        if self._indented_next_paragraph(i):
            # (民警通过…联系上了失主—— / 来自…: a paragraph's first line with no stop in it, a blank
            # above it, reads to the tagger like a head over prose; the indent says it is prose)
            return False
        return self.tags.starts_item(i) and not titled_table(self.lines, i) and not row_run(self.lines, i)

    def _indented_next_paragraph(self, i: int) -> bool:
        """Line i is indented under an open story whose head is set flush and whose paragraphs open
        with an indent: its next paragraph (a short one hard-wrapped reads like a head), never a head."""
        art, ln = self.article, self.lines[i]
        return bool(
            art is not None
            and art.in_body
            and not art.closed
            and ln.indented
            and not ln.mark
            and art.indented_starts
            and not art.flush_starts
            and art.head_flush
        )

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
        if n == 1 and art is not None and art.in_body and not art.closed and INTERVIEWEE.match(ln.text):
            return False  # 受访人：某某（某校教练） under the open story's prose: who it interviewed
        if self._indented_next_paragraph(i):
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
            # (or with the first of its numbered parts, however long: 第一天：某地—某地（约60公里）)
            and (subhead_long(self.lines[i]) or self._numbered_part(i))
        ):
            # a feature's body opening with a subhead under its head and byline
            return False
        if art is None or art.closed or not art.in_body or n >= 2:
            return True
        if ln.gap and art.table_alone:
            # (a table standing alone, its notes set solid under its rows, 注：… / 资料来源：…: a
            # head set apart under them starts the next piece, as one right under its rows does)
            return True
        sidebar = compact(ln.text) in SIDEBAR_LABELS and self._sidebar_of_its_own(i)
        if ln.gap and (notes_lead(ln.text) is not None or _box_label(ln) or sidebar or bilingual_title(ln)):
            # 采访手记：title, 记者手记, 人物名片, 相关链接 set apart: the writer's notes, a box (and
            # Try It　试一试: a bilingual page's box, titled in both languages)
            return True
        if n == 1 and ln.gap and figure_row(self.lines, i + 1):
            return True  # 数读某某 set apart over its figures set flush, one a line: a box of its own
        if self._set_otherwise(i, n):
            return True
        if art.signed:
            # a head under a signed letter is the next letter's (its editor's note is no head: the
            # note's label set solid under the signature, 【编后】, opens a part of the letter's piece)
            # (【读者来信】 / letter / signature / 【律师解答】: a label in the brackets the story's
            # parts were labelled with, set solid, opens the reply, the letter's piece's next part)
            part = art.bracketed_subheads > 0 and bracketed_label(ln)
            return not (n == 1 and not ln.gap and (notes_label(unframed_title(ln.text)) or part))
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
        if n == 1 and self._next_profile(i):
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
            if line.gap and j > i + n and self._head_span(j) is not None:
                break  # a head set apart under the part: the next story's, its credit none of this part's
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
        if n == 1 and self._numbered_part(i):
            # (第一天：某地—某地 over the day's text, 第二天：… further down: the itinerary's first
            # part, however long its route runs, not a story of its own)
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

    def _next_profile(self, i: int) -> bool:
        """The head at line i names its subject before its colon (某某园：…), set flush under the
        open piece a column's label heads, unsigned and with no parts, whose own head is of that
        form (寻味老字号 / 某某斋：… / its text): the column's next profile, no part of the first
        (a feature's parts are headed by what they tell, not each by a subject's name)."""
        art, ln = self.article, self.lines[i]
        return (
            art is not None
            and art.kicker is not None
            and art.byline is None
            and art.standfirst is None
            and not art.subheads
            and not ln.indented
            and not ln.mark
            and named_head(art.headline)
            and named_head(ln.text)
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
    return notes_label(line.text) or profile_label(line) or sidebar_label(line.text)
