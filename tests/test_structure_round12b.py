"""Failure classes blind round12 showed, part B (issue 10): publication data set side by side in
the masthead, teaser boxes whose items give the page alone, set apart by wide spaces.
Snippets written for these tests in the style of county and city papers (invented text, no blind
page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Credit, Notice, Photo, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ publication data side by side in the masthead

_IMPRINT_SIDE_BY_SIDE = """桐溪报
TONGXI NEWS
中共桐溪县委机关报　桐溪县融媒体中心主办
2025年11月4日　星期二　农历乙巳年九月十五
第4120期　今日4版
第1版　要闻

我县新增省级未来乡村5个
本报讯 日前，省里公布新一批未来乡村名单，我县5个村入选。
"""


def test_publication_data_set_side_by_side_is_the_mastheads_imprint() -> None:
    parsed = parse_page(_IMPRINT_SIDE_BY_SIDE)
    assert_nothing_lost(_IMPRINT_SIDE_BY_SIDE, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section, m.edition) == (
        "桐溪报",
        "2025-11-04",
        "第1版",
        "要闻",
        None,
    )
    assert m.imprint == ("中共桐溪县委机关报　桐溪县融媒体中心主办", "第4120期　今日4版")
    (story,) = parsed.items
    assert (story.type, story.source.first) == ("article", 8)


def test_a_headline_that_names_an_organiser_is_not_imprint() -> None:
    # only in the masthead's block, and only when every part is publication data
    text = "桐溪报\n2025年11月4日\n县文联主办　书画展开幕\n本报讯 昨天，书画展在县文化馆开幕。\n"
    parsed = parse_page(text)
    assert parsed.masthead.imprint == ()
    (story,) = parsed.items
    assert isinstance(story, Article) and story.headline == "县文联主办书画展开幕"


# --------------------------------------------- a teaser box whose items give the bare page number

_TEASERS_BARE_PAGE = """乡村振兴绘新景
本报讯 今年以来，我县建成美丽乡村示范带3条，村庄环境明显改善。

内　容　导　读
■ 石桥镇：“共享菜园”里种出邻里情　　2版

■ 全县冬季征兵体检工作启动　　3版
■ 老街夜市重新开张　　A4版

桐溪天气
今天　多云　8℃～16℃
桐溪县气象台发布
"""


def test_teaser_items_giving_the_page_set_apart_are_teasers_under_the_label() -> None:
    items = _items(_TEASERS_BARE_PAGE)
    assert _layout(items) == [
        ("article", 1, 2),
        ("article", 4, 5),
        ("article", 7, 7),
        ("article", 8, 8),
        ("weather", 10, 12),
    ]
    story, first, second, third, weather = items
    assert isinstance(story, Article) and len(story.paragraphs) == 1
    teasers = [first, second, third]
    assert all(isinstance(t, Article) for t in teasers)
    assert [(t.kicker, t.headline, t.paragraphs) for t in teasers] == [  # type: ignore[union-attr]
        ("内容导读", "石桥镇：“共享菜园”里种出邻里情", ()),
        ("内容导读", "全县冬季征兵体检工作启动", ()),
        ("内容导读", "老街夜市重新开张", ()),
    ]
    assert isinstance(weather, Weather)


def test_a_page_number_run_into_a_line_of_prose_is_no_teaser() -> None:
    # set solid after a sentence's words, 3版 is part of the sentence, not where a story is printed
    text = "导读\n本周起，全县中小学作息时间调整，详情刊于今日报纸第3版\n\n本报讯 昨日，县教育局发布通知。\n"
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    assert not any(isinstance(i, Article) and i.kicker == "导读" for i in parsed.items)


# ------------------------------- a picture story: 摄/ credit, numbered captions, lenders, 拍友

_PICTURE_STORY = """乡村记忆
山坳里的柿子红了
文/本报记者 罗晓峰　通讯员 丁 宁
摄/本报记者 章 鸣

深秋时节，青溪县石门村漫山的柿子树挂满果实，村民们忙着采摘、削皮、晾晒。

今年，村里的柿饼通过直播卖到了全国各地，户均增收8000余元。

①11月20日，石门村村民在晾晒柿饼。
②游客在柿子林里拍照打卡。

西山红枫进入最佳观赏期
11月18日，游客在西山景区赏枫。
拍友　周 立　摄

11月17日，湖畔公园的水杉林由绿转红。
（青溪县融媒体中心供图）
"""


def test_a_picture_storys_credits_and_numbered_captions() -> None:
    items = _items(_PICTURE_STORY)
    assert _layout(items) == [
        ("article", 1, 8),
        ("photo", 10, 11),
        ("photo", 13, 15),
        ("photo", 17, 18),
    ]
    story, captions, column, lent = items
    assert isinstance(story, Article) and story.byline is not None
    # 摄/ says what the next role's names did, as 图/ does
    assert (story.byline.reporters, story.byline.correspondents, story.byline.photographers) == (
        ("罗晓峰",),
        ("丁宁",),
        ("章鸣",),
    )
    assert len(story.paragraphs) == 2
    assert isinstance(captions, Photo)
    assert (captions.title, captions.byline) == (None, None)
    assert captions.caption == "①11月20日，石门村村民在晾晒柿饼。②游客在柿子林里拍照打卡。"
    # 拍友 is what the photographer is, not a second photographer
    assert isinstance(column, Photo) and column.byline is not None
    assert column.byline.photographers == ("周立",)
    # a lender in brackets on its own line under the caption closes the photo
    assert isinstance(lent, Photo) and lent.caption == "11月17日，湖畔公园的水杉林由绿转红。"
    assert lent.byline is not None and lent.byline.others == (Credit("供图", ("青溪县融媒体中心",)),)


def test_a_storys_numbered_points_stay_its_paragraphs_when_no_one_took_its_pictures() -> None:
    text = (
        "社区推出便民服务三项举措\n本报讯（记者 罗晓峰）昨天，东门社区公布了三项便民举措。\n\n"
        "①开设老年食堂。\n②设立共享工具箱。\n"
    )
    (story,) = _items(text)
    assert isinstance(story, Article)
    assert story.paragraphs[1:] == ("①开设老年食堂。", "②设立共享工具箱。")


# ------------------------------------- a notices page: bulleted statements, classified ads

_NOTICES_PAGE = """桐溪日报
2026年2月3日　星期二
第8版
公告
登报热线：0571-86001234

遗失声明
●桐溪县城关镇好邻居便利店遗失食品经营许可证正本，声明作废。
●李秀英遗失桐溪县人民医院出生医学证明一份，编号：P330123456，声明作废。

分类信息
■旺铺转让：城关镇解放路临街店面80㎡，接手即可营业。电话：13812345678
■搬家服务：长短途搬家、空调拆装，价格实惠。电话：0571-86123456
"""


def test_a_notice_under_its_title_may_list_its_statements_and_a_classified_column_is_an_ad() -> None:
    parsed = parse_page(_NOTICES_PAGE)
    assert_nothing_lost(_NOTICES_PAGE, parsed)
    assert parsed.warnings == ()
    # the hotline set in the masthead's block is its furniture
    assert parsed.masthead.imprint == ("登报热线：0571-86001234",)
    assert _layout(parsed.items) == [("notice", 7, 9), ("advertisement", 11, 13)]
    notice = parsed.items[0]
    assert isinstance(notice, Notice) and notice.label == "遗失声明"
    # each statement a line of its own, its bullet kept as printed
    assert notice.text == (
        "●桐溪县城关镇好邻居便利店遗失食品经营许可证正本，声明作废。\n"
        "●李秀英遗失桐溪县人民医院出生医学证明一份，编号：P330123456，声明作废。"
    )


def test_bulleted_sentences_under_a_plain_head_stay_a_story() -> None:
    text = "春节前安全检查\n●县消防大队检查商场12家，整改隐患30处。\n●县市场监管局抽检年货200批次。\n"
    items = _items(text)
    assert [i.type for i in items] != ["notice"]
    assert not any(isinstance(i, Notice) for i in items)


# ---------------------- a subhead over the last part of a story with its photo under it; an ad

_STORY_PHOTO_AD = """读者来信
背街小巷的积水排掉了
记者 罗晓峰

前不久，读者王先生反映，城西一条背街小巷一下雨就积水，居民出行很不方便。

记者到现场看到，巷子地势低洼，排水口被落叶堵塞。

积水源于排水口堵塞

巷子里的排水口常年无人清理，落叶和泥沙越积越多。

社区当天就派人疏通

接到反映后，社区当天就联系市政部门疏通了排水口，并加装了两处雨水箅子。

这几天下雨，巷子里再没有积水，居民们都说好。

疏通后的小巷干干净净。（记者 罗晓峰 摄）

【年货节】百年老店福寿堂 腊味礼盒上新
现做现卖 真空包装 全城配送
地址：城西路88号　订购电话：0571-86112233

新闻热线：86000000　扫码关注本报微信公众号
"""


def test_a_photo_under_a_story_does_not_make_its_subhead_a_new_story_and_an_ad_keeps_its_slogan() -> None:
    items = _items(_STORY_PHOTO_AD)
    assert _layout(items) == [
        ("article", 1, 17),
        ("photo", 19, 19),
        ("advertisement", 21, 23),
        ("qr_prompt", 25, 25),
    ]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["积水源于排水口堵塞", "社区当天就派人疏通"]
    assert len(story.paragraphs) == 5


# ------------------------------------------ numbered subheads; a reader's question signed politely

_NUMBERED_PARTS_AND_QA = """新学期看食堂
饭菜更香了 家长更放心了
■记者 罗晓峰

开学以来，城西小学的食堂每天推出两荤两素一汤，孩子们吃得津津有味。

亮点一：菜单每周公示

记者从区教育局了解到，全区中小学食堂菜单每周在家长群公示，

家长可以提出意见。

亮点二：家长轮流陪餐

每天有两名家长代表到食堂陪餐，发现问题当场反馈。

家长信箱
孩子挑食怎么办？

问：孩子不爱吃青菜，在学校会不会吃不饱？（城西区 李女士）

答：学校每餐都有专人巡查，吃不饱的孩子可以添饭添菜。
"""


def test_numbered_subheads_stay_in_their_story_and_a_readers_question_keeps_who_asked() -> None:
    items = _items(_NUMBERED_PARTS_AND_QA)
    assert _layout(items) == [("article", 1, 15), ("article", 17, 22)]
    story, qa = items
    assert isinstance(story, Article) and isinstance(qa, Article)
    assert [s.text for s in story.subheads] == ["亮点一：菜单每周公示", "亮点二：家长轮流陪餐"]
    assert story.paragraphs[1] == (
        "记者从区教育局了解到，全区中小学食堂菜单每周在家长群公示，家长可以提出意见。"
    )
    assert qa.byline is None
    assert qa.paragraphs == (
        "问：孩子不爱吃青菜，在学校会不会吃不饱？（城西区李女士）",
        "答：学校每餐都有专人巡查，吃不饱的孩子可以添饭添菜。",
    )
