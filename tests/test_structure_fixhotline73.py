"""Failure classes blind round73 (and round69) showed on science and hotline pages (issue 10), fixer
``fixhotline73``: a desk's label for a planned series (某某周特别策划) over a short headline and its
—— deck; a bulleted part's head set solid under a paragraph's full stop at the measure; a box's
label (知识点) set apart under a story in parts; a bulleted headless brief under a headed one its
writer signed; a part's label under the head (■ 某某, 【某某】) whose mark or brackets label the
parts below again, no author and no deck; cases under one printed label, each its kicker; a
hotline listing whose entries name channels giving no number; a day observed (某·某全国某某日) over
a headline of clauses; circled tips wrapped at their box's measure.  Snippets written for these
tests (invented names, places and figures, no blind page's text): each class is a layout any
paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import first_article, read_articles, read_items
from tests.test_structure_columns import _layout

# ------------------------------------------------ a planned series' label over headline and deck

_SERIES_HEAD = """环保宣传月特别策划
分类进万家
——这些投放要点请记好
记者　郑　原　通讯员　林宣
　　本月是全市环保宣传月。各街道组织志愿者走进小区，向居民讲解垃圾分类知识。
　　截至目前，全市已有二百余个小区实行定时定点投放。
"""


def test_a_desks_planned_series_label_is_the_kicker_over_a_short_headline() -> None:
    """某某月特别策划 over a headline of a few characters and its —— deck: the desk's name for the
    pieces it planned is the kicker, never the first half of one headline wrapped."""
    story = first_article(_SERIES_HEAD)
    assert story.kicker == "环保宣传月特别策划"
    assert story.headline == "分类进万家"
    assert story.subheadline == "——这些投放要点请记好"


# ------------------------------------------------ a bulleted part's head under a full line's stop

_BULLETED_PARTS = """入夏用电安全不能忘
记者　郑　原
　　气温持续升高，空调、电风扇等大功率电器使用
增多，用电安全隐患随之上升，市供电公司提醒广大
居民注意。
■ 出门在外，记得断电源
　　外出时应关闭家中不用的电器，拔下各类充电器，
不要让电器长时间处于待机状态，以免线路发热起火
或烧坏电器，给家庭带来不必要的财产损失和危险。
■ 线路老化，及时请人修
　　家中线路使用超过十年的，应请专业电工上门检查，
发现电线外皮破损、开关插座松动等问题及时更换。
"""


def test_a_bulleted_head_under_a_full_line_ending_a_sentence_is_a_subhead() -> None:
    """■ 出门在外，记得断电源 under a line that fills the measure and ends its sentence: no sentence
    wraps onto a line its bullet opens, so the line heads the next part."""
    story = first_article(_BULLETED_PARTS)
    assert [s.text for s in story.subheads] == ["出门在外，记得断电源", "线路老化，及时请人修"]
    assert len(story.paragraphs) == 3


# ------------------------------------------------ a box's label set apart under a story in parts

_KNOWLEDGE_BOX = """夏季防溺水要牢记
记者　郑　原
　　暑期将至，市教育局联合消防部门走进校园开展防溺水宣传。
■ 不到陌生水域游泳
　　同学们要在家长陪同下到正规游泳场所游泳。
■ 发现同伴落水不盲目施救
　　应大声呼救，并及时拨打报警电话。

知识点
　　溺水者在水中挣扎的时间通常只有几十秒，抢救要争分夺秒。
　　施救者应尽量借助竹竿、绳索等工具，避免徒手下水。
"""


def test_a_knowledge_box_set_apart_under_a_story_in_parts_is_a_piece_of_its_own() -> None:
    """知识点 set apart over its text, under a story whose parts are headed otherwise: the box's
    label heads a piece of its own, as 相关链接 set apart does, no subhead of the story above."""
    items = read_items(_KNOWLEDGE_BOX)
    assert _layout(items) == [("article", 1, 7), ("article", 9, 11)]
    story, box = items
    assert isinstance(story, Article) and isinstance(box, Article)
    assert [s.text for s in story.subheads] == ["不到陌生水域游泳", "发现同伴落水不盲目施救"]
    assert box.headline == "知识点"
    assert len(box.paragraphs) == 2


# ------------------------------------------------ a bulleted headless brief under a signed one

_BRIEFS = """科技快讯
南湖科普馆获评省级示范基地
　　近日，省科技厅公布年度科普示范基地名单，我市南
湖科普馆榜上有名，这是我市第三家省级示范基地。
（王　岚）
■6月8日上午，市科技馆将举办“少年科学营”开营仪
式，设置航模、编程等10个体验项目，欢迎中小学生报
名参加。
"""


def test_a_bulleted_headless_brief_under_a_brief_its_writer_signed_is_the_columns_next() -> None:
    """■6月8日上午，… under a headed brief closed by its writer's name: the bullet opens the
    column's next brief, headless, its text whole (no head cut from its first line)."""
    briefs = read_articles(_BRIEFS)
    assert len(briefs) == 2
    assert briefs[1].kicker == "科技快讯"
    assert briefs[1].headline == ""
    assert briefs[1].paragraphs[0].startswith("6月8日上午")


# ------------------------------------------------ a marked part's label under the head, no author

_MARKED_PARTS = """外卖骑手权益如何保障
■ 时限要合理
　　平台在制定配送时限时应充分考虑天气路况等因素，不得
以算法压缩骑手的合理配送时间。
■ 保险应当足额缴
　　平台和合作企业应依法为骑手缴纳职业伤害保障费用。
■ 申诉渠道要畅通
　　骑手对考核结果有异议的，可以通过平台申诉。
（方　宁）
"""

_SHORT_MARKED_PARTS = """●以案说法
老人轻信“保健讲座”　积蓄险被骗光
■案情
　　今年3月，某小区一位老人参加所谓健康讲座，先后购
买“特效保健品”花去积蓄8万元。
■说法
　　检察官提醒，保健品不能代替药品，购买前应查验批准
文号。
"""


def test_a_marked_label_under_the_head_whose_mark_heads_the_parts_below_is_a_subhead() -> None:
    """■ 时限要合理 under the head, ■ 保险应当足额缴 under the first part's prose: the mark heads
    each part, the first too, never an author set under the head (a name signs once)."""
    story = first_article(_MARKED_PARTS)
    assert story.byline is not None and story.byline.others[0].names == ("方宁",)
    assert [s.text for s in story.subheads] == ["时限要合理", "保险应当足额缴", "申诉渠道要畅通"]
    assert len(story.paragraphs) == 3


def test_a_two_character_marked_label_under_the_head_is_the_first_parts_label() -> None:
    """■案情 reads like a name of two characters, but ■说法 under the case's prose is marked alike:
    both are the parts' labels, no byline and no deck."""
    story = first_article(_SHORT_MARKED_PARTS)
    assert story.byline is None
    assert story.subheadline is None
    assert [s.text for s in story.subheads] == ["案情", "说法"]
    assert len(story.paragraphs) == 2


# ------------------------------------------------ cases under one printed label, parts in 【】

_CASES = """百姓来电
城东菜市场排水沟堵塞发臭
【市民来电】
　　城东菜市场后面的排水沟堵了快一个月，天一热臭味很大，
希望有关部门尽快清理。
【部门答复】
　　区城管局答复：已安排人员清淤疏通，并将定期巡查。

南湖公园健身器材损坏
【市民来电】
　　南湖公园东门附近有两台健身器材坏了，存在安全隐患。
【部门答复】
　　区园林中心答复：器材已拆除维修，预计本周内恢复使用。
"""


def test_cases_under_one_label_with_bracketed_parts_each_carry_the_label() -> None:
    """百姓来电 printed once over cases that each label their parts 【市民来电】 / 【部门答复】: the
    first part's label under each head is no deck, each case is an article of its own, and the
    label over the first is every case's kicker."""
    cases = read_articles(_CASES)
    assert len(cases) == 2
    for case in cases:
        assert case.kicker == "百姓来电"
        assert case.subheadline is None
        assert [s.text for s in case.subheads] == ["市民来电", "部门答复"]
        assert len(case.paragraphs) == 2
    assert cases[1].headline == "南湖公园健身器材损坏"


# ------------------------------------------------ a hotline listing with channels giving no number

_HOTLINES = """公交线路调整公告发布
本报讯　市公交集团发布公告，5路、12路公交线路自下月起调整。

便民服务热线
12345市民服务热线：全天受理
“掌上办”服务平台：手机应用商店搜索下载
市公交服务热线：0551-6288123
市供电服务热线：0551-6277456
市燃气抢修电话：0551-6299789
市自来水服务热线：0551-6211012
"""


def test_a_hotline_listing_whose_first_entries_give_no_number_is_a_box() -> None:
    """Hotlines set apart under their title, the first of them named by its number (12345…热线：
    全天受理) and a platform to search for: entries all the same, one paragraph each, the title
    the box's headline (no poster's, no title run down to its first entry)."""
    items = read_items(_HOTLINES)
    assert _layout(items) == [("article", 1, 2), ("article", 4, 10)]
    box = items[1]
    assert isinstance(box, Article)
    assert box.headline == "便民服务热线"
    assert box.kicker is None
    assert len(box.paragraphs) == 6


# ------------------------------------------------ a day observed over a headline of two clauses

_OBSERVANCE = """5·12全国防灾减灾日
地震来临时，这些自救方法要牢记
记者　郑　原
　　今天是全国防灾减灾日。市应急管理局提醒市民掌握基本避险技能。
"""


def test_a_day_observed_is_the_kicker_over_a_headline_of_clauses() -> None:
    """5·12全国防灾减灾日 over 地震来临时，…: the day observed tells no news of its own; it is the
    kicker over the story filed under it, though the line under it speaks in clauses."""
    story = first_article(_OBSERVANCE)
    assert story.kicker == "5·12全国防灾减灾日"
    assert story.headline == "地震来临时，这些自救方法要牢记"
    assert story.subheadline is None


# ------------------------------------------------ circled tips wrapped at the box's measure

_CIRCLED_TIPS = """安全小贴士
①外出游泳要结伴而行，选择正规
的游泳场所，不去野外水域。
②下水前一定要做好热身运动以
防抽筋。
③发现有人落水不要盲目下水施
救，应及时大声呼救并报警。
④雷雨天气不要在水中或岸边停
留，尽快到室内躲避。
"""


def test_circled_tips_wrapped_mid_item_are_one_paragraph_each() -> None:
    """②下水前一定要做好热身运动以 runs to the box's measure with the rest of its sentence set solid under
    it: the tip's first line, cut, no heading of its own; each tip one paragraph."""
    box = first_article(_CIRCLED_TIPS)
    assert box.headline == "安全小贴士"
    assert len(box.paragraphs) == 4
    assert box.paragraphs[1] == "②下水前一定要做好热身运动以防抽筋。"
    assert box.paragraphs[2] == "③发现有人落水不要盲目下水施救，应及时大声呼救并报警。"
