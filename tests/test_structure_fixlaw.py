"""Failure classes blind round15 showed on law, economy, front and interview pages (issue 10):
story boundaries a hard-wrapped paragraph, a column's label or a broken credit moved.
Snippets written for these tests in the style of city papers (invented text, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------- an indented paragraph's first line is never a head line

_INDENTED_FIRST_LINES = """榆川县冬季供暖平稳运行
□ 本报记者　林　岚

　　记者从县住建局获悉，入冬以来，全县集中供暖面积达到520万平方米，较上
年增加36万平方米，居民室温普遍达到18℃以上。

　　从热源结构看，清洁能源供热占比达到61%，比上年提高8个百分点，燃煤锅炉
全部完成超低排放改造。
"""


def test_an_indented_line_with_commas_opens_a_paragraph_not_a_head() -> None:
    items = _items(_INDENTED_FIRST_LINES)
    assert _layout(items) == [("article", 1, 8)]
    (story,) = items
    assert isinstance(story, Article)
    assert story.headline == "榆川县冬季供暖平稳运行"
    assert story.byline is not None and story.byline.reporters == ("林岚",)
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].startswith("记者从县住建局获悉") and story.paragraphs[0].endswith("18℃以上。")


# ------------------------------------- a column's label set apart over bulleted briefs

_COLUMN_AFTER_STORY = """我县前两月外贸进出口增长8.5%
　　本报讯（记者　邵　阳）记者从县商务局获悉，前两个月全县外贸进出口总额达23亿元，
同比增长8.5%。

商务速览
●梅溪镇集中签约3个项目　总投资16亿元
　　3月2日，梅溪镇举行一季度重大项目集中签约活动，签约项目涵盖食品加工、
物流仓储等领域，总投资16亿元。（通讯员
许 青）
●“梅溪造”小家电搭乘货运班列出口
　　3月4日，满载梅溪产小家电的货运班列从县物流园驶出，将于20天后
抵达目的地。
"""


def test_a_column_label_over_bullets_closes_the_story_above() -> None:
    items = _items(_COLUMN_AFTER_STORY)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 9), ("article", 10, 12)]
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.subheads == () and len(first.paragraphs) == 1
    # a head of two phrases set apart by a wide space after the bullet is one head
    assert (second.kicker, second.headline) == ("商务速览", "梅溪镇集中签约3个项目总投资16亿元")
    # the indented lead under the bulleted head is the brief's text, not a deck
    assert second.subheadline is None
    assert second.paragraphs == (
        "3月2日，梅溪镇举行一季度重大项目集中签约活动，签约项目涵盖食品加工、物流仓储等领域，总投资16亿元。",
    )
    # the credit broke after its role word: the role and the name stay apart
    assert second.byline is not None and second.byline.correspondents == ("许青",)
    assert (third.kicker, third.subheadline) == ("商务速览", None)
    assert third.headline == "“梅溪造”小家电搭乘货运班列出口"
