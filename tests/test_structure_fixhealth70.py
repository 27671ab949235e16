"""Failure classes of health and letters pages, fixer ``fixhealth70``: a Q&A column headed by the
reader's question (网友问：…？) over the question asked in full, read as a body; who asked, a
bracketed note alone on the line under the question, read as the piece's signature (and the
answer under it left outside the piece); who answered this issue (本期解答专家：…) wrapped at the
measure; a clinic's hours table (hospital, department, doctor, days) read as heads; a numbered
tip cut between its figure and its unit (…约1小时20 / 分钟，…) split in two; a table set apart under
a letter's signature in cells (某地　某某　76岁) read as the letter's own rows; who answers, in
brackets under the column's head ((某医院某某　解答)), read as the first paragraph; the expert's line
on the paragraphs' indent under the byline, wrapped as prose, read as a credit; where a tip was
taken from ((据某某)) set solid under it, read as a paragraph, where (某某供稿) is a credit.  Snippets
written for these tests in the style of city and health papers (invented names, places and
figures, no blind page's); each is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import read_items

_TOP = """青禾健康报
2026年5月12日　星期二
第6版
名医坐诊
"""
_STORY = """
秋季腹泻进入高发期
本报记者　邵　宁
　　入秋以来，市儿童医院消化科门诊量较上月增长两成，其中不少是
轮状病毒感染引起的秋季腹泻。医生提醒，家长要注意孩子的饮食卫生，
饭前便后洗手，出现脱水症状应及时就医。
"""


def _page(box: str) -> str:
    return _TOP + _STORY + "\n" + box


_QA_COLUMN = """健康问答
网友问：孩子夜里磨牙，是肚子里有虫吗？
问：我家孩子6岁，最近几乎每晚都磨牙，老人说是肚子里有蛔
虫，要不要吃打虫药？
（青禾网友 赵先生）
答：磨牙与蛔虫并无必然联系，多与精神紧张、睡前过度兴奋或牙
齿咬合不良有关，不建议自行服用驱虫药，可先到口腔科检查。
问：平时在家可以怎么调理？
答：睡前一小时避免剧烈活动和看电子屏幕，晚餐不宜过饱。
本期解答专家：青禾市口腔医院儿童口腔科副主任医师、硕士生导
师孙立。
"""


def test_reader_question_over_the_question_in_full_heads_the_column() -> None:
    # (a turn of the column is never set solid over another question: an answer stands between)
    items = read_items(_page(_QA_COLUMN))
    qa = items[-1]
    assert isinstance(qa, Article)
    assert (qa.kicker, qa.headline) == ("健康问答", "网友问：孩子夜里磨牙，是肚子里有虫吗？")
    assert qa.paragraphs[0].startswith("问：我家孩子6岁")


def test_asker_alone_under_the_question_is_the_question_s_no_signature() -> None:
    items = read_items(_page(_QA_COLUMN))
    qa = items[-1]
    assert isinstance(qa, Article)
    assert qa.byline is None
    assert qa.paragraphs[0].endswith("要不要吃打虫药？（青禾网友赵先生）")
    assert qa.paragraphs[1].startswith("答：磨牙与蛔虫并无必然联系")
    assert qa.paragraphs[2:4] == (
        "问：平时在家可以怎么调理？",
        "答：睡前一小时避免剧烈活动和看电子屏幕，晚餐不宜过饱。",
    )


def test_answering_expert_wrapped_at_the_measure_is_one_closing_paragraph() -> None:
    items = read_items(_page(_QA_COLUMN))
    qa = items[-1]
    assert isinstance(qa, Article)
    assert qa.paragraphs[-1] == "本期解答专家：青禾市口腔医院儿童口腔科副主任医师、硕士生导师孙立。"
    assert len(qa.paragraphs) == 5


def test_answering_expert_whole_on_its_line_stays_a_line_of_its_own() -> None:
    # (short of the measure: the name ends it, and the box under it is none of the column's)
    box = (
        "健康问答\n"
        "问：饭后马上散步好不好？\n"
        "答：饭后立即运动会影响消化，建议休息半小时再散步，时间以二十分\n"
        "钟左右为宜。\n"
        "本期解答专家：市中医院　钱　红\n"
        "\n"
        "便民提醒\n"
        "　　本周六上午，市中医院将在人民广场开展义诊活动，欢迎市民参加。\n"
    )
    qa, notice = read_items(_page(box))[-2:]
    assert isinstance(qa, Article) and isinstance(notice, Article)
    assert qa.paragraphs[-1] == "本期解答专家：市中医院钱红"
    assert notice.headline == "便民提醒"


_HOURS = """专家门诊
市第一人民医院　心内科　周　岚　周一上午、周三全天
青禾市中心医院附属妇幼保健院　儿科　钱小川　周二下午
市中医院　脾胃科　吴文涛　周四、周五上午
出诊时间如有调整，以医院公告为准。
"""


def test_clinic_hours_rows_under_their_title_are_a_table() -> None:
    # (no figure in any row: the weekdays closing every row say it is a schedule)
    items = read_items(_page(_HOURS))
    table = items[-1]
    assert isinstance(table, Article)
    assert (table.kicker, table.headline) == (None, "专家门诊")
    assert len(table.paragraphs) == 4
    assert table.paragraphs[1].replace(" ", "") == "青禾市中心医院附属妇幼保健院儿科钱小川周二下午"
    assert table.paragraphs[-1] == "出诊时间如有调整，以医院公告为准。"


# ------------------------------------------- a numbered tip cut between its figure and its unit

_TIPS = """出行小贴士
1.交通：市汽车站乘城际公交至古镇约1小时20
分钟，每半小时一班。
2.住宿：古镇内民宿均价约每晚180元，节假日
需提前预订。
3.提醒：石板路雨天湿滑，请穿防滑鞋。
"""


def test_numbered_tip_cut_between_its_figure_and_its_unit_runs_on() -> None:
    # (the item's line, whole in its shape, ends on a figure whose unit opens the line under it)
    tips = read_items(_page(_TIPS))[-1]
    assert isinstance(tips, Article)
    assert tips.headline == "出行小贴士"
    assert tips.paragraphs == (
        "1.交通：市汽车站乘城际公交至古镇约1小时20分钟，每半小时一班。",
        "2.住宿：古镇内民宿均价约每晚180元，节假日需提前预订。",
        "3.提醒：石板路雨天湿滑，请穿防滑鞋。",
    )


def test_a_row_ending_on_a_figure_over_the_next_row_stays_a_row() -> None:
    # (a figure ends a table's row: the next row opens on a name, no unit)
    box = "周末菜价\n品名　　　单价（元/斤）\n青菜　　　3\n土豆　　　2\n猪肉　　　16\n"
    table = read_items(_page(box))[-1]
    assert isinstance(table, Article)
    assert len(table.paragraphs) == 4


# ------------------------------------------- a table set apart under a letter's signature

_LETTER_AND_TABLE = """读者来信
社区食堂让我们吃上了热乎饭
　　去年冬天，小区里办起了社区食堂，一荤两素只要十二元，
我们老两口再也不用为做饭发愁了。
　　感谢社区工作人员的用心，希望这样的好事越办越多。
　　　　　　　　青禾　刘玉芬　76岁

老年大学秋季课程
课程　　　　　　上课时间　　　学费（元）
书法　　　　　　周二上午　　　300
太极拳　　　　　周四上午　　　260
智能手机应用　　周五下午　　　200
"""


def test_table_set_apart_under_a_signed_letter_stands_on_its_own() -> None:
    # (a signature in cells is one short line, no row of the letter's own table: the blank under
    # the letter ends it)
    letter, table = read_items(_page(_LETTER_AND_TABLE))[-2:]
    assert isinstance(letter, Article) and isinstance(table, Article)
    assert (letter.kicker, letter.headline) == ("读者来信", "社区食堂让我们吃上了热乎饭")
    assert letter.paragraphs[-1].replace("　", "").replace(" ", "") == "青禾刘玉芬76岁"
    assert table.headline == "老年大学秋季课程"
    assert len(table.paragraphs) == 4


# ------------------------------------------- who answers, under a Q&A column's head


def _column(box: str) -> Article:
    column = read_items(_page(box))[-1]
    assert isinstance(column, Article)
    return column


def test_answering_doctor_in_brackets_under_the_head_is_a_credit_no_paragraph() -> None:
    column = _column(
        "名医问答\n"
        "夏天吹空调总头痛怎么办\n"
        "（市人民医院神经内科主任医师　欧阳青　解答）\n"
        "    问：一进空调房就头痛，是不是得了什么病？\n"
        "    答：多与室内外温差过大有关，空调温度不宜\n"
        "低于26℃，出风口不要直吹头部。\n"
    )
    assert column.paragraphs[0] == "问：一进空调房就头痛，是不是得了什么病？"
    assert column.byline is not None and column.byline.reporters == ()
    assert [(c.role, c.names) for c in column.byline.others] == [
        ("解答", ("市人民医院神经内科主任医师欧阳青",))
    ]


def test_expert_line_on_the_paragraphs_indent_under_the_byline_opens_the_body() -> None:
    # (set flush under the byline it is a credit of the head's block; on the indent, and wrapped
    # like prose, it is the body's first paragraph)
    column = _column(
        "名医坐诊\n"
        "孩子总说肚子疼，要紧吗？\n"
        "本报记者　钟　明\n"
        "　　坐诊专家：市儿童医院消化内科　主任医师　司\n"
        "马秀云\n"
        "　　问：孩子7岁，隔三岔五说肚子疼，过一会儿又好了，要不要做检查？\n"
        "　　答：反复腹痛应先排除器质性疾病，建议到医院就诊。\n"
    )
    assert column.paragraphs[0].replace("　", "") == "坐诊专家：市儿童医院消化内科主任医师司马秀云"
    assert column.byline is not None and column.byline.reporters == ("钟明",)
    assert not column.subheads


def test_expert_line_flush_under_the_byline_stays_a_credit() -> None:
    column = _column(
        "名医坐诊\n"
        "孩子总说肚子疼，要紧吗？\n"
        "本报记者　钟　明\n"
        "坐诊专家：市儿童医院消化内科主任医师　司马秀云\n"
        "　　问：孩子7岁，隔三岔五说肚子疼，过一会儿又好了，要不要做检查？\n"
        "　　答：反复腹痛应先排除器质性疾病，建议到医院就诊。\n"
    )
    assert column.paragraphs[0].startswith("问：")


def test_where_a_tip_was_taken_from_in_brackets_under_it_is_a_credit() -> None:
    # (as a (某某供稿) line set solid under the last sentence signs it, no paragraph)
    column = _column(
        "健康提示\n"
        "秋冬季节谨防一氧化碳中毒\n"
        "    天气转凉，使用煤炉取暖的家庭要保持室内通风，\n"
        "睡前检查炉具是否密封，出现头痛、恶心应立即开窗。\n"
        "（据“青禾疾控”微信公众号）\n"
    )
    assert column.paragraphs == (
        "天气转凉，使用煤炉取暖的家庭要保持室内通风，睡前检查炉具是否密封，出现头痛、恶心应立即开窗。",
    )
    assert column.byline is not None
    assert [(c.role, c.names) for c in column.byline.others] == [("据", ("“青禾疾控”微信公众号",))]


# ------------------------------------------- schedules: the days first, or under a header


def test_free_clinic_rows_opening_on_their_days_are_a_table_no_notice() -> None:
    # (a notice's label over lines of the days: the weekdays opening every row say it is a table)
    table = _column(
        "义诊预告\n"
        "周六上午　青禾市第一人民医院附属儿童医院　儿科专家义诊\n"
        "周日全天　青禾市中医院　　中医养生咨询\n"
        "周日下午　青禾市妇幼保健院　　孕产妇健康讲座\n"
    )
    assert table.headline == "义诊预告"
    assert [p.replace(" ", "") for p in table.paragraphs] == [
        "周六上午青禾市第一人民医院附属儿童医院儿科专家义诊",
        "周日全天青禾市中医院中医养生咨询",
        "周日下午青禾市妇幼保健院孕产妇健康讲座",
    ]


def test_clinic_hours_under_their_header_are_one_table() -> None:
    table = _column(
        "本周名医出诊安排\n"
        "医院　　　　　　　　　　　　　科室　　　　专家　　　　出诊时间\n"
        "青禾市第一人民医院东院区　　　心血管内科　王建国　　　周一上午\n"
        "青禾市中西医结合医院　　　　　针灸推拿科　李　梅　　　周二、周四下午\n"
        "青禾大学附属第二医院　　　　　内分泌科　　赵小川　　　周三全天\n"
    )
    assert (table.kicker, table.headline, table.subheadline) == (None, "本周名医出诊安排", None)
    assert len(table.paragraphs) == 4
    assert table.paragraphs[0].replace(" ", "") == "医院科室专家出诊时间"


# ------------------------------------------- letters signed with the writer's age


def test_letters_signed_with_the_writer_s_age_each_close_under_one_column() -> None:
    # (a seniors' paper adds the age after the name: the signature closes the letter, and the
    # next letter's head set solid under it is a letter of the same column)
    items = read_items(
        _page(
            "来信摘登\n"
            "公交车上让座暖人心\n"
            "　　前几天我乘坐15路公交车，刚上车，一位年轻姑娘就起身给我让座。小小的举动，让我心里暖暖的。\n"
            "　　　　　　　　　　　　　　　　读者　王淑芬（76岁）\n"
            "社区食堂办得好\n"
            "　　社区食堂开张半年，饭菜可口、价格实惠，解决了我们老两口的吃饭难题。\n"
            "　　　　　　　　　　　　　　　　青禾　李国栋　80岁\n"
        )
    )
    first, second = items[-2:]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("来信摘登", "公交车上让座暖人心")
    assert first.paragraphs[-1] == "读者王淑芬（76岁）"
    assert (second.kicker, second.headline) == ("来信摘登", "社区食堂办得好")
    assert second.paragraphs[-1].replace("　", "") == "青禾李国栋80岁"


# ------------------------------------------- a field closing a table's rows


def test_hours_field_set_solid_under_a_directory_s_last_row_closes_the_table() -> None:
    # (a field with nothing set solid under it is a note on all the rows, never the head of the
    # box set apart below)
    items = read_items(
        _page(
            "医保服务热线\n"
            "医疗保障服务热线　　　　12393\n"
            "市医保中心窗口　　　　　0556-5123456\n"
            "社保咨询热线　　　　　　12333\n"
            "受理时间：工作日8:30—17:00\n"
            "\n"
            "健康小贴士\n"
            "秋季进补别盲目\n"
            "    秋季进补应因人而异，脾胃虚弱者宜先调理脾胃，再逐步进补。\n"
        )
    )
    table, tip = items[-2:]
    assert isinstance(table, Article) and isinstance(tip, Article)
    assert table.headline == "医保服务热线"
    assert table.paragraphs[-1] == "受理时间：工作日8:30—17:00"
    assert (tip.kicker, tip.headline) == ("健康小贴士", "秋季进补别盲目")


def test_two_rows_of_clinic_hours_with_clock_times_are_a_table() -> None:
    table = _column(
        "夜间门诊\n"
        "青禾市第一人民医院附属儿童医院　儿科　周一至周五18:00—21:00\n"
        "青禾市中西医结合医院　　内科　　周六、周日8:00—12:00\n"
    )
    assert table.headline == "夜间门诊"
    assert len(table.paragraphs) == 2


# ------------------------------------------- an interview's pull quote, its speaker a long role


def test_pull_quote_set_solid_in_an_interview_spoken_by_a_long_role() -> None:
    # (——访某某 over the byline is the interview's deck, never a speaker)
    items = read_items(
        _page(
            "●部门负责人访谈\n"
            "让群众看病更方便\n"
            "——访青禾市卫生健康委员会主要负责人\n"
            "本报记者　钟　明\n"
            "　　记者：今年我市在方便群众就医方面有哪些新举措？\n"
            "　　答：我们在全市二级以上医院全面推行预约诊疗，分时段预约精确到30分钟。\n"
            "“让群众少跑腿，\n"
            "是我们的责任。”\n"
            "　　　　　　　　——青禾市卫生健康委员会主要负责人\n"
            "　　记者：下一步还有哪些打算？\n"
            "　　答：年内将实现检查检验结果在全市医疗机构互认。\n"
        )
    )
    story = items[-1]
    assert isinstance(story, Article)
    assert story.subheadline == "——访青禾市卫生健康委员会主要负责人"
    assert [(q.text, q.attribution) for q in story.pull_quotes] == [
        ("“让群众少跑腿，是我们的责任。”", "青禾市卫生健康委员会主要负责人")
    ]
    assert len(story.paragraphs) == 4


# ------------------------------------------- a guide's particulars run in after their labels


def test_run_in_labels_in_a_guide_s_body_open_their_paragraphs_as_printed() -> None:
    guide = _column(
        "办事指南\n"
        "老年人免费体检开始预约\n"
        "    今年65岁以上老年人免费健康体检已启动，预约截至6月30日。\n"
        "【体检项目】血常规、肝功能、心电图、腹部B超等。\n"
        "【预约方式】拨打所在社区卫生服务中心电话或现场登记。\n"
    )
    assert guide.paragraphs[1:] == (
        "【体检项目】血常规、肝功能、心电图、腹部B超等。",
        "【预约方式】拨打所在社区卫生服务中心电话或现场登记。",
    )
    assert not guide.subheads
