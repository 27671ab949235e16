"""Failure classes round 53 showed on a photo page (issue 10, fixphoto61): the page's number and
section printed again where a column starts, set solid under a story's last sentence; a picture's
caption closed by its credit at the top of that column; a column of readers' pictures labelled
over a photo's title; the desk's call for pictures and its mailbox over a 扫码… prompt of two lines
at the page's foot.  Snippets written for these tests in the style of city and evening papers
(invented names, places and figures, no blind page's); each class is a shape that holds on any
paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo, QrPrompt
from publisher.reader import parse_page
from tests.nothing_lost import read_items


def _layout(items: tuple[object, ...]) -> list[tuple[str, int, int]]:
    return [(type(it).__name__.lower(), it.source.first, it.source.last) for it in items]  # type: ignore[attr-defined]


# -------------------------------- the page's folio printed again where a column starts, a caption under it

_FOLIO_OVER_CAPTION = """青河晚报
2026年5月9日　星期六
06　视觉
责任编辑：周　岚　美编：许　捷

五一假期
青河接待游客超百万人次
晚报记者　陈　立
　　记者从市文旅局获悉，五一假期全市共接待游客
112.5万人次，同比增长9.8%。
　　假期里，古城、湿地公园等景区人气旺盛，不少外
地游客专程前来打卡。
06
视觉
    5月8日，市民在滨江步道上骑行。雨后的江岸绿意
盎然，成为市民休闲的好去处。
晚报记者　何　敏　摄

麦田管护忙
    5月7日，青河县农民在麦田里喷洒叶面肥。
通讯员　钱　江　摄
"""


def test_the_folio_printed_again_under_a_stories_last_sentence_is_furniture() -> None:
    parsed = parse_page(_FOLIO_OVER_CAPTION)
    assert 13 in parsed.masthead.lines and 14 in parsed.masthead.lines
    assert parsed.masthead.section == "视觉"


def test_a_caption_closed_by_its_credit_under_the_folio_is_a_photo_not_the_storys() -> None:
    items = read_items(_FOLIO_OVER_CAPTION)
    assert _layout(items) == [("article", 6, 12), ("photo", 15, 17), ("photo", 19, 21)]
    story, photo = items[0], items[1]
    assert isinstance(story, Article) and isinstance(photo, Photo)
    assert story.byline is not None and not story.byline.photographers
    assert len(story.paragraphs) == 2
    assert photo.title is None and photo.caption.startswith("5月8日，市民在滨江步道上骑行。")
    assert photo.byline is not None and photo.byline.photographers == ("何敏",)


# A story whose paragraph the folio cut goes on under it: its sentence is left open.
_FOLIO_INSIDE_A_SENTENCE = """青河晚报
2026年5月9日　星期六
06　视觉
责任编辑：周　岚　美编：许　捷

古城夜游受追捧
晚报记者　陈　立
　　五一假期，古城推出的夜游项目吸引不少市民和
06
视觉
游客，每晚接待量超过两万人次。
　　景区负责人介绍，下一步将增加灯光秀场次。
"""


def test_a_paragraph_the_folio_cut_goes_on_under_it() -> None:
    items = read_items(_FOLIO_INSIDE_A_SENTENCE)
    assert _layout(items) == [("article", 6, 12)]
    story = items[0]
    assert isinstance(story, Article) and len(story.paragraphs) == 2


# ------------------------------------------------ a column of readers' pictures labelled over a title

_READERS_COLUMN = """　　本报讯　第三届青河风筝节将于下月在滨江公园举办。（陈立）

网友随手拍
湖畔晚霞
    5月3日傍晚，东湖上空出现绚丽晚霞，湖面波光
粼粼。
网友　林小北　摄

市民拍客
雨中荷塘
    5月2日，雨后的荷塘里，新叶舒展。
市民　许　静　摄
"""


def test_a_readers_column_label_over_a_titled_photo_is_no_title() -> None:
    items = read_items(_READERS_COLUMN)
    assert _layout(items)[1:] == [("photo", 3, 7), ("photo", 9, 12)]
    first, second = items[1], items[2]
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert first.title == "湖畔晚霞"
    assert first.caption == "5月3日傍晚，东湖上空出现绚丽晚霞，湖面波光粼粼。"
    assert second.title == "雨中荷塘" and second.caption == "5月2日，雨后的荷塘里，新叶舒展。"


# --------------------------------- the desk's call for pictures over a 扫码… prompt of two lines, at the foot

_CALL_OVER_PROMPT = """青河晚报
2026年5月9日　星期六
06　视觉
责任编辑：周　岚　美编：许　捷

麦田管护忙
    5月7日，青河县农民在麦田里喷洒叶面肥。
通讯员　钱　江　摄

欢迎读者投稿　摄影投稿邮箱：qhwbsj@example.com
扫码关注青河晚报视频号
看更多精彩图片
"""


def test_the_desks_call_and_mailbox_over_a_two_line_prompt_is_furniture() -> None:
    items = read_items(_CALL_OVER_PROMPT)
    assert _layout(items) == [("photo", 6, 8), ("qrprompt", 11, 12)]
    assert isinstance(items[1], QrPrompt)
    assert 10 in parse_page(_CALL_OVER_PROMPT).masthead.lines


# -------------------------------------------- a cartoon column's label over the cartoon's title

_CARTOON_COLUMN = """　　本报讯　市人社局昨日发布今年第一季度就业数据。（林　远）

时评漫画
“打卡”变“打转”
　　一天五次线上打卡，基层干部忙着应付系统。
图/何　川
"""


def test_a_cartoon_columns_label_over_the_cartoons_title_is_no_title() -> None:
    items = read_items(_CARTOON_COLUMN)
    assert _layout(items)[1:] == [("photo", 3, 6)]
    cartoon = items[1]
    assert isinstance(cartoon, Photo)
    assert cartoon.title == "“打卡”变“打转”"
    assert cartoon.caption == "一天五次线上打卡，基层干部忙着应付系统。"


# ------------------------------------- a picture sent in, its credit naming what its sender is

_SENDERS_CREDIT = """东湖候鸟归来
　　11月3日，一群白鹭在东湖湿地觅食。随着气温下降，
候鸟陆续飞抵湿地越冬。
摄影爱好者　孙明远　摄

古镇银杏黄
　　11月2日，古镇老街的银杏叶金黄一片。
网友　周小舟　摄
"""


def test_a_senders_role_in_a_photo_credit_is_no_word_of_the_caption() -> None:
    items = read_items(_SENDERS_CREDIT)
    assert _layout(items) == [("photo", 1, 4), ("photo", 6, 8)]
    first, second = items
    assert isinstance(first, Photo) and isinstance(second, Photo)
    assert first.caption == "11月3日，一群白鹭在东湖湿地觅食。随着气温下降，候鸟陆续飞抵湿地越冬。"
    assert first.byline is not None and first.byline.photographers == ("孙明远",)
    assert second.caption == "11月2日，古镇老街的银杏叶金黄一片。"
    assert second.byline is not None and second.byline.photographers == ("周小舟",)


# ------------------------------------ the desk's mailbox set solid under the masthead's block

_MAILBOX_UNDER_MASTHEAD = """青河晚报
06　视觉
2026年5月9日　星期六　责任编辑　周　岚　　美术编辑　许　捷
图片投稿邮箱：qhwbtp@example.com

麦田管护忙
    5月7日，青河县农民在麦田里喷洒叶面肥。
通讯员　钱　江　摄
"""


def test_the_desks_mailbox_under_the_mastheads_block_is_the_mastheads() -> None:
    items = read_items(_MAILBOX_UNDER_MASTHEAD)
    assert _layout(items) == [("photo", 6, 8)]
    assert 4 in parse_page(_MAILBOX_UNDER_MASTHEAD).masthead.lines
