"""Failure classes rounds 43-44 showed on literary supplements (副刊, issue 10), fixer
``fixfukan43``: a painting whose maker bears a transliterated name (five or six characters, or
dotted), a poem set solid right under its writer's 文/X line, a column's label printed in 【】 over
the piece's title.  Snippets written for these tests in the style of city papers' supplements
(invented names, places and poems, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.bylines import parse_byline
from publisher.reader.caption_credits import split_photo_credit
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_SUPPLEMENT = """天山晚报
2026年9月2日　星期三　　6
天山·副刊
责任编辑：马　丽

晒杏干的日子
□ 周云帆
　　八月的村子，家家房顶上都铺着杏子。太阳
一晒，满院子都是甜的。
　　奶奶说，杏干要晒足七天，少一天都不行。

《伊犁河谷的早晨》（水彩）　买买提依明　作

果园里
文/林　溪
苹果树下的影子
一天天短了
风从河那边吹来
把熟透的香味
送到每一扇窗前

【读书札记】
重读《边城》
□ 韩　冰
　　翠翠的渡船还在那条河上。再读沈从文，我
留意的是那些不起眼的细节。
"""


def test_a_painting_whose_maker_bears_a_transliterated_name_is_one_photo() -> None:
    # 买买提依明 runs past four characters, as Uyghur and Mongolian names do: the line is still
    # the work, its medium and its maker, a picture set between the essay and the poem
    parsed = parse_page(_SUPPLEMENT, 1)
    assert_nothing_lost(_SUPPLEMENT, parsed)
    assert _layout(parsed.items)[:3] == [("article", 6, 10), ("photo", 12, 12), ("article", 14, 20)]
    photo = parsed.items[1]
    assert isinstance(photo, Photo)
    assert photo.caption == "《伊犁河谷的早晨》（水彩）"
    assert not (photo.byline.reporters or photo.byline.correspondents or photo.byline.photographers)


def test_a_dotted_makers_name_closes_an_artworks_caption() -> None:
    caption = split_photo_credit("《葡萄沟》（国画）　艾则孜·吾守尔　作")
    assert caption is not None
    assert caption[0] == "《葡萄沟》（国画）"
    assert [name for credit in caption[1].others for name in credit.names] == ["艾则孜·吾守尔"]


def test_a_poem_set_solid_under_its_writers_line_opens_on_its_first_line_of_verse() -> None:
    # 苹果树下的影子 is no second name of the credit above: a long name is read only right after
    # its role word, never after a name already read
    parsed = parse_page(_SUPPLEMENT, 1)
    poem = parsed.items[2]
    assert isinstance(poem, Article)
    assert poem.headline == "果园里"
    assert poem.paragraphs[0] == "苹果树下的影子"
    assert len(poem.paragraphs) == 5
    assert "苹果树下的影子" not in poem.byline.reporters


def test_a_long_name_right_after_its_role_word_is_still_read() -> None:
    # (the rule it narrows: a Mongolian name of six characters set apart after the role word)
    byline = parse_byline("本报记者　图古斯毕力格")
    assert byline is not None
    assert byline.reporters == ("图古斯毕力格",)
    assert parse_byline("文/林溪 苹果树下的影子") is None


def test_a_column_label_in_brackets_over_the_pieces_title_is_its_kicker() -> None:
    parsed = parse_page(_SUPPLEMENT, 1)
    essay = parsed.items[-1]
    assert isinstance(essay, Article)
    assert _layout(parsed.items)[-1] == ("article", 22, 26)
    assert essay.kicker == "读书札记"
    assert essay.headline == "重读《边城》"
    assert essay.subheadline is None
