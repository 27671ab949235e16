"""Failure classes of service pages (hotline directories, 办事指南, clinic hours, consumer Q&A),
fixer ``fix52service``: a Q&A column set apart under a story in parts, read as the story's last
part.  Snippets written for these tests in the style of a city paper's service page (invented
names, places and figures, no blind page's); each class is a shape any paper prints.
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

_TOP = """清江晚报
2026年4月8日　星期三　　　　6
民生服务
"""

# --------------------------------- a Q&A column set apart under a story whose parts are marked

_QA_UNDER_PARTS = (
    _TOP
    + """
春季过敏高发　出门做好防护
本报记者　吴　岚
　　本报讯　近日气温回升，花粉浓度上升，市二院变态反应科门诊
量比上月增加两成。医生提醒，过敏体质人群出门要做好防护。
◆ 出门戴好口罩
　　花粉浓度高的时段尽量减少外出，外出时佩戴口罩和眼镜，回家
后及时洗脸、换衣。
◆ 症状加重及时就医
　　出现持续咳嗽、胸闷等症状，应及时到医院就诊，不要自行用药。

健康问诊
　　问（市民刘先生）：孩子对尘螨过敏，家里要注意什么？
　　答（市二院儿科　赵医生）：床品每周用热水清洗，尽量不用地毯
和毛绒玩具，室内湿度保持在百分之五十左右。
　　问：过敏药可以长期吃吗？
　　答：要在医生指导下使用，不要自行加量或长期服用。
（市二院　供稿）
"""
)


def test_qa_column_set_apart_under_a_story_in_parts_is_a_piece_of_its_own() -> None:
    story, column = read_articles(_QA_UNDER_PARTS)
    assert [h.text for h in story.subheads] == ["出门戴好口罩", "症状加重及时就医"]
    assert story.paragraphs[-1].startswith("出现持续咳嗽")
    assert column.headline == "健康问诊"
    assert [p[:2] for p in column.paragraphs] == ["问（", "答（", "问：", "答："]
    assert not column.subheads
    assert column.paragraphs[-1].startswith("答：要在")  # (（市二院　供稿） signs it, no paragraph)


_BRACKETED_QA_UNDER_PARTS = _QA_UNDER_PARTS.replace("健康问诊", "【健康问诊】")


def test_bracketed_qa_label_set_apart_is_the_column_not_the_storys_part() -> None:
    story, column = read_articles(_BRACKETED_QA_UNDER_PARTS)
    assert len(story.subheads) == 2
    assert column.headline == "健康问诊"
    assert column.paragraphs[0].startswith("问（市民刘先生）：")


# ------------------------------------------- a clinic's timetable, a doctor's name padded to a cell

_CLINIC_TABLE = (
    _TOP
    + """
下周名医坐诊安排
科室　　　　医生　　　　坐诊时间
骨科　　　　何　平　　　周一上午
眼科　　　　孟晓东　　　周二全天
皮肤科　　　林　娜　　　周四下午
神经内科　　庞国强　　　周六上午
"""
)


def test_clinic_timetable_with_padded_names_is_a_table_not_an_ad() -> None:
    (table,) = read_articles(_CLINIC_TABLE)
    assert table.headline == "下周名医坐诊安排"
    assert len(table.paragraphs) == 5


# -------------------------------- a table's source line with no 数据 before 来源, and a marked question

_GUIDE = (
    _TOP
    + """
■ 报名时间安排
类别　　　　　　报名时间
小学一年级　　　6月1日—6月5日
初中一年级　　　6月8日—6月12日
来源：市教育局

社保卡补换　线上就能办
本报记者　吴　岚
　　社保卡丢失或损坏的，市民不必再跑窗口，在手机上就能申请补
换新卡。
◆如何申请？
　　登录“清江人社”App，进入社保卡服务栏目，填写信息后提交，
新卡可邮寄到家。
◆费用多少？
　　补换社保卡免收工本费，邮寄费由市民自付。
"""
)


def test_bare_source_line_closes_the_table_and_marked_questions_head_parts() -> None:
    table, story = read_articles(_GUIDE)
    assert table.paragraphs[-1] == "来源：市教育局"
    assert story.headline == "社保卡补换　线上就能办" or story.headline.startswith("社保卡补换")
    assert [h.text for h in story.subheads] == ["如何申请？", "费用多少？"]
    assert len(story.paragraphs) == 3
