"""Head lines read the wrong way (kicker / headline / deck), fixer ``fixhead61``: shapes counted over
every round's gold (rounds 33, 45, 53 and 56 showed them).  Snippets written for these tests
(invented papers, places, names and figures, no blind page's); each class is a shape that holds on
any paper, not one page's words:

- a head line cut after an event's edition (某市第九届中学生 / 篮球联赛落幕): an edition counts an
  event, whose kind is on the next line: one headline wrapped;
- a line of 把 and its object alone (把一门手艺 / 教给三百个孩子): the verb that acts on it is on the
  next line, no line ends there;
- a noun phrase alone over what became of it, put into use (…两座新建公园 / 国庆前投入使用): its
  predicate, one headline;
- a short line ending on 持续 (降雨天气持续, 客流高峰持续) ends its clause there: the kicker over the
  headline, not one headline wrapped;
- a name quoted whole, no verb in it, over a line no longer that says what it does (“楼长+志愿者” /
  结对照护空巢老人): one headline (a line of 让… under it is the headline, the name its kicker).
"""

from __future__ import annotations

import pytest

from tests.nothing_lost import first_article

_TOP = """清河日报
2026年9月8日　星期二
第5版
综合

"""

_BYLINE_BODY = """本报记者　吴　晨
    本报讯　记者7日从有关部门获悉，相关工作已于近日全面展开，
各项任务按计划推进。
    下一步，有关部门将加强调度，确保工作落地见效。
"""


def test_an_edition_cut_before_its_event_kind_is_one_headline() -> None:
    article = first_article(_TOP + "清河市第九届中学生\n篮球联赛开幕\n" + _BYLINE_BODY)
    assert article.headline == "清河市第九届中学生篮球联赛开幕"
    assert not article.kicker
    assert not article.subheadline


def test_an_edition_whose_event_is_named_stays_a_line_of_its_own() -> None:
    # 第九届运动会 names the event whole: the line under it is the news, not its kind
    article = first_article(_TOP + "市第九届运动会\n田径赛场多项纪录被刷新\n" + _BYLINE_BODY)
    assert article.kicker == "市第九届运动会"
    assert article.headline == "田径赛场多项纪录被刷新"


def test_ba_and_its_object_alone_wait_for_the_verb() -> None:
    article = first_article(_TOP + "乡村剪纸艺人——\n把一门手艺\n教给三百个孩子\n" + _BYLINE_BODY)
    assert article.kicker == "乡村剪纸艺人"
    assert article.headline == "把一门手艺教给三百个孩子"
    assert not article.subheadline


def test_ba_with_its_verb_over_a_place_is_the_kicker() -> None:
    # 把书桌搬到田埂上 holds its verb; the line under it names its own school: the headline
    article = first_article(_TOP + "把书桌搬到田埂上\n清河县二中开展“研学+农耕”实践活动\n" + _BYLINE_BODY)
    assert article.kicker == "把书桌搬到田埂上"
    assert article.headline == "清河县二中开展“研学+农耕”实践活动"


def test_a_noun_phrase_over_its_putting_into_use_is_one_headline() -> None:
    article = first_article(_TOP + "城区速览\n东湖片区两座新建公园\n国庆前投入使用\n" + _BYLINE_BODY)
    assert article.kicker == "城区速览"
    assert article.headline == "东湖片区两座新建公园国庆前投入使用"
    assert not article.subheadline


@pytest.mark.parametrize(
    ("lead", "news"),
    [
        ("降雨天气持续", "谨防城区道路积水“拦路”"),
        ("节后客流高峰持续", "铁路部门加开夜间列车"),
    ],
)
def test_a_line_ending_on_chixu_is_a_clause_of_its_own(lead: str, news: str) -> None:
    article = first_article(_TOP + f"{lead}\n{news}\n——部门提醒：出行前请关注实时路况信息\n" + _BYLINE_BODY)
    assert article.kicker == lead
    assert article.headline == news
    assert article.subheadline == "——部门提醒：出行前请关注实时路况信息"


def test_a_quoted_name_over_what_it_does_is_one_headline() -> None:
    # under the kicker, a name quoted whole (no verb in it) over a line no longer that says what it
    # does: the subject and its predicate
    article = first_article(_TOP + "东林区\n“楼长+志愿者”\n结对照护空巢老人\n" + _BYLINE_BODY)
    assert article.kicker == "东林区"
    assert article.headline == "“楼长+志愿者”结对照护空巢老人"
    assert not article.subheadline


def test_a_quoted_name_over_a_line_of_rang_is_the_kicker() -> None:
    # 让… says what the news lets people do: the headline under the quoted name
    article = first_article(_TOP + "“十分钟便民服务圈”\n让居民出门就能办事\n" + _BYLINE_BODY)
    assert article.kicker == "“十分钟便民服务圈”"
    assert article.headline == "让居民出门就能办事"
