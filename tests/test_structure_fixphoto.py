"""Failure classes rounds 17-18 showed (issue 10, fixphoto): photos set right after a story, read
as its last paragraph or left unclassified.  Snippets written for these tests in the style of
county and city papers (invented text, no blind page's); each class is a shape that holds on any
paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------- a caption alone under a story whose byline credits photos

_STORY_THEN_CAPTION = """古镇春来早
——记者走访西塘老街见闻
文/图　本报记者　陈晓岚

　　3月12日上午，西塘老街的青石板路上游人如织，沿河的茶馆里坐满了喝早茶的老人。
　　“今年开春后，周末客流比去年多了三成。”茶馆老板周建平说。
　　据介绍，老街今年新开文创店铺14家，夜游项目也将在4月上线。

{caption}

新塍镇启动春季植树活动
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。
"""


def _story_then_caption(caption: str) -> tuple[Article, Photo, Article]:
    items = _items(_STORY_THEN_CAPTION.format(caption=caption))
    assert _layout(items) == [("article", 1, 7), ("photo", 9, 9), ("article", 11, 12)]
    story, photo, after = items
    assert isinstance(story, Article) and isinstance(photo, Photo) and isinstance(after, Article)
    return story, photo, after


def test_a_caption_flush_under_a_story_set_solid_and_credited_文图_is_its_photo() -> None:
    story, photo, _ = _story_then_caption("游客在西塘老街的廊棚下拍照留念。")
    assert len(story.paragraphs) == 3 and story.paragraphs[-1].endswith("4月上线。")
    assert photo.caption == "游客在西塘老街的廊棚下拍照留念。"


def test_a_caption_indented_like_a_paragraph_under_such_a_story_is_its_photo_too() -> None:
    story, photo, _ = _story_then_caption("　　游客在西塘老街的廊棚下拍照留念。")
    assert len(story.paragraphs) == 3
    assert photo.caption == "游客在西塘老街的廊棚下拍照留念。"


def test_a_paragraph_set_apart_under_a_story_without_a_photo_credit_stays_its_paragraph() -> None:
    uncredited = _STORY_THEN_CAPTION.replace("文/图　本报记者", "本报记者")
    text = uncredited.format(caption="　　老街夜游项目的票价尚未公布。")
    items = _items(text)
    assert _layout(items) == [("article", 1, 9), ("article", 11, 12)]


def test_a_story_whose_paragraphs_are_set_apart_keeps_its_last_one() -> None:
    # paragraphs separated by blank lines: the line under the last blank is one more of them
    text = """古镇春来早
文/图　本报记者　陈晓岚

　　3月12日上午，西塘老街的青石板路上游人如织。

　　“今年开春后，周末客流比去年多了三成。”茶馆老板周建平说。

　　老街夜游项目也将在4月上线。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 8)]
    (story,) = items
    assert isinstance(story, Article) and len(story.paragraphs) == 3


# ------------------------------------------- photo news: title, 文/图 credit, caption under it

_CREDIT_OVER_CAPTION = """●东栅街道：3月9日，该街道举办“邻里节”活动，300余名居民参加。（通讯员　许　宁）

新仓镇：“稻虾共养”试点开塘
文/图　■记者　蒋　明
{body}

广陈镇举办春季招聘会
　　本报讯（记者 许 可）3月11日，广陈镇举办春季招聘会，40余家企业提供岗位800余个。
　　据悉，招聘会现场达成就业意向210人。
"""


def test_a_caption_set_flush_under_a_文图_credit_is_photo_news() -> None:
    body = "3月10日，新仓镇三叉河村的养殖户在稻田里投放虾苗。今年，该镇推广“稻虾共养”模式，试点面积达600亩。"
    items = _items(_CREDIT_OVER_CAPTION.format(body=body))
    assert _layout(items) == [("article", 1, 1), ("photo", 3, 5), ("article", 7, 9)]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert photo.title == "新仓镇：“稻虾共养”试点开塘"
    assert photo.caption == body
    assert photo.byline is not None
    assert (photo.byline.reporters, photo.byline.photographers) == (("蒋明",), ("蒋明",))


def test_a_story_body_indented_under_a_文图_credit_stays_a_story() -> None:
    body = "　　3月10日，新仓镇三叉河村的养殖户在稻田里投放虾苗，试点面积达600亩。"
    items = _items(_CREDIT_OVER_CAPTION.format(body=body))
    assert _layout(items) == [("article", 1, 1), ("article", 3, 5), ("article", 7, 9)]
    story = items[1]
    assert isinstance(story, Article) and story.headline == "新仓镇：“稻虾共养”试点开塘"


# ------------------------------------- a caption signed 文/图 set solid under it, after a story

_CAPTION_SIGNED_UNDER = """曹溪社区建起“共享书房”
    本报讯　3月8日，曹溪社区“共享书房”正式开放，首批上架图书3000余册。（记者　方　宁）

3月7日，曹溪社区志愿者在“共享书房”整理新到的图书。
文/图　记者　方　宁

钱塘镇首批“乡村管家”上岗
    本报讯　3月6日，钱塘镇首批8名“乡村管家”正式上岗。（通讯员　严　静）
"""


def test_a_caption_signed_文图_under_a_signed_story_is_a_photo() -> None:
    items = _items(_CAPTION_SIGNED_UNDER)
    assert _layout(items) == [("article", 1, 2), ("photo", 4, 5), ("article", 7, 8)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title is None
    assert photo.caption == "3月7日，曹溪社区志愿者在“共享书房”整理新到的图书。"
    assert photo.byline is not None and photo.byline.photographers == ("方宁",)
