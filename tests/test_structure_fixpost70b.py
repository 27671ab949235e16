"""Failure classes the released blind rounds 70-71 showed on picture pages (issue 10, post70b): a
caption closed on its own line by its credit with the mark after the names (……留念。　　某某　文/图),
which wrote the words and took the picture as 文/图 某某 says; and a titled caption closed by the
bare source of its picture on a line of its own (来源：某某), as (来源：某某) in brackets closes one.
Snippets written for these tests in the style of county papers' picture pages (invented names,
places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader.bylines import parse_byline, source_credit
from publisher.reader.caption_credits import split_photo_credit
from tests.nothing_lost import read_items

# ------------------------------------------- a caption closed by 某某　文/图 under a story

_STORY_THEN_CAPTION = """油菜花开引客来
■记者　林晓雨
    本报讯　4月2日，青溪镇第三届油菜花节开幕，万亩花海
吸引周边游客前来踏青赏花。
    花节为期二十天，设置了农产品展销、民俗表演等活动。

　　游客在青溪镇花田里拍照留念。　　林晓雨　文/图

春耕
　　4月1日，白塘村村民驾驶插秧机在田间作业。
　　　　　　　　　　　　　　　　记者　王　帆　摄
"""


def test_caption_closed_by_names_then_mark_is_its_own_photo() -> None:
    items = read_items(_STORY_THEN_CAPTION)
    kinds = [type(it).__name__ for it in items]
    assert kinds == ["Article", "Photo", "Photo"]
    story, caption = items[0], items[1]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(caption, Photo)
    assert caption.caption == "游客在青溪镇花田里拍照留念。"
    assert caption.byline is not None
    assert caption.byline.reporters == ("林晓雨",) and caption.byline.photographers == ("林晓雨",)


def test_names_then_mark_read_as_mark_then_names() -> None:
    assert parse_byline("林晓雨　文/图") == parse_byline("文/图　林晓雨")
    assert parse_byline("王 帆 文／图") == parse_byline("文／图 王 帆")
    # a sentence that ends on 图/文 names no one
    assert split_photo_credit("详情见下图/文") is None
    led = split_photo_credit("村民在晒场上翻晒稻谷。记者 王帆 文/图")
    assert led is not None and led[0] == "村民在晒场上翻晒稻谷。"
    assert led[1].reporters == ("王帆",) and led[1].photographers == ("王帆",)


# ------------------------------------------- a titled caption closed by a bare 来源：某某 line

_SOURCED_CAPTION = """山口上的巡逻队
    3月8日，青峰县边境派出所民警在海拔四千余米的
山口踏雪巡逻，守护一方平安。
来源：青峰县公安局

春耕
　　4月1日，白塘村村民驾驶插秧机在田间作业。
　　　　　　　　　　　　　　　　记者　王　帆　摄
"""


def test_caption_closed_by_bare_source_is_a_photo() -> None:
    items = read_items(_SOURCED_CAPTION)
    assert [type(it).__name__ for it in items] == ["Photo", "Photo"]
    sourced = items[0]
    assert isinstance(sourced, Photo) and sourced.title == "山口上的巡逻队"
    assert sourced.caption.endswith("守护一方平安。")
    assert sourced.byline is not None and not sourced.byline.photographers
    assert source_credit("来源：青峰县公安局") == source_credit("（来源：青峰县公安局）")
    assert source_credit("数据来源：县统计局") is None
