"""Failure classes rounds 17–18 showed in stories (fixstory): a 副刊's long names in the desk line
and the author line, a group of poems set solid with its titles among the verse, and stories that
were split or cut short.  Snippets written for these tests (invented names, places and figures, in
the papers' style); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# --------------------------------------- a 副刊: five-character names, a group of poems set solid

_SUPPLEMENT_SOLID_GROUP = """锡林日报
2026年3月9日　星期一
副刊
6
责任编辑：萨仁其其格　　美术编辑：刘　晴

河畔的白桦（组诗）
□ 哈斯巴特尔
晨雾
雾从河面升起来
把白桦一棵棵藏好
又一棵棵还给岸
归牧
夕阳落在马鞍上
老人的歌
比羊群走得更慢
炊烟
一缕一缕
把毡房系在天边

春天的牧场
■ 周　岚
　　三月的牧场，风还是凉的，草根却已经醒了。
　　牧人把马群赶上坡，远处传来一阵马嘶。
"""


def test_desk_line_with_a_five_character_name_is_masthead() -> None:
    items = _items(_SUPPLEMENT_SOLID_GROUP)
    assert all(item.source.first != 5 for item in items)


def test_group_of_poems_set_solid_keeps_its_titles() -> None:
    items = _items(_SUPPLEMENT_SOLID_GROUP)
    assert _layout(items) == [("article", 7, 19), ("article", 21, 24)]
    poems, essay = items
    assert isinstance(poems, Article) and isinstance(essay, Article)
    assert poems.headline == "河畔的白桦（组诗）"
    assert poems.byline is not None and [c.names for c in poems.byline.others] == [("哈斯巴特尔",)]
    assert [h.text for h in poems.subheads] == ["晨雾", "归牧", "炊烟"]
    assert poems.paragraphs[0] == "雾从河面升起来"
    assert poems.paragraphs[-1] == "把毡房系在天边"
    assert len(poems.paragraphs) == 8
    assert essay.headline == "春天的牧场"
