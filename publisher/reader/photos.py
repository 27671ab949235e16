"""Photos set apart from the stories: a picture's title, caption and credit, a column of
pictures under one credit, a titled set each credited, an artwork and its maker (the captions
under a story that credits its pictures are in :mod:`publisher.reader.story_captions`, ads and QR
prompts in :mod:`publisher.reader.ads`, notices in :mod:`publisher.reader.notices`, weather boxes
in :mod:`publisher.reader.weather`).

Each ``…_span`` method says how many lines a photo starting at a line takes (0: none starts
there); the matching method emits the item.  A mixin of the page parser, whose lines, page number
and item list it shares (declared once for the photo and ad rules, in
:class:`~publisher.reader.ads.BoxBase`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from publisher.model import Byline, Credit, Item, Photo, SourceLines
from publisher.patterns import compile_pattern
from publisher.punctuation import bracket_depth, clean_text, compact, ends_sentence
from publisher.reader.ads import BoxBase
from publisher.reader.articles import ArticleDraft
from publisher.reader.bylines import (
    courtesy_credit,
    merge_bylines,
    page_wide_credit,
    parse_byline,
    photo_report_credit,
    source_credit,
    wrote_and_photographed,
)
from publisher.reader.caption_credits import (
    artist_caption,
    artwork_parts,
    artwork_title,
    maker_credit,
    split_photo_credit,
    titled_artwork,
    works_title,
)
from publisher.reader.line_kinds import (
    ANSWERER,
    BYLINE,
    DATELINE,
    LIST,
    MASTHEAD,
    NEWS_LEAD,
    PHOTO_CREDIT,
    SENTENCE_END,
    TEXT,
    clause_punctuated,
    photo_column,
    photo_column_lead,
)
from publisher.reader.lines import (
    Line,
    credit_run_on,
    cut_clauses,
    headline_like,
    printed_width,
    subhead_shaped,
)
from publisher.reader.tables import SOURCE_NOTE, chart_maker
from publisher.reader.verse import AUTHOR_NOTE

CAPTION_MARKS = "▲△↑↓"
CIRCLED = compile_pattern(r"[①-⑳]")
# (a set's pictures may be numbered 1　…, 2　…, the number set apart by a space, or each pointed at
# by a ▲ of its own)
_SET_CAPTION = compile_pattern(
    r"^(?:图\s*[①-⑳\d一二三四五六七八九十]|[①-⑳]|[1-9][ \u3000]+(?=\S)|[▲△]|[上下左右中]图\s*[:：]|图为"
    # 左下：… / 右上图：…: a picture pointed at by its corner of the set
    r"|[左右][上下]图?\s*[:：])"
)
# 上图：… / 下图：…: a caption pointing at its picture, standing alone without a credit (题图：…: the
# picture heading a page of essays)
POINTER_CAPTION = compile_pattern(r"^(?:[上下左右中]|题)图\s*[:：]\s*(?=\S)")
# 9月14日，…: a caption opens with the day its picture was taken
_SHOT_ON = compile_pattern(r"^\d{1,2}月\d{1,2}日[，,]")
PHOTO_SET_MAX = 6  # photos in one column under one credit
CAPTION_MAX = 120
CAPTION_LINES_MAX = 4  # lines one picture's caption wraps over in a set
# 《春江晓色》　国画　　林 一 舟: an artwork reproduced, its title, its medium and its maker, alone
# between blank lines (the maker printed with no role word; a name closed by 摄 is the credit of
# a photograph, 《老街的午后》　　某某　摄, read as a caption closed by its credit)
_ARTWORK = compile_pattern(
    r"^(?P<caption>《[^《》]{1,20}》[ \u3000]*[\u4e00-\u9fff]{0,8})[ \u3000]{2,}"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})(?<!摄)$"
)
_ARTIST_NOTE_MAX = 4  # lines of a note on an artwork's artist under its caption
# 作者X，某地人，…: a note on an artwork's maker that names him first (under a caption naming none);
# 作者系某校学员，…: or says who he is, the bracketed note's (（作者系…）) words set as a sentence
_NAMED_MAKER_NOTE = compile_pattern(r"^作者(?:[\u4e00-\u9fff]{2,4}[，,]|系[\u4e00-\u9fff])")


def _solid_caption_end(lines: list[Line], start: int, until: re.Pattern[str] | None = None) -> int:
    """Where a caption's plain lines set solid from ``start`` end (at most a caption's wrap), or
    before the first line ``until`` matches (the next numbered caption)."""
    end = start
    while (
        end < len(lines)
        and end - start < CAPTION_LINES_MAX
        and lines[end].kind == TEXT
        and not lines[end].gap
        and not (until is not None and until.match(lines[end].text))
    ):
        end += 1
    return end


# 国庆期间，…, 春节前夕，…, 中秋当天，…: a caption opening on when the picture was taken, the span
# of a holiday or an event, as a dated one opens (no title says when before a comma)
_PERIOD_LEAD = compile_pattern(r"^[\u4e00-\u9fff]{2,6}(?:期间|前夕|之际|当天|当日|以来)[，,]")


def wrapped_caption(above: Line, line: Line) -> bool:
    """``line``, set solid and flush under a numbered caption that left its sentence open, is
    that caption wrapped (④　某某公园的骑行道上，骑行爱好者 / 结伴而行。)."""
    return (
        not line.gap
        and not line.indented
        and not ends_sentence(above.text)
        and CIRCLED.match(line.text) is None
    )


def _indented_wrap(lines: list[Line], texts: list[str]) -> bool:
    """The caption's first line opens after an indent, as a paragraph does, and runs to the
    measure, its second set solid and flush under it, no wider: one caption wrapped (　　某镇一所
    学校里，学生们在排练国庆 / 文艺节目。　张三　摄), not a title over it (a title set off by an
    indent is centred, narrower than the caption's line)."""
    return (
        lines[0].indented
        and not lines[1].indented
        and not lines[1].gap
        and printed_width(lines[0]) >= len(texts[1].rstrip())
    )


def _wrapped_title(lines: list[Line], k: int) -> bool:
    """The title at line k wraps to the line set solid under it, a blank under both (某某大桥 /
    日均车流量突破5万辆次 / blank / the caption): the second line is a head's, no clause."""
    if k + 2 >= len(lines):
        return False
    second = lines[k + 1]
    return (
        headline_like(lines[k])
        and not second.gap
        and second.kind == TEXT
        and headline_like(second)
        and not clause_punctuated(second.text)
        and split_photo_credit(second.text) is None
        and lines[k + 2].gap
        # (the caption under the blank; a head there is the next piece's, or a title over its own)
        and not (headline_like(lines[k + 2]) and not clause_punctuated(lines[k + 2].text))
    )


def caption_title(lines: list[Line], i: int) -> bool:
    """Line i is a short title set apart and flush over a caption set solid under it (开镰 / 6月4日，
    某镇麦田里，收割机正在收割小麦。): a head's words, no clause, narrower than the caption's line
    (the first line of a caption wrapped runs to the measure, as wide as the line under it)."""
    if i + 1 >= len(lines):
        return False
    here, below = lines[i], lines[i + 1]
    return (
        here.gap
        and not here.indented
        and not here.mark
        and subhead_shaped(here)
        and not ends_sentence(here.text)
        and below.kind == TEXT
        and not below.gap
        and printed_width(here) < printed_width(below)
    )


# 记者, 通讯员, 摄影: a credit line opening on its role, 本报 (the paper's own) left on the line above
_ROLE_LEAD = compile_pattern(r"^(?:记者|通讯员|摄影)")
_CUT_DESK = compile_pattern(r"(?<=[。！？”])本报$")


def pointed_caption(line: Line) -> bool:
    """The line opens on a mark pointing at the picture (▲11月4日，…): a caption, which the mark
    makes read as a list's item."""
    return line.kind == LIST and line.text[:1] in CAPTION_MARKS


def caption_line(line: Line) -> bool:
    """The line may be a caption's: text, or text pointed at its picture by ▲."""
    return line.kind == TEXT or pointed_caption(line)


def _caption_texts(lines: list[Line]) -> list[str]:
    """The caption's lines as printed, the ▲ pointing at the picture taken off: it says where the
    picture sits, not what it shows.  In a set whose pictures are each pointed at (▲… / ▲… / ▲…)
    the marks part one picture's caption from the next, as ① and ② do, and are kept."""
    pointed = sum(1 for ln in lines if ln.text[:1] in CAPTION_MARKS)
    return [ln.text if pointed >= 2 else ln.text.lstrip(CAPTION_MARKS) for ln in lines]


def _wrapped_bracket_credit(above: str, last: str, indented: bool) -> tuple[str, Byline] | None:
    """(caption's last words, byline) of a credit in brackets opened at the end of the line above
    and closed on the last line (…游览。（新华社记者 / 　某某　摄）): the line broke inside the credit,
    which reads as one once the two lines are joined; else None.  The last line set in (indented)
    opens on the space printed between the credit's role and the name."""
    if not (bracket_depth(above) > 0 and bracket_depth(last) < 0):
        return None
    return split_photo_credit(above.rstrip() + ("\u3000" if indented else "") + last.strip())


def chart_credit(line: Line) -> Byline | None:
    """制图：X alone on its line: who drew the chart above, a picture's credit (a desk line names
    the page's staff, several roles or over the page, not under a caption)."""
    drawn = chart_maker(line)
    if drawn is None:
        return None
    return Byline(photographers=drawn.names, others=(Credit(drawn.role, ()),))  # (its wording kept)


def credit_over_prose(lines: list[Line], k: int) -> bool:
    """The photo credit at line k has a story's paragraph set solid under it (an indented line, a
    dateline): the byline of the story headed above it (城南新桥今日通车 / 本报摄影记者 王强 / an
    indented 今天上午，…), not the credit closing a picture's caption, which ends the photo."""
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        lines[k].kind == PHOTO_CREDIT
        and below is not None
        and not below.gap
        and (below.kind == DATELINE or (below.kind == TEXT and below.indented))
    )


class PhotoReader(BoxBase):
    """The photo rules of the page parser (a mixin): what they need from it beyond
    :class:`~publisher.reader.ads.BoxBase` is declared here."""

    article: ArticleDraft | None
    items: list[Item]
    indented_prose: bool  # some text line of the page is printed after an indent

    if TYPE_CHECKING:  # the parser's story rules these call, defined by their mixins

        def _signed_story_above(self, i: int) -> bool: ...

    def _emit_photo(
        self, first: int, last: int, caption: str, title: str | None, byline: Byline | None
    ) -> None:
        """A photo whose lines run from line number ``first`` to ``last``."""
        source = SourceLines(self.page, first, last)
        self._emit(lambda id_: Photo(id_, source, caption=caption, title=title, byline=byline))

    def _credits_open_story(self, i: int) -> bool:
        """The photo credit at line i is the open story's: set alone under its text (■摄影 …), under
        its byline (摄影：某某), or under its head over its first paragraph (``credit_over_prose``)."""
        art = self.article
        if art is None or art.closed:
            return False
        return art.in_body or art.byline is not None or credit_over_prose(self.lines, i)

    def _photo_span(self, i: int) -> int:
        """Number of lines of a photo (title?, caption, credit) starting at line i, else 0."""
        span = self._photo_lines(i)
        last = i + span - 1
        if span and last + 1 < len(self.lines) and credit_run_on(self.lines, last + 1):
            # (某报记者　某某 / 摄: the credit's closing 摄 wrapped onto a line of its own is the
            # photo's too)
            return span + 1
        return span

    def _photo_lines(self, i: int) -> int:
        """``_photo_span`` but for a credit's wrapped tail under the photo's last line."""
        lines = self.lines
        here = lines[i]
        if here.kind == PHOTO_CREDIT:
            return 0 if page_wide_credit(here.text) else self._credit_led_span(i)
        art = self.article
        if not here.gap and art is not None and art.in_body and SOURCE_NOTE.match(here.text):
            # 数据来源：… set solid under the story's table: its source, no picture's title
            return 0
        if self._artwork(i):
            return 1
        if self._titled_artwork(i) is not None:
            return 2
        bio = self._artist_note(i)
        if bio:
            return 1 + bio
        noted = self._noted_work(i)
        if noted:
            return noted
        if (
            here.kind == TEXT
            and split_photo_credit(here.text) is not None
            and (i + 1 >= len(lines) or lines[i + 1].gap)
        ):
            # …拍照留念。（通讯员 X 摄）: a caption closed by its own credit; a credit set apart
            # under it heads the next picture
            return 1
        if here.kind == LIST and CIRCLED.match(here.text):
            # ①… 本报记者 X 摄: a numbered picture, its caption and credit on one line, or its
            # caption wrapped and its credit set under it
            picture = self._credited_picture(i)
            if picture is not None:
                return picture[0] + 1 - i
            if not here.gap:
                return 0
            # (set apart, ①… / ②… / ③… / X 摄 is a set of pictures under one credit, read below)
        if not caption_line(here) and not (here.kind == LIST and _SET_CAPTION.match(here.text)):
            return 0
        credited = self._credited_set(i)
        if credited:
            return credited[-1][0] + 1 - i
        if ANSWERER.match(here.text):  # 答疑专家：… closes the Q&A above: no picture's title
            return 0
        if photo_column(here.text) and i + 1 < len(lines):
            below = self._photo_span(i + 1)
            return below + 1 if below else 0
        if self._led_maker_credit(i) is not None:
            return 2
        if i + 1 < len(lines) and lines[i + 1].kind == PHOTO_CREDIT:
            return 0 if headline_like(here) and credit_over_prose(lines, i + 1) else 2
        if (
            here.gap
            and i + 1 < len(lines)
            and not lines[i + 1].gap
            and chart_credit(lines[i + 1]) is not None
            and (i + 2 >= len(lines) or lines[i + 2].gap)
        ):
            return 2  # a chart's title and source set apart, 制图：X set solid under it
        if (
            i + 2 < len(lines)
            and headline_like(here)
            and caption_line(lines[i + 1])
            and lines[i + 2].kind == PHOTO_CREDIT
            and not credit_over_prose(lines, i + 2)
            # (a title set apart from its caption is not set solid under text: a line set solid
            # under a poem's line is the poem's, whatever the picture under the blank)
            and (here.gap or not lines[i + 1].gap or i == 0 or lines[i - 1].kind != TEXT)
        ):
            return 3
        # photo news: title, a caption set solid under it, and a 文/图 credit closing it (a
        # story's byline stands under its head, not under its only paragraph); the caption may
        # wrap over more lines in a narrow column while it stays a caption's length
        k, chars = i + 1, 0
        while (
            k < len(lines)
            and lines[k].kind == TEXT
            and not lines[k].gap
            and (k - i <= 3 or chars + len(lines[k].text) <= CAPTION_MAX)
        ):
            chars += len(lines[k].text)
            k += 1
        if (
            headline_like(here)
            and k > i + 1
            and sum(len(ln.text) for ln in lines[i + 1 : k]) <= CAPTION_MAX
            and k < len(lines)
            and lines[k].kind == BYLINE
            and not lines[k].gap
            and wrote_and_photographed(lines[k].text)
            and (k + 1 >= len(lines) or lines[k + 1].gap)
            # prose under the credit is the story it signs: head, deck and 文/摄 byline of an article
            and not (k + 1 < len(lines) and lines[k + 1].kind == TEXT and not headline_like(lines[k + 1]))
        ):
            return k + 1 - i
        span = self._credit_over_caption(i) or self._credit_closed_caption(i)
        if span:
            return span
        # A caption wrapped over lines with no blank between them, a title apart above it
        # (not when the line under the blank is a title over its own caption).
        # (a line of clauses a column break cut, 这条路一头连着…，中间因一处厂房围墙 / blank /
        # 阻隔，…, is a paragraph's first part, not a title)
        titled = headline_like(here) and not cut_clauses(here)
        head = 2 if titled and here.gap and _wrapped_title(lines, i) else 1
        start = i + head if titled and i + head < len(lines) and lines[i + head].gap else i
        if start > i and headline_like(lines[start]) and not clause_punctuated(lines[start].text):
            # (a line closed by its own credit is a photo of one line all the same)
            return 1 if split_photo_credit(here.text) is not None else 0
        k = start + 1
        chars = len(lines[start].text)
        # (a caption set as one paragraph, its first line indented and every line under it flush,
        # may run to twice a caption's length, one picture's words in a narrow column: a story's
        # paragraphs each open on an indent)
        first = start + 1 if start == i and titled else start
        indented_first = first < len(lines) and lines[first].indented
        # (a short caption wraps over five lines and more in a narrow column: read on while the
        # caption stays a picture's length; its first line may point at the picture, ▲11月4日，…,
        # under its title, a second ▲ points at another picture)
        while (
            k < len(lines)
            and (lines[k].kind == TEXT or (k == i + 1 == start + 1 and titled and pointed_caption(lines[k])))
            and not lines[k].gap
            and (
                k - start <= CAPTION_LINES_MAX
                or chars + len(lines[k].text) <= CAPTION_MAX
                or (
                    indented_first and not lines[k].indented and chars + len(lines[k].text) <= 2 * CAPTION_MAX
                )
            )
        ):
            chars += len(lines[k].text)
            k += 1
        one_paragraph = (
            indented_first
            and not any(ln.indented for ln in lines[first + 1 : k])
            and chars <= 2 * CAPTION_MAX
            # (its credit closing the block: prose under it is the story it signs)
            and (k + 1 >= len(lines) or lines[k + 1].gap)
        )
        # (（来源：某某）, the source in brackets on the caption's last line of its own, credits the
        # picture as a photographer's line would)
        sourced = k - 1 > start and source_credit(lines[k - 1].text) is not None
        k -= sourced
        art = self.article
        # (set solid under a photo column's label, 图片新闻 / title / caption, it is set apart all the
        # same; and under the page's number and section printed again where a column starts, 08 /
        # 图片新闻 / caption, as under a blank line)
        labelled = (
            start == i
            and i > 0
            and (
                (lines[i - 1].kind == TEXT and photo_column(lines[i - 1].text) is not None)
                or lines[i - 1].kind == MASTHEAD
            )
        )
        if (
            k - start >= 2
            # (a caption of five lines and more is a short one in a narrow column, no story's paragraph)
            and (
                k - start < CAPTION_LINES_MAX
                or sum(len(ln.text) for ln in lines[start:k]) <= CAPTION_MAX
                or one_paragraph
            )
            and (lines[start].gap or labelled)
            and caption_line(lines[start])
            and k < len(lines)
            and (lines[k].kind == PHOTO_CREDIT or sourced)
            and not (titled and credit_over_prose(lines, k))
            # (under a story that left its sentence open at a column break, a flush line set
            # apart goes on with it: 中间因一处厂房围墙 / blank / 阻隔，多年来…)
            and not (
                start == i
                and art is not None
                and art.in_body
                and art.open_sentence()
                and not lines[start].indented
                and art.goes_on(lines[start])
            )
        ):
            return k + 1 - i
        # A set of pictures: title?, a line on them all?, 图① … 图② … captions, one credit
        # under them all.
        j = i if _SET_CAPTION.match(here.text) else i + 1
        # (the line on them all may wrap over lines set solid: 大青山下的夏日 / 　　盛夏时节，…走 /
        # 进郊野，…。 / ①… / ②…)
        lead = _solid_caption_end(lines, j, until=_SET_CAPTION)
        if (
            j == i + 1
            and lead > j
            and lead < len(lines)
            and sum(len(ln.text) for ln in lines[j:lead]) <= CAPTION_MAX
            and _SET_CAPTION.match(lines[lead].text)
            and not lines[lead].gap
        ):
            j = lead
        k = j
        captions = 0
        while (
            k < len(lines)
            and captions < PHOTO_SET_MAX
            and lines[k].kind in (TEXT, LIST)  # ① … ② …: numbered captions read as a list
            and (
                _SET_CAPTION.match(lines[k].text)
                # (①　某日，研学团队在某洞景区聆听溶洞 / 形成的科普讲解。: a caption wrapped flush
                # under its open sentence is the same caption)
                or (captions and lines[k].kind == TEXT and wrapped_caption(lines[k - 1], lines[k]))
            )
        ):
            captions += bool(_SET_CAPTION.match(lines[k].text))
            k += 1
        # (the numbered captions may run on in one line: ①… ②… ③…)
        numbered = sum(len(CIRCLED.findall(ln.text)) for ln in lines[j:k])
        # a line on them all set solid under the numbered captions, over the one credit
        # (①… / ②… / ③… / 今年全县种植…万亩。 / 记者 X 摄): the set's closing caption, which may
        # wrap over a few lines
        closing = _solid_caption_end(lines, k)
        if (
            captions >= 2
            and k < closing < len(lines)
            and sum(len(ln.text) for ln in lines[k:closing]) <= CAPTION_MAX
            and lines[closing].kind == PHOTO_CREDIT
            and not lines[closing].gap
        ):
            k = closing
        if (
            (captions >= 2 or numbered >= 2)
            and k < len(lines)
            and (lines[k].kind == PHOTO_CREDIT or self._closing_text_and_photo_credit(k))
            and (j == i or headline_like(here))
        ):
            return k + 1 - i
        if split_photo_credit(here.text) is not None or self._pointer_caption(i):
            return 1
        if (
            here.gap
            # (or a caption marked as one: ▲某某古城前，游客… / 文/图 X; unmarked, a whole
            # sentence under no open story: a story's last paragraph is signed under its head)
            and (
                _SET_CAPTION.match(here.text)
                or here.text[0] in CAPTION_MARKS
                or (
                    ends_sentence(here.text)
                    and not headline_like(here)
                    and (self.article is None or self.article.closed or self._signed_story_above(i))
                )
            )
            and len(here.text) <= CAPTION_MAX
            and i + 1 < len(lines)
            and lines[i + 1].kind == BYLINE
            and not lines[i + 1].gap
            and wrote_and_photographed(lines[i + 1].text)
            and (i + 2 >= len(lines) or lines[i + 2].gap)
        ):
            return 2  # 图为… / 文/图 X: a picture's caption signed by who wrote and took it
        if (
            i + 1 < len(lines)
            and headline_like(here)
            and lines[i + 1].kind == TEXT
            and split_photo_credit(lines[i + 1].text) is not None
            # (an artwork's caption names the work: a line above it is no title of the picture)
            and not artist_caption(lines[i + 1].text)
        ):
            return 2
        if self._titled_photo_report(i):
            return 3
        return 2 if self._titled_scene(i) else 0

    def _titled_photo_report(self, i: int) -> bool:
        """A title set apart at line i, one caption's sentences set solid under it, then 记者 X
        摄影报道 set solid, a blank or the page's end under that: a picture's title, caption and
        photographer.  (Under a head's deck, which ends no sentence, the same credit signs the
        story whose prose follows the blank.)"""
        lines = self.lines
        if i + 2 >= len(lines):
            return False
        here, caption, credit = lines[i], lines[i + 1], lines[i + 2]
        return (
            here.gap
            and headline_like(here)
            and caption.kind == TEXT
            and not caption.gap
            and ends_sentence(caption.text)
            and len(caption.text) <= CAPTION_MAX
            and credit.kind == BYLINE
            and not credit.gap
            and photo_report_credit(credit.text)
            and (i + 3 >= len(lines) or lines[i + 3].gap)
        )

    def _led_maker_credit(self, i: int) -> Byline | None:
        """The maker's credit of a cartoon whose label runs in before its title at line i, its
        maker's line set solid under it and a blank under that (漫画　标题 / 作者　某某, 漫画：标题 /
        某某　作), else None: the label's picture, its maker in no scored role."""
        lines = self.lines
        if i + 1 >= len(lines) or lines[i].kind != TEXT or lines[i + 1].gap:
            return None
        led = photo_column_lead(lines[i].text)
        if led is None or not led[1] or (i + 2 < len(lines) and not lines[i + 2].gap):
            return None
        return maker_credit(lines[i + 1].text)

    def _titled_scene(self, i: int) -> bool:
        """A title set apart at line i over one line set solid and flush under it, the day the
        picture was taken leading it, one sentence, a blank under it (新桥通车在即 / 9月14日，某大桥
        引桥段进行路面施工。), on a page that opens its paragraphs with an indent: a picture's title
        and caption printed with no credit (a brief's text under its head is indented as every
        paragraph of the page is; a box's label over a note is no title)."""
        lines = self.lines
        if not self.indented_prose or i + 1 >= len(lines):
            return False
        here, caption = lines[i], lines[i + 1]
        return (
            here.kind == TEXT
            and here.gap
            and not here.mark
            and headline_like(here)
            and not clause_punctuated(here.text)
            and photo_column(here.text) is None
            and caption.kind == TEXT
            and not caption.gap
            and not caption.indented
            and (i + 2 >= len(lines) or lines[i + 2].gap)
            and _SHOT_ON.match(caption.text) is not None
            and len(caption.text) <= CAPTION_MAX
            and ends_sentence(caption.text)
            and len(SENTENCE_END.findall(caption.text)) == 1
        )

    def _credited_set(self, i: int) -> list[tuple[int, str, Byline]]:
        """A titled set of numbered pictures, each caption closed by its own credit, inline or on
        the line under it (光影某城 / ①… 张三 摄 / ②…, wrapped / 通讯员 李四 摄 / ③… / 某某供图), set
        solid from the title to a blank line: each picture's (last line index, caption, credit),
        else [].  The title names them all: one photo."""
        lines = self.lines
        title = lines[i]
        if title.kind != TEXT or not headline_like(title) or clause_punctuated(title.text):
            return []
        photos: list[tuple[int, str, Byline]] = []
        k = i + 1
        while k < len(lines) and not lines[k].gap and lines[k].text.startswith(chr(ord("①") + len(photos))):
            picture = self._credited_picture(k)
            if picture is None:
                return []
            photos.append(picture)
            k = picture[0] + 1
        closed = k >= len(lines) or lines[k].gap
        return photos if len(photos) >= 2 and closed else []

    def _credited_picture(self, first: int) -> tuple[int, str, Byline] | None:
        """One picture of a set from its numbered caption at line ``first``, wrapped over lines set
        solid, to its credit closing the caption's last line or set under it: (the credit's line
        index, the caption, the credit), else None."""
        lines = self.lines
        for k in range(first, min(first + CAPTION_LINES_MAX, len(lines))):
            if k > first and not wrapped_caption(lines[k - 1], lines[k]):
                return None
            wrapped = "".join(clean_text(ln.text) for ln in lines[first:k])
            split = split_photo_credit(lines[k].text)
            if split is not None:
                return k, wrapped + clean_text(split[0]), split[1]
            below = lines[k + 1] if k + 1 < len(lines) else None
            if below is None or below.gap:
                return None
            # (某某供图 names where the picture came from, never a photographer)
            credit = courtesy_credit(below.text)
            if credit is None and below.kind == PHOTO_CREDIT:
                credit = parse_byline(below.text, photo=True)
            if credit is not None:
                return k + 1, wrapped + clean_text(lines[k].text), credit
        return None

    def _artwork(self, i: int) -> bool:
        """《title》 medium  maker alone between blank lines: an artwork's picture (``_ARTWORK``)."""
        lines = self.lines
        return (
            lines[i].kind == TEXT
            and lines[i].gap
            and (i + 1 >= len(lines) or lines[i + 1].gap)
            and bool(_ARTWORK.match(lines[i].text))
        )

    def _titled_artwork(self, i: int) -> tuple[str, str, Byline] | None:
        """(work, caption, byline) of an artwork's title at line i over its maker's line set solid
        under it, a blank under that (黄海湿地秋韵（国画） / 王一鸣　作: ``titled_artwork``), else None."""
        lines = self.lines
        if lines[i].kind != TEXT or i + 1 >= len(lines) or lines[i + 1].gap:
            return None
        if i + 2 < len(lines) and not lines[i + 2].gap:
            return None
        return titled_artwork(lines[i].text, lines[i + 1].text)

    def _credit_closed_caption(self, i: int) -> int:
        """A caption set apart, wrapped over lines set solid, its last line closed by its own credit
        (…育秧 / 作业。眼下，…工作。陈　伟　摄), a title set solid over it or none, a blank under it:
        its lines, else 0.  (A caption on one line is read so elsewhere.)  Set solid under a photo
        column's label (图片新闻 / title / caption … 王　涛　摄), it is set apart all the same."""
        lines = self.lines
        here = lines[i]
        labelled = i > 0 and lines[i - 1].kind == TEXT and photo_column(lines[i - 1].text) is not None
        if not (here.gap or labelled) or here.kind != TEXT or i + 1 >= len(lines) or lines[i + 1].gap:
            return 0
        start = i + 1 if headline_like(here) and not clause_punctuated(here.text) else i
        k = start
        while k < len(lines) and k - start < CAPTION_LINES_MAX and lines[k].kind == TEXT:
            if k > start and lines[k].gap:
                return 0
            # (…游览。（新华社记者 / 　某某　摄）: the credit in brackets broken over two lines)
            above = lines[k - 1].text if k > start else ""
            broken = _wrapped_bracket_credit(above, lines[k].text, lines[k].indented)
            if broken is not None or split_photo_credit(lines[k].text) is not None:
                closed = k + 1 >= len(lines) or lines[k + 1].gap
                short = sum(len(ln.text) for ln in lines[start : k + 1]) <= CAPTION_MAX
                return k + 1 - i if k > start and closed and short else 0
            k += 1
        return 0

    def _artist_note(self, i: int) -> int:
        """Lines of the note on the artist set solid under an artwork's caption at line i (和顺春色
        （中国画）　X / X，某地人，某某协会会员，… / …。), down to its sentence's end, else 0: the
        picture's caption, its work the title.  The note opens on the artist's name (or 作者简介)."""
        lines = self.lines
        if lines[i].kind != TEXT or i + 1 >= len(lines) or lines[i + 1].gap:
            return 0
        parts = artwork_parts(lines[i].text)
        first = compact(lines[i + 1].text)
        if parts is not None:
            opens_note = first.startswith(tuple(parts[1] + mark for mark in "，,（(")) or bool(
                AUTHOR_NOTE.match(first)
            )
        else:
            # 长白秋韵（国画） / 作者X，某地人，…: the work titled with no maker, the note naming him
            opens_note = artwork_title(lines[i].text) and bool(
                _NAMED_MAKER_NOTE.match(first) or AUTHOR_NOTE.match(first)
            )
        if not opens_note:
            return 0
        k = i + 1
        while k < len(lines) and k - i <= _ARTIST_NOTE_MAX and lines[k].kind == TEXT:
            if k > i + 1 and lines[k].gap:
                return 0
            if ends_sentence(lines[k].text):  # (the note ends a blank line over what follows)
                return k - i if k + 1 >= len(lines) or lines[k + 1].gap else 0
            k += 1
        return 0

    def _noted_work(self, i: int) -> int:
        """Lines of an artwork's title naming its medium at line i (《林海晨曦》（油画）, or a set of
        works': 篆刻作品选), a note on the work set solid under it down to its sentence's end, and its
        maker's line closing them (作者　X, X　作), a blank under that: the picture's title, caption
        and credit; else 0."""
        lines = self.lines
        if lines[i].kind != TEXT or not (artwork_title(lines[i].text) or works_title(lines[i].text)):
            return 0
        k = i + 1
        # (the note's lines, then the maker's under them)
        while k < len(lines) and k - i <= _ARTIST_NOTE_MAX + 1 and lines[k].kind == TEXT and not lines[k].gap:
            if k > i + 1 and ends_sentence(lines[k - 1].text) and maker_credit(lines[k].text) is not None:
                return k + 1 - i if k + 1 >= len(lines) or lines[k + 1].gap else 0
            k += 1
        return 0

    def _closing_text_and_photo_credit(self, k: int) -> bool:
        """Line k is a 文/图 credit set solid under a set's numbered captions with a blank or the
        page's end under it (①… / ②… / 记者 X 文/图): who wrote the captions and took the pictures,
        the set's one credit (prose under it would be the story it signs)."""
        lines = self.lines
        return (
            lines[k].kind == BYLINE
            and not lines[k].gap
            and wrote_and_photographed(lines[k].text)
            and (k + 1 >= len(lines) or lines[k + 1].gap)
        )

    def _credit_over_caption(self, i: int) -> int:
        """Photo news with its 文/图 credit between title and caption (title / 文/图 X / one caption
        line set solid and flush, a blank under it), on a page that indents its paragraphs: 3, else
        0.  A story so headed opens its body with an indent or under a blank line."""
        lines = self.lines
        if i + 2 >= len(lines):
            return 0
        here, credit, caption = lines[i], lines[i + 1], lines[i + 2]
        return (
            3
            if (
                here.gap
                and headline_like(here)
                and credit.kind == BYLINE
                and not credit.gap
                and wrote_and_photographed(credit.text)
                and caption.kind == TEXT
                and not caption.gap
                and not caption.indented
                and not headline_like(caption)
                and ends_sentence(caption.text)
                and len(caption.text) <= CAPTION_MAX
                and (i + 3 >= len(lines) or lines[i + 3].gap)
                and self.indented_prose
            )
            else 0
        )

    def _credit_led_span(self, i: int) -> int:
        """Lines of a photo whose credit, set apart, stands over its title and caption (摄影：X /
        ▲title / caption, a blank under them): 3; a credit line alone is a photo of 1."""
        lines = self.lines
        if not (lines[i].gap and i + 2 < len(lines)):
            return 1
        title, caption = lines[i + 1], lines[i + 2]
        closed = i + 3 >= len(lines) or lines[i + 3].gap
        if (
            not title.gap
            and headline_like(title)
            and not clause_punctuated(title.text)
            and not caption.gap
            and caption.kind == TEXT
            and not headline_like(caption)
            and len(caption.text) <= CAPTION_MAX
            and closed
        ):
            return 3
        return 1

    def _pointer_caption(self, i: int) -> bool:
        """上图：… alone between blank lines: a picture's caption, even with no credit.  So is a
        sentence pointed at its picture set apart over the next picture's caption pointed the same
        way and closed by its credit (▲ 某地，村民在… / ▲ 某处的…设备。　X 摄): each mark points at a
        picture of its own, the one credit on the last line signs its own caption only."""
        lines = self.lines
        here = lines[i]
        if not here.gap or len(here.text) > CAPTION_MAX:
            return False
        below = lines[i + 1] if i + 1 < len(lines) else None
        if here.kind == TEXT and POINTER_CAPTION.match(here.text):
            return below is None or below.gap
        return (
            here.text[:1] in CAPTION_MARKS
            and ends_sentence(here.text)
            and below is not None
            and not below.gap
            and below.text[:1] == here.text[:1]
            and len(below.text) <= CAPTION_MAX
            and split_photo_credit(below.text) is not None
        )

    def _photo_pairs(self, i: int) -> list[tuple[int, int, int]]:
        """A column of photos each printed with its own title and caption, one credit under
        them all (图片新闻 / title / caption / title / caption / ■摄影 …): the (title, caption's
        first, caption's last) line indexes, else [].  A caption may wrap over lines set solid.
        Without a column label it takes three photos to tell them from short stories."""
        lines = self.lines
        labelled = lines[i].kind == TEXT and photo_column(lines[i].text) is not None
        j = i + 1 if labelled else i
        pairs: list[tuple[int, int, int]] = []
        while (
            j + 1 < len(lines)
            and len(pairs) < PHOTO_SET_MAX
            and headline_like(lines[j])
            and not clause_punctuated(lines[j].text)
            # ▲婺源油菜花海… over its text: a brief of a column, not a photo's title
            and not lines[j].marked
            # (图片新闻：title, its column's label leading it, opens a photo of its own: the
            # pictures above it are not in its credit's column)
            and not (pairs and photo_column_lead(lines[j].text) is not None)
            and lines[j + 1].kind == TEXT
            and (not headline_like(lines[j + 1]) or clause_punctuated(lines[j + 1].text))
        ):
            k = j + 2
            while k < len(lines) and k - j <= 3 and lines[k].kind == TEXT and not lines[k].gap:
                k += 1
            if sum(len(ln.text) for ln in lines[j + 1 : k]) > CAPTION_MAX:
                break
            pairs.append((j, j + 1, k - 1))
            j = k
        if j < len(lines) and lines[j].kind == PHOTO_CREDIT and len(pairs) >= (2 if labelled else 3):
            return pairs
        return []

    def _photo_set(self, i: int, pairs: list[tuple[int, int, int]]) -> int:
        """Emit one photo per (title, caption); the shared credit is every photo's byline and
        its line belongs to the last photo.  Returns the index after the credit."""
        credit = self.lines[pairs[-1][2] + 1]
        byline = parse_byline(credit.text, photo=True)
        # (a column label over the first photo is in its lines, not in its title)
        for k, (t, c0, c1) in enumerate(pairs):
            title = clean_text(self.lines[t].text)
            first = self.lines[i if k == 0 else t].number
            last = (credit if k == len(pairs) - 1 else self.lines[c1]).number
            caption = clean_text("".join(ln.text for ln in self.lines[c0 : c1 + 1]))
            self._emit_photo(first, last, caption, title, byline)
        return pairs[-1][2] + 2

    def _photo(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        if span > 2 and credit_run_on(self.lines, i + span - 1):
            lines = [*lines[:-2], lines[-1]]  # (the credit read whole on its run-on's line)
        credited = self._credited_set(i)
        if credited:  # a titled set, each picture credited: one photo, every credit its byline
            title = clean_text(lines[0].text)
            caption = "".join(c for _, c, _ in credited)
            byline = functools.reduce(merge_bylines, (b for _, _, b in credited))
            self._emit_photo(lines[0].number, lines[-1].number, caption, title, byline)
            return
        first = i
        if span > 1 and photo_column(lines[0].text) is not None:  # 图片新闻 over the photo
            lines = lines[1:]
            first = i + 1
        led = photo_column_lead(lines[0].text) if len(lines) > 1 else None
        if led is not None and led[1]:  # 【图片新闻】title over the caption: the title after the label
            lines = [dataclasses.replace(lines[0], text=led[1]), *lines[1:]]
        title: str | None = None
        byline: Byline | None = None
        titled = self._titled_artwork(first) if span - (first - i) == 2 else None
        if titled is not None:  # the work titles the picture, its maker's line is its credit
            work, medium, maker = titled
            self._emit_photo(self.lines[i].number, lines[1].number, medium, work, maker)
            return
        maker = maker_credit(lines[-1].text) if span > 2 and self._noted_work(i) == span else None
        if maker is not None:  # the work titles the picture, the note is its caption, the maker its credit
            caption = "".join(clean_text(ln.text) for ln in lines[1:-1])
            self._emit_photo(lines[0].number, lines[-1].number, caption, clean_text(lines[0].text), maker)
            return
        artwork = artwork_parts(lines[0].text) if len(lines) > 1 else None
        if artwork is None and len(lines) > 1 and self._artist_note(i) == len(lines) - 1:
            # the work titled with no maker over the note naming him: the note its caption, no credit
            caption = "".join(clean_text(ln.text) for ln in lines[1:])
            self._emit_photo(self.lines[i].number, lines[-1].number, caption, clean_text(lines[0].text), None)
            return
        if artwork is not None:
            # an artwork's caption over the note on its artist: the work titles the picture, the
            # note is its caption (``_artist_note``)
            title, byline = artwork[0], Byline(others=(Credit("", (artwork[1],)),))
            caption = "".join(clean_text(ln.text) for ln in lines[1:])
            self._emit_photo(self.lines[i].number, lines[-1].number, caption, title, byline)
            return
        if len(lines) > 1 and lines[0].kind == PHOTO_CREDIT:
            # 摄影：X set over the title and caption it credits
            byline = courtesy_credit(lines[0].text) or parse_byline(lines[0].text, photo=True)
            lines = lines[1:]
            texts = _caption_texts(lines)
        elif len(lines) == 3 and lines[1].kind == BYLINE and lines[-1].kind == TEXT:
            # title / 文/图 X / caption: the credit set between them (``_credit_over_caption``)
            byline = parse_byline(lines[1].text)
            lines = [lines[0], lines[2]]
            texts = _caption_texts(lines)
        elif span == 2 and (led_maker := self._led_maker_credit(i)) is not None:
            byline = led_maker  # 漫画　标题 / 作者　某某: who drew the cartoon
            texts = _caption_texts(lines[:-1])
        elif len(lines) > 1 and (chart := chart_credit(lines[-1])) is not None:
            byline = chart
            texts = _caption_texts(lines[:-1])
        elif len(lines) > 1 and (source := source_credit(lines[-1].text)) is not None:
            byline = source  # （来源：某某） under the caption: where the picture came from
            texts = _caption_texts(lines[:-1])
        elif lines[-1].kind in (PHOTO_CREDIT, BYLINE):
            # (受访者供图, 新华社发: a source, never a photographer's name, though a name's shape)
            byline = courtesy_credit(lines[-1].text) or parse_byline(
                lines[-1].text, photo=lines[-1].kind == PHOTO_CREDIT or photo_report_credit(lines[-1].text)
            )
            texts = _caption_texts(lines[:-1])
            if texts and _ROLE_LEAD.match(lines[-1].text):
                # ……操作流程。本报 / 记者　某某　摄: the credit's 本报 left at the caption's end, the
                # line broken inside 本报记者
                texts[-1] = _CUT_DESK.sub("", texts[-1])
        else:
            texts = _caption_texts(lines)
            split = split_photo_credit(texts[-1])
            art = _ARTWORK.match(texts[-1]) if len(lines) == 1 and self._artwork(i) else None
            if art is not None:  # the maker, named with no role word: a credit with no role
                maker = "".join(art.group("name").split())
                texts[-1], byline = art.group("caption"), Byline(others=(Credit("", (maker,)),))
            elif split is not None:
                texts[-1], byline = split
            elif len(texts) >= 2 and (
                joined := _wrapped_bracket_credit(texts[-2], texts[-1], lines[-1].indented)
            ):
                texts[-2:], byline = [joined[0]], joined[1]
            else:  # 上图：… standing alone, or a title over its caption, with no credit
                assert (len(lines) == 1 and self._pointer_caption(i)) or self._titled_scene(i)
        # A title stands apart from its caption (or is shaped like a headline); the first
        # line of a caption wrapped over lines is not one.
        # (nor is a first line that opens with when the picture was taken and breaks mid-clause:
        # 3月2日，某村村民在晾晒笋干，为清明 / 旅游旺季备货。; nor one indented as a paragraph opens,
        # its clauses run on: 　　某矿区，大型矿用卡车在采场作 / 业。…)
        cut_lead = (
            bool(texts)
            and (
                NEWS_LEAD.match(texts[0]) is not None
                or _PERIOD_LEAD.match(texts[0]) is not None
                or lines[0].indented
            )
            and clause_punctuated(texts[0])
        )
        if (
            len(texts) >= 2
            and not _SET_CAPTION.match(texts[0])
            and (
                lines[1].gap
                or (headline_like(lines[0]) and not cut_lead and not _indented_wrap(lines, texts))
            )
        ):
            title = clean_text(texts[0])
            if len(texts) >= 3 and _wrapped_title(lines, 0):
                title += clean_text(texts.pop(1))
            if re.fullmatch(r"【[^【】]+】", title):  # 【花海骑行】: the brackets only set the title off
                title = title[1:-1].strip()
            texts = texts[1:]
        elif led is not None and led[1] and len(texts) == 1:
            # 漫画：某某 over its credit alone: what the label leads is the picture's title, no caption
            title, texts = clean_text(texts[0]), []
        if texts:  # 上图：… （记者 王强 摄）: where the picture sits, said before its caption
            texts[0] = POINTER_CAPTION.sub("", texts[0])
        caption = "".join(clean_text(t) for t in texts)
        # The column's label (图片新闻, 【图说】) is no part of the title: the photo has no field
        # to hold it (a photo is said as 图片新闻 all the same), so it stays in the lines only.
        self._emit_photo(self.lines[i].number, lines[-1].number, caption, title, byline)
