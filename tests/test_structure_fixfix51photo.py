"""Failure classes round 51 showed on a photo page (issue 10), fixer ``fix51photo``.  Snippets
written for these tests in the style of a provincial paper's picture page (invented scenes, places
and names, no blind page's); each class is a shape that holds on any paper:

- a set of pictures under one title, their captions numbered (①… / ②… / ③…), closed by one
  credit of who wrote the captions and took the pictures (记者 X 文/图) with a blank under it: one
  photo set, not a story whose byline stands at its foot;
- the press body that publishes the paper beside its address at the page's foot (某某报业集团主办
  地址：…): the imprint, furniture, no item;
- the paper's name with no word for a paper in it, alone on the page's first line over its number,
  date and a known section's word: the paper's name, not a second section.
"""

from __future__ import annotations

from publisher.model import Article, Item, Photo
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost


def _read(text: str) -> tuple[Item, ...]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    return parsed.items


_NUMBERED_SET = """湖畔秋色　层林尽染
①　10月8日，游人在某某湖畔的银杏林中拍照。
②　某某湖湿地公园里，候鸟在浅滩觅食。
③　在某某镇，村民晾晒新摘的柿子。
本报记者　方　远　文/图

全市新建口袋公园四十处
    本报讯（记者　方　远）今年以来，全市利用边角地新建口袋公园40处，市民出门
“见绿”更加方便。
"""


def test_numbered_captions_under_one_text_and_photo_credit_are_one_photo() -> None:
    items = _read(_NUMBERED_SET)
    photo = items[0]
    assert isinstance(photo, Photo)
    assert photo.title is not None and photo.title.replace("\u3000", "") == "湖畔秋色层林尽染"
    assert photo.caption.count("③") == 1
    assert photo.byline is not None and photo.byline.photographers == ("方远",)
    assert isinstance(items[1], Article)


def test_numbered_points_over_a_byline_with_prose_under_it_stay_a_story() -> None:
    # (prose set solid under the 文/图 credit is the story the credit signs)
    text = """湖畔秋色　层林尽染
①　10月8日，游人在某某湖畔的银杏林中拍照。
②　某某湖湿地公园里，候鸟在浅滩觅食。
本报记者　方　远　文/图
    今年以来，全市利用边角地新建口袋公园40处，市民出门“见绿”更加方便。
"""
    assert not any(isinstance(item, Photo) and "③" in item.caption for item in _read(text))


_FOOT = """某某农民报
08
2026年10月9日　星期五
图片新闻

秋收一线见闻
    本报讯（记者　方　远）连日来，全省各地抢抓晴好天气收获秋粮，田间地头一派繁忙。

某某报业集团主办　　地址：某某市某某路18号
"""


def test_the_publishers_line_and_its_address_at_the_foot_are_furniture() -> None:
    items = _read(_FOOT)
    assert len(items) == 1
    assert isinstance(items[0], Article)


def test_a_plain_name_alone_on_the_first_line_over_a_section_is_the_papers() -> None:
    text = _FOOT.replace("某某农民报", "田野周末")
    parsed = parse_page(text)
    assert parsed.masthead.newspaper == "田野周末"
    assert parsed.masthead.section == "图片新闻"


def test_a_known_section_word_on_the_first_line_stays_a_section() -> None:
    parsed = parse_page(_FOOT.replace("某某农民报\n", "要闻\n"))
    assert parsed.masthead.newspaper is None
