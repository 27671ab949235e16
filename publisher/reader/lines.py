"""Lines and their kinds: what each non-blank line of a page is, from its own shape.

A line gets one *kind* (byline, dateline paragraph, photo credit, notice, weather,
QR prompt, contact line of an advertisement, list item, masthead, plain text…)
before any grouping; the shape tests the grouping asks again (is this line shaped
like a headline? like a subhead?) live here too, so every module asks the same.
"""

from __future__ import annotations

import re

from publisher.dates import LEAD_TIME
from publisher.patterns import compile_pattern
from publisher.punctuation import SENTENCE_MARK, compact, ends_sentence, normalise_punctuation, strip_markup
from publisher.reader.bylines import (
    BYLINE_MARKS,
    courtesy_credit,
    is_photo_credit,
    parse_author_line,
    parse_byline,
    parse_name_line,
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
    parse_masthead_line,
)
from publisher.reader.signoffs import QA_ROLE, QA_WHO, split_signoff, split_trailing_byline
from publisher.records import record

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
    if m is None or (m.group("lead") is not None and parse_byline(m.group("lead")) is None):
        return None
    return m


# The labels papers print over a standfirst; the two-character ones (摘要, 题记) only set off by
# brackets, a colon or a line of their own, or 提要求… would be one.
_STANDFIRST_LABEL = (
    r"^[【\[]?(?P<label>核心提示|内容提要|内容摘要|内容简介|阅读提示|编者按|编者的话|编前语|导读"
    r"|(?:摘要|提要|导语|题记|引言|前言|编前)(?=[】\]:：\s]|$))[】\]]?"
)
STANDFIRST_RE = compile_pattern(_STANDFIRST_LABEL + r"\s*[:：]?\s*")
# The label printed alone on its line, the standfirst under it.
BARE_STANDFIRST = compile_pattern(_STANDFIRST_LABEL + r"[:：]?$")
# 羊城晚报：企业最关心的是什么？ / 陈保山：不会。: a line of an interview, said by its speaker.
# fields of one line set apart by a wide space (an ideographic space, or two spaces or more):
# a forecast's row, the running foot's label, section and date
WIDE_GAP = compile_pattern(r"\u3000+|\s{2,}")
_SPEAKER_LINE = compile_pattern(r"^[\u4e00-\u9fff]{1,8}[:：].*[。！？?!]$")
# (（全文见A2版）: a front page's excerpt of a piece printed whole on another page, its jump too)
CONTINUATION_RE = compile_pattern(
    r"[（(]\s*(?:[上下紧]?转(?:至|到)?|上接|紧接|接|全文见)\s*第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]"
)
_CONTINUATION_LINE = compile_pattern(rf"^(?:{CONTINUATION_RE.pattern}\s*)+$")
_QR = compile_pattern(
    r"^(?:微信|手机)?(?:扫一扫|扫码|扫描(?:[上下左右]方|[左右]侧|图中|页面)?二维码|长按(?:识别|二维码)|识别(?:图中)?二维码"
    # (下载某某客户端　看更多…: the paper's app to install and what it shows, the same prompt printed
    # without its code; the app alone under a 扫码 line is that prompt's own line)
    r"|下载(?=[\u4e00-\u9fff“”\"A-Za-z]{1,12}(?:客户端|APP|App)\s+\S))"
)
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
# 邮　箱　desk@paper.cn, 电话　0571-1234567: the label letter-spaced and set off by a space, not a
# colon, the value an address or a number alone after it
_SPACED_CONTACT = compile_pattern(
    r"^(?:电子)?(?:邮\s*箱|信\s*箱|电\s*话|传\s*真)\s+(?:[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}|[\d\s()（）-]{7,})$"
)
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

_PUBINFO = compile_pattern(
    r"^(?:国内统一连续出版物号|国内统一刊号|邮发代号|总?第\s*\d+\s*期|今日\s*\d{1,2}\s*版|本期\s*\d{1,2}\s*版"
    r"|CN\s*\d{2}\s*-\s*\d{4}|(?:社址|报社地址|本报地址)\s*[:：]"
    # 中共嘉兴市委机关报, the paper's web address printed in the masthead
    r"|中共[\u4e00-\u9fff]{2,12}机关报$|(?:https?://|www\.)[\w./-]+$"
    # 中共固始县委主办: who publishes the paper
    r"|[\u4e00-\u9fff]{2,16}(?:主办|主管|出版)$"
    # 本版由某某县委宣传部协办: who sponsors the page (a 专版), printed with the desk's credits
    r"|本版由[\u4e00-\u9fff]{2,24}(?:协办|承办|主办|联办|合办)$"
    # 某某省市场监督管理局协办: the same credit without 本版由, the body named by what it is (a
    # bureau, a committee, a centre), as a story's head would not end (…确定由我市承办)
    r"|[\u4e00-\u9fff]{2,20}(?:局|委|会|部|院|厅|署|办|中心|公司|集团|政府)(?:协办|承办|联办|合办)$"
    # 湘内资准字（衡）第2024-008号, 浙内准字第A001号: a county paper's permit to print (内部资料准印证)
    r"|[\u4e00-\u9fff]{1,3}内(?:资)?准字|内部资料(?:性出版物)?准印证)"
)
BRIEF_RE = compile_pattern(r"^【(?P<head>[^【】]{2,30})】\s*(?P<rest>\S.{5,})$")
# 【案情】, 【说法】, 【律师点评】: the label of a part of a story (what the part is: the case, the
# judge's reading, advice), a closed set of words; a brief's head says its news or its place.
PART_LABEL = compile_pattern(
    r"^[\u4e00-\u9fff]{0,2}(?:案情|案例|案件|说法|评析|点评|释法|判决|裁判|提醒|提示|建议|解读|分析|链接|背景|回顾|观点)$"
)


def part_label_line(line: Line) -> bool:
    """【案情】, 【案件回顾】 alone on a line: the label of a story's first part, never a deck (no
    deck is printed in brackets)."""
    t = compact(line.text)
    return line.kind == TEXT and t.startswith("【") and t.endswith("】") and bool(PART_LABEL.match(t[1:-1]))


# ▌人物名片, ▍行业简讯: a bar printed before a box's or column's label, as 【】 are around one: an
# ornament, no bullet of a list (a column's items are not led by it)
_ORNAMENT_BAR = compile_pattern(r"^[▌▍▎▋▊▉┃]+\s*(?=\S)")
# The bullets a column of briefs prints before each item (a closed set of typographic marks).
BRIEF_MARKS = "●◆◇★■▲△◎□○·•"
# a head opens with a word, not another mark (a row of marks, ◎◎◎, is an ornament)
_HEAD_START = rf"[^\s，。；：:,！？{BRIEF_MARKS}]"
_HEAD_CHARS = r"[^\s，。；：:,！？]"
# A column's item with its head run in: ●胡族铺镇：开展… / ●浦东机场T1航站楼改造完工 昨天，…
_MARKED_BRIEF = compile_pattern(
    rf"^[{BRIEF_MARKS}]\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,19}})(?:[：:]\s*|\s+)(?P<rest>\S.{{5,}})$"
)
# ... and the same item where the column's width cut its text after a few words (●某赛开赛　7月5日，
# / 2026年…): the head set off by its colon or a wide space, the rest however short, read only
# when the line's sentence goes on under it (a second phrase of a head is set solid, no clause)
_MARKED_BRIEF_CUT = compile_pattern(
    rf"^[{BRIEF_MARKS}]\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,19}})(?:[：:]\s*|\u3000+|\s{{2,}})(?P<rest>\S.*)$"
)
# A column's item led by its place, unmarked (the lead printed bold): 新仓镇：启动…, or set off
# by a wide space instead of the colon (新仓镇　启动…); a banner (某某旗) is a county where a
# region's papers print one
_PLACE = r"(?P<head>[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|社区|村|区|县|市|旗|开发区|园区|高新区))"
_PLACE_NAME = compile_pattern(rf"^{_PLACE}$")
_PLACE_LEAD = compile_pattern(rf"^{_PLACE}(?:[：:]\s*|\u3000+)(?P<rest>\S.{{5,}})$")
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


# ▶某某镇　该镇…: the same place lead after an arrow, which a column may print as its bullet (an
# arrow before anything else leads a list's point or points to a page, so only a place counts)
_ARROW_PLACE_LEAD = compile_pattern(rf"^[▶►]\s*{_PLACE}(?:[：:]\s*|\u3000+)(?P<rest>\S.{{5,}})$")
# A column's item with its head on a line of its own: ■植物园郁金香展开幕, ▲婺源油菜花海迎来客流高峰,
# its place leading it: ■芜湖：新开通3条长江轮渡夜航线
_MARKED_HEAD = compile_pattern(
    # (a reader's question heads its answer: ■供热费今年啥时候开始缴？)
    # (two phrases set apart by a wide space, ●某县集中签约5个项目　总投资42亿元, are one head, and
    # by a print space, ■男子深夜飙车被查 竟称“赶时间”, when the second says more than a name would)
    # (★　某某家政　★: the closing mark of a frame set apart by a space, an ornament too)
    rf"^(?P<open>[{BRIEF_MARKS}])\s*(?P<head>{_HEAD_START}{_HEAD_CHARS}{{1,29}}"
    rf"(?:[：:]{_HEAD_CHARS}{{2,28}}|(?:\u3000|\s{{2}}){_HEAD_CHARS}{{2,16}}|\s{_HEAD_CHARS}{{4,16}})?[？?]?)"
    r"(?:\s+(?P=open))?$"
    # ●某某县： alone, its news on the lines under it: the place heads the brief
    rf"|^[{BRIEF_MARKS}]\s*(?P<place>{_HEAD_START}{_HEAD_CHARS}{{1,11}})[：:]$"
)
# Words that open a news lead (who did what *when*): a short line followed by one is a new
# story's headline, not a subhead of the story above.
NEWS_LEAD = compile_pattern(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|{LEAD_TIME}|即日起|记者(?:昨天|昨日|今天|近日|日前)?从)"
)
# The name of a column of briefs (简讯, 城事速递): a kicker over each brief's own head.
BRIEF_COLUMN = compile_pattern(
    r"^(?!图片新闻|新闻图片)[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯|快报|速递|速览|速读|短波|简报|播报|一句话新闻|新闻|资讯|动态|集锦|集萃|传真)$"
)
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
    "知识链接",
    "专家解读",
    "专家观点",
    "记者感言",
    "编后",
    "编后语",
)
# The box saying who a feature's subject is (人物名片 / 某某，1970年生，…): a piece of its own, set
# apart under the story, never the story's last part (档案, 小档案, 个人简介: the same box, its label
# shortened or said of the person)
_PROFILE_BOX = compile_pattern(r"^(?:人物|个人)?小?(?:名片|档案|简介)$")


def profile_label(line: Line) -> bool:
    """The line is a profile box's label alone (人物名片, 【人物档案】): the head of the box's text,
    never a kicker (the line under it says who the subject is: 某某，1970年生… or 某某　1970年生…)."""
    return profile_box(line.text)


def profile_box(head: str) -> bool:
    """The head is a profile box's label (人物档案): the box holds the subject's particulars and
    nothing after them, no part under a subhead."""
    return bool(_PROFILE_BOX.match(compact(head).strip("【】")))


# 开奖号码：03 11 17 / 报名时间：12月15日 / 姓名：某某: a field and its value, a notice's or a box's,
# never a head (a result's event may name its distance: 男子甲组1500米：某某　4分06秒35)
_FIELD_LINE = compile_pattern(
    r"^(?:[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{1,6}\d{1,5}[\u4e00-\u9fff]{1,3})[:：]\s*\S"
)


def field_line(text: str) -> bool:
    """The line is a field and its value (报名时间：12月15日, 年龄：56岁): one of a run of them, each a
    line of its own."""
    return bool(_FIELD_LINE.match(text))


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
    a line of its own, never a head or a subhead."""
    return (
        0 < i < len(lines)
        and not lines[i].gap
        and particular_line(lines[i].text)
        and particular_line(lines[i - 1].text)
    )


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
# Interview lines (记者：…？ / 问：…): a question is not a headline even when short.
INTERVIEW = compile_pattern(rf"^(?:记者|本报记者|{QA_ROLE}?[问答]{QA_WHO}|主持人|[QA])\s*[:：]")
# 答疑专家：… 刘某 / 解答律师：…律师事务所 吴某: who answered a Q&A column, its last line
ANSWERER = compile_pattern(
    r"^(?:(?:解答|答疑|释疑|回复)(?:专家|律师|医生|嘉宾|老师|法官|检察官|民警|人)"
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


def photo_column(text: str) -> str | None:
    """The photo column's label when the line is only that (图片新闻, 【图说】), else None."""
    led = photo_column_lead(text)
    if led is not None:
        return None if led[1] else led[0]
    return compact(text) if compact(text) in PHOTO_COLUMN else None


# Who signs a notice under its text (…组委会, …有限公司).
ORGANISATION_ENDINGS = (
    r"(?:委员会|组委会|管委会|办公室|指挥部|公司|集团|政府|中心|协会|学会|医院|学校|局|委|办|处|所|站|队|院|社|部|组|馆"
    r"|村委会|居委会|治丧小组|治丧委员会|家属)"
)
SIGNATURE = compile_pattern(rf"^[\u4e00-\u9fff（）()]{{2,24}}{ORGANISATION_ENDINGS}$")

_BRACKETED = compile_pattern(r"^[（(][^（）()]*[）)]$")

# Ads are short poster lines; longer lines are prose.
AD_LINE_MAX = 50
# a poster's phrase, a line to itself (春日美食节 3月28日—4月6日); prose wraps at a column's width
POSTER_LINE_MAX = 24
_HEADLINE_MAX = 45
FORECAST_MAX = 160  # a line of a forecast; longer is a story's paragraph
SUBHEAD_MAX = 24


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


def brief_parts(text: str, *, place_lead: bool = False, cut: bool = False) -> tuple[str, str] | None:
    """(head, text) of a brief whose head runs into its text: 【head】text, ●head：text, ●head text;
    with ``place_lead`` (inside a column of briefs) also 新仓镇：text and head　text (the head set
    off by a wide space); ``cut``: the line's sentence goes on in the line under it."""
    m = BRIEF_RE.match(text)
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
    ):
        return None
    if _SAID.search(m.group("head")):
        return None
    return m.group("head"), m.group("rest")


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


def contact_in(text: str) -> bool:
    """The line gives a way to reach someone: 联系电话：…, a phone number, a web address."""
    return bool(
        _CONTACT.match(text)
        or _phone_search(text)
        or _WEB_CONTACT.search(text)
        or _SPACED_CONTACT.match(text)
    )


def _signed_close(text: str) -> bool:
    """The line closes a sentence and signs it off in brackets (…可拨打0000-1234567咨询。（通讯员
    张三））: a story's last line, the phone in its sentence, never a line to call."""
    signed = split_trailing_byline(text) or split_signoff(text)
    return signed is not None and ends_sentence(signed[0])


def _phone_in_sentence(text: str) -> bool:
    """A paragraph's opening line names a phone inside a clause it leaves open (　　某局公布举报
    电话0000-1234567，/ 接受社会各界…), or inside a sentence that runs on past it (　　欢迎拨打
    新闻热线0000-1234567，或通过客户端 / 反映…): prose that runs on below, not a line to call
    (which opens on its label, 电话：…)."""
    return (
        (text.endswith(CLAUSE_END) or _NUMBER_MID_CLAUSE.search(text) is not None)
        and not _CONTACT.match(text)
        and not _SPACED_CONTACT.match(text)
    )


# …拨打热线0000-1234567，或通过…: a number a clause goes on after, the sentence carried past it
_NUMBER_MID_CLAUSE = compile_pattern(r"\d[，,；;][\u4e00-\u9fff]")


def _number_runs_on(text: str, below: str) -> bool:
    """A paragraph's line ends on digits the line under it goes on with (　　某公司遗失公章一枚，
    编号：3101120 / 086541，声明作废。): one long number cut by the wrap (a seal's, a licence's),
    not a phone, which the next line would not carry on in digits."""
    return (
        text[-1:].isdigit()
        and below.strip()[:1].isdigit()
        and not _CONTACT.match(text)
        and not _SPACED_CONTACT.match(text)
    )


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
        and not _CONTACT.match(text)
        and not _SPACED_CONTACT.match(text)
    )


def classify(text: str, masthead: MastheadLine | None) -> str:
    if masthead is not None:
        return MASTHEAD
    if len(text) <= 40 and impossible_date(text):
        return BAD_DATE
    if len(text) <= 60 and _PUBINFO.match(text):
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
    if text[0] in BYLINE_MARKS or starts_with_role(text) or text.startswith(("(", "（")):
        if is_photo_credit(text):
            return PHOTO_CREDIT
        if len(text) <= 60 and parse_byline(text) is not None:
            return BYLINE
    elif len(text) <= 40 and (text.endswith("摄") or shot_for(text) is not None) and is_photo_credit(text):
        return PHOTO_CREDIT
    if dateline_match(text):
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
    if LIST_RE.match(text):
        return LIST
    return TEXT


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
        head = _MARKED_HEAD.match(stripped) if kind in (TEXT, LIST) else None
        if head is not None:  # ■植物园郁金香展开幕: a head, its mark taken off
            group = "head" if head.group("head") else "place"
            if group == "place" or _PLACE_NAME.match(head.group(group)):
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
    for k in range(1, len(lines)):
        ln, above = lines[k], lines[k - 1]
        below = lines[k + 1] if k + 1 < len(lines) else None
        raw = ln.mark + ln.text
        if (
            (not ln.gap or (below is not None and below.gap))
            and ln.number not in places
            and ln.kind in (TEXT, LIST)
            # (a headline may ask or exclaim: 邻居家的树倒了，谁来赔？ / □ 某某)
            and ((headline_like(above) and not _ends_statement(above.text)) or above.kind == STANDFIRST)
            # (天阳）: a credit's tail wrapped onto a line of its own closes the story above, no head)
            and not _closes_bracket_opened_above(above.text)
            # (under a column's label, 镇街速递 / ●某某街道, the marked name heads the first brief)
            and not BRIEF_COLUMN.match(compact(above.text))
            and (parse_author_line(raw) is not None or _signs_under_head(lines, k))
        ):
            lines[k] = Line(ln.number, raw, False, BYLINE, None)
    return lines


def _closes_bracket_opened_above(text: str) -> bool:
    """The line closes a bracket it never opened: the tail of the line above, wrapped."""
    t = compact(text)
    return t.endswith(("）", ")")) and t.count("（") + t.count("(") < t.count("）") + t.count(")")


def _signs_under_head(lines: list[Line], k: int) -> bool:
    """Line k, one bare name (邹　婷), set solid under a head of two lines set solid (a column's
    label over the title: 记者手记 / title) and over the body's first paragraph: the writer signs
    there, no deck (a deck says something of its own, never a name alone; a poem's verse under its
    author's name is set in short lines, as a head is)."""
    ln, above, below = lines[k], lines[k - 1], lines[k + 1] if k + 1 < len(lines) else None
    head = lines[k - 2] if k >= 2 else None
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
        if BARE_STANDFIRST.match(compact(ln.text)) or compact(ln.text) in SIDEBAR_LABELS:
            continue
        if len(compact(above.text)) < _RUN_ON_CREDIT_MIN and parse_name_line(ln.text) is not None:
            # 文/某某 / 陶瓷小镇: a short credit is whole, and a bare word under it is the piece's
            # (a credit of its own, 受访人：某某, is read with it all the same)
            continue
        joined = f"{above.text} {ln.text}"
        if len(ln.text.split()) <= 3 and parse_byline(joined) is not None:
            lines[k] = Line(ln.number, joined, False, BYLINE, None)
    return lines


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
        if ln.kind in (PUBINFO, STAFF, CONTACT) or (ln.kind == TEXT and pubinfo_parts(ln.text)):
            # 中共临朐县委机关报, 第3215期, 责任编辑：程晨, 登报热线：… set among the masthead's
            # lines: its furniture, not an item (责任编辑 高枫 … 北京日报: with the paper's name).
            lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, _imprint_reading(ln))
            continue
        if ln.kind not in (TEXT, MASTHEAD):
            continue
        if k > 0 and lines[k - 1].kind == WEATHER and _ISSUER_LINE.search(ln.text):
            # 今日天气：… / 某某市气象台发布: the forecast's issuer under it, the forecast's own line
            # (a box set among the masthead's lines), not the end of the masthead
            continue
        masthead = parse_masthead_line(ln.text, top=True)
        if masthead is None:
            break
        lines[k] = Line(ln.number, ln.text, ln.gap, MASTHEAD, masthead)
    return _read_spaced_top(lines)


# 某某市气象台发布, （某某气象台6时发布）: who issued a forecast, the line ending with it
_ISSUER_LINE = compile_pattern(r"(?:气象台|气象局|气象中心)[\u4e00-\u9fff\d:：]{0,14}发布[）)]?$")


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
    if all(_PUBINFO.match(part) or _NUMBERED_ISSUE.match(part) for part in parts) and any(
        _PUBINFO.match(part) for part in parts
    ):
        # (第24506号　今日8版: the issue counted by 号 as others count it by 期, beside the
        # page count; alone, 第…号 is as likely a notice's number)
        return True
    desk = next((k for k in range(1, len(parts)) if parse_staff_line(" ".join(parts[k:])) is not None), None)
    return desk is not None and all(_PUBINFO.match(part) for part in parts[:desk])


def _read_spaced_top(lines: list[Line]) -> list[Line]:
    """Masthead lines printed one to a block, blank lines between (大河报 / 2025年4月17日 / A04 /
    郑州新闻): from the top, each line alone in its block that names the paper or the page's
    number, or the section under that number, is masthead, when a date or a name that is
    masthead anywhere stands among them."""
    run: list[tuple[int, MastheadLine]] = []
    strong = False
    k = 0
    while k < len(lines):
        ln = lines[k]
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


def printed_width(line: Line, *, figures_half: bool = False) -> int:
    """How far a printed line runs: its characters, an indent (two ideographic spaces) counted as two;
    with ``figures_half``, a run of figures or letters as half as many (set at half a character's
    width, 200 runs about as far as 多吨), for widths compared to the character."""
    half = sum(1 for ch in line.text if ch.isascii() and ch.isalnum()) // 2 if figures_half else 0
    return len(line.text) - half + 2 * line.indented


def headline_like(line: Line) -> bool:
    t = line.text
    if line.kind != TEXT or len(t.replace(" ", "")) > _HEADLINE_MAX or "。" in t or INTERVIEW.match(t):
        return False
    if _SPEAKER_LINE.match(t) or BARE_STANDFIRST.match(compact(t)):
        return False
    if _BRACKETED.match(t):  # （本版图片由县委宣传部提供）: a note, never a head
        return False
    if t.endswith(("，", ",", "、", "：", ":", "；", ";", "…")):
        return False
    return not (ends_sentence(t) and len(t) > SUBHEAD_MAX)


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


def clause_punctuated(text: str) -> bool:
    return any(c in text for c in "，,、；;")


def subhead_shaped(line: Line) -> bool:
    """A short unpunctuated line that may stand as a subhead inside a story."""
    return (
        line.kind == TEXT
        and headline_like(line)
        and len(line.text) <= SUBHEAD_MAX
        and not clause_punctuated(line.text)
    )


def cut_clauses(line: Line) -> bool:
    """A line shaped like a head only because a column break cut its sentence: clauses, and
    longer than any subhead (本人于2月25日下午在某站台附近遗失黑色双肩包一个，内有笔记本电)."""
    return clause_punctuated(line.text) and len(compact(line.text)) > SUBHEAD_MAX


def headline_like_list(text: str) -> bool:
    """A list item that is a heading (一、产业升级) rather than a sentence."""
    body = LIST_RE.sub("", text, count=1)
    return len(text) <= SUBHEAD_MAX and not ends_sentence(body) and not clause_punctuated(body)
