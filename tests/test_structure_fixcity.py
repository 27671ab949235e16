"""City, photo and health pages (issue 10, rounds 21–24), on snippets written for these tests in
the style of evening papers and city dailies (invented text, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ a desk line by rank

_CHIEF_EDITOR = """B05
城事
东江晚报　2026年3月2日　星期一
首席编辑：孟 川　美编：齐 岚　校对：罗 敏
老街巷里的“共享菜园”
东河区今年已建成社区菜园12处，“认领制”让闲地变成了绿地
文/晚报记者 韦 宁　图/晚报记者 柯 岩
　　3月1日上午，东河区松柏街道的“共享菜园”迎来开春第一次播种，20多位居民带着孩子种下了青菜和萝卜。
　　菜园由街道闲置地块改造而成，按户认领，每户每年只需交纳30元水费。
"""


def test_a_chief_editor_heads_the_desk_line_not_a_story() -> None:
    # 首席编辑 is a desk's rank like 主编: its line is the page's furniture, not the kicker of the
    # story under it
    items = _items(_CHIEF_EDITOR)
    assert _layout(items) == [("article", 5, 9)]
    story = items[0]
    assert isinstance(story, Article)
    assert story.kicker is None
    assert story.headline == "老街巷里的“共享菜园”"
    assert story.byline is not None and story.byline.photographers == ("柯岩",)


# ------------------------------------------------------------------ a caption under a story

_CAPTIONS_SET_SOLID = """秋收时节稻谷香
　　9月20日，西岭镇的稻田里，农民驾驶收割机抢收水稻。
本报记者　苗　青　摄
山村通上“致富路”
文/图　本报记者　甘　露
　　9月18日，东坪村至县城的硬化公路正式通车，全长12.6公里。
　　“以前卖山货要走两个小时山路，现在半小时就到县城了。”村民老罗说。
施工人员在新建公路上做最后的检查。
古镇夜色美
　　国庆前夕，临水古镇亮起灯光，游客沿河漫步。
通讯员　鲁　平　摄
"""


def test_a_flush_caption_under_an_indented_story_with_a_head_set_solid_below() -> None:
    # the story's paragraphs open with an indent; a flush sentence under them, the next
    # picture's title set solid below it, is the story's picture's caption (no credit of its own)
    items = _items(_CAPTIONS_SET_SOLID)
    assert _layout(items) == [("photo", 1, 3), ("article", 4, 7), ("photo", 8, 8), ("photo", 9, 11)]
    story, caption = items[1], items[2]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(caption, Photo)
    assert caption.caption == "施工人员在新建公路上做最后的检查。"
    assert caption.title is None and caption.byline is None
