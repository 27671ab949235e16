"""Failure classes blind round13 showed inside stories (issue 10): a sidebar label over a title of
its own, subheads that come only after the first paragraphs, section titles in a 副刊 piece, a
table's title and bulleted points in a story, Q&A turns.
Snippets written for these tests in the style of county and city papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

# ------------------------------------------------ a sidebar label set solid over a title of its own

_NOTEBOOK_WITH_TITLE = """青石
茶山上建起“云仓” 茶农不再愁销路
——全县建成产地仓库12座
全媒体记者 方舟　通讯员 柳青

11月20日，青石镇白岩村的茶叶仓库里，一箱箱新茶码放整齐。

仓库由村集体经营，茶农按量付费，一年可为村集体增收9万元。

记者手记
让“小仓库”托起大产业
■方舟

仓库不大，解决的却是茶叶“卖难”的老问题。

期待更多乡村补齐仓储短板。

柳溪
山核桃产业园通过省级验收
本报讯（记者 林立）日前，柳溪山核桃产业园通过省级验收。
"""


def test_a_sidebar_label_over_a_title_and_signature_is_a_piece_of_its_own() -> None:
    parsed = parse_page(_NOTEBOOK_WITH_TITLE)
    assert_nothing_lost(_NOTEBOOK_WITH_TITLE, parsed)
    assert _layout(parsed.items) == [("article", 1, 8), ("article", 10, 16), ("article", 18, 20)]
    story, notebook = parsed.items[0], parsed.items[1]
    assert isinstance(story, Article) and isinstance(notebook, Article)
    assert story.subheads == ()
    assert (notebook.kicker, notebook.headline) == ("记者手记", "让“小仓库”托起大产业")
    assert notebook.paragraphs == ("仓库不大，解决的却是茶叶“卖难”的老问题。", "期待更多乡村补齐仓储短板。")


def test_a_sidebar_label_over_prose_stays_a_part_of_the_story() -> None:
    text = (
        "夜市开张\n本报讯（记者 林立）昨晚，城东夜市开张。\n\n"
        "记者手记\n\n夜市的烟火气，是一座城最暖的温度。\n"
    )
    parsed = parse_page(text)
    (story,) = parsed.items
    assert isinstance(story, Article)
    # the label stays with the story it was printed in, as tests/pages/113 has it
    assert story.paragraphs == ("昨晚，城东夜市开张。", "记者手记", "夜市的烟火气，是一座城最暖的温度。")


# ------------------------------------------------ Q&A turns kept as paragraphs of one piece

_QA_SET_SOLID = """育儿课堂
孩子写作业拖拉怎么办
问：我家孩子上三年级，每天写作业要拖到晚上十点，越催越慢，该怎么办？（新城区 赵女士）
答：先别急着催，可以和孩子一起把作业分成几段，每完成一段休息十分钟。其次，家长要少在旁边刷手机，给孩子做个专心的样子。
答疑专家：市家庭教育指导中心 周明远

校园观察
别让“兴趣班”变成“补习班”
□ 钱 进
兴趣班办得好，孩子才愿意来。
"""


def test_answer_turn_set_solid_under_a_signed_question_is_a_paragraph() -> None:
    parsed = parse_page(_QA_SET_SOLID)
    assert_nothing_lost(_QA_SET_SOLID, parsed)
    assert _layout(parsed.items) == [("article", 1, 5), ("article", 7, 10)]
    qa, column = parsed.items
    assert isinstance(qa, Article) and isinstance(column, Article)
    assert qa.paragraphs == (
        "问：我家孩子上三年级，每天写作业要拖到晚上十点，越催越慢，该怎么办？（新城区赵女士）",
        "答：先别急着催，可以和孩子一起把作业分成几段，每完成一段休息十分钟。其次，家长要少在旁边刷手机，给孩子做个专心的样子。",
        "答疑专家：市家庭教育指导中心周明远",
    )
    assert (column.kicker, column.headline) == ("校园观察", "别让“兴趣班”变成“补习班”")


_QA_NAMED_TURNS = """法律门诊
租房押金不退，该怎么维权？

读者问：我租的房子到期搬走了，房东以墙面有污渍为由扣下全部押金3000元。我该怎么办？（西湖区 孙先生）

律师答：房东扣押金应以实际损失为限。您可以先协商，协商不成可向消费者协会投诉或向法院起诉。

解答律师：某某律师事务所 何 平

城区开展冬季消防检查
本报讯（记者 林立）近日，城区消防部门开展冬季消防安全检查。
"""


def test_named_question_and_answer_turns_stay_one_piece() -> None:
    parsed = parse_page(_QA_NAMED_TURNS)
    assert_nothing_lost(_QA_NAMED_TURNS, parsed)
    assert _layout(parsed.items) == [("article", 1, 8), ("article", 10, 11)]
    qa = parsed.items[0]
    assert isinstance(qa, Article)
    assert qa.byline is None  # who asked is part of the question, not a signature
    assert [p[:3] for p in qa.paragraphs] == ["读者问", "律师答", "解答律"]


# ------------------------------------------------ a story's one subhead, after its first paragraphs

_ONE_SUBHEAD_LATE = """百姓热线
小区水管爆裂 物业半夜抢修
居民当晚用上热水
■本报记者 宋晓光

“厨房里全是水，楼下都渗了！”11月30日晚，南岗区和平路一小区居民刘女士拨打本报热线反映。

记者赶到时看到，该楼地下室的供水主管被冻裂，积水已漫过台阶，物业工作人员正在关闸。

两小时换好管道

物业公司连夜请来维修人员，关闸、排水、更换管段，凌晨1时许，全楼恢复供水。

1日上午记者回访，刘女士家已用上热水。“物业一直干到后半夜。”刘女士说。

江南一社区开办四点半课堂
本报讯（记者 何雯）12月1日，江南街道一社区开办“四点半课堂”。
"""


def test_a_lone_subhead_over_prose_that_goes_on_with_the_story_is_its_subhead() -> None:
    parsed = parse_page(_ONE_SUBHEAD_LATE)
    assert_nothing_lost(_ONE_SUBHEAD_LATE, parsed)
    assert _layout(parsed.items) == [("article", 1, 14), ("article", 16, 17)]
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert [(s.text, s.before) for s in story.subheads] == [("两小时换好管道", 2)]
    assert len(story.paragraphs) == 4


def test_a_lone_head_over_prose_of_its_own_still_starts_a_story() -> None:
    # the prose under it names nothing the story above named: a story printed without a byline
    text = _ONE_SUBHEAD_LATE.replace(
        "两小时换好管道\n\n物业公司连夜请来维修人员，关闸、排水、更换管段，凌晨1时许，全楼恢复供水。\n\n"
        "1日上午记者回访，刘女士家已用上热水。“物业一直干到后半夜。”刘女士说。",
        "西郊村“乡村春晚”开演\n\n锣鼓阵阵，西郊村文化礼堂座无虚席，村民自编自演的节目轮番登场。\n\n"
        "据了解，西郊村“乡村春晚”已连续举办6年。",
    )
    parsed = parse_page(text)
    assert _layout(parsed.items) == [("article", 1, 8), ("article", 10, 14), ("article", 16, 17)]


_BRACKETED_PARTS = """以案说法
轻信“高息理财”老人被骗8万元
——东城警方追回大部分损失
本报讯（记者 吴静 通讯员 东公宣）“说好月月返息，后来本钱都取不出来了。”近日，东城区孙大爷报警。

【办案经过】

接报后，东城公安分局迅速立案，民警顺着资金流向追查，锁定了一个外地诈骗团伙。

【民警提醒】

民警提醒，所谓“高息理财”多是骗局，老年人切勿向陌生账户转账。

县法院开展送法进社区
本报讯（记者 马良）12月2日，县法院法官走进城南社区开展普法活动。
"""


def test_bracketed_labels_alone_inside_a_story_are_its_subheads() -> None:
    parsed = parse_page(_BRACKETED_PARTS)
    assert_nothing_lost(_BRACKETED_PARTS, parsed)
    assert _layout(parsed.items) == [("article", 1, 12), ("article", 14, 15)]
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["办案经过", "民警提醒"]
    assert len(story.paragraphs) == 3
