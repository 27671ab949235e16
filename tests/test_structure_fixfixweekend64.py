"""Weekend, travel and food feature pages' sidebar boxes (fixweekend64, round 67).

A box of tips titled as the paper's advice (旅行贴士, 出行攻略) whose fields (交通：/门票：/住宿：)
wrap onto the next line is a story of its fields, one paragraph a field, however many of them give
a phone; an events column (本周活动) whose items each open on an arrow's head (▶) over their text
set in on the next line is a column of briefs, the label each one's kicker.
Snippets written for these tests (invented places, prices and numbers, in the papers' style).
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Notice
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, read_items

_HEAD = """青溪日报
2026年10月16日　星期五
第6版
周末·出行

"""

_TIPS = (
    _HEAD
    + """出行攻略
交通：市区可乘旅游专线直达景区南门，每
半小时一班。
门票：景区成人票60元，学生凭证半价，70
周岁以上老人免票。
美食：古镇东街的腊味饭和豆腐包值得一尝。
咨询电话：0571-6600123（景区游客服
务中心）
"""
)


def test_tips_box_of_wrapped_fields_is_a_story_of_its_fields() -> None:
    items = read_items(_TIPS)
    assert not any(isinstance(item, Advertisement) for item in items)
    (box,) = items
    assert isinstance(box, Article)
    assert box.headline == "出行攻略"
    assert box.paragraphs == (
        "交通：市区可乘旅游专线直达景区南门，每半小时一班。",
        "门票：景区成人票60元，学生凭证半价，70周岁以上老人免票。",
        "美食：古镇东街的腊味饭和豆腐包值得一尝。",
        "咨询电话：0571-6600123（景区游客服务中心）",
    )


_POSTER = (
    _HEAD
    + """云栖山居度假酒店
秋季特惠：连住两晚立减200元
地址：青溪县云栖镇山前路8号
预订电话：0571-6600888
"""
)


def test_poster_with_its_fields_stays_an_ad() -> None:
    # (no title of tips over it: an advertiser's offer and its contacts)
    items = read_items(_POSTER)
    assert [type(item) for item in items] == [Advertisement]


_EVENTS = (
    _HEAD
    + """本周活动
▶“青溪秋色”骑行赛10月18日开赛
　　比赛从青溪广场出发，沿滨江绿道骑行
至云栖镇，全程36公里，报名已满额。
▶老城区非遗市集本周末开市
　　剪纸、竹编、木雕等20余个非遗摊位
将在老城区文昌街集中亮相，免费入场。
"""
)


def test_events_column_of_arrow_heads_is_briefs_under_its_label() -> None:
    items = read_items(_EVENTS)
    assert [type(item) for item in items] == [Article, Article]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("本周活动", "“青溪秋色”骑行赛10月18日开赛")
    assert first.paragraphs == ("比赛从青溪广场出发，沿滨江绿道骑行至云栖镇，全程36公里，报名已满额。",)
    assert (second.kicker, second.headline) == ("本周活动", "老城区非遗市集本周末开市")


def test_events_column_with_its_text_set_flush_is_briefs_too() -> None:
    text = _EVENTS.replace("　　", "")
    items = read_items(text)
    assert [(type(item), getattr(item, "kicker", None)) for item in items] == [
        (Article, "本周活动"),
        (Article, "本周活动"),
    ]


_LISTING = (
    _HEAD
    + """本周活动
●“青溪秋色”骑行赛
时间：10月18日8:00
地点：青溪广场
●老城区非遗市集
时间：10月17日—18日
地点：文昌街
"""
)


def test_events_listing_of_when_and_where_is_briefs_no_poster() -> None:
    # (marked items telling when and where, no number to call: the column's briefs)
    items = read_items(_LISTING)
    assert [(type(item), getattr(item, "kicker", None)) for item in items] == [
        (Article, "本周活动"),
        (Article, "本周活动"),
    ]
    first = items[0]
    assert isinstance(first, Article)
    assert first.headline == "“青溪秋色”骑行赛"
    assert first.paragraphs == ("时间：10月18日8:00", "地点：青溪广场")


def test_classified_entries_with_their_phones_stay_ads() -> None:
    text = _LISTING.replace("地点：青溪广场", "电话：0576-8860001").replace(
        "地点：文昌街", "电话：0576-8860002"
    )
    assert all(isinstance(item, Advertisement) for item in read_items(text))


_POINTS = (
    _HEAD
    + """数说出行
国庆假期全市接待游客情况
　　▶接待游客同比增长12.3%
　　▶旅游收入同比增长9.8%
　　▶乡村民宿入住率超九成
数据来源：市文旅局
"""
)


def test_arrows_set_in_as_their_text_are_points_of_a_list() -> None:
    # (an arrow set in on the indent leads a list's point: no head of a brief)
    articles = [item for item in read_items(_POINTS) if isinstance(item, Article)]
    assert not any(a.headline and a.headline.startswith("接待游客") for a in articles)


_GUIDE = (
    _HEAD
    + """办事指南
老年优待证怎么申领？
    办理地点：各街道便民服务中心综合窗口
    办理时间：工作日9:00—12:00，13:30—17:00
    所需材料：
    1.本人身份证、户口簿；
    2.近期一寸免冠照片两张。
    温馨提示：行动不便的老人可由家属代办，须
另带代办人身份证。咨询电话：0571-6600456
"""
)


def test_guide_under_its_label_lists_its_fields_and_numbered_items() -> None:
    (guide,) = read_items(_GUIDE)
    assert isinstance(guide, Article)
    assert (guide.kicker, guide.headline) == ("办事指南", "老年优待证怎么申领？")
    assert guide.paragraphs == (
        "办理地点：各街道便民服务中心综合窗口",
        "办理时间：工作日9:00—12:00，13:30—17:00",
        "所需材料：",
        "1.本人身份证、户口簿；",
        "2.近期一寸免冠照片两张。",
        "温馨提示：行动不便的老人可由家属代办，须另带代办人身份证。咨询电话：0571-6600456",
    )


_CLASSIFIED = """青溪日报
2026年10月16日　星期五
第8版
公告·分类

分类广告
【店面转让】
    城东农贸市场旁小吃店整体转让，设备
齐全，接手即可营业。
    联系电话：13905710000（陈女士）
【诚聘】
    某机械公司诚聘数控车工3名、质检员
2名，包食宿，待遇面议。
    简历投递：jobs_qingxi@163.com
【旧货回收】
    长期回收旧家电、旧家具、废旧金属，
上门估价，现款结算。
    电话：0571-6600789
"""


def test_classified_entry_closed_by_its_mailbox_ends_there() -> None:
    ads = [item for item in read_items(_CLASSIFIED) if isinstance(item, Advertisement)]
    assert [(ad.source.first, ad.source.last) for ad in ads] == [(6, 10), (11, 14), (15, 18)]


_OFFICE_FOOT = """青溪日报
2026年10月16日　星期五
第8版
公告·分类

遗失声明
●青溪市东湖小学遗失银行开户许可证，核准号J5710001234501，声明作废。

青溪日报社广告部　地址：青溪市人民路20号　办理时间：周一至周五9:00—17:00
"""


def test_papers_office_at_the_foot_without_a_number_is_its_imprint() -> None:
    parsed = parse_page(_OFFICE_FOOT, 1)
    assert [type(item) for item in parsed.items] == [Notice]
    assert_nothing_lost(_OFFICE_FOOT, parsed)


def test_papers_office_offering_its_service_over_a_phone_is_an_ad() -> None:
    # (the office offering to print notices, its number to call under it: the paper's own ad)
    text = _OFFICE_FOOT.replace(
        "青溪日报社广告部　地址：青溪市人民路20号　办理时间：周一至周五9:00—17:00",
        "青溪日报社广告部　承办各类公告、声明\n地址：青溪市人民路20号　　电话：0576-8860000",
    )
    assert [type(item) for item in read_items(text)] == [Notice, Advertisement]
