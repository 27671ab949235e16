"""Gold decisions (issue 10, golddecide90): a shape the golds read two ways, brought to the majority
reading, and the reader made to follow it where it did not.  A digest's item closed by where it was
taken from, alone on its line in brackets, names its source with or without book-title marks
(（摘自某市民政局调研报告） as （摘自《某报》） and （据新华社）): the source is no paragraph text (10
golds to 0).  Snippets written for these tests in the style of commentary pages (invented names,
places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

_DIGEST = """观点集萃
【社区养老要补上“护理短板”】
　　社区养老服务站点越建越多，但懂护理又懂康复的人手依然紧缺。应加大培训力度，让更多服务人员持证上岗。
（摘自某市民政局调研报告）
【老街改造也要留住“烟火气”】
　　老街改造不能一拆了之，要让原住居民留得下、过得好。
（据《某某晚报》）
"""


def test_a_source_without_book_title_marks_alone_under_an_excerpt_is_no_paragraph() -> None:
    items = [it for it in read_items(_DIGEST) if isinstance(it, Article)]
    assert [it.headline for it in items] == ["社区养老要补上“护理短板”", "老街改造也要留住“烟火气”"]
    first, second = items
    assert first.kicker == "观点集萃" and first.source.last == 4
    assert first.paragraphs == (
        "社区养老服务站点越建越多，但懂护理又懂康复的人手依然紧缺。应加大培训力度，让更多服务人员持证上岗。",
    )
    assert first.byline is not None and not first.byline.reporters
    assert second.paragraphs == ("老街改造不能一拆了之，要让原住居民留得下、过得好。",)


_TIP = """健康提醒
春季养生要“顺时而动”
　　春季气温多变，老年人要注意增减衣物，适当运动，饮食宜清淡。
（选自青溪市卫健委科普手册）
"""


def test_a_tip_closed_by_the_handbook_it_was_taken_from_ends_on_that_line() -> None:
    story = next(it for it in read_items(_TIP) if isinstance(it, Article))
    assert story.source.last == 4
    assert story.paragraphs == ("春季气温多变，老年人要注意增减衣物，适当运动，饮食宜清淡。",)
