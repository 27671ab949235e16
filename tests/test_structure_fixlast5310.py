"""The page's section set apart and printed again over a column of briefs, solid on the column's own
label, is the running head: the label under it heads the briefs (as their kicker)."""

from __future__ import annotations

from tests.nothing_lost import read_articles

_PAGE = """青溪晚报
2026年3月12日　星期四
第05版　镇街新闻

老街改造完工迎客
    本报讯　历时八个月，青溪老街改造工程日前完工，
沿街42家老字号重新开门迎客。

镇街新闻
镇街快讯
●东湖镇：该镇日前开展春季植树活动，栽下苗木三千余
株。（通讯员 林晓）
●西山乡：西山乡卫生院新门诊楼投入使用。（记者 周平）
"""


def test_the_section_printed_again_over_a_column_label_heads_no_brief() -> None:
    stories = read_articles(_PAGE)
    briefs = stories[1:]
    assert [(b.kicker, b.headline) for b in briefs] == [("镇街快讯", "东湖镇"), ("镇街快讯", "西山乡")]
    assert briefs[0].paragraphs == ("该镇日前开展春季植树活动，栽下苗木三千余株。",)
