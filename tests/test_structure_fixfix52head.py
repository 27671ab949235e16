"""Failure classes rounds 10, 11, 27 and 55 showed in heads printed over two lines (issue 10),
fixer ``fix52head``.  Snippets written for these tests (invented papers, places, names and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words:

- a quotation printed whole under the line that tells the news: the speaker's words are the
  headline, the news line over them its kicker (a deck explains in the paper's own voice);
- a short line that names an event and its year (2026年某地中考), no figure of its own, over the
  line that tells what came of it: the kicker over the headline (a year dates, it measures nothing);
- a line opening on an average (日均…, 人均…) under a whole headline: its deck, a measure of the
  subject above, not a subject of its own;
- one headline wrapped where the event verb's object begins with its year and ends on a campaign
  (…启动2026年 / “某某”专项行动), or where a place's surroundings end the line (“某某站”周边 /
  公交线网…): the noun they wait for is on the next line.
"""

from __future__ import annotations

import pytest

from tests.nothing_lost import first_article

_TOP = """青溪日报
2026年6月12日　星期五
第3版
综合

"""

_BYLINE_BODY = """本报记者　周　明
    本报讯　记者11日从市有关部门获悉，相关工作已于近日全面展开，
各项任务按计划推进。
    下一步，有关部门将加强调度，确保工作落地见效。
"""

_BODY = """    本报讯　记者11日从市有关部门获悉，相关工作已于近日全面展开，
各项任务按计划推进。
    下一步，有关部门将加强调度，确保工作落地见效。
"""


@pytest.mark.parametrize(
    ("news", "quotation"),
    [
        ("退休教师林秋生回村开办“乡史讲堂”", "“要让娃娃们记得，这片土地是怎么变富的”"),
        ("非遗传承人走进校园教剪纸", "“一把剪刀，也能剪出大世界”"),
    ],
)
def test_a_quotation_under_the_news_is_the_headline(news: str, quotation: str) -> None:
    article = first_article(_TOP + f"{news}\n{quotation}\n" + _BYLINE_BODY)
    assert article.kicker == news
    assert article.headline == quotation
    assert not article.subheadline


@pytest.mark.parametrize(
    ("topic", "news"),
    [
        ("2026年青溪中考", "各区招生计划及录取分数线公布"),
        ("2026年全市高考", "考点安排出炉"),
    ],
)
def test_a_dated_event_over_its_news_is_the_kicker(topic: str, news: str) -> None:
    article = first_article(_TOP + f"{topic}\n{news}\n" + _BYLINE_BODY)
    assert article.kicker == topic
    assert article.headline == news
    assert not article.subheadline


def test_an_average_under_a_whole_headline_is_its_deck() -> None:
    article = first_article(
        _TOP + "“端午”假期铁路客运量创新高\n日均开行列车3200列　跨省客流同比增长18%\n" + _BYLINE_BODY
    )
    assert not article.kicker
    assert article.headline == "“端午”假期铁路客运量创新高"
    # (the wide space between its two phrases is print, set as nothing between Chinese)
    assert article.subheadline == "日均开行列车3200列跨省客流同比增长18%"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("我县启动2026年", "“码上办”服务提质专项行动"),
        ("我市开展2026年", "“护苗”联合执法行动"),
        ("“高铁新城站”周边", "停车泊位扩容改造"),
        ("青溪大道沿线", "路灯照明全面升级"),
    ],
)
def test_one_headline_wrapped_before_the_noun_it_waits_for(first: str, second: str) -> None:
    article = first_article(_TOP + f"{first}\n{second}\n" + _BODY)
    assert article.headline == first + second
    assert not article.kicker
    assert not article.subheadline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("青溪高新区智能制造园", "首批企业投产"),
        ("南岭村“共享厨房”", "香飘邻里间"),
        ("让“老街区”的烟火气", "再浓一些"),
    ],
)
def test_a_phrase_over_a_remainder_is_one_headline_whatever_is_under_it(first: str, second: str) -> None:
    # a head line no longer than a phrase, set solid over a remainder of a few characters, is one
    # headline wrapped even with the byline set solid under it (no deck says so little)
    article = first_article(_TOP + f"{first}\n{second}\n" + _BYLINE_BODY)
    assert article.headline == first + second
    assert not article.kicker
    assert not article.subheadline


def test_a_dash_closing_the_phrase_still_leads_into_the_headline() -> None:
    article = first_article(_TOP + "山村小学的音乐老师——\n把歌声带进大山\n" + _BYLINE_BODY)
    assert article.kicker == "山村小学的音乐老师"
    assert article.headline == "把歌声带进大山"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("青溪茶产业入选全国", "农业产业强镇建设名单"),
        ("南岭村获评省级", "乡村旅游重点村称号"),
    ],
)
def test_the_list_a_thing_entered_runs_onto_the_next_line(first: str, second: str) -> None:
    article = first_article(_TOP + f"{first}\n{second}\n" + _BODY)
    assert article.headline == first + second
    assert not article.kicker
    assert not article.subheadline


@pytest.mark.parametrize(
    ("topic", "point"),
    [
        ("南岭镇开出一片共享菜园", "让老人在家门口种菜"),
        ("青溪街道建起“暖心驿站”", "让户外劳动者有个歇脚处"),
    ],
)
def test_a_line_of_what_the_news_lets_people_do_is_the_headline(topic: str, point: str) -> None:
    article = first_article(_TOP + f"{topic}\n{point}\n" + _BYLINE_BODY)
    assert article.kicker == topic
    assert article.headline == point
    assert not article.subheadline
