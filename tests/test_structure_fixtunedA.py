"""Failure classes rounds 40-41 showed (issue 10, fixtunedA): under a story that credits its pictures
(文/图) and opens every paragraph with an indent, a flush line set solid under its paragraph's last
line, one sentence ending in 。, is that paragraph's wrap, not a caption, when the line above filled
a narrow column (a paragraph of one short line, under a subhead) or when the story's next marked
part heads the line below (◇ subhead): only a picture's caption closing the story stands there.
Snippets written for these tests in the style of city and county papers (invented names, places
and figures; no blind page's text): each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Credit, Notice, Photo, Weather
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout

# ------------------------------------ a narrow column: the paragraph's one line under a subhead is full

_NARROW_COLUMN = """
河湾村：一棵果树带富一方乡亲
本报记者　周　明　文/图
　　初夏时节，河湾村的果园里果香阵阵，一
辆辆冷链货车停在村口，村民们忙着分拣、
装箱，每天有120多吨鲜果从这里运往各地。
◇　从“各管各”到“一起干”
　　河湾村种植果树的历史已有近三百年了。
过去，村民各自为战，销路窄、价格低。
近年来，村里成立合作社，统一品种、统一
标准，带动全村280户入社。
◇　从“卖鲜果”到“卖品牌”
　　去年，全村果品销售额突破九千万元，
村集体经济收入翻了一番。
"""


def test_a_flush_line_under_a_full_narrow_line_ending_its_sentence_is_the_paragraphs_wrap() -> None:
    items = _items(_NARROW_COLUMN)
    assert _layout(items) == [("article", 2, 14)]
    (story,) = items
    assert isinstance(story, Article)
    assert story.paragraphs[1] == (
        "河湾村种植果树的历史已有近三百年了。过去，村民各自为战，销路窄、价格低。"
        "近年来，村里成立合作社，统一品种、统一标准，带动全村280户入社。"
    )
    assert [s.text for s in story.subheads] == ["从“各管各”到“一起干”", "从“卖鲜果”到“卖品牌”"]


# ------------------------------------ the story's next marked part below the flush line

_NEXT_PART_BELOW = """
“每一道工序，都是一份答卷”
——访省级技能大师、某某机床厂装配钳工王立新
本报记者　陈　红　文/图
◇ 从学徒到师傅
    记者：您是怎么走上钳工这条路的？
    王立新：那年我从技校毕业进厂，第一天师傅就让我锉一块铁，
锉了整整一个月，手上全是血泡。师傅说，手上有准头，心里才有底。
    记者：最难的一次是什么时候？
    王立新：那年厂里接了一台精密机床的订单，精度要求极高返工了。
后来我们总算干成了。
◇ 把本事教出去
    记者：您现在带了多少徒弟？
    王立新：前后三十多个，有好几个已经是技师了，我常跟他们说，技
术不是藏着的东西，教会一个是一个。我们每周开一次“钳工课堂”，
把新问题拿出来一起琢磨。
"""


def test_a_short_flush_line_before_the_storys_own_marked_subhead_ends_its_paragraph() -> None:
    items = _items(_NEXT_PART_BELOW)
    assert _layout(items) == [("article", 2, 16)]
    (story,) = items
    assert isinstance(story, Article)
    assert "精度要求极高返工了。后来我们总算干成了。" in story.paragraphs[3]
    assert [s.text for s in story.subheads] == ["从学徒到师傅", "把本事教出去"]


# ------------------------------------ the paper's hotline box, its number set as a field

_HOTLINE_BOX = """
社区动态
　　东园社区新建的老年活动中心本周开放，每天上午8时至
下午5时免费向辖区老人开放。

读者热线
　　本报“民生帮办”读者热线每周二下午开通，邀请相关部门
负责人接听读者来电，回应群众关切。
　　热线电话：0000-1234567
　　开通时间：每周二14:00—16:00
　　本周嘉宾：市住建局物业科负责人

晨报地址：某某市北城区和平路　全年定价 180元
"""


def test_a_hotline_title_over_prose_and_its_number_set_as_a_field_is_a_notice() -> None:
    items = _items(_HOTLINE_BOX)
    assert _layout(items) == [("article", 2, 4), ("notice", 6, 11)]
    notice = items[1]
    assert isinstance(notice, Notice)
    assert notice.label == "读者热线"
    assert notice.text.startswith("本报“民生帮办”读者热线每周二下午开通")
    assert "热线电话：0000-1234567" in notice.text


# a story inviting calls, the number in its sentence, stays a story under its title
_HOTLINE_STORY = """
读者热线
　　本版开设“读者热线”栏目，读者如有疑问，可拨打热线电话
0000-1234567，我们将邀请有关部门为您解答。
"""


def test_a_hotline_title_over_a_sentence_naming_the_number_stays_an_article() -> None:
    items = _items(_HOTLINE_STORY)
    assert _layout(items) == [("article", 2, 4)]


# ------------------------------------ a column's label framed (〓…〓, 〔…〕) or run in before the title

_FRAMED_COLUMN = """
〓县区传真〓
●东山县：东山县近日开通首条城乡公交快线，全程
38公里，每天往返12班。
●西岭镇：西岭镇日前完成12个村的自来水管网改造，
受益群众4000余人。
"""


def test_the_marks_framing_a_columns_label_are_no_part_of_the_briefs_kicker() -> None:
    items = _items(_FRAMED_COLUMN)
    assert _layout(items) == [("article", 2, 4), ("article", 5, 6)]
    assert all(isinstance(a, Article) and a.kicker == "县区传真" for a in items)


_BRACKETED_LABEL_LEAD = """
【时评】让每一条小巷都亮起来
本报评论员
　　入冬以来，城区不少老旧小巷的路灯陆续修复，居民夜间出行
方便了许多。
　　小事连着民心。把群众身边的“小亮点”做实，城市才有温度。
"""


def test_a_bracketed_label_run_in_before_a_signed_title_is_its_kicker() -> None:
    items = _items(_BRACKETED_LABEL_LEAD)
    assert _layout(items) == [("article", 2, 6)]
    (story,) = items
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("时评", "让每一条小巷都亮起来")
    assert story.paragraphs[0] == "入冬以来，城区不少老旧小巷的路灯陆续修复，居民夜间出行方便了许多。"


# ------------------------------------ a trade paper's name (…交通报), a short name at a desk line's end

_TRADE_PAPER_TOP = """中国物流交通报
2026年6月9日　星期二
5
行业动态
责任编辑：王　晨　　版式：李　静

某某港集装箱吞吐量创新高
　　本报讯　今年前5个月，某某港完成集装箱吞吐量120万标准箱，同比增长9%。
"""

_SHORT_NAME_AFTER_DESK = """2026年6月9日　星期二
第4版
社区·民生
责任编辑　王　晨　　　　　　　　　　　　青浦报

某某街道新增三处口袋公园
　　本报讯　近日，某某街道新建的三处口袋公园向市民开放。
"""


def test_a_name_ending_in_a_kind_of_trade_paper_is_the_papers_name() -> None:
    parsed = parse_page(_TRADE_PAPER_TOP)
    assert_nothing_lost(_TRADE_PAPER_TOP, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("中国物流交通报", "2026-06-09", "5", "行业动态")


def test_a_short_papers_name_closing_the_desk_line_at_the_top_is_the_papers_name() -> None:
    parsed = parse_page(_SHORT_NAME_AFTER_DESK)
    assert_nothing_lost(_SHORT_NAME_AFTER_DESK, parsed)
    assert parsed.masthead.newspaper == "青浦报"


# ------------------------------------ a forecast's dressing advice under its readings

_FORECAST_WITH_ADVICE = """
北川天气
北川县气象台11月20日16时发布
今天夜间：多云，最低气温2℃
明天白天：晴，北风2到3级，最高气温12℃
空气质量：良
穿衣提示：早晚温差大，建议穿厚外套。
"""


def test_a_dressing_tip_under_the_readings_is_the_forecasts() -> None:
    items = _items(_FORECAST_WITH_ADVICE)
    assert _layout(items) == [("weather", 2, 7)]
    (weather,) = items
    assert isinstance(weather, Weather)
    assert weather.text.endswith("穿衣提示：早晚温差大，建议穿厚外套。")


# ------------------------------------ an English title with an ampersand among the masthead's lines

_AMPERSAND_TITLE = """中国茶叶报
CHINA TEA & TRADE
2026年6月9日　星期二
第3版
产业经济
本版编辑：沈　清

某某茶园春茶开采
　　本报讯　近日，某某茶园春茶开采，预计产量同比增长一成。
"""


def test_an_english_title_joined_by_an_ampersand_is_the_mastheads() -> None:
    parsed = parse_page(_AMPERSAND_TITLE)
    assert_nothing_lost(_AMPERSAND_TITLE, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("中国茶叶报", "2026-06-09", "第3版", "产业经济")
    assert [(i.type, i.source.first) for i in parsed.items] == [("article", 8)]


# ------------------------------------ a dated scene set apart under a story that credits its pictures

_DATED_SCENE = """
非遗剪纸进社区
文/图　本报记者　林　帆
    本报讯　4月8日，“非遗剪纸进社区”活动在城南社区举行，
30余名居民跟着剪纸传承人学剪窗花、福字。
    据了解，城南社区今年将开设非遗课堂12期，内容涵盖剪纸、
面塑、刺绣等。

　　4月8日，城南社区居民在传承人指导下学剪窗花。

老城区新增三处停车场
　　本报讯　近日，老城区新建的三处公共停车场投入使用，新增泊位420个。
"""


def test_a_dated_scene_set_apart_under_a_story_crediting_its_pictures_is_their_caption() -> None:
    items = _items(_DATED_SCENE)
    assert _layout(items) == [("article", 2, 7), ("photo", 9, 9), ("article", 11, 12)]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert photo.caption == "4月8日，城南社区居民在传承人指导下学剪窗花。"


# ------------------------------------ a second table set apart under the rows of a story's first

_TWO_TABLES = """
县乡村篮球赛第二轮战罢
本报记者　高　原
    本报讯　6月14日，县乡村篮球赛第二轮在县体育馆举行，东关
村队以68比60战胜西沟村队，取得两连胜。
    本届比赛共有6支村队参赛，将持续至7月中旬。
第二轮比赛结果
主队　　　　比分　　客队
东关村队　　68:60　　西沟村队
南岭村队　　55:57　　北坡村队

积分榜（前三名）
名次　队名　　　胜　负　积分
1　　东关村队　2　 0　 4
2　　北坡村队　1　 1　 3
3　　南岭村队　1　 1　 3
"""


def test_a_second_table_set_apart_under_a_storys_table_stands_on_its_own() -> None:
    # (the golds set a titled table apart under a story's own table as a box of its own, 8 to 1:
    # the blank ends the story, as it does under a story's prose)
    items = _items(_TWO_TABLES)
    assert _layout(items) == [("article", 2, 10), ("article", 12, 16)]
    story, standings = items
    assert isinstance(story, Article) and isinstance(standings, Article)
    assert story.paragraphs[-1].split() == ["南岭村队", "55:57", "北坡村队"]
    assert (standings.headline, len(standings.paragraphs)) == ("积分榜（前三名）", 4)
    assert story.subheads == ()


# ------------------------------------ an offer's title over its terms and the number to call

_OFFER_AD = """
夏季游泳安全提示
　　夏季是溺水事故高发期，游泳请选择正规场所，不要到无安全设施的
野外水域游泳。

湖滨乐园暑期特惠
　　7月1日至8月31日，凭本人学生证，
中小学生入园门票享受五折优惠。
乐园咨询电话：0000-7654321
"""


def test_an_offers_title_over_its_terms_down_to_the_number_to_call_is_an_ad() -> None:
    items = _items(_OFFER_AD)
    assert _layout(items) == [("article", 2, 4), ("advertisement", 6, 9)]


# ------------------------------------ the paper's channel among a box's contacts

_CONTACTS_BOX = """
社区食堂开进老小区
　　本报讯　近日，东城区又有3家社区食堂开门迎客，老人就餐可享八折。

“晚报帮办”维权热线
0000-1234567
微信公众号：青溪晚报
工作日9:00-17:00　欢迎读者来电反映
"""


def test_the_papers_channel_set_among_a_boxs_contacts_is_the_boxs() -> None:
    items = _items(_CONTACTS_BOX)
    assert _layout(items) == [("article", 2, 3), ("advertisement", 5, 8)]


# ------------------------------------ two padded names, the second ending in 文

_PADDED_NAMES = """
全市春季植树活动启动
本报记者　周　航　陈　文
　　本报讯　3月12日，全市春季义务植树活动启动，2000余名干部群众参加。
"""


def test_padded_names_pair_up_though_the_last_character_is_a_credit_word() -> None:
    (story,) = _items(_PADDED_NAMES)
    assert isinstance(story, Article)
    assert story.byline is not None and story.byline.reporters == ("周航", "陈文")


# ------------------------------------ 今日 and a place beside the page's word on one masthead line

_TODAY_NAME_BESIDE_SECTION = """3
今日青溪　　综合
2026年9月15日　星期二
编辑：王　丽　　校对：陈　宁

青溪县秋粮收购全面展开
　　本报讯　近日，青溪县秋粮收购全面展开，已收购稻谷1.2万吨。
"""


def test_today_and_a_place_beside_the_pages_word_is_the_papers_name() -> None:
    parsed = parse_page(_TODAY_NAME_BESIDE_SECTION)
    assert_nothing_lost(_TODAY_NAME_BESIDE_SECTION, parsed)
    m = parsed.masthead
    assert (m.newspaper, m.date, m.page_label, m.section) == ("今日青溪", "2026-09-15", "3", "综合")


# ------------------------------------ the desk's credits, each role set off by a mark

_MARKED_DESK_LINE = """青溪日报
2026年4月8日　星期三
县区新闻　　03
■责任编辑：王秋燕　■美术编辑：蓝　宁　■校对：覃　丽

青溪：山羊养殖带富一方
　　本报讯　近年来，青溪县发展山羊养殖，带动3000余户群众增收。
"""


def test_a_desk_line_marking_each_role_is_the_mastheads_furniture() -> None:
    parsed = parse_page(_MARKED_DESK_LINE)
    assert_nothing_lost(_MARKED_DESK_LINE, parsed)
    assert [(i.type, i.source.first) for i in parsed.items] == [("article", 6)]


# ------------------------------------ points closed by semicolons, each opening on the indent

_SEMICOLON_POINTS = """
反诈提醒
　　凡是自称“客服”要求共享屏幕的，
都是诈骗；
　　凡是要求先交“解冻费”的贷款，
都是诈骗；
　　遇到可疑情况，请及时拨打反诈专线咨询。
"""


def test_points_closed_by_semicolons_each_on_the_indent_are_paragraphs() -> None:
    (story,) = _items(_SEMICOLON_POINTS)
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "凡是自称“客服”要求共享屏幕的，都是诈骗；",
        "凡是要求先交“解冻费”的贷款，都是诈骗；",
        "遇到可疑情况，请及时拨打反诈专线咨询。",
    )


# ------------------------------------ a line cut inside a code, the next opening on figures and 、

_CODE_CUT = """
镇域公交新开两条线路
    本报讯　7月1日起，某某镇新开通K
31、K32两条镇域公交线路，串联8个行政村，票价2元。
"""


def test_figures_and_a_comma_under_a_line_cut_inside_a_code_go_on_with_it() -> None:
    (story,) = _items(_CODE_CUT)
    assert isinstance(story, Article)
    assert story.paragraphs == ("7月1日起，某某镇新开通K31、K32两条镇域公交线路，串联8个行政村，票价2元。",)


# ------------------------------------ the desk's call for contributions over its mailbox at the foot

_CALL_AT_FOOT = """
合作社带农户种上订单玉米
　　本报讯　今年，某某县农民专业合作社与加工企业签订订单，带动
农户种植玉米2万亩。

欢迎各乡镇通讯员踊跃投稿
投稿邮箱：xiangzhen_news@163.com
"""


def test_a_call_for_contributions_over_the_desks_mailbox_at_the_foot_is_furniture() -> None:
    items = _items(_CALL_AT_FOOT)
    assert _layout(items) == [("article", 2, 4)]


# ------------------------------------ where a reprinted comment came from, on its own line

_REPRINTED = """
观点摘编
“城市漫步”走红的背后
　　周末走街串巷、看老建筑、逛小店，“城市漫步”正成为年轻人
的新选择。城市管理者要读懂这份需求，把街区打造得更有温度。
——摘自《某某日报》
"""


def test_a_reprint_source_under_the_last_paragraph_is_a_credit_not_a_paragraph() -> None:
    (story,) = _items(_REPRINTED)
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "周末走街串巷、看老建筑、逛小店，“城市漫步”正成为年轻人的新选择。城市管理者要读懂这份需求，把街区打造得更有温度。",
    )
    assert story.byline is not None and story.byline.others == (Credit("摘自", ("《某某日报》",)),)


# ------------------------------------ numbered points opening on the indent, wrapped flush

_INDENTED_POINTS = """
医保小贴士
门诊费用跨省直接结算怎么办
　　1.参保人可通过医保服务平台小程
序办理备案，填写相关信息后即可在线提交。
　　2.备案后在就医地定点医院就诊，
出院时直接结算，无需垫付全部费用。
"""


def test_a_short_numbered_point_on_the_indent_wraps_onto_the_flush_line_under_it() -> None:
    (story,) = _items(_INDENTED_POINTS)
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "1.参保人可通过医保服务平台小程序办理备案，填写相关信息后即可在线提交。",
        "2.备案后在就医地定点医院就诊，出院时直接结算，无需垫付全部费用。",
    )


# ------------------------------------ numbered points 一要…； / 二要…； set solid and flush

_NUMBERED_SEMICOLON_POINTS = """
健康提醒
冬季锻炼“三要三不要”
一要循序渐进，不要突然剧烈运动；
二要注意保暖，不要大汗后吹冷风；
三要补充水分，不要空腹锻炼。
"""


def test_numbered_points_closed_by_semicolons_are_paragraphs_each() -> None:
    (story,) = _items(_NUMBERED_SEMICOLON_POINTS)
    assert isinstance(story, Article)
    assert story.paragraphs == (
        "一要循序渐进，不要突然剧烈运动；",
        "二要注意保暖，不要大汗后吹冷风；",
        "三要补充水分，不要空腹锻炼。",
    )


# ------------------------------------ a classified column whose entries wrap onto their phones

_WRAPPED_CLASSIFIEDS = """
分类信息
◆出租：城东路临街商铺80平方米，水电齐全，
适合餐饮。电话：13800000001
◆招聘：某物流公司招聘仓管员2名，待遇
面议。电话：0000-7654321
"""


def test_classified_entries_wrapped_onto_their_phones_are_one_ad() -> None:
    items = _items(_WRAPPED_CLASSIFIEDS)
    assert _layout(items) == [("advertisement", 2, 6)]


# ------------------------------------ a line to call over a prompt that only follows a channel

_CHANNEL_PROMPT_UNDER_HOTLINE = """
城区新增3处口袋公园
　　本报讯　近日，城区新建的3处口袋公园向市民开放。（记者　韩　雪）

青溪报热线：0000-22698000
扫码关注“青溪发布”
获取更多城事资讯
"""

_TIP_PROMPT_OVER_HOTLINE = """
城区新增3处口袋公园
　　本报讯　近日，城区新建的3处口袋公园向市民开放。（记者　韩　雪）

扫码下载“青溪新闻”客户端
爆料有奖　24小时新闻热线：0000-8155555
"""


def test_a_prompt_following_a_channel_starts_under_the_line_to_call_over_it() -> None:
    items = _items(_CHANNEL_PROMPT_UNDER_HOTLINE)
    assert [(i.type, i.source.first, i.source.last) for i in items if i.type == "qr_prompt"] == [
        ("qr_prompt", 6, 7)
    ]


def test_the_newsrooms_line_under_a_prompt_is_the_prompts() -> None:
    items = _items(_TIP_PROMPT_OVER_HOTLINE)
    assert _layout(items) == [("article", 2, 3), ("qr_prompt", 5, 6)]


# ------------------------------------ the paper's line to print a notice, at the page's foot

_PRINT_LINE_AT_FOOT = """
城北社区开展冬季消防演练
　　本报讯　近日，城北社区联合消防救援站开展冬季消防演练，200余名居民参加。

登报热线：0000-3103600　地址：某某市城北大街
"""


def test_the_papers_line_to_call_at_the_foot_is_furniture() -> None:
    items = _items(_PRINT_LINE_AT_FOOT)
    assert _layout(items) == [("article", 2, 3)]


# ------------------------------------ a QR prompt leading a short line of the desk's contacts

_PROMPT_FIRST = """
锐评
“刷题式”打卡该降降温了
　　一些学校要求学生每天在小程序上打卡刷题，家长苦不堪言。
　　作业的意义在于巩固所学，不在于打卡次数。

扫码关注某某评论　欢迎来稿：pinglun@example.com
"""


def test_a_line_of_contacts_led_by_a_qr_prompt_is_the_prompt() -> None:
    items = _items(_PROMPT_FIRST)
    assert _layout(items) == [("article", 2, 5), ("qr_prompt", 7, 7)]


# ------------------------------------ the paper's line with its prompt under a notice

_PROMPT_UNDER_NOTICE = """
寻物启事
本人于12月6日下午在人民公园附近遗失黑色双肩包一个，内有重要资料，有拾到者请联系13800000002，必有酬谢。

新闻热线：0000-84633000　扫码关注某某日报官方微博
"""


def test_the_papers_line_with_its_prompt_under_a_notice_is_the_prompt_not_the_notices() -> None:
    items = _items(_PROMPT_UNDER_NOTICE)
    assert _layout(items) == [("notice", 2, 3), ("qr_prompt", 5, 5)]
