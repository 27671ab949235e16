"""Wave 3's classes of photo boundaries, credits, datelines and HTML residue, each on snippets
written for it in the style of papers nobody listed (no text of the blind pages).

- a picture credited to its source (受访者供图), numbered captions under a line on them all
  (①…②…), 上图：/下图： captions standing alone, a photo's title under a blank after a poem;
- a paper's role word may open with Latin letters (ABC全媒体记者 王 强 摄): the photo keeps its
  title, caption and credit, and the story under it keeps its kicker, head and byline.
"""

from __future__ import annotations

from publisher.model import Article, Byline, Credit, Photo
from publisher.punctuation import strip_markup
from publisher.reader import parse_page
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _items, _layout


def test_a_role_word_opening_with_latin_letters_credits_a_photo_and_a_story() -> None:
    text = (
        "江畔晚霞\n7月2日傍晚，市民在滨江步道上拍摄晚霞，\n江面波光粼粼。\nHZT全媒体记者 周 涛 摄\n\n"
        "夏日文旅\n滨江夜市开市\n首周客流逾三万人次\nHZT全媒体记者 吴 敏  通讯员 钱立新\n\n"
        "本报7月2日讯 滨江夜市昨晚开市，80个摊位同时营业。\n"
    )
    items = _items(text)
    assert _layout(items) == [("photo", 1, 4), ("article", 6, 11)]
    photo, article = items
    assert isinstance(photo, Photo) and isinstance(article, Article)
    assert photo.title == "江畔晚霞"
    assert photo.caption == "7月2日傍晚，市民在滨江步道上拍摄晚霞，江面波光粼粼。"
    assert photo.byline is not None and photo.byline.photographers == ("周涛",)
    heads = (article.kicker, article.headline, article.subheadline)
    assert heads == ("夏日文旅", "滨江夜市开市", "首周客流逾三万人次")
    assert article.byline is not None
    assert (article.byline.reporters, article.byline.correspondents) == (("吴敏",), ("钱立新",))


def test_a_picture_credited_to_its_source_is_a_photo_and_the_story_below_starts_at_its_head() -> None:
    text = (
        "气象站的四十年\n本报记者 方 圆\n\n本报讯 老站长谈起往事，眼眶湿润了。\n\n"
        "1988年，年轻的李守业在气象站前留影。\n受访者供图\n\n"
        "编后\n坚守的分量\n\n几十年如一日，守住的是一方天空。\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 7), ("article", 9, 12)]
    photo = items[1]
    assert isinstance(photo, Photo)
    assert (photo.title, photo.caption) == (None, "1988年，年轻的李守业在气象站前留影。")
    # no photographer is named: the credit keeps who lent the picture
    assert photo.byline == Byline(others=(Credit("供图", ("受访者",)),))


def test_pointer_captions_after_a_story_are_each_a_photo_without_the_pointer() -> None:
    text = (
        "绣娘出山\n本报记者 许 文\n\n本报讯 王秀兰在绣坊里绣了四十年。\n\n"
        "上图：王秀兰在绣架前穿针引线。\n\n下图：王秀兰（左）向学徒示范针法。\n\n"
        "左图：绣坊里的作品。（本报记者 许 文 摄）\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 6), ("photo", 8, 8), ("photo", 10, 10)]
    captions = [(i.title, i.caption, i.byline) for i in items[1:3] if isinstance(i, Photo)]
    assert captions == [
        (None, "王秀兰在绣架前穿针引线。", None),
        (None, "王秀兰（左）向学徒示范针法。", None),
    ]
    credited = items[3]
    assert isinstance(credited, Photo) and credited.caption == "绣坊里的作品。"
    assert credited.byline is not None and credited.byline.photographers == ("许文",)


def test_numbered_captions_under_a_line_on_them_all_are_one_photo() -> None:
    text = (
        "社区邻里节开幕\n本报记者 何 静\n\n本报讯 昨日，社区举办了第三届邻里节。\n\n"
        "湿地迎来越冬候鸟\n入冬以来，西溪湿地迎来越冬候鸟。\n①白鹭在浅滩觅食。\n②小䴙䴘掠过水面。\n"
        "本报记者 孙 磊 摄\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 4), ("photo", 6, 10)]
    photo = items[1]
    assert isinstance(photo, Photo) and photo.title == "湿地迎来越冬候鸟"
    assert photo.caption == "入冬以来，西溪湿地迎来越冬候鸟。①白鹭在浅滩觅食。②小䴙䴘掠过水面。"
    assert photo.byline is not None and photo.byline.photographers == ("孙磊",)


def test_a_titled_photo_after_a_poem_keeps_its_title_and_the_poem_its_last_line() -> None:
    text = (
        "江南二首\n□ 陈 默\n\n雨巷\n\n青石板上的雨\n落了一千年\n撑伞的人\n还没有走远\n\n"
        "丹青江南\n5月8日，“丹青江南”画展在市美术馆开展，展出作品\n80余幅，展期至6月8日。\n"
        "本报记者 吴 越 摄\n"
    )
    items = _items(text)
    assert _layout(items)[-1] == ("photo", 11, 14)
    assert items[-2].source.last == 9
    photo = items[-1]
    assert isinstance(photo, Photo) and photo.title == "丹青江南"
    assert photo.caption == "5月8日，“丹青江南”画展在市美术馆开展，展出作品80余幅，展期至6月8日。"


def test_a_cms_export_with_heading_and_list_tags_reads_as_the_printed_page() -> None:
    text = (
        "<h2>老街&quot;夜市&quot;今起开放</h2>\n<h3>每晚6时至10时</h3>\n本报记者 林 涛\n\n"
        "<p>&nbsp;&nbsp;本报讯 老街夜市今起开放，<strong>详情</strong>见公众号。</p>\n\n"
        "<blockquote>“夜市让老街热闹起来了。”</blockquote>\n"
    )
    (article,) = _items(text)
    assert isinstance(article, Article)
    assert (article.headline, article.subheadline) == ("老街“夜市”今起开放", "每晚6时至10时")
    assert article.dateline == "本报讯"
    assert article.paragraphs == ("老街夜市今起开放，详情见公众号。", "“夜市让老街热闹起来了。”")
    # text that only looks like a tag stays
    assert strip_markup("PM2.5<35，a<b") == "PM2.5<35，a<b"


def test_a_story_from_another_desk_takes_its_attribution_as_the_dateline() -> None:
    for lead, rest in (
        ("据新华社电", "近日，全国首条跨海高铁完成联调联试。"),
        ("据新华社北京9月2日电", "国家统计局2日发布数据。"),
        ("据央视新闻", "近日，一处古遗址被发现。"),
    ):
        text = f"跨海高铁完成联调联试\n\n{lead} {rest}\n"
        (article,) = _items(text)
        assert isinstance(article, Article)
        assert (article.dateline, article.paragraphs) == (lead, (rest,))
    # attribution inside a sentence is prose
    (article,) = _items("跨海高铁完成联调联试\n\n据新华社报道，全国首条跨海高铁完成联调联试。\n")
    assert isinstance(article, Article) and article.dateline is None


def test_desk_credits_set_apart_by_bars_under_the_masthead_are_not_the_first_story() -> None:
    text = (
        "天山晚报\n2025年9月3日 星期三\nA03 要闻\n责编 王 丽 ｜ 版式 陈 晨 ｜ 校对 李 华\n\n"
        "天山北坡新建十座光伏电站\n\n本报讯 今年以来，天山北坡新建光伏电站十座。\n"
    )
    parsed = parse_page(text)
    assert_nothing_lost(text, parsed)
    articles = [i for i in parsed.items if isinstance(i, Article)]
    assert [a.source.first for a in articles] == [6]
    assert articles[0].kicker is None and articles[0].headline == "天山北坡新建十座光伏电站"


def test_a_paper_and_its_app_before_the_role_credit_the_reporter_under_a_two_line_head() -> None:
    text = (
        "金城今年新建口袋公园30个\n涉及四个城区，年底前全部完工\n金城晚报/掌上金城记者 张 敏\n\n"
        "本报讯 今年，金城将新建口袋公园30个。\n"
    )
    (article,) = _items(text)
    assert isinstance(article, Article)
    heads = (article.kicker, article.headline, article.subheadline)
    assert heads == (None, "金城今年新建口袋公园30个", "涉及四个城区，年底前全部完工")
    assert article.byline is not None and article.byline.reporters == ("张敏",)
    # …and with 、 between the paper and its app
    (joined,) = _items(
        "金城新建口袋公园\n金城晚报、金城新闻记者 汪 婷\n\n本报讯 今年，金城将新建口袋公园。\n"
    )
    assert isinstance(joined, Article) and joined.byline is not None and joined.byline.reporters == ("汪婷",)
    # a slash between a name and the next role still separates them
    (other,) = _items("金城新建口袋公园\n记者 王强/本报通讯员 李四\n\n本报讯 今年，金城将新建口袋公园。\n")
    assert isinstance(other, Article) and other.byline is not None
    assert (other.byline.reporters, other.byline.correspondents) == (("王强",), ("李四",))


def test_a_table_printed_with_a_story_keeps_its_source_line_and_the_next_story_its_kicker() -> None:
    text = (
        "上半年全县经济运行平稳\n本报记者 周 明\n\n本报讯 上半年，全县经济运行总体平稳。\n\n"
        "上半年全县主要经济指标\n指标　绝对值　增长（%）\n地区生产总值（亿元）　212.5　5.6\n"
        "数据来源：县统计局\n\n"
        "乡村观察\n白茶开出“致富花”\n\n本报讯（记者 何 静）今年，全县白茶产值增长一成。\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 9), ("article", 11, 14)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.paragraphs[-1] == "数据来源：县统计局"
    assert (second.kicker, second.headline) == ("乡村观察", "白茶开出“致富花”")


def test_a_head_under_a_story_closed_by_its_expert_note_starts_the_next_story() -> None:
    text = (
        "秋季咳嗽别乱用药\n本报记者 刘 洋\n\n问：咳嗽能不能自己吃止咳药？\n\n答：要先弄清病因。\n\n"
        "专家简介：黄明，主任医师，从事呼吸内科临床工作20年。\n\n"
        "秋季养肺，做好这三点\n\n医生提醒，秋季养肺，关键在于润燥。\n\n（一）多喝温水。每天饮水1500毫升以上。\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 8), ("article", 10, 14)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.subheads == () and first.paragraphs[-1].startswith("专家简介：")
    assert second.headline == "秋季养肺，做好这三点"


def test_a_flattened_table_standing_alone_is_an_article_of_rows_not_an_ad() -> None:
    text = (
        "老街改造完工\n本报记者 钱 坤\n\n本报讯 老街改造全面完工。\n（下转第A4版）\n\n"
        "2025年上半年各镇旅游收入\n镇名      收入（万元）    同比增长\n东湖镇      1286.4         12.3%\n"
        "西塘镇\t86.7\t8.9%\n数据来源：县文旅局\n\n"
        "古镇夜游受欢迎\n记者 周 敏\n\n7月28日晚，古镇夜游吸引游客上万人次。\n"
    )
    items = _items(text)
    # (（下转第A4版） alone under the first story is the page's furniture, no item's line)
    assert _layout(items) == [("article", 1, 4), ("article", 7, 11), ("article", 13, 16)]
    table = items[1]
    assert isinstance(table, Article) and table.headline == "2025年上半年各镇旅游收入"
    assert table.paragraphs == (
        "镇名收入（万元）同比增长",  # the published form: no spaces between Chinese words
        "东湖镇 1286.4 12.3%",
        "西塘镇 86.7 8.9%",
        "数据来源：县文旅局",
    )
