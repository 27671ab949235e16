"""Failure classes round 93 showed on a county paper's front page (issue 10, r93a): a 导读 box whose
label is printed in brackets (【导读】) over ▶ teasers each closed by its （详见第N版） pointer.  Snippets
written for these tests in the style of county papers (invented names, places and figures, no blind
page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo, Unclassified
from tests.nothing_lost import read_items

# ------------------------------------------------ a teaser box labelled in brackets, 【导读】

_BOXED_TEASER_LABEL = """【导读】
▶青河镇新建2座口袋公园方便群众休闲（详见第2版）
▶柳园社区：“邻里食堂”开进小巷深处（详见第3版）

我县首批智慧农业示范园建成投用
本报讯（记者　苏明远）4月8日，我县首批5个智慧农业示范园建成投用，
覆盖蔬菜、食用菌等品类，年产值预计达3.6亿元。
"""


def test_a_teaser_box_labelled_in_brackets_gives_one_brief_per_teaser() -> None:
    items = read_items(_BOXED_TEASER_LABEL)
    assert not any(isinstance(it, Unclassified) for it in items)
    teasers = [it for it in items if isinstance(it, Article) and it.source.last <= 3]
    assert [(t.source.first, t.source.last) for t in teasers] == [(1, 2), (3, 3)]
    assert [(t.kicker, t.headline) for t in teasers] == [
        ("导读", "青河镇新建2座口袋公园方便群众休闲"),
        ("导读", "柳园社区：“邻里食堂”开进小巷深处"),
    ]
    assert all(not t.paragraphs for t in teasers)
    story = next(it for it in items if isinstance(it, Article) and it.source.first == 5)
    assert story.headline == "我县首批智慧农业示范园建成投用"


# --------------------------- a titled photo whose caption opens on ▲, wrapped over lines, credited under it

_POINTED_CAPTION = """临河村秋收忙
▲10月20日，临河县柏树乡一处农场里，农机手驾驶收割
机抢收玉米。今年该乡种植玉米1.2万亩，预计总产量
比去年增加一成。
通讯员　何　川　摄

　　10月18日，游客在石门峡景区欣赏红叶。
本报记者　邵　青　摄
"""


def test_a_titled_caption_pointed_at_its_picture_by_a_triangle_is_a_photo() -> None:
    items = read_items(_POINTED_CAPTION)
    assert not any(isinstance(it, Article) for it in items)
    photo = next(it for it in items if isinstance(it, Photo) and it.source.first == 1)
    assert photo.source.last == 5
    assert photo.title == "临河村秋收忙"
    assert photo.caption == (
        "10月20日，临河县柏树乡一处农场里，农机手驾驶收割机抢收玉米。今年该乡种植玉米1.2万亩，预计总产量比去年增加一成。"
    )
    assert photo.byline is not None and photo.byline.photographers == ("何川",)
