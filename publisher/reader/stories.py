"""Stories: the page parser's rules that build an article and carry it on: its head's fields,
its standfirst, its byline's credits, its paragraphs (a paragraph a column break cut, a line
wrapped after a full stop), a teaser box's briefs.  What a story's body holds besides its
paragraphs (subheads, labelled parts, pull quotes, verse) is read by
:class:`~publisher.reader.story_parts.StoryPartReader`, this mixin's base.  A mixin of the page
parser, like :class:`~publisher.reader.photos.PhotoReader`: what it needs from the parser is
declared here; whether a head starts a new article is the pass's.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from publisher.model import Byline, Credit
from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, clean_text, compact, ends_sentence
from publisher.reader.articles import ArticleDraft, counted_points, numbered_next, strip_continuation
from publisher.reader.bylines import (
    BYLINE_MARKS,
    courtesy_credit,
    lead_credit,
    merge_bylines,
    page_wide_credit,
    parse_author_line,
    parse_byline,
    parse_name_line,
)
from publisher.reader.furniture import imprint_line
from publisher.reader.heads import head_fields, named_head, named_unit_head, wraps
from publisher.reader.line_kinds import (
    BARE_STANDFIRST,
    BRIEF,
    BRIEF_COLUMN,
    BRIEF_MARKS,
    BYLINE,
    CONTACT,
    CONTINUATION,
    DATELINE,
    INTERVIEW,
    INTERVIEWEE,
    LETTER_SIGNATURE,
    LIST,
    PHOTO_CREDIT,
    RUN_IN_LEAD,
    STANDFIRST,
    STANDFIRST_RE,
    TEXT,
    clause_punctuated,
    dateline_match,
    field_line,
    field_under_field,
    kept_mark_label,
)
from publisher.reader.lines import (
    Line,
    byline_run_on,
    cut_clauses,
    dashed_deck,
    headline_like,
    headline_like_list,
    led_by_bullet,
    list_rows,
    marked_parts_below,
    part_label_at,
    printed_width,
    run_end,
    subhead_long,
    subhead_shaped,
)
from publisher.reader.signoffs import QUESTION, split_signoff
from publisher.reader.story_parts import QUOTED_WORDS, SENTENCE_OPENING, StoryPartReader
from publisher.reader.tables import call_line, row_run, unit_set_row
from publisher.reader.teasers import (
    STORY_POINTER,
    Teaser,
    pointer,
    summary_text,
    teaser_label,
)

# 《燕赵古道行》: a head that is only a work's title, a book's or a film's, as a note on it is headed
# 《书名》, or a review's head naming its work first, 《片名》：在告别里学会生活
_WORK_HEAD = compile_pattern(r"^《[^《》]{1,24}》(?:[:：][^《》]{2,20})?$")

# （某医院儿科主任医师　某某　解答）: who answers a Q&A column, in brackets under its head, the role
# word after the name as a signature's 整理 is
_ANSWERED_BY = compile_pattern(r"^[（(](?P<who>[^（）()]{2,40}?)[ \u3000]*(?P<role>解答|答疑|释疑)[）)]$")


def answering_expert(line: Line) -> bool:
    """The line names the expert a story interviews or a Q&A column's answers come from (受访专家：…,
    本期答疑：…): a credit opening the body, never a line of the head over it."""
    return line.kind == TEXT and bool(INTERVIEWEE.match(line.text.strip()))


# （记者刘念　通讯员王涛: a credit's bracket after the dateline, not closed on its line
# ■ 先进个人（20名，按姓氏笔画排序）: a note in brackets closing a marked subhead, its commas the note's
_CLOSING_NOTE = compile_pattern(r"[（(][^（）()]{1,20}[）)]$")
_OPEN_BRACKET = compile_pattern(r"^\s*[（(][^（）()]{1,40}$")
# ▲【吕亭镇】该镇…: a brief's text led by the place it is from, in brackets
_BRACKETED_LEAD = compile_pattern(r"^【([\u4e00-\u9fff]{2,8})】\s*(?=\S)")
_STANDFIRST_LINES_MAX = 8  # how far a standfirst set solid may run to the byline under it
_MEASURE_LINE_MIN = 10
_MEASURE_SAMPLES = 3
# the bullets that lead a line and never stand inside a sentence (○ may be a zero, 二○二六年, and a
# middle dot a name's, 阿卜杜拉·某某, wrapped to a line's start)
_LINE_BULLETS = tuple("■□●◆◇▲△★◎")
_RUN_ON_LINES_MAX = 4  # lines a sentence wrapped after a full stop runs on to its own stop
# 电，预计…: a line opening on one character closed by a clause mark, the end of a word the line
# above cut (no sentence opens on a word of one character and a comma)
_WORD_END_CUT = compile_pattern(r"^[\u4e00-\u9fff][，,、；;]")
_MEASURE_SLACK = 2  # a line a character or two short of the measure is still full (a hanging mark)
# what opens a sentence after a plain credit: a time lead, a date, or the reporter as its subject
# again (记者 赵 丽　通讯员 高 远　记者从…获悉)
_AD_LOOKAHEAD = 10  # as far as an ad's lines reach
_CONTACT_FIELDS_MAX = 4  # a desk's ways to reach it under its box: a phone, a mail, an address or so
_OWN_SENTENCE = compile_pattern(
    rf"{SENTENCE_OPENING.pattern}|^(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日[^，,。]{{0,8}}[，,]|^(?:本报)?记者"
)
# 记者　陈露　由…打造的…: a credit set off from its text by a wide space (an ideographic one, or
# two) stands apart from the sentence after it, as a byline does, unless the reporter is plainly
# that sentence's subject (记者　某某　从…获悉, 在…看到)
_SET_OFF = compile_pattern(r"(?:\u3000|\s{2,})$")
_REPORTER_SUBJECT = compile_pattern(r"^(?:从|在|获悉|了解到)")


class StoryReader(StoryPartReader):
    """The story rules of the page parser (a mixin): what they need from it is declared here
    (the photo, notice and column rules come before this mixin among the parser's bases)."""

    lines: list[Line]
    masthead_lines: list[Line]  # the masthead's lines and the page's furniture, as read
    article: ArticleDraft | None
    measure: int | None
    indents_mark: bool  # some text line is set flush: an indent marks a paragraph's start
    indented_prose: bool  # some text line of the page is printed after an indent

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _line(self, i: int) -> Line | None: ...

        def _close(self) -> None: ...

        def _head_span(self, i: int) -> tuple[int, str] | None: ...

        def _photo_span(self, i: int) -> int: ...

        def _notice_span(self, i: int) -> int: ...

        def _narrow_paragraph(self, i: int) -> bool: ...

        def _cut_at_measure(self, i: int) -> bool: ...

        def _under_colon(self, i: int) -> bool: ...

        @staticmethod
        def _headless_brief(art: ArticleDraft) -> bool: ...

        def _opens_headless_brief(self, art: ArticleDraft, i: int) -> bool: ...

        def _story_after_column(self, prev: ArticleDraft, i: int, n: int) -> bool: ...

        def _label_over_place_lead(self, i: int) -> bool: ...

    def _sign_or_label(self, mark_line: Line, under_head: int) -> None:
        """A marked line set solid over the head the open story starts with (■本报评论员, ■一线
        传真) signs it, unless a byline of its own stands under the head: then the marked line is
        the column's label over the head, its kicker, no signature."""
        art = self.article
        assert art is not None
        below = self._line(under_head)
        if below is not None and not below.gap and below.kind == BYLINE:
            art.kicker = clean_text(mark_line.text.lstrip(BYLINE_MARKS))
        else:
            art.byline = parse_byline(mark_line.text)

    def _interviewee_line(self, i: int) -> bool:
        """Line i names who was interviewed (受访专家：…, 坐诊专家：…) right under a byline."""
        ln = self.lines[i]
        above = self.lines[i - 1] if i else None
        return (
            ln.kind == TEXT
            and not ln.gap
            and above is not None
            and above.kind == BYLINE
            and bool(INTERVIEWEE.match(ln.text))
            and not ends_sentence(ln.text)
        )

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
            # (the dateline's line, 新华社北京3月4日电　…。, is its paragraph's first)
            or above.kind not in (TEXT, DATELINE)
            or art.last != above.number
        ):
            return False
        # (■ 室内防雷，别忽视细节: no sentence wraps onto a line its bullet opens; the bullet leads
        # a part's head or a point of a list)
        opens_apart = ("（", "(", "【", "——", *_LINE_BULLETS)
        if not art.indented_starts or art.flush_starts or ln.text.startswith(opens_apart):
            return False
        if INTERVIEW.match(ln.text) or not ends_sentence(above.text) or row_run(self.lines, i):
            return False  # (a table's rows under the sentence that announced them are no prose)
        if counted_points(art.paragraphs[-1], ln.text):
            return False  # (二看外观。… under 一看标签。…。: the list's next point)
        measure = self._measure()
        full = measure is not None and printed_width(above) >= measure - _MEASURE_SLACK
        if full and QUESTION.match(art.paragraphs[-1]) and ends_sentence(ln.text):
            # (…是老瓷器的标志。 / 请问可信吗？ under a reader's question: the question's last
            # sentence, wrapped after the stop; no part's subhead comes between a question and
            # its answer)
            return True
        if subhead_shaped(ln) and not (full and self._cut_at_measure(i)):
            # (a line shaped like a subhead is one, unless it runs to the measure itself with the
            # rest of its sentence set solid and flush under it: 全地区开通“机场—雪场”旅游 /
            # 直通车线路19条，…: prose the width cut, as a part's subhead never is; nor when it runs
            # on into a full stop, as no head does)
            return self._clause_runs_on(i)
        return full or self._clause_runs_on(i)

    def _clause_runs_on(self, i: int) -> bool:
        """Line i holds a clause (a comma) and ends none, and the flush lines set solid under it
        carry its sentence to a full stop, over the next paragraph's indent, the next item's
        bullet or a blank line (这样的“小书房”，不仅丰富了群众的 / 精神文化生活，也为… / 看世界的窗。):
        prose wrapped on after a full stop a narrow column set short, never a head (no head runs
        into a full stop).  A line with no clause mark in it runs on so when it fills the story's
        own column, as wide as its widest line (这是我省推进某某保护利用的一 / 个缩影。): a box set
        narrower than the page's columns, its prose wrapped as the page's is."""
        ln, art = self.lines[i], self.article
        story_wide = art is not None and printed_width(ln, figures_half=True) >= art.measure_of(ln) - 1
        # (●某镇：某村光伏发电项目并网发 / 电，预计…。: a line under it opening on one character and
        # its clause mark finishes the word the line's end cut, whatever the line's width)
        below = self._line(i + 1)
        word_cut = below is not None and _WORD_END_CUT.match(below.text) is not None
        if not (clause_punctuated(ln.text) or story_wide or word_cut) or ends_sentence(ln.text):
            return False
        for j in range(i + 1, min(i + 1 + _RUN_ON_LINES_MAX, len(self.lines))):
            line = self.lines[j]
            if line.kind != TEXT or line.gap or line.indented or line.mark:
                return False
            if ends_sentence(line.text):
                below = self._line(j + 1)
                return below is None or below.gap or below.indented or led_by_bullet(below)
        return False

    def _measure(self) -> int | None:
        """The column's width: the median width of the page's lines a paragraph wraps at in the
        middle of a sentence (a line of text over a flush line set solid); None when too few.
        (A line with Latin letters in it, which run narrower than Han characters, measures no Han
        column: an English line, a Chinese one quoting English words.)"""
        if self.measure is None:
            lines = self.lines
            widths = sorted(
                printed_width(lines[k])
                for k in range(len(lines) - 1)
                if lines[k].kind == TEXT
                and lines[k + 1].kind == TEXT
                and not lines[k + 1].gap
                and not lines[k + 1].indented
                and len(lines[k].text) > _MEASURE_LINE_MIN
                and not ends_sentence(lines[k].text)
                and not any(ch.isascii() and ch.isalpha() for ch in lines[k].text)
            )
            self.measure = widths[len(widths) // 2] if len(widths) >= _MEASURE_SAMPLES else 0
        return self.measure or None

    def _wrapped_clause(self, i: int) -> bool:
        """Line i is a long line of clauses with the rest of its sentence set solid under it
        (去年8月，某某在网上结识…，先后转账 / 共计12万元。): prose, never a deck."""
        below = self._line(i + 1)
        return (
            cut_clauses(self.lines[i])
            and below is not None
            and not below.gap
            and below.kind == TEXT
            and not below.indented
            # (its second line may be cut before a full stop too: a line of clauses, not led by a
            # deck's dash, goes on with the sentence)
            and (not headline_like(below) or (clause_punctuated(below.text) and not dashed_deck(below)))
        )

    def _solid_over_byline(self, i: int) -> bool:
        """Line i, under a standfirst not yet signed, is set solid and flush in a block of such
        lines that a byline closes (编者按：… / …敬请关注。 / 本报记者 某某): the standfirst's own
        text, the story's body under the byline.  On a page that opens its paragraphs with an
        indent, the body's indented first line closes the block as well (编者按：… / …建言献策。 /
        编辑同志：): the note is set flush, the letter or story under it is not."""
        art = self.article
        if art is None or art.last != self.lines[i].number - 1:
            return False
        first = self.lines[i]
        # Signed over its standfirst (byline / 核心提示：… / …商家去哪儿了？ / 钱还能要回来吗？…): a
        # flush line under a line of the standfirst that ended its sentence at the column's full
        # width only wrapped there, when the block runs on to the body's indent as above.
        signed = art.byline is not None
        measure = self._measure() if signed else None
        if signed and (measure is None or printed_width(self.lines[i - 1]) < measure - _MEASURE_SLACK):
            return False
        # (a head set flush between the note and the body, 支持：… or ◆ …, is no line of the note:
        # the note's own line runs on in clauses; a mark leads a subhead however it is punctuated,
        # ■　夜里十点，楼道里挂满“长辫子”, which the note's wrapped line never opens on)
        marked = bool(first.mark) or first.text[0] in BRIEF_MARKS
        prose = not marked and (clause_punctuated(first.text) or not headline_like(first))
        if art.standfirst is not None and ends_sentence(art.standfirst) and _salutation(first):
            # (编者按：…。 / 编辑同志： / 　　我是…: under the note's finished sentence, a letter's
            # salutation set flush opens the letter, as its indented first line would)
            prose = False
        for k, ln in enumerate(self.lines[i : i + _STANDFIRST_LINES_MAX], start=i):
            if ln.gap:
                # (on a page whose paragraphs open on an indent, a note set apart as a block of its
                # own, every line flush, ends at the blank: 编者按：…春秋。 / 他带领的…等多 / …故事。 /
                # [blank] / ■subhead; its wrapped line runs to the column's width as the note's do)
                return (
                    signed
                    and ln is not first
                    and self.indents_mark
                    and self.indented_prose
                    and not marked
                    and (prose or (measure is not None and printed_width(first) >= measure - _MEASURE_SLACK))
                )
            if ln.indented:
                return ln is not first and ln.kind == TEXT and self.indents_mark and prose
            if ln.kind == BYLINE:
                return not signed
            if ln is not first and (
                (ln.kind == LIST and headline_like_list(ln.text))
                # (… / …所长。 / ■从巡查员到所长 / [indent]记者：…: signed above, so does a subhead set
                # flush, marked or not, under the note's line that closed its sentence)
                or (signed and subhead_shaped(ln) and ends_sentence(self.lines[k - 1].text))
            ):
                # (… / 一、适期播种 / [indent]…: the body's first part headed by its numbered
                # subhead, the indented text under it, closes the note as its first line does)
                below = self._line(k + 1)
                return below is not None and below.indented and self.indents_mark and prose
            if ln.kind != TEXT:
                return False
            prose = prose and not ln.mark
        return False

    @staticmethod
    def _numeral_mid_clause(art: ArticleDraft, ln: Line) -> bool:
        """A line that opens with a numeral and 、 (一、二类苗…) right under a paragraph left open
        at a comma: the clause goes on (the point of a list follows a colon or a full stop, never a
        comma), the line broke before the numerals.  So does one opening with figures and 、 under
        a paragraph left open on a letter or a figure (…新开通F / 65、F66两条线路): the line broke
        inside a code or a number, no point of a list."""
        last = art.paragraphs[-1][-1:] if art.paragraphs else ""
        return (
            ln.kind == LIST
            and not ln.gap
            and art.open_sentence()
            and (
                (ln.text[0] in "一二三四五六七八九十" and last in ("，", ","))
                or (ln.text[0].isdigit() and last.isascii() and last.isalnum())
                # (…；二是…: the next point run on flush under its point at the measure)
                or art.point_runs_on(ln)
            )
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
            for k, ln in enumerate(lines[teaser.title : teaser.last + 1], start=teaser.title):
                # (a one-line teaser's pointer, or the title's wrapped line: its words the headline's)
                summary = dataclasses.replace(ln, text="" if k in teaser.title_lines() else summary_text(ln))
                if summary.text and art.open_sentence():
                    art.join(summary)
                elif summary.text:
                    art.add_paragraph(summary.text, summary)
                art.continuation.extend(filter(None, [pointer(ln)]))
                art.last = ln.number
            self._close()

    def _signed_piece_over(self, prev: ArticleDraft | None, i: int) -> bool:
        """``prev``, a piece under a label and closed by its credit (or one paragraph long, its
        sentence ended: 便民信息 / head / its one paragraph), begins after a blank line and the
        head at line i is set solid under its last line: the label's column goes on.  (A story
        set apart from the next by a blank line says nothing so; on a page set without blank
        lines, the label's piece is not set apart either.)"""
        if prev is None:
            return False
        one_paragraph = len(prev.paragraphs) == 1 and ends_sentence(prev.paragraphs[0])
        if (
            prev.kicker is None
            or not ((prev.closed and prev.byline is not None) or one_paragraph)
            or prev.in_column
            or self.lines[i].gap
            or i == 0
            or self.lines[i - 1].number != prev.last
        ):
            return False
        # its first line, found walking back over its own lines only (no scan of the page above)
        k = i - 1
        while k > 0 and self.lines[k].number > prev.first:
            k -= 1
        return self.lines[k].number == prev.first and self.lines[k].gap

    def _next_work_note(self, prev: ArticleDraft | None, headline: str, i: int) -> bool:
        """``prev``, under a label, is headed by a work's title (《…》, alone or before what the
        note says of it, 《…》：…), and the head at line i, another work's so, stands right under
        its last line: the next note (or review) of the label's column.  So are a column's
        profiles headed by their subjects' names, set solid (寻味老字号 / 某某斋：… / … / 某某园：…)."""
        return (
            prev is not None
            and prev.kicker is not None
            and i > 0
            and self.lines[i - 1].number == prev.last
            and (
                (bool(_WORK_HEAD.match(compact(headline))) and bool(_WORK_HEAD.match(compact(prev.headline))))
                # (set apart by a blank, a subject's piece is a story of its own, 某县：… under a
                # column's label its first piece only, unless both are signed alike at their foot)
                or (named_head(headline) and named_head(prev.headline) and not self.lines[i].gap)
                or (
                    named_unit_head(headline)
                    and named_unit_head(prev.headline)
                    and self._signed_at_foot_alike(prev, i)
                )
            )
        )

    def _signed_at_foot_alike(self, prev: ArticleDraft, i: int) -> bool:
        """``prev``, a subject's piece under a label, closed its text with its credit (（通讯员
        某某）), and the head at line i has its text, not a byline, under it: another piece of the
        label's column, signed at its foot as the first was, however set apart (a story of its own
        is signed under its head)."""
        below = self._line(i + 1)
        return (
            prev.closed
            and prev.byline is not None
            and self.lines[i - 1].number == prev.last
            and self.lines[i - 1].kind in (BYLINE, PHOTO_CREDIT)
            and below is not None
            and not below.gap
            and below.kind == TEXT
        )

    def _case_labelled_alike(self, prev: ArticleDraft | None, k: int) -> bool:
        """Line k, under a head, labels its piece's first part with the label ``prev``, a piece
        under a column's label, opened its own first part with (【群众反映】 / … / 【部门回复】 over
        each case): the pieces are the column's cases, one form."""
        if prev is None or prev.kicker is None or not prev.headings or prev.headings[0].before:
            return False
        if k >= len(self.lines) or not part_label_at(self.lines, k):
            return False
        label = self.lines[k].text.strip("【】").lstrip(BRIEF_MARKS)
        return compact(label) == compact(prev.headings[0].text)

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
        below = self._line(i + n)
        if (
            len(heads) == 2
            and deck is not None
            and marked
            and not self.lines[i].marked
            and not self.lines[i + n - 1].indented
            and not (below is None or below.marked)
        ):
            # 乡村振兴一线 / ●某某镇 / its text: a bullet leads an item of a column, never a deck (no
            # paper bullets the line under its headline): the label over the column's first item's
            # head (a bulleted line indented, or over the next one, is a point of a list under a head)
            kicker, headline, deck = headline, deck, None
        in_column = (
            (kicker is not None and bool(BRIEF_COLUMN.match(compact(kicker))))
            # (wrapped or not); an unmarked head under a column's bulleted items is a story
            # of its own, its own byline under it
            # (not under briefs whose heads run in before their text, 【head】text: a head on a
            # line of its own is not in their form, so the column has ended)
            or (
                prev is not None
                and prev.in_column
                and len(heads) == 1
                and (marked or not prev.marked)
                and (marked or not prev.run_in)
                and not self._story_after_column(prev, i, n)
            )
            or marked
        )
        # the column's name heads each of its items; a new column's name (速读 over its ●
        # briefs, 民生速递) starts a column of its own
        # (观点摘编 over ●某报：… run in: a label of a word or two over its own briefs)
        new_column = (
            BRIEF_COLUMN.match(compact(headline))
            or self.lines[i + n].kind == BRIEF
            or (n == 1 and self._label_over_place_lead(i))
        )
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
        if kicker is None and len(heads) == 1 and self._signed_piece_over(prev, i):
            # 一家之言 / head / text（张三） / head set solid under it: short pieces, each closed by
            # its writer's name, one column under the label set apart over the first of them
            kicker, in_column = prev.kicker, True
        if kicker is None and len(heads) == 1 and self._next_work_note(prev, headline, i):
            # 新书架 / 《书名》 / its note, the next 《书名》 right under it: notes on works, one
            # column under the label over the first of them
            kicker = prev.kicker if prev is not None else None
        if kicker is None and len(heads) == 1 and self._case_labelled_alike(prev, i + n):
            # 民生热线 / case / 【群众反映】 … and the next case's head over 【群众反映】 again: the label
            # printed over the first case heads each case its parts are labelled alike in
            kicker = prev.kicker if prev is not None else None
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
            # (the bullet before the head marks where each of the column's briefs starts)
            bullet=self.lines[i + n - 1].mark.strip()[:1],
            head_flush=not self.lines[i].indented,
        )

    def _story_over_ad(self, i: int) -> bool:
        """Line i is a paragraph set solid under the open story's last line (or its body's first
        line, under its head), and a blank line parts it from the contact line below: the story's
        prose over an ad (or a box) set apart under it, never the ad's first line (a poster is set
        solid down to its phone).  So is the number to call alone on its line (咨询电话：…) set
        solid under the story's last line, the blank or the page's end under it: the story's (a
        guide box's fields, 办理条件：… / 办理地点：…, closed by whom to ask), no poster of one line."""
        art, ln = self.article, self.lines[i]
        # (1.… / 2.… / 3.… / 4.咨询电话：…: the number to call as the list's next point, the story's)
        point = art is not None and bool(art.paragraphs) and numbered_next(art.paragraphs[-1], ln.text)
        contact_field = call_line(ln) or (ln.kind == CONTACT and (field_line(ln.text) or point))
        if art is None or art.closed or not (ln.kind == TEXT or contact_field):
            return False
        if not (art.in_body and not ln.gap) and not (not art.in_body and art.headline):
            return False
        if i == 0 or art.last != self.lines[i - 1].number:
            return False
        if ln.kind != TEXT:
            # (热线电话：… / 微信：… / 来信地址：…: the ways to reach the box's desk, each a field of
            # its own set solid down to the blank, close it as one number alone does)
            end = run_end(self.lines, i + 1)
            fields = all(field_line(line.text) for line in self.lines[i + 1 : end])
            return art.in_body and end - i <= _CONTACT_FIELDS_MAX and fields
        for line in self.lines[i + 1 : i + _AD_LOOKAHEAD]:
            if line.kind == CONTACT:
                return False
            if line.gap:
                return True
        return False

    def _attribution_closes_saying(self, ln: Line, i: int) -> bool:
        """Line i, led by —— and set solid under a bulleted brief of a column whose one paragraph
        closed its sentence (●“…。” / ——网友“某某”): the saying's source, the end of its
        paragraph (a deck stands under a head, never under a bulleted brief's text)."""
        art = self.article
        return (
            art is not None
            and art.in_column
            and art.marked
            and not art.closed
            and len(art.paragraphs) == 1
            and i > 0
            and not ln.gap
            and dashed_deck(ln)
            and art.last == self.lines[i - 1].number
            and ends_sentence(art.paragraphs[-1])
        )

    def _continue_article(self, ln: Line, i: int) -> None:
        art = self.article
        assert art is not None
        kind = ln.kind
        if kind == PHOTO_CREDIT and ln.gap and art.paragraphs and page_wide_credit(ln.text):
            # 本版图片除署名外均由某某提供 set apart under a story's body: the page's note on the
            # source of its pictures, furniture as its imprint is, not this story's credit
            self.lines[i] = imprint_line(ln)
            self.masthead_lines.append(self.lines[i])
            art.closed = True
            return
        if self._attribution_closes_saying(ln, i):
            # ●“…。” / ——网友“某某”: who said the column's bulleted saying, run on as another
            # saying prints it on its last line; it closes the saying (the next bullet opens the
            # column's next one)
            art.join(ln)
            art.closed = True
            return
        if kind in (BYLINE, PHOTO_CREDIT):
            # (受访者供图 under the story: its pictures' source, the byline's credit of no role)
            credit = (
                parse_byline(ln.text, photo=kind == PHOTO_CREDIT)
                or parse_author_line(ln.text)
                or parse_name_line(ln.text)
                or courtesy_credit(ln.text)
            )
            # (a byline's run-on reads the line above again with it: ■记者 某某　通讯员 杨 柳　罗 /
            # 文君 names 罗文君, which the line above alone cut short)
            run_on = credit is not None and byline_run_on(self.lines, i)
            art.byline = credit if run_on else merge_bylines(art.byline, credit)
            art.last = ln.number
            if art.in_body:
                art.closed = True
            return
        if kind == CONTINUATION:
            _, markers = strip_continuation(ln.text)
            art.continuation.extend(markers)
            if all("转" in m for m in markers):
                # （下转第2版） alone under the story's last line: where the story goes on, kept
                # with it as its jump, while the line itself is the page's furniture, no item's
                # (the story ends at its last line of text)
                self.lines[i] = imprint_line(ln)
                self.masthead_lines.append(self.lines[i])
                art.closed = True
                return
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
            lead = lead_credit(rest) if inner is None else None
            if lead is not None:
                art.byline = merge_bylines(art.byline, lead[0])
                # 记者 张春晓 从…获悉: named in the sentence, which keeps the name; 记者 赵 丽　通讯员
                # 高 远　近日，… / 记者从…: a sentence of its own after it, the credit only a byline
                after = rest[lead[1] :]
                if _OWN_SENTENCE.match(after) or (
                    _SET_OFF.search(rest[: lead[1]]) and not _REPORTER_SUBJECT.match(after)
                ):
                    rest = after
            elif inner is None:
                if _OPEN_BRACKET.match(rest):  # （记者刘念　通讯员王涛 / 熊曼）: read when joined
                    art.open_credit = rest.strip()
            else:
                # a bracket after the dateline, or a credit closed by 报道 between the dateline and
                # its colon, stands where only a credit does: a role may run into its name there
                after_dateline = m.group("byline") is not None or m.group("credit") is not None
                # (本报记者某某报道：…: a lead credit set solid, its role run into the name)
                run_in = m.group("lead") is not None and RUN_IN_LEAD.match(inner) is not None
                byline = parse_byline(inner, credit=after_dateline or run_in)
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
            if ln.marked or led_by_bullet(ln, arrows=True):  # the bullet (or arrow) only marks the brief
                art.marked = True
                art.bullet = (ln.mark.strip() or ln.text)[0]
                rest = ln.text if ln.marked else ln.text[1:].lstrip()
                lead = _BRACKETED_LEAD.match(rest)
                if lead is not None:  # ▲【吕亭镇】该镇…: the bracketed place heads this brief
                    art.headline, rest = lead.group(1), rest[lead.end() :]
                art.add_paragraph(rest, ln)
                return
        answered = _ANSWERED_BY.match(ln.text.strip()) if kind == TEXT and not art.in_body else None
        if answered is not None and art.headline:
            # (市妇幼保健院儿科主任医师　某某　解答) under a Q&A column's head: who answers, a credit
            # of the head's block (no scored role), not the body's first paragraph
            credit = Credit(answered.group("role"), (clean_text(answered.group("who")),))
            art.byline = merge_bylines(art.byline, Byline(others=(credit,)))
            art.last = ln.number
            return
        m = INTERVIEWEE.match(ln.text) if kind == TEXT and not art.in_body and art.byline else None
        if m is not None and not ends_sentence(ln.text) and not ln.indented:
            # (受访者：某某，1963年生，…。 is a paragraph saying who the story's subject is; and
            # so is 　　坐诊专家：… opening on the paragraphs' indent, the body's first line)
            # 受访专家：某医院主任医师　李建华 under the byline: who was interviewed, a credit of the
            # head's block (no scored role), not the body's first paragraph
            who = clean_text(ln.text[m.end() :])
            art.byline = merge_bylines(art.byline, Byline(others=(Credit(m.group("role"), (who,)),)))
            art.last = ln.number
            return
        # a feature's body may open with a subhead, under its head and byline
        # (or, right under its head, with the label a part's label keeps: ■居民来信 / letter)
        opens_body = (
            not art.in_body
            and bool(art.headline)
            and (
                (art.byline or art.standfirst) is not None
                or kept_mark_label(ln)
                # (◆某厂违规作业致伤 / … / ◆事故原因: the first of the parts marked alike)
                or marked_parts_below(self.lines, i)
            )
        )
        turn_head = self._head_over_turn(i)
        if turn_head is not None and (art.in_body or opens_body) and not art.open_sentence():
            art.add_subhead(turn_head, ln)
            return
        listed = self._under_colon(i)  # one of the items a line ending in a colon announced
        set_row = unit_set_row(self.lines, i)  # (电机最大扭矩（N·m）310: a table's row, whole)
        nxt = self._line(i + 1)
        # (□ 闻　言 under the last finished sentence, the story's last line: a byline's mark before a
        # padded name signs the piece, as a commentary is signed at its foot; a part's subhead,
        # 结　语, has the part's text under it)
        signature = (
            ln.text[0] in BYLINE_MARKS
            and split_signoff(ln.text, alone=True) is not None
            and (nxt is None or nxt.gap)
        )
        # (■ “先喝奶茶，再讲法律”: a mark the line kept, the comma inside its quotation having kept
        # it from being read as a marked head's, leads it all the same)
        kept_mark = not ln.marked and ln.text[0] in BRIEF_MARKS
        subhead = (
            (art.in_body or opens_body)
            and kind == TEXT
            and headline_like(ln)
            and subhead_long(ln)
            and (
                not clause_punctuated(ln.text)
                or self._stands_apart(i)
                # (◇ 平台聚力：让成果“落得下、长得大”: a head led by its mark, its only clause marks
                # inside the words it quotes)
                or (
                    (ln.marked or kept_mark)
                    and not clause_punctuated(QUOTED_WORDS.sub("", _CLOSING_NOTE.sub("", ln.text)))
                )
            )
            and not art.open_sentence()
            and not self._indented_wrap(i)
            and not self._narrow_paragraph(i)  # (however the story's first paragraph was set)
            # (◆作业公示 / 多所学校每天在班级群公示各科作业内容和预计 / 用时，…: under a subhead, a line
            # run to the column's full width with its sentence going on under it opens the part's
            # prose, however unpunctuated the width left it)
            and not (
                art.after_heading
                and not clause_punctuated(ln.text)
                and self._cut_at_measure(i)
                and self._opens_prose(i)
            )
            and not dashed_deck(ln)
            and not listed
            # (丁某某　马某某… over or under a row of names: a row of the list)
            and not (art.lists_on(ln) or list_rows(self.lines, i))
            and not field_under_field(self.lines, i)
            and not signature
            and not set_row
            # (受访人：某某（某校教练） under the body's first paragraph: who it interviewed, a line
            # of the text, never a part's head)
            and not (art.in_body and INTERVIEWEE.match(ln.text))
        )
        # a subhead heads text; a run of short marked lines with nothing under each is a list
        # (a table's header row, short as it is, heads rows: the title over it heads the table)
        heads_text = (
            nxt is not None
            and nxt.kind in (TEXT, LIST)
            and (
                not (nxt.marked or subhead_shaped(nxt))
                or row_run(self.lines, i + 1) > 0
                # (a list's lines, 丁某某　马某某　王某某 / …, head under it as a table's rows do)
                or list_rows(self.lines, i + 1)
                # (results listed event by event, 男子甲组100米：某某　10秒92 / …: a run of fields
                # heads under it as a table's rows do)
                or (not field_line(ln.text) and field_under_field(self.lines, i + 2))
                # (a paragraph's first line wrapped at a narrow column, short as it is)
                or self._indented_wrap(i + 1)
                # (a case's title over its first labelled part, ◆案例一　… / 【案情】 / prose: the
                # label heads the text under the title)
                or self._bracketed_part(i + 1)
            )
        )
        # (◇怎么办？: a short question led by a mark heads the part answering it, as a guide's are)
        asked = bool(ln.mark) and ln.text.rstrip().endswith(("？", "?"))
        if subhead and (asked or not ends_sentence(ln.text)) and heads_text:
            art.add_subhead(ln.text.lstrip(BRIEF_MARKS).strip() if kept_mark else ln.text, ln)
            return
        marked = self._marked_subhead(i)
        if marked is not None:
            art.add_subhead(marked, ln)
            return
        numbered = self._numbered_section(i) or self._numbered_part(i)
        if numbered and (art.in_body or opens_body) and not art.open_sentence():
            art.add_subhead(ln.text, ln)
            return
        text = ln.mark + ln.text  # ◆ 安全教育进课堂: a point of a list keeps its mark
        # (a point opening on the story's indent and wrapped onto a flush line is prose, not a head:
        # 　　1.参保人可通过…国家医 / 保服务平台…; nor is one run to its box's measure with the rest
        # of its sentence set solid under it: ②睡前检查燃气阀门是否关 / 闭，…。)
        cut_point = kind == LIST and self._cut_at_measure(i)
        heading = (
            kind == LIST and headline_like_list(ln.text) and not self._indented_wrap(i) and not cut_point
        )
        art.add_paragraph(text, ln, subhead=subhead or heading)
        if cut_point and not subhead and not ends_sentence(ln.text):
            art.joinable[-1] = True  # (the point's sentence goes on under it, however few its words)
        if listed or set_row or (art.in_body and dashed_deck(ln)):
            # one of the items listed (陈文博　某学院教授), or ——市消防救援支队防火处负责人 under the
            # quoted text saying who spoke: a line whole without its stop, neither a subhead nor a
            # sentence the next line goes on with
            art.joinable[-1] = False

    def _wrapped_prose(self, j: int, open_prose: bool) -> bool:
        """Line j, met scanning down a story's text, is prose however short and head-shaped a
        narrow column leaves it: it carries on the sentence the prose line above left open
        (``open_prose``: …一 / 季度，全市新开工…项目64 / 个，…), or it opens a paragraph with the
        story's indent and wraps onto the line under it (　　据了解，某县与…合作，建 / 立…)."""
        return (open_prose and _wraps_on(self.lines[j])) or self._indented_wrap(j)

    def _indented_wrap(self, i: int) -> bool:
        """Line i opens with the indent every paragraph of the open story opens with, and the line
        under it is set solid and flush: a paragraph's first line wrapped at a narrow column
        (　　地铁工作人员随即取来站内配备的AED除 / 颤仪，…), never a subhead, whose own text
        would open with the story's indent.  (Opening the body, on a page whose indent marks a
        paragraph, the line opens with the indent the story's paragraphs will.)"""
        art, ln, nxt = self.article, self.lines[i], self._line(i + 1)
        return (
            art is not None
            and ln.indented
            and not ln.mark
            and (
                (art.indented_starts > 0 and not art.flush_starts)
                or (not art.paragraphs and self.indents_mark and not ends_sentence(ln.text))
            )
            and nxt is not None
            and nxt.kind == TEXT
            and not nxt.gap
            and not nxt.indented
        )

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
        # (a head under the label is a box's (导读 over teasers); an indented line opens prose)
        if m is None or nxt is None or nxt.kind != TEXT or (headline_like(nxt) and not nxt.indented):
            return 0
        k = i + 1
        while k + 1 < len(self.lines) and self.lines[k + 1].kind == TEXT and not self.lines[k + 1].gap:
            # (an indent after a finished sentence opens the body's first paragraph, set solid
            # under the standfirst, and so does an interview's first turn)
            below = self.lines[k + 1]
            if ends_sentence(self.lines[k].text) and (below.indented or INTERVIEW.match(below.text)):
                break
            k += 1
        text = clean_text("".join(x.text for x in self.lines[i + 1 : k + 1]))
        art = self.article
        if art is None or art.in_body or art.closed or art.standfirst is not None or not art.headline:
            self._close()
            art = self.article = ArticleDraft(first=ln.number, last=ln.number)
        art.standfirst, art.standfirst_label = text, m.group("label")
        art.last = self.lines[k].number
        return k + 1 - i


_SALUTATION_MAX = 12  # 编辑同志：, 尊敬的某某公司领导：: whom a letter addresses, a few words


def _salutation(line: Line) -> bool:
    """``line`` is whom a letter addresses (编辑同志：, 尊敬的某某先生：): a few words closed by a
    colon, nothing else punctuated, unmarked."""
    text = compact(line.text)
    return (
        line.kind == TEXT
        and not line.mark
        and text.endswith(("：", ":"))
        and len(text) <= _SALUTATION_MAX
        and not clause_punctuated(text[:-1])
        and not SENTENCE_MARK.search(text)
    )


def _wraps_on(line: Line) -> bool:
    """``line``, under a line of prose that left its sentence open, goes on with that sentence:
    set solid, flush and unmarked, as a paragraph's next line is (a head or a new paragraph is
    set apart, indented or marked)."""
    return line.kind == TEXT and not line.gap and not line.indented and not line.mark


def letter_signature(lines: list[Line], i: int) -> bool:
    """Line i signs a reader's letter (青山区居民 王秀兰, 某省某市某区　张三).  Set apart with text set
    solid under it, a line of that shape (某某进村　某某出山: a place's last word, then four
    characters) heads the text instead: a signature closes what it signs."""
    if not LETTER_SIGNATURE.match(lines[i].text):
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    return not (lines[i].gap and below is not None and not below.gap and below.kind == TEXT)
