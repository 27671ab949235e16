"""Failure class rounds 45-47 showed on health and service pages (issue 10), fixer
``post45health``: a box listing places to call, each entry a place of its own with its phone,
read as a poster's contacts.  Snippets written for these tests in the style of city papers'
service pages (invented names, places and numbers, no blind page's); the class is a shape any
paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪晚报
06
社区·服务
2026年3月4日　星期三
"""

# ------------------------------------------------ a listing of places to call, one phone each

_LISTING = (
    _TOP
    + """
春季义诊服务点一览
东湖社区卫生服务站：青溪路18号　0576-8830121
西园社区卫生服务站：西园街6号　0576-8830232
南门街道卫生院：南门大道99号　0576-8830343
北山镇中心卫生院：北山路1号　0576-8830454
健康咨询热线：12320
提醒：义诊需携带医保卡，请错峰前往。

　　青溪市城管局日前启动春季市容整治，
为期一个月。
"""
)


def test_a_listing_of_places_with_their_phones_is_a_story_not_an_ad() -> None:
    parsed = parse_page(_LISTING, 1)
    box = parsed.items[0]
    assert isinstance(box, Article) and box.headline == "春季义诊服务点一览"
    assert _layout(parsed.items)[0] == ("article", 6, 12)
    assert len(box.paragraphs) == 6
    assert not any(isinstance(item, Advertisement) for item in parsed.items)
    assert_nothing_lost(_LISTING, parsed)


_LABELLED_LISTING = (
    _TOP
    + """
便民服务台
城区部分老年食堂信息
枫林老年食堂　枫林路社区服务中心　电话：0576-8841001
桥头老年食堂　桥头街12号　电话：0576-8841002
柳岸老年食堂　柳岸社区党群服务站　电话：0576-8841003
石板老年食堂　石板巷3号之一　电话：0576-8841004
开放时间：每天11:00—12:30
温馨提示
    首次就餐请到食堂登记，需要送餐的老人
可提前一天预约。
"""
)


def test_a_listing_under_a_box_label_takes_its_label_and_its_tips() -> None:
    parsed = parse_page(_LABELLED_LISTING, 1)
    assert _layout(parsed.items) == [("article", 6, 15)]
    box = parsed.items[0]
    assert isinstance(box, Article)
    assert box.kicker == "便民服务台" and box.headline == "城区部分老年食堂信息"
    assert [subhead.text for subhead in box.subheads] == ["温馨提示"]
    assert box.paragraphs[-1] == "首次就餐请到食堂登记，需要送餐的老人可提前一天预约。"
    assert_nothing_lost(_LABELLED_LISTING, parsed)


_BRANCHES = (
    _TOP
    + """
青溪鲜果超市
东湖店　东湖路88号　电话：0576-8850001
西园店　西园街16号　电话：0576-8850002
"""
)


def test_a_shops_two_branches_stay_its_ad() -> None:
    # two places under a firm's name: its own contacts, fewer than a listing's four
    parsed = parse_page(_BRANCHES, 1)
    assert _layout(parsed.items) == [("advertisement", 6, 8)]


# ------------------------------------ a service guide's groups named by a box's mark, a label over it

_MARKED_GUIDE = (
    _TOP
    + """
便民台
老旧小区改造办事指南
■咨询电话
东湖区住建局：0576-8860101
西园区住建局：0576-8860202
■受理窗口
东湖区政务服务中心三楼（湖滨路8号）
西园区政务服务中心一楼（园前路20号）
■办理须知
　　改造方案须经本小区三分之二以上业主
同意，材料可到窗口领取。
"""
)


def test_a_guide_whose_groups_are_marked_keeps_every_group_as_a_subhead() -> None:
    parsed = parse_page(_MARKED_GUIDE, 1)
    assert _layout(parsed.items) == [("article", 6, 16)]
    guide = parsed.items[0]
    assert isinstance(guide, Article)
    assert guide.kicker == "便民台" and guide.headline == "老旧小区改造办事指南"
    assert [subhead.text for subhead in guide.subheads] == ["咨询电话", "受理窗口", "办理须知"]
    assert guide.paragraphs[-1] == "改造方案须经本小区三分之二以上业主同意，材料可到窗口领取。"
    assert_nothing_lost(_MARKED_GUIDE, parsed)


# ------------------------------------------ a marked column label over a head that has its byline

_MARKED_LABEL = (
    _TOP
    + """
■基层来信
东湖社区“邻里议事会”办实事
记者　周　航
　　东湖社区今年设立邻里议事会，已协调解决
停车、绿化等问题40余件。
"""
)


def test_a_marked_label_over_a_signed_head_is_its_kicker() -> None:
    parsed = parse_page(_MARKED_LABEL, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.kicker == "基层来信" and story.headline == "东湖社区“邻里议事会”办实事"
    assert story.byline is not None and story.byline.reporters == ("周航",)
    assert_nothing_lost(_MARKED_LABEL, parsed)
