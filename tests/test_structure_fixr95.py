"""Failure classes rounds 95 and 97 showed (issue 10, fixer r95): county papers' picture pages,
classified columns and town news.  Snippets written for these tests in the style of county papers
(invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Photo
from tests.nothing_lost import read_items

# ------------------------------------ a picture 供图 by a person the paper names by a staff role

_STAFF_COURTESY_RUN_IN = """青石湾海带开始收割
　　连日来，青石湾村海带养殖户趁着好天气出海
收割、晾晒海带。今年全村海带养殖面积达3200
亩，预计产量900吨。　通讯员 郑海波 供图
"""

_STAFF_COURTESY_ALONE = """　　9月12日，白沙镇中心小学的学生在校园农场
里收获自己种下的红薯。
　　　　　　　　通讯员　柯文静　供图
"""

_NAMELESS_COURTESY = """　　9月12日，白沙镇中心小学的学生在校园农场
里收获自己种下的红薯。
　　　　　　　　通讯员　供图
"""


def test_a_caption_closed_by_a_staff_members_courtesy_credit_names_the_photographer() -> None:
    (photo,) = read_items(_STAFF_COURTESY_RUN_IN)
    assert isinstance(photo, Photo)
    assert photo.title == "青石湾海带开始收割"
    assert photo.caption.endswith("预计产量900吨。")
    assert photo.byline is not None and photo.byline.photographers == ("郑海波",)
    assert not photo.byline.correspondents


def test_a_staff_members_courtesy_credit_alone_on_its_line_names_the_photographer() -> None:
    (photo,) = read_items(_STAFF_COURTESY_ALONE)
    assert isinstance(photo, Photo)
    assert photo.byline is not None and photo.byline.photographers == ("柯文静",)
    # (a role with no name after it gave the picture as a source does: no one took it)
    (nameless,) = read_items(_NAMELESS_COURTESY)
    assert isinstance(nameless, Photo)
    assert nameless.byline is None or not nameless.byline.photographers
