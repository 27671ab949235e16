"""Failure classes rounds 17-18 showed (issue 10, fixphoto): photos set right after a story, read
as its last paragraph or left unclassified.  Snippets written for these tests in the style of
county and city papers (invented text, no blind page's); each class is a shape that holds on any
paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.bylines import parse_byline
from publisher.reader.line_kinds import photo_column_lead
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# ------------------------------------- a caption alone under a story whose byline credits photos

_STORY_THEN_CAPTION = """古镇春来早
——记者走访西塘老街见闻
文/图　本报记者　陈晓岚

　　3月12日上午，西塘老街的青石板路上游人如织，沿河的茶馆里坐满了喝早茶的老人。
　　“今年开春后，周末客流比去年多了三成。”茶馆老板周建平说。
　　据介绍，老街今年新开文创店铺14家，夜游项目也将在4月上线。

{caption}

新塍镇启动春季植树活动
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。
"""


def _story_then_caption(caption: str) -> tuple[Article, Photo, Article]:
    items = _items(_STORY_THEN_CAPTION.format(caption=caption))
    assert _layout(items) == [("article", 1, 7), ("photo", 9, 9), ("article", 11, 12)]
    story, photo, after = items
    assert isinstance(story, Article) and isinstance(photo, Photo) and isinstance(after, Article)
    return story, photo, after


def test_a_caption_flush_under_a_story_set_solid_and_credited_文图_is_its_photo() -> None:
    story, photo, _ = _story_then_caption("游客在西塘老街的廊棚下拍照留念。")
    assert len(story.paragraphs) == 3 and story.paragraphs[-1].endswith("4月上线。")
    assert photo.caption == "游客在西塘老街的廊棚下拍照留念。"


def test_a_caption_indented_like_a_paragraph_under_such_a_story_is_its_photo_too() -> None:
    story, photo, _ = _story_then_caption("　　游客在西塘老街的廊棚下拍照留念。")
    assert len(story.paragraphs) == 3
    assert photo.caption == "游客在西塘老街的廊棚下拍照留念。"


def test_a_paragraph_set_apart_under_a_story_without_a_photo_credit_stays_its_paragraph() -> None:
    uncredited = _STORY_THEN_CAPTION.replace("文/图　本报记者", "本报记者")
    text = uncredited.format(caption="　　老街夜游项目的票价尚未公布。")
    items = _items(text)
    assert _layout(items) == [("article", 1, 9), ("article", 11, 12)]


def test_a_story_whose_paragraphs_are_set_apart_keeps_its_last_one() -> None:
    # paragraphs separated by blank lines: the line under the last blank is one more of them
    text = """古镇春来早
文/图　本报记者　陈晓岚

　　3月12日上午，西塘老街的青石板路上游人如织。

　　“今年开春后，周末客流比去年多了三成。”茶馆老板周建平说。

　　老街夜游项目也将在4月上线。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 8)]
    (story,) = items
    assert isinstance(story, Article) and len(story.paragraphs) == 3


# ------------------------------------------- photo news: title, 文/图 credit, caption under it

_CREDIT_OVER_CAPTION = """●东栅街道：3月9日，该街道举办“邻里节”活动，300余名居民参加。（通讯员　许　宁）

新仓镇：“稻虾共养”试点开塘
文/图　■记者　蒋　明
{body}

广陈镇举办春季招聘会
　　本报讯（记者 许 可）3月11日，广陈镇举办春季招聘会，40余家企业提供岗位800余个。
　　据悉，招聘会现场达成就业意向210人。
"""


def test_a_caption_set_flush_under_a_文图_credit_is_photo_news() -> None:
    body = "3月10日，新仓镇三叉河村的养殖户在稻田里投放虾苗。今年，该镇推广“稻虾共养”模式，试点面积达600亩。"
    items = _items(_CREDIT_OVER_CAPTION.format(body=body))
    assert _layout(items) == [("article", 1, 1), ("photo", 3, 5), ("article", 7, 9)]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert photo.title == "新仓镇：“稻虾共养”试点开塘"
    assert photo.caption == body
    assert photo.byline is not None
    assert (photo.byline.reporters, photo.byline.photographers) == (("蒋明",), ("蒋明",))


def test_a_story_body_indented_under_a_文图_credit_stays_a_story() -> None:
    body = "　　3月10日，新仓镇三叉河村的养殖户在稻田里投放虾苗，试点面积达600亩。"
    items = _items(_CREDIT_OVER_CAPTION.format(body=body))
    assert _layout(items) == [("article", 1, 1), ("article", 3, 5), ("article", 7, 9)]
    story = items[1]
    assert isinstance(story, Article) and story.headline == "新仓镇：“稻虾共养”试点开塘"


# ------------------------------------- a caption signed 文/图 set solid under it, after a story

_CAPTION_SIGNED_UNDER = """曹溪社区建起“共享书房”
    本报讯　3月8日，曹溪社区“共享书房”正式开放，首批上架图书3000余册。（记者　方　宁）

3月7日，曹溪社区志愿者在“共享书房”整理新到的图书。
文/图　记者　方　宁

钱塘镇首批“乡村管家”上岗
    本报讯　3月6日，钱塘镇首批8名“乡村管家”正式上岗。（通讯员　严　静）
"""


def test_a_caption_signed_文图_under_a_signed_story_is_a_photo() -> None:
    items = _items(_CAPTION_SIGNED_UNDER)
    assert _layout(items) == [("article", 1, 2), ("photo", 4, 5), ("article", 7, 8)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title is None
    assert photo.caption == "3月7日，曹溪社区志愿者在“共享书房”整理新到的图书。"
    assert photo.byline is not None and photo.byline.photographers == ("方宁",)


# ------------------------------------ briefs led by the column's bullet, headed or not, set solid

_BULLETED_BRIEFS = """村镇动态
▲石门镇　4月2日，该镇举办“乡村歌手”大赛，40余名选手同台竞技。（通讯员　钱　浩）
▲梅林乡　近日，该乡与一家农业企业签订协议，将建设千亩高山蔬菜基地。
▲洪桥镇近日完成8公里农村公路提档改造，沿线新增错车道12处。（通讯员　孔德明）
▲双溪镇　4月3日，该镇便民服务中心正式启用“无差别受理”窗口。（记者　许一帆）
"""


def test_a_bulleted_brief_with_no_head_set_solid_among_headed_ones_is_a_brief_of_its_own() -> None:
    items = _items(_BULLETED_BRIEFS)
    assert _layout(items) == [("article", 1, 2), ("article", 3, 3), ("article", 4, 4), ("article", 5, 5)]
    briefs = [a for a in items if isinstance(a, Article)]
    assert [(a.kicker, a.headline) for a in briefs] == [
        ("村镇动态", "石门镇"),
        ("村镇动态", "梅林乡"),
        ("村镇动态", ""),
        ("村镇动态", "双溪镇"),
    ]
    assert briefs[1].byline is None
    assert briefs[2].paragraphs == ("洪桥镇近日完成8公里农村公路提档改造，沿线新增错车道12处。",)
    assert briefs[2].byline is not None and briefs[2].byline.correspondents == ("孔德明",)


def test_a_headless_bulleted_brief_wrapped_under_a_headed_one_keeps_its_lines() -> None:
    text = """简讯
◇青溪县　5月20日，青溪县首届竹编技能大赛在竹乡镇举行，80余名竹编艺人现场比拼编织、
上色等技艺。
◇青溪县竹编传承基地近日获评市级非遗工坊，已累计培训竹编艺人300余人次，带动
150余名村民居家就业。（通讯员　罗小梅）
◇白岩县　5月22日，白岩县举办“古法造纸”体验活动。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 3), ("article", 4, 5), ("article", 6, 6)]
    second = items[1]
    assert isinstance(second, Article) and second.kicker == "简讯" and not second.headline
    assert second.byline is not None and second.byline.correspondents == ("罗小梅",)


def test_bulleted_points_under_a_brief_that_leads_into_them_stay_its_points() -> None:
    # the brief above ends on a colon: the bulleted lines under it are its list, not briefs
    text = """村镇动态
▲石门镇　该镇近日公布春季农技培训安排：
▲4月10日，茶叶修剪技术培训；
▲4月12日，病虫害绿色防控培训。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 4)]


# ------------------------------------------ the paper's running foot repeated over a column

_RUNNING_FOOT = """溪口日报　XIKOU DAILY
2026年4月16日　星期四　第5版　镇街

茶园里的“新农人”
记者　许佳宁
　　连日来，溪口镇的茶园里一片繁忙，采茶工们正抢摘明前茶。
　　今年，该镇新引进茶叶加工企业3家。

溪口日报　2026年4月16日　星期四　镇街　5
镇街快讯
【东岙街道】4月14日，街道举办青年创业沙龙，30余名青年参加。
【西岭镇】该镇启动沿溪绿道提升工程，全长约2.6公里。
"""


def test_the_running_foot_naming_paper_date_section_and_bare_page_number_is_furniture() -> None:
    parsed = parse_page(_RUNNING_FOOT)
    assert_nothing_lost(_RUNNING_FOOT, parsed)
    assert (parsed.masthead.newspaper, parsed.masthead.page_label, parsed.masthead.section) == (
        "溪口日报",
        "第5版",
        "镇街",
    )
    assert _layout(parsed.items) == [("article", 4, 7), ("article", 10, 11), ("article", 12, 12)]
    briefs = [a for a in parsed.items if isinstance(a, Article)][1:]
    assert [(a.kicker, a.headline) for a in briefs] == [("镇街快讯", "东岙街道"), ("镇街快讯", "西岭镇")]


def test_a_running_foot_without_the_page_number_is_furniture_too() -> None:
    text = _RUNNING_FOOT.replace("星期四　镇街　5", "镇街")
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert _layout(parsed.items) == [("article", 4, 7), ("article", 10, 11), ("article", 12, 12)]


def test_a_line_naming_the_paper_and_another_pages_number_is_not_this_pages_foot() -> None:
    text = _RUNNING_FOOT.replace("星期四　镇街　5", "星期四　镇街　7")
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.items[1].source.first == 9


# ------------------------------------------------ a chart under a story, credited 制图：X

_CHART_UNDER_STORY = """一季度全县工业用电量增长8.6%
本报记者　吴晓东
　　县供电公司日前发布数据，一季度全县工业用电量达12.4亿千瓦时，同比增长8.6%。
　　其中，高新技术企业用电量增长15.2%，增速领跑各行业。

一季度全县分行业用电量（单位：亿千瓦时）　数据来源：县供电公司
制图：周　敏

春耕备耕物资供应充足
　　本报讯　记者从县农业农村局获悉，全县已储备化肥2.1万吨、种子860吨。
"""


def test_a_charts_title_set_apart_with_its_制图_credit_under_it_is_a_picture() -> None:
    items = _items(_CHART_UNDER_STORY)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 7), ("article", 9, 10)]
    story, chart = items[0], items[1]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(chart, Photo)
    assert chart.caption == "一季度全县分行业用电量（单位：亿千瓦时）数据来源：县供电公司"
    assert chart.byline is not None and chart.byline.photographers == ("周敏",)


def test_a_desk_line_naming_several_roles_under_a_line_is_no_charts_credit() -> None:
    text = _CHART_UNDER_STORY.replace("制图：周　敏", "制图：周　敏　　校对：钱　丽")
    items = _items(text)
    assert not any(isinstance(x, Photo) for x in items)


# ------------------------- a photo credited by a paper and its app (某某晚报/某某+记者 X 摄)

_APP_CREDIT = """江淮德比主队逆转
林远砍下28分
东湖晚报/东湖+记者　韩　笑

    14日晚，省男篮联赛在东湖体育馆上演德比大战，主队末节反超，以88:82取胜。
    赛后，主队主帅表示，球队将全力冲击季后赛。

14日晚，主队球员林远在比赛中上篮。
东湖晚报/东湖+记者　苏　航　摄
"""


def test_a_credit_naming_a_paper_and_its_app_with_a_plus_is_a_role() -> None:
    items = _items(_APP_CREDIT)
    assert _layout(items) == [("article", 1, 6), ("photo", 8, 9)]
    story, photo = items
    assert isinstance(story, Article) and story.byline is not None and story.byline.reporters == ("韩笑",)
    assert len(story.paragraphs) == 2
    assert isinstance(photo, Photo) and photo.caption == "14日晚，主队球员林远在比赛中上篮。"
    assert photo.byline is not None and photo.byline.photographers == ("苏航",)


# ------------------------------------------------ an artwork reproduced, alone between blanks

_ARTWORK_PAGE = """溪山画会开展
本报记者　沈　清
　　昨日，“溪山画会”年度作品展在市美术馆开幕，展出作品120余件。

《秋水长天》　国画　　林 一 舟

艺苑
老街上的刻字人
本报记者　孔　宁
　　在老街的一间小铺里，陈师傅已经刻了四十年的字。
"""


def test_an_artworks_title_medium_and_maker_alone_between_blanks_is_its_picture() -> None:
    items = _items(_ARTWORK_PAGE)
    assert _layout(items) == [("article", 1, 3), ("photo", 5, 5), ("article", 7, 10)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title is None
    assert photo.caption == "《秋水长天》国画"
    assert photo.byline is not None
    assert (photo.byline.reporters, photo.byline.correspondents, photo.byline.photographers) == ((), (), ())
    assert [c.names for c in photo.byline.others] == [("林一舟",)]


# ------------------------------------ the desk's mailbox, its label letter-spaced, in the masthead


def test_a_desk_mailbox_with_a_spaced_label_under_the_desk_credits_is_masthead() -> None:
    text = """5　经济
2026年5月8日　星期五
溪南日报
责任编辑　王　明　　美术编辑　李　青
邮　箱　jingji@xinanrb.cn

一季度全市外贸进出口增长6.2%
本报记者　赵　越
　　据海关统计，一季度全市外贸进出口总值达312亿元，同比增长6.2%。
"""
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert parsed.masthead.newspaper == "溪南日报"
    assert _layout(parsed.items) == [("article", 7, 9)]


# ------------------- rounds 25-27: a photo column's label closed by a colon or a bar, or 摄影


_LABELLED_PHOTO = """新塍镇启动春季植树活动
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。

{label}
运河公园的樱花开了
3月28日，市民在运河公园的樱花树下赏花拍照，享受春日好时光。
本报记者　沈立群　摄
"""


def _labelled_photo(text: str) -> Photo:
    items = _items(text)
    assert _layout(items)[0] == ("article", 1, 2)
    photo = items[1]
    assert isinstance(photo, Photo) and len(items) == 2
    assert photo.source.last == len(text.strip().split("\n"))  # the credit, the page's last line
    assert photo.byline is not None and photo.byline.photographers == ("沈立群",)
    return photo


def test_a_photo_column_label_closed_by_a_colon_or_a_bar_is_in_no_field() -> None:
    for label in ("图片新闻：", "图说｜", "新闻图片:"):
        text = _LABELLED_PHOTO.format(label=label).replace(label + "\n", label)
        photo = _labelled_photo(text)
        assert photo.title == "运河公园的樱花开了", label
        assert photo.caption.startswith("3月28日，市民"), label
        assert photo.source.first == 4


def test_the_label_alone_on_its_line_closed_by_a_colon_heads_the_photo() -> None:
    photo = _labelled_photo(_LABELLED_PHOTO.format(label="图片新闻："))
    assert photo.title == "运河公园的樱花开了"
    assert photo.caption.startswith("3月28日，市民")
    assert photo.source.first == 4


def test_摄影_alone_or_in_brackets_over_a_photo_is_its_column_label() -> None:
    photo = _labelled_photo(_LABELLED_PHOTO.format(label="摄影"))
    assert (photo.title, photo.source.first) == ("运河公园的樱花开了", 4)
    bracketed = _LABELLED_PHOTO.format(label="【摄影】").replace("】\n", "】")
    photo = _labelled_photo(bracketed)
    assert (photo.title, photo.source.first) == ("运河公园的樱花开了", 4)


def test_摄影_closed_by_a_colon_is_a_credit_not_the_label() -> None:
    assert photo_column_lead("摄影：沈立群") is None
    assert photo_column_lead("图片新闻：运河公园的樱花开了") == ("图片新闻", "运河公园的樱花开了")
    assert photo_column_lead("【摄影】运河公园的樱花开了") == ("摄影", "运河公园的樱花开了")


def test_a_pointer_caption_under_a_story_credited_文图_loses_its_pointer() -> None:
    story, photo, _ = _story_then_caption("上图：游客在西塘老街的廊棚下拍照留念。")
    assert len(story.paragraphs) == 3
    assert photo.caption == "游客在西塘老街的廊棚下拍照留念。"


def test_a_line_on_a_whole_set_under_its_numbered_captions_closes_the_set() -> None:
    text = """古镇春来早
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。

茶园开采忙
①　4月2日，龙井村茶农在茶园里采摘明前茶。
②　制茶师傅在铁锅里炒制新茶。
③　游客在茶园体验采茶。
今年全村茶园面积达1.2万亩，预计春茶产量80吨。
本报记者　沈立群　摄
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("photo", 4, 9)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title == "茶园开采忙"
    assert photo.caption.startswith("①") and photo.caption.endswith("预计春茶产量80吨。")
    assert photo.byline is not None and photo.byline.photographers == ("沈立群",)


def test_a_credit_followed_by_its_outlet_in_brackets_closes_the_photo() -> None:
    text = """古镇春来早
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。

春耕正忙
3月10日，某县某镇，农机手驾驶插秧机在田间作业。
周　立　摄（新华社发）

新塍镇启动春季植树活动
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。
"""
    items = _items(text)
    assert _layout(items) == [("article", 1, 2), ("photo", 4, 6), ("article", 8, 9)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title == "春耕正忙"
    assert photo.caption == "3月10日，某县某镇，农机手驾驶插秧机在田间作业。"
    assert photo.byline is not None and photo.byline.photographers == ("周立",)


def test_a_reader_credited_by_what_they_are_in_a_photos_credit_is_its_photographer() -> None:
    text = """古镇春来早
　　本报讯（记者 王一鸣）3月11日，新塍镇组织干部群众200余人在运河沿岸植树。

湖上晚霞
8月2日傍晚，南湖上空出现绚丽晚霞。（读者　周　立　摄）
"""
    items = _items(text)
    photo = items[-1]
    assert isinstance(photo, Photo) and photo.title == "湖上晚霞"
    assert photo.byline is not None and photo.byline.photographers == ("周立",)
    # a letter's signature naming a reader stays no one's credit: no role
    assert parse_byline("读者　周　立") is None
