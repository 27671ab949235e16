"""Issue 10's failure classes, each on pages written for it (tests/pages/122-…), asserted exactly.

The pages are made up in the style of other provinces' papers: page furniture at the top (B02,
a section above the masthead, a dotted date), two-line heads with no ——, roles worded by the
paper (海峡都市报·海博TV记者), spaced names ending in a credit word (林 文, 黄 图), a credit run
on to the next line, a paper's own dateline (海峡都市报讯) and a form feed inside a paragraph.
"""

from __future__ import annotations

from publisher.model import Byline, Credit, PageInfo
from tests.page_checks import PAGES, heads, layout
from tests.page_checks import strict_edition_of as edition_of

PAGE_122 = PAGES / "122_haixia_metro_b02_2025-04-08.txt"


# ------------------------------------------------------------------ 122: furniture, heads, bylines


def test_page_122_furniture_is_page_info_not_an_edition() -> None:
    e = edition_of(PAGE_122)
    assert (e.newspaper, e.newspaper_en, e.edition, e.date) == ("海峡都市报", None, None, "2025-04-08")
    assert e.pages == (PageInfo(1, "B02", "福州新闻"),)


def test_page_122_heads_and_bylines() -> None:
    e = edition_of(PAGE_122)
    # the form feed before line 13 shifts no line number
    assert layout(e) == [("article", 6, 17), ("article", 19, 25)]
    assert heads(e) == [
        # the longer line with figures is the headline, the phrase over it the kicker; the
        # credit continued on the next line (陈立新) is a correspondent too
        (
            "闽江两岸",
            "福州滨江步道新增12公里年底全线贯通",
            None,
            Byline(
                reporters=("林文",),
                correspondents=("郑晓敏", "陈立新"),
                others=(Credit("海峡都市报·海博TV记者", ()),),
            ),
            "海峡都市报讯",
            3,
        ),
        (
            "三坊七巷",
            "春季游客量同比增长两成",
            None,
            Byline(reporters=("黄图",), others=(Credit("海峡都市报记者", ()),)),
            "本报讯",
            2,
        ),
    ]


def test_page_122_paragraph_across_a_form_feed_is_rejoined() -> None:
    walkway, _ = edition_of(PAGE_122).articles()
    assert walkway.paragraphs[0] == (
        "4月7日，记者从福州市城乡建设局获悉，今年福州将新建滨江步道12公里，打通闽江北岸3处断点，年底实现全线贯通。"
    )
    assert walkway.paragraphs[2] == "“出门就是江景，散步更舒心了。”家住台江区的市民王女士说。"
    # a worded reporter role names the group when a writer spells the credits out
    assert walkway.byline is not None
    assert walkway.byline.credits() == [
        ("海峡都市报·海博TV记者", ("林文",)),
        ("通讯员", ("郑晓敏", "陈立新")),
    ]
