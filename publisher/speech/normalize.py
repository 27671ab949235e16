"""Mandarin text normalisation for reading aloud: digits, units and symbols become words.

Every engine gets the same normalised text (Microsoft's voices misread some of
these too: a phone number read as a quantity, a year read as a number), so the
listener hears the same thing whichever engine runs.  Pure functions only.

Reading rules (the newsroom's broadcast habit; the unit test table is the spec):

* Quantities are read as numbers: 2306家 → 两千三百零六家.  A leading 2 of
  千 / 万 / 亿 is 两 (两千, 两万); 2 in the 百, 十 and unit places is 二
  (二百, 二十二).  A bare 2 before a measure word is 两 (两家, 两公里), but 二
  before words that count order rather than amount (级, 月, 日, 号, 期, 楼, 版).
* Decimals read the fraction digit by digit: 11.1万 → 十一点一万, 2.0 → 二点零.
* Percentages: 206.7% → 百分之二百零六点七; ranges 3%-5% → 百分之三到百分之五.
* Years (four digits before 年, also in lists like 2018、2019、2020年) are read
  digit by digit with 一: 二零一八年.  Months and days are numbers: 十一月九日.
* Phone numbers (7–8 digits or 11-digit mobiles, not followed by a measure
  word, or after 电话/热线…) are read digit by digit with 1 as 幺: 八五零八七幺七.
* Short service numbers after 拨打/电话/热线 or before 热线/专线 are dialled:
  拨打12345热线 → 幺二三四五, 报警电话110 → 幺幺零 (but 联系了120多家 is a count).
* Clock spans and ISO dates: 15:00—17:00 → 十五点到十七点, 2020-11-11 → 二零二零年十一月十一日;
  generations 80后 → 八零后.
* House numbers (…号 after a road) up to three digits are read as numbers
  (一百一十一号), as people say them; four digits or more digit by digit.
* Ranges 3到4级 / 3-4级 / 3~4级 → 三到四级.
* Temperatures: 19℃ → 十九摄氏度, -2℃ → 零下二摄氏度, 19℃～22℃ → 十九到二十二摄氏度.
* Unit symbols after a number become words (km → 公里, m² → 平方米, kg → 公斤).
* Latin abbreviations (2–4 capitals, APP) are spelled letter by letter: A P P.
* Codes (CN33-0011, 31-128, nine digits or more) are read digit by digit, - as 杠.
* Ordinals: 第81期 → 第八十一期.
* Routes of three digits or more, and numbered roads, digit by digit: 201路 → 二零一路,
  320国道 → 三二零国道 (12路 stays 十二路).  Postcodes after 邮编: 邮编314200 → 三一四二零零.
* Emergency and service numbers before what they are for are dialled: 110报警 → 幺幺零报警,
  120急救 → 幺二零急救 (but 120多家 is a count).
* Ratios and scores: 1:2 → 一比二, 比例尺1:500 → 一比五百; a two-digit minute is a clock
  time (8:30 → 八点三十分) unless a score or ratio word is next to it (3:10战胜).
* Money: the sign is read after the amount: ¥200 → 二百元, $500 → 五百美元, €30万 → 三十万欧元.
* A minus before a number is 负: -0.5% → 负百分之零点五 (temperatures say 零下).
* Letters joined to digits are codes (roads, trains, flights, models): G60 → G六零,
  MU5735 → M U五七三五, N95 → N九五; but an amount after a measure's label stays one
  (GDP2000亿元), G20峰会 is G二十, and a page is a number (A05版 → A五版, B03 → B三).
* Cross-references to other pages, （相关报道见第3版） / （下转第2版）, are for the eye:
  not read (the e-book keeps them).
* Decorative marks (■ □ ◆ …) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

DIGITS = "零一二三四五六七八九"
_PHONE_DIGITS = "零幺二三四五六七八九"

# Measure words after which a bare 2 is 两 (an amount), and the order words after which it is 二.
_MEASURES = set(
    "个家名位人户处项条种次天年岁只件台辆张本所座栋间块元角分万亿千百斤吨米倍份批场幅"
    "辆把架艘头匹棵株亩顷周轮组套层起例篇部首封门支枝双对副群片句声步笔点"
)
_ORDER_WORDS = set("级月日号期楼版届班室路排")

DECORATIVE = re.compile(r"[■□◆◇●○▲△▼▽★☆▶►◀◄※§¶◎]")

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ％．－～＋／：−＄",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.-~+/:-$",
)

# Unit symbols that may follow a number, longest first so km/h wins over km and m.
_UNITS: list[tuple[str, str]] = [
    ("km/h", "公里每小时"),
    ("km²", "平方公里"),
    ("km2", "平方公里"),
    ("m²", "平方米"),
    ("m2", "平方米"),
    ("㎡", "平方米"),
    ("m³", "立方米"),
    ("m3", "立方米"),
    ("kWh", "千瓦时"),
    ("kW", "千瓦"),
    ("km", "公里"),
    ("kg", "公斤"),
    ("cm", "厘米"),
    ("mm", "毫米"),
    ("mg", "毫克"),
    ("ml", "毫升"),
    ("mL", "毫升"),
    ("GB", "G B"),
    ("MB", "M B"),
    ("m", "米"),
    ("g", "克"),
    ("t", "吨"),
    ("h", "小时"),
]
_UNIT_RE = "|".join(re.escape(u) for u, _ in _UNITS)
_UNIT_WORDS = dict(_UNITS)

_RANGE = r"(?:-|~|～|—|–|到|至)"
_NUM = r"\d+(?:\.\d+)?"


# ---------------------------------------------------------------- numbers


def _four(n: int, liang_thousand: bool) -> str:
    """0 < n < 10000, without the leading-zero 零 (the caller decides that)."""
    out = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        word = "两" if d == 2 and unit == "千" and liang_thousand else DIGITS[d]
        out.append(word + unit)
    return "".join(out)


def cardinal(n: int, *, liang: bool = True) -> str:
    """A whole number as a quantity: 2306 → 两千三百零六, 110000 → 十一万.

    ``liang`` selects 两 for a leading 2 of 千 / 万 / 亿 (two thousand people),
    the habit for amounts; 二 is kept in the 百, 十 and unit places.
    """
    if n < 0:
        return "负" + cardinal(-n, liang=liang)
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    units = ["", "万", "亿", "万亿"]
    if len(groups) > len(units):
        return digits(str(n))
    out = []
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or g < 1000):
            out.append("零")
        need_zero = False
        word = "两" if g == 2 and liang and i > 0 else _four(g, liang)
        out.append(word + units[i])
    text = "".join(out)
    if text.startswith("一十"):  # 十五, 十一万 (but 一百一十五 keeps its 一)
        text = text[1:]
    return text


def digits(s: str, *, phone: bool = False) -> str:
    """Digit by digit: 2018 → 二零一八; phone numbers read 1 as 幺."""
    table = _PHONE_DIGITS if phone else DIGITS
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def number(s: str, *, liang: bool = False) -> str:
    """A written number (maybe with a decimal part or thousands commas) as words."""
    s = s.replace(",", "")
    neg = s.startswith("-")
    s = s.lstrip("-+")
    whole, _, frac = s.partition(".")
    # a decimal's whole part is always 二 (二点五万); only whole amounts take 两
    text = cardinal(int(whole or "0"), liang=liang and not frac)
    if liang and not frac and text == "二":
        text = "两"
    if frac:
        text += "点" + digits(frac)
    return ("负" if neg else "") + text


_UNIT_NAMES = tuple(_UNIT_WORDS.values())


def _amount(s: str, following: str) -> str:
    """A number read before ``following``: 两 only when it counts an amount."""
    first = following[:1]
    is_measure = first in _MEASURES or following.startswith(_UNIT_NAMES)
    return number(s, liang=is_measure and first not in _ORDER_WORDS)


# ---------------------------------------------------------------- rules


def _sub(pattern: str, repl: Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    rx = re.compile(pattern)
    return lambda text: rx.sub(repl, text)


def _phone(m: re.Match[str]) -> str:
    # an area code is followed by a short pause, as people say it: 零五七三，八五零八七幺七幺
    return "，".join(digits(part, phone=True) for part in m.group(0).split("-"))


def _phone_after_cue(m: re.Match[str]) -> str:
    numbers = re.sub(r"\d[\d-]*\d", _phone, m.group(2))
    return m.group(1) + numbers


def _year_list(m: re.Match[str]) -> str:
    text = re.sub(r"\s*[-~—至]\s*", "到", m.group(0))
    return re.sub(r"\d{4}", lambda y: digits(y.group(0)), text)


def _date(m: re.Match[str]) -> str:
    month, sep, day, unit = m.group(1), m.group(2), m.group(3), m.group(4)
    return f"{number(month)}{sep}{number(day)}{unit}"


def _month(m: re.Match[str]) -> str:
    return number(m.group(1)) + m.group(2)


def _temperature(m: re.Match[str]) -> str:
    def one(v: str) -> str:
        return ("零下" + number(v[1:])) if v.startswith("-") else number(v)

    low, high = m.group(1), m.group(2)
    if high is None:
        return one(low) + "摄氏度"
    return one(low) + "到" + one(high) + "摄氏度"


def _percent_range(m: re.Match[str]) -> str:
    return f"百分之{number(m.group(1))}到百分之{number(m.group(2))}"


def _percent(m: re.Match[str]) -> str:
    return ("千分之" if m.group(2) == "‰" else "百分之") + number(m.group(1))


def _range(m: re.Match[str]) -> str:
    low, joint, high, unit = m.group(1), m.group(2), m.group(3), m.group(4)
    words = _UNIT_WORDS.get(unit, unit)
    joint = joint if joint in ("到", "至") else "到"  # 1至10月 keeps its 至; 3-4级 is said 三到四级
    return f"{_amount(low, words)}{joint}{_amount(high, words)}{words}"


def _code(m: re.Match[str]) -> str:
    """Codes and serial numbers (CN33-0011, 31-128, 3301050012345): digit by digit, - as 杠."""
    return re.sub(r"\d+", lambda d: digits(d.group(0)), m.group(0)).replace("-", "杠")


def _with_unit(m: re.Match[str]) -> str:
    words = _UNIT_WORDS[m.group(2)]
    return _amount(m.group(1), words) + words


def _ordinal(m: re.Match[str]) -> str:
    return "第" + number(m.group(1))


def _house_number(m: re.Match[str]) -> str:
    n = m.group(1)
    return (number(n) if len(n) <= 3 else digits(n)) + m.group(2)


def _time(m: re.Match[str]) -> str:
    h, mi = int(m.group(1)), int(m.group(2))
    hour = "两" if h == 2 else cardinal(h)
    if mi == 0:
        return f"{hour}点"
    return f"{hour}点{'零' if mi < 10 else ''}{cardinal(mi)}分"


def _fraction(m: re.Match[str]) -> str:
    return f"{number(m.group(2))}分之{number(m.group(1))}"


def _generic(m: re.Match[str]) -> str:
    return _amount(m.group(1), m.group(2))


_LETTER_RUN = re.compile(r"(?<![A-Za-z])([A-Z]{2,4})(?![A-Za-z])")  # longer runs are words (NEWS stays)


def _spell(m: re.Match[str]) -> str:
    return " ".join(m.group(1))


_PHONE_CUE = r"(?:电话|热线|手机|传真|咨询|联系|号码|Tel|TEL|tel)"
# Short service numbers (110, 120, 12345, 96345) are dialled, so read digit by digit with 幺:
# right after 拨打/电话/热线, or right before 热线/专线; never after 联系 (联系了120多家企业).
_SERVICE_END = r"(?:(?=\s*(?:服务)?(?:热线|专线))|(?![\d.%\u4e00-\u9fff]))"


_CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d"


def _dialled(m: re.Match[str]) -> str:
    return m.group(1) + digits(m.group(2), phone=True)


def _iso_date(m: re.Match[str]) -> str:
    return f"{digits(m.group(1))}年{number(m.group(3))}月{number(m.group(4))}日"


# ---------------------------------------------------------------- classes read by their shape

_HAN_NUMERAL = "一二三四五六七八九十〇零两"
# A printed pointer to another page: for the eye only.  ``见`` / ``转`` / ``接`` / ``续`` then a page.
CROSS_REFERENCE = re.compile(
    rf"[（(][^（）()]{{0,12}}?(?:见|转|接|续)(?:至|到)?\s*(?:第\s*)?[A-Z]?\s*[\d{_HAN_NUMERAL}]+\s*版"
    r"[^（）()]{0,6}[）)]"
)

# Numbers you dial: emergency (110, 119, 120, 122…) and 5-digit service lines (12345, 95598…),
# before what they are for.  Anything else (120多家, 110人次) is a count.
_SERVICE_NUMBER = r"(?:11[0-9]|12[0-9]|999|12\d{3}|9[56]\d{3})"
_SERVICE_USE = (
    r"(?:报警|报案|急救|火警|求助|求救|救助|救援|指挥|接警|交通事故|电话|查询|投诉|举报|平台"
    r"|[\u4e00-\u9fff]{0,4}(?:热线|专线))"
)

# A score or a ratio beside a number pair with a colon; otherwise a two-digit minute is a time.
_RATIO_BEFORE = r"(?:比分|比例尺?|比率|比值|之比|配比)[为是:：]?\s*$"
_RATIO_AFTER = re.compile(
    r"\s*(?:的?比[例分率]|战胜|击败|胜出?|负于|获胜|取胜|告负|落败|惜败|险胜|大胜|力克|完胜|领先|落后|逆转|战平|打平)"
)


def _ratio(m: re.Match[str]) -> str:
    parts = re.split(r"[:：]", m.group(0))
    if len(parts) == 3 and all(len(p) == 2 and int(p) < 60 for p in parts[1:]):
        # a duration, h:mm:ss (a marathon's 2:05:30): 两小时零五分三十秒
        hours, minutes, seconds = (int(p) for p in parts)
        text = f"{number(parts[0], liang=True)}小时" if hours else ""
        text += f"{'零' if text and minutes < 10 else ''}{cardinal(minutes)}分" if minutes else ""
        return text + (f"{'零' if text and seconds < 10 else ''}{cardinal(seconds)}秒" if seconds else "")
    clock = len(parts) == 2 and re.fullmatch(r"(?:[01]?\d|2[0-3])", parts[0]) and len(parts[1]) == 2
    if clock and int(parts[1]) < 60:
        cued = re.search(_RATIO_BEFORE, m.string[: m.start()]) or _RATIO_AFTER.match(m.string, m.end())
        if not cued:
            return m.group(0)  # a clock time, read by the time rule
    return "比".join(number(p) for p in parts)


_CURRENCY_WORDS = {"¥": "元", "￥": "元", "$": "美元", "US$": "美元", "HK$": "港元", "€": "欧元", "£": "英镑"}
_CURRENCY_NAMES = "元|美元|欧元|英镑|港元|港币|日元"


def _money(m: re.Match[str]) -> str:
    sign, amount, multiple, named = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    currency = named or _CURRENCY_WORDS[sign]
    return _amount(amount, multiple + currency) + multiple + currency


# After these, digits joined to letters are an amount (GDP2000亿元), not a code.
_AMOUNT_AFTER = r"(?:\s*(?:万|亿|千|百|元|%|‰))"
# Groups of countries are counted, not coded: G20峰会 is G二十.
_COUNTED_GROUP = r"(?:峰会|集团|国集团|成员|领导人)"


def _is_page_label(m: re.Match[str]) -> bool:
    """A05版, B03: a printed page (one letter, one or two digits) before 版, with a leading zero,
    or alone at the head of the text (the page's own label, A12 郑州新闻)."""
    letters, number_, after = m.group(1), m.group(2), m.string[m.end() :]
    if len(letters) != 1 or len(number_) > 2:
        return False
    return (
        after.startswith(("版", "叠"))
        or number_.startswith("0")
        or (m.start() == 0 and after[:1] in ("", " "))
    )


def _letter_code(m: re.Match[str]) -> str:
    letters, number_ = m.group(1), m.group(2)
    if re.match(_COUNTED_GROUP, m.string[m.end() :]) or _is_page_label(m):
        return letters + number(number_)
    return letters + digits(number_)


_RULES: list[Callable[[str], str]] = [
    # a pointer to another page is not read: （相关报道见第3版）, （下转第2版）
    lambda text: CROSS_REFERENCE.sub("", text),
    # postcodes, digit by digit (with 一: nobody dials them)
    _sub(r"((?:邮编|邮政编码|邮码)[:：]?\s*)(\d{6})(?!\d)", lambda m: m.group(1) + digits(m.group(2))),
    # a numbered point opening a paragraph (1. / 2、) is read as a list item: 一、 not 一点
    _sub(r"^(\d{1,2})\s*[.、](?!\d)\s*", lambda m: number(m.group(1)) + "、"),
    # phone numbers first, before any digit is read as a quantity
    _sub(
        rf"({_PHONE_CUE}[^0-9\n]{{0,6}})((?:\d[\d-]{{5,}}\d)(?:[ 、/，,]+\d[\d-]{{5,}}\d)*)", _phone_after_cue
    ),
    _sub(r"(?<![\d.])0\d{2,3}-\d{7,8}(?![\d.])", _phone),
    _sub(r"(?<![\d.])1[3-9]\d{9}(?![\d.])", _phone),
    _sub(
        r"(?<![\d.])1[3-9]\d[ -]\d{4}[ -]\d{4}(?![\d.])",
        lambda m: digits(re.sub(r"[ -]", "", m[0]), phone=True),
    ),
    _sub(r"(?<![\d.,])\d{7,8}(?![\d.%]|[\u4e00-\u9fff])", _phone),
    _sub(r"(拨打[:：]?\s*)(\d{3,6}(?:[、/或和]\d{3,6})*)(?![\d.%])", _dialled),
    _sub(rf"((?:电话|热线)[:：]?\s*)(\d{{3,6}}){_SERVICE_END}", _dialled),
    _sub(r"(?<![\d.])\d{3,6}(?=\s*(?:服务)?(?:热线|专线))", lambda m: digits(m[0], phone=True)),
    _sub(rf"(?<![\d.-]){_SERVICE_NUMBER}(?={_SERVICE_USE})", lambda m: digits(m[0], phone=True)),
    # money: the amount, then the currency's name (¥200 → 二百元, ¥1.5亿 → 一点五亿元)
    _sub(
        rf"(US\$|HK\$|[¥￥$€£])\s*(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿|亿|万|千)?({_CURRENCY_NAMES})?",
        _money,
    ),
    # ISO-style dates (2020-11-11, 2020.11.11, 2020/11/11) read as the date they are
    _sub(
        r"(?<![\d.])((?:19|20)\d{2})([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d.])[日号]?",
        _iso_date,
    ),
    # generations: 80后 is 八零后, 00后 零零后
    _sub(r"(?<![\d.])([05-9]0)(?=后)", lambda m: digits(m.group(1))),
    # years, alone or in a list that ends in 年 (2018、2019、2020年)
    _sub(
        r"(?<![\d.])\d{4}(?:\s*[、,，和与及至到~\-—]\s*\d{4})*(?=\s*年(?!代|龄|级|纪|轻|薪|度?以上))",
        _year_list,
    ),
    _sub(r"(?<![\d.])\d{4}(?=\s*[、,，]\s*\d{4}.*?年)", _year_list),
    # dates and times
    _sub(r"(?<![\d.])(\d{1,2})(月)(\d{1,2})([日号])", _date),
    _sub(r"(?<![\d.])(1[0-2]|0?[1-9])(月)(?!份?[^\u4e00-\u9fff]?(?:\d))", _month),
    _sub(r"(?<![\d.])([12]?\d|3[01])([日号])(?=[\u4e00-\u9fff，,。、\s)）]|$)(?<!\d号)", _month),
    # a span of clock times: 15:00—17:00 → 十五点到十七点
    _sub(rf"(?<![\d.])({_CLOCK})\s*(?:-|~|—|–|至|到)+\s*(?={_CLOCK})", lambda m: m.group(1) + "到"),
    # scores and ratios (1:2, 3:1战胜, 比例尺1:500); a clock time is left to the next rule
    _sub(r"(?<![\d.:：])\d+(?:[:：]\d+)+(?![\d.:：])", _ratio),
    _sub(r"(?<![\d.])([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d])", _time),
    # temperatures, percentages, ranges and units
    _sub(rf"(-?{_NUM})\s*(?:(?:℃|°C|摄氏度)?\s*{_RANGE}\s*(-?{_NUM})\s*)?(?:℃|°C|摄氏度)", _temperature),
    # a minus sign (not a hyphen between numbers, codes or a range) is 负
    _sub(r"(?<![0-9A-Za-z.%‰)）\]])-(?=\d)", lambda m: "负"),
    _sub(rf"({_NUM})%\s*{_RANGE}\s*({_NUM})%", _percent_range),
    _sub(rf"({_NUM})\s*{_RANGE}\s*({_NUM})%", _percent_range),
    _sub(rf"({_NUM})\s*(%|‰)", _percent),
    _sub(rf"({_NUM})\s*({_RANGE})\s*({_NUM})({_UNIT_RE}(?![A-Za-z])|[\u4e00-\u9fff])", _range),
    _sub(rf"({_NUM})\s*({_UNIT_RE})(?![A-Za-z])", _with_unit),
    # codes: letters or a hyphen joined to digits, and long digit strings
    _sub(r"(?<![\d.])(?:[A-Z]{1,3}\d+(?:-\d+)+|\d+(?:-\d+)+|\d{9,})(?![\d.])", _code),
    _sub(rf"(?<![A-Za-z\d.])([A-Z]{{1,3}})(\d+)(?![\d.]|{_AMOUNT_AFTER})", _letter_code),
    # routes of three digits or more and numbered roads: 201路 → 二零一路, 01省道 → 零一省道
    _sub(
        r"(?<![A-Za-z\d.])(\d{3,}|0\d+)(?=路(?![段口面线边上旁费程])|国道|省道|县道)",
        lambda m: digits(m.group(1)),
    ),
    # ordinals, fractions, house numbers
    _sub(r"第\s*(\d+)", _ordinal),
    _sub(r"(?<![\d.])(\d+)/(\d+)(?![\d.])", _fraction),
    _sub(r"(?<=[路街道巷弄段村区])(\d+)(号)", _house_number),
    # everything else: thousands commas, decimals, whole numbers
    _sub(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.?)", lambda m: _generic(m) + m.group(2)),
    # Latin abbreviations spelled out
    lambda text: _LETTER_RUN.sub(_spell, text),
]


def normalize(text: str) -> str:
    """The text as it should be read aloud (pure; idempotent on its own output)."""
    text = DECORATIVE.sub("", text.translate(_FULLWIDTH))
    for rule in _RULES:
        text = rule(text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
