"""Failure classes round 48 showed on front pages (issue 10), fixer ``fixfront48``: a teaser box
(导读) whose items point to a lettered page with no 版 (见A3, 详见B2), as papers printing A and B
sections word it, read as one unclassified block that swallowed the weather box's label under it;
and, on a comment page, the editor's note (编后) set apart under a reader's letter, untitled, its
first line as short as a title in a narrow column, read as a part of the letter; and a front
page's picture whose title wraps over two lines set apart from its caption, read as a story's head;
a comment closed by a sentence and its author's unit in brackets, wrapped, that took the cartoon
set apart under it; the editor's note's label (【编后】) set solid under a letter's signature, read
as the head of a piece of its own; excerpts set solid under one label, each closed by where it
was taken from (…。——摘自《某报》), read as one piece.
Snippets written for these tests in the style of city evening papers' front pages (invented stories
and figures, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost

_FRONT = """青溪晚报
QINGXI EVENING NEWS
2026年5月12日　星期二
第4210期　今日24版
A1

导读
▶ 城南湿地公园二期向市民开放　见A4
▶ 老城区背街小巷改造启动　详见A6
▶ 市青少年足球联赛开赛在即　见B2

青溪天气
今天：晴转多云　16℃～25℃
南风3～4级
明天：多云　17℃～26℃
青溪市气象台5月12日6时发布

全市夏粮收购准备工作就绪
　　本报讯　记者从市粮食和物资储备局获悉，全市今年共设夏粮收购网点86个，
仓容准备充足，收购工作将于下月初全面展开。
"""


def test_teasers_pointing_to_a_lettered_page_without_ban_are_the_box_items() -> None:
    parsed = parse_page(_FRONT, 1)
    assert_nothing_lost(_FRONT, parsed)
    assert parsed.warnings == ()
    teasers = [item for item in parsed.items if isinstance(item, Article) and item.kicker == "导读"]
    assert [t.headline for t in teasers] == [
        "城南湿地公园二期向市民开放",
        "老城区背街小巷改造启动",
        "市青少年足球联赛开赛在即",
    ]
    assert [(t.source.first, t.source.last) for t in teasers] == [(7, 8), (9, 9), (10, 10)]


def test_the_weather_box_under_such_a_teaser_box_keeps_its_label() -> None:
    parsed = parse_page(_FRONT, 1)
    weather = [item for item in parsed.items if isinstance(item, Weather)]
    assert [(w.source.first, w.source.last) for w in weather] == [(12, 16)]
    assert weather[0].text.startswith("青溪天气")


# --------------------------------- an untitled editor's note set apart under a reader's letter

_LETTER_AND_NOTE = """群众来信
小区门口的路灯该修了
　　编辑同志：
　　我住在城东新村，小区门口那段路的路灯
坏了快两个月，晚上出门只能摸黑走，老人孩
子都不安全。希望有关部门尽快派人维修。
　　读者　陈女士

编后
　　陈女士反映的情况，记者已转告市政部门相
关负责人，对方表示本周内安排维修。
"""


def test_an_untitled_notes_label_set_apart_under_a_letter_is_a_piece_of_its_own() -> None:
    parsed = parse_page(_LETTER_AND_NOTE, 1)
    assert_nothing_lost(_LETTER_AND_NOTE, parsed)
    articles = [item for item in parsed.items if isinstance(item, Article)]
    assert [(a.source.first, a.source.last) for a in articles] == [(1, 7), (9, 11)]
    letter, note = articles
    assert letter.headline == "小区门口的路灯该修了"
    assert "编后" not in letter.paragraphs and not letter.subheads
    # the label heads the note, as 记者手记 set apart over untitled notes does
    assert note.headline == "编后"
    assert note.paragraphs == ("陈女士反映的情况，记者已转告市政部门相关负责人，对方表示本周内安排维修。",)


# ------------------------------------- a picture's title wrapped over two lines, set apart

_PICTURE_FRONT = """青溪晚报
2026年9月3日　星期四
A01

青溪港集装箱码头
月吞吐量创历史新高

　　9月2日清晨，青溪港三期码头
岸桥林立，货轮有序靠泊作业。今年
8月，港区集装箱吞吐量达到32万标
箱，同比增长14%。
本报记者　何文亮　摄

城西片区新建三所幼儿园
　　本报讯　记者昨天从市教育局获悉，城西片区新建的三所公办幼儿园
本月起开园招生，新增学位960个。
"""


def test_a_picture_title_wrapped_over_two_lines_set_apart_titles_the_photo() -> None:
    parsed = parse_page(_PICTURE_FRONT, 1)
    assert_nothing_lost(_PICTURE_FRONT, parsed)
    photos = [item for item in parsed.items if isinstance(item, Photo)]
    assert [(p.source.first, p.source.last) for p in photos] == [(5, 12)]
    photo = photos[0]
    assert photo.title == "青溪港集装箱码头月吞吐量创历史新高"
    assert photo.caption.startswith("9月2日清晨，")
    assert photo.byline is not None and photo.byline.photographers == ("何文亮",)
    articles = [item for item in parsed.items if isinstance(item, Article)]
    assert [a.headline for a in articles] == ["城西片区新建三所幼儿园"]


# ------------------- a comment closed by its author's unit in brackets, a cartoon set apart under it

_COMMENT_PAGE = """观点
社区团购更要守住品质
文/何志远
　　社区团购方便了居民，也暴露出以次充好、售后难等问题。平台
要把好选品关，监管部门也要跟上。唯有如此，团购才能走得长远。（作者单
位：某省市场监督管理局）

《“缩水”的月饼》（漫画）　陈立新　作

群众来信
楼道里的杂物该清了
　　编辑同志：
　　我家楼道里堆满了旧家具和纸箱，既占地方又有火灾隐患，
希望物业尽快组织清理。
　　某市某区读者　孙立华
【编后】
　　楼道堆物看似小事，却关乎消防安全。读者反映的问题，我们
已转交当地街道核实处理。
"""


def test_a_sentence_closed_by_a_bracketed_note_is_whole_and_the_cartoon_under_it_a_photo() -> None:
    parsed = parse_page(_COMMENT_PAGE, 1)
    assert_nothing_lost(_COMMENT_PAGE, parsed)
    comment = parsed.items[0]
    assert isinstance(comment, Article) and (comment.source.first, comment.source.last) == (1, 6)
    assert comment.paragraphs[-1].endswith("（作者单位：某省市场监督管理局）")
    photos = [item for item in parsed.items if isinstance(item, Photo)]
    assert [(p.source.first, p.source.last) for p in photos] == [(8, 8)]


def test_the_editors_note_set_solid_under_a_signed_letter_is_a_part_of_it() -> None:
    parsed = parse_page(_COMMENT_PAGE, 1)
    letters = [item for item in parsed.items if isinstance(item, Article) and item.kicker == "群众来信"]
    assert [(a.source.first, a.source.last) for a in letters] == [(10, 18)]
    letter = letters[0]
    assert letter.headline == "楼道里的杂物该清了"
    assert [s.text for s in letter.subheads] == ["编后"]
    assert letter.paragraphs[-1].startswith("楼道堆物看似小事")


# ------------------------------------ excerpts set solid, each closed by its source after its sentence

_EXCERPTS = """言论摘登
外卖骑手的保障要跟上
　　平台经济发展迅速，骑手的社会保险和职业伤害保障却
还有短板。相关部门应加快完善制度。——摘自《某某日报》
老旧小区改造要问需于民
　　改什么、怎么改，应多听居民意见，避免“一刀切”。
——摘自《某某晚报》
"""


def test_an_excerpt_closed_by_its_source_after_its_sentence_ends_there() -> None:
    parsed = parse_page(_EXCERPTS, 1)
    assert_nothing_lost(_EXCERPTS, parsed)
    articles = [item for item in parsed.items if isinstance(item, Article)]
    assert [(a.source.first, a.source.last) for a in articles][:1] == [(1, 4)]
    assert [a.headline for a in articles] == ["外卖骑手的保障要跟上", "老旧小区改造要问需于民"]
