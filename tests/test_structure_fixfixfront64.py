"""Failure classes rounds 58-67 showed on front pages and county papers' town pages (issue 10),
fixer ``fixfront64``: the lunar date and the issue's number on a line of their own under the
date, over the page's number and its section each alone on a line; a county paper named 今日 and
a place of three characters alone on the page's first line; a county paper's own dateline 本讯.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Weather
from publisher.reader import parse_page
from tests.nothing_lost import first_article, read_items

# --------------------------------------- the lunar date and the issue's number under the date

_LUNAR_LINE_FRONT = """青川日报
QINGCHUAN DAILY
中共青川县委主管主办　　今日8版
2026年9月9日　星期三
农历丙午年七月廿八　　第6031期
1
要闻

青川天气
今天：晴转多云，东南风2到3级，21℃～30℃
明天：多云，南风3级，22℃～31℃
青川县气象台9月8日17时发布

我县秋季农产品展销会开幕
本报记者　马　骏
　　9月8日，我县秋季农产品展销会在县会展中心开幕，
120余家合作社带来核桃、板栗、茶叶等特色产品。
"""


def test_a_lunar_date_beside_the_issue_number_is_the_masthead_over_the_page_number() -> None:
    parsed = parse_page(_LUNAR_LINE_FRONT)
    read_items(_LUNAR_LINE_FRONT)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("青川日报", "2026-09-09", "1", "要闻")
    (weather,) = [x for x in parsed.items if isinstance(x, Weather)]
    assert weather.source.first == 9
    (story,) = [x for x in parsed.items if isinstance(x, Article)]
    assert story.headline == "我县秋季农产品展销会开幕"


def test_a_lunar_date_alone_under_the_date_is_the_masthead_too() -> None:
    text = _LUNAR_LINE_FRONT.replace("农历丙午年七月廿八　　第6031期", "农历丙午年七月廿八")
    read_items(text)
    m = parse_page(text).masthead
    assert (m.page_label, m.section) == ("1", "要闻")


# --------------------------------------- 今日 and a place of three characters, the paper's name

_TODAY_PAPER_TOWN_PAGE = """今日云雾山
2026年6月3日　星期三
第2版　镇村新闻
责任编辑：丁　宁　　校对：方　圆

石桥镇新修机耕路8公里
记者　孔　岚
　　本报讯　入夏以来，石桥镇投入资金160万元，新修
机耕路8公里，方便农机下田作业。
"""


def test_a_paper_named_today_and_a_place_of_three_characters_heads_the_page() -> None:
    parsed = parse_page(_TODAY_PAPER_TOWN_PAGE)
    read_items(_TODAY_PAPER_TOWN_PAGE)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("今日云雾山", "2026-06-03", "第2版", "镇村新闻")
    (story,) = [x for x in parsed.items if isinstance(x, Article)]
    assert story.headline == "石桥镇新修机耕路8公里"


# --------------------------------------- 本讯: a county paper's own dateline

_COUNTY_DATELINE = """县政协召开常委会议
　　本讯（记者　方　舟）9月2日，县政协召开常委会议，
协商讨论全县农村供水保障工作。
　　会议要求，要加快推进城乡供水一体化，让群众
喝上放心水。
"""


def test_the_county_papers_dateline_opens_the_story_with_its_credit() -> None:
    story = first_article(_COUNTY_DATELINE)
    assert story.headline == "县政协召开常委会议"
    assert story.dateline == "本讯"
    assert story.byline is not None and story.byline.reporters == ("方舟",)
    assert story.paragraphs[0].startswith("9月2日")


def test_the_county_papers_dateline_set_off_by_a_space() -> None:
    text = _COUNTY_DATELINE.replace("本讯（记者　方　舟）", "本讯　")
    story = first_article(text)
    assert story.dateline == "本讯"
    assert story.paragraphs[0].startswith("9月2日")
