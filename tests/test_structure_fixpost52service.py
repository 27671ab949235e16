"""Failure classes blind round 54 showed in service boxes (issue 10): a listing of public offices,
each named on a line of its own over its address and phone, read as one advertisement an office.
Snippets written for these tests in the style of city and county papers (invented names, places and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Notice
from tests.nothing_lost import read_items

# ------------------------------------------- offices named over their address and phone, two lines each

_OFFICES_OVER_FIELDS = """城事
青溪新闻

办事提示
全市部分医院地址电话
青溪市中心医院
地址：东湖区滨江路18号　电话：0576-8812000
青溪市妇幼保健院
地址：西城区柳塘街6号　电话：0576-8823111
青溪市中医院
地址：南湖区文昌路221号　电话：0576-8834222
急诊提醒：各医院急诊科全天开放，急救电话120

白鹭湖温泉度假村　冬季特惠
双人泡池套票　199元
预订电话：0577-6612345
"""


def test_offices_named_over_their_fields_are_one_story() -> None:
    items = read_items(_OFFICES_OVER_FIELDS)
    articles = [item for item in items if isinstance(item, Article)]
    box = next(article for article in articles if article.headline == "全市部分医院地址电话")
    assert box.kicker == "办事提示"
    assert box.paragraphs[0] == "青溪市中心医院"
    assert box.paragraphs[-1].startswith("急诊提醒")
    assert len(box.paragraphs) == 7
    ads = [item for item in items if isinstance(item, Advertisement)]
    assert not any(any("电话：0576" in line for line in ad.lines) for ad in ads)


_SHOPS_OVER_FIELDS = """城事
青溪新闻

白鹭家电　国庆特惠
东湖店
地址：东湖区滨江路18号　电话：0576-8812000
西城店
地址：西城区柳塘街6号　电话：0576-8823111
南湖店
地址：南湖区文昌路221号　电话：0576-8834222
"""


def test_shops_named_over_their_fields_are_no_service_box() -> None:
    items = read_items(_SHOPS_OVER_FIELDS)
    assert not any(isinstance(item, Article) and item.headline == "白鹭家电　国庆特惠" for item in items)


# ------------------------------------ a notice page's own ad, and a column's call for contributions

_NOTICE_PAGE_TAIL = """公告
青溪日报

遗失声明
东湖区某某便利店遗失营业执照副本，声明作废。

刊登热线
寻人启事　更名公告　清算公告　招标公告
本报代理刊登，随到随办
电话：0576-8800123
地址：青溪市东湖区报业大厦一楼

“法治课堂”栏目征稿
    本报“法治课堂”栏目面向读者征集身边的法治故事，每篇
2000字以内，来稿请附作者真实姓名及联系方式，一经采用，
稿酬从优。
"""


def test_a_notice_pages_own_ad_and_its_call_for_pieces() -> None:
    items = read_items(_NOTICE_PAGE_TAIL)
    ads = [item for item in items if isinstance(item, Advertisement)]
    assert any(ad.lines[0] == "刊登热线" for ad in ads)
    notices = [item for item in items if isinstance(item, Notice)]
    call = next(notice for notice in notices if notice.label == "“法治课堂”栏目征稿")
    assert call.text.endswith("稿酬从优。")
    assert not any(isinstance(item, Article) for item in items)


_HOTLINE_BOX = """健康
青溪日报

健康热线
读者如有健康方面的疑问，可在工作日拨打本报健康热线，
由市人民医院专家接听解答。
热线电话：0576-8812345
"""


def test_a_hotline_box_opening_on_prose_is_still_the_papers_notice() -> None:
    items = read_items(_HOTLINE_BOX)
    assert not any(isinstance(item, Advertisement) for item in items)
