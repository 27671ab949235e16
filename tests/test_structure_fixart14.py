"""Failure classes blind round14 showed (issue 10), the story side: opinion pages (an author line
under an editor's note, a column of readers' letters each signed), lead stories and their pointers.
Snippets written for these tests in the style of city and provincial papers (invented text, no
blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ an author line under the head's editor's note

_NOTE_THEN_AUTHOR = """岁末观察②
城市更新要让老街区留住烟火气
编者按：年终岁尾，本版推出系列评论，邀请学者和基层干部谈城市更新，敬请关注。
□ 钱　文

    老街区的价值，不只在于建筑本身，更在于街巷里的生活。改造中保留小店、早点摊和修鞋铺，才能留住人气。
    （作者为江州大学城市规划学院教授）
"""


def test_an_author_line_under_the_editors_note_is_the_authors_not_a_subhead() -> None:
    (story,) = _items(_NOTE_THEN_AUTHOR)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("岁末观察②", "城市更新要让老街区留住烟火气")
    assert story.standfirst_label == "编者按"
    assert story.subheads == ()
    assert story.byline is not None and story.byline.reporters == ()
    assert story.paragraphs[0].startswith("老街区的价值")


# ------------------------------------------------ a column of readers' letters, each signed

_LETTERS = """来信选登
公园步道能否加装路灯
    我每天傍晚在滨江公园散步，步道有一段没有路灯，天一黑就看不清脚下。希望有关部门加装照明设施。
东湖区　读者　钱玉芬
菜场“公平秤”很暖心
    最近我家附近的菜场设了公平秤，买完菜可以随时复核分量，买得放心。
西城区　市民　孔　涛
"""


def test_each_signed_letter_is_a_story_of_its_own_under_the_columns_label() -> None:
    items = _items(_LETTERS)
    assert _layout(items) == [("article", 1, 4), ("article", 5, 7)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("来信选登", "公园步道能否加装路灯")
    assert (second.kicker, second.headline) == ("来信选登", "菜场“公平秤”很暖心")
    # the signature names no role: a line of the letter (rounds 7 and 11), no reporter
    assert first.paragraphs[-1] == "东湖区读者钱玉芬"
    assert second.byline is None or second.byline.reporters == ()


# --------------------------- a lead story: hard-wrapped paragraphs, a pointer line under it

_LEAD_WITH_POINTER = """江州：城乡公交一体化全面铺开
——年内新开城乡线路超40条
    本报讯（记者 方明远）记者从市交通运输局获悉，今年我市城乡公交
新开线路43条，覆盖行政村比例达到98%。
    其中，连接高铁站与东部新城的快速公交线正式开通，单程缩短至
25分钟以内；城区至机场的专线日均发车增至3
6班。明年，我市将继续加密乡村线路。
    相关报道见第4版

“家门口就能看好病”
——社区医院推行“一站式”服务见闻
本报记者　梁思雨
    上午8点，社区医院大厅已经有人排队，但窗口前的等候并不长。
"""


def test_a_pointer_line_closes_the_story_and_indented_lines_stay_its_paragraphs() -> None:
    items = _items(_LEAD_WITH_POINTER)
    assert _layout(items) == [("article", 1, 8), ("article", 10, 13)]
    lead, feature = items
    assert isinstance(lead, Article) and isinstance(feature, Article)
    # an indented line under a flush head is a paragraph, however it wraps (…缩短至 / 25分钟…)
    assert len(lead.paragraphs) == 2
    assert lead.paragraphs[1].startswith("其中，") and lead.paragraphs[1].endswith("继续加密乡村线路。")
    # where more is printed: no text, no kicker over the next head
    assert lead.continuation == ("相关报道见第4版",)
    assert (feature.kicker, feature.headline) == (None, "“家门口就能看好病”")


def test_a_digest_of_others_reports_is_datelined_by_the_desk() -> None:
    text = "多地迎来今冬首场降雪\n　　本报综合　据气象部门消息，今天起北方多地将迎来降雪。\n"
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.dateline == "本报综合"
    assert story.paragraphs == ("据气象部门消息，今天起北方多地将迎来降雪。",)


# ------------------------------------------ a results table of names, no figures in its cells

_RESULTS_TABLE = """全市中学生排球赛落幕
本报讯　12月7日，全市中学生排球赛在市体育中心落幕，28支队伍参赛。
文/图　本报记者　杜　鹃

各组别前两名
组别　　　　冠军　　　　亚军
初中男子组　　东城区　　　　北湖区
初中女子组　　西山区　　　　东城区
高中男子组　　北湖区　　　　南江区
高中女子组　　南江区　　　　西山区

冬泳爱好者挑战冰水
文/本报记者　杜　鹃
　　12月8日清晨，十余名冬泳爱好者在江边挑战冰水。
"""


def test_a_table_of_names_under_its_title_is_an_item_of_its_own() -> None:
    items = _items(_RESULTS_TABLE)
    assert _layout(items) == [("article", 1, 3), ("article", 5, 10), ("article", 12, 14)]
    table = items[1]
    assert isinstance(table, Article) and table.headline == "各组别前两名"
    # one paragraph a row (the published text sets no space between Han cells)
    assert table.paragraphs[0] == "组别冠军亚军" and len(table.paragraphs) == 5


# ------------------------- a story's lead and paragraphs cut by the column, a signed question

_WRAPPED_STORY = """老人走失　民警寻回
　　本报讯（记者 田 野　通讯员 罗小川）12月5日晚8时
许，东湖区一名80多岁的老人外出后走失，家属报警。
　　找到老人后，民警将他送回家中，老人的女儿感激地说：
“多亏了你们。”目前，老人身体状况良好。
"""


def test_a_dateline_lead_cut_by_the_column_and_a_colon_over_a_quotation_go_on() -> None:
    (story,) = _items(_WRAPPED_STORY)
    assert isinstance(story, Article) and story.dateline == "本报讯"
    assert story.paragraphs == (
        "12月5日晚8时许，东湖区一名80多岁的老人外出后走失，家属报警。",
        "找到老人后，民警将他送回家中，老人的女儿感激地说：“多亏了你们。”目前，老人身体状况良好。",
    )


def test_an_interviewee_line_under_the_byline_is_a_credit_not_a_paragraph() -> None:
    text = (
        "冬季养胃有讲究\n记者　秦　岭\n受访专家：江州市人民医院消化内科主任医师　方明\n\n"
        "　　天气转冷，胃病患者增多。记者采访了江州市人民医院消化内科主任医师方明。\n"
    )
    (story,) = _items(text)
    assert isinstance(story, Article) and story.byline is not None
    assert story.byline.reporters == ("秦岭",)
    assert story.paragraphs == ("天气转冷，胃病患者增多。记者采访了江州市人民医院消化内科主任医师方明。",)


def test_an_answer_set_solid_under_a_signed_question_is_a_paragraph_of_its_own() -> None:
    text = (
        "医生信箱\n老人失眠怎么办？\n问：我母亲70岁，最近总是睡不着，能吃安眠药吗？（读者 东湖区 刘先生）\n"
        "答：江州市中医院主任医师王平介绍，老人失眠原因较多，不建议自行服用安眠药。\n"
    )
    (story,) = _items(text)
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert story.paragraphs[1].startswith("答：")


# ------------------------------------- a headline printed over two lines above a dashed deck


def test_a_quantity_line_over_a_dashed_deck_is_the_headline_under_the_line_above() -> None:
    # (a measure's clause is a clause of its own: two whole clauses are two blocks, goldheads64)
    text = (
        "青岩镇茶产业“上云”拓市场\n年销售额突破12亿元\n——“中国绿茶之乡”加快数字化转型\n"
        "记者　韩　雪\n\n走进青岩镇茶叶交易中心，直播间一间挨着一间。\n"
    )
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("青岩镇茶产业“上云”拓市场", "年销售额突破12亿元")
    assert story.subheadline == "——“中国绿茶之乡”加快数字化转型"


def test_a_headline_of_its_own_under_a_long_kicker_stays_apart_over_a_dashed_deck() -> None:
    text = (
        "石湾镇“智慧农业”建设再提速\n一部手机管好一片田\n——全镇20个村实现“农情一屏览”\n"
        "记者　韩　雪\n\n走进石湾镇农业服务中心，大屏上实时显示着各村的墒情。\n"
    )
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("石湾镇“智慧农业”建设再提速", "一部手机管好一片田")
