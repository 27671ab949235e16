"""Failure classes round 94 showed on a commentary page (issue 10, r94a): a cartoon printed as its
title over its maker's line (“减负” / 林　涛　绘), perhaps under its column's label (漫话校园),
between the commentaries and a column of headless one-liners.  Snippets written for these tests in
the style of a trade paper's opinion page (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items

# --------------------------------------- a cartoon's title over its maker's 绘 line, under its label

_LABELLED_CARTOON = """校园午休，要有一张床
□ 周明远
　　不少学校推行“躺睡”午休，学生在教室里铺开折叠床，下午上课精神头足了不少。
　　（作者系江南省青溪县某小学校长）

漫话校园
“减负”
林　涛　绘

短评快语
　　●图书角不该只是摆设，借阅记录比书
架更能说明问题。
　　●放学后的托管服务，重在“管”好，更
要“托”稳。
"""


def test_a_cartoons_title_over_its_maker_under_its_label_is_a_photo() -> None:
    items = read_items(_LABELLED_CARTOON)
    photo = next(it for it in items if isinstance(it, Photo))
    assert (photo.source.first, photo.source.last) == (6, 8)
    assert photo.title == "“减负”"
    assert not photo.caption
    assert photo.byline is not None and not photo.byline.photographers
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.last == 4
    briefs = [it for it in items if isinstance(it, Article) and it.source.first >= 10]
    assert [b.kicker for b in briefs] == ["短评快语", "短评快语"]
    assert [b.source.first for b in briefs] == [10, 13]


_BARE_CARTOON = """课堂提问，别只问“会不会”
□ 郑晓岚
　　一节课问上几十个“会不会”“懂不懂”，学生齐声回答，看似热闹，实则流于形式。

“刷题”之外
何　宁　绘
"""


def test_a_cartoons_title_over_its_maker_alone_is_a_photo() -> None:
    items = read_items(_BARE_CARTOON)
    photo = next(it for it in items if isinstance(it, Photo))
    assert (photo.source.first, photo.source.last) == (5, 6)
    assert photo.title == "“刷题”之外"
    assert photo.byline is not None and not photo.byline.photographers
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.last == 3


# --------------------------------------------- a box of figures set flush, one a line, under its title

_FLUSH_FIGURES = """青溪港集装箱吞吐量创新高
通讯员　韩　松
　　今年以来，青溪港加快智慧码头建设，集装箱吞吐量
持续攀升，上半年完成86.4万标箱，同比增长12.7%。

数读青溪港
上半年货物吞吐量达到4120万吨
新开集装箱航线5条，通达港口38个
自动化岸桥增至14台，作业效率提高23%
海铁联运量突破9万标箱

绿色航运示范区启动建设
　　日前，青溪绿色航运示范区正式启动建设，首批3艘
电动货轮将于年内投入运营。
"""


def test_a_box_of_figures_set_flush_under_its_title_is_one_article_a_row_a_paragraph() -> None:
    items = read_items(_FLUSH_FIGURES)
    box = next(it for it in items if isinstance(it, Article) and it.source.first == 6)
    assert box.source.last == 10
    assert box.headline == "数读青溪港"
    assert box.paragraphs == (
        "上半年货物吞吐量达到4120万吨",
        "新开集装箱航线5条，通达港口38个",
        "自动化岸桥增至14台，作业效率提高23%",
        "海铁联运量突破9万标箱",
    )
    heads = [it.headline for it in items if isinstance(it, Article)]
    assert heads == ["青溪港集装箱吞吐量创新高", "数读青溪港", "绿色航运示范区启动建设"]


# ------------------------------ a pupil's essay signed with the school, then the grade and class apart

_PUPIL_ESSAY = """外婆的菜园
青溪县实验小学　四年级（2）班　宋可馨
　　外婆家门前有一块小菜园，一年四季都绿油油的。
　　春天，外婆种下黄瓜和豆角；到了夏天，藤蔓爬满了竹架。
（指导教师　何　静）

第一次做饭
祁　航　青溪县第二中学　初一（5）班
　　周末，妈妈加班，我决定自己做一顿午饭。
　　虽然番茄炒蛋有点咸，但爸爸说这是他吃过最香的一顿饭。
"""


def test_a_pupils_school_and_class_set_apart_under_the_title_sign_the_essay() -> None:
    items = read_items(_PUPIL_ESSAY)
    essays = [it for it in items if isinstance(it, Article)]
    assert [e.headline for e in essays] == ["外婆的菜园", "第一次做饭"]
    assert [e.kicker for e in essays] == [None, None]
    assert [e.source.first for e in essays] == [1, 7]
    for essay, pupil in zip(essays, ("宋可馨", "祁航"), strict=True):
        assert essay.byline is not None and not essay.byline.reporters
        assert any(pupil in credit.names for credit in essay.byline.others)
    assert essays[0].paragraphs[0] == "外婆家门前有一块小菜园，一年四季都绿油油的。"


# ------------------------------------------ a numbered list's next point giving the number to call

_NUMBERED_CALL = """赏荷小贴士
1.南湖公园荷花观赏区每日6时开放，清晨光线柔和，
适合拍照。
2.园内禁止采摘荷花、莲蓬，请文明赏花。
3.周末客流较大，建议乘坐公交32路前往。
4.咨询电话：0571-8765××××

古镇夜游
　　青溪古镇夜游项目本周六开放，游客可乘画舫游览古运河。
"""


def test_a_numbered_points_next_number_giving_a_phone_is_the_lists_next_point() -> None:
    items = read_items(_NUMBERED_CALL)
    box = next(it for it in items if isinstance(it, Article) and it.headline == "赏荷小贴士")
    assert box.source.last == 6
    assert len(box.paragraphs) == 4
    assert box.paragraphs[-1].startswith("4.咨询电话")
    assert not any(it.source.first == 6 and it is not box for it in items)


# ------------------------------ a paragraph's flush line read as a paragraph of its own, two layouts

_DATELINE_ALONE = """青溪：茶叶电商“出圈”忙
　　本报讯（记者　程　远　通讯员　孔　岚）
5月6日，在青溪县茶山镇一家茶企的直播间
里，主播正向网友介绍今年新采的明前龙井。
今年以来，该县茶叶线上销售额同比增长约
三成，产品远销20多个省份。
　　“以前主要靠批发商上门收购，现在订单
直接来自全国各地。”企业负责人卫东说。
"""


def test_a_flush_line_after_a_full_line_under_a_dateline_alone_goes_on_with_its_paragraph() -> None:
    items = read_items(_DATELINE_ALONE)
    story = next(it for it in items if isinstance(it, Article))
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].startswith("5月6日，")
    assert story.paragraphs[0].endswith("产品远销20多个省份。")


_CUT_AFTER_BLANK = """返乡青年种出“智慧菜”
　　清晨，青溪县北营村的蔬菜大棚里，水肥一体机正按设定程序为番茄
苗补水。今年全村新建智能大棚12座，带动40余户村民增收。
　　在南营村，27岁的韩雨桐则把心思花在了“卖”上。

她注册了“雨桐小菜园”品牌，通过直播和社区团购，把自家种的彩
椒卖到了杭州、南京，每斤售价比批发市场高出2元左右。
　　据统计，全县目前有返乡创业青年1600余人，领办合作社、家庭农场
300余家。
"""


def test_a_cut_line_of_clauses_set_flush_after_a_blank_goes_on_with_its_paragraph() -> None:
    items = read_items(_CUT_AFTER_BLANK)
    story = next(it for it in items if isinstance(it, Article))
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].startswith("在南营村，")
    assert story.paragraphs[1].endswith("每斤售价比批发市场高出2元左右。")


# ------------------------------------------------ a bracketed note set solid under a listing's last row

_NOTE_UNDER_ROWS = """■觅食小贴士
城区米粉店推荐
青溪路老周米粉　营业时间：6:00—14:00
南门街阿香粉铺　营业时间：6:30—20:00
东湖县城刘记粉馆　营业时间：7:00—13:30
人均消费：10元至20元
（以上信息仅供参考，以店家公告为准）
"""


def test_a_bracketed_note_under_a_short_row_is_a_paragraph_of_its_own() -> None:
    items = read_items(_NOTE_UNDER_ROWS)
    box = next(it for it in items if isinstance(it, Article))
    assert box.paragraphs[-2].endswith("人均消费：10元至20元")
    assert box.paragraphs[-1] == "（以上信息仅供参考，以店家公告为准）"
