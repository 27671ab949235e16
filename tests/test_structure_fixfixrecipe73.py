"""Failure classes of feature pages that print lists (issue 10), fixer ``fixrecipe73``.  Snippets
written for these tests (invented papers, places, names and figures, no blind page's); each class
is a shape that holds on any paper, not one page's words:

- a serial's instalment opens on the story so far, labelled 前情提要 (前情回顾, 前文回顾): the
  chapter's standfirst, its label kept apart, never the body's first paragraph;
- a column of company briefs (公司速递 / ●某某公司：公司…，拟 / …。 / ●…): the first bulleted line,
  short of the measure, holds a clause whose sentence the lines under it carry to its full stop
  over the next bullet: the brief's head run into its text, as the briefs under it are read.
"""

from __future__ import annotations

import pytest

from tests.nothing_lost import first_article, read_articles

_TOP = """青溪日报
2026年5月12日　星期二
第6版
副刊

"""


# ------------------------------------------------- a serial's story so far


@pytest.mark.parametrize("label", ["前情提要", "前情回顾", "前文回顾"])
def test_the_story_so_far_is_the_instalments_standfirst(label: str) -> None:
    page = (
        _TOP
        + "长篇小说连载\n山那边的村庄\n第九章　秋收（二）\n□ 林远山\n"
        + f"{label}：石岭村的老支书退休后，村里选出了年轻的新支书。新支书想修一条进山的路，"
        + "却遇到了不少阻力……\n"
        + "    天还没亮，村口的老槐树下就聚了几个人。\n"
        + "    “今天这事，总得有个说法。”老支书敲了敲拐杖。\n"
    )
    article = first_article(page)
    assert article.standfirst_label == label
    assert article.standfirst is not None and article.standfirst.startswith("石岭村的老支书")
    assert article.paragraphs[0] == "天还没亮，村口的老槐树下就聚了几个人。"


# ------------------------------------------------- company briefs under the column's label


def test_the_first_company_brief_keeps_its_head() -> None:
    page = (
        _TOP
        + "    市场的震荡仍将持续，投资者宜控制仓位，\n分批布局。\n\n"
        + "上市公司动态\n"
        + "●青山电子：公司5月11日晚公告，拟出资\n"
        + "2.6亿元在高新区建设新型显示模组产线，达产后\n"
        + "预计年新增营收6亿元。\n"
        + "●远帆股份：公司一季度实现净利润1.08亿元，\n"
        + "同比增长12.4%。\n"
    )
    briefs = [a for a in read_articles(page) if a.kicker == "上市公司动态"]
    assert [a.headline for a in briefs] == ["青山电子", "远帆股份"]
    assert briefs[0].paragraphs == (
        "公司5月11日晚公告，拟出资2.6亿元在高新区建设新型显示模组产线，达产后预计年新增营收6亿元。",
    )
