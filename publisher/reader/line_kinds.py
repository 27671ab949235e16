"""What a line's own text says it is: the kinds a line can have and the patterns that tell them.

Each non-blank line of a page gets one *kind* (byline, dateline paragraph, photo credit, notice,
weather, QR prompt, contact line of an advertisement, list item, masthead, plain text…) from its
text alone, before any grouping (`classify`); the patterns and text tests behind the kinds (a
brief's lead, a weather reading, a phone, a QR prompt, a field of a profile box) live here so every
module asks the same. `lines` builds the Line records with them and adds what a line's neighbours
tell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from publisher.dates import LEAD_TIME
from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, bracket_depth, compact, ends_sentence
from publisher.reader.bylines import (
    BYLINE_MARKS,
    courtesy_credit,
    is_photo_credit,
    parse_byline,
    parse_postfix_credit,
    parse_staff_line,
    shot_for,
    starts_with_role,
)
from publisher.reader.masthead import (
    MastheadLine,
    impossible_date,
    masthead_table,
    paper_name,
)
from publisher.reader.signoffs import QA_ROLE, QA_WHO, split_signoff, split_trailing_byline

if TYPE_CHECKING:
    from publisher.reader.lines import Line

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
BAD_DATE = "bad_date"  # 2025年2月30日: printed like a date, but no day of the calendar
KINDS = (TEXT, BYLINE, PHOTO_CREDIT, DATELINE, STANDFIRST, CONTINUATION, QR, NOTICE, WEATHER, CONTACT)
KINDS += (LIST, MASTHEAD, STAFF, PUBINFO, BRIEF, BAD_DATE)

_PLAIN_CREDIT = r"(?:本报)?记者[^（）()：:，。]{1,40}?报道"
DATELINE_RE = compile_pattern(
    # 本报记者 王强 报道：… with no dateline before it: the credit alone leads the story
    rf"^(?:(?P<lead>{_PLAIN_CREDIT})(?=[\s：:])|(?P<dateline>本报讯"
    # 本讯, 本刊讯: a county paper's (or a magazine's) own dateline without 报, set off from the
    # text by a space, a colon or its credit's bracket
    r"|本刊?讯(?=[\s（(：:])"
    r"|本报[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日[讯电]"
    r"|本报(?!记者|通讯员)[\u4e00-\u9fff]{1,6}?讯"  # 本报平湖讯
    # 本报林芝电, with no day: the desk's wire from a place, set off from the text it leads
    r"|本报(?!记者|通讯员)[\u4e00-\u9fff]{1,6}?电(?=[\s（(])"
    r"|本报综合(?=[\s（(：:])"  # 本报综合　据…消息: the desk's digest of others' reports, set off
    r"|(?:新华社|中新社|人民网|新华网|央视网|中新网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电"
    # 据新华社电, 据新华社北京8月11日电, 据央视新闻, 据人民日报: a story taken from another
    # desk; bare (据央视新闻 …) only when set off by a space, so 据新华社报道，… stays prose
    r"|据(?:新华社|中新社|新华网|人民网|央视网|中新网|中国新闻网|央视新闻|[\u4e00-\u9fff]{2,8}(?:日报|晚报|新闻|客户端))"
    r"(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日)?"
    r"(?:[电讯](?=[\s（(：:“\u4e00-\u9fff])|消息(?=[\s（(：:])|(?=[\s（(：:]))"
    # 扬子晚报讯, 楚天都市报极目新闻讯, 齐鲁晚报·齐鲁壹点讯, 某某网讯, 潇湘晨报长沙讯,
    # 某某日报客户端讯, 红网时刻长沙4月17日讯, 央视网消息, 中国日报北京4月17日电: a paper or
    # site's own dateline, with the place (and day) it reports from; a paper and its app joined
    # by a slash (某某新闻/某某晚报10月26日讯) as in their reporters' role words
    # (the app named first, the slash then the paper: 某某云/某某日报讯)
    r"|(?:[\u4e00-\u9fff]{2,6}[/／])?[\u4e00-\u9fff]{1,10}(?:报|网|新闻|客户端)(?:[·•/／][\u4e00-\u9fff]{2,8})?[\u4e00-\u9fff]{0,6}?"
    r"(?:(?:\d{1,2}月\d{1,2}日)?(?:讯(?![号问息])|消息)|\d{1,2}月\d{1,2}日电)(?=[\s（(“：:\u4e00-\u9fff\d]))"
    # （记者 王强）, or the credit printed plain and closed by 报道 (记者 赵 鹏 通讯员 莞 宣 报道：)
    rf"\s*(?:[（(](?P<byline>[^（）()]{{1,60}})[）)]|(?P<credit>{_PLAIN_CREDIT}))?)\s*[：:]?\s*"
)


def dateline_match(text: str) -> re.Match[str] | None:
    """The dateline (and its credit) opening ``text``; a plain credit alone only if it is a byline."""
    m = DATELINE_RE.match(text)
    lead = m.group("lead") if m is not None else None
    if m is None or (lead is not None and parse_byline(lead, credit=_run_in(lead)) is None):
        return None
    return m


# 本报记者某某报道: a credit leading the story with its role, one name and 报道 set solid, no space:
# the role runs into the name there, as it may in a dateline's bracket (a name of two or three: 记者
# 某某北京报道 names the place it reports from too, which is no name's)
RUN_IN_LEAD = compile_pattern(r"^(?:本报)?记者[\u4e00-\u9fff]{2,3}报道$")


def _run_in(credit: str) -> bool:
    return bool(RUN_IN_LEAD.match(credit))


# The labels papers print over a standfirst; the two-character ones (摘要, 题记) only set off by
# brackets, a colon or a line of their own, or 提要求… would be one.  (A serial's instalment opens
# on the story so far, 前情提要 / 前文回顾: the standfirst of its chapter.)
_STANDFIRST_LABEL = (
    r"^[【\[]?(?P<label>核心提示|内容提要|内容摘要|内容简介|阅读提示|编者按|编者的话|编前语|导读"
    r"|前情(?:提要|回顾|简介)|前文(?:提要|回顾)"
    r"|(?:摘要|提要|导语|题记|引言|前言|编前)(?=[】\]:：\s]|$))[】\]]?"
)
STANDFIRST_RE = compile_pattern(_STANDFIRST_LABEL + r"\s*[:：]?\s*")
# The label printed alone on its line, the standfirst under it.
BARE_STANDFIRST = compile_pattern(_STANDFIRST_LABEL + r"[:：]?$")
# 羊城晚报：企业最关心的是什么？ / 陈保山：不会。: a line of an interview, said by its speaker.
# fields of one line set apart by a wide space (an ideographic space, or two spaces or more):
# a forecast's row, the running foot's label, section and date
WIDE_GAP = compile_pattern(r"\u3000+|\s{2,}")
# (（全文见A2版）: a front page's excerpt of a piece printed whole on another page, its jump too)
CONTINUATION_RE = compile_pattern(
    r"[（(]\s*(?:[上下紧]?转(?:至|到)?|上接|紧接|接|全文见)\s*第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]"
)
_CONTINUATION_LINE = compile_pattern(rf"^(?:{CONTINUATION_RE.pattern}\s*)+$")
_QR = compile_pattern(
    r"^(?:微信|手机)?(?:扫一扫|扫码|扫描(?:[上下左右]方|[左右]侧|图中|页面)?二维码|长按(?:识别|二维码)|识别(?:图中)?二维码"
    # (下载某某客户端　看更多…: the paper's app to install and what it shows, the same prompt printed
    # without its code; the app alone under a 扫码 line is that prompt's own line)
    r"|下载(?=[\u4e00-\u9fff“”\"A-Za-z]{1,12}(?:客户端|APP|App)\s+\S)"
    # (关注“某某日报”微信公众号: the channel to follow, the whole line, printed beside its code
    # with no word to scan it; a sentence's 关注 runs on past the channel's name)
    r"|关注(?=[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?(?:微信)?(?:公众号|视频号|抖音号|客户端|微博)$))"
)
_FOLLOW_CHANNEL = compile_pattern(r"^关注\S")
_QR_LINE_MAX = 40
QR_LINES_MAX = 2  # lines under a 扫码 prompt saying what it opens (扫码下载… / 掌上看某某)
QR_PHRASE_MAX = 20  # each a short phrase, no sentence


# 扫码关注… / 扫码下载… / 扫码进入…: a prompt to follow, install or open a channel
_CHANNEL_VERB = compile_pattern(rf"{_QR.pattern}\s*(?:关注|下载|进入|打开)")
# a channel with no brand's ending (a mini-program, a microblog)
_CHANNEL_WORDS = ("小程序", "微博")


def channel_prompt(text: str) -> bool:
    """扫码关注“某某日报”微信公众号, 扫码下载某某新闻客户端, 扫码进入“某某分类”小程序, 扫码关注“某某发布”: a
    prompt to follow a paper's or a brand's channel, named by a word for one (公众号, 客户端) or a
    paper's name; not an ad's call to act (扫码预约看房, 扫码购票, 扫码关注“某某眼科”　在线预约挂号)."""
    return bool(_CHANNEL_VERB.match(text)) and channel_name(text)


def follow_prompt(text: str) -> bool:
    """关注“某某日报”微信公众号: a QR prompt naming the channel to follow, no word to scan it: under
    a 扫码 line, the same prompt's second line."""
    return bool(_QR.match(text) and _FOLLOW_CHANNEL.match(text))


def channel_name(text: str) -> bool:
    """醴陵发布, “某某发布”客户端, 某某日报微信公众号: the line names a paper's or a brand's channel
    (by a brand's ending, a word for a channel, or a paper's name)."""
    words = (*masthead_table().brand_suffixes, *_CHANNEL_WORDS)
    return any(w in text for w in words) or any(paper_name(t) for t in re.findall(r"[\u4e00-\u9fff]+", text))


# 新闻热线：…, 爆料有奖, 提供新闻线索: the paper asks for news, which no advertiser does
_TIP_LINE = compile_pattern(r"新闻热线|爆料|新闻线索")
_QR_WORD = compile_pattern(r"扫一扫|扫码|二维码")


def tip_prompt(text: str) -> bool:
    """The prompt asks readers for news (随手拍爆料, 提供新闻线索), as the newsroom's line does."""
    return bool(_TIP_LINE.search(text))


def tip_box(lines: list[Line], i: int) -> bool:
    """Lines i and i+1, set apart together, are the paper's call for news: a QR prompt and the
    newsroom's line to call (扫码进入“某某爆料”小程序 / 新闻热线：…, in either order), not an ad."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or not lines[i].gap or below.gap or (i + 2 < len(lines) and not lines[i + 2].gap):
        return False
    pair = (lines[i], below)
    return any(ln.kind == QR or _QR_WORD.search(ln.text) for ln in pair) and any(
        ln.kind == CONTACT and _TIP_LINE.search(ln.text) for ln in pair
    )


def qr_in_line(text: str) -> bool:
    """长沙晚报民生热线：96333 扫一扫 关注“掌上长沙”: a short line of the paper's contacts, set
    apart by spaces, one of them a QR prompt (扫码关注某某评论　欢迎来稿：…: first or not)."""
    parts = text.split()
    return (
        len(parts) >= 2
        and len(text) <= _QR_LINE_MAX
        and not ends_sentence(text)
        and any(_QR.match(part) for part in parts)
    )


# a sentence's full stop, question or exclamation mark (a title holds none; a scene's caption one)
SENTENCE_END = compile_pattern(r"[。！？!?]")
NOTICE_RE = compile_pattern(
    r"^[【\[]?(?P<label>友情提醒|温馨提示|温馨提醒|特别提醒|特别提示|重要提示|友情提示|安全提示|提醒|公告|通知|启事|声明|更正)"
    r"[】\]]?\s*[:：]\s*"
)
# 温馨提示, 特别提醒: a tip's label (NOTICE_RE's), the reader told what to mind, no one's notice
TIP_LABEL = compile_pattern(r"(?:提示|提醒)$")
_WEATHER_START = compile_pattern(
    r"^(?:今天|今日|今晚|今夜|明天|明日|[\u4e00-\u9fff]{0,4}天气预报|[\u4e00-\u9fff]{0,4}天气|气温"
    # 未来三天全省以多云天气为主, 未来24小时
    r"|未来(?:[一二两三四五六七十]|\d{1,2})(?:天|日|小时))"
)
_WEATHER_SKY = compile_pattern(r"晴|阴|多云|[小中大暴阵]雨|雨夹雪|[小中大]雪|雾|霾")
_WEATHER_MEASURE = compile_pattern(r"℃|气温|\d+[到至~～-]\d+级|风\d级")
_CONTACT = compile_pattern(
    r"^(?:地址|地点|[\u4e00-\u9fff]{0,4}热线|[\u4e00-\u9fff]{0,4}电话|联系人|联系方式|网址|邮箱|微信|QQ"
    # E-mail:desk@paper.cn, a desk's mailbox on a line of its own under its credits
    r"|[Ee]-?[Mm][Aa][Ii][Ll])\s*[:：]"
)
# 本版投稿邮箱：… / 投稿信箱：… / 本版邮箱：…: where the desk takes contributions, a sentence after it or not
CONTRIBUTIONS = compile_pattern(
    # (本版稿件均为原创首发。欢迎投稿，邮箱：…: the desk's word on its pieces, then its mailbox)
    r"^(?:(?:本版|本刊)[^。！!]{2,16}。)?(?:欢迎投稿[，,]\s*)?"
    # (摄影投稿邮箱, 新闻投稿邮箱, 晚报评论投稿邮箱: the desk's word for what it takes, or the
    # paper's short name and the page's, may come before it)
    r"(?:(?:本版|本刊)?[\u4e00-\u9fff]{0,6}?(?:投稿|来稿)(?:邮箱|信箱|电子邮箱)|(?:本版|本刊)(?:邮箱|信箱)|(?<=[，,])\s*(?:邮箱|电子邮箱))"
    r"\s*[:：]\s*[\w.+-]+@[\w.-]+(?P<rest>.*)$",
    re.ASCII,
)
# 邮　箱　desk@paper.cn, 电话　0571-1234567: the label letter-spaced and set off by a space, not a
# colon, the value an address or a number alone after it
_SPACED_CONTACT = compile_pattern(
    r"^(?:电子)?(?:邮\s*箱|信\s*箱|电\s*话|传\s*真)\s+(?:[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}|[\d\s()（）-]{7,})$"
)
# 市民服务热线　　12345, 消费者投诉专线　12315: a directory's row, the line's name and its short
# service number set a wide space apart (a number of a few digits, no phone's length)
_SERVICE_LINE = compile_pattern(r"^\S{0,20}(?:热线|电话|专线)(?:\u3000+|\s{2,})\d{3,6}$")
# 详情请登录 www.…, 详询 …: where to learn more, the close of an ad
_WEB_CONTACT = compile_pattern(
    r"(?:https?://|www\.)[\w./-]+|^(?:详询|详情请?(?:登录|访问|咨询|关注|拨打|见))"
)
# (第2025198期 counts an issue, a lottery draw's: no phone number)
_PHONE = compile_pattern(
    # (91441200MA4X8K2Q7N, a company's credit code, runs on in capitals: no phone)
    r"(?<![\d第A-Z])(?:0\d{2,3}-?)?\d{7,8}(?![\d期A-Z])|(?<![\dA-Z])1[3-9]\d{9}(?![\dA-Z])"
    # 400-820-8820, 400-0571-888: a company's nationwide line
    r"|(?<![\d-])[48]00-\d{3,4}-\d{3,4}(?![\d-])"
    # 138 4126 0935, 138-4126-0935: a mobile number printed in its three groups
    r"|(?<![\dA-Z])1[3-9]\d[ -]\d{4}[ -]\d{4}(?![\dA-Z])"
    # 0760-8862××××, 139××××2287, 138XXXX6521: a number printed with digits masked, still a phone
    # (a credit code or an ID number, 92330482MA2B3XXXX1, runs on in capitals: none)
    r"|(?<![\d×A-Z])0\d{2,3}-[\d×X]{7,8}(?![\d×A-Z])|(?<![\d×A-Z])1[3-9]\d[\d×X]{8}(?![\d×A-Z])"
)
# 信用代码：…, 证书编号：…, 账号：…: the label of a thing's number and the number after it
_CODE_VALUE = compile_pattern(r"(?:代码|编号|证号|账号|卡号|注册号)\s*[:：]?\s*[\dA-Z×]+")
LIST_RE = compile_pattern(
    r"^(?:\d{1,2}[.．、](?!\d)|[①-⑳]|[◆●▲★◇○▶►]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    # 一是…；二是…；, 一要…；二要…；: points counted in words, each printed as a paragraph of its own
    r"|[一二三四五六七八九十][是要](?=[\u4e00-\u9fff“]))"
)

PUBINFO_LINE = compile_pattern(
    r"^(?:国内统一连续出版物号|国内统一刊号|邮发代号|总?第\s*\d+\s*期|今日\s*\d{1,2}\s*版|本期\s*\d{1,2}\s*版"
    r"|CN\s*\d{2}\s*-\s*\d{4}|(?:社址|报社地址|本报地址)\s*[:：]"
    # 中共嘉兴市委机关报, the paper's web address printed in the masthead
    r"|中共[\u4e00-\u9fff]{2,12}机关报$|(?:https?://|www\.)[\w./-]+$"
    # 中共固始县委主办: who publishes the paper
    r"|[\u4e00-\u9fff]{2,16}(?:主办|主管|出版)$"
    # 本版由某某县委宣传部协办: who sponsors the page (a 专版), printed with the desk's credits
    # (本版由县委某某局　县某某协会协办: two bodies or more, set apart by a space as by 、)
    r"|本版由[\u4e00-\u9fff](?:[\u4e00-\u9fff、]|[ \u3000]+(?=[\u4e00-\u9fff])){1,30}"
    r"(?<=[\u4e00-\u9fff])(?:协办|承办|主办|联办|合办)$"
    # 某某省市场监督管理局协办: the same credit without 本版由, the body named by what it is (a
    # bureau, a committee, a centre), as a story's head would not end (…确定由我市承办)
    r"|[\u4e00-\u9fff]{2,20}(?:局|委|会|部|院|厅|署|办|中心|公司|集团|政府)(?:协办|承办|联办|合办)$"
    # 湘内资准字（衡）第2024-008号, 浙内准字第A001号: a county paper's permit to print (内部资料准印证)
    r"|[\u4e00-\u9fff]{1,3}内(?:资)?准字|内部资料(?:性出版物)?准印证)"
)
BRIEF_RE = compile_pattern(r"^【(?P<head>[^【】]{2,30})】\s*(?P<rest>\S.{5,})$")
_LABELLED_PART = compile_pattern(r"^【(?P<head>[\u4e00-\u9fff]{2,6})】\s*(?P<rest>\S.*)$")
# 【案情】, 【说法】, 【律师点评】: the label of a part of a story (what the part is: the case, the
# judge's reading, advice; a recipe's ingredients and method, 【主料】, 【制作方法】; an accident's
# cause and its lesson, 事故原因, 警示), a closed set of words; a brief's head says its news or its place.
PART_LABEL = compile_pattern(
    r"^[\u4e00-\u9fff]{0,2}(?:案情|案例|案件|说法|评析|点评|释法|判决|裁判|提醒|提示|建议|解读|分析|链接|背景|回顾|观点"
    r"|原因|警示|启示|教训"
    r"|食材|原料|主料|辅料|配料|调料|用料|做法|步骤|方法)$"
)


# 之一　盐田, 其二　渔灯: the ordinal of one part of a piece in several (a poem of a group, a
# chapter of a serial), set a space apart from the part's title: 之 and 其 count parts, they open
# no person's name
PART_ORDINAL = r"[之其][一二三四五六七八九十]{1,3}[ \u3000]+"
PART_ORDINAL_LEAD = compile_pattern(rf"^{PART_ORDINAL}\S")


# 青山区居民 王秀兰, 一位读者 李明: a letter's signature, the writer described, then named
# (普陀区　读者　吴　强: the place, the role and the name may each be set apart, the name padded)
# (某省某市某区　张三: or only where the writer lives, its last word a place's, set apart from the name)
# (读者　王某某（76岁）, 某地　某某　72岁: a seniors' paper adds the writer's age after the name, and
# with it a place's bare name says where the writer lives)
_WRITER_AGE = r"\s*(?:[（(]\d{2,3}岁[）)]|\s\d{2,3}岁)"
LETTER_SIGNATURE = compile_pattern(
    r"^(?:[\u4e00-\u9fff]{0,10}\s*(?:居民|市民|村民|读者|网友|家长|学生|教师|职工|退休职工|老人|患者|群众|老党员)"
    r"|[\u4e00-\u9fff]{1,14}(?:省|市|区|县|旗|镇|乡|村|街道|社区))"
    rf"\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,3}}(?:{_WRITER_AGE})?$"
    rf"|^[\u4e00-\u9fff]{{2,8}}\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,3}}{_WRITER_AGE}$"
)

# 5 3 □ │ □ 7 □ │ □ □ □: a row of a puzzle's grid, one-character cells set apart by spaces (a
# sudoku's figures and blanks, a crossword's squares), most of them no word's character
_GRID_ROW = compile_pattern(r"^\S(?:[ \u3000]+\S){5,}$")
_GRID_CELL = compile_pattern(r"[\d□■○●◯│┃|×+＋xX—-]")


def grid_row(text: str) -> bool:
    """The line is a row of a puzzle's grid: each a line of its own, no sentence's words."""
    cells = text.split()
    return bool(_GRID_ROW.match(text.strip())) and 2 * sum(bool(_GRID_CELL.match(c)) for c in cells) > len(
        cells
    )


# (■居民来信, ■ 收费即警惕: the part's label a word or a short phrase, the mark set solid or a space
# before it)
_KEPT_MARK_LABEL = compile_pattern(r"^[■□◆◇●○▲△★☆◎][ \u3000]?[\u4e00-\u9fff]{2,8}$")


def kept_mark_label(line: Line) -> bool:
    """■居民来信 / ■部门回复: a part's label marked alike over each piece keeps its mark on the line
    (``lines``), the mark a column's item or a deck never keeps."""
    return line.kind == TEXT and not line.marked and bool(_KEPT_MARK_LABEL.match(line.text))


# 第一谱（1—45）, 第2谱: a game's record printed in parts, one diagram each, the moves it shows in
# brackets: the label of the commentary's part under it, never a head or a deck
_DIAGRAM_PART = compile_pattern(r"^第[一二三四五六七八九十\d]{1,3}谱(?:[（(][\d—\-－~～、，至]{1,15}[）)])?$")


def part_label_line(line: Line) -> bool:
    """【案情】, 【案件回顾】 alone on a line: the label of a story's first part, never a deck (no
    deck is printed in brackets); or a game record's part (第一谱（1—45）)."""
    t = compact(line.text)
    if kept_mark_label(line) or (line.kind == TEXT and _DIAGRAM_PART.match(t)):
        return True
    return line.kind == TEXT and t.startswith("【") and t.endswith("】") and bool(PART_LABEL.match(t[1:-1]))


# The bullets a column of briefs prints before each item (a closed set of typographic marks).
BRIEF_MARKS = "●◆◇★■▲△◎□○·•"
# a head opens with a word, not another mark (a row of marks, ◎◎◎, is an ornament)
_HEAD_START = rf"[^\s，。；：:,！？{BRIEF_MARKS}]"
_HEAD_CHARS = r"[^\s，。；：:,！？]"
# a colon between two digits tells the time of day (每日14:00—21:00), no head's end
_NOT_CLOCK = r"(?!(?<=\d)[：:]\d)"
# A column's item with its head run in: ●胡族铺镇：开展… / ●浦东机场T1航站楼改造完工 昨天，…
_MARKED_BRIEF = compile_pattern(
    rf"^[{BRIEF_MARKS}]\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,19}})(?:{_NOT_CLOCK}[：:]\s*|\s+)(?P<rest>\S.{{5,}})$"
)
# ... and the same item where the column's width cut its text after a few words (●某赛开赛　7月5日，
# / 2026年…): the head set off by its colon or a wide space, the rest however short, read only
# when the line's sentence goes on under it (a second phrase of a head is set solid, no clause)
_MARKED_BRIEF_CUT = compile_pattern(
    rf"^[{BRIEF_MARKS}]\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,19}})(?:{_NOT_CLOCK}[：:]\s*|\u3000+|\s{{2,}})"
    r"(?P<rest>\S.*)$"
)
# A column's item led by its place, unmarked (the lead printed bold): 新仓镇：启动…, or set off
# by a wide space instead of the colon (新仓镇　启动…); a banner (某某旗) is a county where a
# region's papers print one
_PLACE = r"(?P<head>[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|社区|村|区|县|市|旗|开发区|园区|高新区))"
_PLACE_LEAD = compile_pattern(rf"^{_PLACE}(?:[：:]\s*|\u3000+)(?P<rest>\S.{{5,}})$")
PLACE_NAME = compile_pattern(rf"^{_PLACE}$")
# ... or led by its head, unmarked, set off by a wide space (某地启动“某某”专列　6月9日，…)
_SPACED_LEAD = compile_pattern(
    rf"^(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,24}})(?:\u3000+|\s{{2,}})(?P<rest>\S.{{5,}})$"
)
# 义县：, 城南街道： alone on a line, unmarked: a county page's place leading the headline set
# under it, its kicker as printed (义县： / 古城墙修缮工程完工: kicker 义县：, headline 古城墙修缮工程完工)
# (a county, district, town or street: a name of a few characters, 进社区： is an action's end;
# or a name of two to four characters without its suffix, 紫云： / 让…, as a county's paper calls
# it: no kicker is so short, and 记者：, 主持人： open an interview's turn; a village only under its
# town or street, 某某街道某某村：, as 进村： is an action's end too)
_PLACE_HEAD = compile_pattern(
    r"^(?:[\u4e00-\u9fff]{1,6}(?:县|区|市|镇|乡|街道|旗)(?:[\u4e00-\u9fff]{1,4}村)?|[\u4e00-\u9fff]{2,4})[：:]$"
)


def place_head(line: Line) -> bool:
    """Line is an unmarked place alone, closed by its colon: the first part of a headline printed
    over two lines (a ●某某县： lead keeps its mark and heads a brief's text)."""
    text = compact(line.text)
    return line.kind == TEXT and not line.mark and bool(_PLACE_HEAD.match(text)) and not INTERVIEW.match(text)


# The arrows a column may print as its bullet, as a list prints them before its points and a teaser
# before its title: read as a column's bullet only where the layout says so (a place lead, a head
# over its text, a paragraph of prose under a column's label)
ARROW_MARKS = "▶►"
# ▶某某镇　该镇…: the same place lead after an arrow, which a column may print as its bullet (an
# arrow before anything else leads a list's point or points to a page, so only a place counts)
_ARROW_PLACE_LEAD = compile_pattern(rf"^[{ARROW_MARKS}]\s*{_PLACE}(?:[：:]\s*|\u3000+)(?P<rest>\S.{{5,}})$")
# ▶某某马拉松11月29日开跑 over its text on the next line: an arrow a column prints as its bullet
# before an item's head (only over text: arrows one under another lead a list's points, and a
# teaser's head carries its page, 见第2版, after it)
ARROW_HEAD = compile_pattern(
    rf"^(?P<open>[{ARROW_MARKS}])\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,29}}[？?]?)$"
)
# A column's item with its head on a line of its own: ■植物园郁金香展开幕, ▲婺源油菜花海迎来客流高峰,
# its place leading it: ■芜湖：新开通3条长江轮渡夜航线
MARKED_HEAD = compile_pattern(
    # (a reader's question heads its answer: ■供热费今年啥时候开始缴？)
    # (two phrases set apart by a wide space, ●某县集中签约5个项目　总投资42亿元, are one head, and
    # by a print space, ■男子深夜飙车被查 竟称“赶时间”, when the second says more than a name would)
    # (★　某某家政　★: the closing mark of a frame set apart by a space, an ornament too)
    # (its place's lead before the two phrases, ●某县：秸秆变饲料　黄牛吃得香, is the same head)
    rf"^(?P<open>[{BRIEF_MARKS}])\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,29}}(?:[：:]{_HEAD_CHARS}{{2,28}})?"
    rf"(?:(?:\u3000|\s{{2}}){_HEAD_CHARS}{{2,16}}|\s{_HEAD_CHARS}{{4,16}})?[？?]?"
    # (■ 提案工作先进个人（20名，按姓氏笔画排序）: a note in brackets closing the head may hold a comma)
    r"(?:[（(][^（）()]{1,20}[）)])?)"
    r"(?:\s+(?P=open))?$"
    # ●某某县： alone, its news on the lines under it: the place heads the brief
    rf"|^[{BRIEF_MARKS}]\s*(?P<place>{_HEAD_START}{_HEAD_CHARS}{{1,11}})[：:]$"
)

# Words that open a news lead (who did what *when*): a short line followed by one is a new
# story's headline, not a subhead of the story above.
NEWS_LEAD = compile_pattern(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|{LEAD_TIME}|即日起|记者(?:昨天|昨日|今天|近日|日前)?从)"
)
# The name of a column of briefs (简讯, 城事速递): a kicker over each brief's own head; a board of
# short items (社区公告栏, 信息栏: 公告栏 / ●免费体检 / text / ●…) is such a column, its items briefs.
BRIEF_COLUMN = compile_pattern(
    r"^(?!图片新闻|新闻图片)[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯|快报|速递|速览|速读|短波|简报|播报|一句话新闻|新闻|资讯|动态|集锦|集萃|传真"
    r"|(?:公告|布告|告示|信息)[栏板])$"
)
# ... or named for the field it reports, a word before 讯 (各地农讯, 警讯, 商讯): read as a column's
# name only set apart over its bulleted items, as an essay may be headed so (某湖春讯 / □ 作者);
# 本报讯 opens a story's dateline, 通讯 is a genre, 喜讯 a headline's word
FIELD_NEWS_COLUMN = compile_pattern(r"^[\u4e00-\u9fff]{0,4}[\u4e00-\u9fff](?<![通喜死音问报])讯$")
# Boxes printed with a story (相关链接, 延伸阅读): they belong to it, under their label.
SIDEBAR_LABELS = (
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
    "知识点",  # (the point a science page's box sums up, printed beside the story)
    "知识链接",
    "专家解读",
    "专家观点",
    "记者感言",
    "编后",
    "编后语",
)
# 厨房小知识, 健康小贴士: a box's label said of its topic, a word or two before it
_TOPIC_SIDEBAR = compile_pattern(r"^[\u4e00-\u9fff]{2,4}(?:小知识|小贴士|小常识|知识链接)$")


def sidebar_label(text: str) -> bool:
    """The line is a box's label alone (相关链接, 小知识), or one said of its topic (厨房小知识)."""
    label = compact(text)
    return label in SIDEBAR_LABELS or bool(_TOPIC_SIDEBAR.match(label))


# The box saying who a feature's subject is (人物名片 / 某某，1970年生，…): a piece of its own, set
# apart under the story, never the story's last part (档案, 小档案, 个人简介: the same box, its label
# shortened or said of the person; 名医档案, 专家名片, 作者简介: said of who the person is, a word of two)
_PROFILE_BOX = compile_pattern(r"^(?:[\u4e00-\u9fff]{2})?小?(?:名片|档案|简介)$")


def profile_label(line: Line) -> bool:
    """The line is a profile box's label alone (人物名片, 【人物档案】): the head of the box's text,
    never a kicker (the line under it says who the subject is: 某某，1970年生… or 某某　1970年生…)."""
    return profile_box(line.text)


def profile_box(head: str) -> bool:
    """The head is a profile box's label (人物档案): the box holds the subject's particulars and
    nothing after them, no part under a subhead."""
    return bool(_PROFILE_BOX.match(compact(head).strip("【】")))


# 上期答案, 本期谜底, 参考答案: the label of a puzzle's answer box (a game page's problem, a riddle
# corner's), alone over the answer's lines: the box's head, never a kicker of the answer's first line
_ANSWER_BOX = compile_pattern(r"^(?:上期|本期|前期|参考)?(?:答案|谜底|解答)(?:揭晓|公布)?$")


def answer_label(line: Line) -> bool:
    """The line is an answer box's label alone and set apart (上期答案, 谜底); set solid under a
    quiz's questions, 参考答案 labels the quiz's own part."""
    return line.kind == TEXT and line.gap and bool(_ANSWER_BOX.match(compact(line.text).strip("【】")))


# 开奖号码：03 11 17 / 报名时间：12月15日 / 姓名：某某: a field and its value, a notice's or a box's,
# never a head (a result's event may name its distance: 男子甲组1500米：某某　4分06秒35)
_FIELD_LINE = compile_pattern(
    r"^(?:[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{1,6}\d{1,5}[\u4e00-\u9fff]{1,3})[:：]\s*\S"
)


# 1949年10月1日 某某成立, 2015.11 某某召开: a chronology's row, its date set a space apart before
# the event (one space or a wide gap, as the date's length leaves it)
_DATED_ROW = compile_pattern(
    r"^\d{4}(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[.．/-]\d{1,2}(?:[.．/-]\d{1,2})?)[\s\u3000]+\S"
)


def dated_row(text: str) -> bool:
    """The line is a chronology's row: a date, a space, the event (1949年10月1日 某某成立)."""
    return bool(_DATED_ROW.match(text))


# 5月23日上午　某某医院　门诊广场, 8月1日（周六）19:30　某某剧场, 10月1日—8日　…: a schedule's row, the
# day (its part or hour perhaps) set a space apart before where and what (prose puts a comma after it)
_SCHEDULE_ROW = compile_pattern(
    r"^\d{1,2}月 ?\d{1,2}日(?:[—–~～至-]\d{1,2}(?:月\d{1,2})?日)?(?:[（(][\u4e00-\u9fff]{1,3}[）)])?"
    r"(?:[上下]午|中午|早上|晚上?|全天)?"
    r"(?:\d{1,2}[:：]\d{2}(?:[—–~～-]\d{1,2}[:：]\d{2})?)?[ \u3000]+\S"
)


def schedule_row(text: str) -> bool:
    """The line opens a schedule's row: a day, a space, where and what (5月23日上午　某某医院　…)."""
    return bool(_SCHEDULE_ROW.match(text.strip()))


def field_line(text: str) -> bool:
    """The line is a field and its value (报名时间：12月15日, 年龄：56岁): one of a run of them, each a
    line of its own."""
    return bool(_FIELD_LINE.match(text))


# 作者：某某　某某出版社, 定价：48元, 导演：某某: the particulars of a book or a film printed under
# its title in a listing of new books or shows, the work's data; no deck ever opens on a maker's or
# a price's label (a deck says something of the story; a quoted speaker's deck names a person)
_WORK_PARTICULAR = compile_pattern(
    r"^(?:作者|著者|译者|编者|主编|编著|绘者|绘图|出版社|出版方?|出品方?|定价|售价|书号|ISBN|导演|编剧|主演)"
    r"[:：]\s*\S"
)


def work_particular(text: str) -> bool:
    """The line gives a book's or a show's particulars (作者：某某　某某出版社, 定价：48元): its data
    under its title, a line of its own, never a line of a head."""
    return bool(_WORK_PARTICULAR.match(text.strip())) and not SENTENCE_MARK.search(text)


# 荣誉：省劳动模范、“某某工匠”: a particular's value, a few names at most (a turn of an interview,
# 某某：我们…，…, speaks in clauses and sentences)
_PARTICULAR_MAX = 40


def particular_line(text: str) -> bool:
    """The line is one of a subject's particulars (姓名：某某, 年龄：56岁): a field whose value is a
    phrase, no clause or sentence, whole on its line without a stop."""
    return (
        field_line(text)
        and len(text) <= _PARTICULAR_MAX
        and not SENTENCE_MARK.search(text)
        and not any(c in text for c in "，,；;")
    )


def field_under_field(lines: list[Line], i: int) -> bool:
    """Line i is a particular set solid under a particular (姓名：某某 / 年龄：56岁): the run's next,
    a line of its own, never a head or a subhead (or under a row whose last cell is one: 某某面馆
    营业时间：6:00—14:00 / 人均消费：12元, a listing's rows of a name and its particular)."""
    return (
        0 < i < len(lines)
        and not lines[i].gap
        and particular_line(lines[i].text)
        and (
            particular_line(lines[i - 1].text)
            or particular_line(_ROW_CELL_GAP.split(lines[i - 1].text.strip())[-1])
        )
    )


# 某某面馆　营业时间：…: the wide space that sets a row's cells apart
_ROW_CELL_GAP = compile_pattern(r"\u3000+|\s{2,}")


# Classified-ad headings: the lines under them are the ad, sentences and all.
AD_HEADINGS = (
    "招聘",
    # (诚聘, 急聘: hiring in other words, the same heading)
    "诚聘",
    "急聘",
    "招租",
    "出租",
    # (房屋出售, 房屋租售: selling, or letting and selling, the same heading)
    "出售",
    "租售",
    "转让",
    "招商",
    "求购",
    "寻人",
    "寻物",
    "分类广告",
    "分类信息",
    "便民信息",
    "广告",
)
# 受访专家：…, 采访嘉宾：… set under a byline: who the story interviewed
# 受访专家：…, 坐诊专家：…, 受访者　某某　某所副所长 (set off by a wide space instead of the colon);
# 本期答疑：…, 解答专家：… over a Q&A column's first question: the doctor who answers in it
INTERVIEWEE = compile_pattern(
    r"^(?P<role>(?:受访|采访|特邀|本期|坐诊|本期解答|解答|答疑)(?:专家|嘉宾|医生)|受访[者人]|本期答疑)"
    r"(?:\s*[:：]\s*|[ \u3000]+)(?=\S)"
)
# Interview lines (记者：…？ / 问：…): a question is not a headline even when short.
INTERVIEW = compile_pattern(rf"^(?:记者|本报记者|{QA_ROLE}?[问答]{QA_WHO}|主持人|[QA])\s*[:：]")
# A: How are you? / Tom: Fine, thanks.: a turn of an English dialogue, led by who speaks (a line of
# its own, as an interview's turn is; never a head)
ENGLISH_TURN = compile_pattern(r"^[A-Z][A-Za-z]{0,11} ?[:：] ?(?=[A-Z\"“'‘])")
# 答疑专家：… 刘某 / 解答律师：…律师事务所 吴某: who answered a Q&A column, its last line (本期解答
# 专家：…: who answered this questions)
ANSWERER = compile_pattern(
    r"^(?:本期)?(?:(?:解答|答疑|释疑|回复)(?:专家|律师|医生|嘉宾|老师|法官|检察官|民警|人)"
    r"|(?:专家|律师|医生|嘉宾|老师|法官|检察官|民警)(?:解答|答疑|释疑))\s*[:：]\S"
)
# The label over a column of news photos: it heads the first photo's title.
# (漫画 over a cartoon's title, or run in before it, 漫画：某某, labels the cartoon as 图说 does a photo)
PHOTO_COLUMN = ("图片新闻", "新闻图片", "图说", "图片故事", "摄影报道", "视觉", "摄影", "漫画")
# 摄影：某某 is a credit, not the label 摄影 over a title: the labels a colon may close
_SAID_PHOTO_COLUMN = tuple(label for label in PHOTO_COLUMN if label != "摄影")
# 【图片新闻】武原街道举办运动会, 图片新闻：东湖冬韵, 图片新闻｜万绿园里…: the photo column's
# label printed before a photo's title, in brackets or closed by a colon or a bar (图片新闻　东湖冬韵:
# or set apart by a full-width space, as a label over the title is set on one line; ■图片新闻：
# the label led by a box's mark, as a column's label may be)
_PHOTO_COLUMN_LEAD = compile_pattern(
    rf"^[{BRIEF_MARKS}]?(?:[【\[](?P<label>{'|'.join(PHOTO_COLUMN)})[】\]]"
    rf"|(?P<said>{'|'.join(_SAID_PHOTO_COLUMN)})\s*(?:[:：｜|丨]|\u3000))\s*(?P<title>.*)$"
)


def photo_column_lead(text: str) -> tuple[str, str] | None:
    """(label, title) of a photo's title led by its column's label in brackets or closed by a
    colon or a bar, else None (the title may be empty: the label alone on its line)."""
    m = _PHOTO_COLUMN_LEAD.match(text.strip())
    return (m.group("label") or m.group("said"), m.group("title").strip()) if m else None


# 读者来图, 网友随手拍, 市民拍客: the label of a column of pictures the readers sent in (who sent
# one in is named in its credit); 职场漫画, 新闻漫画: of a column of cartoons, as 漫画 alone is, and
# 漫话教育, 漫话民生, the cartoon's comment on a field (漫话, a cartoon's say); each over the title
# of the picture it runs (only a picture under it makes it a label: 漫话中秋 over prose is a head)
_PICTURE_COLUMN = compile_pattern(
    r"^(?:(?:读者|网友|市民|百姓)(?:来图|投图|拍客|随手拍|镜头)|[\u4e00-\u9fff]{2,4}漫画|漫话[\u4e00-\u9fff]{2,4})$"
)


def photo_column(text: str) -> str | None:
    """The photo column's label when the line is only that (图片新闻, 【图说】), else None."""
    led = photo_column_lead(text)
    if led is not None:
        return None if led[1] else led[0]
    # ■图片新闻: the label led by a box's mark, as a column's label may be, is the label all the same
    line = compact(text)
    label = line[1:] if line and line[0] in BRIEF_MARKS else line
    return label if label in PHOTO_COLUMN or _PICTURE_COLUMN.match(label) else None


# Who signs a notice under its text (…组委会, …有限公司).
ORGANISATION_ENDINGS = (
    r"(?:委员会|组委会|管委会|办公室|指挥部|公司|集团|政府|中心|协会|学会|医院|学校|局|委|办|处|所|站|队|院|社|部|组|馆"
    r"|村委会|居委会|治丧小组|治丧委员会|家属)"
)
# (an event's organisers named with its year or edition: 2026某某马拉松组委会, 第12届某某节组委会)
SIGNATURE = compile_pattern(
    rf"^(?:\d{{4}}年?|第\d{{1,3}}[届次])?[\u4e00-\u9fff（）()]{{2,24}}{ORGANISATION_ENDINGS}$"
)


# Ads are short poster lines; longer lines are prose.
AD_LINE_MAX = 50
# a poster's phrase, a line to itself (春日美食节 3月28日—4月6日); prose wraps at a column's width
POSTER_LINE_MAX = 24
FORECAST_MAX = 160  # a line of a forecast; longer is a story's paragraph
SUBHEAD_MAX = 24
# a subhead its mark sets off (■…——某公司班长　某某): as long as a marked head may run
MARKED_SUBHEAD_MAX = 36


# 市民张先生反映：…, 李女士来电称：…: who said it and the verb of saying, then what was said (a
# sentence's opening, not a brief's head)
_SAID = compile_pattern(r"(?:反映|表示|来电|来信|留言|称|说|介绍|透露|指出|认为|获悉|了解到)$")


CLAUSE_END = ("，", ",", "、", "；", ";")
DECK_DASHES = ("——", "—", "--")  # what leads a deck (——某某, a dash set as one or two)
# 该县, 该镇, 该公司: a sentence's subject that points back to the place or body named before it
_BACK_REFERENCE = compile_pattern(
    r"^该(?:县|市|区|镇|乡|村|街道|社区|园区|开发区|新区|旗|州|公司|企业|单位|局|院|校|所|中心|项目)"
)


_HEAD_AGAIN_MIN = 3  # 戛洒镇, 龙街街道: a place's name short of its county, a word of its own


def _names_head_again(head: str, rest: str) -> bool:
    """●新平县某某镇：某某镇花腰傣…: the text opens on the head's own last name (the place short of
    its county, the body short of its province) as a sentence's subject, not a head's second phrase."""
    return any(
        rest.startswith(head[k:]) and len(rest) > len(head) - k
        for k in range(len(head) - _HEAD_AGAIN_MIN + 1)
    )


def labelled_part(text: str) -> bool:
    """【主料】黄瓜2根, 【案情】老赵…: a story's part whose label (``PART_LABEL``) runs into its text."""
    m = _LABELLED_PART.match(text)
    return m is not None and PART_LABEL.match(m.group("head")) is not None


def brief_parts(text: str, *, place_lead: bool = False, cut: bool = False) -> tuple[str, str] | None:
    """(head, text) of a brief whose head runs into its text: 【head】text, ●head：text, ●head text;
    with ``place_lead`` (inside a column of briefs) also 新仓镇：text and head　text (the head set
    off by a wide space); ``cut``: the line's sentence goes on in the line under it."""
    m = BRIEF_RE.match(text)
    if m is None and labelled_part(text):
        # (【主料】黄瓜2根: a part's label run into a text however short, a recipe's ingredient)
        m = _LABELLED_PART.match(text)
        assert m is not None
        return m.group("head"), m.group("rest")
    if m is not None:
        # 【图片新闻】title: a photo's column label, not a brief's head
        return None if m.group("head") in PHOTO_COLUMN else (m.group("head"), m.group("rest"))
    m = (
        _MARKED_BRIEF.match(text)
        or _ARROW_PLACE_LEAD.match(text)
        or (_MARKED_BRIEF_CUT.match(text) if cut else None)
    )
    m = m or (_PLACE_LEAD.match(text) or _SPACED_LEAD.match(text) if place_lead else None)
    # the text after the head is prose (a sentence), not a second phrase of a head: it ends its
    # sentence, runs long, goes on in the line under it, or, cut short by a narrow column, opens
    # with when (6月3日，…) or with a subject pointing back to the head (该县…: a head's phrase
    # names its own), or breaks after a clause mark (a head's phrase never ends in a comma)
    rest = m.group("rest").rstrip() if m is not None else ""
    if m is None or not (
        cut
        or ends_sentence(rest)
        or len(rest) > 20
        or rest.endswith(CLAUSE_END)
        or NEWS_LEAD.match(rest)
        or _BACK_REFERENCE.match(rest)
        or _names_head_again(m.group("head"), rest)
        # (●某镇：某县某镇依托…，培育… cut at the line's end: after a place, a clause mark says prose)
        or (PLACE_NAME.match(m.group("head")) and clause_punctuated(rest))
    ):
        return None
    if _SAID.search(m.group("head")):
        return None
    # ●某某（身份证号：…）遗失…: a colon inside a bracket the head opened and never closed is the
    # bracket's (a field and its value), no head's end: the line is a statement, not a brief
    head = m.group("head")
    if bracket_depth(head) > 0:
        return None
    return head, m.group("rest")


def weather_reading(text: str) -> bool:
    """多云，3到4级 / 白天最高气温19℃: the text gives the sky and a measure, or the temperature."""
    return bool(_WEATHER_SKY.search(text) and _WEATHER_MEASURE.search(text)) or (
        "气温" in text and "℃" in text
    )


def weather_measure(text: str) -> bool:
    """黄海北部南风5到6级, 27℃～34℃: the text gives a forecast's measure (a temperature, a wind's
    force), with or without the sky."""
    return bool(_WEATHER_MEASURE.search(text))


def weather_sky(text: str) -> bool:
    """多云，午后有雷阵雨: the text names the sky."""
    return bool(_WEATHER_SKY.search(text))


def weather_day(text: str) -> bool:
    """明天多云，午后局部有雷阵雨: a day of a forecast and its sky, without a measure."""
    return bool(_WEATHER_START.match(text) and _WEATHER_SKY.search(text))


def has_phone(text: str) -> bool:
    """A phone number (0754-88271234, 13715081234) stands somewhere in the text."""
    return _phone_search(text)


def _phone_search(text: str) -> bool:
    # (a number labelled as a code or a serial, 统一社会信用代码：91370102 cut at the line's end,
    # 编号：0036812, is the thing's number, never one to call, however many digits it keeps)
    return bool(_PHONE.search(_CODE_VALUE.sub("", text)))


def interview_turn(text: str) -> bool:
    """问：… / 答：… / 记者：…: a turn of an interview, a paragraph of its own."""
    return bool(INTERVIEW.match(text))


def opens_on_contact(text: str) -> bool:
    """``text`` opens on a contact's label (电话：…, 地　址 …): a line to call or visit."""
    return _CONTACT.match(text) is not None or _SPACED_CONTACT.match(text) is not None


def contact_in(text: str) -> bool:
    """The line gives a way to reach someone: 联系电话：…, a phone number, a web address."""
    return bool(
        _CONTACT.match(text)
        or _phone_search(text)
        or _WEB_CONTACT.search(text)
        or _SPACED_CONTACT.match(text)
        or _SERVICE_LINE.match(text)
    )


# outing　/ˈaʊtɪŋ/　n. 远足；郊游, rape flower　油菜花: a glossary's entry (a bilingual page's word
# bank, a story's English terms): a Latin word or phrase, its sound and its part of speech, then
# what it means in Chinese, whole on its line; a list's line, never prose or a head.  (A word in
# capitals before Chinese, GDP 增长, is no entry unless its sound or part of speech follows it.)
_PART_OF_SPEECH = r"(?:n|v|vt|vi|adj|adv|prep|conj|pron|num|art|int|aux|phr|abbr)\."
GLOSS_ENTRY = compile_pattern(
    r"^(?:[a-z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,3}[ \u3000]+"
    rf"|[A-Za-z][A-Za-z'’-]*(?: [A-Za-z'’-]+){{0,3}}[ \u3000]+(?=[/\[]|{_PART_OF_SPEECH}))"
    r"(?:[/\[][^/\]\s]{1,30}[/\]][ \u3000]+)?"
    rf"(?:{_PART_OF_SPEECH}(?:[ \u3000]*&[ \u3000]*{_PART_OF_SPEECH})?[ \u3000]*)?"
    r"[\u4e00-\u9fff][\u4e00-\u9fff；;，,、（）()…]{0,24}$"
)


def _signed_close(text: str) -> bool:
    """The line closes a sentence and signs it off in brackets (…可拨打0000-1234567咨询。（通讯员
    张三））: a story's last line, the phone in its sentence, never a line to call."""
    signed = split_trailing_byline(text) or split_signoff(text)
    return signed is not None and ends_sentence(signed[0])


def classify(text: str, masthead: MastheadLine | None) -> str:
    if masthead is not None:
        return MASTHEAD
    if len(text) <= 40 and impossible_date(text):
        return BAD_DATE
    if len(text) <= 60 and PUBINFO_LINE.match(text):
        return PUBINFO
    if len(text) <= 60 and parse_staff_line(text) is not None:
        return STAFF
    if len(text) <= 12 and photo_column(text):  # 图片 新闻 is a label, not 图片: 新闻
        return TEXT
    if len(text) <= 30 and courtesy_credit(text) is not None:
        return PHOTO_CREDIT
    postfix = parse_postfix_credit(text) if "/" in text or "／" in text else None
    if postfix is not None:
        # (某某报记者　龙强/文　杨帆/图: a reporter's role word over the words' credit signs a story,
        # its words and its pictures; 陆一鸣/文　许诺/图 under a caption credits the photo)
        return PHOTO_CREDIT if postfix.photographers and not postfix.reporters else BYLINE
    led = dateline_match(text)
    if led is not None and led.group("lead") is not None and led.end() < len(text):
        # (本报记者　某某　报道：近期，…: the credit leads the story's first sentence, no byline line)
        return DATELINE
    if text[0] in BYLINE_MARKS or starts_with_role(text) or text.startswith(("(", "（")):
        if is_photo_credit(text):
            return PHOTO_CREDIT
        if len(text) <= 60 and parse_byline(text) is not None:
            return BYLINE
    elif len(text) <= 40 and (text.endswith("摄") or shot_for(text) is not None) and is_photo_credit(text):
        return PHOTO_CREDIT
    if led is not None:
        return DATELINE
    m = STANDFIRST_RE.match(text)
    if m and m.end() < len(text):  # a bare 导读 with nothing after it is no standfirst
        return STANDFIRST
    if _CONTINUATION_LINE.match(text):
        return CONTINUATION
    if len(text) <= 30 and _QR.match(text):
        return QR
    if len(text) <= 80 and NOTICE_RE.match(text):
        return NOTICE
    if brief_parts(text) is not None:
        return BRIEF
    if (
        len(text) <= FORECAST_MAX
        and _WEATHER_START.match(text)
        # 今天多云…3到4级 / 今天白天最高气温19℃ (the readings on a line of their own)
        and weather_reading(text)
    ):
        return WEATHER
    if len(text) <= AD_LINE_MAX and not ends_sentence(text) and not _signed_close(text) and contact_in(text):
        return CONTACT
    if LIST_RE.match(text) or GLOSS_ENTRY.match(text):
        return LIST
    return TEXT


def clause_punctuated(text: str) -> bool:
    return any(c in text for c in "，,、；;")
