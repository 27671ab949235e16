"""Failure classes rounds 33-48 showed on photo pages, sports pages and classified pages (issue 10,
fix52photo): a photo column's label led by a box's mark, a caption closed by its credit under a
column's label, the section printed again under the running head over a column, a title over one
flush caption line with no credit, a results table's note, a job ad's posts printed as a list and a
mobile number printed in its three groups.  Snippets written for these tests in the style of
evening and city papers (invented names, places and figures, no blind page's); each class is a
shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import read_items


def _layout(items: tuple[object, ...]) -> list[tuple[str, int, int]]:
    return [(type(it).__name__.lower(), it.source.first, it.source.last) for it in items]  # type: ignore[attr-defined]


# ------------------------------------------- a photo column's label led by a box's mark, closed by a colon

_MARKED_LABEL = """①　游客在新修的古桥上合影。
②　老街茶馆里，茶客在听评弹。

■图片新闻：
晨练
6月3日清晨，青溪江滨公园，
市民在江边步道上打太极拳，
享受夏日清凉。
图/本报记者　林　远

荷花初绽
6月2日，青溪湿地公园的荷花
陆续开放，吸引市民前来观赏。
本报记者　周　敏　摄
"""


def test_a_photo_columns_label_led_by_a_mark_and_closed_by_a_colon_opens_the_photo() -> None:
    items = read_items(_MARKED_LABEL)
    photo = next(it for it in items if isinstance(it, Photo) and it.source.first == 4)
    assert photo.source.last == 9
    assert photo.title == "晨练"
    assert photo.caption.startswith("6月3日清晨") and photo.caption.endswith("享受夏日清凉。")
    assert photo.byline is not None and photo.byline.photographers == ("林远",)
    assert not any(isinstance(it, Article) for it in items)


# ------------------------------------- a caption closed by its own credit, set solid under the column's label

_LABELLED_CREDIT_CLOSED = """青溪联赛第五轮战罢
本报记者　陈　刚
　　6月1日晚，青溪市城市足球联赛第五轮在各赛区同时开打，东城队主场3比1战胜西城队。
　　本轮过后，东城队积13分继续领跑。

图片新闻
端午将至　龙舟竞渡
6月1日，青溪市龙舟邀请赛在南湖举行，来自全市的12支
队伍同场竞技。　　李　远　摄

南湖书市开幕
本报记者　吴　宁
　　6月1日，南湖书市开幕，80余家书店参展。
"""


def test_a_caption_closed_by_its_credit_under_a_photo_columns_label_is_one_photo() -> None:
    items = read_items(_LABELLED_CREDIT_CLOSED)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 9), ("article", 11, 13)]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert photo.title == "端午将至龙舟竞渡"
    assert photo.caption == "6月1日，青溪市龙舟邀请赛在南湖举行，来自全市的12支队伍同场竞技。"
    assert photo.byline is not None and photo.byline.photographers == ("李远",)


# ------------------------------------------- the section printed again under the running head over a column

_RUNNING_HEAD_SECTION = """青溪晚报　2026年6月3日　星期三　A10
图片新闻
编辑：何　平

晨练
6月3日清晨，青溪江滨公园，市民在江边步道上打太极拳。
本报记者　林　远　摄

青溪晚报　2026年6月3日　星期三　A10
图片新闻

　　6月2日，青溪一所小学的学生在科技节上放飞自制的航模。
　　　　　　　　　　通讯员　郑　凯　摄
"""


def test_the_section_set_solid_under_the_running_head_printed_again_is_no_photos_label() -> None:
    parsed = parse_page(_RUNNING_HEAD_SECTION, 1)
    items = read_items(_RUNNING_HEAD_SECTION, 1)
    assert parsed.masthead.section == "图片新闻"
    photos = [it for it in items if isinstance(it, Photo)]
    assert [(p.source.first, p.source.last) for p in photos] == [(5, 7), (12, 13)]
    assert photos[1].title is None
    assert photos[1].caption == "6月2日，青溪一所小学的学生在科技节上放飞自制的航模。"


def test_a_photo_label_under_a_running_head_of_another_section_stays_the_photos() -> None:
    # (the page's section is 城事: 图片新闻 under its running head printed again labels the photo)
    text = _RUNNING_HEAD_SECTION.replace("图片新闻\n编辑", "城事\n编辑")
    photos = [it for it in read_items(text, 1) if isinstance(it, Photo)]
    assert [(p.source.first, p.source.last) for p in photos] == [(5, 7), (10, 13)]


# ------------------------------------------------ a title over one flush caption line, with no credit

_TITLED_SCENE = """城事速览
东湖公园菊花展本月底开展
　　第八届东湖公园菊花展将于9月28日开展，展出菊花200余个品种。（记者　吴　琼）

新桥合龙在即
9月14日，青溪二桥主桥段进行最后的钢箱梁吊装，预计10月中旬合龙。

▲警方提醒
中秋将至，谨防“低价月饼”诈骗
　　近期，有不法分子在社交平台发布“低价月饼”信息，诱导市民转账后即拉黑。
"""


def test_a_title_over_one_flush_line_led_by_the_day_on_an_indenting_page_is_a_photo() -> None:
    items = read_items(_TITLED_SCENE)
    photo = next(it for it in items if isinstance(it, Photo))
    assert (photo.source.first, photo.source.last) == (5, 6)
    assert photo.title == "新桥合龙在即"
    assert photo.caption.startswith("9月14日，") and photo.byline is None


def test_such_a_line_indented_as_the_pages_paragraphs_is_a_briefs_text() -> None:
    text = _TITLED_SCENE.replace("\n9月14日，", "\n　　9月14日，")
    items = read_items(text)
    assert not any(isinstance(it, Photo) for it in items)


def test_such_a_line_not_led_by_the_day_is_no_caption() -> None:
    text = _TITLED_SCENE.replace("9月14日，青溪二桥", "青溪二桥")
    items = read_items(text)
    assert not any(isinstance(it, Photo) for it in items)


# ---------------------------------------------------------------- a results table's note under its rows

_RESULTS = """青溪城市足球联赛第六轮战罢
东城队客场2∶1取胜
文/图　本报记者　韩　雪
　　6月1日晚，青溪城市足球联赛第六轮在各赛区同时开打。东城队客场2∶1战胜北城队。
　　“客场拿分很不容易。”东城队主教练赛后说。
第六轮其他场次比分
南城　　3∶0　　西城
高新　　1∶1　　开发区
江北　　2∶0　　江南
积分榜前四名：东城16分、南城14分、高新11分、江北10分

　　6月1日晚，东城队球员庆祝进球。
"""


def test_a_note_summing_up_a_results_tables_rows_is_the_storys_last_paragraph() -> None:
    items = read_items(_RESULTS)
    story = items[0]
    assert isinstance(story, Article)
    assert story.source.last == 10
    assert story.paragraphs[-1] == "积分榜前四名：东城16分、南城14分、高新11分、江北10分"
    assert story.paragraphs[-4] == "南城 3∶0 西城"


def test_a_head_under_a_tables_rows_is_no_note() -> None:
    text = _RESULTS.replace("积分榜前四名：东城16分、南城14分、高新11分、江北10分", "下轮看点：东城迎战南城")
    items = read_items(text)
    assert items[0].source.last == 9


# ---------------------------------------------- classified ads: posts printed as a list, spaced mobiles

_JOB_AD = """青溪晚报　2026年6月3日　星期三　B7
分类广告

招　聘
青溪开发区某物流企业诚聘
●仓库管理员　4名　月薪5000-7000元
●叉车司机　2名　持证上岗
五险一金　包食宿
电话：0576-83881234（王经理）

房屋出租
东湖路临街门市　90平方米
可做餐饮　价格面议　139 5763 2018　陈女士
■搬家服务
顺风搬家　居民搬家　空调移机
24小时服务　0576-83372211
"""


def test_a_job_ads_posts_marked_as_a_list_are_the_ads_down_to_its_contacts() -> None:
    items = read_items(_JOB_AD)
    ads = [it for it in items if isinstance(it, Advertisement)]
    assert (ads[0].source.first, ads[0].source.last) == (4, 9)
    assert not any(isinstance(it, Article) for it in items)


def test_a_mobile_number_printed_in_its_three_groups_is_the_ads_phone() -> None:
    items = read_items(_JOB_AD)
    ads = [(it.source.first, it.source.last) for it in items if isinstance(it, Advertisement)]
    assert (11, 13) in ads and (14, 16) in ads


# ------------------------------------------- a scene's caption set solid under a story crediting its pictures

_STORY_SCENE = """南湖药材市场迎来“采收季”
文/图　本报记者　刘　青
　　连日来，南湖药材市场内人来车往，来自各地的客商忙着看货、议价、装车，近一周日均交易量达300余吨。
　　客商在市场里挑选药材。

北城：消防员紧急救助被困孩童
　　本报讯（通讯员　王　鑫）6月2日下午，北城一住户家中，一名男童被困阳台，消防员10分钟将他救出。
"""


def test_a_scene_set_solid_and_indented_under_a_story_crediting_its_pictures_is_their_caption() -> None:
    items = read_items(_STORY_SCENE)
    assert _layout(items) == [("article", 1, 3), ("photo", 4, 4), ("article", 6, 7)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.caption == "客商在市场里挑选药材。"


def test_such_a_line_under_a_story_not_crediting_pictures_stays_its_paragraph() -> None:
    items = read_items(_STORY_SCENE.replace("文/图　本报记者", "本报记者"))
    assert _layout(items) == [("article", 1, 4), ("article", 6, 7)]


# ------------------------------------------------------------- a classified heading of what is for sale

_FOR_SALE = """青溪晚报　2026年6月3日　星期三　B7
分类广告

◆家政服务◆
月嫂　育儿嫂　保洁　钟点工
青溪家政服务中心　0576-83125577
◆房屋租售◆
东湖路临街铺面出租，120平方米，
水电齐全，适合餐饮。13577831025
北城三室两厅急售，带车位，
价格面议。15887851390（王女士）
"""


def test_a_heading_of_what_is_let_or_sold_heads_an_ad_of_its_own_under_the_ad_above() -> None:
    items = read_items(_FOR_SALE)
    ads = [(it.source.first, it.source.last) for it in items if isinstance(it, Advertisement)]
    assert ads == [(4, 6), (7, 11)]


# ----------------------------------------------------------------- results listed event by event in a story

_RESULTS_LISTED = """市第三届运动会
田径赛场多项纪录被刷新
本报记者　王　青　摄影记者　李　强
    本报讯　6月1日至2日，青溪市第三届运动会田径比赛在市体
育中心举行，共有3项纪录被打破。
■部分项目决赛成绩
男子甲组100米：张远（东城区）10秒95
女子甲组100米：刘琪（南城区）12秒46
男子甲组1500米：巴特（北城区）4分08秒31
女子甲组跳远：孙雨（北城区）5米79
男子乙组铅球：赵明（东城区）14米20
    本届运动会共设田径、篮球、游泳等16个大项，比赛将持续
至7月上旬。
"""


def test_results_listed_event_by_event_stay_the_storys_lines_and_no_head() -> None:
    items = read_items(_RESULTS_LISTED)
    assert len(items) == 1
    story = items[0]
    assert isinstance(story, Article)
    assert story.paragraphs[-1] == "本届运动会共设田径、篮球、游泳等16个大项，比赛将持续至7月上旬。"
    assert any(p.startswith("男子甲组1500米：") for p in story.paragraphs)
    # (the marked line over them heads them, a subhead, as a table's title over its rows)
    assert [h.text for h in story.subheads] == ["部分项目决赛成绩"]


# -------------------------------------------------------------- a poster's banner framed by ornaments

_BANNER_AD = """遗失声明
　　●青溪市南门菜场摊主李强遗失食品经营许可证，声明作废。

★★★ 青溪湖畔康养公寓　火热认购中 ★★★
夏季平均气温23℃　一线观湖
首付低至5万元　送精装修
销售热线：0576-84888666
项目地址：青溪市湖滨大道88号
"""


def test_a_banner_framed_by_ornaments_opens_the_ad_down_to_its_address() -> None:
    ads = [it for it in read_items(_BANNER_AD) if isinstance(it, Advertisement)]
    assert [(ad.source.first, ad.source.last) for ad in ads] == [(4, 8)]


# ---------------------------------------------------------------------- a cartoon under its label

_CARTOON = """别让“流量”冲淡“烟火气”
　　老街改造，既要留住游客，也要为老字号、老手艺留足空间。（李　明）

漫画
“躺平式”服务要不得
　　某些窗口单位工作人员低头玩手机，群众排队干着急。
　　　　　　　　　　　　　　　　　　　图/王　平

漫画：指尖上的形式主义
图/陈　东
"""


def test_a_cartoons_label_over_its_title_or_run_in_before_it_is_no_part_of_the_title() -> None:
    photos = [it for it in read_items(_CARTOON) if isinstance(it, Photo)]
    assert [(p.title, p.caption) for p in photos] == [
        ("“躺平式”服务要不得", "某些窗口单位工作人员低头玩手机，群众排队干着急。"),
        ("指尖上的形式主义", ""),
    ]


# ------------------------------------- a results table: names padded to a cell's width in ranked rows

_GROUPED_RESULTS = """北城站部分项目决赛成绩
男子500米
1.李　明（东　城）　40秒812
2.张浩然（南城区）　40秒905
3.王　岩（北　城）　41秒033
女子1000米
1.刘思琪（南城区）　1分29秒347
2.陈　雨（东　城）　1分29秒512
3.孙佳怡（北城区）　1分30秒008
"""


def test_names_padded_to_a_cell_in_a_ranked_row_stay_one_cell_and_the_group_is_no_deck() -> None:
    # (the groups' names are the table's lines, as round34's gold has a table standing alone)
    items = read_items(_GROUPED_RESULTS)
    assert len(items) == 1
    table = items[0]
    assert isinstance(table, Article)
    assert table.headline == "北城站部分项目决赛成绩" and table.subheadline is None
    assert table.paragraphs[0] == "男子500米" and len(table.paragraphs) == 8


# ------------------------------------------------ a classified heading in brackets run in before its text

_BRACKETED_ADS = """致读者
　　本报推出“便民信息”免费刊登服务，每条不超过60字。

【招聘】青溪某物流公司招分拣员20名，
月薪4500—6000元，包食宿。
电话：13905761234　周经理

【转让】东湖菜场旁超市整体转让，
面积200平方米，客源稳定。
电话：15057681234　李女士
"""


def test_a_classified_heading_in_brackets_run_in_before_clauses_opens_the_ad() -> None:
    items = read_items(_BRACKETED_ADS)
    ads = [(it.source.first, it.source.last) for it in items if isinstance(it, Advertisement)]
    assert ads == [(4, 6), (8, 10)]


# ------------------------------------------------- the paper's publisher and its line to call, at the foot

_FOOT = """青溪日报
2026年6月3日　星期三
8
图片新闻

晨练
6月3日清晨，青溪江滨公园，市民在江边步道上打太极拳。
本报记者　林　远　摄

{foot}
"""


def test_the_publishers_line_beside_the_papers_hotline_at_the_foot_is_furniture() -> None:
    made = "青溪县融媒体中心出品　　新闻热线：0576-5322110"
    published = "今日青溪社出版　　广告热线：0576-88362116"
    for foot in (made, published):
        text = _FOOT.format(foot=foot)
        items = read_items(text, 1)
        assert _layout(items) == [("photo", 6, 8)], foot
