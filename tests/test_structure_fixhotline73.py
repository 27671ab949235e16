"""Failure classes blind round73 (and round69) showed on science and hotline pages (issue 10), fixer
``fixhotline73``: a desk's label for a planned series (某某周特别策划) over a short headline and its
—— deck; a bulleted part's head set solid under a paragraph's full stop at the measure; a box's
label (知识点) set apart under a story in parts; a bulleted headless brief under a headed one its
writer signed.  Snippets written for these tests (invented names, places and figures, no blind
page's text): each class is a layout any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import first_article, read_articles, read_items
from tests.test_structure_columns import _layout

# ------------------------------------------------ a planned series' label over headline and deck

_SERIES_HEAD = """环保宣传月特别策划
分类进万家
——这些投放要点请记好
记者　郑　原　通讯员　林宣
　　本月是全市环保宣传月。各街道组织志愿者走进小区，向居民讲解垃圾分类知识。
　　截至目前，全市已有二百余个小区实行定时定点投放。
"""


def test_a_desks_planned_series_label_is_the_kicker_over_a_short_headline() -> None:
    """某某月特别策划 over a headline of a few characters and its —— deck: the desk's name for the
    pieces it planned is the kicker, never the first half of one headline wrapped."""
    story = first_article(_SERIES_HEAD)
    assert story.kicker == "环保宣传月特别策划"
    assert story.headline == "分类进万家"
    assert story.subheadline == "——这些投放要点请记好"


# ------------------------------------------------ a bulleted part's head under a full line's stop

_BULLETED_PARTS = """入夏用电安全不能忘
记者　郑　原
　　气温持续升高，空调、电风扇等大功率电器使用
增多，用电安全隐患随之上升，市供电公司提醒广大
居民注意。
■ 出门在外，记得断电源
　　外出时应关闭家中不用的电器，拔下各类充电器，
不要让电器长时间处于待机状态，以免线路发热起火
或烧坏电器，给家庭带来不必要的财产损失和危险。
■ 线路老化，及时请人修
　　家中线路使用超过十年的，应请专业电工上门检查，
发现电线外皮破损、开关插座松动等问题及时更换。
"""


def test_a_bulleted_head_under_a_full_line_ending_a_sentence_is_a_subhead() -> None:
    """■ 出门在外，记得断电源 under a line that fills the measure and ends its sentence: no sentence
    wraps onto a line its bullet opens, so the line heads the next part."""
    story = first_article(_BULLETED_PARTS)
    assert [s.text for s in story.subheads] == ["出门在外，记得断电源", "线路老化，及时请人修"]
    assert len(story.paragraphs) == 3


# ------------------------------------------------ a box's label set apart under a story in parts

_KNOWLEDGE_BOX = """夏季防溺水要牢记
记者　郑　原
　　暑期将至，市教育局联合消防部门走进校园开展防溺水宣传。
■ 不到陌生水域游泳
　　同学们要在家长陪同下到正规游泳场所游泳。
■ 发现同伴落水不盲目施救
　　应大声呼救，并及时拨打报警电话。

知识点
　　溺水者在水中挣扎的时间通常只有几十秒，抢救要争分夺秒。
　　施救者应尽量借助竹竿、绳索等工具，避免徒手下水。
"""


def test_a_knowledge_box_set_apart_under_a_story_in_parts_is_a_piece_of_its_own() -> None:
    """知识点 set apart over its text, under a story whose parts are headed otherwise: the box's
    label heads a piece of its own, as 相关链接 set apart does, no subhead of the story above."""
    items = read_items(_KNOWLEDGE_BOX)
    assert _layout(items) == [("article", 1, 7), ("article", 9, 11)]
    story, box = items
    assert isinstance(story, Article) and isinstance(box, Article)
    assert [s.text for s in story.subheads] == ["不到陌生水域游泳", "发现同伴落水不盲目施救"]
    assert box.headline == "知识点"
    assert len(box.paragraphs) == 2


# ------------------------------------------------ a bulleted headless brief under a signed one

_BRIEFS = """科技快讯
南湖科普馆获评省级示范基地
　　近日，省科技厅公布年度科普示范基地名单，我市南
湖科普馆榜上有名，这是我市第三家省级示范基地。
（王　岚）
■6月8日上午，市科技馆将举办“少年科学营”开营仪
式，设置航模、编程等10个体验项目，欢迎中小学生报
名参加。
"""


def test_a_bulleted_headless_brief_under_a_brief_its_writer_signed_is_the_columns_next() -> None:
    """■6月8日上午，… under a headed brief closed by its writer's name: the bullet opens the
    column's next brief, headless, its text whole (no head cut from its first line)."""
    briefs = read_articles(_BRIEFS)
    assert len(briefs) == 2
    assert briefs[1].kicker == "科技快讯"
    assert briefs[1].headline == ""
    assert briefs[1].paragraphs[0].startswith("6月8日上午")
