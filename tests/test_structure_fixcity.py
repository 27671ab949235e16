"""City, photo and health pages (issue 10, rounds 21–24), on snippets written for these tests in
the style of evening papers and city dailies (invented text, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader.bylines import parse_byline
from tests.test_structure_columns import _items, _layout

# ------------------------------------------------------------------ a desk line by rank

_CHIEF_EDITOR = """B05
城事
东江晚报　2026年3月2日　星期一
首席编辑：孟 川　美编：齐 岚　校对：罗 敏
老街巷里的“共享菜园”
东河区今年已建成社区菜园12处，“认领制”让闲地变成了绿地
文/晚报记者 韦 宁　图/晚报记者 柯 岩
　　3月1日上午，东河区松柏街道的“共享菜园”迎来开春第一次播种，20多位居民带着孩子种下了青菜和萝卜。
　　菜园由街道闲置地块改造而成，按户认领，每户每年只需交纳30元水费。
"""


def test_a_chief_editor_heads_the_desk_line_not_a_story() -> None:
    # 首席编辑 is a desk's rank like 主编: its line is the page's furniture, not the kicker of the
    # story under it
    items = _items(_CHIEF_EDITOR)
    assert _layout(items) == [("article", 5, 9)]
    story = items[0]
    assert isinstance(story, Article)
    assert story.kicker is None
    assert story.headline == "老街巷里的“共享菜园”"
    assert story.byline is not None and story.byline.photographers == ("柯岩",)


# ------------------------------------------------------------------ a caption under a story

_CAPTIONS_SET_SOLID = """秋收时节稻谷香
　　9月20日，西岭镇的稻田里，农民驾驶收割机抢收水稻。
本报记者　苗　青　摄
山村通上“致富路”
文/图　本报记者　甘　露
　　9月18日，东坪村至县城的硬化公路正式通车，全长12.6公里。
　　“以前卖山货要走两个小时山路，现在半小时就到县城了。”村民老罗说。
施工人员在新建公路上做最后的检查。
古镇夜色美
　　国庆前夕，临水古镇亮起灯光，游客沿河漫步。
通讯员　鲁　平　摄
"""


def test_a_flush_caption_under_an_indented_story_with_a_head_set_solid_below() -> None:
    # the story's paragraphs open with an indent; a flush sentence under them, the next
    # picture's title set solid below it, is the story's picture's caption (no credit of its own)
    items = _items(_CAPTIONS_SET_SOLID)
    assert _layout(items) == [("photo", 1, 3), ("article", 4, 7), ("photo", 8, 8), ("photo", 9, 11)]
    story, caption = items[1], items[2]
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(caption, Photo)
    assert caption.caption == "施工人员在新建公路上做最后的检查。"
    assert caption.title is None and caption.byline is None


# ------------------------------------------------------------------ a column of run-in briefs ends

_RUN_IN_COLUMN = """东湖大桥主体完工
　　本报讯（记者　常　宁）4月3日，东湖大桥主体工程完工，预计6月底通车。

县域快报
【北山】北山县首届杏花节4月2日开幕，活动将持续半个月。
【南湖】南湖区新建口袋公园8个，均已向市民开放。（记者　封　岚）
{gap}老粮站变身文创街区
　　本报讯（记者　尹　舟）近日，城关镇老粮站改造完成，12家文创店铺入驻营业。
　　街区保留了粮仓的木结构屋顶，成为市民拍照打卡的新去处。
"""


def test_a_head_on_its_own_line_ends_a_column_of_run_in_briefs() -> None:
    # 【place】text briefs run their heads in before their text; a head on a line of its own,
    # set apart or solid, is no brief of the column and takes no kicker from it
    for gap in ("", "\n"):
        items = _items(_RUN_IN_COLUMN.format(gap=gap))
        off = len(gap)
        assert _layout(items)[1:] == [("article", 4, 5), ("article", 6, 6), ("article", 7 + off, 9 + off)]
        assert [a.kicker for a in items if isinstance(a, Article)] == [None, "县域快报", "县域快报", None]
        story = items[3]
        assert isinstance(story, Article) and story.headline == "老粮站变身文创街区"


# ------------------------------------------------------------------ run-in part labels under a byline

_CASE_PARTS = """以案说法
租客退租押金被扣 法院这样判
■全媒体记者　晏　秋
【案情】租客小林退租时，房东以墙面有污渍为由扣下全部押金3000元，小林诉至法院。
【说法】法院审理认为，墙面污渍属正常使用损耗，判决房东退还押金。
【法官提醒】签订租赁合同时应约定房屋交付状态，退租时双方共同验房。
"""


def test_run_in_part_labels_under_a_story_byline_open_its_paragraphs() -> None:
    # 【案情】… right under a head and its byline is the story's first part, not a column of
    # briefs; the label run in before its text stays at the head of the paragraph as printed
    items = _items(_CASE_PARTS)
    assert _layout(items) == [("article", 1, 6)]
    story = items[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("以案说法", "租客退租押金被扣法院这样判")
    assert [p[:4] for p in story.paragraphs] == ["【案情】", "【说法】", "【法官提"]
    assert story.subheads == ()


# ------------------------------------------------------------------ a table set apart under a story

_SCHEDULE_UNDER_STORY = """市青少年游泳锦标赛落幕
■本报记者　边　远
　　5月12日，市青少年游泳锦标赛在市体育中心游泳馆落幕，300余名选手参加了32个项目的角逐。
　　本次比赛成绩将作为市游泳集训队选拔的重要依据。

下周赛事看点
5月19日　10:00　市民健身跑　滨江绿道
5月20日　14:30　城市篮球联赛　市体育馆
5月21日　19:00　业余足球联赛决赛　奥体中心
"""


def test_a_titled_table_set_apart_under_a_two_paragraph_story_set_solid_stands_alone() -> None:
    # two paragraphs set solid are a story set solid: the blank under it ends it, and the
    # titled rows below are a box of their own
    items = _items(_SCHEDULE_UNDER_STORY)
    assert _layout(items) == [("article", 1, 4), ("article", 6, 9)]
    story, table = items
    assert isinstance(story, Article) and len(story.paragraphs) == 2
    assert isinstance(table, Article) and table.headline == "下周赛事看点"
    assert len(table.paragraphs) == 3


def test_an_apps_name_before_its_papers_reporter_role_is_no_name() -> None:
    # 某某云/某某日报记者: the app and its paper name one role, as 某报/某某客户端记者 does
    byline = parse_byline("□东岭云/东岭日报记者 马　骁 阿依夏·卡德尔")
    assert byline is not None
    assert byline.reporters == ("马骁", "阿依夏·卡德尔")
    shot = parse_byline("东岭云/东岭日报记者 韩　松 摄")
    assert shot is not None and shot.photographers == ("韩松",)


# ------------------------------------------------------------------ ads: a QR line or a postal code

_AD_QR_OVER_PHONE = """东湖大桥主体完工
　　本报讯（记者　常　宁）4月3日，东湖大桥主体工程完工，预计6月底通车。

青峰农商银行
“春耕贷”助农增收　最高额度30万元
随借随还　按日计息
扫码即可申请
服务热线：96588
"""

_SUBSCRIPTION_AD = """东湖大桥主体完工
　　本报讯（记者　常　宁）4月3日，东湖大桥主体工程完工，预计6月底通车。

2027年度《东岭晚报》征订开始啦
邮发代号：27-15　每周一至周五出版
全年订价：360元　　各地邮局均可订阅
订阅热线：0931-8123456
"""


def test_a_qr_line_set_solid_over_an_ads_contacts_is_the_ads() -> None:
    # 扫码即可申请 / 服务热线：…: the ad's call to act, over its number as well as under it
    items = _items(_AD_QR_OVER_PHONE)
    assert _layout(items) == [("article", 1, 2), ("advertisement", 4, 8)]


def test_a_postal_code_inside_a_subscription_ad_is_the_ads_terms() -> None:
    # 邮发代号 under the ad's call and over its hotline: what to order it by, not the imprint
    items = _items(_SUBSCRIPTION_AD)
    assert _layout(items) == [("article", 1, 2), ("advertisement", 4, 7)]


# ------------------------------------------------------------------ a writer and where they work

_DOCTOR_WRITES = """秋季腹泻高发　这些细节要注意
文/孟　楠（东岭市中心医院消化内科）

　　入秋以后，昼夜温差加大，不少老人出现腹泻症状。
　　医生提醒，饭菜要现做现吃，隔夜饭菜务必热透。
"""


def test_a_writers_affiliation_in_brackets_after_the_byline_keeps_it_a_byline() -> None:
    items = _items(_DOCTOR_WRITES)
    assert _layout(items) == [("article", 1, 5)]
    story = items[0]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline, story.subheadline) == (None, "秋季腹泻高发这些细节要注意", None)
    assert story.byline is not None and story.byline.reporters == ("孟楠",)
    assert parse_byline("记者 王强（实习）") is None  # (a bracket that names no workplace)


# ------------------------------------------------------------------ a letter signed with a place

_LETTER_THEN_STORY = """读者来信
楼道里的灯亮了
　　我家住的老楼楼道灯坏了大半年，晚上上下楼全靠手机照明。上个月反映给社区后，第二天就换上了新灯。
　　感谢社区为我们办了件暖心事！
东岭省青川市南湖区　韦秀英

冬季取暖谨防一氧化碳中毒
记住“三要三不要”
文/齐　峰（东岭市疾控中心）

　　进入采暖季，使用燃煤炉具取暖的家庭要特别注意通风。
"""


def test_a_letter_signed_with_the_writers_place_keeps_its_signature() -> None:
    # 某省某市某区　张三 under a letter: its writer, not the kicker of the story below
    items = _items(_LETTER_THEN_STORY)
    assert _layout(items) == [("article", 1, 5), ("article", 7, 11)]
    story = items[1]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == (None, "冬季取暖谨防一氧化碳中毒")
    assert story.byline is not None and story.byline.reporters == ("齐峰",)


# ------------------------------------------------------------------ a call for photos over photos

_CALL_FOR_PHOTOS = """“随手拍”征稿
本版“随手拍”栏目长期征集反映城乡新貌的摄影作品，来稿请注明拍摄时间和地点。
投稿邮箱：suishoupai@example.com
河畔晚霞
9月2日傍晚，青川河畔出现绚丽晚霞，市民纷纷驻足拍照。（读者　闻　涛　摄）
丰收的柿子
　　南湖镇的柿子园里，一个个柿子挂满枝头。
甄　青　摄
"""


def test_a_call_for_photos_ends_at_where_to_send_them() -> None:
    items = _items(_CALL_FOR_PHOTOS)
    assert _layout(items) == [("notice", 1, 3), ("photo", 4, 5), ("photo", 6, 8)]
    first = items[1]
    assert isinstance(first, Photo) and first.title == "河畔晚霞"


# ------------------------------------------------------------------ a sentence cut at a blank line

_CUT_AT_BLANK = """“出门两分钟就到菜场了”
南湖街道一条“断头路”打通记
■记者 甄 琳　通讯员 金一峰
　　“以前去菜场要绕一大圈，现在出门走两分钟就到了。”10月12日一早，家住南湖街道的朱阿姨拎着菜篮子往菜场走去。
　　这条长约200米的道路，一头连着小区，一头通向农贸市场，中间因一处厂房围墙

阻隔，多年来一直是条“断头路”。今年6月，社区收集到这一诉求后，街道会同相关企业多次协商。
　　记者了解到，道路于9月底完工，同步新增路灯12盏。
新铺好的道路上，居民出行更加便捷。
记者 甄 琳 摄
"""


def test_a_sentence_cut_at_a_blank_line_goes_on_flush_below_it() -> None:
    # 中间因一处厂房围墙 / blank / 阻隔，…: the column broke the sentence; the line of clauses
    # above the blank is no picture's title, and the flush line below no caption
    items = _items(_CUT_AT_BLANK)
    assert _layout(items) == [("article", 1, 8), ("photo", 9, 10)]
    story = items[0]
    assert isinstance(story, Article) and len(story.paragraphs) == 3
    assert story.paragraphs[1].endswith(
        "围墙阻隔，多年来一直是条“断头路”。今年6月，社区收集到这一诉求后，街道会同相关企业多次协商。"
    )


# ------------------------------------------------------------------ a part's label under a story

_ADVICE_PART = """网购“正品”球鞋竟是仿冒　商家被判退一赔三
　　本报记者 甘 霖　通讯员 韦 达
　　市民小罗花1200元在网上买了一双“正品”球鞋，鉴定却是仿冒品。近日，青川区人民法院审结此案。
　　法院审理认为，商家以仿冒品冒充正品，构成欺诈。
律师说法
　　“消费者购买高价商品时应保留聊天记录、付款凭证等证据。”承办法官提醒。
醉驾挪车30米　男子被判拘役
　　本报讯（记者 甘 霖）近日，青川区人民法院审理了一起危险驾驶案。
"""


def test_a_part_label_set_solid_under_a_story_heads_its_last_part() -> None:
    # 律师说法 alone over indented prose, set solid under the story's last paragraph: a
    # subhead of the story, not the headline of a story of its own
    items = _items(_ADVICE_PART)
    assert _layout(items) == [("article", 1, 6), ("article", 7, 8)]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["律师说法"]
    assert len(story.paragraphs) == 3
