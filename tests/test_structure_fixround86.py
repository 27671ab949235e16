"""Failure classes round 86 showed on evening and county papers' pages (issue 10), fixer ``fixround86``.
Snippets written for these tests in the style of comment, interview and sports pages (invented names,
titles, places and figures, no blind page's); each class is a shape that holds on any paper.
"""

from __future__ import annotations

from publisher.model import Article, Photo
from publisher.reader import parse_page
from tests.nothing_lost import read_articles, read_items

# ------------------------------------- a marked label under a letter's signature: the reply's kicker

_LETTER_AND_REPLY = """青溪晚报
2026年4月8日　星期三　第2版　评论

■读者来信
公园里的饮水机何时能修好？
　　我每天早上去滨河公园晨练，园里的两台直饮水机坏了
快一个月，一直没人来修。天气渐热，希望尽快修复。
　　读者　赵先生
■回复
园林部门：下周完成维修
　　本报将来信转给市园林中心。工作人员表示，配件已经
到货，下周内完成维修。
（记者　林　可）
"""


def test_a_marked_label_under_a_letters_signature_heads_the_reply_no_author() -> None:
    # 读者　某某 closes the letter: the marked label under it is no name signing a head
    letter, reply = read_articles(_LETTER_AND_REPLY)
    assert letter.kicker == "读者来信"
    assert letter.byline is None or not letter.byline.others
    assert letter.source.last == 8
    assert reply.kicker == "回复"
    assert reply.headline == "园林部门：下周完成维修"
    assert reply.byline is not None and reply.byline.reporters == ("林可",)


# ------------------------------------- a cartoon's label run in before its title, its maker under it

_CARTOON = """青溪晚报
2026年4月8日　星期三　第2版　评论

漫画　“会海”泛滥
　　　　　　　　　　　　　　　　　　　　作者　周　岚

图中语
开短会也能办实事
□　韩　冬
　　会议开了一上午，落实的事却没几件。会议贵精不贵多，
把时间留给干实事。
"""


def test_a_cartoons_label_run_in_before_its_title_over_its_makers_line_is_a_picture() -> None:
    items = read_items(_CARTOON)
    photo = next(item for item in items if isinstance(item, Photo))
    assert photo.title == "“会海”泛滥"
    assert photo.source.first == 4 and photo.source.last == 5
    assert photo.byline is not None and [c.names for c in photo.byline.others] == [("周岚",)]
    story = next(item for item in items if isinstance(item, Article))
    assert story.kicker == "图中语"
    assert story.headline == "开短会也能办实事"


# ------------------------------------- the writer's notes, untitled, its writer named under the label

_REPORTERS_NOTES = """青溪日报
2026年1月20日　星期二　第4版　人物

记者手记
孙　悦
　　离开工地时，天已经黑了，他还站在脚手架下核对图纸。
　　三十年，他把一座座桥架在了山河之间。
"""


def test_a_bare_name_under_the_notes_label_signs_the_notes() -> None:
    (notes,) = read_articles(_REPORTERS_NOTES)
    assert notes.headline == "记者手记"
    assert notes.kicker is None
    assert notes.byline is not None and [c.names for c in notes.byline.others] == [("孙悦",)]
    assert len(notes.paragraphs) == 2


# ------------------------------------- a box of figures, one fact a line, under its label and title

_FIGURES_BOX = """青溪日报
2026年5月12日　星期二　第3版　专访

记者手记
　　采访结束时，她说最大的心愿是让茶农的日子更甜一些。

数说
青溪茶产业一年间
　　茶园面积达8.6万亩
　　带动茶农1.2万户
　　干茶产量约4100吨
　　综合产值突破15亿元
"""


def test_a_box_of_figures_one_fact_a_line_is_a_piece_of_its_own() -> None:
    notes, box = read_articles(_FIGURES_BOX)
    assert notes.source.last == 5
    assert box.kicker == "数说"
    assert box.headline == "青溪茶产业一年间"
    facts = ("茶园面积达8.6万亩", "带动茶农1.2万户", "干茶产量约4100吨", "综合产值突破15亿元")
    assert box.paragraphs == facts


# ------------------------------------- what kind of piece the title heads, in brackets under it

_PROSE_POEMS = """云溪副刊
2026年9月3日　星期四

溪山小记
（散文诗二章）
□　柳　岸
竹　林
　　风从竹梢上走过，把一整片山坡的绿都摇成了
细碎的光。
　　我在林间坐下，听见笋在土里拔节。
石　桥
　　桥是老的，青苔把它的年岁一层层包起来。
　　过桥的人换了一代又一代，桥下的水还是那样
慢慢地流。
"""


def test_a_genre_note_in_brackets_under_the_title_is_its_deck() -> None:
    # （散文诗二章） says what the title heads: the head's deck, the author signing under it
    (piece,) = read_articles(_PROSE_POEMS)
    assert piece.kicker is None
    assert piece.headline == "溪山小记"
    assert piece.subheadline == "（散文诗二章）"
    assert piece.byline is not None and [c.names for c in piece.byline.others] == [("柳岸",)]
    assert [s.text for s in piece.subheads] == ["竹林", "石桥"]
    assert len(piece.paragraphs) == 4


# ------------------------------------- a marked subhead under the editor's note, however punctuated

_SERIES_OPENING = """A05
民生
2026年6月9日　星期二

民生调查·老旧小区加装电梯（上）
一部电梯为何“卡”了三年
青溪晚报记者　钱　明
编者按：加装电梯是老旧小区居民的热切期盼，却常常
因意见不一而搁浅。本报今起推出系列调查，走访多个
小区，听听居民、社区和企业各方的声音与建议。
■　三楼以上盼电梯，一楼二楼有顾虑
　　记者来到城东一处建于上世纪80年代的小区，6栋
住宅楼都没有电梯。住在五楼的陈大爷今年78岁，
每天上下楼都要歇好几回。
■　方案改了又改，意见难统一
　　社区工作人员说，方案前后改了五次，仍有住户不同意。
"""


def test_a_marked_subhead_under_the_editors_note_ends_the_note() -> None:
    (story,) = read_articles(_SERIES_OPENING)
    assert story.standfirst_label == "编者按"
    assert story.standfirst is not None and story.standfirst.endswith("各方的声音与建议。")
    assert len(story.subheads) == 2
    assert story.paragraphs[0].startswith("记者来到城东")


def test_a_page_whose_masthead_names_no_paper_is_the_paper_its_reporters_sign_for() -> None:
    # A05 / 民生 / date: no name at the top; 青溪晚报记者 signs the story
    assert parse_page(_SERIES_OPENING).masthead.newspaper == "青溪晚报"


# ------------------------------------- an event calendar's rows, each opening on its day, wrapped

_EVENT_CALENDAR = """青溪晚报
2026年7月2日　星期四　第8版　体育

近期赛事
　　7月4日　青溪市第五届业余羽毛球联赛　市全民健
身中心
　　7月5日—6日　“青溪杯”少儿围棋公开赛　市文化
艺术中心
　　7月11日　城市定向越野挑战赛　滨江湿地公园南
门广场
　　7月18日—19日　全市中学生篮球锦标赛　市一中体
育馆

体坛快讯
　　●青溪市游泳队在省青少年游泳锦标赛上获得5枚金牌。
　　●市体育馆游泳池暑期延长开放至晚上9时。
"""


def test_an_event_calendars_rows_are_its_paragraphs_each_row_with_its_wrap() -> None:
    calendar, *briefs = read_articles(_EVENT_CALENDAR)
    assert calendar.headline == "近期赛事"
    assert len(calendar.paragraphs) == 4
    assert calendar.paragraphs[0].startswith("7月4日") and calendar.paragraphs[0].endswith("身中心")
    assert calendar.paragraphs[-1].endswith("体育馆")
    assert calendar.source.last == 12
    assert briefs and briefs[0].source.first >= 14  # (体坛快讯 under the blank: the column's own)


# (some rows whole on their line, read as a table's rows, the last one wrapped under them)
_MIXED_CALENDAR = """青溪晚报
2026年7月2日　星期四　第8版　体育

近期赛事
　　7月4日　青溪市第五届业余羽毛球联赛　市全民健
身中心
　　7月5日—6日　“青溪杯”少儿围棋公开赛　市文化馆
　　7月11日　城市定向越野挑战赛　滨江公园
　　7月18日—19日　全市中学生篮球锦标赛　市一中体
育馆
"""


def test_a_calendars_row_wrapped_under_rows_set_whole_keeps_its_wrap() -> None:
    (calendar,) = read_articles(_MIXED_CALENDAR)
    assert len(calendar.paragraphs) == 4
    assert calendar.paragraphs[-1].endswith("体育馆")
    assert calendar.subheads == ()


# ------------------------------------- an ad that opens on its hotline: the lines under it are its own

_CLASSIFIED_FOOT = """青溪晚报
2026年7月2日　星期四　第12版　公告

遗失声明
●李明遗失青溪市某某小区房屋预售合同一份，声明作废。

便民服务热线：0571-8800123
开锁换锁　管道疏通　家电维修　上门服务
地址：青溪市人民路66号
"""


def test_an_ad_opening_on_its_hotline_keeps_the_lines_under_it() -> None:
    ads = [item for item in read_items(_CLASSIFIED_FOOT) if item.type == "advertisement"]
    assert len(ads) == 1
    assert ads[0].source.first == 7 and ads[0].source.last == 9
