"""Failure classes round 69 showed (issue 10), fixer ``fixround69``: a page of readers' letters
and the offices' answers, each piece a question head over a marked label (■来信 / ■答复) set
solid under it, the letter signed at its right, the answer's label marked alike under the
signature.  Snippets written for these tests in the style of city and district papers' 问政 pages
(invented people, places and figures, no blind page's); each class is a shape that holds on any
paper, not one page's words.
"""

from __future__ import annotations

from publisher.reader.line_kinds import TEXT
from publisher.reader.lines import Line, cut_at_measure
from tests.nothing_lost import read_articles

# Two letters and their answers: each head asks, the letter and the answer open under a label of
# four marked alike over every piece; the writer and the office sign at the right.
_LETTERS_AND_ANSWERS = """青溪晚报
2026年5月12日　星期二
08　民生·问政
责任编辑：方　圆

路边夜市噪声谁来管？
■群众留言
    我家楼下的街边每晚都有夜市，烧烤摊的音响开到半夜，
老人孩子都睡不好觉。希望有关部门尽快处理。
　　　　　　　　　　　　城南街道居民　赵女士
■办理答复
    收到留言后，街道联合城管中队对夜市开展了专项整治，
规定摊位晚上十点前关闭音响，并安排专人每晚巡查。
　　　　　　　　　　　　　　城南街道办事处

公交站台何时能加装雨棚？
■群众留言
    我每天在新河路站坐车上班，站台没有雨棚，下雨天只能
站在雨里等车。
　　　　　　　　　　　　新河社区居民　钱先生
■办理答复
    经现场查看，该站台具备加装条件。公交公司已将其列入
今年站台改造计划，预计六月底前完工。
　　　　　　　　　　　　　　青溪市公交集团
"""


def test_a_label_marked_alike_over_each_letter_and_answer_heads_its_parts() -> None:
    # ■群众留言 set solid under the head is no author (a name signs once, under its own head) and
    # no deck: the letter's part, and the same label marked under the signature heads the answer,
    # a part of the same piece, never the next story's head
    articles = read_articles(_LETTERS_AND_ANSWERS)
    assert [(a.headline, a.source.first, a.source.last) for a in articles] == [
        ("路边夜市噪声谁来管？", 6, 14),
        ("公交站台何时能加装雨棚？", 16, 24),
    ]
    for article in articles:
        assert [(s.text, s.before) for s in article.subheads] == [("群众留言", 0), ("办理答复", 2)]
        assert article.byline is None
    first = articles[0]
    assert first.paragraphs[0].startswith("我家楼下的街边")
    assert first.paragraphs[1] == "城南街道居民赵女士"  # the letter signed at its right
    assert first.paragraphs[2].startswith("收到留言后")


# A festival page's pieces by the builders themselves: under the head, the mark, the writer's
# works (a bureau, a group company, a project office) and the name a space apart.
_SIGNED_FROM_THE_SITE = """江南建设报
2026年9月24日　星期四
4
节日特刊
责任编辑：方　圆

桥下的月饼
■ 中建八局　陈小燕
    女儿，今年中秋妈妈又在工地上过。桥墩一天比一天高，
等合龙那天，我带你来看。
"""


def test_a_marked_line_naming_the_writers_works_and_name_is_the_byline() -> None:
    # 中建八局　陈小燕: the works, set a space apart before one name, say where the writer works, as a
    # hospital or a court does; a credit, not the story's deck nor its first paragraph
    (article,) = read_articles(_SIGNED_FROM_THE_SITE)
    assert article.headline == "桥下的月饼"
    assert article.byline is not None
    assert [(c.role, c.names) for c in article.byline.others] == [("", ("陈小燕",)), ("中建八局", ())]
    assert article.paragraphs[0].startswith("女儿，今年中秋")


# A festival special's page: a poem under its title and author, then, set apart, the group's
# schedule for the holidays (its title over rows led by a date), then the union's greeting, which
# the union signs in brackets under its last sentence.
_POEM_SCHEDULE_GREETING = """江南建设报
2026年9月24日　星期四
4
节日特刊
责任编辑：方　圆

塔吊上的月亮
□ 林　川
月亮爬上塔吊
照着未干的混凝土
也照着回家的路

国庆期间公司活动安排
9月28日　“我为祖国送祝福”线上活动
9月30日　各工地节前安全大检查
10月1日　升国旗仪式
10月2日—6日　节日值班

节日寄语
    值此国庆佳节，向坚守一线的职工和家属致以节日的问候！
愿大家过一个平安、祥和的节日。
（公司工会）
"""


def test_a_schedule_set_apart_under_a_poem_is_a_piece_and_the_union_signs_its_greeting() -> None:
    # the schedule's title over rows led by a date is no stanza of the poem above it; （公司工会）
    # alone under the greeting's last sentence signs it, an office's signature, no paragraph
    articles = read_articles(_POEM_SCHEDULE_GREETING)
    assert [(a.headline, a.source.first, a.source.last) for a in articles] == [
        ("塔吊上的月亮", 7, 11),
        ("国庆期间公司活动安排", 13, 17),
        ("节日寄语", 19, 22),
    ]
    assert list(articles[0].paragraphs) == ["月亮爬上塔吊", "照着未干的混凝土", "也照着回家的路"]
    greeting = articles[2]
    assert len(greeting.paragraphs) == 1
    assert greeting.byline is not None
    assert [c.names for c in greeting.byline.others] == [("公司工会",)]


# A narrow column of briefs under its label, each brief led by its bullet and wrapped at the
# column's measure from its first line down: the marked line is no head, its words run on.
_CUT_BRIEFS = """青溪晚报
2026年5月19日　星期二
A06　文旅
责任编辑：方　圆

白石古镇
推出“夜游老街”项目
通讯员　钱晓雨
    本报讯　5月15日晚，白石古镇“夜游老街”项目正式开放。游
客可提着灯笼穿行于老街的商铺之间，品尝米糕、酒酿等小吃。
    据悉，夜游项目每晚19时至22时开放，市民凭本地身份证可免
费入园。

旅游速递
●青溪县革命历史陈列纪念馆
6月起推出“红色寻访季”活
动，市民可在游客中心预约
讲解服务。
●白石古镇第二届非遗手作市集
将于6月1日至3日举办，届时
将有30余家摊位参展。
"""


def test_a_bulleted_line_cut_at_a_narrow_columns_measure_runs_into_its_brief() -> None:
    # ●青溪县革命历史陈列纪念馆 runs as far as the flush line under it, which breaks off inside its
    # sentence: one paragraph wrapped at the column's measure, the words under the bullet its text
    articles = read_articles(_CUT_BRIEFS)
    assert [(a.kicker, a.source.first, a.source.last) for a in articles] == [
        ("白石古镇", 6, 12),
        ("旅游速递", 14, 18),
        ("旅游速递", 19, 21),
    ]
    assert [a.headline for a in articles[1:]] == ["", ""]
    assert articles[1].paragraphs[0].startswith("青溪县革命历史陈列纪念馆6月起推出")
    assert articles[2].paragraphs[-1].endswith("将有30余家摊位参展。")


def test_a_marked_line_as_wide_as_the_flush_line_under_it_is_cut_at_the_measure() -> None:
    # the mark counted, the bulleted line runs as far as the line under it, which breaks off
    # inside a word over a line no wider: the brief's first line; a head is set shorter
    marked = Line(1, "青溪县革命历史陈列纪念馆", False, TEXT, mark="●")
    under = Line(2, "6月起推出“红色寻访季”活", False, TEXT)
    below = Line(3, "动，市民可在游客中心预约", False, TEXT)
    assert cut_at_measure(marked, under, below)
    head = Line(1, "纪念馆推出寻访季", False, TEXT, mark="●")
    assert not cut_at_measure(head, under, below)
