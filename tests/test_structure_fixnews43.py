"""Failure classes rounds 43-44 showed on news pages (issue 10), fixer ``fixnews43``.  Snippets
written for these tests in the style of city and county papers' news pages (invented stories and
figures, no blind page's); each class is a shape that holds on any paper, not one page's words:

- a table printed inside a story, its title set solid over the header row: the title is a
  paragraph of the story, as the rows are (a group's name set between two runs of rows still
  heads the rows under it, a subhead);
- a column's label set apart over its first brief's head, a marked place alone on its line
  (某某快讯 / ●某某街道 / text): the place heads the brief and the label is its kicker, as it is
  every brief's under it (a marked name under a head is an author's line elsewhere);
- a picture's caption printed with no credit, one sentence wrapped over two lines set flush and
  apart under a story that credits its pictures (文/图) and indents every paragraph: a photo of
  its own, not the last paragraph goes on (the indent marks the story's paragraphs);
- a byline of a reporter and a correspondent closed by 文/图: the reporter took the pictures
  (the correspondent only when no reporter is named);
- a place alone closed by its colon on the line over the headline (某某县： / headline): a lead-in
  of its own, the kicker, as a theme's or a slogan's line is (a lead under a kicker still opens
  the headline);
- the campaign a page files a story under (学习贯彻某某会议精神) over the line that tells who did
  what: the kicker, not the headline over a deck;
- an author's line that names where the author works in brackets (□ X（作者单位：…）) is the
  author's credit, no deck;
- a headline naming the first of its kind in a place over two lines (全省首个… / …在某地挂牌):
  one headline, what became of it ending the second line (no deck); and so is a head whose
  second line opens on a verb that needs the subject above it (… / 新增…) or whose first ends on a
  verb that needs its result next (…铺就 / “…路”), or that cuts an event's name after its scope
  (…全省少年 / 游泳锦标赛…);
- a row of a table inside a story one cell short, between rows of the full count set solid (a long
  cell ran into the next with no gap left): still a row, and the rows under it the story's too;
- the desk's word on whose views the page prints (本版言论仅代表作者个人观点), alone at the
  page's foot: furniture, no paragraph of the last story.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.bylines import parse_byline
from tests.nothing_lost import assert_nothing_lost, read_items

# ------------------------------------------------- a table's title set solid in a story

_TABLE_IN_STORY = """上半年全县外贸进出口稳中有升
本报讯（记者　沈　青）记者从县商务局获悉，上半年全县外贸进出口总额同比增长7.4%。
其中，机电产品出口增势明显。
上半年全县外贸主要指标
指标　　　　　　　金额（亿元）　　同比
进出口总额　　　　86.4　　　　　　7.4%
出口　　　　　　　61.2　　　　　　9.1%
进口　　　　　　　25.2　　　　　　3.6%
数据来源：县商务局
"""

_GROUPED_RESULTS = """全县中学生田径运动会落幕
本报讯（记者　许　文）为期两天的全县中学生田径运动会昨天落幕，12所学校的480名运动员参赛。
部分项目前三名如下：
男子100米
1.周　浩（一中）　　11秒42
2.陈一凡（二中）　　11秒57
3.吴　涛（实验中学）　11秒63
女子800米
1.林　悦（二中）　　2分24秒10
2.方晓雨（一中）　　2分26秒35
3.黄　琪（三中）　　2分27秒08
"""


def test_a_table_title_set_solid_in_a_story_is_a_paragraph() -> None:
    (story,) = read_items(_TABLE_IN_STORY)
    assert isinstance(story, Article)
    assert not story.subheads
    assert story.paragraphs[2] == "上半年全县外贸主要指标"
    assert story.paragraphs[3].replace(" ", "") == "指标金额（亿元）同比"


def test_a_group_name_between_runs_of_rows_is_a_subhead() -> None:
    # (the results set apart from the story's prose under their first group's name: their own item)
    table = read_items(_GROUPED_RESULTS)[-1]
    assert isinstance(table, Article)
    assert [s.text for s in table.subheads] == ["女子800米"]
    assert "女子800米" not in table.paragraphs


# ------------------------------------------------- a column's label over a marked place head

_COLUMN_OF_PLACES = """老街改造完成过半
本报讯（记者　沈　青）城南老街改造工程已完成总工程量的55%。

乡镇传真
●东湖街道
　　日前，东湖街道组织志愿者走进12个小区，开展垃圾分类宣传。（通讯员　周　敏）
●青石镇
　　青石镇新建的农产品冷链仓库近日投用，可储存果蔬800吨。
"""


def test_a_marked_place_under_a_columns_label_heads_the_first_brief() -> None:
    items = read_items(_COLUMN_OF_PLACES)
    briefs = [it for it in items if isinstance(it, Article) and it.kicker == "乡镇传真"]
    assert [(b.headline, b.source.first) for b in briefs] == [("东湖街道", 4), ("青石镇", 7)]
    assert briefs[0].byline is not None
    assert briefs[0].byline.correspondents == ("周敏",)


# ------------------------------------------------- a wrapped caption with no credit under a story

_STORY_WITH_PICTURE = """稻田里办起丰收节
□记者　林　晓　通讯员　王　川　文/图
　　本报讯　9月22日，青石镇万亩稻田迎来开镰，镇里在田头办起丰收节，
吸引周边游客3000余人。
　　活动现场，农户们比赛割稻、打谷，游客们体验插秧、捉鱼，一派热闹。

9月22日，青石镇稻田里，游客在体验
传统打谷。

城东新建两座口袋公园
　　本报讯　城东街道新建的两座口袋公园近日开放，新增绿地4200平方米。
"""


def test_a_wrapped_caption_set_flush_under_a_credited_story_is_a_photo() -> None:
    items = read_items(_STORY_WITH_PICTURE)
    assert [(type(it).__name__, it.source.first, it.source.last) for it in items] == [
        ("Article", 1, 5),
        ("Photo", 7, 8),
        ("Article", 10, 11),
    ]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert photo.caption == "9月22日，青石镇稻田里，游客在体验传统打谷。"
    story = items[0]
    assert isinstance(story, Article)
    assert story.byline is not None
    assert story.byline.photographers == ("林晓",)


def test_text_and_pictures_by_a_reporter_and_a_correspondent() -> None:
    both = parse_byline("本报记者　林　晓　通讯员　王　川　文/图")
    assert both is not None
    assert (both.reporters, both.correspondents, both.photographers) == (("林晓",), ("王川",), ("林晓",))
    alone = parse_byline("通讯员　王　川　文/图")
    assert alone is not None
    assert alone.photographers == ("王川",)


# ------------------------------------------------- a place closed by its colon over the headline

_PLACE_OVER_HEAD = """青石县：
油菜花海迎来赏花高峰
□记者　林　晓
　　本报讯　连日来，青石县万亩油菜花进入盛花期，每天吸引游客上万人次。
"""


def test_a_place_closed_by_its_colon_over_the_headline_is_the_kicker() -> None:
    (story,) = read_items(_PLACE_OVER_HEAD)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("青石县：", "油菜花海迎来赏花高峰")


# ------------------------------------------------- a campaign's line over the news

_CAMPAIGN_OVER_NEWS = """学习贯彻市第十次党代会精神
市领导走进企业社区开展宣讲
■本报记者　林　晓
　　本报讯　连日来，市领导分赴各区县，走进企业、社区宣讲大会精神。
"""


def test_a_campaigns_line_over_the_news_is_the_kicker() -> None:
    (story,) = read_items(_CAMPAIGN_OVER_NEWS)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == (
        "学习贯彻市第十次党代会精神",
        "市领导走进企业社区开展宣讲",
        None,
    )


# ------------------------------------------------- an opinion page's author line and disclaimer

_OPINION_PAGE = """乡村振兴要留住“乡愁”
□ 周　明（作者单位：某某农业大学人文学院）
　　乡村建设不是简单的拆旧建新，而要保留村庄的肌理和记忆。
　　守住乡愁，才能让乡村既有颜值又有气质。

本版言论仅代表作者个人观点
"""


def test_an_author_line_naming_the_workplace_and_the_pages_disclaimer() -> None:
    parsed = parse_page(_OPINION_PAGE)
    assert_nothing_lost(_OPINION_PAGE, parsed)
    (story,) = parsed.items
    assert isinstance(story, Article)
    assert story.headline == "乡村振兴要留住“乡愁”"
    assert story.subheadline is None
    assert story.byline is not None
    assert not (story.byline.reporters or story.byline.correspondents or story.byline.photographers)
    assert story.source.last == 4
    assert story.paragraphs[-1] == "守住乡愁，才能让乡村既有颜值又有气质。"


# ------------------------------------------------- the first of its kind named over two lines

_FIRST_OF_KIND = """全市首个社区嵌入式养老
服务综合体在城东启用
本报记者　林　晓
　　本报讯　9月1日，全市首个社区嵌入式养老服务综合体在城东街道启用，可提供床位120张。
"""


def test_the_first_of_its_kind_named_over_two_lines_is_one_headline() -> None:
    (story,) = read_items(_FIRST_OF_KIND)
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == (
        None,
        "全市首个社区嵌入式养老服务综合体在城东启用",
        None,
    )


_VERB_AT_THE_CUT = (
    ("社区卫生服务中心", "新增“周末门诊”"),
    ("青石镇：“小茶叶”铺就", "茶农增收“幸福路”"),
    # (an event's name cut after its scope, its kind on the next line)
    ("青石小将全省少年", "游泳锦标赛夺金"),
)


def test_a_verb_at_the_cut_of_two_head_lines_makes_one_headline() -> None:
    for first, second in _VERB_AT_THE_CUT:
        text = f"{first}\n{second}\n本报记者　林　晓\n　　本报讯　近日，相关工作取得新进展，受到群众欢迎。\n"
        (story,) = read_items(text)
        assert isinstance(story, Article)
        assert (story.headline, story.subheadline) == (first + second, None)


# ------------------------------------------------- a row whose long cell ran into the next

_GLUED_ROW = """本周蔬菜价格小幅回落
本报讯（记者　林　晓）随着本地蔬菜大量上市，本周我市蔬菜零售价格小幅回落。
本周主要蔬菜零售均价
品名　　　　单位　　均价（元）　环比
菠菜　　　　500克　　4.20　　　↓6.1%
西红柿　　　500克　　5.10　　　↓3.4%
土豆（黄心）500克　　2.60　　　持平
黄瓜　　　　500克　　3.90　　　↓2.5%
数据来源：市价格监测中心

城南菜场完成提升改造
本报讯　城南菜场提升改造完工，新增摊位40个。
"""


def test_a_row_one_cell_short_between_full_rows_stays_in_the_table() -> None:
    items = read_items(_GLUED_ROW)
    assert [(it.source.first, it.source.last) for it in items] == [(1, 9), (11, 12)]
    story = items[0]
    assert isinstance(story, Article)
    assert story.paragraphs[-2].replace(" ", "").replace("\u3000", "") == "黄瓜500克3.90↓2.5%"
