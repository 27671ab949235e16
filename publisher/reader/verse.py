"""Poems on a literary page (副刊): each printed line of verse a paragraph of its own, the poem
titles of a group of poems (组诗) its subheads, the author's note under it (【作者简介】…) its
last paragraph.

Verse is set in short lines that end no sentence and vary in length (prose wrapped at a column's
width has lines of one length), in stanzas parted by blank lines.  How a group prints its poems'
titles differs from paper to paper, but holds through the group: numbered (一、柳芽 / 一　渔港),
set apart by blank lines, flush over indented verse, or the first line of each stanza.  A poem is
read only under a head already confirmed by its author line (or a head that says 组诗), so a run
of short lines elsewhere (a list, a poster) is never taken for verse.
"""

from __future__ import annotations

from publisher.patterns import compile_pattern
from publisher.punctuation import compact, ends_sentence
from publisher.reader.bylines import parse_name_line
from publisher.reader.caption_credits import artist_caption, titled_artwork
from publisher.reader.line_kinds import (
    BRIEF,
    BYLINE,
    LIST,
    PART_ORDINAL,
    TEXT,
    part_label_line,
)
from publisher.reader.lines import (
    Line,
    headline_like,
    in_brackets,
    run_end,
)
from publisher.reader.tables import row_run, titled_table

# 春天的信使（组诗）, 江南组诗（三首）, 秋日两题, 山居（外一首）: the head says several poems follow
GROUP_HEAD = compile_pattern(
    r"组诗|外[一二两三]首|[（(][二两三四五六七八九十\d]{1,2}[首题][）)]|[两二三四五六]题$"
)
# 山居（外一首）: the head is the first poem's title, and the others' titles follow in the body
OTHER_POEMS = compile_pattern(r"外[一二两三]首")
# 诗二首, 小诗三首: a label that counts the poems under it and titles none of them; each poem's
# title is printed over its verse, and each poem is a piece of its own under the label
_COUNT_LABEL = compile_pattern(r"^[\u4e00-\u9fff]{0,4}[诗词](?P<count>[二两三四五六七八九])首$")
_COUNTS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# 一、柳芽 / 一　渔港 / 之一　渔港 / （一）石鼓 / 1.石鼓: a poem's title, numbered
_NUMBERED_TITLE = compile_pattern(
    rf"^(?:[一二三四五六七八九十]{{1,3}}[、．.]|[一二三四五六七八九十]{{1,3}}[ \u3000]+|{PART_ORDINAL}"
    r"|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、])\s*[\u4e00-\u9fff“《]"
)
# 其一 / 其二: a group's poems numbered alone on their lines, no title after the number (the head
# titles them all: 某某感怀（二首）)
_BARE_ORDINAL = compile_pattern(r"^[之其][一二三四五六七八九十]{1,3}$")
# 秋到古邳镇， / 黄河故道千里，: a line of a ci (词) or of verse set phrase by phrase, a short phrase
# closed by its mark with no other mark inside it (花似锦，柳如丝，: or a ci's two phrases of three,
# printed as one line of the tune, the first closed by its comma)
_CLOSED_PHRASE = compile_pattern(r"^(?:[\u4e00-\u9fff]{2,3}[，,])?[\u4e00-\u9fff]{3,12}[，,。！!？?；;]$")
_CLOSED_PHRASES_MIN = 4  # lines closed at their marks, one after another: no prose wraps so
# 【作者简介】…, 作者简介：…, （作者系…）: the note closing a poem, about who wrote it
AUTHOR_NOTE = compile_pattern(r"^(?:[【〔\[]作者简介[】〕\]]|作者简介[:：]|[（(]作者)")
_TITLE_MAX = 14
_TITLE_MARKS = ("◇", "◆", "▶", "►", "○", "★")
# ◎ 江口, □ 渡口: under a group whose author line is read, any mark an author line may print
# leads a poem's title, set a space apart or not (the group's poet is already named above it)
_SIGNED_TITLE_MARKS = "◎□■●▲◆◇☆★○"
_VERSE_MAX = 24
# a line of verse closes no sentence and introduces nothing; a title is one unpunctuated phrase
_NOT_VERSE = compile_pattern(r"[。；;：:]")
_CLOSES_CLAUSE = compile_pattern(r"[。；;]")
_COLON = compile_pattern(r"[：:]")
# 说了一句：下雪了: a colon inside a line of verse leads the words said on that line (a colon ending
# a line introduces what follows it; a label's leads a number or an address: 邮箱：x@163.com)
_SPOKEN_COLON = compile_pattern(r"^[^：:]{2,}[：:][^：:\x00-\x7f]{2,}$")
_NOT_TITLE = compile_pattern(r"[，,。；;：:、！!？?]")
_FIRST_STANZA_MIN = 3  # a single poem opens with a stanza of at least three lines
# 一夜西风过庐山， / 松声阵阵叩禅关。: a line of a classical poem (五言, 七言), its five or seven
# characters closed by the mark of its half of a couplet; the couplet's second line closes it
_REGULATED_LINE = compile_pattern(r"^(?:[\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[，,。！!？?；;]$")
_COUPLET_CLOSE = ("。", "！", "!", "？", "?")
# （小英唱）三月里来采茶忙， / 提篮上了北山岗。: a line of a song's or a clapper talk's rhymed
# couplets, a phrase closed by its half's mark, a singer's cue in brackets before it perhaps
_COUPLET_LINE = compile_pattern(r"^(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[\u4e00-\u9fff]{4,12}[，,。！!？?；;]$")
_COUPLETS_MIN = 2  # couplets set solid, each line closed at its mark: prose wraps so by chance only
_SPREAD_MIN = 2  # its lines' lengths differ by this much (wrapped prose has one length)
# a stanza this long, of flush lines nearly bare of marks, is verse even at one width: prose as long
# breaks into clauses at commas on line after line
_BARE_STANZA_MIN = 6

Part = tuple[str, int, int]  # ("title" | "verse" | "note", first line index, last line index)


def counted_poems(head: str) -> int:
    """How many poems a head that only counts them (诗二首) says follow; 0 for any other head."""
    m = _COUNT_LABEL.match(compact(head))
    return 0 if m is None else _COUNTS[m.group("count")]


def _picture_caption(lines: list[Line], j: int) -> bool:
    """Line j opens a painting's or a calligraphy's caption (《…》　国画　X, or the work's title
    over its maker's line, …（国画） / X　作): its picture's, never a line of verse."""
    if artist_caption(lines[j].text):
        return True
    return j + 1 < len(lines) and titled_artwork(lines[j].text, lines[j + 1].text) is not None


def _regulated_stanza(lines: list[Line], k: int) -> bool:
    """The block set solid from line k is a stanza of classical verse: couplets of lines of one
    length (``_REGULATED_LINE``), each couplet closed by a full stop.  Each line closes a clause,
    yet it is a line of verse: prose wrapped at a column's width ends no line so."""
    if _rhymed_couplets(lines, k) or _closed_phrases(lines, k):
        return True
    block = {j: compact(lines[j].text) for j in _stanza_verse(lines, k)}
    if (
        not block
        or len(block) % 2
        or not all(
            lines[j].kind == TEXT and not lines[j].mark and _REGULATED_LINE.match(text)
            for j, text in block.items()
        )
    ):
        return False
    texts = list(block.values())
    one_length = len({len(text) for text in texts}) == 1
    return one_length and all(text.endswith(_COUPLET_CLOSE) for text in texts[1::2])


def _stanza_verse(lines: list[Line], k: int) -> list[int]:
    """The lines of the block set solid from line k, less the bare numbers of a group's poems
    (其一, 其二) that may stand over each poem's verse inside it: the lines whose shape says verse."""
    end = run_end(lines, k + 1)
    return [j for j in range(k, end) if not _BARE_ORDINAL.match(compact(lines[j].text))]


def _closed_phrases(lines: list[Line], k: int) -> bool:
    """The block set solid from line k is verse set phrase by phrase (a ci, 词: 秋到古邳镇， /
    霜叶染岗峦。 / 黄河故道千里， / …): four lines or more, each a short phrase closed by its mark
    with no mark inside it, flush, the last closing its sentence.  Prose wrapped at a column's
    width ends its lines where the measure falls, not phrase after phrase at a mark."""
    block = _stanza_verse(lines, k)
    return (
        len(block) >= _CLOSED_PHRASES_MIN
        and all(
            lines[j].kind == TEXT
            and not lines[j].mark
            and not lines[j].indented
            and _CLOSED_PHRASE.match(compact(lines[j].text))
            for j in block
        )
        and compact(lines[block[-1]].text).endswith(_COUPLET_CLOSE)
    )


def _rhymed_couplets(lines: list[Line], k: int) -> bool:
    """The block set solid from line k is a song's or a clapper talk's couplets (竹板一打响连天， /
    某某故事说不完。 / …): short phrases, no mark inside them, each couplet's first line closed by
    a comma and its second by a full stop, two couplets at least (a singer's cue in brackets may
    lead a line: （合唱）…).  Prose wrapped at a column's width ends its lines where the measure
    falls, not couplet after couplet at a mark."""
    end = k
    # (【点评】 set solid under the last couplet opens the editor's word on the poem: no verse)
    while end < len(lines) and (end == k or not (lines[end].gap or part_label_line(lines[end]))):
        end += 1
    block = [compact(line.text) for line in lines[k:end]]
    return (
        len(block) >= 2 * _COUPLETS_MIN
        and len(block) % 2 == 0
        # (a line set in on an indent opens a paragraph: prose, however its lines fall)
        and all(
            lines[j].kind == TEXT
            and not lines[j].mark
            and not lines[j].indented
            and _COUPLET_LINE.match(text)
            for j, text in enumerate(block, start=k)
        )
        and all(text.endswith(("，", ",")) for text in block[0::2])
        # (a couplet may close on a semicolon, the poem going on: 春天在田野里， / 油菜花开成了金毯子；
        # the last closes its sentence)
        and all(text.endswith((*_COUPLET_CLOSE, "；", ";")) for text in block[1::2])
        and block[-1].endswith(_COUPLET_CLOSE)
    )


def _verse(line: Line) -> bool:
    return (
        line.kind == TEXT
        and not line.mark
        and len(compact(line.text)) <= _VERSE_MAX
        and not _CLOSES_CLAUSE.search(line.text)
        and (not _COLON.search(line.text) or bool(_SPOKEN_COLON.match(compact(line.text))))
    )


def _plain_title(line: Line) -> bool:
    return (
        line.kind == TEXT
        and not line.mark
        and len(compact(line.text)) <= _TITLE_MAX
        and not (_NOT_TITLE.search(line.text))
    )


def _first_title(line: Line) -> bool:
    """The first line under a head that titles no poem (诗二首): the first poem's title, a phrase
    that may hold a comma (秋分，采菊) but closes no sentence."""
    return (
        line.kind == TEXT
        and not line.mark
        and len(compact(line.text)) <= _TITLE_MAX
        and not _NOT_VERSE.search(line.text)
    )


def poem_title(line: Line) -> str:
    """A poem's title as printed, without the mark before it (◎落叶 -> 落叶)."""
    return line.text.lstrip(_SIGNED_TITLE_MARKS).strip()


def _numbered_title(line: Line, *, signed: bool = False) -> bool:
    text = line.text
    mark = line.mark.strip()
    if line.kind == TEXT and (line.mark in _TITLE_MARKS or (signed and mark and mark in _SIGNED_TITLE_MARKS)):
        # ◇松口古渡: a symbol before each title, printed where another paper numbers them
        return len(compact(text)) <= _TITLE_MAX and not _NOT_TITLE.search(text)
    if (
        signed
        and line.kind == BYLINE
        and (
            # ◆ 渔湾: a mark that leads titles, never an author, before a title read as a name (a
            # group's titles take one mark, whether or not a title reads like a person's name)
            text[:1] in _TITLE_MARKS
            # ◎落叶 set solid under a line of verse, read as an author line under a head-shaped
            # line: in a group whose author is named, the next poem's title, its mark set solid
            # with it (an author is set a space apart: ◎ 王春雷 under the next poem's title signs it)
            or (text[:1] in _SIGNED_TITLE_MARKS and not text[1:2].isspace())
        )
    ):
        title = poem_title(line)
        return 0 < len(compact(title)) <= _TITLE_MAX and not _NOT_TITLE.search(title)
    if line.kind == TEXT and _BARE_ORDINAL.match(compact(text)):
        return True  # 其一: the poem's number alone, the head titling the group
    return (
        line.kind in (TEXT, LIST)
        and len(compact(text)) <= _TITLE_MAX
        and bool(_NUMBERED_TITLE.match(text))
        and not _NOT_TITLE.search(text[2:])
    )


def _style(lines: list[Line], i: int, *, group: bool, signed: bool = False) -> str:
    """How the poems' titles are printed, read from the body's first lines."""
    first, below = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if _numbered_title(first, signed=signed):
        return "numbered"
    if not group or below is None:
        return "none"
    if below.gap:
        return "apart"
    if not first.indented and below.indented:
        return "indent"
    return "stanza"


def _note_end(lines: list[Line], k: int) -> int:
    """The last line of the author's note opening at line k: where its sentence ends (it may
    wrap over lines set solid)."""
    while k + 1 < len(lines) and not lines[k + 1].gap and not ends_sentence(lines[k].text):
        k += 1
    return k


def read_poem(
    lines: list[Line],
    i: int,
    *,
    group: bool,
    head_titled: bool = False,
    counted: int = 0,
    signed: bool = False,
) -> tuple[list[Part], int]:
    """The parts of the poem (or group of poems) whose body starts at line i, and the index of
    the line after it; ([], i) when no poem starts there.  ``head_titled``: the head is the first
    poem's title (山居（外一首）), so the first stanza opens with verse, not a title.  ``counted``:
    the head only counts the poems (诗二首), so the body's first line is the first poem's title,
    and the group is read only when it holds as many titles as the head counts.  ``signed``: the
    head's author line is read, so a marked line in a group (◎ 江口) titles a poem, no author."""
    signed = signed and group
    if i >= len(lines) or not (
        _verse(lines[i]) or _numbered_title(lines[i], signed=signed) or _regulated_stanza(lines, i)
    ):
        return [], i
    group = group or bool(counted)
    style = _style(lines, i, group=group, signed=signed)
    parts: list[Part] = []
    k = i
    while k < len(lines):
        if parts and AUTHOR_NOTE.match(lines[k].text) and lines[k].kind in (TEXT, BRIEF):
            end = _note_end(lines, k)
            parts.append(("note", k, end))
            k = end + 1
            break
        # (under a head that titles the first poem, its first stanza has no title line of its own)
        block = _stanza(
            lines,
            k,
            "none" if head_titled and not parts and style == "stanza" else style,
            later=bool(parts),
            title_first=bool(counted) and not parts,
            signed=signed,
            title_width=_first_title_width(lines, parts),
            # (山居（外一首）: the head counts the poems, so no length but the first title's
            # measures the others' titles; 组诗 leaves their number open)
            widen=not head_titled and not counted,
            since_title=_verse_since_title(lines, parts),
        )
        if not block:
            break
        parts.extend(block)
        k = block[-1][2] + 1
        if k < len(lines) and not lines[k].gap and not AUTHOR_NOTE.match(lines[k].text):
            break  # (only the note may be set solid under the last stanza)
    if not _a_poem(lines, parts, group=group):
        return [], i
    if counted and sum(role == "title" for role, _, _ in parts) != counted:
        return [], i
    return parts, k


def _stanza(
    lines: list[Line],
    k: int,
    style: str,
    *,
    later: bool = False,
    title_first: bool = False,
    signed: bool = False,
    title_width: int = 0,
    widen: bool = False,
    since_title: int = 0,
) -> list[Part]:
    """The parts of the block of lines set solid from line k (a stanza, its poem's title perhaps
    over it), or [] when the block is no verse.  ``later``: a stanza after the group's first,
    which may go on with the poem above (a poem of several stanzas) instead of opening the next.
    ``title_first``: line k is the first poem's title, the head over it titling none.
    ``title_width``: how long the group's first title is (0 before it is read).  ``widen``: the
    head leaves the number of poems open, so a later title may be longer than the first.
    ``since_title``: the lines of verse read since the last title."""
    if later and (titled_table(lines, k) or row_run(lines, k)):
        # (活动安排 / 9月24日　… / 9月25日　…: a schedule set apart under the poem, its title over
        # rows led by a date, is a box of the page, no stanza)
        return []
    out: list[Part] = []
    classical = _regulated_stanza(lines, k)  # (its lines close clauses, yet are verse)
    inner = set()
    if style == "stanza":
        inner = _titles_set_solid(lines, k, title_width if later else 0, widen=widen)
    if (
        style == "stanza"
        and later
        and (not _shorter_than_its_verse(lines, k) or since_title < _FIRST_STANZA_MIN)
    ):
        # a title set as a stanza's first line is shorter than every line of verse under it;
        # a first line as long as one of them is the poem's verse going on, and so is a stanza
        # under a poem of two lines yet whose title stood set solid inside a block (… / 纤夫 /
        # two lines / blank / 歌声…: a group that sets its titles inside its stanzas ends no
        # poem on its second line)
        style = "none"
    j = k
    while j < len(lines) and (j == k or not lines[j].gap):
        ln = lines[j]
        below = lines[j + 1] if j + 1 < len(lines) else None
        solid_below = below is not None and not below.gap
        if j > k and AUTHOR_NOTE.match(ln.text):
            break  # the note under the last stanza: read by the caller
        if j > k and part_label_line(ln):
            break  # 【点评】 set solid under the last line of verse: the editor's word on the poem
        if j > k and _closing_credit(ln):
            break  # （指导老师：某某） under the last line of verse: the poem's credit, read by the page
        if _picture_caption(lines, j):
            # a painting's caption set solid under the last stanza (《…》　国画　X), or set apart
            # under it: its picture's
            if j == k:
                return []
            break
        if (
            j > k
            and _plain_title(ln)
            and solid_below
            and below is not None
            and below.kind == BYLINE
            and not _closing_credit(below)
            and not _numbered_title(below, signed=signed)
        ):
            break  # the next poem's title over its author line, set solid under this one's verse
        if solid_below and (
            (title_first and j == k and _first_title(ln))
            or (_numbered_title(ln, signed=signed) and style in ("numbered", "none"))
        ):
            out.append(("title", j, j))
        elif style == "apart" and j == k and not solid_below and _plain_title(ln):
            # a title set apart: a stanza must follow it
            if below is None or not _verse(below):
                return []
            out.append(("title", j, j))
        elif j in inner or _title_over_stanza(ln, below, style, first=j == k):
            out.append(("title", j, j))
        elif classical or _verse(ln):
            out.append(("verse", j, j))
        else:
            return []
        j += 1
    verses = sum(role == "verse" for role, _, _ in out)
    titled = any(role == "title" for role, _, _ in out)
    # a line alone is no stanza of a poem still being read (a head, a caption): only a title
    # set apart over the stanza below it, or a stanza's last line under its title's block
    if verses < 2 and not (titled and style == "apart") and not (verses == 1 and titled):
        return []
    return out


def _closing_credit(line: Line) -> bool:
    """A credit in brackets (（指导老师：某某）, （作者单位：…）): it closes the piece above it, and
    never heads one as the author line under a poem's title does."""
    return line.kind == BYLINE and in_brackets(line.text)


def _shorter_than_its_verse(lines: list[Line], k: int) -> bool:
    """Line k is shorter than every line set solid under it, two lines at least."""
    width, j = len(compact(lines[k].text)), k + 1
    while j < len(lines) and not lines[j].gap and not _picture_caption(lines, j):
        if len(compact(lines[j].text)) <= width:
            return False
        j += 1
    return j - k > 2


def _verse_since_title(lines: list[Line], parts: list[Part]) -> int:
    """The lines of verse read since the last title, when that title was set solid under the
    verse of the poem before it (石板街 inside a block); else as many as the stanza rule needs
    (a group that sets each title over its stanza may print poems of two lines)."""
    count, inside = _FIRST_STANZA_MIN, False
    for n, (role, first, _) in enumerate(parts):
        if role == "title":
            count = 0
            inside = n > 0 and parts[n - 1][0] == "verse" and not lines[first].gap
        else:
            count += role == "verse"
    return count if inside else _FIRST_STANZA_MIN


def _first_title_width(lines: list[Line], parts: list[Part]) -> int:
    """How long the first poem's title read so far is, 0 before one is read."""
    first = next((lines[i] for role, i, _ in parts if role == "title"), None)
    return 0 if first is None else len(compact(first.text))


def _titles_set_solid(lines: list[Line], k: int, title_width: int = 0, *, widen: bool = False) -> set[int]:
    """The later poems' titles inside a group set solid from line k, its first poem's title over
    it and no blank line between the poems: the lines no longer than that first title and shorter
    than every line of verse in the block, each with two lines of verse or more on either side.
    ``title_width``: a later block may open on verse, the last stanza of the poem above going on,
    the next titles set solid under it (…从此再也不分开 / 夜班 / 厂区的灯…): the group's first title,
    read over an earlier block, measures them.  ``widen``: the head leaves the number of poems
    open, and a later title may be longer than the first one."""
    end = run_end(lines, k + 1)
    first = lines[k]
    if end - k < 2 * _FIRST_STANZA_MIN:
        return set()
    starts: list[tuple[int, int]] = []  # (the measure, the first line of verse)
    if _plain_title(first):
        starts.append((len(compact(first.text)), k + 1))
    if title_width and _verse(first) and (widen or not starts):
        # (a later block's first line, short as it may be, may be the poem above going on)
        starts.append((title_width, k))
    for width, verse_from in starts:
        titles = _widened_titles(lines, verse_from, end, width, widen=widen)
        if titles:
            return titles
    return set()


def _widened_titles(lines: list[Line], verse_from: int, end: int, width: int, *, widen: bool) -> set[int]:
    """The titles set solid from verse_from to end, measured by width; ``widen``: a later title
    may be longer than the first (石　桥 / … / 码头上的夜 / …), so the measure widens length by
    length while every line left is still longer than each title and every poem keeps two lines
    of verse; the first length that breaks this is a line of verse's."""
    titles: set[int] = set()
    lengths = {len(compact(lines[j].text)) for j in range(verse_from, end) if _plain_title(lines[j])}
    for wider in sorted(n for n in lengths if n >= width) if widen else [width]:
        more = _solid_titles(lines, verse_from, end, max(wider, width))
        if more is None:
            continue  # (no line that short yet)
        if not more:
            break
        titles = more
    return titles


def _solid_titles(lines: list[Line], verse_from: int, end: int, width: int) -> set[int] | None:
    """The lines from verse_from to end that are titles no longer than width, when every other
    line is verse longer than width and each poem keeps two lines of verse or more; else an
    empty set, or None when no title is that short."""
    short = [
        j for j in range(verse_from, end) if _plain_title(lines[j]) and len(compact(lines[j].text)) <= width
    ]
    if not short:
        return None
    rest = [j for j in range(verse_from, end) if j not in short]
    # (every line as short as the titles: nothing tells a title from a line of verse)
    if not rest or not all(_verse(lines[j]) for j in rest):
        return set()
    if min(len(compact(lines[j].text)) for j in rest) <= width:
        return set()  # a line of verse as short as the titles: nothing tells them apart
    last = verse_from - 1
    for j in (*short, end):
        if j - last - 1 < 2:  # a poem of one line: no title here
            return set()
        last = j
    return set(short)


def _title_over_stanza(line: Line, below: Line | None, style: str, *, first: bool) -> bool:
    """A poem's title set solid over its verse: flush over indented lines, or the first line of
    each stanza (the style the group's first poem set)."""
    if below is None or below.gap or not _plain_title(line):
        return False
    if style == "indent":
        return not line.indented and below.indented
    return style == "stanza" and first


def _a_poem(lines: list[Line], parts: list[Part], *, group: bool) -> bool:
    """The lines read are a poem: enough verse, and (a single poem, its head saying nothing) a
    first stanza whose lines are not a paragraph wrapped at one width."""
    verses = [lines[first] for role, first, _ in parts if role == "verse"]
    if len(verses) < _FIRST_STANZA_MIN:
        return False
    if group:
        return True
    if all(_REGULATED_LINE.match(compact(line.text)) for line in verses):
        return len(verses) % 2 == 0  # classical couplets, their lines of one length by rule
    first_verse = next(first for role, first, _ in parts if role == "verse")
    if _rhymed_couplets(lines, first_verse) or _closed_phrases(lines, first_verse):
        return True  # (couplets closed at their marks: verse however near one length its lines)
    stanzas: list[list[Line]] = []
    for line in verses:
        if not stanzas or line.gap:
            stanzas.append([])
        stanzas[-1].append(line)
    stanza = stanzas[0]
    if len(stanza) < _FIRST_STANZA_MIN:
        return False
    # every stanza's lines but its last: wrapped prose fills them to one width, paragraph after
    # paragraph (a short first stanza may happen to set two lines of near one length)
    widths = [len(compact(line.text)) for block in stanzas for line in block[:-1]]
    punctuated = sum(any(c in line.text for c in "，,、") for line in stanza)
    if len(stanza) >= _BARE_STANZA_MIN and punctuated <= 1 and not any(line.indented for line in stanza):
        # (月光落在河面上 / 像一匹新织的绸缎 / …: a poet may set every line near one width)
        return True
    return max(widths) - min(widths) >= _SPREAD_MIN and 2 * punctuated <= len(stanza)


# 一等奖, 特等奖, 优秀奖, 金奖: a prize's grade alone on its line, over the work that won it
_PRIZE_GRADE = compile_pattern(r"^(?:[一二三四五六七八九十特]等奖|优秀奖|佳作奖|入围奖|鼓励奖|[金银铜]奖)$")
# a contest's winning works printed under their title: two of them at least, or it is one piece
_PRIZE_WORKS_MIN = 2


def prize_grade(line: Line) -> bool:
    """The line is a prize's grade alone (一等奖, 优秀奖)."""
    return line.kind == TEXT and _PRIZE_GRADE.match(compact(line.text)) is not None


def prize_works(lines: list[Line], i: int) -> list[tuple[int, int]]:
    """The works a contest's title set apart at line i prints under it, each under its prize's
    grade and its author's name set solid (获奖作品选登 / 一等奖 / 某某 / 上联：… / 下联：… /
    二等奖 / …): (the grade's line, the work's last line) for each, or [] when the lines under
    the title are not so set.  Each work is a piece of its own, the title over each its kicker
    (as a column's label is over each brief)."""
    title = lines[i]
    if not title.gap or title.kind != TEXT or not headline_like(title) or prize_grade(title):
        return []
    works: list[tuple[int, int]] = []
    j = i + 1
    while j + 2 < len(lines) and not lines[j].gap and prize_grade(lines[j]):
        author = lines[j + 1]
        if author.gap or author.kind != TEXT or parse_name_line(author.text) is None:
            break
        k = j + 2
        while k < len(lines) and not lines[k].gap and lines[k].kind == TEXT and not prize_grade(lines[k]):
            k += 1
        if k == j + 2:
            break
        works.append((j, k - 1))
        j = k
    return works if len(works) >= _PRIZE_WORKS_MIN else []
