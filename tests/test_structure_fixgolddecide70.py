"""Gold decisions (issue 10): where the golds disagreed, the minority brought to the convention
the clear majority follows, on snippets written for these tests (invented text, no blind page's):

- a titled table set apart by a blank line under a story of one paragraph, its body set apart
  from its head by a blank too, is an article of its own (golds 15 to 1);
- a closing sign-off in brackets naming a reporter who compiled the piece (（本报记者 某某
  整理）) names the story's reporter (golds 4 to 0).
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

_ONE_PARAGRAPH_OVER_A_TABLE = """上半年我县农产品出口增长12%

　　本报讯（记者　林　舟）记者从县商务局获悉，上半年全县农产品出口
额同比增长12%，茶叶、板栗出口增势明显，带动三千余户农民增收。

上半年全县主要农产品出口情况
品类　　　　出口额（万元）　　增速（%）
茶叶　　　　3260　　　　　　　18.4
板栗　　　　1875　　　　　　　9.6
食用菌　　　942　　　　　　　　5.1
数据来源：县商务局
"""


def test_a_table_set_apart_under_a_one_paragraph_story_stands_on_its_own() -> None:
    story, table = read_articles(_ONE_PARAGRAPH_OVER_A_TABLE)
    assert story.headline == "上半年我县农产品出口增长12%"
    assert len(story.paragraphs) == 1
    assert table.headline == "上半年全县主要农产品出口情况"
    assert table.paragraphs[-1] == "数据来源：县商务局"
    assert len(table.paragraphs) == 5


_COMPILED_SIGNOFF = """冬季用电安全提示
　　入冬以来，电暖器、电热毯使用增多，用电安全不容忽视。
　　使用电暖器时，不要在上面覆盖衣物，离开房间时应关闭电源。
（本报记者　方　晴　整理）
"""


def test_a_closing_compiled_signoff_names_the_stories_reporter() -> None:
    (story,) = read_articles(_COMPILED_SIGNOFF)
    assert story.byline is not None and story.byline.reporters == ("方晴",)
    assert story.paragraphs[-1].startswith("使用电暖器时")
