"""Failure classes blind rounds 15-27 showed in the masthead and in two-line heads (issue 10).

County papers whose name holds no word for a paper (今日 and the county's name), read from where
they stand: beside their English or pinyin title, or among the page's own words at the top; a
page's name joined by a dot is never the paper's; the page's number and name on a line with the
paper's web address; a weekly section's day of publication beside its name.  Snippets written for
these tests in the style of county papers (invented papers, names and figures).
"""

from __future__ import annotations

from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost


def _fields(text: str) -> tuple[str | None, ...]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    m = parsed.masthead
    return (m.newspaper, m.date, m.page_label, m.section)


_STORY = """
枫林村千亩茶园开采
本报讯（记者　周　敏）　3月18日，枫林村千亩茶园迎来开采，采茶工人穿梭在茶垄间，一派忙碌。
"""

# ------------------------------------------------------ 今日 and the county's name, no 报 in it


def test_a_county_paper_named_today_under_the_page_word() -> None:
    page = "05\n乡　镇\n今日溪川\n2026年3月19日　星期四\n编辑：孙　婷　校对：钱　宇\n" + _STORY
    assert _fields(page) == ("今日溪川", "2026-03-19", "05", "乡镇")


def test_a_county_paper_named_today_over_the_page_word() -> None:
    page = "6\n2026年3月19日　星期四\n今日溪川\n理论\n" + _STORY
    assert _fields(page) == ("今日溪川", "2026-03-19", "6", "理论")


def test_a_county_paper_named_today_on_the_date_line() -> None:
    page = "第2版\n综合\n今日溪川　2026年3月19日　星期四\n" + _STORY
    assert _fields(page) == ("今日溪川", "2026-03-19", "第2版", "综合")


def test_a_page_word_joined_by_a_dot_is_never_the_paper() -> None:
    page = "今日溪川　　2026年3月19日　星期四　　第6版　　平安·法治\n责任编辑　孙　婷\n" + _STORY
    assert _fields(page) == ("今日溪川", "2026-03-19", "第6版", "平安·法治")


def test_the_name_over_its_pinyin_title_is_the_paper() -> None:
    page = "今日溪川\nJINRI XICHUAN\n第3版　　农事\n2026年3月19日　星期四\n" + _STORY
    assert _fields(page) == ("今日溪川", "2026-03-19", "第3版", "农事")
    # (any name set with its title, 今日 or not)
    page = "溪川风　XICHUAN FENG\n03　人物\n2026年3月19日　星期四\n" + _STORY
    assert _fields(page) == ("溪川风", "2026-03-19", "03", "人物")


# ------------------------------------------------------ publication data beside the page's words


def test_the_page_line_with_the_papers_web_address() -> None:
    page = "溪川日报\n2026年3月19日　星期四\n第7版　山海·访谈　　溪川网　www.xichuan.cn\n" + _STORY
    assert _fields(page) == ("溪川日报", "2026-03-19", "第7版", "山海·访谈")


def test_a_weekly_sections_day_beside_its_name() -> None:
    page = "8\nXICHUAN DAILY　溪川日报\n旅游　·　周四出版\n2026年3月19日　星期四\n" + _STORY
    assert _fields(page) == ("溪川日报", "2026-03-19", "8", "旅游")


# ------------------------------------------------------ two head blocks with no mark between them

_HEAD_PAGE = """6
经济
溪川日报　2026年3月19日　星期四

{upper}
{lower}
本报记者　周　敏
　　本报讯 今年以来，溪川县一手抓传统产业改造，一手抓新兴产业培育，全县经济运行稳中向好。
"""


def _head(upper: str, lower: str) -> tuple[str | None, str, str | None]:
    page = _HEAD_PAGE.format(upper=upper, lower=lower)
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (story,) = parsed.items
    assert story.type == "article"
    return (story.kicker, story.headline, story.subheadline)


def test_the_point_under_a_line_of_news_is_the_headline() -> None:
    # quoted words, no figure: the point the story makes, under the news as its kicker
    assert _head("前两个月全县规上工业产值增长9.3%", "“溪川制造”底气更足") == (
        "前两个月全县规上工业产值增长9.3%",
        "“溪川制造”底气更足",
        None,
    )
    # two phrases set apart by a space
    assert _head("县农业农村局部署春耕备耕工作", "农资储备充足　田间管理跟进") == (
        "县农业农村局部署春耕备耕工作",
        "农资储备充足田间管理跟进",
        None,
    )


def test_a_deck_tells_more_of_the_news() -> None:
    # its figures, in digits or a round count
    assert _head("溪川县“共享菜园”开进社区", "首批“认领”菜地320块") == (
        None,
        "溪川县“共享菜园”开进社区",
        "首批“认领”菜地320块",
    )
    assert _head("第三届“溪川茶会”下周开幕", "百余家茶企将带来“春茶新品”") == (
        None,
        "第三届“溪川茶会”下周开幕",
        "百余家茶企将带来“春茶新品”",
    )
    # who says what, or what the reader should do
    assert _head("春季雷雨天气增多谨防山洪", "气象专家：“雨前转移”最要紧")[0] is None
    assert _head("春季雷雨天气增多谨防山洪", "记住“三不要”口诀")[0] is None


def test_two_lines_near_in_weight_stay_headline_and_deck() -> None:
    # a line of news over a line a little longer that goes on with it: headline and deck
    assert _head("溪川一农家院子失火", "村民接力扑救无人受伤") == (
        None,
        "溪川一农家院子失火",
        "村民接力扑救无人受伤",
    )
    # a clause of nine characters is no column's label, whatever follows
    assert _head("醉驾闯红灯还撞护栏", "司机被依法拘留") == (None, "醉驾闯红灯还撞护栏", "司机被依法拘留")
    # a label over a title is the kicker still, a hotline's number among its phrases too
    assert _head("山居笔记", "溪边晒秋") == ("山居笔记", "溪边晒秋", None)
    assert _head("12345·回音", "小区车库积水 何时排干？")[0] == "12345·回音"
