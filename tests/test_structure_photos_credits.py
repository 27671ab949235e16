"""Wave 3's classes of photo boundaries, credits, datelines and HTML residue, each on snippets
written for it in the style of papers nobody listed (no text of the blind pages).

- a paper's role word may open with Latin letters (ABC全媒体记者 王 强 摄): the photo keeps its
  title, caption and credit, and the story under it keeps its kicker, head and byline.
"""

from __future__ import annotations

from publisher.model import Article, Item, Photo
from publisher.reader import parse_page
from tests.test_structure import assert_nothing_lost


def _items(text: str) -> tuple[Item, ...]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.warnings == ()
    return parsed.items


def _layout(items: tuple[Item, ...]) -> list[tuple[str, int, int]]:
    return [(type(i).__name__, i.source.first, i.source.last) for i in items]


def test_a_role_word_opening_with_latin_letters_credits_a_photo_and_a_story() -> None:
    text = (
        "江畔晚霞\n7月2日傍晚，市民在滨江步道上拍摄晚霞，\n江面波光粼粼。\nHZT全媒体记者 周 涛 摄\n\n"
        "夏日文旅\n滨江夜市开市\n首周客流逾三万人次\nHZT全媒体记者 吴 敏  通讯员 钱立新\n\n"
        "本报7月2日讯 滨江夜市昨晚开市，80个摊位同时营业。\n"
    )
    items = _items(text)
    assert _layout(items) == [("Photo", 1, 4), ("Article", 6, 11)]
    photo, article = items
    assert isinstance(photo, Photo) and isinstance(article, Article)
    assert photo.title == "江畔晚霞"
    assert photo.caption == "7月2日傍晚，市民在滨江步道上拍摄晚霞，江面波光粼粼。"
    assert photo.byline is not None and photo.byline.photographers == ("周涛",)
    heads = (article.kicker, article.headline, article.subheadline)
    assert heads == ("夏日文旅", "滨江夜市开市", "首周客流逾三万人次")
    assert article.byline is not None
    assert (article.byline.reporters, article.byline.correspondents) == (("吴敏",), ("钱立新",))
