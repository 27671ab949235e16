"""Failure classes rounds 32-33 showed on literary and opinion pages (副刊, 评论; issue 10): a group of
poems whose titles carry an author line's mark (◎ 江口) under the group's own author line, an
artwork's caption over a note on its artist, a picture's title closed by its source after a wide
space (…旧照　　资料图片), a call for contributions dated by its month, the desk's call at the page's
foot.
Snippets written for these tests in the style of county and city papers' pages (invented text, no
blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article, Notice, Photo
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------ a group's poem titles marked as author lines are

_MARKED_TITLES = """山中四季（组诗）
□ 林　远

◎ 春溪
    雪水从石缝里出来
    一路小声说话
    把去年的落叶
    带到山下

◎ 夏夜
    萤火虫提着灯
    在稻田上巡逻
    青蛙替它们
    喊着口令


老屋
□ 何小青
    老屋在村子最东头，门前有一棵老槐树，夏天的时候，树荫能遮住半
个院子。
"""


def test_marked_lines_under_a_signed_group_of_poems_are_its_poems_titles() -> None:
    items = _items(_MARKED_TITLES)
    assert _layout(items) == [("article", 1, 14), ("article", 17, 20)]
    group = items[0]
    assert isinstance(group, Article)
    assert [s.text for s in group.subheads] == ["春溪", "夏夜"]
    assert group.paragraphs[0] == "雪水从石缝里出来" and len(group.paragraphs) == 8
    assert group.byline is not None and [c.names for c in group.byline.others] == [("林远",)]


def test_a_marked_name_under_a_group_head_is_still_its_author_line() -> None:
    # (no author line over it: the marked line signs the group, as before)
    items = _items(_MARKED_TITLES.replace("□ 林　远\n\n◎ 春溪\n", "◎ 林　远\n\n春溪\n"))
    group = items[0]
    assert isinstance(group, Article)
    assert group.byline is not None and [c.names for c in group.byline.others] == [("林远",)]


# ------------------------------------------------ an artwork's caption over the note on its artist

_ARTWORK_OVER_NOTE = """江村
□ 吴　岚
    江村的早晨是从码头开始的。渔船靠岸，鱼篓一只只抬上来，
整条街都是鱼腥味。


溪山雨霁（中国画）　周明远
周明远，某县人，省美术家协会会员，作品多次入选省级美展。


春　雨
□ 陈　一

    细雨落在瓦上
    落在檐下的水缸里
    也落进了
    母亲的针线筐
"""


def test_an_artworks_caption_over_a_note_on_its_artist_titles_the_picture() -> None:
    items = _items(_ARTWORK_OVER_NOTE)
    assert _layout(items) == [("article", 1, 4), ("photo", 7, 8), ("article", 11, 17)]
    picture = items[1]
    assert isinstance(picture, Photo)
    assert picture.title == "溪山雨霁（中国画）"
    assert picture.caption == "周明远，某县人，省美术家协会会员，作品多次入选省级美展。"


def test_a_photo_columns_label_over_an_artwork_is_in_the_photos_lines() -> None:
    """图片新闻 set solid over the artwork: the label's line is the photo's, as over any photo."""
    text = _ARTWORK_OVER_NOTE.replace("溪山雨霁（中国画）", "图片新闻\n溪山雨霁（中国画）")
    items = _items(text)
    assert _layout(items) == [("article", 1, 4), ("photo", 7, 9), ("article", 12, 18)]
    picture = items[1]
    assert isinstance(picture, Photo)
    assert picture.title == "溪山雨霁（中国画）"


def test_an_artworks_caption_alone_keeps_the_work_as_its_caption() -> None:
    text = _ARTWORK_OVER_NOTE.replace("周明远，某县人，省美术家协会会员，作品多次入选省级美展。\n", "")
    picture = _items(text)[1]
    assert isinstance(picture, Photo)
    assert (picture.title, picture.caption) == (None, "溪山雨霁（中国画）")


# ------------------------------------------------ a picture's title closed by its source

_CAPTION_WITH_SOURCE = """古镇的码头
□ 刘　川
    小时候，我常跟着祖父去码头看船。那时候的船是木头的，船头
漆着红色的鱼眼睛。

老码头旧影　　资料图片


秋　声
□ 赵　宁

    风从河面上走过
    芦苇低下了头
    一只白鹭
    把秋天衔走了
"""


def test_a_pictures_name_closed_by_its_source_after_a_wide_space_is_a_photo() -> None:
    items = _items(_CAPTION_WITH_SOURCE)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 6), ("article", 9, 15)]
    picture, poem = items[1], items[2]
    assert isinstance(picture, Photo) and picture.caption == "老码头旧影"
    assert picture.byline is not None and picture.byline.others
    assert isinstance(poem, Article) and poem.headline == "秋声" and len(poem.paragraphs) == 4


# ------------------------------------------------ a call for contributions dated by its month

_CALL_DATED_BY_MONTH = """征稿启事
    本副刊长期征集散文、诗歌、小小说，要求原创首发，来稿请注明真实
姓名和联系电话。投稿邮箱：fukan@example.com
                      某某日报社副刊部
                      2026年5月
"""


def test_a_month_alone_under_a_notices_signer_dates_the_notice() -> None:
    items = _items(_CALL_DATED_BY_MONTH)
    assert _layout(items) == [("notice", 1, 5)]
    notice = items[0]
    assert isinstance(notice, Notice) and notice.text.endswith("某某日报社副刊部\n2026年5月")


# ------------------------------------------------ the desk's call at the page's foot

_DESK_CALL_AT_FOOT = """某某日报
2026年5月9日　星期六
08
文艺
责任编辑：王　敏

山　路
□ 李　青
    山路弯弯，一头连着村子，一头连着镇上的中学。那些年，我每
个星期都要走一个来回。


    本版稿件均为原创首发。欢迎投稿，邮箱：wenyi@example.com
"""


def test_the_desks_call_for_contributions_at_the_pages_foot_is_furniture() -> None:
    items = _items(_DESK_CALL_AT_FOOT)
    assert _layout(items) == [("article", 7, 10)]
    essay = items[0]
    assert isinstance(essay, Article) and len(essay.paragraphs) == 1


# ------------------------------------------------ 评论 pages: short comments, a letter, a panel, a voice

_COMMENT_PAGE = """读者来信
楼道灯坏了谁来修
编者按：楼道照明是居民天天要用的小设施，却常常
无人过问，物业和社区互相推诿。
本报今日刊发一封读者来信，欢迎有关方面回应。
　　编辑同志：
　　我住在某区一个老小区，三单元的楼道灯坏了快
两个月，老人晚上下楼只能摸黑。
　　读者　张建华

一周短评
公园长椅该修修了
　　入秋以来，不少市民反映公园里几处长
椅木板松动，坐着摇晃。建议管理部门尽快
检修，别让小问题伤了市民的心。（林　木）
夜市收摊要收干净
　　夜市热闹，收摊后的垃圾却让人头疼。
摊主要自觉，管理也要跟上。（方　圆）

家门口的“口袋公园”
□ 赵晓晴
　　周末走进新建的口袋公园，老人在下棋，孩
子在滑滑梯。
这样的小公园，不仅方便了周边居民的休闲
生活，也让老城区多了一抹绿意。
　　建好更要管好，绿化要常养护，设施要常检修。

更　正
　　本报10月8日第2版《老街换新
颜》一文中，“东门街”应为“西门街”。
特此更正。
　　　　　　　　　　　本报编辑部
"""


def test_a_notes_lines_set_flush_run_on_to_the_letters_indented_first_line() -> None:
    letter = _items(_COMMENT_PAGE)[0]
    assert isinstance(letter, Article) and letter.standfirst_label == "编者按"
    assert letter.standfirst is not None and letter.standfirst.endswith("欢迎有关方面回应。")
    assert letter.paragraphs[0] == "编辑同志："


def test_a_short_comments_first_indented_line_is_its_body_not_its_deck() -> None:
    items = _items(_COMMENT_PAGE)
    assert _layout(items)[1:3] == [("article", 11, 15), ("article", 16, 18)]
    first, second = items[1], items[2]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.kicker, first.headline, first.subheadline) == ("一周短评", "公园长椅该修修了", None)
    assert first.paragraphs[0].startswith("入秋以来") and len(first.paragraphs) == 1
    assert second.headline == "夜市收摊要收干净" and second.subheadline is None


def test_a_line_of_clauses_wrapped_after_a_short_full_stop_goes_on_with_the_paragraph() -> None:
    items = _items(_COMMENT_PAGE)
    essay = items[3]
    assert isinstance(essay, Article) and essay.headline == "家门口的“口袋公园”"
    assert _layout(items)[3] == ("article", 20, 26)
    assert len(essay.paragraphs) == 2 and essay.paragraphs[0].endswith("多了一抹绿意。")


def test_a_letter_spaced_correction_over_its_indented_text_is_a_notice() -> None:
    notice = _items(_COMMENT_PAGE)[-1]
    assert isinstance(notice, Notice) and notice.label == "更正"
    assert notice.text.endswith("特此更正。\n本报编辑部")


_PANEL = """某某日报
2026年10月9日　星期五
观点
责任编辑：王　敏

圆桌论坛
老街区如何留住“烟火气”
编者按：老街区改造，既要改善居住条件，也要留住
街坊邻里的生活气息。本期邀请几位嘉宾共同探讨。
本报记者　李　明　整理
嘉宾：
　　周文华　某大学建筑学院副教授
　　钱　进　某街道办事处主任
　　主持人：老街区改造最容易出现什么问题？
　　周文华：最常见的是“一刀切”，把有味道的老
房子都拆了，街坊也散了。
　　钱　进：我们的做法是先问居民，再定方案。

声音
“老房子里有我们的根”
　　改造前我们开了好几次坝坝会，大家的意见都写
进了方案里。
　　　　　　——某社区居民代表
为社区食堂点赞
　　近日，某街道社区食堂开业，老人花十来块钱就
能吃上两荤一素。（陈　思）
"""


def test_a_panels_guests_listed_under_a_colon_are_its_text_not_a_head() -> None:
    items = _items(_PANEL)
    panel = items[0]
    assert isinstance(panel, Article) and panel.headline == "老街区如何留住“烟火气”"
    assert panel.byline is not None and panel.byline.reporters == ("李明",)
    assert panel.paragraphs[:3] == ("嘉宾：", "周文华某大学建筑学院副教授", "钱进某街道办事处主任")
    assert panel.paragraphs[3] == "主持人：老街区改造最容易出现什么问题？"
    assert _layout(items)[0] == ("article", 6, 17)


def test_a_voice_headed_by_its_quotation_is_closed_by_who_said_it() -> None:
    items = _items(_PANEL)
    voice, comment = items[1], items[2]
    assert isinstance(voice, Article) and voice.kicker == "声音"
    assert len(voice.paragraphs) == 1 and voice.paragraphs[0].endswith("进了方案里。")
    assert voice.byline is not None and [c.names for c in voice.byline.others] == [("某社区居民代表",)]
    assert isinstance(comment, Article) and comment.headline == "为社区食堂点赞"
    assert comment.subheadline is None and len(comment.paragraphs) == 1


_MARKED_TITLES_SET_SOLID = """河湾小记（组诗）
○ 孙　岚
◎晨渡
船从雾里划出来
桨声一下一下
敲醒了对岸的鸡
也敲醒了我
◎晚钓
夕阳落进水桶
老人提着它回家
一路上
都是金子的响声

井　台
■ 周小林
    村口的井台是一块青石，被水桶磨出了一道道浅槽。
"""


def test_marked_titles_set_solid_under_verse_in_a_signed_group_are_its_titles() -> None:
    # (◎晚钓 under a line of verse is read as an author line at first: in a group already signed,
    # it titles the next poem)
    items = _items(_MARKED_TITLES_SET_SOLID)
    assert _layout(items) == [("article", 1, 12), ("article", 14, 16)]
    group = items[0]
    assert isinstance(group, Article)
    assert [s.text for s in group.subheads] == ["晨渡", "晚钓"]
    assert len(group.paragraphs) == 8 and group.paragraphs[4] == "夕阳落进水桶"


_PICTURE_CREDIT_LED_BY_ROLE = """桥
□ 吴　川

　　石桥弯弯
　　像一句说了千年的方言
　　桥上的人来来往往
　　只有河水

秋山晚照
深秋时节，南山层林尽染，古塔在夕阳中格外醒目。（摄影　刘云飞）

读书札记
□ 陈　默
　　读完这本书，我在窗前坐了很久。书里写的那条河，我小时候也见过。
"""


def test_a_caption_closed_by_a_bracketed_credit_led_by_its_role_is_a_photo() -> None:
    items = _items(_PICTURE_CREDIT_LED_BY_ROLE)
    assert _layout(items) == [("article", 1, 7), ("photo", 9, 10), ("article", 12, 14)]
    picture = items[1]
    assert isinstance(picture, Photo) and picture.title == "秋山晚照"
    assert picture.caption == "深秋时节，南山层林尽染，古塔在夕阳中格外醒目。"
    assert picture.byline is not None and picture.byline.photographers == ("刘云飞",)


_POEMS_EACH_SIGNED = """江边（外一首）
◎ 林　一
江水慢慢往东走
带走了落叶
带走了月光
也带走了我的少年

北　风
◎ 马　二
北风敲着窗
像一个迟归的人
在门外
轻轻喊我的小名
"""


def test_a_marked_name_under_the_next_poems_title_still_signs_that_poem() -> None:
    items = _items(_POEMS_EACH_SIGNED)
    assert _layout(items) == [("article", 1, 6), ("article", 8, 13)]
    second = items[1]
    assert isinstance(second, Article) and second.headline == "北风"
    assert second.byline is not None and [c.names for c in second.byline.others] == [("马二",)]
    assert len(second.paragraphs) == 4
