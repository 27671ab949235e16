"""Failure classes rounds 64-66 showed on city pages (issue 10, fixpostcity64): a photo column's
label led by a box's mark and alone on its line (■图片新闻) under a city story, over the photo's
title, caption and credit.  Snippets written for these tests in the style of city pages of evening
papers (invented names, places and figures, no blind page's); each class is a shape that holds on
any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader.line_kinds import brief_parts, photo_column
from tests.nothing_lost import read_items


def _layout(items: tuple[object, ...]) -> list[tuple[str, int, int]]:
    return [(type(it).__name__.lower(), it.source.first, it.source.last) for it in items]  # type: ignore[attr-defined]


# ------------------------------------------- a photo column's label led by a box's mark, alone on its line

_MARKED_LABEL_ALONE = """老街菜场改造完工
记者　方　宁
    “以前下雨天菜场里全是积水，现在干干净净。”10月8日，家住
东湖街道的李阿姨说。
    记者从区商务局了解到，今年以来全区改造农贸市场6个。

■图片新闻
西湖公园菊花展开幕
    10月9日，市民在西湖公园观赏菊花，各色菊花争奇
斗艳。　　　　　　　　　　　　　　记者　顾　远　摄

快递员拾金不昧获表扬
记者　杜　琳
    10月7日，快递员小吴在派件途中捡到一个钱包，当即交给了派出所。
"""


def test_a_photo_columns_label_led_by_a_mark_alone_on_its_line_opens_the_photo() -> None:
    items = read_items(_MARKED_LABEL_ALONE)
    assert _layout(items) == [("article", 1, 5), ("photo", 7, 10), ("article", 12, 14)]
    photo = next(it for it in items if isinstance(it, Photo))
    assert photo.title == "西湖公园菊花展开幕"
    assert photo.caption.startswith("10月9日") and photo.caption.endswith("争奇斗艳。")
    assert photo.byline is not None and photo.byline.photographers == ("顾远",)
    story = next(it for it in items if isinstance(it, Article))
    assert story.headline == "老街菜场改造完工"


def test_a_box_mark_before_a_photo_columns_label_is_no_part_of_the_label() -> None:
    assert photo_column("■图片新闻") == "图片新闻"
    assert photo_column("◆图说") == "图说"
    # a mark before words no photo column is called stays no label
    assert photo_column("■城事速递") is None


# --------------------------------- a caption's credit in brackets broken over two lines, inside the credit

_WRAPPED_BRACKET_CREDIT = """职工在车间里检修设备。本报记者　白　雪　摄

    10月3日，游客在青峰山景区赏秋。（新华社记者
　卢　川　摄）

读者来稿须知
"""

_WRAPPED_INSIDE_THE_ROLE = """职工在车间里检修设备。本报记者　白　雪　摄

    10月3日，游客在青峰山景区赏秋。（新华社
记者　卢　川　摄）

读者来稿须知
"""


def test_a_bracketed_credit_broken_after_its_role_closes_the_caption_above() -> None:
    for page in (_WRAPPED_BRACKET_CREDIT, _WRAPPED_INSIDE_THE_ROLE):
        items = read_items(page)
        photo = next(it for it in items if isinstance(it, Photo) and it.source.first == 3)
        assert photo.source.last == 4
        assert photo.caption == "10月3日，游客在青峰山景区赏秋。"
        assert photo.byline is not None and photo.byline.photographers == ("卢川",)


# ------------------------- a bulleted item of a notice whose colon stands inside a bracket, no brief's head

_BULLETED_NOTICE = """遗失声明
●青溪市东城区恒达商贸有限公司遗失公章一枚，编号：33010200
45678，声明作废。
●刘　芳（身份证号：33012319880312****）遗失道路运输从业人员
资格证，证号：330100202300123，声明作废。
●青溪市李明家庭农场遗失营业执照正副本，声明作废。
"""


def test_a_colon_inside_a_bracket_opened_after_a_bullet_ends_no_briefs_head() -> None:
    assert brief_parts("●刘芳（身份证号：33012319880312****）遗失道路运输从业人员") is None
    assert brief_parts("●青溪（东城）镇：开展夏季防汛演练，全镇300余名干部群众参加。") is not None
    items = read_items(_BULLETED_NOTICE)
    assert [(type(it).__name__, it.source.first, it.source.last) for it in items] == [("Notice", 1, 6)]
