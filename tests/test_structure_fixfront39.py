"""Failure classes rounds 37-39 showed on front pages (issue 10), fixer ``fixfront39``: a
masthead whose English title romanises another known paper's name (a homophone: two cities
spelled alike in pinyin), and a teaser box (导读) whose one-line items read as briefs, one with
a summary set under its pointer.  Snippets written for these tests in the style of city papers'
front pages (invented stories and figures, no blind page's); each class is a shape that holds on
any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

# 泰州日报 and 台州日报 are both TAIZHOU DAILY: the English title cannot tell them apart.
_FRONT = """泰州日报
TAIZHOU DAILY
中共泰州市委机关报
2026年4月9日　星期四
农历丙午年二月廿二
第12001期　今日12版
第01版：头版

泰州天气
今天：晴转多云　南风2级
气温：9℃～20℃
泰州市气象台今日6时发布

全市新能源汽车产量同比增长三成
　　本报讯（记者 周　立）今年一季度，全市新能源汽车产量
达到3.2万辆，同比增长31%，产业链配套企业新增46家。
　　市工信局有关负责人介绍，全市将继续推进链主企业培育。

导读
▶海陵区：老街改造完成首批立面整治　　见第2版
▶城东新区：社区食堂开进老小区　　见第3版
居民在家门口吃上了热乎饭，一餐花费不到十元。
▶湖畔公园春季花展开幕　　见第5版
"""


def test_english_title_of_a_homophone_paper_stays_in_the_masthead() -> None:
    parsed = parse_page(_FRONT, 1)
    assert_nothing_lost(_FRONT, parsed)
    assert parsed.masthead.newspaper == "泰州日报"
    assert parsed.masthead.page_label == "第01版"
    assert parsed.masthead.section == "头版"
    assert set(range(1, 8)) <= set(parsed.masthead.lines)
    weather = [item for item in parsed.items if isinstance(item, Weather)]
    assert [(w.source.first, w.source.last) for w in weather] == [(9, 12)]


def test_teaser_titles_read_as_briefs_and_a_summary_under_a_pointer() -> None:
    parsed = parse_page(_FRONT, 1)
    teasers = [item for item in parsed.items if isinstance(item, Article) and item.kicker == "导读"]
    assert [t.headline for t in teasers] == [
        "海陵区：老街改造完成首批立面整治",
        "城东新区：社区食堂开进老小区",
        "湖畔公园春季花展开幕",
    ]
    assert [(t.source.first, t.source.last) for t in teasers] == [(19, 20), (21, 22), (23, 23)]
    assert teasers[1].paragraphs == ("居民在家门口吃上了热乎饭，一餐花费不到十元。",)
    assert teasers[0].paragraphs == () and teasers[2].paragraphs == ()
