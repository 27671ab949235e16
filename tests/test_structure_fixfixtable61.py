"""Failure classes round 61 showed on tables and service boxes set as text (issue 10), fixer
``fixtable61``.  Snippets written for these tests (invented papers, places, names and figures, no
blind page's); each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article
from publisher.punctuation import compact
from tests.nothing_lost import first_article, read_items

# ------------------------------- a titled table announced by the story's colon, inside the story

_RESULTS_ANNOUNCED = """青溪县第五届农民运动会闭幕
本报记者　周　航
　　本报讯　5月20日，青溪县第五届农民运动会在县体育馆闭幕。
经过4天比赛，白沙镇代表队获团体总分第一。
　　本届运动会奖牌榜前四名如下：
青溪县第五届农民运动会奖牌榜
名次　　代表队　　金牌　　银牌　　铜牌
1　　　白沙镇　　　9　　　7　　　5
2　　　石门乡　　　8　　　6　　　8
3　　　东岭镇　　　6　　　9　　　4
4　　　柳河乡　　　5　　　4　　　7
数据来源：县农运会组委会
　　县农业农村局负责人表示，将继续办好农民身边的体育赛事。
"""

_PRICES_ANNOUNCED = """本周菜价小幅回落
　　据市价格监测中心监测，本周我市蔬菜价格小幅回落，主要品种价格如下：
主要蔬菜零售价格
品种　　　本周　　　上周
青菜　　　3.2　　　3.6
萝卜　　　2.1　　　2.3
土豆　　　3.8　　　3.9
　　监测人员提醒，近期气温回升，蔬菜供应将继续增加。
"""


def test_a_titled_table_announced_by_the_story_colon_is_one_paragraph_a_printed_row() -> None:
    # 如下： closes the story's paragraph; the title set solid under it, the header and each row
    # are a paragraph each, the source line too, and the story goes on under them
    story = first_article(_RESULTS_ANNOUNCED)
    assert story.paragraphs[1] == "本届运动会奖牌榜前四名如下："
    assert story.paragraphs[2] == "青溪县第五届农民运动会奖牌榜"
    assert compact(story.paragraphs[3]) == "名次代表队金牌银牌铜牌"
    assert [p.split()[1] for p in story.paragraphs[4:8]] == ["白沙镇", "石门乡", "东岭镇", "柳河乡"]
    assert story.paragraphs[8] == "数据来源：县农运会组委会"
    assert story.paragraphs[9].startswith("县农业农村局负责人表示")
    assert len(story.paragraphs) == 10


def test_a_price_table_under_a_colon_closing_a_wrapped_paragraph_is_its_rows() -> None:
    # (no source line under the rows: the next indented paragraph goes on with the story)
    story = first_article(_PRICES_ANNOUNCED)
    assert story.paragraphs[0].endswith("主要品种价格如下：")
    assert story.paragraphs[1] == "主要蔬菜零售价格"
    assert compact(story.paragraphs[2]) == "品种本周上周"
    assert [p.split()[0] for p in story.paragraphs[3:6]] == ["青菜", "萝卜", "土豆"]
    assert story.paragraphs[6].startswith("监测人员提醒")


# ------------------------------- the number to call closing a guide box, no poster of one line

_GUIDE_BOX = """柳河乡新建文化广场投用
　　本报讯　日前，柳河乡文化广场建成投用，为村民提供了休闲健身的好去处。

■便民指南
老年优待证办理
申领对象：本县户籍年满60周岁的老年人，或在本县居住满一年的外地户籍老年人。
所需材料：本人身份证、户口簿、近期免冠照片一张，委托他人代办的另附委托书。
办理地点：各乡镇（街道）便民服务中心，或通过县政务服务网在线申请。
办理时限：材料齐全的，当场办结。
咨询电话：0571-6612345

柳河乡新建文化广场投用
　　本报讯　日前，柳河乡文化广场建成投用，为村民提供了休闲健身的好去处。
"""

_POSTER_UNDER_STORY = """柳河乡新建文化广场投用
　　本报讯　日前，柳河乡文化广场建成投用，为村民提供了休闲健身的好去处。

青溪驾校春季招生
随到随学　包教包会
咨询电话：0571-6654321
"""


def test_the_number_to_call_set_solid_under_a_guide_box_is_its_last_paragraph() -> None:
    items = read_items(_GUIDE_BOX)
    assert [type(item) for item in items] == [Article, Article, Article]
    box = items[1]
    assert isinstance(box, Article)
    assert box.headline == "老年优待证办理"
    assert box.paragraphs[-1] == "咨询电话：0571-6612345"
    assert len(box.paragraphs) == 5


def test_a_poster_set_apart_under_a_story_keeps_its_number() -> None:
    # (a blank parts the poster from the story: the number is the poster's, as before)
    items = read_items(_POSTER_UNDER_STORY)
    assert isinstance(items[0], Article) and isinstance(items[-1], Advertisement)
    assert "咨询电话：0571-6654321" in items[-1].lines


# ------------------------------- offices listed under the box's paragraph, three lines an office

_CLINICS_UNDER_PARAGRAPH = """■办事指南
青溪县部分疫苗接种门诊开放时间
　　即日起，全县疫苗接种门诊恢复周末接种服务，请家长携带
预防接种证前往，并提前在网上预约。
城关镇社区卫生服务中心
地址：城关镇解放路12号　电话：（0571）6681234
接种时间：周一至周六　8:00—11:30
白沙镇卫生院
地址：白沙镇中街8号　电话：（0571）6685678
接种时间：周二、周四、周六　8:00—11:00
石门乡卫生院
地址：石门乡石门村3号　电话：（0571）6689012
接种时间：周三、周六　8:30—11:00

柳河乡新建文化广场投用
　　本报讯　日前，柳河乡文化广场建成投用，为村民提供了休闲健身的好去处。
"""


def test_offices_listed_under_the_box_paragraph_are_its_paragraphs_no_ads() -> None:
    # each office's name, its address and phone, its hours: a line a paragraph of the box, the
    # paragraph over them saying what they offer; no poster among them
    items = read_items(_CLINICS_UNDER_PARAGRAPH)
    assert [type(item) for item in items] == [Article, Article]
    box = items[0]
    assert isinstance(box, Article)
    assert (box.kicker, box.headline) == ("办事指南", "青溪县部分疫苗接种门诊开放时间")
    assert box.paragraphs[0].endswith("并提前在网上预约。")
    assert box.paragraphs[1] == "城关镇社区卫生服务中心"
    assert compact(box.paragraphs[3]) == "接种时间：周一至周六8:00—11:30"
    assert box.paragraphs[-1].startswith("接种时间：周三、周六")
    assert len(box.paragraphs) == 10


# ------------------------------- a second table's title set solid under the first table's rows

_RESULTS_THEN_STANDINGS = """县篮球联赛第6轮战罢
　　本报讯　6月8日，青溪县篮球联赛第6轮比赛全部结束，城关队继续领跑。
第6轮比赛结果
城关队　88:80　白沙队
石门队　75:79　东岭队
柳河队　90:86　新塘队
积分榜前四名
名次　球队　　场次　胜　负　积分
1　　城关队　　6　　6　0　12
2　　东岭队　　6　　5　1　11
3　　白沙队　　6　　4　2　10
4　　柳河队　　6　　3　3　9
"""


def test_a_table_title_under_another_table_rows_is_a_paragraph_no_group_subhead() -> None:
    # (its header holds more cells than the rows above it: the story's next table, titled, not a
    # group of the first table's rows)
    story = first_article(_RESULTS_THEN_STANDINGS)
    assert story.subheads == ()
    assert "积分榜前四名" in story.paragraphs
    assert story.paragraphs[1] == "第6轮比赛结果"
    assert len(story.paragraphs) == 11


# ------------------------------- a titled table set solid under a paragraph closed at full width

_PRICES_UNDER_FULL_STOP = """春节临近青溪菜价平稳
　　本报讯　记者近日走访县城各农贸市场了解到，当前蔬菜、肉类
货源充足，价格总体平稳，部分叶菜价格较上周小幅回落了。
　　“今年本地蔬菜长势好，外地调运也顺畅，每天进场量在
300吨左右。”市场负责人介绍，近一周叶菜价格小幅回落。
本周县城主要农产品零售价格（单位：元/斤）
品名　　　本周　　　上周
白菜　　　1.20　　　1.35
芹菜　　　2.50　　　2.60
猪肉　　　13.80　　　13.90
数据来源：县发改局价格监测站
　　县市场监管局表示，将加强节日期间市场价格监管。
"""


def test_a_titled_table_under_a_paragraph_closed_at_the_measure_is_no_wrapped_sentence() -> None:
    # the paragraph above ends its sentence at the column's full width; the title set solid and
    # flush under it, with a header and rows under it, opens the story's table, a row a paragraph
    story = first_article(_PRICES_UNDER_FULL_STOP)
    assert story.paragraphs[1].endswith("近一周叶菜价格小幅回落。")
    assert story.paragraphs[2] == "本周县城主要农产品零售价格（单位：元/斤）"
    assert [p.split()[0] for p in story.paragraphs[4:7]] == ["白菜", "芹菜", "猪肉"]
    assert story.paragraphs[7] == "数据来源：县发改局价格监测站"
    assert story.paragraphs[8].startswith("县市场监管局表示")


# ------------------------------- a guide to a procedure: its fields closed by the number to call

_GUIDE_SHORT_FIELDS = """柳河乡新建文化广场投用
　　本报讯　日前，柳河乡文化广场建成投用，为村民提供了休闲健身的好去处。

办事指南
新生儿医保参保怎么办
办理渠道：县政务服务中心医保窗口或“青溪医保”小程序
所需材料：新生儿户口簿、出生医学证明
办理时限：即时办结
咨询电话：0571-6623456

白沙镇举办农民丰收节
　　本报讯　9月23日，白沙镇第三届农民丰收节开幕，村民带来了自家种的瓜果蔬菜。
"""


def test_a_guide_of_fields_closed_by_the_number_to_call_is_a_box_no_poster() -> None:
    # (a poster gives its address and phone; a procedure's particulars, three fields or more,
    # one a line, are the paper's guide: its label the kicker, each field and the number a paragraph)
    items = read_items(_GUIDE_SHORT_FIELDS)
    assert [type(item) for item in items] == [Article, Article, Article]
    guide = items[1]
    assert isinstance(guide, Article)
    assert (guide.kicker, guide.headline) == ("办事指南", "新生儿医保参保怎么办")
    assert guide.paragraphs[0].startswith("办理渠道：")
    assert guide.paragraphs[-1] == "咨询电话：0571-6623456"
    assert len(guide.paragraphs) == 4
