"""Lines: each printed line of a page as a Line record, with what its neighbours tell.

`split_lines` gives every non-blank line its number, whether a blank comes before it, its
indent and its kind (from `line_kinds`, which reads a line's own text), then corrects the kind
where the lines around it decide (a credit wrapped onto the next line, a name under a head, the
masthead block at the top). The shape tests the grouping asks again (is this line shaped like a
headline? like a subhead? a name?) live here too, so every module asks the same.
"""

from __future__ import annotations

import re
from collections import Counter

from publisher.patterns import compile_pattern
from publisher.punctuation import (
    bracket_depth,
    compact,
    ends_sentence,
    is_han,
    normalise_punctuation,
    strip_markup,
)
from publisher.reader.bylines import (
    BYLINE_MARKS,
    author_at_work,
    join_padded,
    notes_label,
    parse_author_line,
    parse_byline,
    parse_name_line,
    parse_staff_line,
    workplace,
)
from publisher.reader.line_kinds import (
    ARROW_HEAD,
    ARROW_MARKS,
    BARE_STANDFIRST,
    BRIEF,
    BRIEF_COLUMN,
    BRIEF_MARKS,
    BYLINE,
    CLAUSE_END,
    CONTACT,
    CONTRIBUTIONS,
    DECK_DASHES,
    ENGLISH_TURN,
    INTERVIEW,
    LETTER_SIGNATURE,
    LIST,
    LIST_RE,
    MARKED_HEAD,
    MARKED_SUBHEAD_MAX,
    MASTHEAD,
    PART_LABEL,
    PART_ORDINAL_LEAD,
    PHOTO_CREDIT,
    PLACE_NAME,
    PUBINFO,
    PUBINFO_LINE,
    SIDEBAR_LABELS,
    STAFF,
    STANDFIRST,
    SUBHEAD_MAX,
    TEXT,
    WEATHER,
    brief_parts,
    classify,
    clause_punctuated,
    dated_row,
    field_line,
    opens_on_contact,
    part_label_line,
)
from publisher.reader.masthead import (
    MastheadLine,
    long_section,
    paper_name,
    parse_masthead_line,
)
from publisher.reader.signoffs import QUESTION
from publisher.records import record


@record
class Line:
    """One printed line of a page with the shape the reader found for it."""

    number: int  # 1-based line number in the page
    text: str  # stripped
    gap: bool  # a blank line (or the start of the page) comes before it
    kind: str
    masthead: MastheadLine | None = None
    mark: str = ""  # the ● / ■ printed before a head (taken off its text): one of a column's items
    indented: bool = False  # printed after an indent (U+3000, a tab, two spaces): a paragraph's start

    @property
    def marked(self) -> bool:
        return bool(self.mark)


_SPEAKER_LINE = compile_pattern(r"^[\u4e00-\u9fff]{1,8}[:：].*[。！？?!]$")


# ▌人物名片, ▍行业简讯: a bar printed before a box's or column's label, as 【】 are around one: an
# ornament, no bullet of a list (a column's items are not led by it)
_ORNAMENT_BAR = compile_pattern(r"^[▌▍▎▋▊▉┃]+\s*(?=\S)")


_BRACKETED = compile_pattern(r"^[（(][^（）()]*[）)]$")


def in_brackets(text: str) -> bool:
    """The whole line stands in one pair of round brackets: a note or a credit (（指导老师：某某）),
    set off from the text it closes."""
    return bool(_BRACKETED.match(text.strip()))


_HEADLINE_MAX = 45
# （散文诗三章）, （外一首）, （小小说）: what kind of piece the title heads, said in brackets under it (a
# line of the head, its deck, as a literary page prints it; a note in brackets says more, in clauses)
_GENRE_NOTE = compile_pattern(
    r"^[（(][\u4e00-\u9fff]{0,5}(?:诗|词|章|首|题|散文|小说|随笔|杂文|小品|札记)[\u4e00-\u9fff]{0,2}[）)]$"
)


def genre_note(text: str) -> bool:
    """The line is what kind of piece the title above heads, in brackets (（散文诗三章）): a deck."""
    return bool(_GENRE_NOTE.match(text.strip()))


def _phone_in_sentence(text: str) -> bool:
    """A paragraph's opening line names a phone inside a clause it leaves open (　　某局公布举报
    电话0000-1234567，/ 接受社会各界…), or inside a sentence that runs on past it (　　欢迎拨打
    新闻热线0000-1234567，或通过客户端 / 反映…): prose that runs on below, not a line to call
    (which opens on its label, 电话：…)."""
    return (
        text.endswith(CLAUSE_END) or _NUMBER_MID_CLAUSE.search(text) is not None
    ) and not opens_on_contact(text)


# …拨打热线0000-1234567，或通过…: a number a clause goes on after, the sentence carried past it
_NUMBER_MID_CLAUSE = compile_pattern(r"\d[，,；;][\u4e00-\u9fff]")


def _number_runs_on(text: str, below: str) -> bool:
    """A paragraph's line ends on digits the line under it goes on with (　　某公司遗失公章一枚，
    编号：3101120 / 086541，声明作废。): one long number cut by the wrap (a seal's, a licence's),
    not a phone, which the next line would not carry on in digits."""
    return text[-1:].isdigit() and below.strip()[:1].isdigit() and not opens_on_contact(text)


def _code_runs_on(above: str, text: str) -> bool:
    """``text`` opens with a list's number (65、…) under a line that ends on a Latin letter with its
    sentence open (…新开通F / 65、F66两条线路): the rest of a code cut by the wrap (a bus line's,
    a road's, a model's), the paragraph going on, not a list's next item."""
    return above[-1:].isascii() and above[-1:].isalpha() and text[:1].isdigit() and not ends_sentence(above)


def _sentence_goes_on(above: Line, text: str) -> bool:
    """``text``, set solid under a paragraph's first line that left its sentence open (　　读者如有
    健康方面的 / 疑问，可拨打热线电话0000-1234567，或), finishes that line's clause and names a phone
    inside its own: the paragraph going on, not a line to call (which opens on its label)."""
    return (
        above.kind == TEXT
        and above.indented
        and not ends_sentence(above.text)
        and not above.text.endswith(CLAUSE_END)
        and clause_punctuated(text)
        and not opens_on_contact(text)
    )


def _text_under(raws: list[str], number: int) -> bool:
    """The raw line under line ``number`` (1-based) is text, no list's next item: an item's text
    under its head."""
    below = strip_markup(raws[number]).strip() if number < len(raws) else ""
    return bool(below) and not LIST_RE.match(below)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their numbers, whether a blank precedes them, and their kind."""
    out: list[Line] = []
    places: set[int] = set()  # ●某某县： heads: a place, never an author's name
    gap = True
    raws = text.split("\n")
    for number, raw in enumerate(raws, start=1):
        # HTML residue goes before the line is classified (<p>本报讯 … is a dateline); a line
        # of nothing but markup (&nbsp;, <br>) is a blank line.
        unmarked = strip_markup(raw)
        stripped = unmarked.strip()  # every Unicode space: a line of only U+3000 or U+2028 is blank
        stripped = _ORNAMENT_BAR.sub("", stripped)  # ▌人物名片: the bar only sets the label off
        indented = unmarked.startswith(("\u3000", "\t", "  ", "\u00a0\u00a0"))
        if not stripped:
            gap = True
            continue
        masthead = parse_masthead_line(stripped)
        kind = classify(stripped, masthead)
        if kind == CONTACT and indented and _phone_in_sentence(stripped):
            kind = TEXT
        if (
            kind == CONTACT
            and indented
            and _number_runs_on(stripped, raws[number] if number < len(raws) else "")
        ):
            kind = TEXT
        if kind == CONTACT and not gap and out and _sentence_goes_on(out[-1], stripped):
            kind = TEXT
        if (
            kind == LIST
            and not gap
            and out
            and out[-1].kind != LIST
            and _code_runs_on(out[-1].text, stripped)
        ):
            # (under a list's item ending on a letter, 2、配备AED / 3、…, the next item all the same)
            kind = TEXT
        head = MARKED_HEAD.match(stripped) if kind in (TEXT, LIST) else None
        if head is None and kind == LIST and not indented and _text_under(raws, number):
            # (an arrow set in as its text is, 　　▶某项增长4.7%, leads a list's point, no head)
            head = ARROW_HEAD.match(stripped)
        if head is not None:  # ■植物园郁金香展开幕: a head, its mark taken off
            group = "head" if head.group("head") else "place"
            if group == "place" or PLACE_NAME.match(head.group(group)):
                # (●钟埭街道 alone, no colon: a place named by its suffix heads the brief too, never
                # an author's name)
                places.add(number)
            mark = stripped[: head.start(group)]
            text = head.group(group)
            if mark.strip() and text.endswith(mark.strip()) and len(text) > 1:
                # ◆经济短波◆: a label framed by the same mark on both sides; the closing one is
                # an ornament too, no part of the label
                text = text[: -len(mark.strip())].rstrip()
            out.append(Line(number, text, gap, TEXT, None, mark=mark, indented=indented))
        else:
            out.append(Line(number, stripped, gap, kind, masthead, indented=indented))
        gap = False
    return _labelled_heads(_author_lines(_continued_bylines(_read_top_block(out)), places))


def _labelled_heads(lines: list[Line]) -> list[Line]:
    """【短评】某某 over a byline set solid under it (本报评论员): the piece's head, its column's
    label in brackets run in before the title, not a brief's head run into its text (a brief
    signs at its end, never under its first line; a title says no clause)."""
    for k in range(len(lines) - 1):
        ln, below = lines[k], lines[k + 1]
        if ln.kind != BRIEF or below.kind != BYLINE or below.gap or not ln.text.startswith("【"):
            continue
        parts = brief_parts(ln.text)
        if parts is not None and not clause_punctuated(parts[1]) and not ends_sentence(parts[1]):
            lines[k] = Line(ln.number, ln.text, ln.gap, TEXT, None, indented=ln.indented)
    return lines


def _author_lines(lines: list[Line], places: set[int]) -> list[Line]:
    """◎ 李向东 / □ 张敏 乌日娜 set solid under a head: the author's byline, not a deck.  (Under
    the head's editor's note too: 编者按：… / □ 周文 is the head's block, the note between.)  On a
    page that sets every block apart, the author line is set apart too, above and below: still
    the head's (a deck is set solid under its headline)."""
    marked_labels = Counter(ln.mark + ln.text for ln in lines)
    labelled_parts = _short_label_runs(lines, places)
    # the bullet that led an item set earlier in the block, its prose (a sentence closed) under it
    item_mark, item_prose = "", False
    # the marks that led a line of the block above kept as a label (no author, no item's head)
    label_marks: set[str] = set()
    for k in range(1, len(lines)):
        ln, above = lines[k], lines[k - 1]
        below = lines[k + 1] if k + 1 < len(lines) else None
        raw = ln.mark + ln.text
        if ln.gap:
            item_mark, item_prose = "", False
            label_marks.clear()
        elif above.kind == TEXT and above.mark.strip():
            label_marks.add(above.mark.strip())
        next_item = bool(ln.mark.strip()) and ln.mark.strip() == item_mark and item_prose
        if ln.mark.strip():
            item_mark, item_prose = ln.mark.strip(), False
        elif ends_sentence(ln.text):
            item_prose = True
        repeated = marked_labels[raw] > 1 and bool(_REPEATED_LABEL.match(raw))
        if ln.kind == TEXT and ln.mark and (repeated or k in labelled_parts):
            # (■居民来信 / ■部门回复 over each letter and its answer: a label of four set solid after
            # its mark, marked again over the next piece, heads a part, never an author (a name signs
            # once under its head) nor a column's item: the line keeps its mark, as a part's label does)
            lines[k] = Line(ln.number, raw, ln.gap, TEXT, None, indented=ln.indented)
            continue
        signs_head = (
            # (■ 象棋擂台… / its prose / ■ 灯谜: the bullet the block's item above was led by leads
            # the next item, whatever its name: a short one is no author however like a name it is)
            not next_item
            and (not ln.gap or (below is not None and below.gap))
            and ln.number not in places
            and ln.kind in (TEXT, LIST)
            # (a headline may ask or exclaim: 邻居家的树倒了，谁来赔？ / □ 某某)
            and ((headline_like(above) and not _ends_statement(above.text)) or above.kind == STANDFIRST)
            # (读者　李女士 / ■回音: a letter's signature closes the letter above, no head)
            and not LETTER_SIGNATURE.match(above.text)
            # (天阳）: a credit's tail wrapped onto a line of its own closes the story above, no head)
            and not _closes_bracket_opened_above(above.text)
            # (under a column's label, 镇街速递 / ●某某街道, the marked name heads the first brief)
            and not BRIEF_COLUMN.match(compact(above.text))
            and (parse_author_line(raw) is not None or _signs_under_head(lines, k))
        )
        if ln.kind in (TEXT, LIST) and ln.mark.strip() in label_marks:
            # (组诗 / □ 某某 / ◎ 灯房 / verse / ◎ 罐笼: the mark that led a part's label set solid
            # above leads the next part's; an author signs once, under the head)
            continue
        if signs_head and labels_recur_below(lines, k):
            # (■ 收费即警惕 under the head, ■ 证件不离身 under the first part's prose: the mark heads
            # each part, the first too; the line keeps its mark, as a part's label does)
            lines[k] = Line(ln.number, raw, ln.gap, TEXT, None, indented=ln.indented)
            continue
        signs_foot = (
            not next_item and _signs_piece_above(ln, above, below) and parse_author_line(raw) is not None
        )
        if signs_head or signs_foot:
            lines[k] = Line(ln.number, raw, False, BYLINE, None)
            continue
        wrapped = _author_wrapped_below(lines, k)
        if wrapped is not None and _heads_author(lines, k):
            # (某市精神卫生中心儿童心理科　副主任 / 医师　某某: an expert's workplace, post and name
            # wrapped onto a second line set solid under the head; the pair is the author's credit,
            # the second line read with the first as a byline's run-on is)
            lines[k] = Line(ln.number, ln.text, False, BYLINE, None)
            lines[k + 1] = Line(lines[k + 1].number, wrapped, False, BYLINE, None)
    return lines


def _author_wrapped_below(lines: list[Line], k: int) -> str | None:
    """Line k and the line set solid under it, read together (joined where the wrap cut a word,
    else a space apart), when only together they name an author at work (a workplace, its post
    and one name): the joined text, else None."""
    ln = lines[k]
    below = lines[k + 1] if k + 1 < len(lines) else None
    if below is None or below.gap or ln.mark or below.mark or ln.kind != TEXT or below.kind != TEXT:
        return None
    if author_at_work(ln.text) is not None or ends_sentence(ln.text) or ends_sentence(below.text):
        return None
    if not workplace(ln.text.split()[0]):
        return None  # (the workplace whole on the first line: a title over 某局　供稿 is no author's wrap)
    for joined in (ln.text + below.text, f"{ln.text} {below.text}"):
        if author_at_work(joined) is not None:
            return joined
    return None


def _heads_author(lines: list[Line], k: int) -> bool:
    """Line k stands where an author signs under a head: set solid under a headline that makes
    no statement, or under the head's standfirst."""
    ln, above = lines[k], lines[k - 1]
    return (
        not ln.gap
        and ((headline_like(above) and not _ends_statement(above.text)) or above.kind == STANDFIRST)
        and not LETTER_SIGNATURE.match(above.text)
    )


def run_end(lines: list[Line], start: int) -> int:
    """The index of the first line from ``start`` on that is set apart by a blank: the end of the
    run set solid through ``start`` (the page's length when none is)."""
    end = start
    while end < len(lines) and not lines[end].gap:
        end += 1
    return end


def block_start(lines: list[Line], k: int) -> int:
    """The index of the line that opens line k's block (the lines set solid between blanks)."""
    while k > 0 and not lines[k].gap:
        k -= 1
    return k


def blocks(lines: list[Line]) -> list[range]:
    """The page's blocks, each the indices of lines set solid between two blanks."""
    spans: list[range] = []
    start = 0
    while start < len(lines):
        end = run_end(lines, start + 1)
        spans.append(range(start, end))
        start = end
    return spans


def part_label_at(lines: list[Line], k: int) -> bool:
    """Line k labels a story's part (``part_label_line``), or is a label alone in 【】 whose
    brackets label the parts under it again (``labels_recur_below``): the words need not be a
    part's known label (【群众反映】 / … / 【部门回复】).  (A marked line recurring so is read where
    it would sign the head, ``_author_lines``: a column's bulleted heads recur alike too.)"""
    ln = lines[k]
    return part_label_line(ln) or (not ln.mark and ln.kind == TEXT and labels_recur_below(lines, k))


# 端午习俗知多少, 夏季防暑有哪些妙招, 孩子“苦夏”怎么办？: a head that asks what the parts under it
# answer (a column's name, 体坛速递, 健康问答, asks nothing)
_ASKING_HEAD = compile_pattern(r"(?:知多少|有哪些|有几招|是什么|为什么|怎么办|如何\S{0,8}|[？?])$")


def parts_answer_head(lines: list[Line], k: int) -> bool:
    """Line k, set off by a mark, is one of the marks alike in its run (``labels_recur_below``)
    under a head set apart over the first of them that asks what they answer (端午习俗知多少 /
    ◇ 挂艾草菖蒲 / prose / ◇ 系五彩绳 / …): each marks a part of the piece, a subhead, no item of a
    column under its name."""
    mark = lines[k].mark
    start = block_start(lines, k)
    if not mark or start + 1 >= len(lines) or start == k:
        return False
    head = lines[start]
    return (
        not head.mark
        and head.kind == TEXT
        and bool(_ASKING_HEAD.search(compact(head.text)))
        and lines[start + 1].mark == mark
        and labels_recur_below(lines, start + 1)
    )


def marked_parts_below(lines: list[Line], k: int) -> bool:
    """Line k, set off by a mark (◆某厂违规作业致两人受伤), has lines marked alike further down its
    run, each alone under a finished sentence, and one of them names a part of a story (◆原因,
    ◆警示), or the head over them asks what they answer (``parts_answer_head``): the marks label
    the parts of one piece, the first of them too (a column's bulleted heads name places or news,
    never a part's kind)."""
    mark = lines[k].mark
    if not mark or not labels_recur_below(lines, k):
        return False
    return parts_answer_head(lines, k) or any(
        below.mark == mark and below.kind == TEXT and PART_LABEL.match(compact(below.text))
        for below in lines[k + 1 : run_end(lines, k + 1)]
    )


def marked_part(lines: list[Line], k: int) -> bool:
    """Line k labels a part of a piece whose parts are marked alike (``marked_parts_below``), or is
    the last such label, naming a part's kind (◆警示) under a line marked alike in its run."""
    ln = lines[k]
    if marked_parts_below(lines, k) or parts_answer_head(lines, k):
        return True
    if not k or not ln.mark or ln.kind != TEXT or not PART_LABEL.match(compact(ln.text)):
        return False
    return any(above.mark == ln.mark for above in lines[block_start(lines, k - 1) : k])


# 【群众反映】, 【部门回复】: a label alone in its brackets, a word or a short phrase
_BRACKETED_LABEL = compile_pattern(r"^【[\u4e00-\u9fff]{2,8}】$")


# ．日新月异, ，但…: a mark no line opens on but one the column cut from the figure or word above it
_OPENING_CUT_MARK = compile_pattern(r"^[．，。、；：？！）》」』,;:?!)]")


def opens_on_cut_mark(line: Line) -> bool:
    """The line opens on a mark that closes what the line above it left (…　6 / ．日新月异): the
    line above going on, cut at the column's width, never a line of a head."""
    return bool(_OPENING_CUT_MARK.match(line.text.strip()))


def bracketed_label(line: Line) -> bool:
    """【读者来信】, 【部门回复】: a line of text that is a label alone in its brackets."""
    return line.kind == TEXT and not line.mark and bool(_BRACKETED_LABEL.match(line.text))


def labels_recur_below(lines: list[Line], k: int) -> bool:
    """Line k, a label set off by a mark (■ 收费即警惕, ■案情) or alone in 【】 (【群众反映】), has a
    label set off alike further down its run, set solid, alone under a paragraph's finished sentence
    or a letter's signature (■ 证件不离身, ■说法, 【部门回复】, 【律师解答】): the story's parts are
    labelled so, the first of them too, however its words read (a name, a deck); an author signs
    once, and a deck is never repeated inside the story's text."""
    ln = lines[k]
    mark = ln.mark
    bracketed = not mark and bool(_BRACKETED_LABEL.match(ln.text))
    if not (mark or bracketed):
        return False
    for j in range(k + 1, run_end(lines, k + 1)):
        below = lines[j]
        alike = below.mark == mark if mark else bool(_BRACKETED_LABEL.match(below.text))
        # (under a letter its writer signed, 某区　读者　某某 / 【律师解答】: the letter's part ends
        # on its signature)
        above = lines[j - 1].text
        if alike and below.kind == TEXT and (ends_sentence(above) or LETTER_SIGNATURE.match(above)):
            return True
    return False


def labels_recur_above(lines: list[Line], k: int) -> bool:
    """Line k, a label alone in 【】 (【部门回应】) set solid under a paragraph's finished sentence, has
    a label alike further up its run (【市民来电】 / … / 【记者调查】 / …): the story's last labelled
    part, as ``labels_recur_below`` reads its first, however its words read."""
    ln = lines[k]
    if (
        ln.mark
        or ln.gap
        or not k
        or not _BRACKETED_LABEL.match(ln.text)
        or not ends_sentence(lines[k - 1].text)
    ):
        return False
    return any(bracketed_label(above) for above in lines[block_start(lines, k - 1) : k])


def _signs_piece_above(ln: Line, above: Line, below: Line | None) -> bool:
    """Line ln, a marked name (□ 某某) set solid under a paragraph's full stop and set apart from
    what follows, closes the piece above as its writer's signature (a short comment signed at its
    foot), no head's kicker for the piece below the blank."""
    return (
        ln.kind == TEXT
        and not ln.gap
        and ln.text[:1] in BYLINE_MARKS
        and above.kind == TEXT
        and ends_sentence(above.text)
        and (below is None or below.gap)
    )


_REPEATED_LABEL = compile_pattern(r"^[^\u4e00-\u9fff\s][\u4e00-\u9fff]{4}$")
# ◇交通, ◇第一天, ◇温馨提示: a part's label of a word or two, no column item's head (that says
# what happened, in more words)
_SHORT_PART_LABEL = compile_pattern(r"^[\u4e00-\u9fff]{2,4}$")
_LABEL_RUN_MIN = 3  # labels enough to tell a guide's parts from a column's short heads by chance


def _short_label_runs(lines: list[Line], places: set[int]) -> set[int]:
    """The marked lines of each block (lines set solid between blanks) whose marked lines are all
    labels of a word or two, the same mark before each, each over text of its own, three or more
    (旅游攻略 / title / ◇第一天 / 上午：… / ◇第二天 / … / ◇交通 / 　　prose / ◇温馨提示 / …): the
    parts of one guide, labelled alike, never the heads of a column's items nor authors."""
    runs: set[int] = set()
    for block in blocks(lines):
        end = block.stop
        marked = [k for k in block if lines[k].mark]
        if (
            len(marked) >= _LABEL_RUN_MIN
            and len({lines[k].mark.strip() for k in marked}) == 1
            and all(
                lines[k].kind == TEXT
                and k not in places
                and lines[k].number not in places
                and bool(_SHORT_PART_LABEL.match(lines[k].text))
                and k + 1 < end
                and not lines[k + 1].mark
                # (prose opening on its indent or a field and its value under each: a poem's
                # sections, ◇推开门 / verse, are set over short flush lines)
                and lines[k + 1].kind in (TEXT, LIST, CONTACT)
                and (lines[k + 1].indented or field_line(lines[k + 1].text))
                for k in marked
            )
            # (a part's fields, 上午：某地, tell a guide's schedule: a poem's sections, ◇茶园 /
            # verse, and an advice's steps, ■ 精选良种 / prose, are read as they were)
            and any(field_line(lines[k + 1].text) for k in marked)
        ):
            runs.update(marked)
    return runs


def _closes_bracket_opened_above(text: str) -> bool:
    """The line closes a bracket it never opened: the tail of the line above, wrapped."""
    t = compact(text)
    return t.endswith(("）", ")")) and bracket_depth(t) < 0


def _signs_under_head(lines: list[Line], k: int) -> bool:
    """Line k, one bare name (邹　婷), set solid under a head of two lines set solid (a column's
    label over the title: 记者手记 / title) and over the body's first paragraph: the writer signs
    there, no deck (a deck says something of its own, never a name alone; a poem's verse under its
    author's name is set in short lines, as a head is)."""
    ln, above, below = lines[k], lines[k - 1], lines[k + 1] if k + 1 < len(lines) else None
    head = lines[k - 2] if k >= 2 else None
    if (
        above.gap
        and notes_label(above.text)
        and not ln.gap
        and below is not None
        and not below.gap
        and below.indented
        and _bare_name(ln.text)
    ):
        # 记者手记 / 陈　晨 / 　　prose: the writer's notes untitled, its writer named under the label
        return True
    return (
        head is not None
        and head.gap
        and not any(line.indented or line.mark for line in (head, above, ln))
        and not ln.gap
        and not above.gap
        and headline_like(head)
        and below is not None
        and not below.gap
        and (below.indented or not headline_like(below))
        and _bare_name(ln.text)
    )


_SIGNED_NAME_MAX = 3  # 邹　婷, 黄海燕: a name alone (a label of four, 核心提示, 相关链接, is no name)


def _bare_name(text: str) -> bool:
    """A person's name alone on the line, no label a box or a standfirst is headed by (导读, 链接)."""
    t = compact(text)
    return (
        len(t) <= _SIGNED_NAME_MAX
        and t not in SIDEBAR_LABELS
        and not BARE_STANDFIRST.match(t)
        and parse_name_line(text) is not None
    )


def _ends_statement(text: str) -> bool:
    """The text ends a sentence that states (。), not one that asks or exclaims (？！)."""
    asks = re.sub(r"[”’\"'）)\s]+$", "", text).endswith(("？", "?", "！", "!"))
    return ends_sentence(text) and not asks


# Names run on to the next line only from a credit that filled its own: a column's measure is wider
# than this (文/某某, 本报记者 某某 stop short of it, whole on their line)
_RUN_ON_CREDIT_MIN = 10


# a byline's last name cut after its first character (…　罗 / 文君): one character after a wide space
_NAME_CUT = compile_pattern(r"\u3000[\u4e00-\u9fff]$")
_NAME_REST = compile_pattern(r"^[\u4e00-\u9fff]{1,2}$")


def _continued_bylines(lines: list[Line]) -> list[Line]:
    """A credit run on to the next line (■记者 李雨婷 通讯员 沈佳怡 / 钱伟): a line of only names set
    solid under a byline goes on with its last role, read together with it.  A label set alone
    under it (核心提示, 相关链接) heads what follows, no name."""
    for k in range(1, len(lines)):
        ln, above = lines[k], lines[k - 1]
        if ln.gap or ln.kind != TEXT or above.kind != BYLINE or len(ln.text) > 12:
            continue
        if ln.mark:
            continue  # ◇ 采风: a marked line opens a subhead or a poem's title, never a run-on name
        if ln.text.endswith(("：", ":")):
            continue  # 嘉宾：, 受访者：: a label over the list under it, no name
        if PART_ORDINAL_LEAD.match(ln.text):
            continue  # 文/某某 / 之一　盐田: the first part's number and title, no names
        if BARE_STANDFIRST.match(compact(ln.text)) or compact(ln.text) in SIDEBAR_LABELS:
            continue
        if len(compact(above.text)) < _RUN_ON_CREDIT_MIN and parse_name_line(ln.text) is not None:
            # 文/某某 / 陶瓷小镇: a short credit is whole, and a bare word under it is the piece's
            # (a credit of its own, 受访人：某某, is read with it all the same)
            continue
        joined = f"{above.text} {ln.text}"
        if _NAME_CUT.search(above.text) and _NAME_REST.match(ln.text):
            # ■记者 某某　通讯员 杨 柳　罗 / 文君: the line ended after a name's first character, set
            # a wide space apart from the name before it; the rest of that name opens the next line
            joined = f"{above.text}{ln.text}"
        if len(ln.text.split()) <= 3 and parse_byline(joined) is not None:
            if classify(joined, None) == PHOTO_CREDIT:
                # (某报记者　某某 / 摄: the credit's closing 摄 wrapped alone onto the next line under a
                # caption: the pair credits the picture, read as the one credit line it would be)
                lines[k - 1] = Line(
                    above.number, above.text, above.gap, PHOTO_CREDIT, None, indented=above.indented
                )
                lines[k] = Line(ln.number, joined, False, PHOTO_CREDIT, None)
                continue
            lines[k] = Line(ln.number, joined, False, BYLINE, None)
    return lines


def credit_run_on(lines: list[Line], i: int) -> bool:
    """Photo credit i is the run-on of the credit set solid above it (``_continued_bylines`` read
    the two together on line i: 某报记者　某某 / 摄)."""
    ln, above = lines[i], lines[i - 1] if i > 0 else None
    return (
        above is not None
        and ln.kind == above.kind == PHOTO_CREDIT
        and not ln.gap
        and ln.text.startswith(above.text)
        and ln.text != above.text
    )


def byline_run_on(lines: list[Line], i: int) -> bool:
    """Byline i is the run-on of the byline set solid above it (``_continued_bylines`` read the
    two together on line i): the story's one credit, read whole there."""
    ln, above = lines[i], lines[i - 1] if i > 0 else None
    return above is not None and above.kind == BYLINE and not ln.gap and ln.text.startswith(above.text)


def _read_top_block(lines: list[Line]) -> list[Line]:
    """The lines set solid at the top of a page, when they name the paper or the date, are its
    masthead: there a bare number (12), a short word (城事, 人物·专访), a name ending in 报, a
    weekday or lunar date, the issue number, the 机关报 line and the page's desk credits are page
    furniture (the last three kept as the page's imprint).  Read from the top, up to the first
    line that is none of these."""
    block = 0
    while block < len(lines) and (block == 0 or not lines[block].gap):
        block += 1
    # Read as the top of a page (5 北京新闻 2025年12月18日: the bare 5 is the page's number there),
    # a line of the block names the paper or the date.
    if not any((top := _top_reading(ln)) is not None and top.strong() for ln in lines[:block]):
        return _read_spaced_top(lines)
    for k in range(block):
        ln = lines[k]
        dated = parse_masthead_line(ln.text, top=True) if ln.kind in (CONTACT, PUBINFO) else None
        if dated is not None and (dated.date or dated.page_label or dated.section):
            # 2026年4月8日 星期三 本版编辑：某某 新闻热线：…: the date, the desk's credits and its
            # line after them (the phone made it a contact line); 第5版　黄河口·访谈　东营网　www.…:
            # the page's number and name, then the paper's site (its address made it a contact line)
            lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, dated)
            continue
        numbered = _imprint_beside_number(ln)
        if numbered is not None:
            # 某省总工会主管主办　　　1: who publishes the paper, the page's number set far apart on
            # the same line
            lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, numbered)
            continue
        if ln.kind in (PUBINFO, STAFF, CONTACT) or (
            ln.kind == TEXT and (pubinfo_parts(ln.text) or CONTRIBUTIONS.match(ln.text))
        ):
            # 中共临朐县委机关报, 第3215期, 责任编辑：程晨, 登报热线：…, 本版投稿邮箱：… set among the
            # masthead's lines: its furniture, not an item (责任编辑 高枫 … 北京日报: with the paper's name).
            lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, _imprint_reading(ln))
            continue
        if ln.kind not in (TEXT, MASTHEAD):
            continue
        if k > 0 and lines[k - 1].kind == WEATHER and _ISSUER_LINE.search(ln.text):
            # 今日天气：… / 某某市气象台发布: the forecast's issuer under it, the forecast's own line
            # (a box set among the masthead's lines), not the end of the masthead
            continue
        masthead = parse_masthead_line(ln.text, top=True) or _section_under_label(lines, k, block)
        if masthead is None and _motto_in_masthead(lines, k, block):
            masthead = MastheadLine(imprint=(ln.text.strip(),))
        if masthead is None:
            break
        lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, masthead)
    return _read_spaced_top(lines)


# 宜昌市主流都市媒体, 中国县市报百强: a paper's motto, one phrase with no stop or mark
_MOTTO = compile_pattern(r"^[\u4e00-\u9fff]{4,12}$")


def _motto_in_masthead(lines: list[Line], k: int, block: int) -> bool:
    """三峡商报 / 宜昌市主流都市媒体 / 2026年1月14日 星期三: the paper's motto set under its name,
    the masthead's date, page or imprint lines still to come in the same block (a head over its
    story has no masthead line under it), so the masthead reads on past it as imprint."""
    if k == 0 or lines[k - 1].kind != MASTHEAD or not _MOTTO.match(lines[k].text.strip()):
        return False
    for ln in lines[k + 1 : block]:
        if ln.kind in (PUBINFO, STAFF):
            return True
        top = _top_reading(ln)
        if top is not None and (top.strong() or top.page_label):
            return True
    return False


def _section_under_label(lines: list[Line], k: int, block: int) -> MastheadLine | None:
    """B4 / 青少年科创 / 本版主编：…: a page's long name (``long_section``) set solid under the
    page's number in the masthead's block, the block ending there or the desk's credits, the
    imprint or the date under it (where no head stands: a head has its story under it)."""
    above = lines[k - 1].masthead if k > 0 and lines[k - 1].kind == MASTHEAD else None
    if above is None or above.page_label is None or above.section is not None:
        return None
    if k + 1 < block and lines[k + 1].kind not in (STAFF, PUBINFO, MASTHEAD):
        return None
    return long_section(lines[k].text)


# 某某市气象台发布, （某某气象台6时发布）: who issued a forecast, the line ending with it
_ISSUER_LINE = compile_pattern(r"(?:气象台|气象局|气象中心)[\u4e00-\u9fff\d:：]{0,14}发布[）)]?$")


# 1, 12: the page's number, alone among the parts of a masthead's line
_BARE_NUMBER = compile_pattern(r"^\d{1,3}$")


def _imprint_beside_number(ln: Line) -> MastheadLine | None:
    """A line of the masthead's publication data (``PUBINFO_LINE``, its parts set apart) with the
    page's number set at one end of it: the number is the page's label, the rest its imprint."""
    parts = ln.text.split()
    if ln.kind not in (TEXT, PUBINFO) or len(parts) < 2:
        return None
    if _BARE_NUMBER.match(parts[-1]):
        number, rest = parts[-1], parts[:-1]
    elif _BARE_NUMBER.match(parts[0]):
        number, rest = parts[0], parts[1:]
    else:
        return None
    if not all(PUBINFO_LINE.match(part) for part in rest):
        return None
    return MastheadLine(page_label=number, imprint=(normalise_punctuation("\u3000".join(rest)),))


def _imprint_reading(ln: Line) -> MastheadLine:
    """A line of the masthead's furniture (the desk's credits, publication data) as its imprint,
    with the paper's name where the desk's line ends with it."""
    return MastheadLine(newspaper=_desk_paper(ln), imprint=(normalise_punctuation(ln.text),))


def _desk_paper(ln: Line) -> str | None:
    """责任编辑 高枫　美术编辑 王晨阳　北京日报: the paper's name printed at the end of the desk's
    line in the masthead."""
    last = ln.text.split()[-1]
    if ln.kind != STAFF:
        return None
    if paper_name(last):
        return last
    # (a short name ending in 报, 嘉定报, read as a paper's at the top of a page, as its own line is)
    top = parse_masthead_line(last, top=True)
    return last if top is not None and top.newspaper == last else None


def _top_reading(ln: Line) -> MastheadLine | None:
    """What a line of the page's first block says as masthead, read as the top of a page."""
    if ln.kind == STAFF:
        paper = _desk_paper(ln)
        return MastheadLine(newspaper=paper) if paper else None
    if ln.kind in (TEXT, MASTHEAD):
        return parse_masthead_line(ln.text, top=True)
    return ln.masthead


# CN 34-0031: the serial number's prefix printed a space before its digits
_SPACED_CN = compile_pattern(r"CN\s+(?=\d)")
# 第24506号, 总第8012号: the paper's issue number, where others print 第24506期
_NUMBERED_ISSUE = compile_pattern(r"^总?第\d{3,6}号$")


def pubinfo_parts(text: str) -> bool:
    """中共某某县委机关报　某某县融媒体中心主办: publication data set side by side on one line; and
    某某市融媒体中心主办　责任编辑：某某　校对：某某: who publishes the paper, then the desk's credits
    run on in the same line (the desk's line with its publisher before it)."""
    # (CN 34－0031: the number's prefix set apart from it is one part, not two)
    parts = _SPACED_CN.sub("CN", text).split()
    if len(parts) < 2 or len(text) > 60:
        return False
    if all(PUBINFO_LINE.match(part) or _NUMBERED_ISSUE.match(part) for part in parts) and any(
        PUBINFO_LINE.match(part) for part in parts
    ):
        # (第24506号　今日8版: the issue counted by 号 as others count it by 期, beside the
        # page count; alone, 第…号 is as likely a notice's number)
        return True
    desk = next((k for k in range(1, len(parts)) if parse_staff_line(" ".join(parts[k:])) is not None), None)
    return desk is not None and all(PUBINFO_LINE.match(part) for part in parts[:desk])


def _read_spaced_top(lines: list[Line]) -> list[Line]:
    """Masthead lines printed one to a block, blank lines between (大河报 / 2025年4月17日 / A04 /
    郑州新闻): from the top, each line alone in its block that names the paper or the page's
    number, or the section under that number, is masthead, when a date or a name that is
    masthead anywhere stands among them (the number and the section's word may share a block,
    one over the other: ``_label_over_section``)."""
    run: list[tuple[int, MastheadLine]] = []
    strong = False
    k = 0
    while k < len(lines):
        ln = lines[k]
        if (pair := _label_over_section(lines, k)) is not None:
            run.extend(pair)
            k += len(pair)
            continue
        if ln.kind == MASTHEAD and ln.masthead is not None:
            run.append((k, ln.masthead))
            strong = strong or ln.masthead.strong()
            k += 1
            continue
        # (or with the desk's credits set solid under it, 要闻　1 / 责任编辑：…: the page's label
        # over its desk's line, both the masthead's)
        credits = 0
        while k + 1 + credits < len(lines) and lines[k + 1 + credits].kind == STAFF:
            if lines[k + 1 + credits].gap:
                break
            credits += 1
        end = k + 1 + credits
        alone = ln.gap and (end == len(lines) or lines[end].gap)
        if ln.kind != TEXT or not alone:
            break
        masthead = parse_masthead_line(ln.text, top=True)
        under_label = bool(run) and run[-1][1].page_label is not None
        if masthead is None or not (
            masthead.newspaper or masthead.page_label or (masthead.section and under_label)
        ):
            break
        run.append((k, masthead))
        run.extend((c, _imprint_reading(lines[c])) for c in range(k + 1, end))
        k = end
    if strong:
        for k, masthead in run:
            ln = lines[k]
            lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, masthead)
    return lines


def _label_over_section(lines: list[Line], k: int) -> list[tuple[int, MastheadLine]] | None:
    """1 / 要闻 set solid in a block of their own under the masthead: the page's number and its
    section's word, each on its line (the pair another page prints on one line, 1　要闻), with
    the desk's credits set solid under them or not (1 / 要闻 / 责任编辑：…, as a page label's
    one line has them); the block's readings, or None when it is not exactly that."""
    end = k + 2
    if end > len(lines) or not lines[k].gap or lines[k + 1].gap:
        return None
    if any(lines[n].kind not in (TEXT, MASTHEAD) for n in (k, k + 1)):
        return None
    credits = end
    while credits < len(lines) and lines[credits].kind == STAFF and not lines[credits].gap:
        credits += 1
    if credits < len(lines) and not lines[credits].gap:
        return None
    first, second = (parse_masthead_line(lines[n].text, top=True) for n in (k, k + 1))
    if first is None or second is None:
        return None
    number_then_word = _only_part(first, "page_label") and _only_part(second, "section")
    word_then_number = _only_part(first, "section") and _only_part(second, "page_label")
    if not (number_then_word or word_then_number):
        return None
    return [(k, first), (k + 1, second), *((c, _imprint_reading(lines[c])) for c in range(end, credits))]


def _only_part(reading: MastheadLine, part: str) -> bool:
    """The reading says one part of the page (its number, or its section's word) and nothing else."""
    value = getattr(reading, part)
    return value is not None and reading == MastheadLine(**{part: value})


_CUT_SLACK = 1  # a character short still fills the line: figures set narrower, a mark hanging


def cut_at_measure(marked: Line, line: Line, below: Line | None) -> bool:
    """``marked``, a flush line led by its mark, runs as far as ``line`` set flush and solid under
    it (the mark counted), and ``line`` breaks off inside its sentence over a line set solid no
    wider: one paragraph wrapped at a narrow column's measure from the marked line down, the
    marked line its first (a head over its text is set shorter than the column, or apart).  A
    —— deck under ``line`` says the two are a head's kicker and headline (◆某某 / 某某案告破 /
    ——追回…), whatever their widths: no sentence the column cut goes on in a deck."""
    width = printed_width(marked, figures_half=True) + len(marked.mark.strip())
    under = printed_width(line, figures_half=True)
    return (
        not marked.indented
        and not line.indented
        and not ends_sentence(marked.text)
        and not ends_sentence(line.text)
        and abs(width - under) <= _CUT_SLACK
        and below is not None
        and not below.gap
        and not below.mark
        and not below.indented
        and below.kind == TEXT
        and not dashed_deck(below)
        and printed_width(below, figures_half=True) <= under + _CUT_SLACK
    )


def printed_width(line: Line, *, figures_half: bool = False) -> int:
    """How far a printed line runs: its characters, an indent (two ideographic spaces) counted as two;
    with ``figures_half``, a run of figures or letters as half as many (set at half a character's
    width, 200 runs about as far as 多吨), for widths compared to the character."""
    half = sum(1 for ch in line.text if ch.isascii() and ch.isalnum()) // 2 if figures_half else 0
    return len(line.text) - half + 2 * line.indented


def led_by_bullet(line: Line, arrows: bool = False) -> bool:
    """●…, ■…: the line opens with a bullet, kept in its text or taken off it as a head's mark;
    with ``arrows``, ▶… too, where the caller's layout reads an arrow as a column's bullet."""
    return (line.mark.strip() or line.text)[:1] in (BRIEF_MARKS + ARROW_MARKS if arrows else BRIEF_MARKS)


def latin_line(line: Line) -> bool:
    """The line is set in Latin script, words and no Han character (an English paragraph printed
    beside its translation, a quoted English line): its wrap is measured against the column's
    other Latin lines, as a Han line's is against the Han ones (the scripts fill a line unevenly)."""
    return any(ch.isascii() and ch.isalpha() for ch in line.text) and not any(map(is_han, line.text))


# Word Bank　词汇积累, 每日一句　Daily Sentence: a title in English and in Chinese, set a space apart
_ENGLISH_TITLE = r"[A-Za-z][A-Za-z'’ &-]{0,40}[A-Za-z!?]"
_HAN_TITLE = r"[\u4e00-\u9fff][\u4e00-\u9fff·！？!?]{0,15}"
_BILINGUAL_TITLE = compile_pattern(
    rf"^(?:{_ENGLISH_TITLE}[ \u3000]+{_HAN_TITLE}|{_HAN_TITLE}[ \u3000]+{_ENGLISH_TITLE})$"
)


def bilingual_title(line: Line) -> bool:
    """The line is a title printed in both languages (Try It　试一试): on a bilingual page, the head
    of a piece or a box, as a story's part is not titled."""
    return line.kind == TEXT and _BILINGUAL_TITLE.match(line.text.strip()) is not None


# so did I, look forward to: Latin words a word space apart, an English phrase
_ENGLISH_PHRASE = compile_pattern(r"[A-Za-z'’]+(?: [A-Za-z'’]+)+")


def headline_like(line: Line) -> bool:
    t = line.text
    if line.kind != TEXT or len(t.replace(" ", "")) > _HEADLINE_MAX or "。" in t or INTERVIEW.match(t):
        return False
    if _SPEAKER_LINE.match(t) or ENGLISH_TURN.match(t) or BARE_STANDFIRST.match(compact(t)):
        return False
    if in_brackets(t) and not genre_note(t):  # （本版图片由县委宣传部提供）: a note, never a head
        return False
    if t.endswith(("，", ",", "、", "：", ":", "；", ";", "…")):
        return False
    if latin_line(line) and ends_sentence(t) and t.rstrip("\"'”’)").endswith("."):
        return False  # Translate the sentences.: an English title never closes on a full stop
    # (an English phrase quoted in a head, “so did I”和“so I did”有何不同？, runs half a character
    # a letter; a code or an acronym, TI-RADS 3类, counts as printed)
    letters = sum(len(m.group()) - m.group().count(" ") for m in _ENGLISH_PHRASE.finditer(t))
    return not (ends_sentence(t) and len(t) - letters // 2 > SUBHEAD_MAX)


def topic_question(line: Line) -> bool:
    """旧电脑升级：先加内存还是先换固态硬盘？: a topic, a colon, the question asked of it, on one
    line a head's length: shaped like an interview's turn (某某：…？), which only its place tells
    from a head (the caller decides: a byline set solid under it)."""
    t = line.text
    return (
        line.kind == TEXT
        and len(t.replace(" ", "")) <= _HEADLINE_MAX
        and "。" not in t
        and t.endswith(("？", "?"))
        and _SPEAKER_LINE.match(t) is not None
        and INTERVIEW.match(t) is None
    )


def question_title(line: Line) -> bool:
    """读者问：体检发现结节，要不要手术？: a reader's question (``QUESTION``) whole on one flush
    line a head's length, shaped like a Q&A column's turn, which only its place tells from the
    column's headline (the caller decides: the question asked in full set solid under it)."""
    t = line.text.strip()
    return (
        line.kind == TEXT
        and not line.indented
        and len(t.replace(" ", "")) <= _HEADLINE_MAX
        and "。" not in t
        and t.endswith(("？", "?"))
        and QUESTION.match(t) is not None
    )


# 关于…的建议　　王某: an entry and who holds it set a wide gap apart (prose leaves none)
_LIST_GAP = compile_pattern(r"(?<=\S)[\u3000 ]{2,}(?=\S)")
_NAMES_ROW_MIN = 3  # 丁某某　马某某　王某某: names a row of a list, more than a byline's two


def list_line(text: str) -> str | None:
    """What kind of list's line the text is: ``dated`` (a chronology's row, a date and its event a
    space apart, whole without a full stop, clauses or none), ``cells`` (an entry and who holds
    it set a wide gap apart, 关于…的建议　　王某, no clause in it), ``names`` (three names and more
    set apart by spaces, 丁某某　马某某　方　舟), else None.  Prose leaves neither a space after
    its date, a wide gap nor a run of bare names."""
    t = text.strip()
    if ends_sentence(t):
        return None
    if dated_row(t):
        return "dated"
    if clause_punctuated(t):
        return None
    if _LIST_GAP.search(t):
        return "cells"
    names = join_padded(t.split())
    if len(names) >= _NAMES_ROW_MIN and all(parse_name_line(n) is not None for n in names):
        return "names"
    return None


_FIGURE = compile_pattern(r"\d")


def figure_fact(line: Line) -> bool:
    """The line is a fact of a box of figures (数读) on a line of its own: indented as a paragraph
    opens, short as a head line is, one phrase with no stop, saying its figure (　　年产量约2.8万吨;
    a table's row sets its cells a space apart, 　　光伏　　1583　　3.2)."""
    return (
        line.indented
        and not line.mark
        and headline_like(line)
        and len(line.text.split()) == 1
        and _FIGURE.search(line.text) is not None
    )


# 6月12日—14日　某某锦标赛　某某馆, 5月3日（周六）　某某赛: an event calendar's row, the day (or the
# days) it falls on set a space apart before the event and the venue
_DAYS = r"\d{1,2}月\d{1,2}日(?:[—–~～至-]\d{1,2}(?:月\d{1,2})?日)?(?:[（(][^（）()]{1,4}[）)])?"
_DAY_ROW = compile_pattern(rf"^{_DAYS}[ \u3000]+\S")


def day_row_paragraph(text: str) -> bool:
    """The paragraph is a calendar's row read whole (``day_row``): it opens on its day and says no
    clause."""
    return bool(re.match(_DAYS, text)) and not clause_punctuated(text) and not ends_sentence(text)


def day_row(line: Line) -> bool:
    """The line opens an event calendar's row on the indent a paragraph opens on (　　6月13日　某某
    联赛第六轮　某某中心): the day, a space, the event, no clause (a lead saying when, 6月6日上午，…,
    sets no space after its day)."""
    return (
        line.indented
        and not line.mark
        and _DAY_ROW.match(line.text) is not None
        and not clause_punctuated(line.text)
        and not ends_sentence(line.text)
    )


_ROWS_MIN = 3  # rows enough to tell a box's facts or a calendar from a head's short lines by chance


# rows a box of figures sets flush before they could be a head's lines or a poster's phrases by chance
_FLUSH_ROWS_MIN = 3
_FLUSH_ROWS_MAX = 12


def _flush_fact(line: Line) -> bool:
    """``figure_fact`` but set flush: one phrase with its figure, no stop (SAGD开发区块8个，年产油
    突破110万吨); only a whole block of them tells it from a wrapped paragraph's line."""
    return (
        not line.indented
        and not line.mark
        and headline_like(line)
        and len(line.text.split()) == 1
        and _FIGURE.search(line.text) is not None
        and not ends_sentence(line.text)
    )


def figure_row(lines: list[Line], k: int) -> bool:
    """Line k is a row of a box of figures set flush under its title (数说某某 / 稠油年产量连续14年
    保持在500万吨以上 / SAGD开发区块8个，年产油突破110万吨 / …): the title set apart, then three rows
    and more set solid, flush, each one phrase saying its figure with no stop, down to a blank.  A
    paragraph wrapped flush closes on its stop; a head runs no three lines each with its figure."""
    if k <= 0 or k >= len(lines) or lines[k].gap or not _flush_fact(lines[k]):
        return False
    first = k
    while first > 0 and not lines[first].gap and k - first <= _FLUSH_ROWS_MAX:
        first -= 1
    if not lines[first].gap or first == k or _flush_fact(lines[first]):
        return False  # (the block's first line is its title, no row)
    last = k
    while last + 1 < len(lines) and not lines[last + 1].gap and last - first <= _FLUSH_ROWS_MAX:
        last += 1
    if last + 1 < len(lines) and not lines[last + 1].gap:
        return False
    rows = lines[first + 1 : last + 1]
    return _FLUSH_ROWS_MIN <= len(rows) <= _FLUSH_ROWS_MAX and all(map(_flush_fact, rows))


def indented_rows(lines: list[Line], k: int) -> bool:
    """Line k opens a run of three rows and more set solid, each opening on the indent: a box's
    facts, one a line (``figure_fact``: 　　养殖面积约12万亩 / 　　带动养殖户3000余户 / …), or an event
    calendar's rows (``day_row``: 　　6月13日　某某联赛　某某 / 中心 / 　　6月14日　…), a row's line
    wrapped flush under it at the column's width.  The box's or the calendar's text under its
    title, never a line of its head however short each is (a head is set flush or centred over
    its text, and says no figure or day a line)."""
    if figure_row(lines, k) and not figure_row(lines, k - 1):
        return True  # (the rows of a box of figures set flush, from its first)
    run = 0
    for j in range(k, len(lines)):
        ln = lines[j]
        if j > k and ln.gap:
            break
        if figure_fact(ln) or day_row(ln):
            run += 1
        elif not (run and not ln.indented and (figure_fact(lines[j - 1]) or day_row(lines[j - 1]))):
            break  # (one flush line under a row is its wrap; anything else ends the run)
    return run >= _ROWS_MIN


def list_rows(lines: list[Line], k: int) -> bool:
    """Line k and the line set solid under it are lines of one list (``list_line``)."""
    kind = list_line(lines[k].text) if k < len(lines) else None
    return (
        kind is not None
        and k + 1 < len(lines)
        and not lines[k + 1].gap
        and list_line(lines[k + 1].text) == kind
    )


def closes_bracket_above(lines: list[Line], i: int) -> bool:
    """Line i, set solid, closes a bracket the line above left open (…前四。”（某某报 / 记者　陈　曦）):
    one run of text cut by a column break inside the bracket, the line no head of its own."""
    if i == 0 or lines[i].gap:
        return False
    above, text = lines[i - 1].text, lines[i].text
    return _open_brackets(above) > 0 and _open_brackets(text) < 0


def _open_brackets(text: str) -> int:
    """Brackets the text opens and leaves open (less those it closes that it did not open)."""
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")


def name_line(line: Line) -> bool:
    """诚信搬家, 某某文化艺术中心, 海景房出租: a short line naming a brand or what is offered, shaped
    like a head and holding no field and its value (票价：80元, 招标代理机构：某某公司), nor a slogan's
    clauses or sentence (诚信、敬业、务实是我们的追求!)."""
    t = line.text
    return (
        headline_like(line)
        and ":" not in t
        and "：" not in t
        and not clause_punctuated(t)
        and not ends_sentence(t)
    )


_DECK_LINE_MAX = 90  # a deck of two printed lines' worth run into one line, no more


def dashed_deck(line: Line) -> bool:
    """A line led by ——, right under a head line: the deck, however long it runs (——各地代表
    委员热议…，表示要…): the dash marks it, where a paragraph would end in its full stop."""
    t = line.text
    return (
        line.kind == TEXT
        and t.startswith(DECK_DASHES)
        and len(compact(t)) <= _DECK_LINE_MAX
        and "。" not in t
        and not t.endswith(("，", ",", "、", "：", ":", "；", ";"))
    )


def subhead_long(line: Line) -> bool:
    """The line is no longer than a subhead runs.  (A head its mark sets off, ■“焊花”里绽放青春
    ——某集团焊工　某某, may run longer: its dash adds who the part is about, as a marked column
    item's head may.)"""
    return len(compact(line.text)) <= (MARKED_SUBHEAD_MAX if line.marked else SUBHEAD_MAX)


def subhead_shaped(line: Line) -> bool:
    """A short unpunctuated line that may stand as a subhead inside a story."""
    return (
        line.kind == TEXT and headline_like(line) and subhead_long(line) and not clause_punctuated(line.text)
    )


def cut_clauses(line: Line) -> bool:
    """A line shaped like a head only because a column break cut its sentence: clauses, and
    longer than any subhead (本人于2月25日下午在某站台附近遗失黑色双肩包一个，内有笔记本电)."""
    return clause_punctuated(line.text) and len(compact(line.text)) > SUBHEAD_MAX


def headline_like_list(text: str) -> bool:
    """A list item that is a heading (一、产业升级) rather than a sentence."""
    body = LIST_RE.sub("", text, count=1)
    return len(text) <= SUBHEAD_MAX and not ends_sentence(body) and not clause_punctuated(body)
