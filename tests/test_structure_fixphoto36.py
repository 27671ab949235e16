"""Failure classes rounds 34-36 showed (issue 10), fixer ``fixphoto36``: photos not found (a set of
captions read as a story or a table, a caption set apart under a story read as its last paragraph)
and photo credits that name no photographer (某某供图, 某某社发, 本组图片 before the name).
Snippets written for these tests in the style of city and county papers' photo pages (invented
text, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.bylines import parse_byline
from publisher.reader.caption_credits import split_photo_credit
from tests.test_structure_columns import _items, _layout


def _photo(item: object) -> Photo:
    assert isinstance(item, Photo)
    return item


# ------------------------------------------------- a titled set of captions under one credit

_DIGIT_SET = """影像
2026年7月2日　星期四

荷塘月色　游人如织
1　东湖荷花进入盛花期，市民在湖边拍照留念。
2　孩子们在荷塘边的栈道上追逐嬉戏。
3　摄影爱好者架起相机捕捉荷花绽放瞬间。
图/李　明　周　岚

稻田画里庆丰年
▲　新埭镇的稻田画吸引游客驻足观赏。
▲　无人机从空中拍摄的稻田画全景。
▲　村民在稻田边搭起了农产品集市。
赵　阳　摄
"""


def test_numbered_and_pointed_caption_sets_are_one_photo_each() -> None:
    # a title, captions numbered 1　2　3 (or each pointed at by ▲), a credit set solid under
    # them: one photo of a set, not a story (nor a table of numbered rows)
    items = _items(_DIGIT_SET)
    assert _layout(items) == [("photo", 4, 8), ("photo", 10, 14)]
    digits, pointed = _photo(items[0]), _photo(items[1])
    assert digits.title == "荷塘月色游人如织"
    assert digits.caption.startswith("1")
    assert "3" in digits.caption
    assert digits.byline is not None and digits.byline.photographers == ("李明", "周岚")
    assert pointed.title == "稻田画里庆丰年"
    # (in a set the ▲ parts one picture's caption from the next, as ① does: kept)
    assert pointed.caption.count("▲") == 3
    assert pointed.byline is not None and pointed.byline.photographers == ("赵阳",)


_LEAD_OVER_SET = """影像
2026年7月2日　星期四

古镇夏夜
　　入夏以来，古镇推出夜游项目，青石板路上
游人如织，沿河店铺灯火通明。
①　游客在河边品尝特色小吃。
②　乌篷船载着游客夜游古镇。
③　非遗艺人现场表演皮影戏。
本组图片　吴　涛　摄
"""


def test_a_set_under_a_wrapped_lead_is_one_photo_credited_to_its_photographer() -> None:
    # the line on all the pictures wraps over two lines before the numbered captions; 本组图片
    # before the name says which pictures the credit covers and names no one
    items = _items(_LEAD_OVER_SET)
    assert _layout(items) == [("photo", 4, 10)]
    photo = _photo(items[0])
    assert photo.title == "古镇夏夜"
    assert photo.caption.startswith("入夏以来")
    assert photo.byline is not None and photo.byline.photographers == ("吴涛",)


# ------------------------------------------ captions set apart under a story, their own credit

_CAPTIONS_UNDER_STORY = """要闻
2026年7月2日　星期四

我县早稻开镰收割
　　本报讯（记者　陈　晨）连日来，我县12万亩早稻陆续成熟，
各乡镇抢抓晴好天气开镰收割。
　　据介绍，今年全县投入收割机械800余台，预计7月中旬基本
完成收割。

①　西江镇农户驾驶收割机收割早稻。
②　种粮大户在晒场上翻晒稻谷。
③　粮站工作人员为农户检测稻谷水分。
刘　洋　摄

　　7月1日，在县城一家电子企业，工人在生产线上组装零件。
某某社发

全县新增就业岗位三千个
　　本报讯（记者　林　静）今年以来，我县通过招商引资新增就业
岗位3000余个，带动农村劳动力就近就业。
"""


def test_captions_set_apart_under_a_story_are_photos_not_its_paragraphs() -> None:
    # ①②③ set apart under a story whose byline credits no photographer, closed by their own
    # credit: a set of pictures; a caption set apart under the story, closed by the agency that
    # sent the picture out (某某社发), is a photo with no photographer
    items = _items(_CAPTIONS_UNDER_STORY)
    assert _layout(items) == [
        ("article", 4, 8),
        ("photo", 10, 13),
        ("photo", 15, 16),
        ("article", 18, 20),
    ]
    story = items[0]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    numbered, sent = _photo(items[1]), _photo(items[2])
    assert numbered.byline is not None and numbered.byline.photographers == ("刘洋",)
    assert sent.caption == "7月1日，在县城一家电子企业，工人在生产线上组装零件。"
    assert sent.byline is None or not sent.byline.photographers


# --------------------------------------------------------------- credits that name no one


def test_a_source_credited_for_a_picture_names_no_photographer() -> None:
    # 学校供图, 通讯员　供图: where the picture came from, not who took it
    for credit in ("学校供图", "通讯员　供图", "某某社发"):
        byline = parse_byline(credit, photo=True)
        assert byline is not None and not byline.photographers, credit
    split = split_photo_credit("志愿者为独居老人检查燃气设施。　　社区　供图")
    assert split is not None
    assert split[0] == "志愿者为独居老人检查燃气设施。"
    assert not split[1].photographers


_PAINTING = """副刊
2026年7月2日　星期四

夏日荷风（国画）　　张　远 作

湖边的夏天
□ 王小川
　　夏天的湖边总是热闹的，早起的人们沿着湖岸散步。
"""


def test_a_painting_captioned_without_title_marks_is_a_photo() -> None:
    # the work's bare title and its medium in brackets, the artist and 作 after a wide space,
    # alone between blank lines: the painting's caption, not the next story's kicker
    items = parse_page(_PAINTING).items
    assert _layout(items)[:2] == [("photo", 4, 4), ("article", 6, 8)]
    painting = _photo(items[0])
    assert painting.caption == "夏日荷风（国画）"
    assert painting.byline is not None and not painting.byline.photographers


# ------------------------------------------------------- the masthead of an edition's photo page

_PINYIN_UNDER_NAME = """青山日报·东湖版
DONGHU
2026年7月2日　星期四　农历五月十八
第07版
影像
责任编辑：王　芳　　美术编辑：李　静

湖畔晨光
　　清晨，市民在东湖边晨练，湖面薄雾缭绕。
赵　阳　摄
"""


def test_the_edition_name_in_pinyin_under_the_paper_name_is_the_masthead() -> None:
    # PINGHU, DONGHU: the edition's name in capitals, one word, set under the paper's name; the
    # page label, the section and the desk line set under it are the masthead's too (not an ad)
    parsed = parse_page(_PINYIN_UNDER_NAME)
    assert parsed.masthead.section == "影像"
    assert parsed.masthead.page_label == "第07版"
    assert [item.type for item in parsed.items] == ["photo"]
