"""Failure classes rounds 25-27 showed on literary, feature and interview pages (副刊, 人物, 专版;
issue 10): an author line marked ○ or set apart, a label that only counts the poems under it
(诗二首), an interview's quoted sayings over its turns, a barred box label, the writer's notes
run into their title (记者手记：…).
Snippets written for these tests in the style of county and city papers' supplements (invented
text, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice, Photo
from publisher.reader import parse_page
from publisher.reader.bylines import parse_author_line
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ an author line marked ○ under a poem group's head

_ESSAY_THEN_GROUP = """老屋的门槛
□ 陈文远
　　老屋的门槛是一截枣木，被几代人的脚磨得发亮，中间凹下去一道浅浅的弧。
　　母亲说，门槛高，是为了挡住秋后的风，也挡住孩子们往外跑的心。

山乡小景（组诗）
○ 周晓岚

晒　秋
竹匾里的辣椒红了
屋檐下的玉米黄了
一整个秋天
都挂在了墙上
炊　烟
从瓦缝里慢慢升起来
喊着田里的人
回家吃饭
"""


def test_an_author_line_marked_with_a_white_circle_signs_the_poem_group_over_it() -> None:
    items = _items(_ESSAY_THEN_GROUP)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 17)]
    essay, group = items
    assert isinstance(essay, Article) and isinstance(group, Article)
    assert group.headline == "山乡小景（组诗）"
    assert group.byline is not None and [c.names for c in group.byline.others] == [("周晓岚",)]
    assert [s.text for s in group.subheads] == ["晒秋", "炊烟"]
    assert group.paragraphs[0] == "竹匾里的辣椒红了" and len(group.paragraphs) == 7


# ------------------------------------------------ a label that counts its poems: each a piece of its own

_COUNTED_POEMS = """短诗三首
◎ 林一舟
雨后，山寺
钟声落在青苔上
一层一层
洗亮了石阶

溪桥
流水替我
数过了所有的石头
它们都很安静

夜读
灯下的书页翻过去
窗外的蛙鸣
又翻回来
"""


def test_a_label_counting_its_poems_is_the_kicker_of_each_poem_under_it() -> None:
    items = _items(_COUNTED_POEMS)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 11), ("article", 13, 16)]
    heads = [(a.kicker, a.headline, len(a.paragraphs)) for a in items if isinstance(a, Article)]
    assert heads == [("短诗三首", "雨后，山寺", 3), ("短诗三首", "溪桥", 3), ("短诗三首", "夜读", 3)]
    first = items[0]
    assert isinstance(first, Article) and first.byline is not None


def test_a_counting_label_whose_count_the_titles_do_not_match_stays_one_piece() -> None:
    # three poems counted, two titled: the label is not read as counting these, one piece as before
    text = _COUNTED_POEMS.split("\n夜读")[0] + "\n"
    items = _items(text)
    assert len([a for a in items if isinstance(a, Article)]) == 1


# ------------------------------------------------ an author line set apart on a page that sets all apart

_ALL_APART = """茶事漫笔
龙井山中的一杯春

□ 吴清远

　　清明前后，龙井村的茶农起得比鸟还早。山道上的雾还没散，采茶人已经背着竹篓上了坡。

　　我跟着一位老茶农学炒茶，手在铁锅里翻了不到十下，就烫得缩了回来。他笑着说，这双手炒了四十年，

早就不怕烫了。

新茶上市
茶农在狮峰山下采摘明前茶。　许　晨　摄
"""


def test_an_author_line_set_apart_under_its_head_on_a_page_set_apart_is_the_byline() -> None:
    items = _items(_ALL_APART)
    essay = items[0]
    assert isinstance(essay, Article)
    assert (essay.kicker, essay.headline, essay.subheadline) == ("茶事漫笔", "龙井山中的一杯春", None)
    assert essay.byline is not None and [c.names for c in essay.byline.others] == [("吴清远",)]
    assert len(essay.paragraphs) == 2 and essay.paragraphs[1].endswith("早就不怕烫了。")


# ------------------------------------------------ an interview: quoted sayings as subheads, its boxes

_INTERVIEW = """老手艺里的新日子
——访竹编技艺传承人李秀英
本报记者　陈 晓
【内容提要】一根竹子，能劈出上百根篾丝。日前，记者走进李秀英的竹编工坊，听她讲老手艺的新日子。

“手上没准头，篾丝就劈不细”
　　记者：您学竹编多少年了？
　　李秀英：三十多年了。刚学的时候，一根竹子要劈坏好几根，师傅说，手上没有准头，编出来的东西就不周正。
　　记者：现在还坚持手工吗？
　　李秀英：劈篾、编底这些活，机器做不来，还得靠手。
“年轻人喜欢，手艺才有将来”
　　记者：这几年竹编有哪些新变化？
　　李秀英：我们做了竹编灯罩、竹编耳机包，网上卖得不错，订单一多，村里的姐妹都来帮忙。

李秀英在工坊里教学徒编竹篮。
本报记者　陈 晓　摄

▌人物名片
　　李秀英，1972年生，某县竹溪镇人，省级非物质文化遗产代表性项目竹编技艺代表性传承人。

记者手记：一根篾丝的耐心
　　采访那天，工坊里堆满了刚劈好的篾丝。李秀英说，竹编急不得，一急就断。
　　守住手艺的，正是这份耐心。
"""


def test_quoted_sayings_set_flush_over_an_interviews_turns_are_its_subheads() -> None:
    items = _items(_INTERVIEW)
    assert _layout(items) == [("article", 1, 13), ("photo", 15, 16), ("article", 18, 19), ("article", 21, 23)]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["“手上没准头，篾丝就劈不细”", "“年轻人喜欢，手艺才有将来”"]
    assert story.paragraphs[0] == "记者：您学竹编多少年了？" and len(story.paragraphs) == 6


def test_a_barred_label_and_the_writers_notes_run_into_their_title_are_pieces_of_their_own() -> None:
    _, _, card, notes = _items(_INTERVIEW)
    assert isinstance(card, Article) and isinstance(notes, Article)
    assert (card.kicker, card.headline) == (None, "人物名片")
    assert (notes.kicker, notes.headline) == ("记者手记", "一根篾丝的耐心")
    assert len(notes.paragraphs) == 2


# ------------------------------------------------ a dialogue: named voices, marked subheads, a summary

_DIALOGUE = """某某纺织科技有限公司总经理陈立群：
“小订单里也有大市场”
本报记者　许 航
【核心提示】
在“小批量、快交期”成为常态的当下，中小企业怎样接住订单？记者近日对话陈立群，听她谈柔性生产。
　　江城商报：今年以来，公司订单有什么新变化？
　　陈立群：单子小了，批次多了。过去一单几万米，现在常常几千米，交期也从一个月压到两周。
　　江城商报：产线跟得上吗？
　　陈立群：我们把一条长产线拆成了三条短产线，换款时间从半天缩到一个多小时，小单也能接。
■柔性产线，靠的是数据
　　江城商报：拆产线之后，管理上有什么难处？
　　陈立群：难在排产。我们上了排产系统，每台机器在织什么、还要织多久，屏幕上一目了然。

记者观察　小单子背后的大变化
　　采访中，陈立群反复说起一个“快”字。快，靠的不是加班，而是把生产拆细、排准。
"""


def test_a_dialogues_summary_ends_at_its_sentence_over_the_first_indented_turn() -> None:
    story = _items(_DIALOGUE)[0]
    assert isinstance(story, Article)
    assert story.standfirst_label == "核心提示" and story.standfirst is not None
    assert story.standfirst.endswith("听她谈柔性生产。")
    assert story.paragraphs[0] == "江城商报：今年以来，公司订单有什么新变化？"


def test_a_marked_head_over_a_turn_of_a_voice_already_heard_is_the_dialogues_subhead() -> None:
    story, notes = _items(_DIALOGUE)
    assert isinstance(story, Article) and isinstance(notes, Article)
    assert [(s.text, s.before) for s in story.subheads] == [("柔性产线，靠的是数据", 4)]
    assert len(story.paragraphs) == 6
    assert (notes.kicker, notes.headline) == ("记者观察", "小单子背后的大变化")


def test_a_listing_of_fields_is_no_dialogue_its_items_stay_apart() -> None:
    # 时间：… under each ▲ item is a field, no voice taking turns: each item keeps its own head
    text = """周末去哪儿
▲“江南人家”摄影展在市美术馆开展
　　时间：即日起至8月10日　票价：免费
▲民乐音乐会《春江花月夜》在大剧院上演
　　时间：7月12日19:30　票价：80—380元
"""
    items = _items(text)
    assert [a.headline for a in items if isinstance(a, Article)] == [
        "“江南人家”摄影展在市美术馆开展",
        "民乐音乐会《春江花月夜》在大剧院上演",
    ]


# ------------------------------------------------ a table whose header names are spread over their cells

_SPREAD_HEADER = """　　今年以来，全县茶产业稳步发展，带动茶农增收。
　　县里还建起茶叶交易中心，春茶上市期间日均交易量超过20吨。

2026年上半年全县茶产业主要指标
指　　标　　　　　　数　量　　　同比增长
茶园面积　　　　　　12.6万亩　　　4.2%
干茶产量　　　　　　3800吨　　　　7.9%
综合产值　　　　　　18.3亿元　　　10.6%
数据来源：县农业农村局
"""


def test_a_table_whose_header_names_are_spread_over_their_cells_stands_alone() -> None:
    items = _items("茶香满山乡\n□本报记者　陈思远\n" + _SPREAD_HEADER)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 11)]
    table = items[1]
    assert isinstance(table, Article)
    assert table.headline == "2026年上半年全县茶产业主要指标"
    assert table.paragraphs[1] == "茶园面积 12.6万亩 4.2%"


# ------------------------------------------------ a call for contributions closed by where to send them


def test_a_call_for_contributions_closed_by_where_to_send_them_is_a_notice() -> None:
    text = """“书香”副刊征稿
本版常年征集与阅读、写作相关的散文、随笔、书评、诗歌等
稿件，以2000字以内为宜。
来稿请发送至：shuxiang@example.com，邮件主题请注明“书香投稿”。
"""
    (notice,) = _items(text)
    assert isinstance(notice, Notice)
    assert notice.label == "“书香”副刊征稿"


# ------------------------------------------------ short poems set solid, each with its title and author

_POEMS_SET_SOLID = """春　分
◎ 周晓岚
风把田埂吹软了
燕子衔来第一口泥
母亲在檐下
数着豆种
谷　雨
◎ 李青禾
雨落在秧田里
也落在父亲的斗笠上
一季的收成
从这一天开始发芽

秋山图（国画）　李　可
"""


def test_short_poems_set_solid_each_under_its_title_and_author_are_pieces_of_their_own() -> None:
    items = _items(_POEMS_SET_SOLID)
    assert _layout(items) == [("article", 1, 6), ("article", 7, 12), ("photo", 14, 14)]
    first, second, _ = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.headline, len(first.paragraphs)) == ("春分", 4)
    assert second.byline is not None and [c.names for c in second.byline.others] == [("李青禾",)]


def test_a_paintings_caption_with_its_medium_in_brackets_and_no_title_marks_is_a_picture() -> None:
    picture = _items(_POEMS_SET_SOLID)[-1]
    assert isinstance(picture, Photo)
    assert picture.caption == "秋山图（国画）" and picture.title is None


# ------------------------------------------------ 问/答 under marked sayings, the subject's box right under

_QA_UNDER_MARKED_SAYINGS = """“把老手艺做成年轻人的新爱好”
——专访非遗扎染传承人杨晓梅
本报记者　刘 洋

◆“一块布，要泡十几遍”
　　问：扎染最难的是哪一步？
　　答：是染。一块布要在染缸里泡十几遍，每一遍都要晾干再下缸，急不得。
◆“年轻人来了，手艺就活了”
　　问：来学扎染的都是什么人？
　　答：大学生最多。去年暑假，工坊接待了三千多名研学学生。

人物档案
　　杨晓梅，1979年生，某州某县人，州级非物质文化遗产扎染技艺代表性传承人。
"""


def test_marked_sayings_over_questions_are_subheads_and_the_subjects_box_stands_apart() -> None:
    items = _items(_QA_UNDER_MARKED_SAYINGS)
    assert _layout(items) == [("article", 1, 10), ("article", 12, 13)]
    story, box = items
    assert isinstance(story, Article) and isinstance(box, Article)
    assert [s.text for s in story.subheads] == ["“一块布，要泡十几遍”", "“年轻人来了，手艺就活了”"]
    assert story.paragraphs[0] == "问：扎染最难的是哪一步？" and len(story.paragraphs) == 4
    assert (box.headline, len(box.paragraphs)) == ("人物档案", 1)


# ------------------------------------------------ the supplement's name in brackets under the masthead

_BRACKETED_BANNER = """8
2026年6月3日　星期三
某某日报
青溪
【文学副刊】

井边的月亮
□ 赵长河
　　小时候，村口有一口老井。夏夜里，大人们在井边乘凉，孩子们趴在井沿上看月亮。
　　如今井早已填了，可每逢月圆，我总会想起那口井里的月亮。
"""


def test_the_supplements_name_in_brackets_set_solid_under_the_masthead_is_its_banner() -> None:
    parsed = parse_page(_BRACKETED_BANNER)
    assert_nothing_lost(_BRACKETED_BANNER, parsed)
    (essay,) = parsed.items
    assert isinstance(essay, Article)
    assert (essay.source.first, essay.kicker, essay.headline) == (7, None, "井边的月亮")
    assert 5 in parsed.masthead.lines


def test_a_saying_over_the_papers_first_question_opens_the_dialogue_as_its_subhead() -> None:
    open_dialogue = """某某纺织科技有限公司总经理陈立群：
“小订单里也有大市场”
本报记者　许 航

“单子小了，交期短了，就得快”
　　江城商报：今年以来，公司订单有什么新变化？
　　陈立群：单子小了，批次多了。过去一单几万米，现在常常几千米，交期也从一个月压到两周。
"""
    (story,) = _items(open_dialogue)
    assert isinstance(story, Article)
    assert [(s.text, s.before) for s in story.subheads] == [("“单子小了，交期短了，就得快”", 0)]
    assert story.paragraphs[0] == "江城商报：今年以来，公司订单有什么新变化？"


def test_a_marked_author_line_with_where_the_author_lives_in_brackets_signs_the_poem() -> None:
    text = """读书札记
　　读罢合上书，我想起故乡的秋天。

山　中（外一首）
◎ 周晓岚（江苏）
风把田埂吹软了
燕子衔来第一口泥
母亲在檐下

雨　后
雨落在秧田里
也落在父亲的斗笠上
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 12)]
    poem = items[1]
    assert isinstance(poem, Article) and poem.byline is not None
    assert [(c.role, c.names) for c in poem.byline.others] == [("", ("周晓岚",)), ("江苏", ())]
    assert [s.text for s in poem.subheads] == ["雨后"]


def test_a_poems_title_marked_with_a_white_circle_and_no_space_is_no_author() -> None:
    assert parse_author_line("○井台") is None  # a group's poem title after its mark
    assert parse_author_line("○ 李晓鸥") is not None
