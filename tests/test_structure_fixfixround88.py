"""Failure classes round 88 showed on health, food and literary pages (issue 10, fixround88): a
schedule box whose every day's row has where it is held set under it.  Snippets written for these
tests in the style of health and city papers (invented names, places and figures, no blind page's);
each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo
from tests.nothing_lost import first_article, read_items

# ------------------------------------------- a schedule's rows, each with where it is held under it

_CLINIC_DAYS = """　　答：多喝水，少熬夜，症状加重要及时就医。

下周名医坐诊安排
3月14日（周六）上午　青溪市人民医院　骨科、康复科
　　地点：青溪市江滨路文化广场
3月15日（周日）下午　青溪市妇幼保健院　儿科
　　地点：南湖区新华书店门前
咨询电话：0576-88123456（工作日9:00-17:00）

康泰药房　春季养生月
保健品满200元减30元
地址：青溪市解放路66号
电话：0576-88997766
"""


def test_a_schedules_rows_each_with_its_place_under_them_are_the_papers_box_no_ad() -> None:
    items = read_items(_CLINIC_DAYS)
    box = next(it for it in items if it.source.first == 3)  # type: ignore[attr-defined]
    assert isinstance(box, Article)
    assert box.headline == "下周名医坐诊安排"
    assert box.source.last == 8
    assert len(box.paragraphs) == 5
    assert box.paragraphs[1].startswith("地点：")
    assert any(isinstance(it, Advertisement) and it.source.first == 10 for it in items)


# ------------------------------------------- an intern named after the paper, as its reporters are

_INTERN_UNDER_REPORTER = """江南小吃：
一碗馄饨的三十年
青溪晚报记者　周海明
青溪晚报实习生　林　可
    清晨六点，老街口的馄饨铺已经排起了长队。
店主老吴说，他家的汤底每天凌晨熬好。
"""


def test_an_intern_named_after_the_paper_is_a_reporter_of_the_byline() -> None:
    story = first_article(_INTERN_UNDER_REPORTER)
    assert story.byline is not None
    assert story.byline.reporters == ("周海明", "林可")
    assert story.paragraphs[0].startswith("清晨六点")


# ------------------------------------------- a photo credit whose closing 摄 wraps onto a line of its own

_CREDIT_TAIL_WRAPPED = """春到江南
    江边的柳树发芽了，市民纷纷出门踏青。
    公园里游人如织，一派热闹景象。据统计，
今年春节以来，全市公园接待游客超过百万人次。

    青溪湿地公园
里，游客在拍照。
    青溪日报记者　王小川
摄

小贴士
踏青注意防晒。
"""


def test_a_credits_closing_mark_wrapped_alone_closes_the_photo() -> None:
    items = read_items(_CREDIT_TAIL_WRAPPED)
    photo = next(it for it in items if isinstance(it, Photo))
    assert (photo.source.first, photo.source.last) == (6, 9)
    assert photo.caption == "青溪湿地公园里，游客在拍照。"
    assert photo.byline is not None and photo.byline.photographers == ("王小川",)


# ------------------------------------------- a poem sequence's parts led by the mark an author signs with

_MARKED_SEQUENCE = """江南三章（组诗）
□ 陈　雨
◎ 渡口
一只小船
横在薄雾里
等一个早起的人
◎ 石桥
它弓着背
驮过了三百年的脚步
◎ 茶楼
一壶水开了
整条街就醒了
"""


def test_the_mark_that_led_a_poems_first_part_leads_the_next_parts_no_author() -> None:
    poem = first_article(_MARKED_SEQUENCE)
    assert poem.source.last == 12
    assert [s.text for s in poem.subheads] == ["渡口", "石桥", "茶楼"]
    assert poem.paragraphs[-1] == "整条街就醒了"


# ------------------------------------------- one body's sponsor credit, its 协办 set a space apart

_SPONSOR_AT_FOOT = """社区微更新
　　今年以来，青溪街道对辖区12个老旧院落实施改造，
新增停车位200余个，居民出行更方便了。

青溪区民政局　协办
"""


def test_one_bodys_sponsor_credit_set_a_space_apart_is_the_pages_no_item() -> None:
    items = read_items(_SPONSOR_AT_FOOT)
    assert [(it.source.first, it.source.last) for it in items] == [(1, 3)]  # type: ignore[attr-defined]


# ------------------------------------------- a call field's second office set in under its first

_OFFICES_SET_IN = """　　居民可在社区领取申请表。

办事指南
电动车充电桩怎么申请安装？
第一步：向物业提出书面申请；
第二步：由物业组织现场勘查；
第三步：施工完成后验收通电。
咨询电话：东湖街道便民服务中心　0576-88112233
　　　　　西湖街道便民服务中心　0576-88445566
"""


def test_an_office_set_in_under_a_call_fields_first_is_its_next_entry() -> None:
    items = read_items(_OFFICES_SET_IN)
    box = next(it for it in items if it.source.first == 3)  # type: ignore[attr-defined]
    assert isinstance(box, Article)
    assert box.paragraphs[-2] == "咨询电话：东湖街道便民服务中心　0576-88112233"
    assert box.paragraphs[-1] == "西湖街道便民服务中心　0576-88445566"
