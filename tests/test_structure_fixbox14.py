"""Failure classes blind round14 showed in the boxes (issue 10): forecasts, photos, notices and ads.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

import pytest

from publisher.model import Weather
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ a forecast headed by who issued it, no title

_ISSUER_LED = """秋田区启用冬季应急避寒点
本报讯　区民政局昨天发布消息，全区设立避寒点12处，夜间免费开放。

{lead}桐州市气象台11月20日16时发布
21日白天　多云　东北风2到3级　最高气温6℃
21日夜间　阴　北风2级　最低气温-3℃
22日白天　小雪转阴　北风3级　最高气温2℃
{tail}
"""


@pytest.mark.parametrize(
    ("lead", "tail"),
    [
        ("", "提示：路面湿滑，出行请注意安全。"),
        ("\f", "空气质量：轻度污染\n温馨提示：昼夜温差大，请及时添衣。"),
    ],
)
def test_a_forecast_headed_only_by_its_issuer_is_weather(lead: str, tail: str) -> None:
    """No title over the days: the line saying who issued the forecast heads the box (a form feed
    before it is no text), and the advice set solid under the days closes it."""
    text = _ISSUER_LED.format(lead=lead, tail=tail)
    items = _items(text)
    last = 8 + tail.count("\n")
    assert _layout(items) == [("article", 1, 2), ("weather", 4, last)]
    weather = items[1]
    assert isinstance(weather, Weather)
    assert weather.text.startswith("桐州市气象台11月20日16时发布：21日白天，多云")
    assert weather.text.endswith(tail.split("\n")[-1].split("：", 1)[1])
