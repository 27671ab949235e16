"""A credit wrapped so that its tail (天阳）) stands on a line of its own is no head: the marked line
under it opens the column's next brief, not an author line signing what follows."""

from __future__ import annotations

from tests.nothing_lost import read_articles

_COLUMN = """企业动态

■ 某某机械厂
    开展节能降耗劳动竞赛，一季度吨产品综合能耗
同比下降4.3%。（通讯员　林
小川）
■ 某某运输公司
    推行车辆“一车一码”管理，调度等候时间平均
缩短12分钟。（记者　方　圆）
"""


def test_the_next_marked_lead_under_a_wrapped_credit_opens_a_brief() -> None:
    briefs = read_articles(_COLUMN)
    assert [(b.kicker, b.headline) for b in briefs] == [
        ("企业动态", "某某机械厂"),
        ("企业动态", "某某运输公司"),
    ]
    assert briefs[0].byline is not None and briefs[0].byline.correspondents == ("林小川",)
    assert briefs[1].paragraphs == ("推行车辆“一车一码”管理，调度等候时间平均缩短12分钟。",)
    assert briefs[1].byline is not None and briefs[1].byline.reporters == ("方圆",)
