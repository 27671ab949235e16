"""Failure classes blind round14 showed in the masthead (issue 10): the furniture of papers the
known list does not hold, read from its shape and place.  A Chinese name and its English or
pinyin title on one line, a supplement's name line, the issue's number beside the name, the date
with the desk's credits run on, the page's number and its section repeated lower down, the paper
naming itself as publisher at the foot.  Snippets written for these tests in the style of city
papers (invented papers, names and figures); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.reader import parse_page
from publisher.reader.masthead import parse_masthead_line
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout


def _fields(text: str) -> tuple[str | None, ...]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.warnings == ()
    m = parsed.masthead
    return (m.newspaper, m.newspaper_en, m.date, m.page_label, m.section)


# ------------------------------------------------ a paper's name and its English title on one line

_NAME_AND_TITLE = """司法　　　　　　　　　　　　　　　　　　9
临江日报　LINJIANG DAILY　　2025年11月6日　星期四
责任编辑：吴晓波　　版式：严　青

以案释法
网购“特价机票”背后的退款骗局
本报记者　范　琳
本报讯 近日，临江市民周先生在网上购买特价机票后接到“退款”电话，被骗走两万余元。
"""


def test_a_name_and_its_english_title_on_one_line_name_the_paper() -> None:
    assert _fields(_NAME_AND_TITLE) == ("临江日报", "LINJIANG DAILY", "2025-11-06", "9", "司法")
    (story,) = parse_page(_NAME_AND_TITLE).items
    assert (story.type, story.source.first) == ("article", 5)


def test_the_pinyin_title_beside_the_name_is_one_part() -> None:
    m = parse_masthead_line("青川晚报　QINGCHUAN WANBAO", top=True)
    assert m is not None and (m.newspaper, m.newspaper_en) == ("青川晚报", "QINGCHUAN WANBAO")
    # a label with figures (B07) never joins the title
    m = parse_masthead_line("青川晚报 QINGCHUAN DAILY B07", top=True)
    assert m is not None and (m.newspaper_en, m.page_label) == ("QINGCHUAN DAILY", "B07")


# ------------------------------------- the page's number first, the paper named on the desk's line

_NUMBER_FIRST = """6　城市新闻　　　　　　　　　　　　　2025年11月20日　星期四
责任编辑 吕 方　　美术编辑 章立新　　临江日报

老旧小区加装电梯再提速
本报记者　齐　悦
本报讯 今年以来，全市老旧小区新增加装电梯86部，惠及居民四千余户。

城市新闻　2025年11月20日　星期四
简讯
◆城东新增2处口袋公园
日前，城东区新建的2处口袋公园对外开放。
"""


def test_a_page_number_first_and_the_paper_on_the_desk_line_are_masthead() -> None:
    assert _fields(_NUMBER_FIRST) == ("临江日报", None, "2025-11-20", "6", "城市新闻")
    items = parse_page(_NUMBER_FIRST).items
    assert _layout(items) == [("article", 4, 6), ("article", 9, 11)]
    # the section and date printed again over the column are furniture, not the brief's kicker
    assert parse_page(_NUMBER_FIRST).masthead.lines == (1, 2, 8)
    brief = items[1]
    assert isinstance(brief, Article) and brief.kicker == "简讯"


# ------------------------------------------- a supplement's name line, the date with the desk run on

_SUPPLEMENT = """北　岸
临江日报副刊　　　　　　　　　　　　　　　　第6版
2025年12月7日　星期日　　责任编辑：沈　雁　　电子信箱：ljbeian@example.com

江边的旧渡口
文/程　栋
小时候，江边的渡口是镇上最热闹的地方。天还没亮，摆渡的船就响起了橹声。
"""


def test_a_supplements_name_line_names_the_paper_and_its_page() -> None:
    assert _fields(_SUPPLEMENT) == ("临江日报", None, "2025-12-07", "第6版", "北岸")
    parsed = parse_page(_SUPPLEMENT)
    assert parsed.masthead.imprint == ("临江日报副刊", "责任编辑：沈 雁 电子信箱：ljbeian@example.com")
    (story,) = parsed.items
    assert (story.type, story.source.first) == ("article", 5)


def test_a_spaced_word_is_a_section_only_at_the_top() -> None:
    assert parse_masthead_line("北　岸") is None
    assert parse_masthead_line("北　岸", top=True) == parse_masthead_line("北岸", top=True)


# --------------------------------------------------------- the issue's number beside the paper's name

_ISSUE_BESIDE_NAME = """青川晚报　　第10234期　　今日12版
B3　文体新闻
2025.11.20　星期四
编辑：万　里　　美编：陶　然

全民健身季落幕
本报讯 11月18日，为期两个月的青川市全民健身季在市体育中心闭幕。
"""


def test_the_issue_number_beside_the_name_is_imprint() -> None:
    assert _fields(_ISSUE_BESIDE_NAME) == ("青川晚报", None, "2025-11-20", "B3", "文体新闻")
    parsed = parse_page(_ISSUE_BESIDE_NAME)
    assert parsed.masthead.imprint[:2] == ("第10234期", "今日12版")
    (story,) = parsed.items
    assert (story.type, story.source.first) == ("article", 6)


def test_the_issue_number_alone_stays_publication_data() -> None:
    assert parse_masthead_line("第10234期　今日12版") is None


# --------------------------------------------- the page's number repeated, the publisher at the foot

_FOOT = """青川晚报
2025年11月20日　星期四
A8　生活

冬季供暖今起试运行
本报讯 记者从市热力公司获悉，今年冬季供暖今起开始试运行，请市民注意检查家中管道。

A8

分类广告
刊登热线：0839-5551234
地址：青川市滨江路88号青川晚报社一楼

青川晚报社　地址：青川市滨江路88号　邮编：628000　新闻热线：0839-5550000
"""


def test_the_page_number_repeated_and_the_publisher_at_the_foot_are_furniture() -> None:
    parsed = parse_page(_FOOT)
    assert_nothing_lost(_FOOT, parsed)
    assert parsed.masthead.lines == (1, 2, 3, 8, 14)
    items = parsed.items
    assert _layout(items) == [("article", 5, 6), ("advertisement", 10, 12)]
    # the ad's address names the paper's building, not the publisher: it stays in the ad
    assert isinstance(items[1], Advertisement)


def test_a_bare_number_that_is_not_the_pages_stays_text() -> None:
    text = _FOOT.replace("\nA8\n\n分类", "\n12\n\n分类")
    labels = [(i.type, i.source.first) for i in _items(text)]
    assert ("article", 5) in labels and 8 not in parse_page(text).masthead.lines


# --------------------------------------------- an English title in title case, a name read as a word

_TITLE_CASE = """Qinghe Daily
清河日报
2025年12月1日　星期一
第5版：要闻

全市冬季供暖今日启动
本报讯 昨天，记者从市热力公司获悉，全市冬季供暖今日正式启动。
"""


def test_an_english_title_in_title_case_opens_the_masthead() -> None:
    assert _fields(_TITLE_CASE) == ("清河日报", "Qinghe Daily", "2025-12-01", "第5版", "要闻")
    # a line of English that names no kind of paper is not a title
    assert parse_masthead_line("Winter Light", top=True) is None


_WORD_NAME = """新汇报
XINHUI DAILY
2025年12月3日 星期三
7
文化

冬夜书声
本报讯 连日来，市图书馆的冬夜读书会场场满座。
"""


def test_a_name_that_reads_as_a_word_is_the_paper_beside_its_english_title() -> None:
    assert _fields(_WORD_NAME) == ("新汇报", "XINHUI DAILY", "2025-12-03", "7", "文化")
