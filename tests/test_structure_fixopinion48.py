"""Failure classes round 48 showed on an opinion page (issue 10), fixer ``fixopinion48``: the
commentary's label printed with a byline's mark (■本报评论员文章), a piece closed by the note on
where its writer works set solid after the last full stop, over a cartoon set apart.
Snippets written for these tests in the style of a trade paper's opinion page (invented names,
places and words, no blind page's); each class is a shape that holds on any paper, not one
page's words.
"""

from __future__ import annotations

import pytest

from publisher.model import Article, Notice, Photo
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """6
2026年3月12日　星期四
言论
青溪工商报
"""

# ------------------------------------------- the commentary's label printed with a byline's mark

_MARKED_LABEL = (
    _TOP
    + """
{mark}{role}文章
让老字号在创新中焕发新活力
本报评论员
　　老字号是城市的记忆，也是消费升级的重要载体。近年来，不少老字号
主动拥抱电商平台，推出联名新品，赢得了年轻消费者的青睐。
　　守住品质是老字号的根本。只有把传统工艺和现代管理结合起来，老字
号才能走得更远。
"""
)


@pytest.mark.parametrize("mark", ["■", "□", ""])
@pytest.mark.parametrize("role", ["本报评论员", "特约评论员"])
def test_the_commentarys_label_with_a_bylines_mark_is_its_kicker(mark: str, role: str) -> None:
    # 本报评论员文章 names the piece (the commentator's article): the kicker over its head, not a
    # byline naming someone called 文章; the nameless credit under the head signs it
    text = _MARKED_LABEL.format(mark=mark, role=role)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 12)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.kicker == f"{role}文章"
    assert article.headline == "让老字号在创新中焕发新活力"
    assert article.byline is not None and not article.byline.reporters
    assert len(article.paragraphs) == 2
    assert_nothing_lost(text, parsed)


# ------------------------- the writer's note closing the piece, a cartoon set apart under it

_NOTE_OVER_CARTOON = (
    _TOP
    + """
一线观察
让质检服务多往田间地头走
文/周明远
　　在走访中，不少种植户反映，农产品检测要跑到县城，来回耗时费
力。一些乡镇推出流动检测车，把检测设备开到了村口。
　　检测是农产品走向市场的“通行证”。基层检测机构不妨多些“送检
上门”，把服务送到农户身边。（作者单位：{note}）

《“缩水”的承诺》（漫画）　陈立新　作

百姓来信
老旧小区停车难何时解
　　编辑同志：
　　我家所在的小区建于上世纪九十年代，车位只有几十个，每天晚上
找车位都要转好几圈。希望有关部门帮忙想想办法。
"""
)


@pytest.mark.parametrize("note", ["青溪市农产品质量检测中心", "青溪市农业\n农村局"])
def test_the_writers_note_after_the_full_stop_closes_the_piece(note: str) -> None:
    # （作者单位：…） after the last full stop says who wrote the piece: its end, so the cartoon
    # set apart under it is a picture of its own and the letter under that an item of its own
    # (the note may be cut by the column, and still closes the piece once its bracket shuts)
    text = _NOTE_OVER_CARTOON.format(note=note)
    parsed = parse_page(text, 1)
    cut = note.count("\n")
    assert [x.type for x in parsed.items] == ["article", "photo", "article"]
    piece, cartoon, letter = parsed.items
    assert isinstance(piece, Article) and isinstance(cartoon, Photo) and isinstance(letter, Article)
    assert piece.source.last == 12 + cut
    assert piece.paragraphs[-1].endswith(f"（作者单位：{note.replace(chr(10), '')}）")
    assert cartoon.source.first == cartoon.source.last == 14 + cut
    assert letter.headline == "老旧小区停车难何时解"
    assert_nothing_lost(text, parsed)


def test_a_bracket_left_open_at_the_lines_end_still_runs_on() -> None:
    # (a note whose bracket the column left open goes on under it, as any open clause does)
    text = (
        _TOP
        + """
一线观察
让质检服务多往田间地头走
文/周明远
　　检测是农产品走向市场的“通行证”，基层检测机构不妨多些上门服务（如
流动检测车进村），把服务送到农户身边。
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 10)]
    assert_nothing_lost(text, parsed)


# ------------------------------------------ the editor's note set solid under a reader's letter

_LETTER_AND_NOTE = (
    _TOP
    + """
来信选登
公交站台的遮雨棚该修了
　　编辑同志：
　　我每天在青溪路口的公交站等车，站台的遮雨棚破了好几个洞，
一下雨，候车的人只能撑着伞挤在一起。希望有关部门尽快修一修。
　　青溪市东湖区读者　孙立群
{label}
　　感谢读者来信。记者已将情况转给市公交集团，对方表示本周内派人
维修，本报将持续关注。
"""
)


@pytest.mark.parametrize("label", ["【编后】", "【编后语】"])
def test_the_editors_note_set_solid_under_a_letter_is_its_last_part(label: str) -> None:
    # 【编后】 set solid under the signed letter labels the editor's word on it: a part of the
    # letter's item (its subhead), not the head of the next story
    text = _LETTER_AND_NOTE.format(label=label)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 14)]
    letter = parsed.items[0]
    assert isinstance(letter, Article)
    assert [s.text for s in letter.subheads] == [label[1:-1]]
    assert letter.paragraphs[-1].startswith("感谢读者来信")
    assert_nothing_lost(text, parsed)


# ------------------------------------- a digest's items, each closed by the paper it came from

_DIGEST = (
    _TOP
    + """
言论摘编
网购退货不能“一退了之”
　　退货运费险让消费者少了后顾之忧，也让个别商家把问题推给了物流
和保险。把好出厂质量关，才是减少退货的根本。{first}
直播带货要守住价格底线
　　“全网最低价”的噱头背后，有的是先涨后降的老把戏。平台和主播
都应对价格的真实性负责。{second}
"""
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("——摘自《青溪日报》", "——摘自《东湖晚报》"),
        ("（摘自《青溪日报》）", "（选自《东湖评论》）"),
    ],
)
def test_a_digests_items_are_closed_by_the_paper_they_came_from(first: str, second: str) -> None:
    # the note of the paper an item was taken from, after its last sentence, closes that item:
    # the head set solid under it starts the column's next item (the column's name its kicker),
    # and the note is no sentence of the text
    text = _DIGEST.format(first=first, second=second)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 9), ("article", 10, 12)]
    items = [x for x in parsed.items if isinstance(x, Article)]
    assert [a.kicker for a in items] == ["言论摘编", "言论摘编"]
    assert [a.headline for a in items] == ["网购退货不能“一退了之”", "直播带货要守住价格底线"]
    assert items[0].paragraphs[-1].endswith("才是减少退货的根本。")
    assert items[1].paragraphs[-1].endswith("都应对价格的真实性负责。")
    assert_nothing_lost(text, parsed)


def test_a_paper_named_inside_the_sentence_is_its_text() -> None:
    # (摘自《…》 before the full stop is what the sentence says, not a note closing it)
    text = (
        _TOP
        + """
言论摘编
网购退货不能“一退了之”
　　这段话摘自《青溪日报》。把好出厂质量关，才是减少退货的根本，文章
摘自《青溪日报》
"""
    )
    parsed = parse_page(text, 1)
    article = parsed.items[0]
    assert isinstance(article, Article) and article.paragraphs[-1].endswith("文章摘自《青溪日报》")
    assert_nothing_lost(text, parsed)


# ---------------------------------------- the paper's call to place notices at the page's foot

_NOTICES_FOOT = """A12
2026年4月8日　星期三
法治·公告
青溪晚报

遗失声明
　　青溪市东湖区明远五金店遗失营业执照正本，声明作废。
2026年4月8日

{foot}
"""


@pytest.mark.parametrize("foot", ["刊登各类公告请拨打：0576-8812×××", "登报挂失请致电：0576-88123456"])
def test_the_papers_call_to_place_notices_at_the_foot_is_furniture(foot: str) -> None:
    # the paper asking to be paid to print a notice, alone at the page's foot, is its own desk's
    # line (as 投稿邮箱 is), not an ad or a notice's contact
    text = _NOTICES_FOOT.format(foot=foot)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("notice", 6, 8)]
    assert 10 in parsed.masthead.lines
    assert_nothing_lost(text, parsed)


# ----------------------------- an expert's credit under the head: where they work, then the name

_EXPERT_UNDER_HEAD = (
    _TOP
    + """
■专家点评
{head}
{credit}
　　青溪的经验在于，没有把老街当作“标本”封存，而是在保护中让它重新融入
当代生活，让居民成为主角。
"""
)


@pytest.mark.parametrize(
    ("head", "credit", "workplace", "name"),
    [
        (
            "守正是前提　创新是关键",
            "青溪师范学院文化与旅游学院教授　陈明远",
            "青溪师范学院文化与旅游学院教授",
            "陈明远",
        ),
        ("老街改造，居民能否自行加建？", "青溪某某律师事务所　吴　静", "青溪某某律师事务所", "吴静"),
        ("入秋进补别“一刀切”", "□ 青溪中医院治未病科　许　宁", "青溪中医院治未病科", "许宁"),
    ],
)
def test_an_expert_named_after_where_they_work_under_the_head_is_the_byline(
    head: str, credit: str, workplace: str, name: str
) -> None:
    # the workplace (and title) then the name, set apart: who wrote the piece, no deck (under a
    # head that asks a question as well)
    text = _EXPERT_UNDER_HEAD.format(head=head, credit=credit)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 10)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.subheadline is None
    assert article.byline is not None and not article.byline.reporters
    assert [(c.role, c.names) for c in article.byline.others] == [("", (name,)), (workplace, ())]
    assert_nothing_lost(text, parsed)


def test_a_deck_naming_an_office_is_still_a_deck() -> None:
    # (an office and what it did, no name set apart last: the deck it reads as)
    text = _EXPERT_UNDER_HEAD.format(
        head="守正是前提　创新是关键", credit="青溪市文化广电旅游局发布三年行动计划"
    )
    parsed = parse_page(text, 1)
    article = parsed.items[0]
    assert isinstance(article, Article) and article.subheadline == "青溪市文化广电旅游局发布三年行动计划"
    assert_nothing_lost(text, parsed)


# ----------------------------------------- the paper's own hotline box over its call to readers

_HOTLINE_BOX = """A05
2026年6月3日　星期三
城事
青溪晚报

东湖路口新增一处公交港湾
　　6月2日，东湖路与青溪大道路口的公交港湾正式启用，原先停靠在主路上的3条线路
全部进港停靠，路口高峰时段通行更加顺畅。

{title}
　　您身边有新鲜事、烦心事，欢迎拨打本报新闻热线0576-88880000，或通过青
溪晚报客户端“爆料”频道反映，线索一经采用即付报料费。
　　热线24小时有人接听。
"""


@pytest.mark.parametrize("title", ["青溪晚报新闻热线", "报料热线"])
def test_the_papers_hotline_box_over_its_call_to_readers_is_a_notice(title: str) -> None:
    # the box titled with the paper's own hotline, over a sentence or two asking readers to call
    # (the number inside a sentence that runs on past it, no line to call): the paper's notice
    text = _HOTLINE_BOX.format(title=title)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 8), ("notice", 10, 13)]
    notice = parsed.items[1]
    assert isinstance(notice, Notice) and notice.label == title
    assert notice.text.startswith("您身边有新鲜事")
    assert_nothing_lost(text, parsed)


# ----------------------- a standfirst set flush under the byline, a full line ending a sentence

_SIGNED_STANDFIRST = """A07
2026年7月9日　星期四
消费维权
青溪晚报

记者调查
培训机构突然关门
学员预付学费“打了水漂”？
青溪晚报记者　吴　桐　文/图
核心提示：近期，本报“帮忙热线”接到多名读者反映，东湖区一家
开业不到一年的培训机构突然关门，学员卡里还有大量课时。商家呢？
学费还能退回来吗？记者进行了调查。
【读者反映】
　　“上周还在上课，周三再去就发现门锁了，门上贴了张‘内部装修，
暂停营业’。”7月6日，市民李女士向记者反映，她今年3月在这家机构
给孩子报了一年的课，共花费6800元。
　　记者随后来到该机构所在的写字楼，发现大门紧锁，前台已经搬空，物业
工作人员称，该机构的租约到本月底，已有两个月没有交物业费。
"""


def test_a_standfirst_under_the_byline_wrapped_after_a_full_stop_goes_on() -> None:
    # under the byline, the standfirst's line that ends a sentence at the column's full width only
    # wrapped there: the flush line set solid under it is still the standfirst, down to the
    # body's label and indent
    parsed = parse_page(_SIGNED_STANDFIRST, 1)
    assert _layout(parsed.items) == [("article", 6, 18)]
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.standfirst is not None and article.standfirst.endswith("记者进行了调查。")
    assert article.paragraphs[0].startswith("“上周还在上课")
    assert [s.text for s in article.subheads] == ["读者反映"]
    assert_nothing_lost(_SIGNED_STANDFIRST, parsed)


def test_a_short_standfirst_line_under_the_byline_ends_it() -> None:
    # (a standfirst line that ends its sentence short of the column's width ends the standfirst:
    # the flush line under it opens the body)
    text = _SIGNED_STANDFIRST.replace("学员卡里还有大量课时。商家呢？", "学员卡里还有课时。")
    parsed = parse_page(text, 1)
    article = parsed.items[0]
    assert isinstance(article, Article)
    assert article.standfirst is not None and article.standfirst.endswith("学员卡里还有课时。")
    assert_nothing_lost(text, parsed)


def test_a_pages_column_by_a_hotlines_name_stays_the_pages_piece() -> None:
    # (健康热线 over the page's word on its column, the number in its sentence: not the newsroom's
    # line for tips, the page's own piece as before)
    text = _HOTLINE_BOX.format(title="健康热线")
    parsed = parse_page(text, 1)
    assert [x.type for x in parsed.items] == ["article", "article"]
    assert_nothing_lost(text, parsed)


# ------------------------------------- where to follow the paper, a field of a box below the top

_HOTLINE_AD = """B03
2026年7月9日　星期四
消费
青溪晚报

“晚报帮办”消费维权热线
0576-88886666
{channel}青溪晚报
工作日9:00-17:30　欢迎读者来电反映
"""


@pytest.mark.parametrize("channel", ["微信公众号：", "官方微博："])
def test_where_to_follow_the_paper_in_a_box_is_the_boxs_line(channel: str) -> None:
    # 微信公众号：某某晚报 set solid in a box under its phone: the box's field (its generic word no
    # brand), so the box stays whole down to its hours
    text = _HOTLINE_AD.format(channel=channel)
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("advertisement", 6, 9)]
    assert parsed.masthead.newspaper == "青溪晚报"
    assert_nothing_lost(text, parsed)
