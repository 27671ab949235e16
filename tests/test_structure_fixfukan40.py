"""Failure classes round 38 showed on literary pages (副刊; issue 10): a painting's caption with its
medium printed before the work's 《title》 and its maker's bare name after a wide space (国画《…》
X); a work's bare title over a line naming its medium and its maker (… / 中国画　X); a classical
poem (五言, 七言) whose every printed line closes a clause with its comma or full stop.  And from
feature and law pages (rounds 27-37): a page number printed inside a story parted by subheads, a
marked row of a list, the desk's credits over a closing 扫码 prompt, a byline whose paper-named
role is set before its name with a slash, and a 【警方提醒】 box set apart under a story whose
parts are labelled otherwise.
Snippets written for these tests in the style of city papers' literary pages (invented text, no
blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice, Photo, QrPrompt
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ the medium before the work's title, the maker after

_MEDIUM_BEFORE_WORK = """竹　林
□ 许一川
    老屋后面有一片竹林，风一吹，沙沙地响。小时候，我常躲在竹林里看书，
母亲喊吃饭，要喊好几声我才听见。

{caption}

江边的渡船
□ 陶　然
    渡船是木头做的，船工老孙撑了一辈子篙。过江的人不多，他却从不误一
个班次。
"""


def test_a_medium_printed_before_the_works_title_and_the_makers_name_is_a_picture() -> None:
    items = _items(_MEDIUM_BEFORE_WORK.format(caption="油画《渔港晨光》　　沈青禾"))
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 6), ("article", 8, 11)]
    picture = items[1]
    assert isinstance(picture, Photo)
    assert (picture.title, picture.caption) == (None, "油画《渔港晨光》")
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("沈青禾",)]
    assert not (picture.byline.reporters or picture.byline.correspondents or picture.byline.photographers)


def test_a_calligraphys_medium_before_the_work_is_read_so_too() -> None:
    items = _items(_MEDIUM_BEFORE_WORK.format(caption="书法《兰亭序》节选　王　默"))
    assert [type(item) for item in items] == [Article, Photo, Article]


def test_a_word_that_only_ends_as_a_medium_does_before_a_title_is_no_picture() -> None:
    # (读书《…》 names a column over a book, no painting's medium)
    items = _items(_MEDIUM_BEFORE_WORK.format(caption="读书《长河》　　沈青禾"))
    assert not any(isinstance(item, Photo) for item in items)


# ------------------------------------------------ a bare title over the medium and the maker

_TITLE_OVER_MEDIUM = """冬　夜（组诗）
□ 程晓帆

炉火
炉子上的水壶
咕嘟咕嘟地唱着
一屋子的暖

窗花
玻璃上结满了冰花
孩子用手指
画出一个太阳

{title}
{medium}

旧　物
□ 葛　宁
    搬家时，母亲什么都舍得扔，唯独那只掉了漆的饼干盒，她抱在怀里不肯撒
手。盒子里装的，是我们兄妹几个小时候的成绩单。
"""


def test_a_bare_works_title_over_its_medium_and_maker_is_a_picture_after_the_poems() -> None:
    items = _items(_TITLE_OVER_MEDIUM.format(title="雪夜归舟", medium="中国画　何　远"))
    assert _layout(items) == [("article", 1, 12), ("photo", 14, 15), ("article", 17, 20)]
    poem, picture = items[0], items[1]
    assert isinstance(poem, Article) and poem.paragraphs[-1] == "画出一个太阳"
    assert isinstance(picture, Photo)
    # (the work its title, its medium the caption, the maker in no scored role)
    assert (picture.title, picture.caption) == ("雪夜归舟", "中国画")
    assert picture.byline is not None and [c.names for c in picture.byline.others] == [("何远",)]
    assert not (picture.byline.reporters or picture.byline.correspondents or picture.byline.photographers)


def test_a_bare_title_over_a_name_with_no_medium_stays_verse() -> None:
    items = _items(_TITLE_OVER_MEDIUM.format(title="雪夜归舟", medium="远山　何　远"))
    assert not any(isinstance(item, Photo) for item in items)


# ------------------------------------------------ a classical poem, each line closing a clause

_CLASSICAL = """{title}
□ 陆秋白
{verse}

晒　谷
□ 伍　田
    秋收以后，场院里铺满了稻谷。爷爷拿着木耙，一遍遍地翻，阳光照在谷粒
上，金灿灿的。
"""

_QUATRAIN = """晚霞低处送归帆，
一带青山入远岚。
渔火数星江上起，
笛声吹落月弯弯。"""

_FIVE_CHARACTER_OCTAVE = """孤村烟火晚，
古渡客船稀。
野水连天碧，
寒鸦带雪飞。
柴门闻犬吠，
竹径有人归。
把酒话桑麻，
灯前到夜微。"""


def test_a_seven_character_quatrain_gives_each_printed_line_its_paragraph() -> None:
    items = _items(_CLASSICAL.format(title="江　晚", verse=_QUATRAIN))
    assert _layout(items) == [("article", 1, 6), ("article", 8, 11)]
    poem = items[0]
    assert isinstance(poem, Article) and poem.headline == "江晚"
    assert poem.paragraphs == tuple(_QUATRAIN.split("\n"))


def test_a_five_character_octave_gives_each_printed_line_its_paragraph() -> None:
    items = _items(_CLASSICAL.format(title="山村冬夕", verse=_FIVE_CHARACTER_OCTAVE))
    poem = items[0]
    assert isinstance(poem, Article) and len(poem.paragraphs) == 8
    assert poem.paragraphs[0] == "孤村烟火晚，" and poem.paragraphs[-1] == "灯前到夜微。"


def test_prose_whose_lines_do_not_close_couplets_stays_prose() -> None:
    # (a paragraph wrapped so that its lines close clauses, some of seven characters, yet of
    # lengths no couplets keep: prose)
    prose = "　　秋天到了，\n田野里一片金黄。\n农民们忙着收割，\n脸上笑开了花。"
    items = _items(_CLASSICAL.format(title="秋　收", verse=prose))
    poem = items[0]
    assert isinstance(poem, Article) and len(poem.paragraphs) == 1


# ------------------------------------------------ a feature page: its number printed inside a story

_FEATURE = """滨江日报
2026年5月14日　星期四
6
专题
责任编辑：王　可　　版式：罗　宁

“乡村振兴看变化”系列报道之三
一颗茶叶“泡”出富民产业
——青山镇茶产业发展观察
本报记者　秦一帆　通讯员　林小禾
    走进山脚下的茶叶加工厂，揉捻机、烘干机一字排开，工人们正忙着
把当天采摘的鲜叶加工成干茶。
    “以前茶叶只能卖鲜叶，现在做成干茶，收入多了好几倍。”加工厂
负责人告诉记者。
【从“靠天吃饭”到“科技种茶”】
    过去，茶叶加工厂的鲜叶全靠茶农散户采摘，干茶收入不稳定。近年来，村里引进智能
灌溉设备，建起标准化茶园3000亩。
6
【从“卖原料”到“卖品牌”】
    村里注册了自己的茶叶品牌，产品通过电商卖到了全国各地，去年销售额
突破2000万元。
    “有了品牌，茶叶的价格翻了一番。”合作社负责人说。

链接
全县茶产业“成绩单”
●茶园面积　　　　12万亩
●茶叶企业　　　　86家
●综合产值　超40亿元

本版策划：周　敏　统筹：秦一帆
扫码观看《一片茶叶的旅程》短视频
"""


def test_a_page_number_printed_solid_inside_a_story_parted_by_subheads_does_not_cut_it() -> None:
    items = _items(_FEATURE)
    story = items[0]
    assert isinstance(story, Article) and story.headline == "一颗茶叶“泡”出富民产业"
    assert story.source.last == 22
    assert [s.text for s in story.subheads] == ["从“靠天吃饭”到“科技种茶”", "从“卖原料”到“卖品牌”"]
    assert len(story.paragraphs) == 5


def test_each_row_of_a_marked_list_keeps_its_mark_however_its_cells_are_spaced() -> None:
    items = _items(_FEATURE)
    box = items[1]
    assert isinstance(box, Article) and box.kicker == "链接"
    assert [p[0] for p in box.paragraphs] == ["●", "●", "●"]


def test_the_desks_credits_over_a_closing_scan_prompt_are_furniture_the_prompt_an_item() -> None:
    items = _items(_FEATURE)
    assert not any(isinstance(item, Notice) for item in items)
    prompt = items[-1]
    assert isinstance(prompt, QrPrompt) and (prompt.source.first, prompt.source.last) == (31, 31)


def test_a_hotline_set_over_a_closing_scan_prompt_stays_the_prompts() -> None:
    page = _FEATURE.replace("本版策划：周　敏　统筹：秦一帆", "新闻热线：0759-2222110")
    prompt = _items(page)[-1]
    assert isinstance(prompt, QrPrompt) and (prompt.source.first, prompt.source.last) == (30, 31)


# ------------------------------------------------ a byline: the role its paper names, a slash, the name

_SLASHED_BYLINE = """上半年全市办结民生案件1200件
——群众满意率达98.5%
{byline}
    7月3日，记者从市中级人民法院获悉，今年上半年，全市法院共办结涉
民生案件1200件，同比增长12%。
"""


def test_a_role_its_paper_names_set_before_its_name_with_a_slash_is_the_byline() -> None:
    items = _items(_SLASHED_BYLINE.format(byline="临江日报记者/周　洁　通讯员/临法宣"))
    story = items[0]
    assert isinstance(story, Article) and story.headline == "上半年全市办结民生案件1200件"
    assert story.byline is not None
    assert (story.byline.reporters, story.byline.correspondents) == (("周洁",), ("临法宣",))
    assert len(story.paragraphs) == 1


# ------------------------------------------------ 【警方提醒】 set apart under a story parted otherwise

_CASE_THEN_ADVICE = """以案说法
一条短信“骗走”六万元
本报讯（记者 韩　冰　通讯员 林　涛）
　　“您的医保卡已被冻结，请点击链接解冻……”6月中旬，市民王先生收到
一条短信，险些落入骗局。
{mark}短信链接藏陷阱
　　王先生点击链接后，按提示填写了银行卡号和验证码，卡内6万元随即被
转走。接到报警后，民警迅速开展止付工作。
{mark}涉案资金全部追回
　　经过连续侦查，警方在外地抓获犯罪嫌疑人2名，追回全部被骗资金。

【警方提醒】
　　医保部门不会通过短信要求解冻医保卡；陌生链接不点击，验证码不告诉
任何人。遇到可疑情况，请拨打96110咨询。
"""


def test_a_bracketed_advice_box_set_apart_under_a_story_with_marked_parts_is_its_own_piece() -> None:
    items = _items(_CASE_THEN_ADVICE.format(mark="◆"))
    assert _layout(items) == [("article", 1, 10), ("article", 12, 14)]
    story, advice = items
    assert isinstance(story, Article) and [s.text for s in story.subheads] == [
        "短信链接藏陷阱",
        "涉案资金全部追回",
    ]
    assert isinstance(advice, Article) and advice.headline == "警方提醒" and len(advice.paragraphs) == 1


def test_a_bracketed_advice_box_under_a_story_whose_parts_are_bracketed_too_is_its_last_part() -> None:
    page = _CASE_THEN_ADVICE.replace("{mark}短信链接藏陷阱", "【案情】").replace(
        "{mark}涉案资金全部追回", "【处理】"
    )
    items = _items(page)
    assert len(items) == 1
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["案情", "处理", "警方提醒"]


# ------------------------------------------------ a report signed by the body that wrote it

_REPORT = """守好一江清水
推动流域生态保护走深走实
——全市水环境治理调研报告
市人大城建环保委员会调研组
内容提要：水是生态之基。近年来，我市坚持系统治理、源头治理，全面推进河湖
长制，流域水质持续向好。本文梳理治理成效，分析存在问题，提出对策建议。
    今年以来，全市12个国控断面水质优良比例达到100%，城市黑臭水体全部消除。
"""


def test_a_report_signed_by_the_body_that_wrote_it_keeps_its_whole_head() -> None:
    story = _items(_REPORT)[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("守好一江清水", "推动流域生态保护走深走实")
    assert story.subheadline == "——全市水环境治理调研报告"
    assert story.standfirst_label == "内容提要"
    assert story.byline is not None and not (story.byline.reporters or story.byline.correspondents)
    assert [c.role for c in story.byline.others] == ["市人大城建环保委员会调研组"]
