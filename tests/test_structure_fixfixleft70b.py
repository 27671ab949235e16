"""Failure classes the newest rounds showed (issue 10, fixleft70b): a poem whose lines a poet set
near one width, set solid under its author line, read as wrapped prose and its last lines taken
for the next piece's head.  Snippets invented for these tests (no blind page's names or words);
each class is a shape any paper prints, not one page's words.
"""

from __future__ import annotations

from tests.nothing_lost import first_article, read_articles, read_items

# ------------------------------------------ a poem of lines near one width, then the next group

_EVEN_POEM = """某某县报
江月
2026年9月3日　星期四　　第4版

河埠头
□ 周小禾
石阶一级级走进水里
洗衣的声音远远传来
柳条垂到了船篷上面
摇橹的人唱着老调子
夕阳落在对岸的瓦檐
炊烟升起在谁家院里
我坐在码头边上等待
等一条船，带回了父亲

山居四时（组诗）
□ 吴　南
◎春山
竹笋悄悄顶开了泥土
溪水绕过新插的秧田
布谷鸟在林子里喊
喊醒了一山的茶树
◎夏夜
蝉声挂满了整座山坡
老井里浸着一只西瓜
午后的雷雨来得急
转眼又是满天晴光
"""


def test_a_poem_of_even_lines_under_its_author_line_keeps_its_last_lines() -> None:
    poem, group = read_articles(_EVEN_POEM)
    assert poem.headline == "河埠头"
    assert len(poem.paragraphs) == 8
    assert poem.paragraphs[-1] == "等一条船，带回了父亲"
    assert group.headline == "山居四时（组诗）"
    assert group.kicker is None
    assert [h.text for h in group.subheads] == ["春山", "夏夜"]
    assert group.paragraphs[0] == "竹笋悄悄顶开了泥土"


# ---------------------------------------------- what's on: a listing of shows is the page's piece

_SHOWS_AHEAD = """某某日报
2026年8月3日　星期一　B3
文体

市青少年游泳锦标赛开赛
本报记者　何　川
　　本报讯　8月1日，市青少年游泳锦标赛在市体育中心开赛，
来自各县区的400余名选手参赛。

演出预告
　　原创话剧《江城往事》将于8月9日至10日在市大剧院上演，
票价60元至280元，可通过剧院官方公众号购票。
"""


def test_a_listing_of_shows_under_its_title_is_an_article_not_a_notice() -> None:
    items = read_items(_SHOWS_AHEAD)
    assert [type(it).__name__ for it in items] == ["Article", "Article"]
    listing = read_articles(_SHOWS_AHEAD)[1]
    assert listing.headline == "演出预告"
    assert listing.paragraphs[0].startswith("原创话剧《江城往事》")


# ------------------------------------- a schedule's rows wrapped at the column's width, a number under

_CLINIC_DAYS = """某某晚报
2026年4月9日　星期四
健康

春季过敏高发　专家教你来防护
本报记者　方　园
　　进入四月，花粉浓度上升，过敏性鼻炎患者明显增多。医生提醒，
外出时可佩戴口罩，回家后及时清洗鼻腔。

近期健康讲堂安排
4月11日上午　市中心医院　门诊楼三楼会议室　过
敏性疾病防治
4月12日下午　东城社区卫生服务中心　二楼　儿童
哮喘的家庭护理
咨询电话：0571-88776655
"""


def test_a_schedule_whose_rows_wrap_is_the_pages_piece_each_row_a_paragraph() -> None:
    items = read_items(_CLINIC_DAYS)
    assert [type(it).__name__ for it in items] == ["Article", "Article"]
    schedule = read_articles(_CLINIC_DAYS)[1]
    assert schedule.headline == "近期健康讲堂安排"
    # (each row whole, its wrap joined to it; the cells' gaps are typography)
    assert [p.replace("\u3000", "") for p in schedule.paragraphs] == [
        "4月11日上午市中心医院门诊楼三楼会议室过敏性疾病防治",
        "4月12日下午东城社区卫生服务中心二楼儿童哮喘的家庭护理",
        "咨询电话：0571-88776655",
    ]


# ------------------------------- a notice's paragraph line ending on an office's name is no signature

_NOTICE_PAGE = """某某日报
8
2026年5月12日　星期二
便民信息

公　告
    某某县老城片区道路改造工程已经县人民政府批准实施。现将
施工期间交通组织方案予以公布，施工期限自公告之日起90日。
    市民可通过信函方式向县城市建设管理办公室
反映有关情况。
    联系电话：0571-86001234
某某县城市建设管理办公室
2026年5月12日

分类广告
【房屋出租】
城东新村临街店面一间，约60平方米，
水电齐全，适合做小超市。
电话：139 0000 1111　王先生

【招　聘】
某某食品有限公司招聘：
包装工20名，18-50周岁，月薪4500-6000元，
提供午餐，缴纳社保。
报名电话：0571-86112233

扫码登报　在线办理
登报咨询：0571-86000000
"""


def test_a_notice_line_ending_on_an_offices_name_over_the_sentences_close_is_its_text() -> None:
    notice = read_items(_NOTICE_PAGE)[0]
    assert type(notice).__name__ == "Notice"
    assert notice.source.last == 13  # type: ignore[attr-defined]
    assert "市民可通过信函方式向县城市建设管理办公室反映有关情况。" in notice.text  # type: ignore[attr-defined]


def test_a_hiring_heading_framed_in_brackets_in_a_classified_column_is_an_ad() -> None:
    items = read_items(_NOTICE_PAGE)
    hiring = next(it for it in items if it.source.first == 21)  # type: ignore[attr-defined]
    assert type(hiring).__name__ == "Advertisement"


def test_a_number_labelled_by_what_the_code_does_is_the_prompts() -> None:
    prompt = read_items(_NOTICE_PAGE)[-1]
    assert type(prompt).__name__ == "QrPrompt"
    assert (prompt.source.first, prompt.source.last) == (27, 28)  # type: ignore[attr-defined]


# ----------------------------------- the list's last point, short, under the point its semicolon closed

_POINTS = """某某晚报
2026年6月2日　星期二
健康

夏季饮食要注意
本报记者　叶　青
　　入夏以来，因饮食不当引发肠胃不适的市民
明显增多。医生提醒，夏季饮食要做到几点。
　　一是剩饭剩菜要及时冷藏，食用前彻底加
热；二是生熟食物分开存放，刀具分开使用；
三是少吃冰镇食品，不要空腹喝冷饮；四是瓜
果蔬菜食用前要洗净，必要时浸泡后再清洗；
五是外出就餐要选卫生的餐馆。
　　医生还提醒，如出现持续腹泻、发热等症
状，应及时到医院就诊。
"""


def test_the_lists_last_point_short_under_the_point_its_semicolon_closed_runs_on() -> None:
    story = first_article(_POINTS)
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].endswith("五是外出就餐要选卫生的餐馆。")
