"""Columns of briefs (简讯, 短波, 乡镇传真): the page parser's rules for a column's label and the
briefs under it, headed (【head】text, ●某某镇：…) or not, and for labelled parts of a story
(【案情】, 【小贴士】) that look like briefs but belong to it.  A mixin of the page parser, like
:class:`~publisher.reader.photos.PhotoReader`: what it needs from the parser is declared here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher.patterns import compile_pattern
from publisher.punctuation import clean_text, compact, ends_sentence
from publisher.reader.articles import ArticleDraft
from publisher.reader.line_kinds import (
    ARROW_MARKS,
    BRIEF,
    BRIEF_COLUMN,
    BRIEF_MARKS,
    BYLINE,
    DATELINE,
    FIELD_NEWS_COLUMN,
    LIST,
    NEWS_LEAD,
    PART_LABEL,
    SIDEBAR_LABELS,
    TEXT,
    brief_parts,
    clause_punctuated,
    profile_box,
)
from publisher.reader.lines import (
    Line,
    cut_clauses,
    dashed_deck,
    headline_like,
    indented_rows,
    led_by_bullet,
    printed_width,
)
from publisher.reader.signoffs import split_signoff
from publisher.reader.verse import AUTHOR_NOTE

# a column's name over its bulleted briefs (市民热线, 百姓呼声): a word or two, no headline
_COLUMN_LABEL_MAX = 6
# a line a character or two short of the measure is still full (a hanging mark), as stories.py reads it
_MEASURE_SLACK = 2
# a run of lines set solid shows its own column's measure when a few of its lines run to one
# width (within the slack), as wide as a column of prose: the lines its text wrapped at
_FULL_LINES_MIN = 3
_SOLID_MEASURE_MIN = 12
# 顶，预计年底投入使用。: a line opening on one character and a clause's mark, the last character of
# a word the line above was cut in (no sentence opens on a word of one character and a comma)
_WORD_TAIL = compile_pattern(r"^[\u4e00-\u9fff][，,、；;]")


def _head_alone(art: ArticleDraft) -> bool:
    """``art`` is a head line and nothing else: no credit, no kicker over it, not closed (a
    column's label waiting for its briefs)."""
    return art.byline is None and not art.closed and art.kicker is None


class ColumnReader:
    """The brief-column rules of the page parser (a mixin)."""

    lines: list[Line]
    article: ArticleDraft | None
    _solid_measures: list[int] | None = None  # per line, its solid run's measure (``_solid_measure``)
    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _close(self) -> None: ...

        def _line(self, i: int) -> Line | None: ...

        def _wrapped_clause(self, i: int) -> bool: ...

        def _clause_runs_on(self, i: int) -> bool: ...

        def _measure(self) -> int | None: ...

        def _narrow_paragraph(self, i: int) -> bool: ...

        def _cut_below(self, k: int) -> bool: ...

    def _column_over_bullets(self, i: int) -> bool:
        """Line i is a column's name (经济速览, 法治快讯, 各地农讯) set apart over bulleted items (●…): a
        column of briefs of its own, never a subhead of the story above (a subhead heads prose)."""
        ln, below = self.lines[i], self._line(i + 1)
        return (
            ln.gap
            and bool(BRIEF_COLUMN.match(compact(ln.text)) or FIELD_NEWS_COLUMN.match(compact(ln.text)))
            and below is not None
            and not below.gap
            and (below.marked or below.kind == BRIEF or below.text[0] in BRIEF_MARKS)
        )

    def _label_over_place_lead(self, i: int) -> bool:
        """Line i is a column's label (当湖快讯) set solid over a brief led by its place, unmarked
        (新埭镇　12月6日，…): the column's first brief, not a second line of the label's head.  A
        label of a word or two (观点摘编) heads briefs too when the one under it is bulleted and
        runs its head into text the column's width cuts (●某某报：… / …): a head's line is whole."""
        ln, below = self.lines[i], self._line(i + 1)
        if below is None or below.gap or below.kind != TEXT:
            return False
        label = compact(ln.text)
        if BRIEF_COLUMN.match(label):
            return brief_parts(below.text, place_lead=True) is not None
        return (
            not ln.marked
            and 0 < len(label) <= _COLUMN_LABEL_MAX
            and below.marked
            and self._cut_at_measure(i + 1)
            and self._lead_parts(i + 1) is not None
        )

    def _story_after_column(self, prev: ArticleDraft, i: int, n: int) -> bool:
        """Head lines i.. (n of them), set apart by a blank under the column's item ``prev``,
        head a story of its own, not the column's next brief: its own credit printed on the line
        under its head (文/图　本报记者　某某), which no brief's head carries, or the item above
        ran to more paragraphs than a brief's one (a label over one story, 暖新闻 / head / …).  Under
        a column of short pieces each closed by its writer's name (短评 / head / text（王平）), a head
        over its own dateline (本报讯（通讯员　某某）…) heads a news story: no such piece opens so;
        and so it does under a column whose items print no head of their own (体坛速递 / 新华社某地
        某日电　… / …): the column's items are its headless briefs, a headed one is no item of it."""
        ln, below = self.lines[i], self._line(i + n)
        signed = prev.closed and prev.byline is not None
        signed_column = signed and not BRIEF_COLUMN.match(compact(prev.kicker or ""))
        return (
            ln.gap
            and not ln.marked
            and ln.text[0] not in BRIEF_MARKS
            and (
                (below is not None and below.kind == BYLINE)
                or len(prev.paragraphs) > 1
                or ((signed_column or not prev.headline) and below is not None and below.kind == DATELINE)
            )
        )

    def _brief_text_under(self, i: int, n: int) -> bool:
        """Line i+n, set solid under head lines i.. of a column (the column's name, or a brief's
        bulleted head: 体坛速递 / ■羽毛球：某某晋级四强), is a long line of clauses whose sentence
        goes on in the line under it (在刚刚结束的…比赛中，某某连胜 / 三场，晋级四强。), or a line
        the column's width cut (``_cut_at_measure``): the brief's text (under the name alone, the
        first brief's, its head run in or none), never a deck; a brief's head says its news in one
        phrase, with no deck under it."""
        ln = self.lines[i + n]
        if ln.gap:
            return False
        column = bool(BRIEF_COLUMN.match(compact(self.lines[i].text))) and not self.lines[i].marked
        if (ln.marked or ln.text[0] in BRIEF_MARKS) and not (column and n == 1):
            return False  # a bulleted line under a bulleted head is the column's next item
        return (column or self.lines[i + n - 1].marked) and (
            self._wrapped_clause(i + n) or self._cut_at_measure(i + n)
        )

    def _opens_headless_brief(self, art: ArticleDraft, i: int) -> bool:
        """Paragraph line i opens a brief of a column printed without heads (民生速递 / 4月14日，…
        / 市交通运输局公布，…): each paragraph under the column's name is a brief of its own."""
        ln = self.lines[i]
        bullet = ln.kind in (LIST, TEXT) and ln.text[0] in BRIEF_MARKS  # ●东莞图书馆“漂流书亭”增至80个…
        if self.bulleted_brief(art, i) or self._same_bullet(art, i):
            return True
        signed_off = art.closed and art.byline is not None
        if (
            art.in_column
            and art.marked
            and not art.headline
            and art.paragraphs
            and not bullet
            and not signed_off
        ):
            # under a bulleted brief, an unmarked paragraph is still that brief's (unless the brief
            # closed with its own credit, （记者　某某）: what follows is the column's next brief)
            return False
        # (a narrow column's paragraph opens with a line as short as a head's: 　　3月21日，某市第三批)
        prose = ln.kind == TEXT and (not headline_like(ln) or self._narrow_paragraph(i))
        return (bullet or prose) and self._headless_brief(art)

    def bulleted_brief(self, art: ArticleDraft, i: int) -> bool:
        """■家住某街道的李女士来电称，… under a column's label or its last bulleted brief: a
        bulleted paragraph of prose (a sentence, or a long line of clauses a column break cut)
        opens the column's next headless brief; so does one led by an arrow (生活提示 / ▶12月1日
        起，…), a column's bullet as much as ●.  (Bulleted lines set solid one under another are
        the points of one list: 数说某某 / ●…； / ●…；, 数读 / ▶…增长4.7% / ▶….)"""
        ln = self.lines[i]
        if ln.kind not in (LIST, TEXT) or not led_by_bullet(ln, arrows=True):
            return False
        if ln.text[0] in ARROW_MARKS and not (clause_punctuated(ln.text) or "。" in ln.text):
            # (an arrow leads a teaser's title as often, ▶某市出台…20条　2版, read as a list's
            # point whatever its words: only a sentence's prose after it is a brief's)
            return False
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (
            nxt is not None
            and not nxt.gap
            and (nxt.marked or nxt.text[0] in BRIEF_MARKS + ARROW_MARKS)
            # (each a whole sentence signed in brackets, ◇…。（张三） / ◇…。（李四）: a column's
            # short pieces set solid, each its own writer's, not the points of one list)
            and not (_signed_sentence(ln.text) and _signed_sentence(nxt.text))
        ):
            return False
        # (●市人民医院新院区门诊楼主体工程近日封 / 顶，…: a sentence the wrap cut inside a word)
        cut_word = nxt is not None and not nxt.gap and nxt.kind == TEXT and bool(_WORD_TAIL.match(nxt.text))
        prose = not headline_like(ln) or cut_clauses(ln) or self._cut_at_measure(i) or cut_word
        return prose and self._bulleted_column(art)

    def _cut_at_measure(self, i: int) -> bool:
        """Line i runs to the column's full width with the rest of its sentence set solid and
        flush under it (◎某某区近日向…发放“某某”等良种4 / 2万斤，…。): a sentence the column's width
        cut, however much like a head its words read (a head stops short of the measure, where
        its phrase ends; and the line under a cut one runs no wider than it does)."""
        ln, below = self.lines[i], self._line(i + 1)
        # (a narrow column of briefs beside the page's wider stories runs to a measure of its own)
        measure = min(filter(None, (self._measure(), self._solid_measure(i))), default=None)
        width = printed_width(ln) + len(ln.mark.strip())
        if ln.marked and self._cut_below(i):
            # (●某某纪念馆 / 5月起推出“某某季”活 / 动，…: a bulleted line as wide as the flush line
            # under it, which breaks off inside its sentence, is cut at its own narrow column's
            # measure, however wider the page's other columns run)
            return True
        return (
            measure is not None
            and below is not None
            and below.kind == TEXT
            and not below.gap
            and not below.marked
            and not below.indented
            and width >= measure - _MEASURE_SLACK
            and printed_width(below) <= width + _MEASURE_SLACK
        )

    def _solid_measure(self, i: int) -> int:
        """The width the run of lines set solid around line i wraps at: the widest that a few of
        its lines reach together (a head, a byline may run wider or narrower alone), as wide as
        a column of prose; else 0.  Read once for the page, run by run."""
        if self._solid_measures is None:
            measures: list[int] = []
            start = 0
            for k in range(1, len(self.lines) + 1):
                if k < len(self.lines) and not self.lines[k].gap:
                    continue
                run = self.lines[start:k]
                widths = sorted((printed_width(ln) + len(ln.mark.strip()) for ln in run), reverse=True)
                shared = (
                    widths[j]
                    for j in range(len(widths) - _FULL_LINES_MIN + 1)
                    if widths[j] - widths[j + _FULL_LINES_MIN - 1] <= _MEASURE_SLACK
                )
                measure = next(shared, 0)
                measures.extend([measure if measure >= _SOLID_MEASURE_MIN else 0] * len(run))
                start = k
            self._solid_measures = measures
        return self._solid_measures[i]

    def _same_bullet(self, art: ArticleDraft, i: int) -> bool:
        """Prose at line i opens with the bullet the column's brief above opened with, and that
        brief has finished its sentence (▲某某镇　近日，… / ▲某某镇近日完成…。): the column's next
        brief, headless, even set solid under it (the bullet marks where each brief starts; a
        list's points under a lead end its clause with a colon, not a full stop)."""
        ln = self.lines[i]
        return (
            ln.kind in (LIST, TEXT)
            and art.in_column
            and art.marked
            and art.bullet != ""
            and ln.text[0] == art.bullet
            and bool(art.paragraphs)
            and not (art.dateline or art.subheadline or art.standfirst)
            and (art.closed or ends_sentence(art.paragraphs[-1]))
            and (not headline_like(ln) or cut_clauses(ln))
        )

    @staticmethod
    def _bulleted_column(art: ArticleDraft) -> bool:
        """``art`` is a short label over nothing yet (市民热线), or a brief of a column whose
        briefs each open with the column's bullet and have finished their sentence: a bulleted
        paragraph of prose below opens the column's next brief, however many paragraphs the
        brief above ran to (the bullet marks where each one starts)."""
        if art.dateline or art.subheadline or art.standfirst:
            return False
        if not art.paragraphs:
            return _head_alone(art) and 0 < len(compact(art.headline)) <= _COLUMN_LABEL_MAX
        # (a headed brief closed by its own credit, ■某某 / …。 / （记者　某某）, is whole too: the
        # bulleted prose under it is the column's next brief, headless, whether the brief's head
        # was bulleted or printed plain under the column's name)
        signed_off = art.closed and art.byline is not None
        return (
            art.in_column
            and ((art.marked and not art.headline) or signed_off)
            and art.kicker is not None
            and (art.closed or ends_sentence(art.paragraphs[-1]))
        )

    @staticmethod
    def _headless_brief(art: ArticleDraft) -> bool:
        """``art`` is a column's name over no head of its own, or a brief under one that has
        finished its sentence: a news lead below starts the column's next brief."""
        if art.dateline or art.subheadline or art.standfirst:
            return False
        if not art.paragraphs:
            return _head_alone(art) and bool(BRIEF_COLUMN.match(compact(art.headline)))
        # (a brief may close with its own (记者 …); a headed one so closed is whole too: 屏边县 /
        # 　　…。（通讯员 X） / 　　…: the paragraph under its credit is the column's next brief)
        return (
            art.in_column
            and (not art.headline or (art.closed and art.byline is not None))
            and art.kicker is not None
            and len(art.paragraphs) == 1
            and ends_sentence(art.paragraphs[-1])
        )

    def _lead_parts(self, i: int) -> tuple[str, str] | None:
        """(head, text) of line i read as a column's brief with its head run in (【head】text,
        ●place：text, place　text, head　text), its bullet put back; a line whose sentence the
        column's width cut (the rest set solid under it) is prose after its head, however short,
        as is one holding a clause whose sentence the lines under it carry to its full stop
        (●某某公司：公司公告，拟 / 投资…。 / ●…: a head's phrase runs into no sentence)."""
        ln = self.lines[i]
        if ln.kind == LIST and ln.text[0] not in BRIEF_MARKS:
            return None  # 1.某某：… / （一）…: a list's point, never a brief's head run in
        cut = self._cut_at_measure(i) or self._wrapped_clause(i) or self._clause_runs_on(i)
        return brief_parts(ln.mark + ln.text, place_lead=True, cut=cut)

    def _column_lead(self, art: ArticleDraft, i: int) -> bool:
        """新仓镇：启动… under a column's label or its last finished brief (closed by its own
        credit or not): the next brief, its place run in as its head."""
        if self._lead_parts(i) is None:
            return False
        if art.head_only():
            # (人物名片 / 某某　1970年生，…: the profile's first line, its subject named first)
            # (近期赛事 / 　　7月4日　某某联赛　某馆 / …: a calendar's first row, its day no brief's head)
            return (
                art.subheadline is None
                and art.kicker is None
                and not profile_box(art.headline)
                and not indented_rows(self.lines, i)
            )
        ln = self.lines[i]
        return (
            art.in_column
            and (not art.closed or art.byline is not None)
            and len(art.paragraphs) == 1
            and ends_sentence(art.paragraphs[0])
            # (●某市：… / ●某市：… / [blank] 丰收好帮手　认准某牌: the column's briefs carry its bullet;
            # a line without it set apart under them is none of its items, a poster or a story)
            and not (art.marked and ln.gap and not ln.mark and ln.text[:1] not in BRIEF_MARKS)
        )

    def _brief(self, i: int) -> None:
        """【head】text: a brief; a column name printed just above becomes its kicker."""
        ln = self.lines[i]
        parts = self._lead_parts(i)
        assert parts is not None
        head, rest = parts
        art = self.article
        below = self._line(i + 1)
        if (
            art is not None
            and not art.closed
            and not art.in_column
            and (art.head_only() or art.in_body)
            and ends_sentence(ln.text)
            and below is not None
            and not below.gap
            and below.indented
            and dashed_deck(below)
        ):
            # ◆某氏家训：…。 over 　　——某镇　某某家庭: a saying and who it comes from, a quotation of
            # the piece's list, its mark as printed (a brief's text is no one's saying)
            art.add_paragraph(ln.mark + ln.text, ln)
            art.joinable[-1] = False
            return
        sidebar = compact(head) in SIDEBAR_LABELS
        inside = art is not None and art.in_body and not art.closed and not art.in_column
        # 【案情】… right under a story's head and its byline, if it prints one (not a column's
        # name): its first labelled part
        inside = inside or (
            art is not None
            and bool(art.headline)
            and not art.in_body
            and art.standfirst is None
            and ln.text.startswith("【")
            and bool(PART_LABEL.match(compact(head)))
            and not any(
                BRIEF_COLUMN.match(compact(h or "")) for h in (art.kicker, art.headline, art.subheadline)
            )
        )
        if art is not None and art.in_body and not art.closed and AUTHOR_NOTE.match(ln.text):
            # 【作者简介】某某，某地人… under an essay: its closing note about the author, one
            # paragraph as printed (the label is no subhead: nothing follows it)
            art.add_paragraph(ln.text, ln)
            return
        if art is not None and ((art.in_body and sidebar) or (inside and not NEWS_LEAD.match(rest))):
            # 【小贴士】… or 【案例】… inside a story: a labelled part of it, not a brief.
            art.closed = False
            if rest.strip() and not sidebar and (PART_LABEL.match(compact(head)) or art.in_body):
                # 【案情】老赵和老孙是邻居… with its text run in (or in the body, 【缴费标准】每人每年
                # 400元。, a guide's particular): the label opens the paragraph as printed (a label on
                # a line of its own is the part's subhead)
                art.add_paragraph(ln.text, ln)
                return
            art.add_paragraph(head, ln, subhead=True, sidebar=sidebar)
            art.add_paragraph(rest, ln)
            return
        if art is not None and art.head_only() and compact(head) == compact(art.headline):
            # 楼市速递 / 赣江新区 / ●赣江新区：近日，…: the brief's run-in head says again the head
            # set over it on a line of its own, the text that head waits for (its line whole, as
            # printed: no second brief under the same name)
            rest = ln.text.lstrip(BRIEF_MARKS).lstrip()
        elif art is not None and art.head_only() and art.subheadline is None and art.kicker is None:
            art.kicker, art.headline = art.headline, clean_text(head)
        else:
            # the column's name (乡镇传真) is the kicker of every brief under it
            column = art.kicker if art is not None and art.in_column else None
            self._close()
            art = self.article = ArticleDraft(
                first=ln.number, last=ln.number, kicker=column, headline=clean_text(head)
            )
        art.in_column = True
        art.marked = bool(ln.mark) or ln.text[0] in BRIEF_MARKS
        art.bullet = (ln.mark or ln.text)[0] if art.marked else ""
        art.run_in = bool(rest.strip())
        art.add_paragraph(rest, ln)


def _signed_sentence(text: str) -> bool:
    """The line is a whole sentence closed by its writer's name in brackets (…的套路。（张三））."""
    signed = split_signoff(text)
    return signed is not None and ends_sentence(signed[0])
