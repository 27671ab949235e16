"""Failure classes round 84 showed on community, almanac and sky-watching pages (issue 10), fixer
``fixround84``.  Snippets written for these tests in the style of district and evening papers'
service pages (invented names, places and figures, no blind page's); each class is a shape that
holds on any paper, not one page's words.
"""

from __future__ import annotations

from publisher.model import Article
from tests.nothing_lost import first_article, read_articles, read_items

# ------------------------------------- a board of short notices under its name (公告栏, 信息栏)

_NOTICE_BOARD = """青溪晚报
2026年7月2日　星期四
第05版　社区

小区信息栏
●义务理发
    7月5日上午，青溪街道志愿服务队将在社区广场为
60岁以上老人义务理发。
●旧衣回收
    社区旧衣回收箱已移至3号楼东侧，请居民分类投放。
"""


def test_a_boards_name_over_its_bulleted_notices_heads_each_of_them() -> None:
    # 信息栏, 公告栏: a board of short items, each under its own bulleted head: a column of
    # briefs, the board's name the kicker of every one, never one story with subheads
    articles = read_articles(_NOTICE_BOARD)
    assert [(a.kicker, a.headline) for a in articles] == [
        ("小区信息栏", "义务理发"),
        ("小区信息栏", "旧衣回收"),
    ]
    assert list(articles[1].paragraphs) == ["社区旧衣回收箱已移至3号楼东侧，请居民分类投放。"]


# ------------------------------------- a tip set solid under a how-to piece's last paragraph

_EXPERIMENT_TIP = """青溪科技报
2026年7月2日　星期四
第06版　科普

动手做一支“彩虹管”
    准备一根透明吸管、三种颜色的糖水，按浓度从高到低
依次吸入，就能看到分层的“彩虹”。
    糖水浓度不同，密度就不同，浓的沉在下面，淡的浮在
上面，颜色便一层层分开了。
    温馨提示：操作时请小心热水，避免烫伤。
"""


def test_a_tip_set_solid_under_a_pieces_last_paragraph_is_its_paragraph_not_a_notice() -> None:
    # indented as the piece's paragraphs are and set solid under its finished last sentence: the
    # piece's last word to its reader (a notice of its own is set apart, or under no story)
    items = read_items(_EXPERIMENT_TIP)
    assert [type(item).__name__ for item in items] == ["Article"]
    article = items[0]
    assert isinstance(article, Article)
    assert article.paragraphs[-1] == "温馨提示：操作时请小心热水，避免烫伤。"


# ------------------------------------- a table standing alone, its notes under its rows

_TABLE_WITH_NOTES = """青溪科技报
2026年7月2日　星期四
第06版　科普

九月观测日历
日期　　　　　天象
9月3日　　　　水星西大距
9月9日　　　　月掩土星
9月22日　　　 秋分
    注：以上时间均为北京时间。
    资料来源：青溪市科技馆

今晚看木星
    今晚木星升起后高悬东南方天空，亮度明显，用普通双筒
望远镜即可看到它的四颗卫星。
"""


def test_a_head_set_apart_under_a_standing_tables_notes_starts_the_next_piece() -> None:
    # the notes set solid under the rows (注：…, 资料来源：…) close the table: a head set apart
    # under them heads a piece of its own, as one set apart right under the rows does
    articles = read_articles(_TABLE_WITH_NOTES)
    assert [a.headline for a in articles] == ["九月观测日历", "今晚看木星"]
    assert articles[0].paragraphs[-1] == "资料来源：青溪市科技馆"
    assert not articles[0].subheads


# ------------------------------------- a box of particulars under its title (an almanac's box)

_ALMANAC_BOX = """青溪晚报
2026年9月25日　星期五
第08版　节令

每日历书
公历：2026年9月25日　星期五
农历：八月十五
宜：祭祀　祈福　会亲
忌：搬家　动土
本月节气：9月23日　秋分
（仅供参考）

中秋的月饼
□ 林　远
    小时候盼中秋，盼的是月饼。
"""


def test_a_title_over_particulars_set_solid_heads_one_box_each_field_a_paragraph() -> None:
    # fields whose values are phrases (宜：… / 忌：…, a note in brackets closing them): one box,
    # its title the headline, each line a paragraph, no poster and no kicker read from 宜 over 忌
    items = read_items(_ALMANAC_BOX)
    assert [type(item).__name__ for item in items] == ["Article", "Article"]
    box = items[0]
    assert isinstance(box, Article)
    assert box.headline == "每日历书"
    assert box.kicker is None
    assert len(box.paragraphs) == 6
    assert box.paragraphs[2] == "宜：祭祀祈福会亲"


# ------------------------------------- a head that asks, over the marked parts that answer it

_ASKING_HEAD_OVER_PARTS = """青溪晚报
2026年9月25日　星期五
第08版　节令

中秋习俗知多少
◆ 赏月
    中秋夜月最圆，一家人围坐院中，边吃月饼边赏月。
◆ 吃月饼
    月饼象征团圆，各地口味不同，有甜有咸。
◆ 猜灯谜
    不少地方在中秋夜挂出花灯，灯上写着谜语供人猜。
"""


def test_marked_parts_under_a_head_that_asks_are_its_subheads_not_a_columns_items() -> None:
    # 知多少, 有哪些, …？: the head asks what the marked parts under it answer: one piece, each
    # mark a subhead (a column's name over its bulleted briefs asks nothing)
    articles = read_articles(_ASKING_HEAD_OVER_PARTS)
    assert len(articles) == 1
    piece = articles[0]
    assert piece.kicker is None
    assert piece.headline == "中秋习俗知多少"
    assert [s.text for s in piece.subheads] == ["赏月", "吃月饼", "猜灯谜"]
    assert len(piece.paragraphs) == 3


# ------------------------------------- where the desk takes its readers' letters, at the foot

_LETTERS_BY_POST_AT_FOOT = """青溪晚报
2026年9月25日　星期五
第08版　副刊

秋　声
□ 许　澄
    入秋以后，院里的梧桐叶一片片落下来，踩上去沙沙作响。

读者来信请寄：青溪市河东路18号青溪晚报副刊部
邮箱：qxwbfk@example.cn
"""


def test_where_the_desk_takes_letters_by_post_and_its_mailbox_are_the_pages_foot() -> None:
    # 读者来信请寄：address / 邮箱：…: the desk's own call for letters and its mailbox under it,
    # the page's furniture, no poster's address and contact
    items = read_items(_LETTERS_BY_POST_AT_FOOT)
    assert [type(item).__name__ for item in items] == ["Article"]


# ------------------------------------- a season that opened, over the headline under it

_SEASON_OPENED_KICKER = """青溪晚报
2026年3月2日　星期一
第07版　就业

春季“返岗季”开启
全市首场招聘会提供岗位8000余个
本报记者　方　晴
    本报讯　3月1日，青溪市春季首场招聘会在市人才市场举行。
"""


def test_a_line_saying_a_season_opened_is_a_kicker_no_headline_waiting_for_its_object() -> None:
    # 招工季开启, “返岗季”开启: the season is what opened, the clause whole on its line; the
    # line under it tells the news, the headline
    article = first_article(_SEASON_OPENED_KICKER)
    assert article.kicker == "春季“返岗季”开启"
    assert article.headline == "全市首场招聘会提供岗位8000余个"


# ------------------------------------- a source note cut at the measure

_SOURCE_NOTE_CUT = """青溪日报
2026年3月4日　星期三
第05版　公报

青溪市2025年国民经济和社会发展统计公报
    2025年，全市地区生产总值达到512.6亿元，比上年增长5.8%。
    资料来源：本公报中地区生产总值等数据来自青溪市统计
局、国家统计局青溪调查队。
　　　　　　　　　　　　　　　青溪市统计局
"""


def test_a_source_note_cut_at_the_measure_goes_on_in_the_line_under_it() -> None:
    # 资料来源：…来自某市统计 / 局、…。: the note's sentence left open, finished on the line set
    # solid and flush under it: one paragraph
    article = first_article(_SOURCE_NOTE_CUT)
    note = "资料来源：本公报中地区生产总值等数据来自青溪市统计局、国家统计局青溪调查队。"
    assert note in article.paragraphs
