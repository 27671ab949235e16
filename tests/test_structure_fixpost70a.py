"""Failure classes the released blind rounds 70-72 showed on weekend food and travel pages (issue
10), fixer ``post70a``: a sidebar box framed by drawn borders (┌────┐ above, └────┘ below).
Snippets written for these tests in the style of a weekly's 周末 page (invented names, places and
figures, no blind page's); the class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

# ------------------------------------- a tips box framed by drawn borders between two stories

_FRAMED_TIPS_BOX = """青川周报
2026年11月6日　星期五
第12版
周末·生活
责任编辑：吴　桐

秋日寻味
一锅栗子饭，香了半条街
本报记者　邓小舟
　　傍晚时分，城东的老街上飘着一股甜香。一家小饭馆门口排起了
长队，店里的砂锅一字排开，栗子饭正咕嘟咕嘟地冒着热气。
　　“栗子要当天剥，米要提前泡两个钟头。”店主笑着说。

┌────────────┐
小提示
挑栗子的窍门
1.外壳光亮、颜色深的栗子更新鲜；
2.捏起来发硬、没有空壳感的更饱满；
3.买回后放在阴凉处，尽快食用。
└────────────┘

山间赏红叶正当时
文/林　夏
　　进入十一月，西山的枫叶陆续变红。沿着步道向上走，
层林尽染，游人不时停下脚步拍照。
"""


def test_a_box_framed_by_drawn_borders_is_its_own_item_without_its_borders() -> None:
    # ┌──┐ / └──┘ draw the box's frame as a rule does: they part the box from the stories around
    # it, and print nothing of any item (the box's label leads it, its numbered points its body)
    items = read_items(_FRAMED_TIPS_BOX)
    articles = [item for item in items if isinstance(item, Article)]
    spans = [(a.source.first, a.source.last) for a in articles]
    assert spans == [(7, 12), (15, 19), (22, 25)]
    box = articles[1]
    assert box.kicker == "小提示"
    assert box.headline == "挑栗子的窍门"
    assert len(box.paragraphs) == 3
    assert articles[2].headline == "山间赏红叶正当时"


# ------------------------------------- a titled listing of offices, each named over its fields

_TITLED_OFFICES = """江岸区报
第03版　民生
2026年8月4日　星期二　　责任编辑：方　舟

政务服务网点
城西街道党群服务中心
　地址：育才路12号　电话：61234501
湖滨街道党群服务中心
　地址：滨江大道300号　电话：61234502
北塘镇党群服务中心
　地址：北塘老街8号　电话：61234503
服务时间：工作日8:30-17:00
"""


def test_offices_each_named_over_their_fields_under_a_title_are_one_listing_not_ads() -> None:
    # the first office's name set solid under the box's title is the listing's first entry, no
    # second title: the box is one item, its title the headline, no poster per office
    items = read_items(_TITLED_OFFICES)
    assert [(item.type, item.source.first, item.source.last) for item in items] == [("article", 5, 12)]
    listing = items[0]
    assert isinstance(listing, Article)
    assert listing.headline == "政务服务网点"
    assert listing.paragraphs[0] == "城西街道党群服务中心"


# ------------------------------------- a box of shops, each row a name and its hours

_SHOPS_AND_HOURS = """溪山晚报
2026年11月20日　星期五
B3
周末·美食

■吃货指南
老城区烧饼铺推荐
鼓楼街王记烧饼　营业时间：6:00—11:00
西关路老赵烧饼　营业时间：6:30—19:00
南门外刘家烧饼　营业时间：7:00—13:00
人均消费：5元至10元
"""


def test_a_field_under_rows_ending_on_a_field_goes_on_the_box_not_a_new_story() -> None:
    # 人均消费：… set solid under rows whose last cell is a particular (营业时间：…) is the listing's
    # next particular, never the head of a story of its own
    items = read_items(_SHOPS_AND_HOURS)
    assert [(item.type, item.source.first, item.source.last) for item in items] == [("article", 6, 11)]
    box = items[0]
    assert isinstance(box, Article)
    assert box.paragraphs[-1] == "人均消费：5元至10元"
