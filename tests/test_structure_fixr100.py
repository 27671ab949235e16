"""Failure classes round 100 showed on a 便民服务 page (issue 10, r100): a town's forecast printed as
rows of days (日期（星期）　sky　readings　wind), signed by its forecaster, read as a listing's service
box; and classified entries whole on one line, a bracketed heading over offers set as short fields
a wide space apart, its phone the last field (【某某开锁】　开锁换锁　…　电话：…), read as briefs.
Snippets written for these tests in the style of city papers (invented names, places and
figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Weather
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


# ------------------------------------------- classified entries of offers set as fields over a phone

_OFFER_FIELD_ENTRIES = """寻物启事
　　本人于3月5日在青溪公园遗失黑色钱包一个，内有身份证等证件，请拾到者与我联系，必有酬谢。

【安达开锁】　开锁换锁　汽车开锁　保险柜　电话：13857201×××
【好帮手保洁】　家庭保洁　玻璃清洗　油烟机清洗　电话：0571-8823×××

青溪游泳馆春季招生
少儿班　成人班　随到随学
地址：青溪市湖滨路28号
"""


def test_a_bracketed_entry_of_offers_over_its_phone_is_an_ad_of_one_line() -> None:
    items = read_items(_OFFER_FIELD_ENTRIES)
    ads = [(it.source.first, it.source.last) for it in items if isinstance(it, Advertisement)]
    assert (4, 4) in ads and (5, 5) in ads
    assert not any(isinstance(it, Article) and it.source.first in (4, 5) for it in items)
