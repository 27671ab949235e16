"""Failure classes round 49 showed on photo, city and service pages (issue 10), fixer
``fix49photo``: a picture credited with 图/ to the office that took it, a head set apart whose
words read like a letter's signature (a place's last word, then four characters) over the text it
heads, a headline wrapped where a group's name ends (…志愿服务 / 队为…).  Snippets written for these
tests (invented names, places and figures); each class is a shape any paper prints.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from publisher.reader.bylines import is_photo_credit, parse_byline
from tests.nothing_lost import assert_nothing_lost
from tests.test_structure_columns import _layout

_TOP = """青溪日报
4
城乡影像
2026年9月16日　星期三
"""

# ------------------------------------------- 图/ and an office's name: the picture's credit


def test_a_credit_naming_the_office_that_took_the_picture() -> None:
    assert is_photo_credit("图/青溪市水利局河道管理处")
    byline = parse_byline("图/青溪市水利局河道管理处")
    assert byline is not None and byline.photographers == ("青溪市水利局河道管理处",)
    # (a line of text after 图/ is no office: no credit)
    assert parse_byline("图/在河道两岸种下了柳树") is None


def test_a_photo_credited_to_an_office_closes_the_photo() -> None:
    text = (
        _TOP
        + """
河道清淤忙
　　9月14日，青溪市东湖区工作人员在南渠使用清淤船开展
河道清淤作业。
图/青溪市水利局河道管理处

身边的守护者
巡河人老周
文/图　本报记者　林　晓
    老周今年六十一岁，在南渠边巡河已经十二年。每天清晨，他沿
着河岸走上一圈，捡拾垃圾，查看水位。
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("photo", 6, 9), ("article", 11, 15)]
    photo = parsed.items[0]
    assert isinstance(photo, Photo) and photo.byline is not None
    assert photo.byline.photographers == ("青溪市水利局河道管理处",)
    story = parsed.items[1]
    assert isinstance(story, Article)
    assert (story.kicker, story.headline) == ("身边的守护者", "巡河人老周")
    assert_nothing_lost(text, parsed)


# ------------------------------------------- a head shaped like a signature over its text


def test_a_head_set_apart_over_its_text_is_no_letters_signature() -> None:
    text = (
        _TOP
        + """
东湖举办秋季农民运动会
■记者　林　晓
　　本报讯　近日，东湖镇举办秋季农民运动会，村民们参加拔河、
挑担等比赛，共庆丰收。

电商进村　果蔬出山
　　今年以来，青溪市新建村级电商服务站40个，果蔬、
茶叶等农产品通过网店销往全国各地。
（记者　周　敏）
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 9), ("article", 11, 14)]
    story = parsed.items[1]
    assert isinstance(story, Article)
    assert story.headline.replace("\u3000", "").replace(" ", "") == "电商进村果蔬出山"
    assert story.byline is not None and story.byline.reporters == ("周敏",)
    assert_nothing_lost(text, parsed)


def test_a_readers_signature_under_the_letter_still_signs_it() -> None:
    text = (
        _TOP
        + """
小区门口的路灯修好了
　　前些日子，我家小区门口的路灯坏了，晚上出行很不方便。反映
后第二天就修好了，为有关部门的效率点赞！

东湖区居民　王小芳
"""
    )
    parsed = parse_page(text, 1)
    letter = parsed.items[0]
    assert isinstance(letter, Article)
    assert letter.paragraphs[-1].replace("\u3000", "") == "东湖区居民王小芳"
    assert_nothing_lost(text, parsed)


# ------------------------------------------- a headline wrapped inside a group's name


def test_a_headline_wrapped_before_a_group_names_last_character() -> None:
    text = (
        _TOP
        + """
“清溪红马甲”志愿服务
队为环卫工人送去早餐
　　本报讯　9月15日清晨，“清溪红马甲”志愿服务队在东湖路
为50名环卫工人送去热腾腾的早餐。
（记者　林　晓）
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.headline == "“清溪红马甲”志愿服务队为环卫工人送去早餐"
    assert not story.subheadline
    assert_nothing_lost(text, parsed)


def test_a_deck_under_a_headline_stays_a_deck() -> None:
    text = (
        _TOP
        + """
东湖区新建三支志愿服务队
站在群众身边解难题
　　本报讯　近日，东湖区新建三支志愿服务队，为居民提供
家电维修、法律咨询等服务。
（记者　林　晓）
"""
    )
    parsed = parse_page(text, 1)
    story = parsed.items[0]
    assert isinstance(story, Article)
    assert story.headline == "东湖区新建三支志愿服务队"
    assert story.subheadline == "站在群众身边解难题"
    assert_nothing_lost(text, parsed)


# ------------------------------------------- a service box: groups of offices to call


_SERVICE_BOX = """
青溪市燃气公司启动冬季安全检查
■记者　林　晓
　　本报讯　入冬以来，青溪市燃气公司组织技术人员入户开展安全检查，
已检查居民用户1.2万户。

办事指南
燃气报修电话
市燃气公司：0576-88123456
东湖燃气服务中心：0576-88654321
12345政务服务热线
燃气补贴咨询
市城管局公用事业科：0576-88001234
办公地址：青溪市人民路20号
温馨提示
1．发现燃气泄漏，请立即关闭阀门，开窗通风，
切勿开关电器；
2．请勿私自改装燃气管道。
"""


def test_a_service_box_of_offices_to_call_reads_as_a_story_in_groups() -> None:
    text = _TOP + _SERVICE_BOX
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("article", 6, 9), ("article", 11, 22)]
    box = parsed.items[1]
    assert isinstance(box, Article)
    assert box.headline == "办事指南"
    assert [s.text for s in box.subheads] == ["燃气报修电话", "燃气补贴咨询", "温馨提示"]
    assert box.paragraphs[0] == "市燃气公司：0576-88123456"
    assert box.paragraphs[2] == "12345政务服务热线"
    # (a tip wrapped onto the next line goes on there)
    assert box.paragraphs[-2] == "1．发现燃气泄漏，请立即关闭阀门，开窗通风，切勿开关电器；"
    assert_nothing_lost(text, parsed)


def test_an_ad_with_its_own_phone_stays_an_ad() -> None:
    text = (
        _TOP
        + """
青溪某某家政
保洁　月嫂　育儿嫂
服务热线：0576-88776655
地址：青溪市东湖路18号
"""
    )
    parsed = parse_page(text, 1)
    assert _layout(parsed.items) == [("advertisement", 6, 9)]
    assert_nothing_lost(text, parsed)
