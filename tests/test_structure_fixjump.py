"""Convention the project lead set for jump pointers (issue 10), fixer ``fixjump``: a pointer printed
alone on its own line under a story's last line of text (（下转第2版）, （转A12版）, （下转第二版）)
belongs to no item: the story's source lines end at its last text line, the pointer line is kept as
the page's furniture (the masthead's lines), and the story keeps the pointer as its jump.  A
pointer at the end of a text line stays inside the story, out of its paragraph's text.  Snippets
written for these tests in the style of front pages (invented names, places and figures, no blind
page's).
"""

from __future__ import annotations

import pytest

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost, read_articles

_PAPER = """青溪日报
2026年4月8日　星期三
第1版　要闻
"""

_STORY = """
全市一季度外贸进出口增长12%
　　本报讯（记者　赵　明）记者从市商务局获悉，一季度全市外贸进出口总额达
186亿元，同比增长12%，增速居全省前列。
　　市商务局有关负责人表示，下一步将落实稳外贸政策，帮助企业拓市场、抢订单。
"""

_NEXT = """
青溪港新开两条内贸航线
　　本报讯（记者　钱　亮）4月7日，青溪港新开通至沿海两港的内贸集装箱航线，
每周各两班，预计年运量可达5万标箱。
"""


def _line_of(text: str, printed: str) -> int:
    return text.split("\n").index(printed) + 1


@pytest.mark.parametrize(
    "pointer",
    [
        "（下转第2版）",  # the page's number in figures
        "（下转第二版）",  # in words
        "（转A12版）",  # with the section's letter, no 下
        "(下转第3版)",  # ASCII brackets
        "（下转 第 3 版）",  # spaced
    ],
)
def test_a_pointer_alone_under_a_story_is_furniture(pointer: str) -> None:
    text = _PAPER + _STORY + pointer + "\n"
    parsed = parse_page(text, 1)
    assert_nothing_lost(text, parsed)
    [story] = [item for item in parsed.items if isinstance(item, Article)]
    last_text = _line_of(text, "　　市商务局有关负责人表示，下一步将落实稳外贸政策，帮助企业拓市场、抢订单。")
    assert story.source.last == last_text
    assert _line_of(text, pointer) in parsed.masthead.lines
    assert any("转" in marker for marker in story.continuation)  # the story still says it goes on
    assert story.paragraphs[-1].endswith("抢订单。")


def test_a_pointer_at_the_end_of_a_text_line_stays_in_the_story() -> None:
    text = _PAPER + _STORY.rstrip("\n") + "（下转第2版）\n"
    [story] = read_articles(text)
    assert story.source.last == len(text.rstrip("\n").split("\n"))
    assert story.paragraphs[-1].endswith("抢订单。")
    assert "下转第2版" in story.continuation


def test_a_pointer_alone_mid_column_then_the_next_story() -> None:
    text = _PAPER + _STORY + "（下转第2版）\n" + _NEXT
    parsed = parse_page(text, 1)
    assert_nothing_lost(text, parsed)
    first, second = [item for item in parsed.items if isinstance(item, Article)]
    pointer = _line_of(text, "（下转第2版）")
    assert first.source.last == pointer - 1
    assert pointer in parsed.masthead.lines
    assert second.source.first == pointer + 2
    assert second.headline == "青溪港新开两条内贸航线"
    assert not second.continuation


def test_a_pointer_alone_after_a_blank_line() -> None:
    text = _PAPER + _STORY + "\n（下转第2版）\n" + _NEXT
    first, second = read_articles(text)
    assert first.source.last == _line_of(text, "（下转第2版）") - 2
    assert second.headline == "青溪港新开两条内贸航线"


def test_the_continued_part_still_opens_with_its_pointer() -> None:
    # （上接第1版） is not a jump out: the continued part's lines start with it, as before
    text = """青溪日报
2026年4月8日　星期三
第2版　要闻

全市一季度外贸进出口增长12%
（上接第1版）
　　从商品结构看，机电产品出口增长15%，占出口总值的六成。
"""
    [story] = read_articles(text)
    assert story.source.last == _line_of(text, "　　从商品结构看，机电产品出口增长15%，占出口总值的六成。")
    assert "上接第1版" in story.continuation


# ------------------------------------------------ the page's own line at its foot, set apart
# (本版图片除署名外均由某某提供, the note on its pictures, is a credit line: stories.py reads it)

_FEATURE = """青溪日报
2026年7月16日　星期四
第3版　县区

老旧小区改造惠及三千户
　　本报讯（记者　赵　明）今年以来，东岭县启动老旧小区改造项目12个，
惠及居民3100余户，改造雨污管网18公里。
　　“楼道亮了、路面平了，住得越来越舒心。”居民王大妈笑着说。
"""

_LOST = """青溪日报
2026年10月27日　星期二
第7版　法治

遗失声明
青溪市某某餐饮店遗失营业执照副本一份，统一社会信用代码：
92360600MA3XXXXX5K，声明作废。
"""


@pytest.mark.parametrize(
    ("page", "foot"),
    [
        (_FEATURE, "（本版稿件由各县区融媒体中心协助采写）"),  # where the page's pieces came from
        (_FEATURE, "本版邮箱：qxrbxq@163.com　欢迎读者来信来稿"),  # its mailbox, an invitation after it
        (_LOST, "法治热线：0571-6228110　投稿邮箱：qxrbfz@163.com"),  # its line, where it takes pieces
        (_LOST, "青溪晨讯　　地址：青溪市府前街　　新闻热线：66443456"),  # the imprint led by its name
    ],
    ids=["pieces_note", "mailbox", "hotline_and_mailbox", "named_imprint"],
)
def test_the_pages_own_line_at_its_foot_is_furniture(page: str, foot: str) -> None:
    text = page + "\n" + foot + "\n"
    parsed = parse_page(text, 1)
    assert_nothing_lost(text, parsed)
    [item] = parsed.items
    assert item.source.last == _line_of(text, foot) - 2
    assert _line_of(text, foot) in parsed.masthead.lines


def test_an_ads_address_and_phone_at_the_foot_stay_the_ads() -> None:
    # a name, an address and a phone: anyone's, not the paper's imprint
    text = """青溪日报
2026年7月16日　星期四
第8版　广告

东湖花园　二期新品加推
精装三房　首付20万起

东湖花园　　地址：青溪市东湖路8号　　售楼热线：66888888
"""
    parsed = parse_page(text, 1)
    assert_nothing_lost(text, parsed)
    foot = _line_of(text, "东湖花园　　地址：青溪市东湖路8号　　售楼热线：66888888")
    assert foot not in parsed.masthead.lines
