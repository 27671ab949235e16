"""Failure classes round 55 showed on front pages, 专版 pages and their furniture (issue 10), fixer
``fix52front``: a 专版's sponsor credit (某某局协办) over its first story's head.
Snippets written for these tests (invented names, places and figures); each class is a shape any
paper prints.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_articles, read_items

# --------------------------------------- a 专版's sponsor credit over the first story's head

_SPONSORED_PAGE = """青溪法治报
2026年6月2日　星期二
第5版　专版
本版编辑：王　丽　　电话：0576-88881234
青溪市司法局协办

法治宣传月特别报道
以“法”为尺护航民生
——青溪市推进基层依法治理纪实
本报记者　赵　明
　　走进东岭街道的法律服务站，前来咨询的居民
络绎不绝。今年以来，全市建成服务站120个。
"""


def test_a_bodys_sponsor_credit_in_the_page_head_is_furniture_not_the_stories_kicker() -> None:
    (story,) = read_articles(_SPONSORED_PAGE)
    assert story.source.first == 7
    assert story.kicker == "法治宣传月特别报道"
    assert story.headline == "以“法”为尺护航民生"


def test_a_head_that_says_a_city_will_host_an_event_is_still_a_head() -> None:
    # (承办 closing a story's head: the host is a city, no body that credits a page)
    text = """青溪日报
2026年6月2日　星期二
A02

全省运动会确定由我市承办
　　本报讯　记者从市体育局获悉，全省第十八届
运动会将于明年9月在我市举行。
"""
    (story,) = [x for x in read_items(text) if isinstance(x, Article)]
    assert story.headline == "全省运动会确定由我市承办"
