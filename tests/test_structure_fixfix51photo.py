"""Failure classes round 51 showed on a photo page (issue 10), fixer ``fix51photo``.  Snippets
written for these tests in the style of a provincial paper's picture page (invented scenes, places
and names, no blind page's); each class is a shape that holds on any paper:

- a set of pictures under one title, their captions numbered (①… / ②… / ③…), closed by one
  credit of who wrote the captions and took the pictures (记者 X 文/图) with a blank under it: one
  photo set, not a story whose byline stands at its foot;
- the press body that publishes the paper beside its address at the page's foot (某某报业集团主办
  地址：…): the imprint, furniture, no item;
- the paper's name with no word for a paper in it, alone on the page's first line over its number,
  date and a known section's word: the paper's name, not a second section;
- a hiring ad under its heading (招　聘 / 某公司诚聘： / ●post, terms / … / 地址：… / 电话：…): the
  posts marked by bullets are the ad's lines down to its contacts, no brief's head;
- a head led by its mark (◇ 某某：让某事“更快、更省”) whose only clause marks stand inside the
  words it quotes: a subhead of the story, not its next paragraph's first words;
- the expert who answered a Q&A named by surname and title after the workplace and department, in
  brackets under the last answer (（某某医院　某科　周医生）): the answers' signature, no paragraph;
- a marked author's line naming the author's post before the name (□ 某村第一书记　林某某): the
  author's credit, no deck;
- a paragraph's indented first line ending on its colon (…主要包括：) with a flush line as wide set
  solid under it, cut mid-word: the same sentence wrapped, however few paragraphs the piece has;
- a head line opening on a word that 的 opens (的士, 的哥, 的确), under a short line: no particle
  hanging from the line above, so the lines are kicker and headline, not one head wrapped.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import read_items

_NUMBERED_SET = """湖畔秋色　层林尽染
①　10月8日，游人在某某湖畔的银杏林中拍照。
②　某某湖湿地公园里，候鸟在浅滩觅食。
③　在某某镇，村民晾晒新摘的柿子。
本报记者　方　远　文/图

全市新建口袋公园四十处
    本报讯（记者　方　远）今年以来，全市利用边角地新建口袋公园40处，市民出门
“见绿”更加方便。
"""


def test_numbered_captions_under_one_text_and_photo_credit_are_one_photo() -> None:
    items = read_items(_NUMBERED_SET)
    photo = items[0]
    assert isinstance(photo, Photo)
    assert photo.title is not None and photo.title.replace("\u3000", "") == "湖畔秋色层林尽染"
    assert photo.caption.count("③") == 1
    assert photo.byline is not None and photo.byline.photographers == ("方远",)
    assert isinstance(items[1], Article)


def test_numbered_points_over_a_byline_with_prose_under_it_stay_a_story() -> None:
    # (prose set solid under the 文/图 credit is the story the credit signs)
    text = """湖畔秋色　层林尽染
①　10月8日，游人在某某湖畔的银杏林中拍照。
②　某某湖湿地公园里，候鸟在浅滩觅食。
本报记者　方　远　文/图
    今年以来，全市利用边角地新建口袋公园40处，市民出门“见绿”更加方便。
"""
    assert not any(isinstance(item, Photo) and "③" in item.caption for item in read_items(text))


_FOOT = """某某农民报
08
2026年10月9日　星期五
图片新闻

秋收一线见闻
    本报讯（记者　方　远）连日来，全省各地抢抓晴好天气收获秋粮，田间地头一派繁忙。

某某报业集团主办　　地址：某某市某某路18号
"""


def test_the_publishers_line_and_its_address_at_the_foot_are_furniture() -> None:
    items = read_items(_FOOT)
    assert len(items) == 1
    assert isinstance(items[0], Article)


def test_a_plain_name_alone_on_the_first_line_over_a_section_is_the_papers() -> None:
    text = _FOOT.replace("某某农民报", "田野周末")
    parsed = parse_page(text)
    assert parsed.masthead.newspaper == "田野周末"
    assert parsed.masthead.section == "图片新闻"


def test_a_known_section_word_on_the_first_line_stays_a_section() -> None:
    parsed = parse_page(_FOOT.replace("某某农民报\n", "要闻\n"))
    assert parsed.masthead.newspaper is None


# ------------------------------------------------- a hiring ad's posts marked by bullets

_HIRING_AD = """招　聘
某某食品有限公司因扩大生产，诚聘：
●包装工20名　男女不限，18～45周岁，
　月薪5000～6500元
●仓管员2名　熟悉电脑操作
提供食宿，缴纳社保。
地址：某某工业园区纬三路6号
电话：0000-1234××××　赵经理
"""


def test_a_hiring_ads_bulleted_posts_are_the_ads_down_to_its_contacts() -> None:
    (ad,) = read_items(_HIRING_AD)
    assert isinstance(ad, Advertisement)
    assert ad.source.first == 1 and ad.source.last == 8


# ------------------------------------------------- a marked subhead quoting words with a 、

_MARKED_PARTS = """从“试验田”到“丰产方”
本报记者　林　舟
核心提示：近年来，全省推广良种良法配套，粮食单产稳步提高。
◇ 良种先行：农户用上“好种子”
　　在某某县种业园区，一排排育种大棚里，科研人员正在观察新品种的长势。
今年全县良种覆盖率达到98%。
◇ 农机助力：让耕种“更快、更省”
　　某某合作社今年新添了植保无人机8架，喷洒效率提高了十多倍。
社员们说，种地越来越轻松了。
"""


def test_a_marked_head_whose_only_commas_are_quoted_is_a_subhead() -> None:
    (story,) = read_items(_MARKED_PARTS)
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["良种先行：农户用上“好种子”", "农机助力：让耕种“更快、更省”"]
    assert any(p.startswith("某某合作社") for p in story.paragraphs)
    assert not any("◇" in p for p in story.paragraphs)


# ------------------------------------------------- who answered a Q&A, by surname and title

_QA = """健康问答
问：入秋后孩子总咳嗽怎么办？
答：先分清是感冒还是过敏，夜间咳嗽加重的，应及时到医院就诊，
不要自行服用止咳药。
问：秋季适合给孩子吃哪些水果？
答：梨、苹果等应季水果都可以，但不宜过量。
（某某市妇幼保健院　儿科　周医生）
"""


def test_an_expert_named_by_surname_and_title_signs_the_answers() -> None:
    (story,) = read_items(_QA)
    assert isinstance(story, Article)
    assert story.paragraphs[-1].startswith("答：梨")
    assert story.byline is not None
    assert any(c.names == ("周医生",) for c in story.byline.others)


def test_a_bare_surname_and_title_with_no_workplace_is_no_signoff() -> None:
    from publisher.reader.signoffs import split_expert_signoff

    assert split_expert_signoff("（周医生）") is None
    assert split_expert_signoff("（某某律师事务所　周律师）") is not None


# ------------------------------------------------- a marked author's line naming the author's post

_POSTED_AUTHOR = """驻村日记
村口的“爱心书屋”
□ 某省驻某县某镇某村第一书记　林远航
　　刚到村里时，我发现孩子们放学后没有地方看书写作业。
　　去年秋天，我们把村委会的一间空房改成了书屋。
"""


def test_a_marked_line_of_post_and_name_is_the_authors_credit_no_deck() -> None:
    (story,) = read_items(_POSTED_AUTHOR)
    assert isinstance(story, Article)
    assert story.subheadline is None
    assert story.byline is not None and any(c.names == ("林远航",) for c in story.byline.others)


# ------------------------------------------------- a box's one paragraph wrapped under its colon

_LINK_BOX = """■链接
什么是“两项清单”？
　　“两项清单”是某省去年推出的营商环境改革举措，主要包括：
涉企行政检查事项清单和涉企轻微违法行为免罚清单两个部分，旨在
减少对企业正常经营的干扰。
"""


def test_a_flush_line_cut_mid_word_under_an_indented_colon_line_goes_on() -> None:
    story = read_items(_LINK_BOX)[-1]
    assert isinstance(story, Article)
    assert len(story.paragraphs) == 1
    assert story.paragraphs[0].endswith("减少对企业正常经营的干扰。")


# ------------------------------------------------- a head opening on a word 的 opens (的士, 的哥)

_TAXI = """雨夜迷路
的哥绕行十公里送老人回家
记者　宋　然
　　本报讯　9月3日晚，一位八旬老人在雨中迷路，的哥张师傅将其平安送回家中。
"""


def test_a_head_line_opening_on_a_word_of_di_is_no_wrapped_line() -> None:
    (story,) = read_items(_TAXI)
    assert isinstance(story, Article)
    assert story.kicker == "雨夜迷路"
    assert story.headline == "的哥绕行十公里送老人回家"
