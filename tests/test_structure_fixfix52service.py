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


# ------------------------------------- a box of hotlines each led by the box's mark, a row with two

_MARKED_HOTLINES = (
    _TOP
    + """
便民热线
●燃气抢修　　　　96777
●供水报修　　　　96390
●供电服务　　　　95598
●医疗急救　　　　120（市急救中心）　96120（出院转运）
●公交咨询　　　　96196
"""
)


def test_rows_led_by_the_boxs_mark_stay_whole_however_the_tagger_read_them() -> None:
    (box,) = read_articles(_MARKED_HOTLINES)
    assert box.headline == "便民热线"
    assert len(box.paragraphs) == 5
    assert all(paragraph.startswith("●") for paragraph in box.paragraphs)
    assert "96120" in box.paragraphs[3]


# ---------------------------- a story announcing its listing with a colon, the entries its own

_ANNOUNCED_LISTING = (
    _TOP
    + """
暑期游泳场所开放信息一览
本报记者　吴　岚　整理
　　暑期到来，市区多家游泳场所延长开放时间。市民可就近选择，
具体信息如下：
市体育中心游泳馆　　电话：0576-8890011　　地址：体育路1号
东湖游泳馆　　电话：0576-8890022　　地址：湖滨路8号
西园全民健身中心　　电话：0576-8890033
南门游泳池　　电话：0576-8890044
开放时间：每天9:00—21:00

天气转热　谨防中暑
　　本报讯　气象台预计，本周最高气温将达35℃。
"""
)


def test_entries_a_story_announces_with_its_colon_are_its_paragraphs_not_an_ad() -> None:
    listing, _ = read_articles(_ANNOUNCED_LISTING)
    assert listing.headline == "暑期游泳场所开放信息一览"
    assert listing.paragraphs[0].endswith("具体信息如下：")
    assert len(listing.paragraphs) == 6
    assert listing.paragraphs[-1].startswith("开放时间")


# ------------------------- a table's box going on under its rows: its number to call, its offices

_CLINICS_AND_PHONES = (
    _TOP
    + """
便民服务
6月上旬送医下乡安排
日期　　　　地点　　　　　　　科室
6月2日　　　东岭镇卫生院　　　眼科、骨科
6月5日　　　北渡村文化礼堂　　儿科、中医科
6月9日　　　南湖乡卫生院　　　妇产科、心内科
常用服务电话
市第一人民医院急诊：0576-8871120
市中医院挂号：0576-8873300
市疾控中心预约：0576-8875500
"""
)


def test_offices_under_a_group_name_set_solid_under_a_tables_rows_are_the_boxs() -> None:
    (box,) = read_articles(_CLINICS_AND_PHONES)
    assert box.kicker == "便民服务" and box.headline == "6月上旬送医下乡安排"
    assert [h.text for h in box.subheads] == ["常用服务电话"]
    assert len(box.paragraphs) == 7
    assert box.paragraphs[-1].startswith("市疾控中心预约")


_ROWS_AND_ONE_PHONE = (
    _TOP
    + """
本周免费体检安排
6月2日（周二）上午　　市人民医院　　　东岭社区服务中心
6月4日（周四）上午　　市中医院　　　　北渡村文化礼堂
6月6日（周六）全天　　市妇幼保健院　　南湖乡卫生院
咨询电话：0576-8876600
"""
)


def test_the_number_to_call_set_solid_under_a_tables_rows_closes_the_table() -> None:
    (table,) = read_articles(_ROWS_AND_ONE_PHONE)
    assert table.paragraphs[-1] == "咨询电话：0576-8876600"


# ------------------------------ an expert's signature broken after the workplace, the name below

_ANSWER_SIGNED_OVER_TWO_LINES = (
    _TOP
    + """
健康问答
■ 冬天为什么容易犯困？
    问：一到冬天，我白天总是犯困，这是为什么？
    答：冬季日照时间短，室内通风少，容易让人犯困。建议每
天适当户外活动，保持室内通风。（市第二人民医院神经内科"""
    # (the line ends on the space that parts the workplace from the name set on the next line)
    + "\u3000\n孙建华）\n"
)


def test_an_experts_signature_broken_after_the_workplace_signs_the_answer() -> None:
    (answer,) = read_articles(_ANSWER_SIGNED_OVER_TWO_LINES)
    assert answer.paragraphs[-1].endswith("保持室内通风。")
    assert answer.byline is not None
    assert [credit.names for credit in answer.byline.others] == [("孙建华",)]


# ------------------------------------------ the paper's reply set apart under a reader's letter

_LETTER_AND_REPLY = (
    _TOP
    + """
读者来信
路口红绿灯何时能修好？
    编辑同志：
    我家门口的东湖路与青溪路交叉口，红绿灯坏了快一个
月，早晚高峰车辆抢行，老人孩子过马路很危险。
    希望有关部门尽快修复。
    　　　　　　读者　林　涛

【记者追踪】
    本报已将来信转交市交警支队。支队回复称，该路口信号
灯已于本周修复，并将加强高峰时段的疏导。
"""
)


def test_a_bracketed_label_set_apart_under_a_signed_letter_heads_the_papers_reply() -> None:
    letter, reply = read_articles(_LETTER_AND_REPLY)
    assert letter.headline == "路口红绿灯何时能修好？"
    assert not letter.subheads
    assert reply.headline == "记者追踪"
    assert reply.paragraphs[0].startswith("本报已将来信转交")


# ------------------------------------------------- a table a story announces with its colon

_ANNOUNCED_TABLE = (
    _TOP
    + """
城区新开3条公交线路
本报记者　吴　岚
　　本报讯　记者从市公交公司获悉，下月起城区将新开3条公交线路，
方便市民前往高铁站和新院区。
　　新开线路如下：
线路　　起点　　　　终点　　　　首末班时间
8路　　　高铁站　　　市中医院　　6:30-20:00
12路　　东湖公园　　南湖新村　　6:40-19:30
15路　　西园广场　　北山镇政府　6:30-18:30
　　市民可通过公交公众号查询实时到站信息。
"""
)


def test_a_tables_rows_under_the_colon_announcing_them_are_no_wrapped_sentence() -> None:
    (story,) = read_articles(_ANNOUNCED_TABLE)
    assert story.paragraphs[1] == "新开线路如下："
    assert len(story.paragraphs) == 7
    assert story.paragraphs[-1].startswith("市民可通过")


# ------------------------------------- a marked subhead quoting a voice, its comma in the quote

_VOICED_PARTS = (
    _TOP
    + """
开学首周，记者走访多所学校——
午餐吃得好吗？　放学接得上吗？
本报记者　吴　岚
    开学首周，记者走访了城区多所小学，发现课后服务和
午餐供应总体平稳。
◇ 多数家长：“饭菜可口，孩子都爱吃”
    9日中午，在东湖小学食堂，记者看到学生们排队取餐，
两荤一素一汤，分量充足。
◇ 个别学校：放学时段“接娃难”
    在一所老城区小学门口，放学时段车辆拥堵，家长等候
时间较长。
"""
)


def test_a_marked_subhead_quoting_a_voice_heads_its_part() -> None:
    (story,) = read_articles(_VOICED_PARTS)
    assert [h.text for h in story.subheads] == [
        "多数家长：“饭菜可口，孩子都爱吃”",
        "个别学校：放学时段“接娃难”",
    ]
    assert len(story.paragraphs) == 3
