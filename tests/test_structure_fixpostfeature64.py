"""Failure classes rounds 64-66 showed on feature pages (issue 10, fixpostfeature64): two captions
each pointed at its picture (▲), the first set apart under a story with no credit, the second closed
by its own credit.  Snippets written for these tests (invented names, places and figures, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items

# ------------------------------------------- two pointed captions, the last closed by its credit

_POINTED_PAIR = """青川县茶园铺就增收路
本报记者　林　远
　　初冬时节，青川县白溪镇的茶园里，茶农们正忙着修剪茶树、
施加底肥。“以前茶叶卖不上价，如今有了品牌，一斤能多卖
二十元。”茶农赵大山说。
　　该县今年新建标准化茶园三千亩，带动一千余户茶农增收。

▲ 白溪镇茶园里，茶农在修剪茶树。
▲ 茶叶加工厂里的自动化揉捻设备。　林　远　摄
"""


def test_a_pointed_caption_set_apart_over_a_credited_one_is_a_picture_of_its_own() -> None:
    items = read_items(_POINTED_PAIR)
    assert [type(it) for it in items] == [Article, Photo, Photo]
    first, second = items[1], items[2]
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert first.caption == "白溪镇茶园里，茶农在修剪茶树。"
    assert first.byline is None
    assert second.caption == "茶叶加工厂里的自动化揉捻设备。"
    assert second.byline is not None and second.byline.photographers == ("林远",)
    story = items[0]
    assert isinstance(story, Article)
    assert story.paragraphs[-1].endswith("带动一千余户茶农增收。")


# ------------------------------------------- a sidebar's label set apart over its text, untitled

_LINK_SET_APART = """山里来了“新茶人”
记者　林　远
　　29岁的周晓是白溪镇土生土长的年轻人，大学毕业后在省城做了
几年设计。去年，他回乡注册了自己的茶叶品牌。
　　如今，像周晓这样的返乡青年在当地已有三百余人。

相关链接
　　青川县地处秦岭南麓，是省内茶叶优势产区之一，所产绿茶
香高味醇，每年清明前后集中上市。
"""


def test_a_sidebar_label_set_apart_over_its_untitled_text_heads_a_piece_of_its_own() -> None:
    items = read_items(_LINK_SET_APART)
    assert [type(it) for it in items] == [Article, Article]
    story, link = items
    assert isinstance(story, Article) and isinstance(link, Article)
    assert story.paragraphs[-1] == "如今，像周晓这样的返乡青年在当地已有三百余人。"
    assert story.subheads == ()
    assert link.headline == "相关链接"
    assert link.paragraphs == (
        "青川县地处秦岭南麓，是省内茶叶优势产区之一，所产绿茶香高味醇，每年清明前后集中上市。",
    )


# ------------------------------------------- a title set apart over a numbered list under a story

_TIPS_UNDER_STORY = """以案说法
借款“口头约定”，钱该谁还？
　　法院审理认为，双方虽无书面协议，但转账记录和聊天记录
能够相互印证，遂判决被告归还借款。

出行提示
1.出门前查看天气预报，雨天减速慢行；
2.夜间行车请开启近光灯，切勿疲劳驾驶。
如遇紧急情况，请及时拨打122求助。
"""


def test_a_short_title_set_apart_over_a_numbered_list_heads_a_box_of_its_own() -> None:
    items = read_items(_TIPS_UNDER_STORY)
    assert [type(it) for it in items] == [Article, Article]
    story, tips = items
    assert isinstance(story, Article) and isinstance(tips, Article)
    assert story.subheads == ()
    assert tips.headline == "出行提示"
    assert tips.paragraphs[0] == "1.出门前查看天气预报，雨天减速慢行；"
