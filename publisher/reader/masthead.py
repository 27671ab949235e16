"""Masthead lines: the newspaper's name (Chinese and English), the edition, the
new-media brands and the printed date.

Which names are newspapers and brands is data (assets/mastheads.json); the
shapes (…日报, …版, an all-capitals English title, 2024年11月25日 星期一) are
rules.  A line is a masthead line only if every space-separated part of it is
one of these, so a headline that merely mentions 平湖版 is never eaten.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from publisher.assets import ASSETS_DIR
from publisher.dates import arabic_dates, parse_printed_date
from publisher.patterns import compile_pattern
from publisher.punctuation import regional_script_line
from publisher.reader.bylines import BYLINE_MARKS, STAFF_ROLES, parse_staff_line
from publisher.records import record

if TYPE_CHECKING:
    from publisher.reader.lines import Line  # (lines reads each line's masthead with this module)


@record
class MastheadTable:
    """The known mastheads (assets/mastheads.json): papers, brands, English names, sections."""

    newspapers_by_en: dict[str, str]
    newspapers: frozenset[str]
    brands: frozenset[str]
    brand_suffixes: tuple[str, ...]
    english_words: frozenset[str]
    sections: frozenset[str]
    section_suffixes: tuple[str, ...]


@functools.cache
def masthead_table() -> MastheadTable:
    data = json.loads((ASSETS_DIR / "mastheads.json").read_text(encoding="utf-8"))
    by_en = {en.upper(): paper["name"] for paper in data["newspapers"] for en in paper["en"]}
    return MastheadTable(
        newspapers_by_en=by_en,
        newspapers=frozenset(p["name"] for p in data["newspapers"]),
        brands=frozenset(data["brands"]),
        brand_suffixes=tuple(data["brand_suffixes"]),
        english_words=frozenset(w.upper() for w in data["english_masthead_words"]),
        sections=frozenset(data["sections"]),
        section_suffixes=tuple(data["section_suffixes"]),
    )


@record
class MastheadLine:
    """What one masthead or furniture line says about the page."""

    newspaper: str | None = None
    newspaper_en: str | None = None
    edition: str | None = None
    date: str | None = None
    brands: tuple[str, ...] = ()
    section: str | None = None  # 要闻, 平湖新闻, 人物·专访: the page's printed name
    page_label: str | None = None  # 第6版, B03, 12: the page number as printed
    imprint: tuple[str, ...] = ()  # 中共临朐县委机关报, 第3215期: kept as printed

    def strong(self) -> bool:
        """Parts that can only be masthead wherever they stand (not a brand or section word)."""
        return bool(self.newspaper or self.newspaper_en or self.edition or self.date)


@record
class Masthead:
    """What the page's masthead and furniture say: paper, edition, date, page label, section."""

    newspaper: str | None = None
    newspaper_en: str | None = None
    edition: str | None = None
    date: str | None = None
    brands: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()  # the masthead's line numbers (metadata, not items)
    section: str | None = None  # 要闻 beside 第1版: the page's printed name
    page_label: str | None = None  # 第1版, B03, 12: the page number as printed
    imprint: tuple[str, ...] = ()  # 中共临朐县委机关报, 第3215期: the masthead's other lines


# A named edition (平湖版); a page number (第3版, A6, B03) is the page's label, not an edition,
# and a special page (防汛专版, 乡村振兴专版) the page's section.
_EDITION = compile_pattern(r"^(?!第)[\u4e00-\u9fff]{2,6}(?<!专)版$")
# 南方都市报·佛山读本: a metropolitan paper's edition for one city, named its 读本 (only after the
# paper's name: alone, 某某读本 is as likely a book's title)
_CITY_EDITION = compile_pattern(r"^[\u4e00-\u9fff]{2,4}读本$")
# (GA06: an edition's pages lettered by two capitals, its own letter before the section's)
_PAGE_LABEL = compile_pattern(
    r"^(?:第\s*[A-Z]?\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]?\d{1,3}版|[A-Z]\d{1,3}|[A-Z]{2}\d{2})$"
)
# 第 2 版, 第 A3 版: the number spaced off from 第 and 版 (set larger than they are)
_SPACED_PAGE_NUMBER = compile_pattern(
    r"(?<![\u4e00-\u9fff])第[ \u3000]+(?P<number>[A-Z]?\d{1,3})[ \u3000]+版(?![\u4e00-\u9fff])"
)
# At the very top of a page a bare number is its page number (12, 04).
_BARE_PAGE_NUMBER = compile_pattern(r"^\d{1,3}$")
# The words a paper's name ends in (河南法制报, 潇湘晨报, 深圳特区报): a closed set of kinds of paper.
# (…快报, …导报 name columns of briefs too: 便民快报 is a paper's only at the top of a page.)
# (少年报, 学生报: the papers for children and pupils, as 青年报 and 老年报 are for their readers;
# 少年报 is written out, as 年报 alone is an annual report.)
# A university's paper is 某某大学报 or 某某校报 (a journal is 某某大学学报, which 大学报 never ends).
# (黄山晨刊, 某某晚刊: a morning or evening paper called a 刊 as others call theirs a 报; 周刊 and
# 专刊 are a paper's weekly pages, its sections' words)
_PAPER_KINDS = (
    "日报|晚报|晨报|早报|商报|时报|周报|都市报|法制报|法治报|特区报|青年报|农民报|工人报"
    "|经济报|科技报|教育报|健康报|老年报|少年报|学生报|大学报|校报|妇女报|侨报|交通报|晨刊|晚刊"
)
# (河南日报农村版, 人民日报海外版: a paper published apart under its parent's name and a named 版,
# printed run together as one name, not the parent paper's edition, which is printed set apart from
# it, 嘉兴日报·平湖版; a 专版 or a 第三版 is a page's, 某某日报社出版 the publisher's line)
_PAPER = compile_pattern(
    rf"^[\u4e00-\u9fff]{{2,6}}(?:{_PAPER_KINDS})(?:(?!第)[\u4e00-\u9fff]{{2,3}}(?<![专出])版)?$"
)
# 无锡日报副刊: the name line of a paper's supplement, the paper's name before the word for it.
_SUPPLEMENT = compile_pattern(rf"^(?P<paper>[\u4e00-\u9fff]{{2,6}}(?:{_PAPER_KINDS}))(?:副刊|周刊|专刊)$")
# 第13568期, 总第9876期, 今日16版: the issue's number and size, printed beside the paper's name or
# the date; the page's imprint, not a part that stops the line being masthead.  (第2期（总第2386期）:
# the year's issue, the running count after it in brackets, one part)
_ISSUE = compile_pattern(r"^(?:总?第\d{1,6}期(?:[（(]总第\d{1,6}期[）)])?|(?:今日|本期)\d{1,2}版)$")
# 周二出版, 每周四出版: when a weekly section comes out, printed beside its name (文旅　·　周二出版)
_SCHEDULE = compile_pattern(r"^(?:每|逢)?周[一二三四五六日](?:[、和][一二三四五六日])*出版$")
# www.dyxww.com, the paper's web address; 东营网, the name of the paper's site printed before it
_WEB_ADDRESS = compile_pattern(r"^www\.[\w.-]+\.[a-z]{2,}$", re.ASCII)
_SITE_NAME = compile_pattern(r"^[\u4e00-\u9fff]{2,5}网$")
# One word of an English or pinyin title (JIEFANG, DAILY, RIBAO): letters only, so A06 stays a label
# (an ampersand set as a word of its own, FLOWER & GARDEN, is one too).
_LATIN_WORD = compile_pattern(r"^(?:[A-Z][A-Z'&.\-]*|&)$")
# a place's name in pinyin has four letters at least (PINGHU, WUXI); shorter capitals are an
# abbreviation (NBA, CBA), not a masthead's
_PINYIN_NAME_MIN = 4
# (CITY, NEWS, FOCUS: a page's name in English, a word of a few letters at least, as no page number
# or abbreviation is read)
_SECTION_EN_MIN = 3
# 太　湖, 要　闻: a page's name spaced out letter by letter at the top of the page.
# 微信公众号：某某报, 官方微博：某某晚报: where to follow the paper, a field of a box set below the
# top (its phone, its hours beside it), the channel's generic word its label, no brand of its own
_CHANNEL_FIELD = compile_pattern(
    r"^(?:官方)?(?:微信公众号|公众号|微信号|微信|微博|客户端|抖音号|视频号)\s*[:：]"
)
_SPACED_WORD = compile_pattern(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}$")
# 大河报, 固始报, 某某新区报: any short name ending in 报 is a paper's name in the block at the top
# of a page, unless the word ending in 报 is one of news (通报, 喜报, 天气预报, 新闻播报); a 电报
# is a telegram, but 邮电报 the post and telecoms trade's paper, as 交通报 is the transport trade's.
_SHORT_PAPER = compile_pattern(
    r"^[\u4e00-\u9fff]{2,7}(?<!通|汇|简|情|海|喜|捷|预|公|举|申|回|警|战|板|播|画|年|月|学|党)(?<![^邮]电)报$"
)
# A page's name at the top (城事, 南京新闻, 人物·专访, 区县（市）): short, or two short words joined by
# a dot; a qualifier in brackets may follow the first.
_TOP_SECTION = compile_pattern(
    r"^[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{1,3}[）)])?(?:[·•][\u4e00-\u9fff]{2,4})?$"
)
# 招标采购公告, 拍卖公告, 分类广告: a page given over to notices or ads, named by what it prints (a
# notice's own title set under the masthead is told apart by its text: ``page._notice_atop``)
_NOTICES_SECTION = compile_pattern(r"^[\u4e00-\u9fff]{2,6}(?:公告|广告)$")
# 三七产业专题, 乡村振兴特刊, 生态保护专版: a page given over to one subject, named by it (longer
# than a desk's word), beside the page's number at the top
_SUBJECT_SECTION = compile_pattern(r"^[\u4e00-\u9fff]{2,8}(?:专题|特刊|专版)$")
# 今日桐乡: a paper's name of a few characters with no word for a paper in it (read only beside
# the page's number, section and date at the top of a page)
_UNKNOWN_PAPER = compile_pattern(r"^[\u4e00-\u9fff]{2,6}$")
# 2025.3.14, 2025-03-14, 2025/3/14
_NUMERIC_DATE = compile_pattern(r"^(\d{4})[.．/-](\d{1,2})[.．/-](\d{1,2})$")
_ENGLISH = compile_pattern(r"^[A-Z][A-Z'&.\-]*(?: (?:[A-Z][A-Z'&.\-]*|&))*(?: [A-Z][A-Z'&.\-]*)$")
# The lunar date printed after the Gregorian one (农历甲辰年十月廿五) follows from it, like the weekday.
_LUNAR_CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年闰正一二三四五六七八九十冬腊月初廿卅"
# 农历甲辰年十月廿五, or without 农历 when the sexagenary year opens it (甲辰年十月廿五), or that
# year alone (丙午年: a date part, never a section's name).
_LUNAR = (
    rf"(?:农历[{_LUNAR_CHARS}]{{2,14}}"
    rf"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[{_LUNAR_CHARS}]{{0,10}})"
)
_DATE_LINE = compile_pattern(
    rf"^\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?\s*(?:{_LUNAR})?$"
)
_LUNAR_TOKEN = compile_pattern(rf"^{_LUNAR}$")
_PARTS = compile_pattern(r"[\s·•/|｜:：]+")
_DOTS = compile_pattern(r"[·•]+")
_SEPARATORS = compile_pattern(r"[\s/|｜:：]+")
_WEEKDAY = compile_pattern(r"^(?:星期|周)[一二三四五六日天]$")
# The name part of a brand (平湖 in 平湖发布): short, or a headline like 市政府新闻发布 would pass.
_BRAND_BODY = compile_pattern(r"^[\u4e00-\u9fffA-Za-z]{1,4}$")


def _english(text: str, table: MastheadTable) -> bool:
    return bool(_ENGLISH.match(text)) and any(w in table.english_words for w in text.split())


def _top_section_word(token: str) -> bool:
    """A page's name as the top prints it: a short word (城事, 人物·专访) or one naming the notices
    or ads the page prints (招标采购公告)."""
    return bool(_TOP_SECTION.match(token) or _NOTICES_SECTION.match(token))


def _section(token: str, table: MastheadTable) -> bool:
    if token in table.sections:
        return True
    return any(
        token.endswith(suffix)
        and 0 < len(token) - len(suffix) <= 4
        and _BRAND_BODY.match(token[: -len(suffix)])
        for suffix in table.section_suffixes
    )


def _brand(token: str, table: MastheadTable) -> bool:
    if token in table.brands:
        return True
    for suffix in table.brand_suffixes:
        if token.endswith(suffix) and len(token) > len(suffix) and _BRAND_BODY.match(token[: -len(suffix)]):
            return True
    return False


def _plain_words(words: list[str], table: MastheadTable) -> bool:
    """None of the words is a paper's name, an edition or a brand (人物·专访, not 嘉兴日报·平湖版)."""
    return not any(
        w in table.newspapers or _PAPER.match(w) or _EDITION.match(w) or _brand(w, table) for w in words
    )


def _tokens(line: str, table: MastheadTable, *, top: bool) -> list[str]:
    """The parts of a masthead line; at the top a dotted section (第A04版：长沙·城事) stays whole."""
    if not top:
        return _PARTS.split(line)
    out: list[str] = []
    for part in _SEPARATORS.split(line):
        words = _DOTS.split(part)
        if len(words) > 1 and _TOP_SECTION.match(part) and _plain_words(words, table):
            out.append(part)
        else:
            out.extend(words)
    return out


def _join_latin(tokens: list[str]) -> list[str]:
    """解放日报 JIEFANG DAILY: the words of an English title printed beside the Chinese one are
    one part of the line, not one part each."""
    out: list[str] = []
    for token in tokens:
        if out and _LATIN_WORD.match(token) and all(_LATIN_WORD.match(w) for w in out[-1].split(" ")):
            out[-1] = f"{out[-1]} {token}"
        else:
            out.append(token)
    return out


def _join_regional(tokens: list[str]) -> list[str]:
    """阿里报　མངའ་རིས་ཚགས་པར།, 延边日报　연변 일보: the words of a name in a regional script printed
    beside the Chinese one are one part of the line, as an English title's are."""
    out: list[str] = []
    for token in tokens:
        if out and regional_script_line(token) and regional_script_line(out[-1]):
            out[-1] = f"{out[-1]} {token}"
        else:
            out.append(token)
    return out


def _known_english(title: str, table: MastheadTable) -> str | None:
    """The Chinese name of a known paper whose English title this is or opens (JIAXING DAILY
    PINGHU EDITION)."""
    upper = title.upper()
    return table.newspapers_by_en.get(upper) or next(
        (zh for en, zh in table.newspapers_by_en.items() if upper.startswith(en + " ")), None
    )


def paper_name(token: str) -> bool:
    """The word is shaped like a paper's name (…日报, …晚报, 深圳特区报) or is a known one."""
    return token in masthead_table().newspapers or bool(_PAPER.match(token))


def _desk_tail(line: str) -> tuple[str, str] | None:
    """2026年1月4日 星期日 责任编辑：钱红 电子信箱：…: the masthead's parts, then the desk's credits
    run on in the same line; (the parts, the credits) when the tail reads as a whole desk line."""
    words = line.split(" ")
    for k in range(1, len(words)):
        if words[k].startswith(STAFF_ROLES):
            tail = " ".join(words[k:])
            return (" ".join(words[:k]), tail) if parse_staff_line(tail) is not None else None
    return None


# a bar or rule printed between the desk's credits and the date (编辑 王晶 ｜ 2026年7月15日)
_BAR = frozenset("|｜│")
# the most words a desk's credits take before the date (责任编辑 王 晶 美编 陈 希 校对 …)
_DESK_WORDS = 16


def _desk_head(line: str) -> tuple[str, str] | None:
    """编辑 王晶 美编 陈希 ｜ 2026年7月15日 星期三: the desk's credits first, then the masthead's
    parts run on in the same line; (the parts, the credits) when the head reads as a whole desk
    line and the tail gives the date."""
    words = line.split(" ")
    # The credits are a few roles and names: trying every split of a long line would cost its
    # length squared (a 50,000-character run of words took a minute).
    for k in range(min(len(words) - 1, _DESK_WORDS), 0, -1):
        head = [w for w in words[:k] if w not in _BAR]
        tail = [w for w in words[k:] if w not in _BAR]
        if not head or not tail or parse_staff_line(" ".join(head)) is None:
            continue
        rest = " ".join(tail)
        parts = parse_masthead_line(rest, top=True) if _desk_tail(rest) is None else None
        return (rest, " ".join(head)) if parts is not None and parts.date else None
    return None


def impossible_date(text: str) -> bool:
    """The line is printed like a date (2025年2月30日 星期五) but names no day of the calendar."""
    line = arabic_dates(" ".join(text.split()))
    return bool(_DATE_LINE.match(line)) and parse_printed_date(line) is None


def _numeric_date(token: str) -> str | None:
    m = _NUMERIC_DATE.match(token)
    return parse_printed_date(f"{m.group(1)}年{m.group(2)}月{m.group(3)}日") if m else None


def parse_masthead_line(text: str, *, allow_brands: bool = True, top: bool = False) -> MastheadLine | None:
    """What a masthead line says, or None when any part of it is not masthead matter.

    At the top of a page a word set letter-spaced among the line's parts (第7版　　旅　游) is
    read as one word when the line does not read as it is printed.
    """
    read = _parse_masthead_line(text, allow_brands=allow_brands, top=top)
    if read is not None or not top:
        return read
    unspaced = _LETTER_SPACED.sub(lambda m: "".join(m.group().split()), text.strip())
    if unspaced == text.strip():
        return None
    return _parse_masthead_line(unspaced, allow_brands=allow_brands, top=top)


# 旅　游, 要 闻: single characters one space apart, a run set off from the rest of the line (or
# spaced as its letters are from the page number ending the line: 评　论　03, the number no letter)
_LETTER_SPACED = compile_pattern(
    r"(?:^|(?<=[ \u3000][ \u3000]))[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])){1,4}"
    r"(?=$|[ \u3000]{2,}|[ \u3000][A-Z]?\d{1,3}$)"
)


def _parse_masthead_line(text: str, *, allow_brands: bool = True, top: bool = False) -> MastheadLine | None:
    """``parse_masthead_line`` on the line as printed.

    ``top``: the line stands in the block of lines at the very top of a page, with a paper's
    name or date in it; there a bare number is the page number, a short word the page's
    section and a short name ending in 报 the paper's.
    """
    table = masthead_table()
    # JIAXING  DAILY: print spacing is not part of the name; 二〇二四年…日 reads as 2024年…日
    line = arabic_dates(" ".join(text.split()))
    # XING’AN RIBAO: a typeset apostrophe in a pinyin title is the plain one (a syllable break)
    line = line.replace("\u2019", "'")
    if not line:
        return None
    if top and regional_script_line(line):
        # མངའ་རིས་ཚགས་པར།: the paper's name in the region's own script, set with the Chinese one at
        # the top as another paper sets its English title: kept as printed, the masthead's imprint
        return MastheadLine(imprint=(line,))
    if top and _SPACED_WORD.match(line):
        line = line.replace(" ", "")
    if top:
        # 第 2 版: the page's number set large between a small 第 and 版, one label (第2版)
        line = _SPACED_PAGE_NUMBER.sub(r"第\g<number>版", line)
    if not top and _CHANNEL_FIELD.match(line):
        return None
    if top and (desk := _desk_tail(line) or _desk_head(line)) is not None:
        head = parse_masthead_line(desk[0], allow_brands=allow_brands, top=True)
        return dataclasses.replace(head, imprint=(*head.imprint, desk[1])) if head is not None else None
    if (
        top
        # (今日千岛湖: a county paper named 今日 and a place of three characters, alone on its line,
        # read as the short words are; ``page_masthead`` tells it for the paper's name)
        # (生态保护专版 alone: a page given over to one subject names itself so, as 城事 a desk's page)
        and (_top_section_word(line) or _TODAY_PAPER.match(line) or _SUBJECT_SECTION.match(line))
        and not _WEEKDAY.match(line)
        and not (_SHORT_PAPER.match(line) or _PAPER.match(line))
        and (
            _plain_words(_DOTS.split(line), table)
            if any(c in line for c in "·•")
            else not (_EDITION.match(line) or _brand(line, table))
        )
    ):
        return MastheadLine(section=line)
    if top and _two_word_section(line, table):
        return MastheadLine(section=line)
    # A known English masthead in any case; an unknown one only in capitals (JINHUA EVENING NEWS);
    # at the top of a page any title in capitals (LINQU BAO: the name's pinyin, or PINGHU alone, the
    # edition's), or one set in title case with a masthead's word in it (Jiefang Daily).
    if line.isascii() and (
        line.upper() in table.newspapers_by_en
        or _english(line, table)
        or (
            top
            and (
                _ENGLISH.match(line)
                or (len(line) >= _PINYIN_NAME_MIN and _LATIN_WORD.match(line))
                or _english(line.upper(), table)
            )
        )
    ):
        return MastheadLine(newspaper_en=line, newspaper=_known_english(line, table))
    if _DATE_LINE.match(line):
        # 2024年2月31日 is no date: the line stays text rather than vanish into a null field.
        printed = parse_printed_date(line)
        return MastheadLine(date=printed) if printed else None
    newspaper = newspaper_en = edition = date = section = page_label = None
    brands: list[str] = []
    imprint: list[str] = []
    unnamed: str | None = None
    dated = False  # a weekday or lunar date read among the parts (the date's own, printed apart)
    # 嘉兴日报·平湖版: the parts may be joined by a middle dot instead of a space; 第02版：要闻
    # by a colon, 2025年3月13日/星期四 by a slash.
    tokens = [token for token in _join_regional(_join_latin(_tokens(line, table, top=top))) if token]
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if token in table.newspapers or _PAPER.match(token) or (top and _SHORT_PAPER.match(token)):
            newspaper = newspaper or token
        elif top and newspaper is None and _today_paper_by_section(token, tokens, table):
            # 今日龙游　综合: a county paper named 今日 and its place, printed on one line with the
            # page's section word (no date or page number there to tell it by)
            newspaper = token
        elif top and (supplement := _SUPPLEMENT.match(token)):
            newspaper = newspaper or supplement.group("paper")
            imprint.append(token)  # the supplement's own name, as printed
        elif (
            " " in token
            and _ENGLISH.match(token)
            and (top or token.upper() in table.newspapers_by_en or _english(token, table))
        ):
            # JIAXING DAILY · PINGHU EDITION: the edition's English name after the paper's is kept too
            newspaper_en = f"{newspaper_en} · {token}" if newspaper_en else token
            newspaper = newspaper or _known_english(token, table)
        elif _ISSUE.match(token) or (top and _SCHEDULE.match(token)):
            imprint.append(token)
        elif top and regional_script_line(token):
            # 第3版　民族团结　མི་རིགས་མཐུན་སྒྲིལ།: the paper's name, the section's or the date in the
            # region's own script beside the Chinese, kept as printed
            imprint.append(token)
        elif top and section is not None and _LATIN_WORD.match(token) and len(token) >= _SECTION_EN_MIN:
            # 城事 CITY: the page's name, then the same name in English (kept as printed)
            imprint.append(token)
        elif top and (_WEB_ADDRESS.match(token) or (_SITE_NAME.match(token) and _WEB_ADDRESS.match(after))):
            # the paper's site and its address, set in the masthead's line (publication data)
            imprint.append(token)
        elif (_EDITION.match(token) and not token.endswith("出版")) or (
            newspaper is not None and _CITY_EDITION.match(token)
        ):
            edition = edition or token
        elif _PAGE_LABEL.match(token) or (top and _BARE_PAGE_NUMBER.match(token) and page_label is None):
            page_label = page_label or token
        elif _DATE_LINE.match(token) and parse_printed_date(token):
            date = parse_printed_date(token)
        elif _numeric_date(token):
            date = _numeric_date(token)
        elif (_WEEKDAY.match(token) or _LUNAR_TOKEN.match(token)) and (date is not None or top):
            dated = True
            continue
        elif allow_brands and _brand(token, table):
            brands.append(token)
        elif (
            allow_brands
            and section is None
            and (_section(token, table) or (top and _top_section_word(token)))
        ) or (top and section is None and page_label is not None and _SUBJECT_SECTION.match(token)):
            section = token
        elif (
            top
            and newspaper is None
            and section is not None
            and _TODAY_PAPER.match(section)
            and (_section(token, table) or _TOP_SECTION.match(token))
        ):
            # 今日龙游　　综合: 今日 and a place beside the page's word, the paper's name (as on the
            # page's lines together, ``_TODAY_PAPER``); read before the word left over, so that
            # 今日某县　教育·文体　7 (the date on the line under it) or a running head 今日某县　date
            # 镇村新闻 needs no fourth part to tell the paper by
            newspaper, section = section, token
        elif top and unnamed is None and _UNKNOWN_PAPER.match(token) and not _section(token, table):
            unnamed = token
        elif (
            top
            and unnamed is None
            and section is not None
            and _DOTS.search(token)
            and _TOP_SECTION.match(token)
            and _UNKNOWN_PAPER.match(section)
            and not _section(section, table)
        ):
            # 今日项城　2026年7月8日　第4版　法治·社会: a page's name may join two words by a dot, a
            # paper's never does, so the plain word read first is the paper's
            unnamed, section = section, token
        else:
            return None
    if unnamed is not None:
        # 2　综合　2026年1月20日　星期二　今日桐乡: at the top of a page, beside the page's number,
        # its section and the date, the one word left over is the paper's name (no 报 in it)
        if newspaper is not None or date is None or page_label is None or section is None:
            return None
        newspaper = unnamed
    found = MastheadLine(
        newspaper=newspaper,
        newspaper_en=newspaper_en,
        edition=edition,
        date=date,
        brands=tuple(brands),
        section=section,
        page_label=page_label,
        imprint=tuple(imprint),
    )
    # 第3215期 alone is publication data (lines.py reads it so); beside a name or a date, masthead
    # (农历丙午年四月初四　第8127期: the lunar date, printed on a line of its own under the date)
    if imprint and not dated and found == MastheadLine(imprint=found.imprint):
        return None
    return found


# 青少年科创, 健康生活周刊: a page's name longer than a desk's short word (``_TOP_SECTION``)
_LONG_SECTION = compile_pattern(r"^[\u4e00-\u9fff]{5,8}$")


def long_section(text: str) -> MastheadLine | None:
    """青少年科创: a page's name of five to eight characters, as the page's section; else None.
    Such a word is as likely a short head, so the caller reads it only where a head cannot stand
    (set solid under the page's number, over the desk's credits)."""
    table = masthead_table()
    word = text.strip()
    if not _LONG_SECTION.match(word) or _SHORT_PAPER.match(word) or _PAPER.match(word):
        return None
    if _EDITION.match(word) or _brand(word, table) or _TODAY_PAPER.match(word):
        return None
    return MastheadLine(section=word)


def _two_word_section(line: str, table: MastheadTable) -> bool:
    """公告　分类: a page's name of two short words set apart by a space, as others join them by a
    dot (公告·分类), alone on its line at the top; neither word a paper's, an edition's, a brand's
    or a weekday (今日龙游　综合 names the paper, then the page)."""
    words = line.split(" ")
    return len(words) == 2 and all(
        _TOP_SECTION.match(word)
        and not _DOTS.search(word)
        and not (_WEEKDAY.match(word) or _TODAY_PAPER.match(word) or _SHORT_PAPER.match(word))
        and not (_PAPER.match(word) or _EDITION.match(word) or _brand(word, table))
        for word in words
    )


# 某某时讯　地址：…: the imprint's fields led by the paper's name (a word for a paper ending it),
# set apart by a wide space
_IMPRINT_LED_BY_NAME = compile_pattern(
    r"^(?P<name>[\u4e00-\u9fff]{2,6}(?:报|时讯|新闻))(?:\u3000+|\s{2,})(?:社址|地址|新闻热线|邮编)[:：]"
)
# County papers are often named 安吉新闻 / 长兴新闻, which looks like a section name.
# (鑫报 alone over 图片新闻: a name of one character and 报, too short for ``_SHORT_PAPER``, stands
# alone over its page's section as a 某某新闻 does)
_PAPER_NAME_ENDINGS = ("新闻", "报")
# …or 今日 and the county's name (今日醴陵, 今日项城): read so only beside the page's own words
_TODAY_PAPER = compile_pattern(r"^今日[\u4e00-\u9fff]{2,3}$")


def _today_paper_by_section(token: str, tokens: list[str], table: MastheadTable) -> bool:
    """``token`` is a paper named 今日 and its place, and another token of its line is a known
    section word (综合, 要闻)."""
    return bool(_TODAY_PAPER.match(token)) and any(t != token and _section(t, table) for t in tokens)


def _titled_name(masthead_lines: list[Line], sections: list[str]) -> str | None:
    """The section word printed on the line of the page's English title, or on the line over it
    (今日缙云 / JINYUN TODAY): the paper's Chinese name, which no word for a paper ends."""
    numbers = {ln.number: ln.masthead for ln in masthead_lines}
    for ln in masthead_lines:
        m = ln.masthead
        if m is None or m.newspaper_en is None:
            continue
        above = numbers.get(ln.number - 1)
        for candidate in (m, above):
            if candidate is not None and candidate.section in sections and not candidate.page_label:
                return candidate.section
    return None


def _named_first(masthead_lines: list[Line], sections: list[str]) -> str | None:
    """The page's first line, a word alone that is no known section's, when a known section's word
    is printed under it: the paper's name."""
    table = masthead_table()
    first = masthead_lines[0].masthead
    if (
        masthead_lines[0].number != 1
        or first is None
        or first != MastheadLine(section=first.section)
        or first.section != sections[0]
        or _section(sections[0], table)
        or _DOTS.search(sections[0])
    ):
        return None
    return sections[0] if any(_section(s, table) for s in sections[1:]) else None


# 娄底晚报全媒体记者　刘　洋: a byline whose role is the paper's own reporter, the paper named in it
_PAPERS_REPORTER = compile_pattern(
    rf"^[{BYLINE_MARKS}]?\s*(?P<paper>[\u4e00-\u9fff]{{2,6}}(?:{_PAPER_KINDS}))"
    r"(?:全媒体|融媒体|新媒体)?(?:首席|资深|见习)?记者[\s\u3000]+[\u4e00-\u9fff]"
)


def _paper_in_bylines(lines: Sequence[Line]) -> str | None:
    """The paper a page's first byline names as its reporter's (娄底晚报全媒体记者　某某), else None:
    the page's own paper, where its masthead prints no name (a page's furniture may leave it to the
    paper's front page; its reporters still sign as the paper's)."""
    for ln in lines:
        m = _PAPERS_REPORTER.match(ln.text.strip())
        if m is not None:
            return m.group("paper")
    return None


def _beside_page_number(masthead_lines: list[Line], section: str) -> bool:
    """The first masthead line printing ``section`` prints the page's number beside it."""
    first = next(m for ln in masthead_lines if (m := ln.masthead) is not None and m.section == section)
    return first.page_label is not None


def page_masthead(masthead_lines: list[Line], lines: Sequence[Line] = ()) -> Masthead:
    """The page's masthead: what its masthead and furniture lines say, the first reading of each
    part winning (sections and brands all kept); with no paper named there, the paper its own
    reporters sign for in the page's ``lines``."""
    newspaper = newspaper_en = edition = date = section = page_label = None
    guessed = False
    brands: list[str] = []
    sections: list[str] = []
    imprint: list[str] = []
    for ln in masthead_lines:
        m = ln.masthead
        assert m is not None
        page_label = page_label or m.page_label
        if newspaper is None or (guessed and not _named_in_english(m) and m.newspaper):
            # the name printed in Chinese wins over one looked up from an English title above it
            newspaper, guessed = m.newspaper, _named_in_english(m)
        newspaper_en = newspaper_en or m.newspaper_en
        edition = edition or m.edition
        if m.section:
            sections.append(m.section)
        date = date or m.date
        brands.extend(b for b in m.brands if b not in brands)
        imprint.extend(m.imprint)
    if newspaper is None and newspaper_en is not None and sections and sections[0].endswith("报"):
        # 文汇报 over WENHUI DAILY: a name ending in 报 that reads as a word (汇报, a report) is
        # still the paper's when its English title stands in the masthead.
        newspaper = sections.pop(0)
    # (2　乡镇新闻: beside the page's number, a word ending in 新闻 is the page's name, the desk's news)
    alone = (
        [s for s in sections if not _beside_page_number(masthead_lines, s)]
        if newspaper is None and len(sections) >= 2
        else []
    )
    if alone and alone[0].endswith(_PAPER_NAME_ENDINGS):
        # 安吉新闻 over 县域: a county paper's name stands above its page's section, or under it
        # where the section is printed with the page's number (综合新闻　3 / 北仑新闻, 乡村振兴 | 06 /
        # 西海岸新闻): the number goes with the section, the name stands alone on its line.
        newspaper = alone[0]
        sections.remove(newspaper)
    if newspaper is None and len(sections) >= 2:
        # 农村大众 / 06 / date / 图片新闻: a word no section is called, alone on the page's first line
        # over a known section's word, is the paper's name (one with no word for a paper in it)
        newspaper = _named_first(masthead_lines, sections)
        if newspaper is not None:
            sections.remove(newspaper)
    if newspaper is None and newspaper_en is not None:
        # 今日象山 over JINRI XIANGSHAN, 今日江油　JINRI JIANGYOU: the word set with the English or
        # pinyin title, on its line or the line over it, is the paper's name in Chinese.
        newspaper = _titled_name(masthead_lines, sections)
    if newspaper is None and len(sections) >= 2:
        # 今日醴陵 beside 镇村: a county paper named 今日 and its place, among the page's words.
        newspaper = next((s for s in sections if _TODAY_PAPER.match(s)), None)
    if newspaper is None:
        # 某某时讯　地址：…　新闻热线：… at the foot of a page whose top names no paper: the imprint
        # led by the paper's name
        named = (led.group("name") for line in imprint if (led := _IMPRINT_LED_BY_NAME.match(line)))
        newspaper = next(named, None)
    if newspaper is None:
        newspaper = _paper_in_bylines(lines)
    # (耒阳新闻 over the page and again in its running foot: the paper's name, not its section)
    sections = [s for s in sections if s != newspaper]
    # Every section word printed stays (要闻, or 县域 under 安吉新闻 printed twice).
    section = "·".join(dict.fromkeys(sections)) if sections else None
    return Masthead(
        newspaper=newspaper,
        newspaper_en=newspaper_en,
        edition=edition,
        section=section,
        page_label=page_label,
        date=date,
        brands=tuple(brands),
        lines=tuple(ln.number for ln in masthead_lines),
        imprint=tuple(imprint),
    )


def _named_in_english(line: MastheadLine) -> bool:
    """The line's Chinese name is only looked up from its English title (SUZHOU DAILY)."""
    return line.newspaper_en is not None and line.newspaper == _known_english(
        line.newspaper_en, masthead_table()
    )


def _homophones(one: str, other: str) -> bool:
    """宿州日报 and 苏州日报: two names one romanised title may stand for (the same kind of paper, a
    place's name of the same length told apart by one character, 宿/苏, 泰/台), which an English
    title cannot tell apart; 嘉兴日报 and 湖州日报 are two papers."""
    return (
        len(one) == len(other)
        and sum(a != b for a, b in zip(one, other, strict=True)) == 1
        and any(one.endswith(kind) and other.endswith(kind) for kind in _PAPER_KINDS.split("|"))
    )


def _names_differ(line: MastheadLine, other: MastheadLine) -> bool:
    mine, theirs = line.newspaper, other.newspaper
    if mine is None or theirs is None or mine == theirs:
        return False
    # a name read from an English title only is the title's guess: a homophone printed in Chinese
    # is the paper the title romanises
    guessed = _named_in_english(line) or _named_in_english(other)
    return not (guessed and _homophones(mine, theirs))


def contradicts(line: MastheadLine, top: list[MastheadLine]) -> bool:
    """A masthead line below the top names another paper, edition or date than the top does."""
    if any(_names_differ(line, t) for t in top):
        return True
    for name in ("newspaper_en", "edition", "date"):
        mine = getattr(line, name)
        if mine is not None and any(getattr(t, name) not in (None, mine) for t in top):
            return True
    return False
