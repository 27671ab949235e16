"""Failure classes blind round13 showed (issue 10), fixed by fixhead: two-line heads read the
wrong way, headless briefs led by a mark and a place, a weather box kept as printed.
Snippets written for these tests in the style of city and county papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.epub.xhtml import TextRenderer, others_body
from publisher.model import Article, Edition, Weather
from publisher.reader import parse_page
from publisher.speech.script import PAUSE_SENTENCE, build_script
from tests.nothing_lost import assert_nothing_lost


def _head(text: str) -> tuple[str | None, str, str | None]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    story = parsed.items[0]
    assert isinstance(story, Article)
    return story.kicker, story.headline, story.subheadline


# ------------------------------------------------------------ two-line heads: which is which


def test_the_name_of_a_stage_of_a_series_is_the_kicker() -> None:
    page = (
        "全国女排甲级联赛第九轮\n"
        "桐溪女排客场逆转 保住榜首位置\n"
        "■本报记者 罗文涛\n\n"
        "12月7日，甲级联赛第九轮战罢，桐溪女排客场3∶2逆转对手。\n"
    )
    assert _head(page) == ("全国女排甲级联赛第九轮", "桐溪女排客场逆转保住榜首位置", None)


def test_a_meeting_over_what_it_took_up_is_headline_and_deck() -> None:
    page = (
        "市政府召开专题会议\n"
        "研究部署冬季供暖保障和安全生产等工作\n\n"
        "本报讯（记者 韩一鸣）12月5日，市政府召开专题会议，研究部署冬季供暖保障工作。\n"
    )
    assert _head(page) == (None, "市政府召开专题会议", "研究部署冬季供暖保障和安全生产等工作")


def test_a_short_label_over_a_short_title_is_kicker_and_headline() -> None:
    page = "乡土记忆\n打年糕\n□ 许 岚\n\n\u3000\u3000腊月里，村口的石臼又响起来了。\n"
    assert _head(page) == ("乡土记忆", "打年糕", None)


def test_a_kicker_closed_by_a_dash_over_headline_and_deck_loses_the_dash() -> None:
    page = (
        "全力推进高质量发展——\n"
        "全市冬季文旅消费持续升温\n"
        "首批12条冰雪线路上线\n\n"
        "本报讯（记者 方晓）12月2日，记者从市文旅局获悉，首批12条冰雪线路上线。\n"
    )
    assert _head(page) == ("全力推进高质量发展", "全市冬季文旅消费持续升温", "首批12条冰雪线路上线")


# ------------------------------------------------------------ brief columns


def _briefs(text: str) -> list[tuple[str, int, int, str | None, str, tuple[str, ...]]]:
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    out = []
    for it in parsed.items:
        assert isinstance(it, Article)
        out.append((it.type, it.source.first, it.source.last, it.kicker, it.headline, it.paragraphs))
    return out


def test_headless_briefs_led_by_a_mark_and_a_place_set_off_by_a_wide_space() -> None:
    page = (
        "街道传真\n"
        "    ◇石湾镇\u3000近日，该镇新建口袋公园4个，方便居民就近休闲。\n\n"
        "    ◇枫林乡\u300012月3日，该乡举办冬季农产品展销会，销售额达80余万元。\n\n"
        "    ◇东坝街道\u3000该街道为辖区独居老人安装烟感报警器200余个。（通讯员 潘 越）\n"
    )
    assert [b[:5] for b in _briefs(page)] == [
        ("article", 1, 2, "街道传真", "石湾镇"),
        ("article", 4, 4, "街道传真", "枫林乡"),
        ("article", 6, 6, "街道传真", "东坝街道"),
    ]
    assert _briefs(page)[0][5] == ("近日，该镇新建口袋公园4个，方便居民就近休闲。",)


def test_unmarked_place_leads_set_off_by_a_wide_space_under_a_column() -> None:
    page = (
        "乡镇简讯\n"
        "石湾镇\u3000近日，该镇新建口袋公园4个，方便居民就近休闲。\n\n"
        "枫林乡\u300012月3日，该乡举办冬季农产品展销会，销售额达80余万元。\n"
    )
    assert [b[:5] for b in _briefs(page)] == [
        ("article", 1, 2, "乡镇简讯", "石湾镇"),
        ("article", 4, 4, "乡镇简讯", "枫林乡"),
    ]


def test_a_column_label_under_a_blank_is_not_the_deck_of_lines_above() -> None:
    # two stray lines left above (a signature and its date), then the column of briefs
    page = (
        "关于调整公交线路的说明\n"
        "本报讯 12月起，市区3条公交线路调整走向，具体以站牌公告为准。\n\n"
        "桐溪市公共交通集团\n"
        "二〇二五年十一月二十八日\n\n"
        "政法快讯\n"
        "\u3000\u3000■石湾：区法院审结一起劳务合同纠纷案，为农民工追回欠薪6万元。\n\n"
        "\u3000\u3000■枫林：区检察院开展校园周边食品安全专项监督。\n"
    )
    briefs = [b for b in parse_page(page).items if isinstance(b, Article) and b.kicker == "政法快讯"]
    assert [(b.source.first, b.headline) for b in briefs] == [(7, "石湾"), (10, "枫林")]


# ------------------------------------------------------------ a weather box as printed

_WEATHER_BOX = """桐溪天气
今天　石湾　多云　－3～6℃
枫林　晴转多云　－5～4℃
桐溪市气象台12月2日17时发布
"""


def test_a_weather_box_is_its_lines_as_printed_with_the_breaks_kept() -> None:
    parsed = parse_page(_WEATHER_BOX)
    assert_nothing_lost(_WEATHER_BOX, parsed)
    (weather,) = parsed.items
    assert isinstance(weather, Weather)
    # the heading on its own line as printed, no punctuation added, a "\n" at each printed break
    assert weather.text == (
        "桐溪天气\n今天 石湾 多云 －3～6℃\n枫林 晴转多云 －5～4℃\n桐溪市气象台12月2日17时发布"
    )


def test_the_audio_edition_pauses_at_each_printed_line_of_a_weather_box() -> None:
    edition = Edition(items=parse_page(_WEATHER_BOX).items)
    (track,) = [t for t in build_script(edition).tracks if t.kind == "weather"]
    lines = [s for s in track.segments if s.part == "paragraph"]
    weather = edition.items[0]
    assert isinstance(weather, Weather)
    # one segment a printed line, each with a pause after it, its span the line in the text
    assert [weather.text[s.span[0] : s.span[1]] for s in lines if s.span] == weather.text.split("\n")
    assert all(s.pause_after >= PAUSE_SENTENCE for s in lines)
    # the fields a line sets apart by spaces are said with a comma's pause
    assert lines[2].spoken.startswith("枫林，晴转多云，")


def test_the_e_book_shows_a_weather_box_line_by_line() -> None:
    (weather,) = parse_page(_WEATHER_BOX).items
    assert isinstance(weather, Weather)
    body = others_body([weather], {weather.id: "w1"}, TextRenderer(None))
    assert "－3～6℃<br/>枫林" in body and "－5～4℃<br/>桐溪市气象台" in body


# ------------------------------------------ round17: a —— deck longer than any head line


def test_a_long_dashed_deck_under_the_headline_is_the_subheadline() -> None:
    # the deck runs past a head line's length, clauses and all: the dash still marks it
    page = (
        "聚焦春耕备耕\n"
        "育秧工厂里　秧苗长势旺\n"
        "——多地农业部门加快推进集中育秧，表示要抢抓农时做好农资供应，以科技支撑确保全年粮食生产开好局起好步\n"
        "新华社长沙3月9日电　（记者方立明、周晓岚）9日，在某县一处育秧工厂里，\n"
        "一盘盘秧苗整齐排列，长势喜人。\n"
        "　　据介绍，今年当地集中育秧面积比去年扩大两成。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("聚焦春耕备耕", "育秧工厂里秧苗长势旺")
    assert story.subheadline is not None and story.subheadline.startswith("——多地农业部门")
    assert story.dateline == "新华社长沙3月9日电"
    assert story.byline is not None and story.byline.reporters == ("方立明", "周晓岚")
    assert story.paragraphs[0].startswith("9日，在某县")


def test_a_long_dashed_deck_over_a_byline_line_keeps_the_story_whole() -> None:
    page = (
        "晨报调查\n"
        "“特价药”背后的分装生意\n"
        "——记者走访多家药店及网店发现，部分商家把散装保健品重新分装成“进口特价药”出售，每瓶加价数十元\n"
        "晨报记者　高　远　林　夕\n"
        "　　“原装进口，一瓶顶三瓶。”上月，市民王先生在网上买了两瓶保健品，服用后\n"
        "身体不适，送到医院检查后被告知，所购产品并非正品。\n"
        "　　王先生的遭遇并非个例。近一个月来，记者在多个平台和城郊市场调查发现，类似产品\n"
        "不在少数，价格比正品低三成，利润却高出数倍。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("晨报调查", "“特价药”背后的分装生意")
    assert story.subheadline is not None and story.subheadline.startswith("——记者走访")
    assert story.byline is not None and story.byline.reporters == ("高远", "林夕")
    assert len(story.paragraphs) == 2 and story.paragraphs[0].startswith("“原装进口")


def test_a_dashed_attribution_under_a_pull_quote_is_no_deck() -> None:
    # the dash under a quotation inside a story names its speaker: no head, no new story
    page = (
        "老街巷里开出“共享书房”\n"
        "本报讯（记者 陆明）日前，城南一条老街巷里的“共享书房”正式开放，居民可免费借阅图书。\n"
        "　　书房由闲置仓库改建，藏书三千余册，每天开放十小时，周末还有志愿者讲故事。\n"
        "“以前下班没地方去，现在天天来坐坐。”\n"
        "——附近居民张阿姨\n"
        "　　据介绍，街道还将在另外两个社区建设同类书房。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article) and story.subheadline is None


# ------------------------------- round17: a slogan with quoted words over the line of news


def _two_line_head(upper: str, lower: str) -> tuple[str | None, str, str | None]:
    body = "　　近日，记者在当地采访时看到，相关工作正有序推进，群众反响良好。\n"
    page = f"{upper}\n{lower}\n记者　林　舟　通讯员　祝晓云\n{body}"
    return _head(page)


def test_a_quoted_slogan_over_a_place_and_its_figure_is_the_kicker() -> None:
    assert _two_line_head("“老物件”讲出“新故事”", "桐溪县32家乡村博物馆完成数字化展陈") == (
        "“老物件”讲出“新故事”",
        "桐溪县32家乡村博物馆完成数字化展陈",
        None,
    )


def test_a_quoted_slogan_over_a_town_and_its_colon_is_the_kicker() -> None:
    assert _two_line_head("老街深处藏着“烟火气”", "石桥镇：一条老街带旺一方经济") == (
        "老街深处藏着“烟火气”",
        "石桥镇：一条老街带旺一方经济",
        None,
    )


def test_a_quoted_slogan_over_a_longer_line_with_its_own_subject_is_the_kicker() -> None:
    assert _two_line_head("“旧手艺”碰上“新潮流”", "桐溪竹编走进年轻人的客厅和书房") == (
        "“旧手艺”碰上“新潮流”",
        "桐溪竹编走进年轻人的客厅和书房",
        None,
    )


def test_a_line_opening_with_when_under_a_headline_is_its_deck() -> None:
    assert _two_line_head("城南街道老旧小区改造提速", "今年首批8个小区集中开工") == (
        None,
        "城南街道老旧小区改造提速",
        "今年首批8个小区集中开工",
    )
    # the slogan's shape does not make a time-led line a headline
    assert _two_line_head("桥头“共享厨房”扩面提质", "年内将新建社区食堂15家") == (
        None,
        "桥头“共享厨房”扩面提质",
        "年内将新建社区食堂15家",
    )


def test_a_quoted_figure_line_over_a_shorter_line_stays_headline_and_deck() -> None:
    assert _two_line_head("“春运”客流同比增长两成", "我市铁路发送旅客创新高") == (
        None,
        "“春运”客流同比增长两成",
        "我市铁路发送旅客创新高",
    )


# ------------------------------- round17: a paper and its app brand with a plus (某报/某+记者)


def test_a_paper_and_its_plus_app_brand_name_the_reporters_role() -> None:
    page = (
        "省运会第五个比赛日 游泳决赛\n"
        "最后50米反超 桐溪小将夺冠\n"
        "刘一帆打破赛会纪录，桐溪队摘得第三金\n"
        "江海晚报/江海+记者　叶　帆\n\n"
        "    12日晚，省运会游泳比赛在江海体育中心继续进行，"
        "男子200米自由泳决赛中，桐溪小将刘一帆最后50米反超夺冠。\n"
        "    赛后，刘一帆表示，下一个目标是全国青年锦标赛。\n\n"
        "12日晚，刘一帆在男子200米自由泳决赛中。\n"
        "江海晚报/江海+记者　任　捷　摄\n\n"
        "明年全省青少年游泳联赛扩容\n"
        "13个设区市组队参赛，首站移师江北\n"
        "江海晚报/江海+记者　孙　禾　通讯员　苏体文\n\n"
        "    记者昨日从省体育局获悉，明年全省青少年游泳联赛将扩大规模，13个设区市均组队参赛。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    first, photo, second = parsed.items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("省运会第五个比赛日游泳决赛", "最后50米反超桐溪小将夺冠")
    assert first.byline is not None and first.byline.reporters == ("叶帆",)
    assert photo.type == "photo" and photo.byline is not None and photo.byline.photographers == ("任捷",)
    assert (second.kicker, second.headline) == (None, "明年全省青少年游泳联赛扩容")
    assert second.subheadline == "13个设区市组队参赛，首站移师江北"
    assert second.byline is not None
    assert (second.byline.reporters, second.byline.correspondents) == (("孙禾",), ("苏体文",))


# ------------------------- round17: marks and brackets at the head of a story or a brief


def test_a_part_label_in_brackets_under_the_headline_is_the_first_subhead() -> None:
    page = (
        "以案说法\n"
        "网购“二手房”定金能退吗 法院：卖方违约应双倍返还\n"
        "【案情】\n"
        "　　2024年，陈某通过中介看中一套二手房，向房主付了5万元定金，后来房主以房价上涨为由拒绝出售。\n"
        "【审理】\n"
        "　　桐溪县人民法院经审理认为，房主无正当理由拒绝履约，判决其双倍返还定金。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert (story.kicker, story.subheadline) == ("以案说法", None)
    assert [h.text for h in story.subheads] == ["案情", "审理"]
    assert len(story.paragraphs) == 2


def test_a_marked_brief_head_with_a_print_space_loses_its_mark() -> None:
    page = (
        "平安快讯\n"
        "■男子深夜飙车被查 竟称“赶时间”\n"
        "　　5月3日晚，交警在城东大道夜查时拦下一辆改装轿车，驾驶人张某超速50%以上，已被依法处理。\n"
        "■社区民警半小时找回走失孩童\n"
        "　　5月4日上午，一名5岁男孩在公园走失，民警调取监控，半小时后将孩子送回家长身边。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    first, second = parsed.items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline) == ("平安快讯", "男子深夜飙车被查竟称“赶时间”")
    assert (second.kicker, second.headline) == ("平安快讯", "社区民警半小时找回走失孩童")


# --------------------------------- round17: a poem and its other poem, an essay's author note


def test_a_poem_titled_by_its_head_and_one_other_opens_with_verse() -> None:
    # 山居（外一首）: the head is the first poem's title; only the second poem's title is a subhead
    page = (
        "江村晚渡（外一首）\n"
        "◎ 许　青\n"
        "落日把江面\n"
        "铺成一匹旧绸缎\n"
        "摆渡的老人\n"
        "收起最后一根缆绳\n"
        "\n"
        "竹林\n"
        "风从竹梢上走过\n"
        "留下一串碎响\n"
        "母亲在林边喊我\n"
        "声音比炊烟还轻\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (poem,) = parsed.items
    assert isinstance(poem, Article) and poem.headline == "江村晚渡（外一首）"
    assert [h.text for h in poem.subheads] == ["竹林"]
    assert poem.paragraphs[0] == "落日把江面" and len(poem.paragraphs) == 8


def test_an_author_note_in_brackets_under_an_essay_is_its_last_paragraph() -> None:
    page = (
        "山城的雾\n"
        "□ 苏　禾\n"
        "　　山城的雾是从江上起来的。清早推开窗，对面的楼只剩下一个淡淡的影子，像是谁用毛笔\n"
        "在宣纸上轻轻点了一下。\n"
        "　　等太阳出来，雾便一层层退去，露出江边的吊脚楼和石阶上赶早市的人。\n"
        "【作者简介】苏禾，重庆人，市作家协会会员，著有散文集《江声》。\n"
    )
    parsed = parse_page(page)
    assert_nothing_lost(page, parsed)
    (essay,) = parsed.items
    assert isinstance(essay, Article)
    assert essay.paragraphs[-1] == "【作者简介】苏禾，重庆人，市作家协会会员，著有散文集《江声》。"
    assert len(essay.paragraphs) == 3 and not essay.subheads
