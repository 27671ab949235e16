"""Failure classes rounds 31-33 showed (issue 10), fixer ``fixzhuan31``: the lead story of a
feature page (专版, 专题, 人物, 教育), its big head block and its marked subheads (■ / ◆ / ◇) set in a
narrow column.  Snippets written for these tests in the style of city and county papers (invented
text, no blind page's); each class is a shape that holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.reader import parse_page
from tests.test_structure_columns import _items, _layout

# ------------------------------------- marked subheads over prose wrapped at a narrow column

_NARROW_MARKED_PARTS = """今日要闻
2026年3月5日　星期四

“链”上发力　青山智造跑出加速度
——我县推进装备制造集群建设观察
■本报记者　方　圆　通讯员　林　夕
　　走进开发区的一家农机企业，焊接
机器人来回挥舞，一条新投用的生产线
每十分钟下线一台播种机。
　　这是我县装备制造加快集聚的一个
缩影。今年以来，全县新签约配套项目
18个，本地配套率提升到四成。
◇ 龙头企业带配套
　　龙头企业是产业链的“主心骨”。一
季度，全县新开工亿元以上项目11个，
其中两个项目已完成厂房封顶，预计年
内投产。
◇ 创新平台补短板
　　“以前一项难题要找外地专家，现在
在家门口就能解决。”一家企业负责人
说。目前全县共有省级企业技术中心9家。
　　据了解，全县今年计划再建3个中试
基地，服务中小企业技术攻关。
◇ 贴心服务稳链条
　　为帮助企业解决融资、用工难题，县
里建立“企业服务专员”制度，一季度走
访企业600余家次。
"""


def test_marked_subheads_over_narrow_prose_stay_parts_of_the_story() -> None:
    # each ◇ line heads prose that goes on with the story (its sentences wrapped at a column
    # of some eighteen characters, short lines that look like heads): the story's subheads, not
    # three headless stories
    items = _items(_NARROW_MARKED_PARTS)
    assert _layout(items) == [("article", 4, 27)]
    story = items[0]
    assert isinstance(story, Article)
    assert story.subheadline == "——我县推进装备制造集群建设观察"
    assert [s.text for s in story.subheads] == ["龙头企业带配套", "创新平台补短板", "贴心服务稳链条"]
    assert len(story.paragraphs) == 6


_SOLID_MARKED_PARTS = """乡村振兴
■ 种苗繁育打基础
　　“以前用的是自家留的老种，产量上
不去。”种植大户李大山说。如今，县里
建起了种苗繁育中心。
　　据了解，全县与省农科院合作，建
立种质资源圃，筛选出主推品种5个。
"""


def test_a_marked_subhead_under_a_signed_story_over_an_indented_narrow_paragraph() -> None:
    # the part's first paragraph opens with the page's indent and wraps at a narrow column: the
    # line under the subhead is prose, the subhead the story's
    text = (
        "小山芋“芋”见大产业\n"
        "——某县推进山芋全产业链发展纪实\n"
        "本报记者　冯　雪\n"
        "　　初夏时节，走进某县的山芋种植基地，连\n"
        "片的薯垄一眼望不到头，村民们正忙着除草。\n" + _SOLID_MARKED_PARTS.split("\n", 1)[1]
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 11)]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["种苗繁育打基础"]
    assert len(story.paragraphs) == 3


def test_a_last_marked_subhead_over_a_quoted_paragraph_opening_is_a_subhead() -> None:
    # the paragraph under the last subhead opens with a quoted name, short and unpunctuated on its
    # first line (“某某山芋”获评国家地理标志 / 产品后，…): still prose, the line over it a subhead
    text = (
        "小山芋“芋”见大产业\n"
        "本报记者　冯　雪\n"
        "　　初夏时节，走进某县的山芋种植基地，连\n"
        "片的薯垄一眼望不到头，村民们正忙着除草。\n"
        "■ 品牌营销拓市场\n"
        "　　“某县山芋”获评国家地理标志\n"
        "产品后，品牌知名度不断提升，产品卖到了\n"
        "30多个大中城市。\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 1, 8)]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["品牌营销拓市场"]
    assert story.paragraphs[-1].startswith("“某县山芋”获评")


# ------------------------------------- a short place lead on its own line inside the head block

_PLACE_LEAD_UNDER_KICKER = """小山芋“芋”见大产业
青岭：
让大山里的山芋香飘全国
——青岭县推进山芋全产业链发展纪实
本报全媒体记者　冯　雪　通讯员　石　磊
　　初夏时节，走进青岭县的山芋种植基地，连片的薯垄一眼望不到头。
"""


def test_a_place_lead_under_the_kicker_is_the_headlines_first_part() -> None:
    # 青岭： alone on its line (a county named without its 县) between the kicker and the rest of
    # the headline: the headline printed over two lines, as 义县： / … is
    items = _items(_PLACE_LEAD_UNDER_KICKER)
    assert _layout(items) == [("article", 1, 6)]
    story = items[0]
    assert isinstance(story, Article)
    assert story.kicker == "小山芋“芋”见大产业"
    assert story.headline == "青岭：让大山里的山芋香飘全国"
    assert story.subheadline == "——青岭县推进山芋全产业链发展纪实"
    assert story.byline is not None and story.byline.reporters == ("冯雪",)
    assert story.byline.correspondents == ("石磊",)


def test_a_salutation_over_a_letters_indented_text_is_no_place_lead() -> None:
    # 编辑同志： under a letter's title opens the letter (an indented paragraph under it), no
    # headline's first part
    text = (
        "读者来信\n"
        "小区的路灯该修了\n"
        "编辑同志：\n"
        "    我家住在某街道一个老小区，小区里七盏路灯坏了五盏，已经半年多了。\n"
        "某街道居民　王　青\n"
    )
    items = parse_page(text).items
    assert [i.type for i in items] == ["article"]
    letter = items[0]
    assert isinstance(letter, Article)
    assert letter.headline == "小区的路灯该修了"


# ------------------------------------- the sponsor's line in the masthead of a 专版


def test_the_pages_sponsor_line_is_masthead_furniture() -> None:
    text = (
        "某某日报\n"
        "2026年6月26日　星期五\n"
        "第8版\n"
        "专　版\n"
        "本版由中共某某县委宣传部协办\n"
        "责任编辑：王　青　　版式：陈　雨\n"
        "\n"
        "小山芋见大产业\n"
        "本报记者　冯　雪\n"
        "　　初夏时节，走进某县的山芋种植基地，连片的薯垄一眼望不到头。\n"
    )
    items = _items(text)
    assert _layout(items) == [("article", 8, 10)]


# ------------------------------------- a paragraph's first line wrapped at a narrow column

_PROFILE_OVER_NARROW_TEXT = """山里的“守林人”
本报记者　冯　雪
　　清晨五点，护林员李青山已经背上水壶，沿着
山脊走完了第一段巡护路。三十年来，他走坏了
四十多双胶鞋。

记者手记
　　采访那天，李青山的嗓子有些沙哑，
可一说起林子，声音立刻亮了起来。

人物名片
　　李青山，1968年生，青岭县人，县林
场护林员，先后获评全省“最美护林
员”等称号。
"""


def test_the_writers_notes_and_the_profile_box_are_pieces_of_their_own() -> None:
    # 记者手记 set apart, untitled, over its text: a piece of its own headed by its label (as 人物名片
    # set apart is); the profile's text opens with the indent and wraps at a narrow column, its
    # short first line no head under the label
    items = _items(_PROFILE_OVER_NARROW_TEXT)
    assert _layout(items) == [("article", 1, 5), ("article", 7, 9), ("article", 11, 14)]
    notes, profile = items[1], items[2]
    assert isinstance(notes, Article) and isinstance(profile, Article)
    assert notes.headline == "记者手记"
    assert profile.headline == "人物名片"
    assert profile.paragraphs[0].startswith("李青山，1968年生，青岭县人，县林场护林员，")


_QUOTE_PIECE_OVER_COMMENT = """声音
“冬季用电安全不能掉以轻心”
　　入冬以来，我县进入火灾易发期。市民
在使用电暖器时，一定要注意通风。
　　　　　　——县消防救援大队负责人

为“助餐点”上新点赞
　　近日，县里新开6家老年助餐点，让
独居老人吃上了热乎饭。（李　平）
"""


def test_a_head_under_a_quotes_speaker_starts_the_next_piece() -> None:
    # ——县消防救援大队负责人 says who spoke the quoted text: a line whole without its stop, no
    # sentence the head under it goes on with; and the comment's first line, indented and wrapped
    # at a narrow column, is its text, no deck of its head
    items = _items(_QUOTE_PIECE_OVER_COMMENT)
    assert _layout(items) == [("article", 1, 5), ("article", 7, 9)]
    comment = items[1]
    assert isinstance(comment, Article)
    assert comment.headline == "为“助餐点”上新点赞"
    assert comment.subheadline is None
    assert comment.paragraphs[0].startswith("近日，县里新开6家老年助餐点")


_MATCHED_PHRASE_PARTS = """美丽河湖这样建成
本报记者　冯　雪
　　初夏时节，青湖畔成群的白鹭在浅滩觅食，湖水
清澈见底。
◆退渔还湖，还水面以清澈
　　青湖曾是当地的养殖基地。为改善水质，县里分期
拆除围网养殖设施，引导养殖户转产转业。
◆全民参与，共护一湖碧水
　　如今，沿湖村民自发组成巡护队，每天巡湖两次。
"""


def test_a_marked_pair_of_matched_phrases_is_a_subhead() -> None:
    # ◆退渔还湖，还水面以清澈: two matched phrases, the comma no clause's, over the part's prose
    items = _items(_MATCHED_PHRASE_PARTS)
    assert _layout(items) == [("article", 1, 9)]
    story = items[0]
    assert isinstance(story, Article)
    assert [s.text for s in story.subheads] == ["退渔还湖，还水面以清澈", "全民参与，共护一湖碧水"]


def test_the_bodys_first_line_indented_and_wrapped_is_no_subhead() -> None:
    # under the head and byline, an indented line with no comma whose sentence goes on flush under
    # it opens the body (the page marks paragraphs with the indent), no subhead of the story
    text = (
        "从“治污”走向“治水兴水”\n"
        "本报记者　冯　雪\n"
        "　　省环境科学研究院一位研究员在接受记者采访时\n"
        "表示，河湖治理已进入“三水统筹”的新阶段。\n"
    )
    items = _items(text)
    story = items[0]
    assert isinstance(story, Article)
    assert story.subheads == ()
    assert story.paragraphs[0].startswith("省环境科学研究院一位研究员")
