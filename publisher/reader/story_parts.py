"""Story parts: the page parser's rules for what an open story's body holds besides its
paragraphs: its subheads (set apart, led by a list's symbol, numbered, over an interview's turn)
and its parts labelled in brackets (【案情回放】), a pull quote and who said it (“…” / ——某某), and a
poem's verse under its head.  Kept apart from :mod:`~publisher.reader.stories`, which builds the
story and carries its paragraphs on: one job a module.  The story rules ask these whether a line
is such a part, and these add it to the open story.

A mixin of the page parser, the base of :class:`~publisher.reader.stories.StoryReader`: what it
needs from the parser is declared here.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from publisher.dates import LEAD_TIME, PERIOD_WORDS
from publisher.model import Byline, Credit
from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, clean_text, compact, ends_sentence
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import merge_bylines, parse_name_line
from publisher.reader.line_kinds import (
    BRIEF_COLUMN,
    BRIEF_MARKS,
    DATELINE,
    INTERVIEW,
    INTERVIEWEE,
    LIST,
    PHOTO_COLUMN,
    SIDEBAR_LABELS,
    SUBHEAD_MAX,
    TEXT,
    clause_punctuated,
    labelled_part,
    part_label_line,
)
from publisher.reader.lines import (
    Line,
    cut_clauses,
    headline_like,
    labels_recur_above,
    labels_recur_below,
    part_label_at,
    subhead_shaped,
)
from publisher.reader.notices import advice_box_apart, qa_box_apart
from publisher.reader.signoffs import split_trailing_byline
from publisher.reader.tables import SOURCE_NOTE, category_list, row_run, titled_table
from publisher.reader.verse import GROUP_HEAD, OTHER_POEMS, counted_poems, poem_title, prize_works, read_poem

# “落得下、长得大”: words a head quotes, whose marks are the quotation's, no clause of the head's
QUOTED_WORDS = compile_pattern(r"“[^“”]*”")
# a list's symbols, which a paper may print before a story's subheads too (▶, ◆, ◇)
_SUBHEAD_SYMBOLS = "◆▲★◇○▶►"
# the lines a paragraph's first clause may run over, in a narrow column, before its comma
_PROSE_LINES = 2
# 变化一：…, 其三：…: a subhead numbered in words after a short stem; an itinerary's or a method's
# parts count their days, stops or steps (第一天：…, 第2站　…, D3 …, 第三步：…), the counter after
# the numeral and a colon or a space after it
_NUMBERED_SUBHEAD = compile_pattern(
    r"^(?P<stem>[\u4e00-\u9fff]{0,4}?|D(?:ay|AY)?\s?)"
    r"(?P<n>[一二三四五六七八九十]{1,2}|(?<=[第DyY\s])\d{1,2})(?P<unit>[天日站步]?)"
    r"(?:[：:]|(?<=[天日站步\d])[\s\u3000]+(?=\S))"
)
_NUMBERED_SUBHEAD_WINDOW = 24
# 一、… / 二、…: a numbered part of a theory article or report, its heading a phrase or two
_NUMBERED_HEAD = compile_pattern(r"^[一二三四五六七八九十]{1,3}、")
_NUMBERED_HEAD_MAX = 30
# 【案情回放】: a story's part labelled in brackets, alone on its line
_BRACKETED_LABEL = compile_pattern(r"^【([\u4e00-\u9fff]{2,8})】$")
_APART_SUBHEAD_MAX = 16
_PHRASE_BREAK = compile_pattern(r"[，,、；;：:]")
_APART_PHRASE_MAX = 9
# 今年以来，… / 近日，… / 据悉，…: a time or source lead and its comma open a sentence (a paragraph
# cut by a column break), never a subhead
SENTENCE_OPENING = compile_pattern(rf"^(?:{LEAD_TIME}|{'|'.join(PERIOD_WORDS)}|据悉|据了解)(?:以来)?[，,]")
# “…” set apart, and ——邓卫东 (or ——书店店长 黎明, a role before the name) under it: a pull
# quote and who said it
_QUOTED = compile_pattern(r"^[“\"].+[”\"][。！？]?$")
# 周海燕：…, 某某报：…: who speaks, opening an interview's turn
_SPEAKER = compile_pattern(r"^[\u4e00-\u9fff]{2,8}[：:]")
# (or a role as long as a body's name and its post, ——市某某局主要负责人; ——访某某 is an interview's
# deck, who was visited, no speaker)
_ATTRIBUTION = compile_pattern(
    r"^(?:——|—|--)\s*(?P<name>(?!访)[\u4e00-\u9fff·]{2,20}(?:\s+[\u4e00-\u9fff·]{1,8}){0,2})$"
)
# ——市消防救援支队防火处负责人: who spoke, a role as long as a body's name and its post
_SPEAKER_AFTER = compile_pattern(r"^(?:——|—|--)\s*(?P<name>[\u4e00-\u9fff·][\u4e00-\u9fff· \u3000]{1,23})$")
# “…。”——余某某 on one line: the quotation closed once, at its end, and who said it after the dash
_QUOTE_SAID = compile_pattern(
    r"^(?P<quote>[“\"][^”\"]+[”\"][。！？]?)\s*(?:——|—|--)\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{1,8}){0,2})$"
)
_QUOTE_LINES_MAX = 3  # a pull quote set apart is a sentence or two, wrapped over a few lines


class StoryPartReader:
    """The story-part rules of the page parser (a mixin, the base of the story rules): what they
    read of the parser is declared here."""

    lines: list[Line]
    article: ArticleDraft | None
    indents_mark: bool  # some text line is set flush: an indent marks a paragraph's start
    # the label over the poem last read and the number of the line right under it: a poem whose
    # head stands there is the next of the label's poems (``_poem``)
    verse_column: tuple[str, int] | None = None

    if TYPE_CHECKING:  # the parser's other rules these call, defined by the other mixins

        def _close(self) -> None: ...

        def _cut_at_measure(self, i: int) -> bool: ...

        def _head_span(self, i: int) -> tuple[int, str] | None: ...

        def _line(self, i: int) -> Line | None: ...

        def _notice_span(self, i: int) -> int: ...

        def _start_article(self, i: int, n: int) -> None: ...

        def _wrapped_prose(self, j: int, open_prose: bool) -> bool: ...

    def _head_over_turn(self, i: int) -> str | None:
        """Line i is set flush (or led by a mark) and solid over a turn of the interview it stands
        in (“手艺人，一天都不能松” / 　　记者：…, ■年轻人愿意来，企业才有未来 / 　　某某报：…, ◆“…，…” /
        问：…): a part's subhead, its comma no clause of a paragraph (an interview's paragraph
        opens with who speaks, and a turn under it is never the same paragraph going on); its text
        without the mark, else None.  A turn is a question (记者：, 问：, 某某报：…？) or opens with
        one of the two voices or more the story has already heard in whole sentences."""
        ln, nxt, art = self.lines[i], self._line(i + 1), self.article
        if art is None or ln.indented or nxt is None or nxt.gap or nxt.kind != TEXT:
            return None
        if ln.kind not in (TEXT, LIST):
            return None
        if art.in_column and art.marked and ln.marked:
            # ■涡… / 市民反映：… / 处理结果：…: under a column item headed by its mark, the mark
            # heads the column's next item, its fields labelled as the last one's were (no voices)
            return None
        # (a mark the line kept, a comma having kept it from being read as a marked head's)
        text = ln.text.lstrip(BRIEF_MARKS + _SUBHEAD_SYMBOLS).strip()
        if ln.kind == LIST and text == ln.text:
            return None  # a numbered point (1.…, 一、…), not a head set off by a mark
        head = dataclasses.replace(ln, text=text, kind=TEXT)
        if not text or not headline_like(head) or len(text) > SUBHEAD_MAX or ends_sentence(text):
            return None
        if INTERVIEWEE.match(text):
            return None  # (受访人：某某（某校教练） over the first question: who it interviewed)
        if INTERVIEW.match(nxt.text):
            return text
        m = _SPEAKER.match(nxt.text)
        if m is None:
            return None
        if nxt.indented and nxt.text.endswith(("？", "?")):
            return text  # (某某报：…？ opening a paragraph: the interviewer's question, a turn)
        # (two voices taking turns in whole sentences: an interview, not a list of fields, 时间：…)
        voices = {v.group(0) for p in art.paragraphs if (v := _SPEAKER.match(p)) and ends_sentence(p)}
        return text if len(voices) >= 2 and m.group(0) in voices else None

    def _marked_subhead(self, i: int) -> str | None:
        """Line i is a short phrase led by a list's symbol (▶某某线路串起“古镇+”), set solid under
        a finished paragraph of an open, signed story that is no column of briefs, over prose that
        opens a paragraph as the story's own do: a subhead of the story, the symbol only its
        ornament (a list's point has another point or nothing under it; a brief's lead ends in a
        colon); its text without the symbol, else None.  Right under the byline (or the
        standfirst) it opens the body with the story's first part, as it heads each part after."""
        art, ln, nxt = self.article, self.lines[i], self._line(i + 1)
        if art is None or art.closed or art.in_column or not art.headline:
            return None
        if (art.byline or art.standfirst) is None or art.open_sentence():
            return None
        if ln.kind != LIST or ln.text[0] not in _SUBHEAD_SYMBOLS or self.lines[i - 1].kind == LIST:
            return None
        text = ln.text[1:].strip()
        # (a pair of matched phrases, ◆退渔还湖，还水面以清澈, is a subhead's shape, its comma no clause's,
        # and so is a comma inside the words it quotes, ◇ 多数居民：“屋里暖和，穿毛衣就行”)
        if not text or len(text) > SUBHEAD_MAX or SENTENCE_MARK.search(text):
            return None
        if clause_punctuated(QUOTED_WORDS.sub("", text)) and not _matched_phrases(text):
            return None
        if ends_sentence(text) or text.endswith(("：", ":")):
            return None
        indent_set = art.indented_starts > 0 and not art.flush_starts
        return (
            text
            if nxt is not None
            and nxt.kind == TEXT
            and not nxt.marked
            # (a line of prose cut at the column's full width before its first comma is no head's
            # shape, however unpunctuated: its sentence goes on under it)
            and (not subhead_shaped(nxt) or self._cut_at_measure(i + 1))
            and (nxt.indented or not indent_set)
            and self._opens_prose(i + 1)
            else None
        )

    def _opens_prose(self, j: int) -> bool:
        """Line j opens prose: a clause's comma or a sentence's stop, however narrow the column, on
        it or, where its first clause runs past the line (多所学校每天在班级群公示各科作业内容和预计 /
        用时，…), on the lines set solid and flush under it that carry its sentence on."""
        for k in range(j, min(j + _PROSE_LINES, len(self.lines))):
            ln = self.lines[k]
            if k > j and (ln.gap or ln.kind != TEXT or ln.marked or ln.indented):
                return False
            if clause_punctuated(ln.text) or SENTENCE_MARK.search(ln.text):
                return True
        return False

    def _stands_apart(self, i: int) -> bool:
        """Line i is a short phrase set off by blank lines (改什么，居民“点菜”): a subhead even
        with a comma in it."""
        nxt = self._line(i + 1)
        text = self.lines[i].text
        # Set off by blank lines, or, where the story sets its paragraphs solid (no blank line
        # above or below), set off the same way the paragraphs are.
        gap = self.lines[i].gap
        apart = (gap and (nxt is None or nxt.gap)) or (not gap and nxt is not None and not nxt.gap)
        return apart and _matched_phrases(text)

    def _numbered_section(self, i: int) -> bool:
        """一、延伸产业链条，推动产业结构优化 set apart over a paragraph: a numbered part's heading.
        (A bare phrase, 一、做强龙头企业, stays a heading-paragraph, as tests/pages/107 reads it,
        where every paragraph is set flush like it; set flush over a paragraph that opens with an
        indent, the bare phrase is set as no paragraph is: a heading too.  Set solid between
        paragraphs, it is one only where every paragraph of the story opens with the indent and
        it does not: flush, over a paragraph's indented first line.)"""
        ln, nxt, art = self.lines[i], self._line(i + 1), self.article
        indent_set = art is not None and (
            (art.indented_starts > 0 and not art.flush_starts) or (not art.paragraphs and self.indents_mark)
        )
        return (
            ln.kind == LIST
            and bool(_NUMBERED_HEAD.match(ln.text))
            and nxt is not None
            and (
                (ln.gap and nxt.gap)
                or (not ln.gap and not nxt.gap and indent_set and not ln.indented and nxt.indented)
                # (set apart above and flush, over its part's indented first line set solid)
                or (ln.gap and not nxt.gap and not ln.indented and nxt.indented)
            )
            and nxt.kind == TEXT
            and len(compact(ln.text)) <= _NUMBERED_HEAD_MAX
            and not ends_sentence(ln.text)
            and not SENTENCE_MARK.search(ln.text)
            and (
                # two phrases, set apart by a comma or a colon (一、林票改革：让林农分红)
                any(c in _NUMBERED_HEAD.sub("", ln.text, count=1) for c in "，,、；;：:")
                or (nxt.indented and not ln.indented)
            )
        )

    def _numbered_subheads(self, i: int) -> bool:
        """Line i opens a set of numbered subheads (变化一：… over prose, 变化二：… further down the
        same run of text): a story's parts, whatever words its paragraphs open with."""
        m = _numbered_subhead(self.lines[i])
        if m is None:
            return False
        j = i + 1
        while (
            j < len(self.lines) and j - i <= _NUMBERED_SUBHEAD_WINDOW and self.lines[j].kind in (TEXT, LIST)
        ):
            later = _numbered_subhead(self.lines[j])
            if later is not None:
                return _same_set(m, later)
            j += 1
        return False

    def _numbered_part(self, i: int) -> bool:
        """Line i heads one of the open story's numbered parts (第二天：… under 第一天：…, or the
        first of a set with the next below it), over the part's text: a subhead however long its
        route or its step runs (a numbered head may run longer than a bare subhead)."""
        art, below = self.article, self._line(i + 1)
        m = _numbered_subhead(self.lines[i])
        if m is None or art is None or below is None or below.gap or below.kind != TEXT:
            return False
        j = i - 1
        while (
            art.subheads
            and j >= 0
            and i - j <= _NUMBERED_SUBHEAD_WINDOW
            and self.lines[j].number >= art.first
        ):
            above = _numbered_subhead(self.lines[j])
            if above is not None:
                return _same_set(above, m)
            j -= 1
        return self._numbered_subheads(i)

    def _later_subhead(self, j: int) -> bool:
        """Another subhead-shaped line over prose comes below line j, before anything else starts."""
        lines = self.lines
        open_prose = False  # the prose line above left its sentence open
        while j < len(lines) and lines[j].kind in (TEXT, LIST):
            line = lines[j]
            if compact(line.text) in SIDEBAR_LABELS or SOURCE_NOTE.match(line.text):
                return False
            if split_trailing_byline(line.text) is not None:
                return False
            quoted = self._quote_and_speaker(j)
            if quoted is not None:  # a pull quote between two parts of the story
                j += quoted[1] + 1
                open_prose = False
                continue
            # a table printed in the story's part (its title over rows set solid), not a head
            titled = titled_table(lines, j)
            rows = titled + 1 if titled else row_run(lines, j)
            if rows:
                j += rows
                open_prose = False
                continue
            head = None if self._wrapped_prose(j, open_prose) else self._head_span(j)
            if head is not None and not cut_clauses(line):
                return head == (1, "body") and subhead_shaped(line) and self._notice_span(j) == 0
            # (a line of clauses longer than any subhead, 该市已建成…86间、接 / 收教室412间，覆盖…,
            # is the part's prose wrapped at the column's width, whatever stands under it)
            open_prose = not ends_sentence(line.text)
            j += 1
        return False

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
            and (
                art.in_body
                or (bool(art.headline) and (art.byline or art.standfirst) is not None)
                # right under the head: the label of the story's first part (【案情】)
                or (bool(art.headline) and not art.paragraphs and part_label_at(self.lines, i))
            )
            and not art.closed
            and not art.in_column
            # (under a part whose label runs into its few words, 【调料】盐、醋各适量, a recipe's
            # ingredient whole without its stop, the next label opens the next part)
            and (not art.open_sentence() or labelled_part(art.paragraphs[-1]))
            # (set apart under a letter its writer signed, 【追踪回音】 heads the paper's reply, a
            # piece of its own; set solid, 【编后】 is the letter's part)
            and not (art.signed and ln.gap)
            # (【警方提醒】, 【健康问答】 set apart: the heads' rules read it)
            and not advice_box_apart(art, ln)
            and not qa_box_apart(art, ln, nxt)
            and not BRIEF_COLUMN.match(m.group(1))
            and m.group(1) not in PHOTO_COLUMN
            # (a box's label set apart, 【相关链接】, may head a piece of its own; set solid under
            # the story's prose, 【链接】 is its part)
            and (m.group(1) not in SIDEBAR_LABELS or not ln.gap)
            and nxt is not None
            # (its prose may open on the story's dateline: 【案情回顾】 / 本报讯　去年11月，…, or
            # on the first of its numbered points: 【制作方法】 / ①…)
            and (nxt.kind in (TEXT, LIST) or (nxt.kind == DATELINE and not art.in_body))
            # (a narrow column's first line is as short as a head's: under a part's word, 【说法】,
            # a line opening with the paragraph's indent is the part's prose)
            # (and under a label whose brackets label the parts below again, 【局面】 / 红方：… /
            # 【要求】, whatever line the part opens on is its text: a story's part, no head)
            and (
                not headline_like(nxt)
                or cut_clauses(nxt)
                or (part_label_at(self.lines, i) and nxt.indented)
                or labels_recur_below(self.lines, i)
                or labels_recur_above(self.lines, i)
            )
        )

    def _pull_quote(self, i: int) -> int:
        """A quotation set apart with its ——speaker under it (or after it, on its line), inside an
        open story: the lines it takes, else 0.  (A story headed by the quotation, its words the
        paragraphs, closes with its ——speaker: ``_voice_speaker``.)"""
        art = self.article
        if self._voice_speaker(i):
            return 1
        said = self._quote_said(i)
        if said is not None:
            assert art is not None
            art.add_pull_quote(said.group("quote"), " ".join(said.group("name").split()), self.lines[i])
            return 1
        quoted = self._quote_and_speaker(i)
        # (set under the byline, over the first paragraph, the quotation opens the story: its
        # ——speaker is no head of a story of its own)
        opened = art is not None and (art.in_body or art.byline is not None)
        if art is None or not opened or art.open_sentence() or quoted is None:
            return 0
        said, n = quoted
        # 书店店长 黎 明: the role, then the name without its padding space
        role, *name = said.group("name").split()
        speaker = f"{role} {''.join(name)}" if name else role
        text = "".join(ln.text for ln in self.lines[i : i + n])
        art.add_pull_quote(text, speaker, self.lines[i + n])
        return n + 1

    def _voice_speaker(self, i: int) -> bool:
        """Line i, ——who (a name or a role) set solid under the last paragraph of a story headed by
        a quotation (声音 / “冬季取暖安全不能掉以轻心” / what was said / ——某某负责人), says who
        said it: the story's credit, and its end (not a paragraph).  True when taken."""
        art, ln = self.article, self.lines[i]
        said = _SPEAKER_AFTER.match(ln.text) if ln.kind == TEXT and not ln.gap else None
        if said is None or art is None or not art.in_body or art.closed or art.open_sentence():
            return False
        if not _QUOTED.match(art.headline or "") or art.last != self.lines[i - 1].number:
            return False
        speaker = " ".join(said.group("name").split())
        art.byline = merge_bylines(art.byline, Byline(others=(Credit("", (speaker,)),)))
        art.last = ln.number
        art.closed = True
        return True

    def _quote_said(self, i: int) -> re.Match[str] | None:
        """Line i, in an open story's body, is a quotation and ——who said it on one line, set off
        from the paragraphs (flush where they open with an indent, or between blank lines): a pull
        quote, not a paragraph."""
        art, ln, nxt = self.article, self.lines[i], self._line(i + 1)
        if art is None or not art.in_body or art.closed or art.open_sentence() or ln.kind != TEXT:
            return None
        indent_set = art.indented_starts >= 1 and not art.flush_starts and not ln.indented
        apart = ln.gap and (nxt is None or nxt.gap)
        if not (indent_set or apart):
            return None
        return _QUOTE_SAID.match(ln.text)

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

    def _category_list(self, i: int, span: int) -> int:
        """A list grouped by marked categories (``category_list``): one piece headed by the list's
        title, each category a subhead, each entry line a paragraph; the lines taken."""
        self._close()
        title = self.lines[i]
        art = self.article = ArticleDraft(first=title.number, last=title.number)
        art.headline = clean_text(title.text)
        for ln in self.lines[i + 1 : i + span]:
            if ln.mark:
                art.add_subhead(ln.text, ln)
                continue
            art.add_paragraph(ln.text, ln)
            art.joinable[-1] = False  # an entry is whole on its line, however it ends
        return span

    def _prize_works(self, i: int, works: list[tuple[int, int]]) -> int:
        """The works a contest's title heads (``prize_works``): each a piece of its own, the
        title its kicker, the prize's grade its headline, the author its byline and each line of
        the work (上联：…, a line of verse) a paragraph; the lines taken."""
        title = self.lines[i]
        for grade, last in works:
            self._close()
            head, author = self.lines[grade], self.lines[grade + 1]
            art = self.article = ArticleDraft(
                first=title.number if grade == i + 1 else head.number, last=head.number
            )
            art.kicker, art.headline = clean_text(title.text), clean_text(head.text)
            art.byline = parse_name_line(author.text)
            art.last = author.number
            for ln in self.lines[grade + 2 : last + 1]:
                art.add_paragraph(ln.text, ln)
                art.joinable[-1] = False  # a line of a couplet or a poem is whole without its stop
        return works[-1][1] + 1 - i

    def _poem(self, i: int) -> int:
        """A poem's body under its head and author line (or under a head that says 组诗): each
        line of verse a paragraph, each poem's title a subhead, the author's note the last
        paragraph; the lines it takes, else 0."""
        works = prize_works(self.lines, i)
        if works:
            return self._prize_works(i, works)
        entries = category_list(self.lines, i)
        if entries:
            return self._category_list(i, entries)
        art = self.article
        if art is None or art.closed or art.in_body or not art.headline or art.subheads:
            return 0
        group = bool(GROUP_HEAD.search(art.headline))
        counted = counted_poems(art.headline)
        if art.byline is None and not group and not counted:
            return 0
        parts, end = read_poem(
            self.lines,
            i,
            group=group,
            head_titled=bool(OTHER_POEMS.search(art.headline)),
            counted=counted,
            signed=art.byline is not None,
        )
        label = art.headline if counted else None
        for role, first, last in parts:
            ln = self.lines[first]
            if role == "title" and label is not None:
                # 诗二首 over its poems: each poem a piece of its own, titled by its own title and
                # the label over it as its kicker (as a column's label heads each brief under it)
                if art.paragraphs:
                    self._close()
                    art = self.article = ArticleDraft(first=ln.number, last=ln.number)
                art.kicker, art.headline, art.last = label, clean_text(ln.text), ln.number
                continue
            if role == "title":
                art.add_subhead(poem_title(ln), ln)
                continue
            art.add_paragraph(ln.text, ln)
            for line in self.lines[first + 1 : last + 1]:  # the note wrapped over lines
                art.join(line)
            if art.joinable:
                art.joinable[-1] = False  # a line of verse is whole without a full stop
        if parts:
            # the poem ends where its verse (or its author's note) does; 【点评】 set solid under it
            # opens the editor's word on the poem, a labelled part of the same piece
            comment = self._line(end)
            art.closed = comment is None or comment.gap or not part_label_line(comment)
            column = self.verse_column
            if (
                art.kicker is None
                and art.subheadline is None
                and column is not None
                and column[1] == art.first
            ):
                # 诗歌小辑 over a poem, and the next poem's head right under its last stanza: one
                # column of poems under the label, which heads each of them (as a column's name
                # heads each brief under it)
                art.kicker = column[0]
            below = self._line(end)
            self.verse_column = (art.kicker, below.number) if art.kicker and below is not None else None
        return end - i

    def _poem_under_name(self, i: int) -> int:
        """A poem's title set apart at line i, one bare name set solid under it (秋山帖 / 林望舒),
        and verse set apart under the name: the poem's head and its author, who signs it with no
        mark or role (2, the poem's body read next), else 0.  Only the verse under it tells the
        name from a second line of the head."""
        ln, name, body = self.lines[i], self._line(i + 1), self._line(i + 2)
        if name is None or body is None or not ln.gap or name.gap or not body.gap:
            return 0
        if ln.kind != TEXT or name.kind != TEXT or ln.mark or name.mark or not headline_like(ln):
            return 0
        author = parse_name_line(name.text)
        if author is None or ends_sentence(ln.text):
            return 0
        group = bool(GROUP_HEAD.search(ln.text))
        parts, _ = read_poem(self.lines, i + 2, group=group, head_titled=bool(OTHER_POEMS.search(ln.text)))
        if not parts:
            return 0
        self._start_article(i, 1)
        assert self.article is not None
        self.article.byline = author
        self.article.last = name.number
        return 2


def _matched_phrases(text: str) -> bool:
    """A short line of matched phrases (一双胶鞋，一根铁钎; 退渔还湖，还水面以清澈): a subhead's
    shape even with its comma, not a lead word and the sentence it opens (a sentence cut by a
    column break, 据悉，“善治宝”手机APP承, has a longer run after its comma)."""
    phrases = _PHRASE_BREAK.split(text.replace("“", "").replace("”", ""))
    return (
        len(compact(text)) <= _APART_SUBHEAD_MAX
        and all(0 < len(p.strip()) <= _APART_PHRASE_MAX for p in phrases)
        and max(map(len, phrases)) <= 3 * min(map(len, phrases))
        and not SENTENCE_OPENING.match(text)
    )


def _numbered_subhead(line: Line) -> re.Match[str] | None:
    """The numbering of a line shaped as a numbered subhead (变化一：…, 第一天：某地—某地（约60公里）):
    a phrase or two without a clause or a full stop, as long as a numbered head may run."""
    m = _NUMBERED_SUBHEAD.match(line.text)
    shaped = (
        line.kind == TEXT
        and headline_like(line)
        and len(compact(line.text)) <= _NUMBERED_HEAD_MAX
        and not clause_punctuated(line.text)
    )
    return m if shaped else None


def _same_set(first: re.Match[str], other: re.Match[str]) -> bool:
    """Two numbered subheads of one set: the same stem and counter, another number."""
    return (first.group("stem"), first.group("unit")) == (other.group("stem"), other.group("unit")) and (
        first.group("n") != other.group("n")
    )
