"""Failure classes rounds 34-35 showed on literary pages (副刊; issue 10): a painting's caption
printed with its maker signing it with 作 (the work's bare title, its medium in brackets, and the
maker on the same line after a wide space, or on a line of their own under it), between poems
and essays with □ author lines; a column's label (诗歌小辑) over the first of a run of signed poems,
each poem's head set right under the last stanza of the one above, and a label (新书架) over notes
on books, each headed by the book's title alone.
Snippets written for these tests in the style of county and city papers' pages (invented text, no
blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ a bare work title, its medium, and 作 on one line

_BARE_WORK_SIGNED = """渡口（组诗）
□ 孙　雁

◇清晨
雾还没有散
船工已经解开了缆绳
把一声吆喝
送到了对岸

◇日暮
最后一班渡船
载着几筐青菜
和一个
打瞌睡的孩子

秋塘残荷（国画）　　孟长青 作

井　台
□ 何晓舟
    村口的井台是用青石砌的，井绳在石沿上磨出了一道道深槽。小时
候，挑水是家里的大事，父亲天不亮就担着两只木桶出门。
"""


def test_a_bare_works_title_with_its_medium_and_maker_signed_with_zuo_is_a_picture() -> None:
    items = _items(_BARE_WORK_SIGNED)
    assert _layout(items) == [("article", 1, 14), ("photo", 16, 16), ("article", 18, 21)]
    picture = items[1]
    assert isinstance(picture, Photo)
    assert (picture.title, picture.caption) == (None, "秋塘残荷（国画）")
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("孟长青",)]
    assert not (picture.byline.reporters or picture.byline.photographers)
    essay = items[2]
    assert isinstance(essay, Article) and essay.headline == "井台"


# ------------------------------------------------ the work's title over its maker's line

_WORK_OVER_MAKER = """山　居
□ 叶　青
清晨推开柴门
一山的鸟鸣
都落进了院子

傍晚坐在石阶上
看云从这个山头
慢慢走到那个山头


{work}
{maker}


故乡的石桥
□ 罗　川
    村东头有一座石桥，桥下的小河一年四季都不干。夏天的傍晚，孩子们
从桥上往河里跳，溅起的水花惊飞了岸边的白鹭。
"""


def _work_over_maker(work: str, maker: str) -> tuple[Article, Photo, Article]:
    items = _items(_WORK_OVER_MAKER.format(work=work, maker=maker))
    assert _layout(items) == [("article", 1, 9), ("photo", 12, 13), ("article", 16, 19)]
    poem, picture, essay = items
    assert isinstance(poem, Article) and isinstance(picture, Photo) and isinstance(essay, Article)
    return poem, picture, essay


def test_a_works_title_over_its_makers_line_is_a_picture_not_the_poems_last_stanza() -> None:
    poem, picture, essay = _work_over_maker("江岸晚晴（中国画）", "方　远　作")
    assert poem.paragraphs[-1] == "慢慢走到那个山头" and len(poem.paragraphs) == 6
    assert (picture.title, picture.caption) == ("江岸晚晴（中国画）", "")
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("方远",)]
    assert essay.headline == "故乡的石桥"


def test_a_work_in_title_marks_over_its_makers_line_is_a_picture_too() -> None:
    _, picture, _ = _work_over_maker("《松风》（书法）", "陈少华　作")
    assert picture.title == "《松风》（书法）"
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("陈少华",)]


def test_a_poems_line_over_a_name_is_no_picture() -> None:
    # (a phrase with no medium is no work's title: the lines stay the poem's stanza)
    items = _items(_WORK_OVER_MAKER.format(work="远山的回声", maker="方　远　作"))
    assert not any(isinstance(item, Photo) for item in items)


# ------------------------------------------------ a label over a run of signed poems

_POEMS_UNDER_A_LABEL = """小　院
□ 钱　禾
    院子里那棵石榴树，是父亲结婚那年种下的。每年五月，满树的花开得像
一团火，母亲说，那是日子红火的样子。

诗之页
河　湾
◎ 黎　舟
河水在这里转了一个弯
把一群白鹭
留在了浅滩上
像留下一句没说完的话

晒　秋
◎ 邓小禾
屋顶上的玉米
窗台上一串串的红辣椒
把整个村子
晒成了金黄的颜色

稻　香
◎ 许　眠
风从田埂上走过
稻穗低下头
数着自己的籽粒
一颗也没有少
"""


def test_a_label_over_the_first_poem_heads_each_signed_poem_set_under_it() -> None:
    items = _items(_POEMS_UNDER_A_LABEL)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 12), ("article", 14, 19), ("article", 21, 26)]
    poems = items[1:]
    assert all(isinstance(p, Article) for p in poems)
    assert [(p.kicker, p.headline) for p in poems if isinstance(p, Article)] == [
        ("诗之页", "河湾"),
        ("诗之页", "晒秋"),
        ("诗之页", "稻香"),
    ]
    essay = items[0]
    assert isinstance(essay, Article) and essay.kicker is None


def test_a_poem_with_no_label_over_it_heads_no_label_onto_the_next() -> None:
    items = _items(_POEMS_UNDER_A_LABEL.replace("诗之页\n", ""))
    assert [p.kicker for p in items if isinstance(p, Article)] == [None, None, None, None]


def test_an_essay_under_a_labelled_poem_takes_no_label() -> None:
    text = _POEMS_UNDER_A_LABEL.split("\n晒　秋")[0] + "\n\n" + _POEMS_UNDER_A_LABEL.split("\n\n")[0] + "\n"
    items = _items(text)
    assert [(p.kicker, p.headline) for p in items if isinstance(p, Article)] == [
        (None, "小院"),
        ("诗之页", "河湾"),
        (None, "小院"),
    ]


# ------------------------------------------------ a label over notes on works, each headed by its title

_NOTES_ON_BOOKS = """山路弯弯
□ 郑　禾
    去外婆家的路要翻两座山，小时候走一趟要大半天。如今修了公路，半个钟头
就到了，可我还是常常想起那条弯弯的山路。

好书推荐
《运河人家》
    本书以大运河沿岸十余个村镇为线索，记录船工、纤夫、渔民三代人的生活变迁，由某某出版社出版。

《灶台边的节气》
    一部写二十四节气与家常饮食的随笔集，每篇一个节气、一道家常菜，文字清淡有味。
"""


def test_a_label_over_a_note_on_a_book_heads_each_note_under_it() -> None:
    items = _items(_NOTES_ON_BOOKS)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 8), ("article", 10, 11)]
    assert [(a.kicker, a.headline) for a in items if isinstance(a, Article)] == [
        (None, "山路弯弯"),
        ("好书推荐", "《运河人家》"),
        ("好书推荐", "《灶台边的节气》"),
    ]


def test_a_story_under_a_labelled_note_on_a_book_takes_no_label() -> None:
    text = _NOTES_ON_BOOKS.replace("《灶台边的节气》", "旧书摊")
    items = _items(text)
    assert [a.kicker for a in items if isinstance(a, Article)] == [None, "好书推荐", None]


def test_a_work_with_its_medium_over_its_makers_bare_name_is_a_picture() -> None:
    _, picture, _ = _work_over_maker("江岸晚晴（中国画）", "方　远")
    assert (picture.title, picture.caption) == ("江岸晚晴（中国画）", "")
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("方远",)]


def test_a_calligraphys_work_and_medium_over_its_maker_who_wrote_it_is_a_picture() -> None:
    _, picture, _ = _work_over_maker("《松风》　行书", "陈少华　书")
    assert picture.title == "《松风》　行书"
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("陈少华",)]


_POEM_SIGNED_WITH_ZUO = """《江　南》
余　青　作

雨落在青石板上
一把油纸伞
从巷子的这头
慢慢走到那头
"""


def test_a_poems_title_in_title_marks_over_its_poet_signing_with_zuo_is_no_picture() -> None:
    # (a title naming no medium is no painting's: the poem is read under its head)
    items = _items(_POEM_SIGNED_WITH_ZUO)
    assert not any(isinstance(item, Photo) for item in items)
