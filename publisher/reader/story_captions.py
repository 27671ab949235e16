"""Captions printed under a story that credits its pictures (文/图 X, 摄影 X): one sentence alone
at its foot, a sentence set flush and wrapped, numbered captions (①… / ②…) under a photo essay,
a portrait's caption over the profile it names.  The photos set apart from the stories, each
with a credit of its own, are in :mod:`publisher.reader.photos`.

A mixin of the page parser, whose lines, page number and item list it shares (declared once for
the photo and ad rules, in :class:`~publisher.reader.ads.BoxBase`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher.model import Article, Byline, Item, Photo
from publisher.patterns import compile_pattern
from publisher.punctuation import clean_text, compact, ends_sentence, whole_quotation
from publisher.reader.ads import BoxBase
from publisher.reader.articles import ArticleDraft
from publisher.reader.line_kinds import NEWS_LEAD, SENTENCE_END, TEXT, clause_punctuated, profile_box
from publisher.reader.lines import headline_like
from publisher.reader.photos import (
    CAPTION_LINES_MAX,
    CAPTION_MARKS,
    CAPTION_MAX,
    CIRCLED,
    PHOTO_SET_MAX,
    POINTER_CAPTION,
    caption_line,
    caption_title,
    wrapped_caption,
)

# a picture's scene in one short sentence, no clause, quotation or question in it (the day it was
# taken may lead it: 4月10日，某校学生表演粤剧选段。)
_SCENE = compile_pattern(r"^(?:\d{1,2}月\d{1,2}日[，,])?[^，,；;：:“”\"、。！？!?]{6,30}。$")
_ESSAY_WORDS_MAX = 300  # a photo essay's words on its pictures, one paragraph
# 某某：把桃园搬上“云端”: a profile's head, the person's name (two to four characters) and its colon
_PROFILE_HEAD = compile_pattern(r"^(?P<name>[\u4e00-\u9fff]{2,4})[：:]\S")
_PORTRAIT_CAPTION_MAX = 20  # 某某在修缮后的村史馆前: a caption of a phrase, no paragraph


def photo_essay(art: ArticleDraft) -> bool:
    """The open story is a photo essay's head and words: a title, its byline crediting the
    pictures (文/图 X), one short paragraph and nothing else, numbered captions under it.  A story
    told in paragraphs, or under a deck, a dateline or a kicker, is a story with its pictures."""
    return (
        bool(art.headline)
        and art.byline is not None
        and bool(art.byline.photographers)
        and len(art.paragraphs) == 1
        and len(art.paragraphs[0]) <= _ESSAY_WORDS_MAX
        and art.kicker is None
        and art.subheadline is None
        and art.standfirst is None
        and art.dateline is None
        and not art.subheads
        and not art.pull_quotes
        and not art.continuation
    )


def _story_crediting_pictures(item: Item | None) -> bool:
    """The item is a story whose byline credits its pictures."""
    return isinstance(item, Article) and item.byline is not None and bool(item.byline.photographers)


def _credits_pictures(art: ArticleDraft) -> bool:
    """The story's byline credits its pictures (文/图 X, 摄影 X)."""
    return art.byline is not None and bool(art.byline.photographers)


class StoryCaptionReader(BoxBase):
    """The rules for captions under a story that credits its pictures (a mixin of the page
    parser): what they need from it beyond :class:`~publisher.reader.ads.BoxBase` is declared
    here."""

    article: ArticleDraft | None
    items: list[Item]
    indented_prose: bool  # some text line of the page is printed after an indent

    if TYPE_CHECKING:  # the parser's rules these call, defined by their mixins

        def _head_over_turn(self, i: int) -> str | None: ...

        def _wrapped_after_stop(self, i: int) -> bool: ...

        def _emit_photo(
            self, first: int, last: int, caption: str, title: str | None, byline: Byline | None
        ) -> None: ...

    def _story_captions(self, i: int) -> int:
        """Lines of the captions printed with no credit of their own under a story that credits a
        photographer, starting at line i, else 0: one sentence alone (``_caption_under_story``),
        one sentence set flush and wrapped (``_flush_caption_under_story``), or numbered captions
        (①… / ②… / ③…) set apart at its foot: its pictures' captions, not its last paragraphs (a
        story's own numbered points are not credited to a photographer)."""
        if self._caption_under_story(i) or self._portrait_over_profile(i):
            return 1
        wrapped = self._wrapped_scene_at_foot(i)
        if wrapped:
            return wrapped
        lines, art = self.lines, self.article
        if art is None and self._titled_caption_above():
            # (the story's next picture, titled and captioned as the one above it was)
            return self._flush_caption_span(i) if caption_title(lines, i) else 0
        if art is None or not art.in_body or art.byline is None or not art.byline.photographers:
            return 0
        if not lines[i].gap:
            return 0
        k, number = i, 0
        while k < len(lines) and (k == i or not lines[k].gap) and len(lines[k].text) <= CAPTION_MAX:
            if lines[k].text.startswith(chr(ord("①") + number)):
                number += 1
            elif not (number and wrapped_caption(lines[k - 1], lines[k])):
                break
            k += 1
        closed = k == len(lines) or lines[k].gap
        if number >= 2 and closed:
            return k - i
        return self._flush_caption_under_story(i)

    def _portrait_over_profile(self, i: int) -> bool:
        """Line i, a short line set apart with no sentence's stop, opens on the name that the head
        set solid under it leads with (某某近照 / 某某：把桃园搬上“云端”, 某某（左）在… / 某某：…):
        the caption of the person's picture printed over the profile of them, no line of its head
        (a kicker never names the one the headline names first)."""
        lines = self.lines
        here, below = lines[i], lines[i + 1] if i + 1 < len(lines) else None
        if below is None or below.gap or below.kind != TEXT or here.kind != TEXT or not here.gap:
            return False
        led = _PROFILE_HEAD.match(below.text.strip())
        return (
            led is not None
            and not here.mark
            and len(compact(here.text)) <= _PORTRAIT_CAPTION_MAX
            and compact(here.text).startswith(led.group("name"))
            and compact(here.text) != led.group("name")
            and not ends_sentence(here.text)
            and not clause_punctuated(here.text)
        )

    def _flush_caption_under_story(self, i: int) -> int:
        """Lines of one sentence set flush and apart, from line i, under a story that credits a
        photographer and opens every paragraph with an indent (…。 / blank / 某日，某地… / 村民在
        采摘春茶。 / blank): its picture's caption wrapped over a few lines, printed with no credit
        of its own (the indent marks the story's paragraphs, so a flush block is none of them),
        else 0.  A short title may stand over the caption (开镰 / 6月4日，…。)."""
        art = self.article
        assert art is not None
        if art.closed or not art.indents_paragraphs() or art.open_sentence() or art.after_heading:
            return 0
        return self._flush_caption_span(i)

    def _titled_caption_above(self) -> bool:
        """The item closed last is a picture of the story above titled over its caption with no
        credit of its own (``_flush_caption_under_story``), the story crediting its pictures."""
        pictures = 0
        # (a story's pictures are a few: the walk back stops after a set's worth)
        for item in reversed(self.items[-PHOTO_SET_MAX - 1 :]):
            if isinstance(item, Photo) and item.byline is None and item.title is not None:
                pictures += 1
                continue
            return pictures > 0 and _story_crediting_pictures(item)
        return False

    def _flush_caption_span(self, i: int) -> int:
        """Lines of a caption set flush and apart from line i, a title over it or none, one
        sentence wrapped over a few lines, a blank under it; else 0."""
        lines = self.lines
        titled = caption_title(lines, i)
        start = i + 1 if titled else i
        k = i
        while k < len(lines) and (k == i or not lines[k].gap) and k - start < CAPTION_LINES_MAX:
            if lines[k].kind != TEXT or lines[k].indented or lines[k].mark:
                return 0
            k += 1
        text = "".join(ln.text for ln in lines[start:k])
        return (
            k - i
            if k - i >= 2
            and (k == len(lines) or lines[k].gap)
            and len(text) <= CAPTION_MAX
            and all(not ends_sentence(ln.text) for ln in lines[start : k - 1])
            # (under a title, a caption opening with when the picture was taken may say more
            # in a second sentence; a profile's particulars under its label open with a name)
            and (len(SENTENCE_END.findall(text)) == 1 or (titled and NEWS_LEAD.match(lines[start].text)))
            and ends_sentence(text)
            else 0
        )

    def _caption_under_story(self, i: int) -> bool:
        """Line i is one sentence alone between blank lines under a story whose byline credits its
        pictures (…。 / 文/图 本报记者 X / blank / 某某合影。, or 文/图 X over the head): the
        picture's caption, printed without a credit of its own."""
        lines, art = self.lines, self.article
        ln = lines[i]
        if art is None and self._second_story_caption(i):
            return True
        if art is None or not art.in_body:
            return False
        if not _credits_pictures(art):
            # (a profile box printed under the feature whose pictures are credited: its scene set
            # apart under the box is the feature's picture's caption, the box holding nothing more)
            return self._scene_at_foot(i) and profile_box(art.headline) and self._pictures_above()
        # Or set solid but flush under a story that opens every paragraph with an indent, its
        # last paragraph's sentence ended (and the line no wrap of it): the indent marks the
        # story's paragraphs, so a flush line is none of them.
        # (a story of one indented paragraph, on a page that indents its prose, marks it so too:
        # its pictures credited, one sentence set solid and flush under it is their caption)
        flush_under = (
            not ln.gap
            and not ln.indented
            and not art.closed
            and (art.indents_paragraphs() or (art.indented_starts == len(art.paragraphs) == 1))
            and not art.open_sentence()
            and not art.after_heading
            and not art.goes_on(ln)
            # (someone's words, quoted whole, close the paragraph above: a caption tells what
            # the picture shows, never quotes)
            and not whole_quotation(ln.text)
            # (a line the measure wrapped after the paragraph's full stop, with a sentence set
            # apart under it that reads as the caption: the paragraph's last line, the caption
            # below it)
            and not (
                i + 1 < len(self.lines) and self._wrapped_after_stop(i) and self._caption_under_story(i + 1)
            )
        )
        # Under a story still open, only when its paragraphs are set solid and the last one ends
        # its sentence: a line set apart there is no paragraph of it (文/图 X over the head, a
        # blank, 某某现场。 under the last paragraph).
        if self._scene_at_foot(i):
            return True
        open_story = not art.closed and not flush_under
        # (two paragraphs set solid show it as well as three: its credit names who took the
        # pictures, so a sentence set apart under them is looked for)
        solid = art.solid_starts >= 1 and not art.apart_starts
        # (a sentence led by ▲ set apart points at the picture however the paragraphs above are
        # spaced: no paragraph opens on a pointer, 　　…心更要传下去。 / blank / ▲某某在指导徒弟。)
        pointed = ln.gap and ln.text[0] in CAPTION_MARKS
        if open_story and (not (solid or pointed) or art.open_sentence() or art.after_heading):
            return False
        return (
            caption_line(ln)
            and (ln.gap or flush_under)
            # (flush under an indented story, a head set solid below it closes it as well: the
            # next picture's or story's title, as on a photo page set without blank lines; a line
            # indented there opens the story's next paragraph, cut where no mark stands, and a
            # marked head in a story already set in parts under subheads is its next part's)
            and (
                i + 1 >= len(lines)
                or lines[i + 1].gap
                or (
                    flush_under
                    and headline_like(lines[i + 1])
                    and not lines[i + 1].indented
                    and not (
                        lines[i + 1].mark
                        # (the first part's marked subhead over the interview's next turn too)
                        and (art.headings or self._head_over_turn(i + 1) is not None)
                    )
                )
            )
            and len(ln.text) <= CAPTION_MAX
            and ends_sentence(ln.text)
            and len(SENTENCE_END.findall(ln.text)) == 1
        )

    def _signed_story_above(self, i: int) -> bool:
        """The open story above line i is signed already (its byline under its head or in its
        dateline's brackets), its paragraphs set solid down to a finished sentence, and a blank
        parts line i from it: a 文/图 credit under line i signs a picture's caption, not the story."""
        art = self.article
        return (
            art is not None
            and art.byline is not None
            and self.lines[i].gap
            and art.set_solid()
            and not art.open_sentence()
            and not art.after_heading
        )

    def _second_story_caption(self, i: int) -> bool:
        """Line i, one sentence alone between blank lines, set in as the story's caption set
        apart right above it (…。 / 文/图 X / blank / 　　某某突破上篮。 / blank / 　　某某加油。): the
        next picture's caption, printed as the first was, with no credit of its own."""
        lines = self.lines
        above = self.items[-1] if self.items else None
        ln = lines[i]
        return (
            isinstance(above, Photo)
            and above.title is None
            and above.byline is None
            and i > 0
            and above.source.first == above.source.last == lines[i - 1].number
            and lines[i - 1].gap
            and lines[i - 1].indented == ln.indented
            and ln.kind == TEXT
            and ln.gap
            and (i + 1 >= len(lines) or lines[i + 1].gap)
            and len(ln.text) <= CAPTION_MAX
            and ends_sentence(ln.text)
            and len(SENTENCE_END.findall(ln.text)) == 1
        )

    def _pictures_above(self) -> bool:
        """The item closed last is a story whose byline credits its pictures."""
        return _story_crediting_pictures(self.items[-1] if self.items else None)

    def _scene_at_foot(self, i: int) -> bool:
        """Line i, set apart at the foot of an open story whose byline credits its pictures (a
        head below it), is one short sentence of a scene with no clause in it
        (某某在调试新换的控制柜。): the picture's caption, not the story's last paragraph, which
        goes on with what its people said and did, clause after clause.  Set solid under the
        story's last paragraph, indented as a paragraph is, the line is so too: one paragraph
        above it is the story (文/图 X / 　　连日来，…。 / 　　客商在市场里挑选药材。 / blank / head)."""
        lines, art = self.lines, self.article
        assert art is not None
        ln = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else None
        return (
            ln.kind == TEXT
            and not art.closed
            # (a profile box holds the particulars and nothing after them: one paragraph of it)
            and len(art.paragraphs) >= (2 if ln.gap and not profile_box(art.headline) else 1)
            and not art.open_sentence()
            and not art.after_heading
            and bool(_SCENE.match(compact(ln.text)))
            # (a head below it: at the page's end a short line is as likely the last paragraph)
            and below is not None
            and below.gap
            and headline_like(below)
        )

    def _wrapped_scene_at_foot(self, i: int) -> int:
        """Lines of a scene's one short sentence set apart from line i at the foot of an open story
        that credits its pictures, wrapped at the column's narrow measure (　　某某（右）在教孩子 /
        唱戏。), a head below it: the picture's caption, as the same sentence on one line is
        (``_scene_at_foot``); else 0."""
        lines, art = self.lines, self.article
        if art is None or not art.in_body or not _credits_pictures(art) or not lines[i].gap:
            return 0
        k = i + 1
        while k < len(lines) and not lines[k].gap and k - i < CAPTION_LINES_MAX:
            k += 1
        below = lines[k] if k < len(lines) else None
        block = lines[i:k]
        return (
            k - i
            if k - i >= 2
            and not art.closed
            and len(art.paragraphs) >= 2
            and not art.open_sentence()
            and not art.after_heading
            and all(ln.kind == TEXT and not ln.mark for ln in block)
            and not any(ends_sentence(ln.text) for ln in block[:-1])
            and not any(ln.indented for ln in block[1:])
            and bool(_SCENE.match(compact("".join(ln.text for ln in block))))
            and below is not None
            and below.gap
            and headline_like(below)
            else 0
        )

    def _story_caption_photo(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        essay = self.article if CIRCLED.match(lines[0].text) else None
        if essay is not None and photo_essay(essay):
            # the story above is the essay's words on its pictures: one photo with them
            self.article = None
            caption = essay.paragraphs[0] + "".join(clean_text(ln.text) for ln in lines)
            self._emit_photo(essay.first, lines[-1].number, caption, essay.headline, essay.byline)
            return
        # (a caption of one line is no title over a caption: 某某近照 over the profile it pictures)
        title = clean_text(lines[0].text) if span > 1 and caption_title(self.lines, i) else None
        # (上图：… names where the picture sits, △ points at it, neither says what it shows: no part
        # of the caption, as in ``_photo``)
        caption = "".join(
            clean_text(POINTER_CAPTION.sub("", ln.text.lstrip(CAPTION_MARKS)))
            for ln in lines[1 if title else 0 :]
        )
        self._emit_photo(lines[0].number, lines[-1].number, caption, title, None)
