"""One story read as several (issue 10, rounds 21-22): a story's subheads taken for heads of new
articles, or its paragraphs wrapped at a narrow column taken for heads.
Snippets written for these tests in the style of county and city papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------ subheads over paragraphs set apart, wrapped at the width

_SUBHEADS_OVER_BLANK_SET_PROSE = """青石县：山坡上“长”出致富果
■本报记者 周明远
初秋时节，青石县南岭村的百亩猕猴桃园里，果农们正忙着
采摘装箱，一辆辆货车排在园区门口等待装车。

“以前果子熟了愁销路，现在客商上门来收。”南岭村党支部
书记马德山说，今年全村猕猴桃种植面积达到1600亩。

品种改良提品质

作为全省猕猴桃主产区之一，青石县持续推广红心新品种的
嫁接改良。今年全县改良面积达到2.1万亩，
亩产提高两成。

冷链物流拓销路

该县还建起了产地冷链仓储中心，配套分拣线和冷藏车队
共12组，果子采下当天就能进库预冷，通过电商平台
销往长三角和珠三角等地，果农的“钱袋子”越来越鼓。
"""


def test_subheads_over_paragraphs_set_apart_stay_in_the_story() -> None:
    items = _items(_SUBHEADS_OVER_BLANK_SET_PROSE)
    assert _layout(items) == [("article", 1, 19)]
    (story,) = items
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["品种改良提品质", "冷链物流拓销路"]
    assert story.paragraphs[-1].startswith("该县还建起了产地冷链仓储中心")


_SUBHEADS_OVER_INDENTED_PROSE = """一条光纤连起山里课堂
——青石县推进“同步课堂”促进城乡教育均衡
本报记者　林　岚　通讯员　郑　川

　　每周三下午第二节课，青石县岭下镇中心小学五年级的孩子们都
会准时打开屏幕。屏幕另一端，是县实验小学的美术教师陈雯。
　　“以前学校没有专职美术老师，美术课常常被占用。”岭下镇中心小
学校长刘强说，自从接入“同步课堂”，美术、音乐课全部开齐。
课表开齐了
　　据县教育局介绍，全县已建成“同步课堂”主讲教室32间、接
收教室140间，覆盖全县所有乡村小规模学校和教学点，每学期开
课超过8000节。
教师成长了
　　“课堂开起来只是第一步，关键是让乡村教师成长起来。”县教育
局相关负责人说。
"""


def test_subheads_over_a_part_whose_lines_wrap_with_commas_stay_in_the_story() -> None:
    items = _items(_SUBHEADS_OVER_INDENTED_PROSE)
    assert _layout(items) == [("article", 1, 15)]
    (story,) = items
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["课表开齐了", "教师成长了"]


# ------------------------------------------------- a story wrapped at a narrow column

_NARROW_COLUMN = """车站里乘客突然晕倒
两名大学生跪地施救10分钟
——事发火车站候车室，乘客已脱离危险
本报记者 韩　冬
　　5月8日上午9时许，火车站二楼候车
室内，一名60多岁的男子突然倒地，面
色苍白、呼之不应。正在候车的两名年
轻人冲上前去，一人跪地做胸外按压。
　　“我们学过急救，请大家让一让！”目击
者王先生回忆，两个年轻人一边按压一
边数数，“前后换了好几轮，没停过。”
　　车站工作人员随即取来配备的AED除
颤仪，并拨打120。约10分钟后，男子
恢复自主呼吸，被送往医院。
"""


def test_a_story_wrapped_at_a_narrow_column_is_one_story() -> None:
    items = _items(_NARROW_COLUMN)
    assert _layout(items) == [("article", 1, 14)]
    (story,) = items
    assert isinstance(story, Article)
    assert story.headline == "两名大学生跪地施救10分钟"
    assert story.subheads == ()
    assert len(story.paragraphs) == 3
    assert story.paragraphs[2].startswith("车站工作人员随即取来配备的AED除颤仪")


# ------------------------------------------------- subheads led by a list's symbol

_SYMBOL_SUBHEADS = """石桥镇：老街“慢生活”留住游客
记者　沈一帆　通讯员　陆　远
    周末清晨，石桥老街的青石板路上已有不少游客，茶馆里飘
出阵阵茶香，临河的小店陆续开门迎客。
▶茶馆书场串起“老街+”
    “以前来老街转一圈就走，现在能坐下来听一段评弹。”一家
茶馆的老板说，今年五一假期，店里天天满座。
▶“石桥·早市”留住脚步
    早市带来了人气，也带来了消费。石桥镇在老街东口规划建设
“石桥·早市”，引入特色小吃、农家土货等摊位60余个。
"""


def test_short_phrases_led_by_a_symbol_over_a_storys_paragraphs_are_its_subheads() -> None:
    items = _items(_SYMBOL_SUBHEADS)
    assert _layout(items) == [("article", 1, 10)]
    (story,) = items
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["茶馆书场串起“老街+”", "“石桥·早市”留住脚步"]
    assert len(story.paragraphs) == 3


_SYMBOL_POINTS = """石桥镇开展“开学第一课”活动
记者　沈一帆
    近日，石桥镇各中小学围绕“开学第一课”设计了形式多样的活动：
▶安全教育进课堂
▶非遗技艺进校园
▶劳动实践进田间
"""


def test_a_run_of_points_led_by_a_symbol_stays_a_list() -> None:
    (story,) = _items(_SYMBOL_POINTS)
    assert isinstance(story, Article)
    assert story.subheads == ()


# ------------------------------------------------- a group of poems, each title led by a symbol

_SYMBOL_TITLED_POEMS = """青溪行（组诗）
◎ 林小舟
◇渡口
河水把石阶洗成了白色
映着远行人的背影
一条小船
还系在母亲的嘱咐里
◇茶山
雾从山顶慢慢走下来
在茶垄间停一停
采茶的人把小调
放进了竹篮

秋夜
■ 许　晴
桂花落在窗台的时候
你在远方的站台等车
"""


def test_poem_titles_led_by_a_symbol_are_the_groups_subheads() -> None:
    items = _items(_SYMBOL_TITLED_POEMS)
    group = items[0]
    assert isinstance(group, Article)
    assert (group.headline, group.source.first, group.source.last) == ("青溪行（组诗）", 1, 12)
    assert [s.text for s in group.subheads] == ["渡口", "茶山"]
    assert group.paragraphs[0] == "河水把石阶洗成了白色"
    assert len(group.paragraphs) == 8


# ------------------------------------- a kicker, a headline over two lines and its —— deck

_FOUR_LINE_HEAD = """温情瞬间
公交车上乘客突发急病
司机和乘客合力送医20分钟
——事发5路公交车，患者已转危为安
本报记者 钱　宁
　　6月2日早上8时许，5路公交车行至人民路口时，一名乘客突然晕倒。司机立即停车呼救。
　　车上乘客纷纷伸出援手，20分钟后患者被送到医院，已转危为安。
"""


def test_a_dashed_deck_under_three_head_lines_is_the_heads() -> None:
    (story,) = _items(_FOUR_LINE_HEAD)
    assert isinstance(story, Article)
    assert (story.kicker, story.subheadline) == ("温情瞬间", "——事发5路公交车，患者已转危为安")
    assert story.headline.replace(" ", "") == "公交车上乘客突发急病司机和乘客合力送医20分钟"
    assert len(story.paragraphs) == 2
