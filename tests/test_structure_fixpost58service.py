"""A column of classified ads whose entries each carry their heading alone over the offer's lines:
each entry is an advertisement of its own, the column's label printed with the first (invented
snippets of that layout)."""

from __future__ import annotations

from tests.nothing_lost import first_article, read_items


def _layout(items: tuple[object, ...]) -> list[tuple[str, int, int]]:
    return [(type(it).__name__.lower(), it.source.first, it.source.last) for it in items]  # type: ignore[attr-defined]


# ------------------------------------------- classified entries, each heading alone over its offer

_HEADED_ENTRIES = """减资公告
    青溪某某建材有限公司经股东会决议，注册资本由500万元减至
200万元。请债权人自本公告之日起45日内向本公司申报债权。
　　　　　　　　　　　　青溪某某建材有限公司

分类信息
■商铺出租
城东新区沿街店面80平方米，可做
餐饮、便利店。电话：13912345678
■诚　聘
某酒店招服务员6名，包食宿，月薪
5000元以上。电话：0571-6543210
■搬家服务
长短途搬家、钢琴搬运，价格
实惠。电话：13588887777
"""


def test_classified_entries_with_their_headings_alone_are_each_an_advertisement() -> None:
    items = read_items(_HEADED_ENTRIES)
    layout = _layout(items)
    assert ("advertisement", 6, 9) in layout
    assert ("advertisement", 10, 12) in layout
    assert ("advertisement", 13, 15) in layout


# ------------------------------------------- entries run in on one line stay one column's ad

_RUN_IN_ENTRIES = """分类信息
■商铺出租：城东新区沿街店面80平方米，可做餐饮。电话：13912345678
■诚聘：某酒店招服务员6名，包食宿。电话：0571-6543210
■搬家服务：长短途搬家、钢琴搬运。电话：13588887777

登报热线：0571-6000000
"""


def test_classified_entries_run_in_on_their_lines_stay_one_advertisement() -> None:
    items = read_items(_RUN_IN_ENTRIES)
    assert ("advertisement", 1, 4) in _layout(items)


# ------------------------------------------- a marked point over a story's text is no classified entry

_MARKED_POINTS = """社区开展冬季安全检查
    本报讯　近日，城东社区开展冬季安全检查，重点排查以下方面。
■燃气安全
检查居民家中燃气管道和阀门，发现隐患及时
整改。
■消防通道
清理楼道杂物，保持消防通道畅通。
"""


def test_marked_points_without_a_phone_stay_the_storys() -> None:
    items = read_items(_MARKED_POINTS)
    assert not any(kind == "advertisement" for kind, _, _ in _layout(items))


# ------------------------------------------- a forecaster's advice cut mid-sentence onto a hanging line

_ADVICE_CUT = """天气
青溪市气象台1月9日6时发布：
今天白天：多云，北风3～4级，
　　　　　最高气温2℃
今天夜间：阴转小雪，最低气温-8℃
温馨提示：降雪天气路面湿滑，请老人儿童，
　　　　　减少户外活动。

社区食堂开张
    本报讯　近日，城东社区长者食堂开张，为辖区老人提供午餐和晚餐，每餐收费十元。
"""


def test_a_forecasters_advice_cut_after_its_comma_ends_the_weather_box() -> None:
    items = read_items(_ADVICE_CUT)
    assert ("weather", 1, 7) in _layout(items)


# ------------------------------------------- the channel to follow, printed beside its code unprompted

_FOLLOW_CHANNEL = """社区食堂开张
    本报讯　近日，城东社区长者食堂开张，为辖区老人提供午餐和晚餐，每餐收费十元。

关注“青溪晚报”微信公众号
民生服务随时查
"""


def test_a_channel_to_follow_alone_on_its_line_is_a_qr_prompt() -> None:
    items = read_items(_FOLLOW_CHANNEL)
    assert ("qrprompt", 4, 5) in _layout(items)


_FOLLOW_IN_PROSE = """社区食堂开张
    本报讯　近日，城东社区长者食堂开张，为辖区老人提供午餐和晚餐。市民可
关注“青溪晚报”微信公众号了解每周菜单，也可拨打社区电话预约送餐上门服务。
"""


def test_a_sentence_naming_a_channel_to_follow_stays_the_storys() -> None:
    items = read_items(_FOLLOW_IN_PROSE)
    assert [kind for kind, _, _ in _layout(items)] == ["article"]


# ------------------------------------------- a box of lines to call: a service number's row under the label

_HOTLINE_BOX = """供暖服务热线
青溪市供热监管服务热线　　12345
青溪热力股份有限公司　　0571-22531234
城北热电有限责任公司　　0571-86123456
青溪城市公用集团供热公司　　0571-31557788
城南热力有限责任公司　　　　0571-23781166
"""


def test_a_service_numbers_row_under_a_hotline_boxs_label_is_no_headline() -> None:
    article = first_article(_HOTLINE_BOX)
    assert not article.kicker
    assert article.headline == "供暖服务热线"
    assert article.paragraphs[0].startswith("青溪市供热监管服务热线")
