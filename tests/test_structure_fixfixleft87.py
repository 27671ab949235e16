"""Failure classes rounds 82-87 showed (issue 10, fixleft87): a forecast's heading over its
sentences and the agencies that issued it jointly.  Snippets written for these tests (invented
places, dates and agencies); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Weather
from tests.nothing_lost import read_items

# ------------------------------------------- a forecast told in sentences, issued jointly under it

_JOINT_FORECAST = """城区道路改造进入收尾阶段
本报记者　陈　立
    本报讯　记者从市住建局获悉，城区主干道改造工程已完成九成，
预计下月全线通车。

青江上游天气预报
7月2日—4日，青江上游大部地区有一次明显降雨过程，
其中北部山区局部有大雨到暴雨。
青江水文局　青江流域气象中心　联合发布
"""


def test_a_forecast_heading_over_sentences_issued_jointly_is_a_weather_box() -> None:
    items = read_items(_JOINT_FORECAST)
    assert isinstance(items[0], Article)
    box = items[-1]
    assert isinstance(box, Weather)
    assert (box.source.first, box.source.last) == (6, 9)
    assert box.text.endswith("联合发布")


_HEADLINE_ON_WEATHER = """青江上游天气预报
7月2日，记者走进青江上游的水文站，看预报员如何一天天把数据整理成稿。
    “每一份预报都要经得起检验。”站长说。
"""


def test_a_weather_headline_over_a_story_stays_an_article() -> None:
    items = read_items(_HEADLINE_ON_WEATHER)
    assert not any(isinstance(it, Weather) for it in items)


# ------------------------------------------- a label's profiles signed at their foot, set apart

_UNIT_PROFILES = """党建园地
机修车间维修班党支部：“一线”练就“一流”
    机修车间维修班党支部现有党员15名，负责全厂设备的
日常检修。支部推行“党员责任区”，把难题交给党员
攻关，今年已完成技术革新8项。
（通讯员　周　平）

仓储中心配送党支部：“绿色通道”保供应
    仓储中心配送党支部以“绿色通道”为品牌，党员带头
承担节假日配送任务，上半年准时送达率达99%。
（通讯员　吴　丹）
"""


def test_a_labels_profile_signed_at_its_foot_and_set_apart_keeps_the_label() -> None:
    items = read_items(_UNIT_PROFILES)
    assert len(items) == 2
    assert all(isinstance(it, Article) and it.kicker == "党建园地" for it in items)


_STORY_APART = """党建园地
机修车间维修班党支部：“一线”练就“一流”
    机修车间维修班党支部现有党员15名，负责全厂设备的
日常检修，今年已完成技术革新8项。
（通讯员　周　平）

仓储中心配送党支部：“绿色通道”保供应
本报记者　吴　丹
    仓储中心配送党支部以“绿色通道”为品牌，党员带头
承担节假日配送任务，上半年准时送达率达99%。
"""


def test_a_piece_signed_under_its_head_and_set_apart_is_a_story_of_its_own() -> None:
    items = read_items(_STORY_APART)
    second = items[-1]
    assert isinstance(second, Article) and second.kicker != "党建园地"
