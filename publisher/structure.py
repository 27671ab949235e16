"""The structuring stage: raw page text -> items of an :class:`Edition`.

A page is read line by line.  Each non-blank line first gets a *kind* from its
own shape (byline, dateline paragraph, photo credit, notice, weather, QR prompt,
contact line of an advertisement, list item, masthead, plain text).  A single
left-to-right pass then groups lines into items, looking a few lines ahead to
tell an article head (kicker / headline / deck, confirmed by the byline,
dateline or standfirst that follows) from a subhead or a photo title.

Column breaks: the extraction puts a blank line wherever print jumped columns,
often mid-sentence or mid-word.  A paragraph that does not end a sentence is
continued by the next plain-text line, joined with nothing in between, unless
that line starts something new (an article head, a photo, a byline, a list
item…).  A paragraph that does end with 。 simply ends there; if a column break
happened to fall after a full stop, keeping the break is harmless.

Every non-blank line lands in exactly one item (or is a masthead line that
becomes edition metadata); lines that fit nothing become an ``unclassified``
item and a warning, never silence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from publisher.bylines import (
    BYLINE_MARKS,
    NAMELESS_ROLES,
    ROLES,
    is_photo_credit,
    merge_bylines,
    parse_byline,
    parse_postfix_credit,
    parse_staff_line,
    split_photo_credit,
    split_trailing_byline,
)
from publisher.dates import parse_printed_date
from publisher.masthead import MastheadLine, parse_masthead_line
from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Edition,
    Item,
    Notice,
    PageInfo,
    Photo,
    QrPrompt,
    SourceFile,
    SourceLines,
    Unclassified,
    Weather,
)
from publisher.punctuation import clean_text, ends_sentence, is_han, normalise_punctuation, strip_markup
from publisher.reading import PageText

# ------------------------------------------------------------------ line kinds

TEXT = "text"
BYLINE = "byline"
PHOTO_CREDIT = "photo_credit"
DATELINE = "dateline"
STANDFIRST = "standfirst"
CONTINUATION = "continuation"
QR = "qr"
NOTICE = "notice"
WEATHER = "weather"
CONTACT = "contact"
LIST = "list"
MASTHEAD = "masthead"
STAFF = "staff"  # 责任编辑：王丽 版式：陈晨
PUBINFO = "pubinfo"  # 国内统一连续出版物号 CN33-0011, 今日8版
BRIEF = "brief"  # 【head】text: a brief with its head run into the paragraph

_DATELINE = re.compile(
    r"^(?P<dateline>本报讯"
    r"|本报[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日[讯电]"
    r"|本报(?!记者|通讯员)[\u4e00-\u9fff]{1,6}?讯"  # 本报平湖讯
    r"|(?:新华社|中新社|人民网|新华网|央视网|中新网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电)"
    r"\s*(?:[（(](?P<byline>[^（）()]{1,60})[）)])?\s*"
)
_STANDFIRST = re.compile(r"^[【\[]?(?P<label>核心提示|内容提要|导读|编者按)[】\]]?\s*[:：]?\s*")
_CONTINUATION = re.compile(
    r"[（(]\s*(?:[上下紧]?转(?:至|到)?|上接|紧接|接)\s*第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]"
)
_CONTINUATION_LINE = re.compile(rf"^(?:{_CONTINUATION.pattern}\s*)+$")
_QR = re.compile(r"^(?:扫一扫|扫码|扫描二维码|扫描下方二维码|长按识别|长按二维码)")
_NOTICE = re.compile(
    r"^[【\[]?(?P<label>友情提醒|温馨提示|温馨提醒|特别提醒|特别提示|重要提示|友情提示|安全提示|提醒|公告|通知|启事|声明|更正)"
    r"[】\]]?\s*[:：]\s*"
)
_WEATHER_START = re.compile(
    r"^(?:今天|今日|今晚|今夜|明天|明日|[\u4e00-\u9fff]{0,4}天气预报|[\u4e00-\u9fff]{0,4}天气|气温)"
)
_WEATHER_SKY = re.compile(r"晴|阴|多云|[小中大暴阵]雨|雨夹雪|[小中大]雪|雾|霾")
_WEATHER_MEASURE = re.compile(r"℃|气温|\d+[到至~～-]\d+级|风\d级")
_CONTACT = re.compile(
    r"^(?:地址|地点|[\u4e00-\u9fff]{0,4}热线|[\u4e00-\u9fff]{0,4}电话|联系人|联系方式|网址|邮箱|微信|QQ)\s*[:：]"
)
_PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}-?)?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
_LIST = re.compile(
    r"^(?:\d{1,2}[.．、](?!\d)|[①-⑳]|[◆●▲★◇○▶►]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    # 一是…；二是…；: points counted in words, each printed as a paragraph of its own
    r"|[一二三四五六七八九十]是(?=[\u4e00-\u9fff“]))"
)

_PUBINFO = re.compile(
    r"^(?:国内统一连续出版物号|国内统一刊号|邮发代号|总第\s*\d+\s*期|今日\s*\d{1,2}\s*版|本期\s*\d{1,2}\s*版"
    r"|CN\s*\d{2}\s*-\s*\d{4}|(?:社址|报社地址|本报地址)\s*[:：]"
    # 中共嘉兴市委机关报, the paper's web address printed in the masthead
    r"|中共[\u4e00-\u9fff]{2,12}机关报$|(?:https?://|www\.)[\w./-]+$)"
)
_BRIEF = re.compile(r"^【(?P<head>[^【】]{2,30})】\s*(?P<rest>\S.{5,})$")
# A weather box: an optional heading, then one line per day, then readings.
_WEATHER_HEADING = re.compile(r"^(?:今日|本地|[\u4e00-\u9fff]{2,4})?(?:天气预报|天气)$")
_WEATHER_EXTRA = re.compile(
    r"^(?:空气质量|AQI|紫外线|相对湿度|湿度|日出|日落|舒适度|穿衣指数|首要污染物|后天|今夜|夜间"
    # the wind on a line of its own (东北风3到4级, 偏北风转东南风2级)
    r"|偏?[东南西北]{1,2}风|风力|风向)"
)
# Words that open a news lead (who did what *when*): a short line followed by one is a new
# story's headline, not a subhead of the story above.
_NEWS_LEAD = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:昨天|昨日|今天|今日|前天|近日|日前|连日来|近期|前不久|近来|本周|上周)"
    r"|^即日起|^记者(?:昨天|昨日|今天|近日|日前)?从"
    r"|^(?:眼下|昨晚|前晚|今晨|近段时间|这几天|上周末|本周末|入[春夏秋冬]以来|入[春夏秋冬]后)"
)
# The name of a column of briefs (简讯, 城事速递): a kicker over each brief's own head.
_BRIEF_COLUMN = re.compile(
    r"^(?!图片新闻|新闻图片)[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯|速递|短波|简报|播报|一句话新闻|新闻|资讯|动态)$"
)
# Boxes printed with a story (相关链接, 延伸阅读): they belong to it, under their label.
_SIDEBAR_LABELS = (
    "相关链接",
    "延伸阅读",
    "新闻链接",
    "背景链接",
    "链接",
    "小贴士",
    "记者手记",
    "记者观察",
    "新闻背景",
    "相关新闻",
    "小知识",
    "知识链接",
    "专家解读",
    "专家观点",
    "记者感言",
    "编后",
    "编后语",
)
# A notice printed under its own title (遗失启事, 招标公告).
_NOTICE_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:启事|声明|公告|通告|告示|通知|讣告|讣闻)$")
# Classified-ad headings: the lines under them are the ad, sentences and all.
_AD_HEADINGS = ("招聘", "招租", "出租", "转让", "招商", "求购", "寻人", "寻物", "分类广告", "广告")
# Interview lines (记者：…？ / 问：…): a question is not a headline even when short.
_INTERVIEW = re.compile(r"^(?:记者|本报记者|问|答|主持人|[QA])\s*[:：]")
_CAPTION_MARKS = "▲△↑↓"
_SET_CAPTION = re.compile(r"^(?:图\s*[①-⑳\d一二三四五六七八九十]|[上下左右中]图\s*[:：]|图为)")
# County papers are often named 安吉新闻 / 长兴新闻, which looks like a section name.
_PAPER_NAME_ENDINGS = ("新闻",)
_DATE_ONLY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# (县医保局供稿), (据新华社): where the story above came from; it stays with that story.
_SOURCE_NOTE = re.compile(
    r"^[（(](?:据[^（）()]{1,30}|来源[:：][^（）()]{1,30}|[^（）()]{1,30}(?:供稿|供图|提供|综合|编译))[）)]$"
)
# The label over a column of news photos: it heads the first photo's title.
_PHOTO_COLUMN = ("图片新闻", "新闻图片", "图说", "图片故事", "摄影报道", "视觉")
# Who signs a notice under its text (…组委会, …有限公司).
_SIGNATURE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}(?:委员会|组委会|管委会|办公室|指挥部|公司|集团|政府|中心|协会|学会|医院|学校|局|委|办|处|所|站|队|院|社|村委会|居委会|治丧小组|治丧委员会|家属)$"
)

# Ads are short poster lines; longer lines are prose.
_AD_LINE_MAX = 50
_AD_SLOGAN_MAX = 30
_HEADLINE_MAX = 45
_PHOTO_SET_MAX = 6  # photos in one column under one credit
_CAPTION_MAX = 120
_SUBHEAD_MAX = 24
_NOTICE_TITLE_MAX = 16
_CUT_END_MAX = 8  # a sentence's end left alone by a column break is this short; a caption is longer
_HEAD_LINES_MAX = 3  # kicker, headline, deck (a headline wrapped over two lines counts once)
# A head line ending in a word that needs what follows (…的 / 关于… / …聚焦) or a line
# starting with a particle (的 / 了) is one headline printed over two lines.
_WRAP_END = re.compile(
    r"(?:的|和|与|及|暨|为|在|对|向|从|把|将|让|使|被|给|以|于|之|关于"
    r"|推进|推动|助力|聚焦|深化|强化|加快|打造|实施|全力|持续|进一步)$"
)
_WRAP_START = re.compile(r"^(?:的|了|着|之)")
# …召开 / …推进会: a verb left without its object, and the event it holds on the next line.
_WRAP_VERB_END = re.compile(r"(?:召开|举行|举办|开展|启动|签订|签署|发布)$")
_WRAP_VERB_OBJECT = re.compile(r"(?:召开|举行|举办|开展|启动|签订|签署|发布)[\u4e00-\u9fff]{1,8}$")
# 我市召开重大项目集中签约大会: a line that holds the event in one verb and its object.
_EVENT_HELD = re.compile(
    r"(?:召开|举行|举办)[\u4e00-\u9fff]{0,12}(?:会|会议|大会|活动|仪式|论坛|比赛|大赛|展览|典礼|晚会)$"
)
_WRAP_EVENT_END = re.compile(r"(?:会|会议|大会|活动|仪式|论坛|比赛|大赛|节|展览|演练|培训班|典礼|晚会)$")
# …会议开幕 / …项目开工: a line that says a whole event is a headline of its own, even set
# solid under the kicker above it.
_WHOLE_HEAD_END = re.compile(
    r"(?:开幕|闭幕|举行|召开|启动|成立|揭牌|开工|竣工|投用|签约|开园|开通|通车|开业|落幕|出炉|亮相)$"
)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the page
    text: str  # stripped
    gap: bool  # a blank line (or the start of the page) comes before it
    kind: str
    masthead: MastheadLine | None = None


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _classify(text: str, masthead: MastheadLine | None) -> str:
    if masthead is not None:
        return MASTHEAD
    if len(text) <= 60 and _PUBINFO.match(text):
        return PUBINFO
    if len(text) <= 60 and parse_staff_line(text) is not None:
        return STAFF
    if len(text) <= 12 and _compact(text) in _PHOTO_COLUMN:  # 图片 新闻 is a label, not 图片: 新闻
        return TEXT
    postfix = parse_postfix_credit(text) if "/" in text or "／" in text else None
    if postfix is not None:
        return PHOTO_CREDIT if postfix.photographers else BYLINE
    if text[0] in BYLINE_MARKS or text.startswith(ROLES) or text.startswith(("(", "（")):
        if is_photo_credit(text):
            return PHOTO_CREDIT
        if len(text) <= 60 and parse_byline(text) is not None:
            return BYLINE
    elif len(text) <= 40 and text.endswith("摄") and is_photo_credit(text):
        return PHOTO_CREDIT
    if _DATELINE.match(text):
        return DATELINE
    m = _STANDFIRST.match(text)
    if m and m.end() < len(text):  # a bare 导读 with nothing after it is no standfirst
        return STANDFIRST
    if _CONTINUATION_LINE.match(text):
        return CONTINUATION
    if len(text) <= 30 and _QR.match(text):
        return QR
    if len(text) <= 80 and _NOTICE.match(text):
        return NOTICE
    if _BRIEF.match(text):
        return BRIEF
    if (
        len(text) <= 160
        and _WEATHER_START.match(text)
        # 今天多云…3到4级 / 今天白天最高气温19℃ (the readings on a line of their own)
        and (
            (_WEATHER_SKY.search(text) and _WEATHER_MEASURE.search(text)) or ("气温" in text and "℃" in text)
        )
    ):
        return WEATHER
    if (
        len(text) <= _AD_LINE_MAX
        and not ends_sentence(text)
        and (_CONTACT.match(text) or _PHONE.search(text))
    ):
        return CONTACT
    if _LIST.match(text):
        return LIST
    return TEXT


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their numbers, whether a blank precedes them, and their kind."""
    out: list[Line] = []
    gap = True
    for number, raw in enumerate(text.split("\n"), start=1):
        # HTML residue goes before the line is classified (<p>本报讯 … is a dateline); a line
        # of nothing but markup (&nbsp;, <br>) is a blank line.
        stripped = strip_markup(raw).strip()  # every Unicode space: a line of only U+3000 or U+2028 is blank
        if not stripped:
            gap = True
            continue
        masthead = parse_masthead_line(stripped)
        out.append(Line(number, stripped, gap, _classify(stripped, masthead), masthead))
        gap = False
    return out


def _headline_like(line: Line) -> bool:
    t = line.text
    if line.kind != TEXT or len(t.replace(" ", "")) > _HEADLINE_MAX or "。" in t or _INTERVIEW.match(t):
        return False
    if t.endswith(("，", ",", "、", "：", ":", "；", ";", "…")):
        return False
    return not (ends_sentence(t) and len(t) > _SUBHEAD_MAX)


def _clause_punctuated(text: str) -> bool:
    return any(c in text for c in "，,、；;")


def _wraps(upper: Line, lower: Line, after: Line | None) -> bool:
    """``lower`` goes on with the head line ``upper``: one headline wrapped over two lines.

    A kicker, headline and deck are separate blocks (a blank line, a phrase of their own);
    a wrapped headline runs on with no blank line, or breaks after a word that needs more.
    (On a page set without blank lines the missing blank says nothing: the two lines must
    stand apart as a block of their own.)
    """
    a, b = upper.text, lower.text
    if (
        _clause_punctuated(a)
        or _clause_punctuated(b)
        or b.startswith(("——", "—", "--"))
        or " " in a
        or " " in b
        or _BRIEF_COLUMN.match(_compact(a))
    ):
        return False
    if a.count("“") > a.count("”"):  # a quotation opened on the first line closes on the second
        return True
    if _WRAP_VERB_END.search(a) and _WRAP_EVENT_END.search(b):
        return True
    if (
        _WRAP_VERB_OBJECT.search(a)
        and not _WRAP_EVENT_END.search(a)
        and _WRAP_EVENT_END.search(b)
        and not _WRAP_VERB_OBJECT.search(b)
    ):
        # 我市召开重大项目 / 集中签约大会: the event the verb holds runs onto the next line.
        return True
    if (
        _WHOLE_HEAD_END.search(b)
        and sum(map(is_han, b)) >= 6
        and sum(map(is_han, a)) >= 4
        and not (_WRAP_END.search(a) or _WRAP_START.match(b))
    ):
        return False
    solid_block = not lower.gap and upper.gap and (after is None or after.gap)
    return solid_block or bool(_WRAP_END.search(a) or _WRAP_START.match(b))


def _subhead_shaped(line: Line) -> bool:
    """A short unpunctuated line that may stand as a subhead inside a story."""
    return (
        line.kind == TEXT
        and _headline_like(line)
        and len(line.text) <= _SUBHEAD_MAX
        and not _clause_punctuated(line.text)
    )


# ------------------------------------------------------------------ page result


@dataclass(frozen=True)
class Masthead:
    newspaper: str | None = None
    newspaper_en: str | None = None
    edition: str | None = None
    date: str | None = None
    brands: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()  # the masthead's line numbers (metadata, not items)
    # 要闻 beside 第1版: the page's section; the edition model has no place for it (yet).
    section: str | None = None


@dataclass(frozen=True)
class PageParse:
    page: int
    masthead: Masthead
    items: tuple[Item, ...]
    warnings: tuple[str, ...] = ()


# ------------------------------------------------------------------ builders


@dataclass
class _ArticleDraft:
    first: int
    last: int
    kicker: str | None = None
    headline: str = ""
    subheadline: str | None = None
    standfirst: str | None = None
    byline: Byline | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    joinable: list[bool] = field(default_factory=list)
    continuation: list[str] = field(default_factory=list)
    closed: bool = False  # a trailing byline or 下转 marker ended it
    subheads: int = 0
    in_column: bool = False  # one of a column of briefs: a short head below starts the next one

    @property
    def in_body(self) -> bool:
        return bool(self.paragraphs) or self.dateline is not None

    def standfirst_only(self) -> bool:
        return self.standfirst is not None and not self.headline and not self.in_body and self.byline is None

    def head_only(self) -> bool:
        return bool(self.headline) and not self.in_body and self.byline is None and self.standfirst is None

    def open_sentence(self) -> bool:
        return bool(self.joinable) and self.joinable[-1] and not self.closed

    def open_quote(self, text: str) -> bool:
        """The last paragraph left a quotation open and ``text`` closes it: a column break
        fell after a full stop inside the quotation.  (A quotation running over real
        paragraphs opens each of them again with “.)"""
        if not self.paragraphs or self.closed or not self.in_body:
            return False
        prev = self.paragraphs[-1]
        if text.startswith(("“", '"')):
            return False
        if prev.count('"') % 2 == 1:  # an ASCII quotation waits for its pair to be curled
            return '"' in text
        if prev.count("“") <= prev.count("”"):
            return False
        close, reopen = text.find("”"), text.find("“")
        return close >= 0 and (reopen < 0 or close < reopen)

    def add_paragraph(
        self, text: str, line: Line, *, subhead: bool = False, sidebar: bool = False, clean_head: str = ""
    ) -> None:
        """``clean_head``: the paragraph's start, already in published form, before ``text``."""
        text, markers = _strip_continuation(text)
        self.continuation.extend(markers)
        trailing = split_trailing_byline(text)
        if trailing is not None:
            text, byline = trailing
            self.byline = merge_bylines(self.byline, byline)
            self.closed = True
        if any("转" in m for m in markers):
            self.closed = True
        self.last = line.number
        if not text and not clean_head:
            return
        cleaned = clean_head + clean_text(text)
        self.subheads += subhead and not sidebar  # a box label says nothing of the story's subheads
        self.paragraphs.append(cleaned)
        self.joinable.append(
            not subhead
            and not self.closed
            and not ends_sentence(cleaned)
            and not cleaned.endswith(("：", ":"))
            and (
                line.kind == TEXT
                or _clause_punctuated(_LIST.sub("", cleaned, count=1))
                or len(cleaned) > _SUBHEAD_MAX
            )
        )

    def join(self, line: Line) -> None:
        """Rejoin a paragraph cut by a column break."""
        prev = self.paragraphs.pop()
        self.joinable.pop()
        self.last = line.number
        text = line.text
        sep = (
            " "
            if prev[-1:].isascii() and prev[-1:].isalpha() and text[:1].isascii() and text[:1].isalpha()
            else ""
        )
        # Re-clean the paragraph: punctuation at the cut sees both neighbours now.  Only its
        # tail needs it (a page without full stops would otherwise cost time squared), unless
        # an ASCII quote or bracket in it still waits for its pair.
        cut = _clean_cut(prev)
        self.add_paragraph(prev[cut:] + sep + text, line, clean_head=prev[:cut])

    def build(self, item_id: str, page: int) -> Article:
        return Article(
            id=item_id,
            source=SourceLines(page, self.first, self.last),
            headline=self.headline,
            paragraphs=tuple(self.paragraphs),
            kicker=self.kicker,
            subheadline=self.subheadline,
            standfirst=self.standfirst,
            byline=self.byline,
            dateline=self.dateline,
            continuation=tuple(self.continuation),
        )


_REJOIN_TAIL = 160  # characters before a column break that are cleaned again with the next line


def _clean_cut(paragraph: str) -> int:
    """Where the already-clean start of ``paragraph`` may end: between two Han characters at
    least _REJOIN_TAIL characters before its end, or 0 (clean it all again)."""
    if len(paragraph) <= 2 * _REJOIN_TAIL or any(c in paragraph for c in '"()'):
        return 0
    for cut in range(len(paragraph) - _REJOIN_TAIL, len(paragraph) - 2 * _REJOIN_TAIL, -1):
        if is_han(paragraph[cut - 1]) and is_han(paragraph[cut]):
            return cut
    return 0


def _strip_continuation(text: str) -> tuple[str, list[str]]:
    markers = [re.sub(r"\s+", "", m.group())[1:-1] for m in _CONTINUATION.finditer(text)]
    if not markers:
        return text, []
    return _CONTINUATION.sub("", text).strip(), markers


def _head_fields(texts: list[str]) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subheadline) from the 1-3 head lines above an article."""
    if len(texts) == 1:
        parts = texts[0].split()
        # A one-line head printed as "headline phrase  phrase  deck": with two or more
        # print spaces the last part is the deck; a single space is a line-break space.
        if len(parts) >= 3:
            return None, clean_text(" ".join(parts[:-1])), clean_text(parts[-1])
        return None, clean_text(texts[0]), None
    if len(texts) == 3:
        return clean_text(texts[0]), clean_text(texts[1]), clean_text(texts[2])
    first, second = texts
    if _BRIEF_COLUMN.match(_compact(first)):
        return clean_text(first), clean_text(second), None
    if second.startswith(("——", "—", "--")) or _clause_punctuated(second):
        return None, clean_text(first), clean_text(second)
    if (_WHOLE_HEAD_END.search(second) or _EVENT_HELD.search(second)) and not (
        _WHOLE_HEAD_END.search(first) or _EVENT_HELD.search(first)
    ):
        # 凝心聚力谋发展 over 市政协…会议开幕: the line that tells the event is the headline.
        return clean_text(first), clean_text(second), None
    if _parallel_slogan(first) and not _parallel_slogan(second):
        # 巾帼建新功 奋进新征程 over 我市表彰…: a slogan of matched phrases is the kicker.
        return clean_text(first), clean_text(second), None
    if _clause_punctuated(first) or len(first.replace(" ", "")) > len(second.replace(" ", "")):
        return clean_text(first), clean_text(second), None
    return None, clean_text(first), clean_text(second)


def _parallel_slogan(text: str) -> bool:
    """Two phrases of the same length set apart by a space (巾帼建新功 奋进新征程)."""
    parts = text.split()
    if len(parts) != 2:
        return False
    sizes = [sum(1 for c in p if is_han(c)) for p in parts]
    return sizes[0] == sizes[1] and 3 <= sizes[0] <= 8


# ------------------------------------------------------------------ the pass


class _PageParser:
    def __init__(self, lines: list[Line], page: int) -> None:
        self.lines = lines
        self.page = page
        self.items: list[Item] = []
        self.warnings: list[str] = []
        self.article: _ArticleDraft | None = None
        self.stray: list[Line] = []
        self.masthead_lines: list[Line] = []

    # -- helpers

    def _line(self, i: int) -> Line | None:
        return self.lines[i] if i < len(self.lines) else None

    def _next_id(self) -> str:
        return f"p{self.page}-{len(self.items) + 1:02d}"

    def _emit(self, item_factory: Callable[[str], Item]) -> None:
        self._close()
        self.items.append(item_factory(self._next_id()))

    def _close(self) -> None:
        if self.article is not None:
            article, self.article = self.article, None
            self.items.append(article.build(self._next_id(), self.page))
        if self.stray:
            stray, self.stray = self.stray, []
            item = Unclassified(
                id=self._next_id(),
                source=SourceLines(self.page, stray[0].number, stray[-1].number),
                lines=tuple(normalise_punctuation(s.text) for s in stray),
            )
            self.items.append(item)
            self.warnings.append(
                f"page {self.page}, lines {stray[0].number}-{stray[-1].number}: "
                f"could not classify {stray[0].text[:20]!r}…; kept as unclassified"
            )

    def _head_span(self, i: int) -> tuple[int, str] | None:
        """(number of head lines, what confirms them) if an article head starts at line i."""
        n = heads = 0
        while i + n < len(self.lines) and _headline_like(self.lines[i + n]):
            if n > 0 and _wraps(self.lines[i + n - 1], self.lines[i + n], self._line(i + n + 1)):
                n += 1
                continue
            if heads == _HEAD_LINES_MAX:
                break
            heads += 1
            n += 1
        if n == 0:
            return None
        if i + n >= len(self.lines):
            return None
        nxt = self.lines[i + n]
        if nxt.kind in (BYLINE, DATELINE, STANDFIRST, BRIEF):
            return n, "strong"
        if nxt.kind == CONTINUATION and "接" in nxt.text:  # （上接第1版）under a repeated headline
            return n, "strong"
        if nxt.kind in (TEXT, LIST) and not _headline_like(nxt):
            return n, "body"
        return None

    def _photo_span(self, i: int) -> int:
        """Number of lines of a photo (title?, caption, credit) starting at line i, else 0."""
        lines = self.lines
        here = lines[i]
        if here.kind == PHOTO_CREDIT:
            return 1
        if here.kind != TEXT and not (here.kind == LIST and here.text[0] in _CAPTION_MARKS):
            return 0
        if _compact(here.text) in _PHOTO_COLUMN and i + 1 < len(lines):
            below = self._photo_span(i + 1)
            return below + 1 if below else 0
        if i + 1 < len(lines) and lines[i + 1].kind == PHOTO_CREDIT:
            return 2
        if (
            i + 2 < len(lines)
            and _headline_like(here)
            and lines[i + 1].kind == TEXT
            and lines[i + 2].kind == PHOTO_CREDIT
        ):
            return 3
        # A caption wrapped over lines with no blank between them, a title apart above it.
        start = i + 1 if _headline_like(here) and i + 1 < len(lines) and lines[i + 1].gap else i
        k = start + 1
        while k < len(lines) and k - start < 4 and lines[k].kind == TEXT and not lines[k].gap:
            k += 1
        if (
            k - start >= 2
            and lines[start].gap
            and lines[start].kind == TEXT
            and k < len(lines)
            and lines[k].kind == PHOTO_CREDIT
        ):
            return k + 1 - i
        # A set of pictures: title?, 图① … 图② … captions, one credit under them all.
        j = i if _SET_CAPTION.match(here.text) else i + 1
        k = j
        while k < len(lines) and k - j < 6 and lines[k].kind == TEXT and _SET_CAPTION.match(lines[k].text):
            k += 1
        if (
            k - j >= 2
            and k < len(lines)
            and lines[k].kind == PHOTO_CREDIT
            and (j == i or _headline_like(here))
        ):
            return k + 1 - i
        if split_photo_credit(here.text) is not None:
            return 1
        if (
            i + 1 < len(lines)
            and _headline_like(here)
            and lines[i + 1].kind == TEXT
            and split_photo_credit(lines[i + 1].text) is not None
        ):
            return 2
        return 0

    def _photo_pairs(self, i: int) -> list[tuple[int, int, int]]:
        """A column of photos each printed with its own title and caption, one credit under
        them all (图片新闻 / title / caption / title / caption / ■摄影 …): the (title, caption's
        first, caption's last) line indexes, else [].  A caption may wrap over lines set solid.
        Without a column label it takes three photos to tell them from short stories."""
        lines = self.lines
        labelled = lines[i].kind == TEXT and _compact(lines[i].text) in _PHOTO_COLUMN
        j = i + 1 if labelled else i
        pairs: list[tuple[int, int, int]] = []
        while (
            j + 1 < len(lines)
            and len(pairs) < _PHOTO_SET_MAX
            and _headline_like(lines[j])
            and not _clause_punctuated(lines[j].text)
            and lines[j + 1].kind == TEXT
            and (not _headline_like(lines[j + 1]) or _clause_punctuated(lines[j + 1].text))
        ):
            k = j + 2
            while k < len(lines) and k - j <= 3 and lines[k].kind == TEXT and not lines[k].gap:
                k += 1
            if sum(len(ln.text) for ln in lines[j + 1 : k]) > _CAPTION_MAX:
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
        column = _compact(self.lines[i].text) if pairs[0][0] > i else None
        for k, (t, c0, c1) in enumerate(pairs):
            title = clean_text(self.lines[t].text)
            if k == 0 and column is not None:
                title = f"{column}：{title}"
            first = self.lines[i if k == 0 else t].number
            last = (credit if k == len(pairs) - 1 else self.lines[c1]).number
            caption = clean_text("".join(ln.text for ln in self.lines[c0 : c1 + 1]))
            source = SourceLines(self.page, first, last)
            self._emit(
                lambda id_, s=source, ti=title, ca=caption: Photo(id_, s, caption=ca, title=ti, byline=byline)
            )
        return pairs[-1][2] + 2

    def _ad_span(self, i: int) -> int:
        """Lines of an advertisement starting at line i: short poster lines around a contact line."""
        lines = self.lines
        j = i
        seen_contact = False
        # Under a classified heading (招聘) the ad may speak in sentences.
        headed = _compact(lines[i].text) in _AD_HEADINGS
        while j < len(lines) and j - i < 10:
            ln = lines[j]
            if j > i and ln.gap and seen_contact and ln.kind != CONTACT:
                break
            if ln.kind == CONTACT:
                seen_contact = True
            elif not (
                ln.kind == TEXT
                and len(ln.text) <= _AD_LINE_MAX
                and (
                    "。" not in ln.text
                    or (headed and not seen_contact)
                    # a slogan set inside the ad's block (学车就选某某驾校。)
                    or (j > i and not ln.gap and len(ln.text) <= _AD_SLOGAN_MAX)
                )
            ):
                break
            j += 1
        return j - i if seen_contact else 0

    # -- the pass

    def run(self) -> PageParse:
        lines = self.lines
        i = 0
        # The masthead: the run of masthead lines at the top of the page, with the desk
        # credits and publication data printed among them (those become notices).
        while i < len(lines) and lines[i].kind in (MASTHEAD, STAFF, PUBINFO):
            m = lines[i].masthead
            if m is not None and _contradicts(m, [ln.masthead for ln in self.masthead_lines if ln.masthead]):
                # Two papers' names in one masthead: the first is the paper, the other is text.
                lines[i] = dataclasses.replace(lines[i], kind=_classify(lines[i].text, None), masthead=None)
                break
            i = self._step(i)
        # Below the masthead only the unmistakable parts (paper name, edition, date) count;
        # a bare brand-like word there is text.
        dated = any(ln.masthead is not None and ln.masthead.date for ln in self.masthead_lines)
        top = [ln.masthead for ln in self.masthead_lines if ln.masthead is not None]
        for k in range(i, len(lines)):
            m = lines[k].masthead
            # A second bare date below a dated masthead signs a notice (…组委会 / 2024年9月10日);
            # a name that contradicts the masthead above is text (the edition keeps one name).
            bare_date = m is not None and m.date and not (m.newspaper or m.edition or m.newspaper_en)
            if m is not None and (
                not m.strong()
                or (dated and bare_date)
                # …治丧小组 / 2025年2月3日: a date under a signature dates the notice, not the page.
                or (bare_date and k > 0 and _SIGNATURE.match(_compact(lines[k - 1].text)))
                or _contradicts(m, top)
            ):
                lines[k] = dataclasses.replace(lines[k], kind=_classify(lines[k].text, None), masthead=None)
            elif m is not None:
                top.append(m)
        while i < len(lines):
            i = self._step(i)
        self._close()
        return PageParse(self.page, self._masthead(), tuple(self.items), tuple(self.warnings))

    def _step(self, i: int) -> int:
        ln = self.lines[i]
        art = self.article
        # 1. A paragraph cut by a column break goes on, unless something new starts here.
        if (
            art is not None
            and (art.open_sentence() or (ln.kind == TEXT and art.open_quote(ln.text)))
            and ln.kind in (TEXT, WEATHER, CONTACT)  # mid-sentence, a forecast or phone is still prose
            and not self._starts_new(i, strong_only=True)
        ):
            art.join(ln)
            return i + 1
        # Unclassified text cut by a column break stays one unclassified item.
        if (
            self.stray
            and ln.kind == TEXT
            and not ends_sentence(self.stray[-1].text)
            and not self._starts_new(i, strong_only=True)
        ):
            self.stray.append(ln)
            return i + 1
        kind = ln.kind
        if kind == MASTHEAD:
            self._close()
            self.masthead_lines.append(ln)
            return i + 1
        if kind == QR:
            self._emit(lambda id_: QrPrompt(id_, SourceLines(self.page, ln.number, ln.number), ln.text))
            return i + 1
        if kind == NOTICE:
            m = _NOTICE.match(ln.text)
            assert m is not None
            span = self._notice_lines(i)
            last = self.lines[i + span - 1].number
            label = m.group("label")
            text = clean_text("".join([ln.text[m.end() :], *(x.text for x in self.lines[i + 1 : i + span])]))
            self._emit(lambda id_: Notice(id_, SourceLines(self.page, ln.number, last), label, text))
            return i + span
        if kind in (STAFF, PUBINFO):
            self._emit(lambda id_: _desk_notice(id_, SourceLines(self.page, ln.number, ln.number), ln))
            return i + 1
        if kind == BRIEF:
            self._brief(ln)
            return i + 1
        span = self._weather_span(i)
        if span:
            self._weather(i, span)
            return i + span
        if kind == PHOTO_CREDIT and art is not None and art.in_body and not art.closed:
            # ■摄影 … alone under a story: who took the pictures printed with it.
            self._continue_article(ln, i)
            return i + 1
        pairs = self._photo_pairs(i)
        if pairs:
            return self._photo_set(i, pairs)
        span = self._photo_span(i)
        if span:
            self._photo(i, span)
            return i + span
        if kind == TEXT and _SOURCE_NOTE.match(ln.text) and art is not None and art.in_body:
            # (县医保局供稿): the source of the story above, kept as its last line.
            closed = art.closed
            art.closed = False
            art.add_paragraph(ln.text, ln, subhead=True)
            art.closed = closed
            return i + 1
        if kind == TEXT and _compact(ln.text) in _SIDEBAR_LABELS and art is not None and art.in_body:
            # A box printed with the story above (相关链接): its label becomes a subhead there.
            art.closed = False
            art.add_paragraph(ln.text, ln, subhead=True, sidebar=True)
            return i + 1
        span = self._notice_span(i)
        if span:
            self._titled_notice(i, span)
            return i + span
        span = self._ad_span(i) if _compact(ln.text) in _AD_HEADINGS else 0
        if span:
            self._advertisement(i, span)
            return i + span
        span = self._ad_span(i) if kind == TEXT else 0
        if span >= 2 and not any(x.gap for x in self.lines[i + 1 : i + span]):
            # A block set solid around a phone number is a poster, even if it opens with a name.
            self._advertisement(i, span)
            return i + span
        head = self._head_span(i)
        if head is not None and self._is_new_article(i, head):
            self._start_article(i, head[0])
            return i + head[0]
        span = self._ad_span(i) if kind in (TEXT, CONTACT) else 0
        if span:
            self._advertisement(i, span)
            return i + span
        if kind == BYLINE and (art is None or art.closed or art.byline is not None):
            below = self._head_span(i + 1) if i + 1 < len(self.lines) else None
            if below is not None and (
                ln.text[0] in BYLINE_MARKS or ln.text.lstrip(BYLINE_MARKS).startswith(NAMELESS_ROLES)
            ):
                # ■本报评论员 printed above the head it signs.
                self._start_article(i + 1, below[0])
                assert self.article is not None
                self.article.first = ln.number
                self.article.byline = parse_byline(ln.text)
                return i + 1 + below[0]
        if kind == DATELINE and art is not None and (art.paragraphs or art.dateline):
            # 新华社北京12月4日电 … below a finished story: a story of its own, headless.
            self._close()
            art = None
        if art is not None and (
            not art.closed
            or (kind == TEXT and ln.gap and _NEWS_LEAD.match(ln.text) and self._headless_brief(art))
        ):
            self._continue_article(ln, i)
            return i + 1
        if art is not None and art.closed and kind in (BYLINE, CONTINUATION):
            self._continue_article(ln, i)
            return i + 1
        if kind in (DATELINE, STANDFIRST) or (kind == CONTINUATION and "接" in ln.text):
            # An article without a printed headline (a brief, or a page's continued part).
            self._close()
            self.article = _ArticleDraft(first=ln.number, last=ln.number)
            self._continue_article(ln, i)
            return i + 1
        # Nothing fits: keep it, say so.
        if self.article is not None:
            self._close()
        self.stray.append(ln)
        return i + 1

    def _inside_prose(self, i: int) -> bool:
        """Line i stands between two paragraphs of an open article (a forecast quoted in a weather story)."""
        art = self.article
        if art is None or art.closed or not art.in_body or i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1]
        return nxt.kind in (TEXT, LIST) and not self._starts_new(i + 1, strong_only=False)

    def _starts_new(self, i: int, *, strong_only: bool) -> bool:
        head = self._head_span(i)
        if head is not None and (head[1] == "strong" or not strong_only):
            return True
        # A caption starts after a blank line; a line glued to unfinished text continues it,
        # and so does the few characters' end of a sentence cut by a column break right above
        # a photo credit (…实实在在的 / 获得感。 / ■摄影 …).
        span = self._photo_span(i) if self.lines[i].gap else 0
        if span == 2 and len(self.lines[i].text) <= _CUT_END_MAX and ends_sentence(self.lines[i].text):
            art = self.article
            return art is None or not art.open_sentence()
        return span > 0 and self.lines[i + span - 1].kind == PHOTO_CREDIT

    def _is_new_article(self, i: int, head: tuple[int, str]) -> bool:
        n, confirmed_by = head
        if confirmed_by == "strong":
            return True
        art = self.article
        if art is None or art.closed or not art.in_body or n >= 2:
            return True
        if not art.subheads and (art.in_column or _NEWS_LEAD.match(self.lines[i + n].text)):
            # In a column of briefs, or over a lead that says when (12月2日下午，…): the next story.
            return True
        # One short line followed by prose inside an open article: a subhead, unless
        # the prose under it ends with its own byline (（记者 王强）), which makes it a
        # story of its own printed without a byline on top.
        j = i + n
        while j < len(self.lines) and self.lines[j].kind in (TEXT, LIST, BYLINE):
            line = self.lines[j]
            if line.kind == BYLINE or split_trailing_byline(line.text) is not None:
                return True
            if _headline_like(line):
                break
            j += 1
        # Subheads come in sets; a story's first one has another below it.  A lone
        # unpunctuated line over prose heads a story printed without a byline.  (A line
        # with commas is the start of a paragraph cut by a column break.)
        line = self.lines[i]
        return (
            art.subheads == 0
            and not _clause_punctuated(line.text)
            and not (_subhead_shaped(line) and self._later_subhead(i + n))
        )

    def _later_subhead(self, j: int) -> bool:
        """Another subhead-shaped line over prose comes below line j, before anything else starts."""
        lines = self.lines
        while j < len(lines) and lines[j].kind in (TEXT, LIST):
            line = lines[j]
            if _compact(line.text) in _SIDEBAR_LABELS or _SOURCE_NOTE.match(line.text):
                return False
            if split_trailing_byline(line.text) is not None:
                return False
            head = self._head_span(j)
            if head is not None:
                return head == (1, "body") and _subhead_shaped(line) and self._notice_span(j) == 0
            j += 1
        return False

    def _start_article(self, i: int, n: int) -> None:
        heads: list[str] = []
        for k in range(n):
            line = self.lines[i + k]
            if k > 0 and _wraps(self.lines[i + k - 1], line, self._line(i + k + 1)):
                heads[-1] += line.text
            else:
                heads.append(line.text)
        kicker, headline, deck = _head_fields(heads)
        prev = self.article
        in_column = (kicker is not None and bool(_BRIEF_COLUMN.match(_compact(kicker)))) or (
            prev is not None and prev.in_column and n == 1
        )
        standfirst, first = None, self.lines[i].number
        if prev is not None and prev.standfirst_only():
            # 编者按 printed above the head it introduces.
            self.article = None
            standfirst, first = prev.standfirst, prev.first
        self._close()
        self.article = _ArticleDraft(
            first=first,
            last=self.lines[i + n - 1].number,
            kicker=kicker,
            headline=headline,
            subheadline=deck,
            standfirst=standfirst,
            in_column=in_column,
        )

    def _continue_article(self, ln: Line, i: int) -> None:
        art = self.article
        assert art is not None
        kind = ln.kind
        if kind in (BYLINE, PHOTO_CREDIT):
            art.byline = merge_bylines(art.byline, parse_byline(ln.text, photo=kind == PHOTO_CREDIT))
            art.last = ln.number
            if art.in_body:
                art.closed = True
            return
        if kind == CONTINUATION:
            _, markers = _strip_continuation(ln.text)
            art.continuation.extend(markers)
            art.last = ln.number
            if any("转" in m for m in markers):
                art.closed = True
            return
        if kind == STANDFIRST and art.standfirst is None and not art.paragraphs:
            m = _STANDFIRST.match(ln.text)
            assert m is not None
            art.standfirst = clean_text(ln.text[m.end() :])
            art.last = ln.number
            return
        if kind == DATELINE and art.dateline is None and not art.paragraphs:
            m = _DATELINE.match(ln.text)
            assert m is not None
            rest = ln.text[m.end() :]
            inner = m.group("byline")
            if inner is not None:
                byline = parse_byline(inner)
                if byline is None:  # a parenthesis that is not a byline stays in the text
                    rest = ln.text[m.end("dateline") :].lstrip()
                else:
                    art.byline = merge_bylines(art.byline, byline)
            art.dateline = m.group("dateline")
            art.add_paragraph(rest, ln)
            return
        if kind == TEXT and ln.gap and _NEWS_LEAD.match(ln.text) and self._headless_brief(art):
            # A column of briefs printed without heads (平湖新闻 / 2月3日，… / 近日，…): each
            # lead opens a brief of its own under the column's name.
            if art.paragraphs:
                column = art.kicker
                self._close()
                art = self.article = _ArticleDraft(first=ln.number, last=ln.number, kicker=column)
            else:
                art.kicker, art.headline = art.headline, ""
            art.in_column = True
        subhead = (
            art.in_body
            and kind == TEXT
            and _headline_like(ln)
            and len(ln.text) <= _SUBHEAD_MAX
            and not _clause_punctuated(ln.text)
            and not art.open_sentence()
        )
        art.add_paragraph(ln.text, ln, subhead=subhead or (kind == LIST and _headline_like_list(ln.text)))

    @staticmethod
    def _headless_brief(art: _ArticleDraft) -> bool:
        """``art`` is a column's name over no head of its own, or a brief under one that has
        finished its sentence: a news lead below starts the column's next brief."""
        if art.dateline or art.subheadline or art.standfirst:
            return False
        if not art.paragraphs:
            return (
                art.byline is None
                and not art.closed
                and art.kicker is None
                and bool(_BRIEF_COLUMN.match(_compact(art.headline)))
            )
        # (a brief may close with its own (记者 …))
        return (
            art.in_column
            and not art.headline
            and art.kicker is not None
            and len(art.paragraphs) == 1
            and ends_sentence(art.paragraphs[-1])
        )

    def _photo(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        column = None
        if span > 1 and _compact(lines[0].text) in _PHOTO_COLUMN:  # 图片新闻 over the photo
            column, lines = _compact(lines[0].text), lines[1:]
        title: str | None = None
        byline: Byline | None = None
        if lines[-1].kind == PHOTO_CREDIT:
            byline = parse_byline(lines[-1].text, photo=True)
            texts = [ln.text.lstrip(_CAPTION_MARKS) for ln in lines[:-1]]
        else:
            texts = [ln.text.lstrip(_CAPTION_MARKS) for ln in lines]
            split = split_photo_credit(texts[-1])
            assert split is not None
            texts[-1], byline = split
        # A title stands apart from its caption (or is shaped like a headline); the first
        # line of a caption wrapped over lines is not one.
        if (
            len(texts) >= 2
            and not _SET_CAPTION.match(texts[0])
            and (lines[1].gap or _headline_like(lines[0]))
        ):
            title = clean_text(texts[0])
            texts = texts[1:]
        caption = "".join(clean_text(t) for t in texts)
        if column is not None:
            title = f"{column}：{title}" if title else column
        source = SourceLines(self.page, self.lines[i].number, lines[-1].number)
        self._emit(lambda id_: Photo(id_, source, caption=caption, title=title, byline=byline))

    def _brief(self, ln: Line) -> None:
        """【head】text: a brief; a column name printed just above becomes its kicker."""
        m = _BRIEF.match(ln.text)
        assert m is not None
        art = self.article
        sidebar = _compact(m.group("head")) in _SIDEBAR_LABELS
        inside = art is not None and art.in_body and not art.closed and not art.in_column
        if (
            art is not None
            and art.in_body
            and (sidebar or (inside and not _NEWS_LEAD.match(m.group("rest"))))
        ):
            # 【小贴士】… or 【案例】… inside a story: a labelled part of it, not a brief.
            art.closed = False
            art.add_paragraph(m.group("head"), ln, subhead=True, sidebar=sidebar)
            art.add_paragraph(m.group("rest"), ln)
            return
        if art is not None and art.head_only() and art.subheadline is None and art.kicker is None:
            art.kicker, art.headline = art.headline, clean_text(m.group("head"))
        else:
            self._close()
            art = self.article = _ArticleDraft(
                first=ln.number, last=ln.number, headline=clean_text(m.group("head"))
            )
        art.in_column = True
        art.add_paragraph(m.group("rest"), ln)

    def _weather_span(self, i: int) -> int:
        """Lines of a forecast starting at line i: a heading?, the day lines, the readings."""
        lines = self.lines
        j = i
        if lines[i].kind == TEXT and _WEATHER_HEADING.match(_compact(lines[i].text)):
            j += 1
        if j >= len(lines) or lines[j].kind != WEATHER or self._inside_prose(j):
            return 0
        j += 1
        while j < len(lines) and (
            lines[j].kind == WEATHER
            or (lines[j].kind == TEXT and len(lines[j].text) <= 40 and _WEATHER_EXTRA.match(lines[j].text))
        ):
            j += 1
        return j - i

    def _weather(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        source = SourceLines(self.page, lines[0].number, lines[-1].number)
        if span == 1:
            text = clean_text(lines[0].text)
        else:
            # A box prints its fields apart (今天 多云 6～14℃); say them as a sentence.
            parts = [_box_line(ln.text) for ln in lines]
            if lines[0].kind == TEXT and _WEATHER_HEADING.match(_compact(lines[0].text)):
                parts = [f"{parts[0]}：{'；'.join(parts[1:])}"]
            # A line that already ends its sentence needs no separator before the next.
            text = "".join(
                p if k == len(parts) - 1 or ends_sentence(p) else p + "；" for k, p in enumerate(parts)
            )
        self._emit(lambda id_: Weather(id_, source, text))

    def _notice_span(self, i: int) -> int:
        """Lines of a notice under its own title (遗失启事 / text…) starting at line i, else 0.

        A title that does not say 启事 / 公告 (线路调整) makes a notice only when the text
        under it is signed by an organisation and dated, each on a line of its own.
        """
        lines = self.lines
        titled = bool(_NOTICE_TITLE.match(_compact(lines[i].text)))
        if not (
            lines[i].kind == TEXT
            and (titled or (_headline_like(lines[i]) and len(lines[i].text) <= _NOTICE_TITLE_MAX))
            and i + 1 < len(lines)
            and lines[i + 1].kind == TEXT
            and not _headline_like(lines[i + 1])
            # 市政府发布通告 / 12月1日，… is news about a notice, not the notice
            and not _NEWS_LEAD.match(lines[i + 1].text)
        ):
            return 0
        j = i + 2
        while (
            j < len(lines)
            and lines[j].kind in (TEXT, CONTACT)
            and (not lines[j].gap or not ends_sentence(lines[j - 1].text))
            and not self._starts_new(j, strong_only=True)
        ):
            j += 1
        # How to answer it (联系电话：…), set apart under the text.
        while j < len(lines) and j - i < 12 and lines[j].kind == CONTACT:
            j += 1
        # Who signed it and when, each on a line of its own.
        signed = j
        while j < len(lines) and j - i < 12 and _signature(lines[j].text):
            j += 1
        if not titled:
            signature = [_compact(ln.text) for ln in lines[signed:j]]
            if not (
                any(_SIGNATURE.match(t) for t in signature) and any(_DATE_ONLY.match(t) for t in signature)
            ):
                return 0
        return j - i

    def _notice_lines(self, i: int) -> int:
        """Lines of a 友情提醒：… notice at line i: it goes on over lines printed right under it
        while it has not finished (…关注天气， / 注意交通安全)."""
        lines = self.lines
        j = i + 1
        while (
            j < len(lines)
            and j - i < 4
            and not lines[j].gap
            and lines[j].kind == TEXT
            and not ends_sentence(lines[j - 1].text)
            and (lines[j - 1].text.endswith(("，", ",", "、", "；", ";")) or ends_sentence(lines[j].text))
        ):
            j += 1
        return j - i

    def _titled_notice(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        source = SourceLines(self.page, lines[0].number, lines[-1].number)
        label = clean_text(_compact(lines[0].text))
        # Who signed and when: the run of signature lines at the end (one inside the text stays text).
        k = len(lines)
        while k > 1 and _signature(lines[k - 1].text):
            k -= 1
        body = [ln.text for ln in lines[1:k]]
        signed = [clean_text(ln.text) for ln in lines[k:]]
        text = "\n".join([clean_text("".join(body)), *signed])
        self._emit(lambda id_: Notice(id_, source, label, text))

    def _advertisement(self, i: int, span: int) -> None:
        lines = self.lines[i : i + span]
        source = SourceLines(self.page, lines[0].number, lines[-1].number)
        texts = tuple(normalise_punctuation(ln.text) for ln in lines)
        self._emit(lambda id_: Advertisement(id_, source, texts))

    def _masthead(self) -> Masthead:
        newspaper = newspaper_en = edition = date = section = None
        brands: list[str] = []
        sections: list[str] = []
        for ln in self.masthead_lines:
            m = ln.masthead
            assert m is not None
            newspaper = newspaper or m.newspaper
            newspaper_en = newspaper_en or m.newspaper_en
            edition = edition or m.edition
            if m.section:
                sections.append(m.section)
            date = date or m.date
            brands.extend(b for b in m.brands if b not in brands)
        if newspaper is None and len(sections) >= 2 and sections[0].endswith(_PAPER_NAME_ENDINGS):
            # 安吉新闻 over 县域: a county paper's name stands above its page's section.
            newspaper = sections.pop(0)
        # Every section word printed stays (要闻, or 县域 under 安吉新闻 printed twice).
        section = "·".join(dict.fromkeys(sections)) if sections else None
        return Masthead(
            newspaper=newspaper,
            newspaper_en=newspaper_en,
            edition=edition or section,
            section=section if edition else None,
            date=date,
            brands=tuple(brands),
            lines=tuple(ln.number for ln in self.masthead_lines),
        )


def _contradicts(line: MastheadLine, top: list[MastheadLine]) -> bool:
    """A masthead line below the top names another paper, edition or date than the top does."""
    for name in ("newspaper", "newspaper_en", "edition", "date"):
        mine = getattr(line, name)
        if mine is not None and any(getattr(t, name) not in (None, mine) for t in top):
            return True
    return False


def _signature(text: str) -> bool:
    t = _compact(text)
    return bool(_SIGNATURE.match(t)) or (bool(_DATE_ONLY.match(t)) and parse_printed_date(t) is not None)


def _box_line(text: str) -> str:
    """今天 多云转阴 6～14℃ -> 今天，多云转阴，6～14℃ (a line already punctuated stays as printed)."""
    t = text.strip()
    if not any(c in t for c in "，,。；;："):
        t = re.sub(r"[ \t\u3000\u00a0]+", "，", t)
    return clean_text(t)


def _desk_notice(item_id: str, source: SourceLines, line: Line) -> Notice:
    """责任编辑：王丽 版式：陈晨 -> 责任编辑: 王丽，版式：陈晨; publication data -> 出版信息."""
    staff = parse_staff_line(line.text) if line.kind == STAFF else None
    if staff is None:
        # Fields stand apart (社址：… 邮编：…): their spaces stay.
        return Notice(item_id, source, "出版信息", normalise_punctuation(line.text))
    (label, names), rest = staff[0], staff[1:]
    text = "、".join(names) + "".join(f"，{role}：{'、'.join(more)}" for role, more in rest)
    return Notice(item_id, source, label, text)


def _headline_like_list(text: str) -> bool:
    """A list item that is a heading (一、产业升级) rather than a sentence."""
    body = _LIST.sub("", text, count=1)
    return len(text) <= _SUBHEAD_MAX and not ends_sentence(body) and not _clause_punctuated(body)


def parse_page(text: str, page: int = 1) -> PageParse:
    """Structure one page's text (pure): masthead fields, items in print order, warnings."""
    return _PageParser(split_lines(text), page).run()


def structure_pages(
    pages: Sequence[PageText], date: str | None = None, warn: Callable[[str], None] | None = None
) -> Edition:
    """One edition from pages in order.  A printed date wins over ``date``; neither means None."""
    items: list[Item] = []
    newspaper = newspaper_en = edition = printed = None
    brands: list[str] = []
    infos: list[PageInfo] = []
    for number, page in enumerate(pages, start=1):
        parsed = parse_page(page.text, number)
        infos.append(PageInfo(page=number))
        m = parsed.masthead
        newspaper = newspaper or m.newspaper
        newspaper_en = newspaper_en or m.newspaper_en
        edition = edition or m.edition
        if m.date is not None and printed is not None and m.date != printed and warn is not None:
            warn(
                f"{page.path}: printed date {m.date} differs from {printed} on an earlier page; "
                f"using {printed}"
            )
        printed = printed or m.date
        brands.extend(b for b in m.brands if b not in brands)
        items.extend(parsed.items)
        if warn is not None:
            for message in parsed.warnings:
                warn(f"{page.path}: {message}")
    if printed is not None and date is not None and printed != date and warn is not None:
        warn(f"the page prints the date {printed}; it wins over --date {date}")
    return Edition(
        items=tuple(items),
        newspaper=newspaper,
        newspaper_en=newspaper_en,
        edition=edition,
        date=printed or date,
        brands=tuple(brands),
        sources=tuple(
            SourceFile(path=_display_path(p.path), sha256=p.sha256, encoding=p.encoding) for p in pages
        ),
        pages=tuple(infos),
    )


def _display_path(path: Path) -> str:
    return path.as_posix()
