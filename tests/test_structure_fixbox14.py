"""Failure classes blind round14 showed in the boxes (issue 10): forecasts, photos, notices and ads.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Byline, Notice, Photo, Weather
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
    assert weather.text.startswith("桐州市气象台11月20日16时发布\n21日白天 多云")
    assert weather.text.endswith(tail.split("\n")[-1].split("：", 1)[1])


# ------------------------------------------------ numbered pictures under a story, each credited

_NUMBERED_PHOTOS = """渔港新添智能冷库
本报讯（记者　林　帆）12月上旬，霞浦县三沙渔港智能冷库投用，库容达2万吨。
冷库采用光伏供电，每年可节约电费约80万元。

①三沙渔港码头上，渔民在分拣刚上岸的带鱼。　本报记者　方　舟　摄
②冷库内，工作人员查看温控系统。　通讯员　周　敏　摄

山区小学用上“云课堂”
本报讯（通讯员　何　兰）日前，寿宁县12所山区小学接入“云课堂”平台。
"""


def test_numbered_captions_each_closed_by_its_credit_are_photos() -> None:
    """①… 本报记者 X 摄 / ②… 通讯员 Y 摄 set apart under a story: each line is a picture of its
    own, its caption and credit on one line, not the story's last paragraphs."""
    items = _items(_NUMBERED_PHOTOS)
    assert _layout(items) == [("article", 1, 3), ("photo", 5, 5), ("photo", 6, 6), ("article", 8, 9)]
    first, second = items[1], items[2]
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert first.caption == "①三沙渔港码头上，渔民在分拣刚上岸的带鱼。"
    assert first.byline == Byline(photographers=("方舟",))
    assert second.caption == "②冷库内，工作人员查看温控系统。"
    assert second.byline == Byline(photographers=("周敏",))


# ------------------------------------------------ a photo page credited many ways

_PHOTO_PAGE = """湖畔初雪
12月9日，青岚湖畔迎来今冬首场降雪，游人踏雪赏景。
本报记者　韩　冰　摄

雪后的梅园里，孩子们在堆雪人。（通讯员　邱　然　摄）

摄影：卢　森
▲雾凇挂枝头
青岚山顶的树枝上挂满雾凇，晶莹剔透。

图为12月10日，环湖公路上，环卫工人在清扫积雪。当天全市出动铲雪车40余台次。
文/图　孔　悦

老街暖冬
老街的茶馆里，居民围炉煮茶，其乐融融。
邹　亮　温小雨　摄
"""


def test_a_photo_page_credited_many_ways() -> None:
    """A caption closed by its own credit takes no credit set apart under it; 摄影：X set apart over
    a ▲title and its caption credits them; a 图为… caption signed 文/图 X is a photo whose X wrote
    and took it."""
    items = _items(_PHOTO_PAGE)
    assert _layout(items) == [
        ("photo", 1, 3),
        ("photo", 5, 5),
        ("photo", 7, 9),
        ("photo", 11, 12),
        ("photo", 14, 16),
    ]
    inline, led, signed = items[1], items[2], items[3]
    assert isinstance(inline, Photo) and isinstance(led, Photo) and isinstance(signed, Photo)
    assert (inline.caption, inline.byline) == (
        "雪后的梅园里，孩子们在堆雪人。",
        Byline(photographers=("邱然",)),
    )
    assert (led.title, led.caption) == ("雾凇挂枝头", "青岚山顶的树枝上挂满雾凇，晶莹剔透。")
    assert led.byline == Byline(photographers=("卢森",))
    assert signed.title is None
    assert signed.byline == Byline(reporters=("孔悦",), photographers=("孔悦",))


# ------------------------------------------------ a caption alone under a story signed 文/图

_STORY_THEN_CAPTION = """青岚杯业余羽毛球赛收拍
本报讯　12月7日，第五届“青岚杯”业余羽毛球赛在市体育馆落幕，来自全市的46支队伍参赛。
经过两天角逐，湖滨队获得团体冠军。
文/图　本报记者　宁　远

湖滨队队员在领奖台上合影。

冬泳爱好者迎寒下水
本报讯　入冬以来，每天清晨都有数十名冬泳爱好者在青岚湖下水畅游。
"""


def test_a_caption_alone_under_a_story_signed_with_its_pictures() -> None:
    """A sentence set apart under a story whose byline, closing it, says 文/图: the picture's
    caption, printed without a credit of its own."""
    items = _items(_STORY_THEN_CAPTION)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 6), ("article", 8, 9)]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert (photo.title, photo.caption, photo.byline) == (None, "湖滨队队员在领奖台上合影。", None)


# ------------------------------------------------ notices: one-line, 须知, a spaced 征稿 title

_NOTICES = """遗失声明　林晓峰遗失青岚市某某中学学生证，学号：2024××××，声明作废。

遗失声明　青岚市欣荣商贸有限公司遗失发票专用章一枚，声明作废。

投稿须知
本版投稿邮箱：qlwb_fk@example.com
来稿请附真实姓名和联系电话，恕不退稿。

征　稿
本版长期征集反映青岚新风貌的摄影作品，组照、单幅均可，请附简要说明。
投稿邮箱：qlsj@example.com
"""


def test_notices_one_line_and_under_short_titles() -> None:
    """遗失声明　… on one line, its title set off by a wide space, is a notice of its own; 投稿须知
    over an address line and its terms, and 征　稿 spaced out over a call for pictures, are notices."""
    items = _items(_NOTICES)
    assert _layout(items) == [("notice", 1, 1), ("notice", 3, 3), ("notice", 5, 7), ("notice", 9, 11)]
    first, _, terms, call = items
    assert isinstance(first, Notice) and isinstance(terms, Notice) and isinstance(call, Notice)
    assert (first.label, first.text) == (
        "遗失声明",
        "林晓峰遗失青岚市某某中学学生证，学号：2024××××，声明作废。",
    )
    assert terms.label == "投稿须知"
    assert terms.text.startswith("本版投稿邮箱：qlwb_fk@example.com")
    assert call.label == "征稿"


# ------------------------------------------------ ads with masked numbers, a QR line; a labelled table

_ADS_AND_TABLE = """房源信息
■城北：青岚花园两房一厅，拎包入住，月租2100元。电话：138××××4412
■湖滨：沿街商铺80㎡，适合餐饮，面议。电话：0571-6620××××

云栖·湖畔雅居
南向湖景　准现房
售楼处：青岚市湖滨路××号　　0571-8835××××
扫码预约看房

链接
青岚市茶产业主要指标（2025年）
指标　　　　　数值　　　同比增长
茶园面积　　　12万亩　　3.1%
干茶产量　　　9600吨　　4.6%
（数据来源：青岚市农业农村局）
"""


def test_masked_numbers_a_qr_line_and_a_labelled_table() -> None:
    """Numbers printed with digits masked (138××××4412, 0571-6620××××) are phones: marked entries
    under a short label are one classified ad, and a poster closed by one is an ad that keeps the
    扫码 line set solid under it; a sidebar label over a table's title is the table's kicker."""
    items = _items(_ADS_AND_TABLE)
    assert _layout(items) == [("advertisement", 1, 3), ("advertisement", 5, 8), ("article", 10, 15)]
    table = items[2]
    assert isinstance(table, Article)
    assert (table.kicker, table.headline) == ("链接", "青岚市茶产业主要指标（2025年）")
    assert table.paragraphs[0].replace(" ", "") == "指标数值同比增长"
    assert table.paragraphs[-1] == "（数据来源：青岚市农业农村局）"
