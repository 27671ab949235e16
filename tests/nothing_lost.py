"""What the snippet and page tests share: the check that a parse lost nothing, and a reading of an
invented snippet through that check."""

from __future__ import annotations

import json
import re
from collections import Counter

from publisher.dates import chinese_date
from publisher.model import Article, Item, item_to_json
from publisher.reader import PageParse, parse_page
from publisher.reader.line_kinds import PHOTO_COLUMN, photo_column

# The structural labels, plus the other role words the pages print (本报记者 … 摄, 图片),
# the standfirst labels and the 文/ 图/ that say what a byline's next role did (文/本报记者 …
# 图/通讯员 …, 许诺/图); each may be dropped once per printed occurrence, nothing else.
STRUCTURAL_LABELS = (
    "■",
    "□",
    "记者",
    "通讯员",
    "摄影",
    "图片",
    "本报讯",
    "本报记者",
    "本报通讯员",  # like 本报记者: the typed field (correspondents) says the role in full
    "摄",
    "核心提示",
    # a caption's pointer to its picture (上图：…), which a listener has no use for
    "上图：",
    "下图：",
    "左图：",
    "右图：",
    "题图：",  # (the picture heading a page of essays, said the same way)
    "编者按",
    "文/",
    "图/",
    "/图",
    "文／",  # the same credits with a full-width slash
    "图／",
    "／图",
    "图：",
    "报道",  # 记者 赵鹏 报道: the word closing a credit
)
# The lunar date printed after the date (农历甲辰年十月廿五) follows from it, like the weekday.
# 农历甲辰年十月廿五, or 乙巳年三月十三 opened by its sexagenary year: it follows from the date.
_LUNAR_DATE = re.compile(
    r"农历[\u4e00-\u9fff]{2,14}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[\u4e00-\u9fff]{0,10}"
)
# Every character that carries content: Han (with the rarer extension blocks), digits, Latin
# letters, kana (full and half width), emoji, and the letters and digits of the regional scripts
# printed beside Chinese (Tibetan, the Arabic script, Mongolian, Hangul, Yi); punctuation and
# spaces may be re-set.
_COUNTED = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff0-9A-Za-z"
    r"\u3040-\u30ff\uff66-\uff9f\U0001f300-\U0001faff"
    r"\u0f20-\u0f33\u0f40-\u0fbc\u0620-\u064a\u0671-\u06d3\u1820-\u18aa\uac00-\ud7af\ua000-\ua48c]"
)
_WEEKDAY_CHARS = "星期周一二三四五六日天"
_BLANK_MARKUP = re.compile(
    r"</?(?:br|p|div|span)\b[^<>\n]{0,200}>|&(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0|#32|#12288);"
)
# HTML residue of a web export (<br>, <p class="x">, &nbsp;, &#25991;) is structural residue,
# not text: the letters and digits inside text-formatting tags and character references may go
# (the parser drops the tags and decodes the references).  Only that markup counts: a letter
# outside it (<brand>, AT&T) must still be kept, and a decoded reference's character
# (&#25991; -> 文) must appear in the fields like any other.
_MARKUP_RESIDUE = re.compile(
    r"</?(?:br|p|div|span|font|b|i|u|em|strong|sup|sub|small|big|center|section|article"
    r"|h[1-6]|blockquote|li|ul|ol|figure|figcaption|header|footer|mark)"
    r"(?:\s[^<>\n]{0,200})?\s*/?>"
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.IGNORECASE,
)


def _counted(text: str) -> Counter[str]:
    return Counter(_COUNTED.findall(text))


def _field_text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def assert_nothing_lost(text: str, parsed: PageParse) -> None:
    """Every non-blank line of ``text`` is in exactly one item (or the masthead), and every
    counted character of an item's lines is in its fields or is a structural label."""
    lines = text.split("\n")
    # A line of nothing but markup and spaces (<p>&nbsp;</p>, <br>) is a blank line.
    nonblank = {n for n, line in enumerate(lines, start=1) if _BLANK_MARKUP.sub("", line).strip()}
    masthead = set(parsed.masthead.lines)
    owner: dict[int, str] = {}
    for item in parsed.items:
        # (the page's running head, printed where a column broke a paragraph, is the masthead's
        # line inside the story's span: the masthead keeps it, the story's fields do not)
        for n in range(item.source.first, item.source.last + 1):
            if n in nonblank and n not in masthead:
                assert n not in owner, f"line {n} is in both {owner[n]} and {item.id}"
                owner[n] = item.id
    for n in masthead:
        inside = [i.id for i in parsed.items if i.source.first <= n <= i.source.last]
        # a masthead line inside an item has that item's lines on both sides of it
        assert all(i.source.first < n < i.source.last for i in parsed.items if i.id in inside), (
            f"masthead line {n} opens or closes {inside}"
        )
    assert nonblank == set(owner) | masthead, f"lines in no item: {sorted(nonblank - set(owner) - masthead)}"

    for item in parsed.items:
        source = "\n".join(
            line
            for n, line in enumerate(lines[item.source.first - 1 : item.source.last], start=item.source.first)
            if n not in masthead
        )
        fields = {
            k: v for k, v in item_to_json(item).items() if k not in ("id", "type", "page", "source_lines")
        }
        missing = _counted(source) - _counted(_field_text(fields))
        # A label printed with a stray space or break inside it (本 报记者) is still the label.
        unspaced = re.sub(r"\s+", "", source)
        labels = Counter()
        for markup in _MARKUP_RESIDUE.findall(unspaced):
            labels += _counted(markup)
        for label in STRUCTURAL_LABELS:
            labels += Counter({c: unspaced.count(label) for c in label if _COUNTED.match(c)})
        if item.type == "photo":
            # a photo column's label (图片新闻, or 读者来图 on a line of its own, over the photo) is
            # in its lines, in no field
            for label in {*PHOTO_COLUMN, *filter(None, map(photo_column, source.split("\n")))}:
                labels += Counter({c: unspaced.count(label) for c in label if _COUNTED.match(c)})
        # A name printed on the byline and again after the body ((记者 李雨婷)) is kept once.
        byline = fields.get("byline") or {}
        others = byline.get("others", [])
        names = [
            *byline.get("reporters", []),
            *byline.get("correspondents", []),
            *byline.get("photographers", []),
            *(n for credit in others for n in (credit["role"], *credit["names"])),
        ]
        for name in dict.fromkeys(names):
            # a role word printed after the name (梁 晨 文　周 斌 图, 龙 强/文) is that role's label
            for role in "文图":
                labels += Counter({role: len(re.findall(re.escape(name) + "[/／]?" + role, unspaced))})
            # (a stray mark printed inside it, 吴：振浩, leaves it the same name)
            repeats = len(re.findall(r"\W*".join(map(re.escape, name)), unspaced)) - 1
            if repeats > 0:
                labels += Counter({c: k * repeats for c, k in Counter(name).items()})
        # A head printed again as the lead its text runs on from (南湖新区 / ●南湖新区：…) is kept
        # once: the reader drops that one repeat, so one repeat at most may go uncounted.
        head = fields.get("headline") or ""
        if head and unspaced.count(head) > 1:
            labels += _counted(head)
        assert not missing - labels, f"{item.id} lost {dict(missing - labels)}"

    m = parsed.masthead
    kept = _field_text(
        [m.newspaper, m.newspaper_en, m.edition, m.section, m.page_label, list(m.brands), list(m.imprint)]
    )
    if m.date:
        kept += chinese_date(m.date) + m.date.replace("-", "")
    for n in masthead:
        line = _MARKUP_RESIDUE.sub("", lines[n - 1])
        line = _LUNAR_DATE.sub("", line) if m.date else line
        lost = _counted(line) - _counted(kept) - Counter(_WEEKDAY_CHARS + "0123456789")
        assert not lost, f"masthead line {n} lost {dict(lost)}"


def read_items(text: str, page: int | None = None) -> tuple[Item, ...]:
    """The items of a snippet, which must lose nothing (unclassified lines are allowed)."""
    parsed = parse_page(text) if page is None else parse_page(text, page)
    assert_nothing_lost(text, parsed)
    return parsed.items


def read_articles(text: str) -> list[Article]:
    return [item for item in read_items(text) if isinstance(item, Article)]


def first_article(text: str) -> Article:
    return read_articles(text)[0]
