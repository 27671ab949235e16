"""Failure classes round 100 showed on a 便民服务 page (issue 10, r100): a town's forecast printed as
rows of days (日期（星期）　sky　readings　wind), signed by its forecaster, read as a listing's service
box.  Snippets written for these tests in the style of city papers (invented names, places and
figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Weather
from tests.nothing_lost import read_items

# ------------------------------------------- a forecast's day rows signed by its forecaster

_DAY_ROWS_FORECAST = """青溪天气
3月8日（星期日）　多云转晴　4℃～15℃　东南风2级
3月9日（星期一）　小雨　　　6℃～11℃　　北风3级
3月10日（星期二）　阴　　　　5℃～13℃　　西风2～3级
青溪市气象台3月8日6时发布

南湖公园樱花进入盛花期
　　本报讯　连日来，南湖公园200余株樱花次第开放，吸引不少市民前来观赏。
"""


def test_day_rows_signed_by_a_forecaster_are_a_weather_box() -> None:
    items = read_items(_DAY_ROWS_FORECAST)
    weather = next(it for it in items if isinstance(it, Weather))
    assert (weather.source.first, weather.source.last) == (1, 5)
    story = next(it for it in items if isinstance(it, Article))
    assert story.headline == "南湖公园樱花进入盛花期"
