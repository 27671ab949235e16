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
