"""Failure classes blind round75 showed on puzzle, lawyer's-mailbox and personal-ads pages (issue 10),
fixer ``fixround75``: a reader's letter and the lawyer's reply, each under its label in 【】, the
letter signed between them; a box the paper titles by its issue (本期坐堂律师) listing who is on
duty, their hours and number; a puzzle's parts under labels in 【】, the note saying where its
answers will be printed, a grid's rows; numbered personal ads, one ad each; an artwork whose
young maker's age follows the name, a set of works titled by its medium over its note and maker;
a line the column cut before its mark; a forecast named for the readers it is for.  Snippets
written for these tests (invented names, places and figures, no blind page's text): each class
is a layout any paper prints, not one page's words.
"""

from __future__ import annotations

from publisher.model import Advertisement, Article, Photo
from publisher.punctuation import compact
from tests.nothing_lost import first_article, read_items

# ------------------------------------------------ a letter and its reply under labels in 【】

_LETTER_AND_REPLY = """法律咨询
邻居装修噪音扰民，可以要求赔偿吗？
【来信摘要】
　　编辑您好！我家楼下邻居半年来一直装修，每天
早上七点就开始电钻作业，家里老人休息不好，多次
沟通无果。请问我该怎么办？
东湖区　读者　孙先生
【专家说法】
　　孙先生您好！根据相关规定，装修施工应在规定
时段内进行，不得干扰他人正常生活。
　　建议您先向物业反映，协商不成可以向有关部门
投诉，必要时可以提起诉讼。

合同纠纷
定金交了不想买了，能退吗？
【来信摘要】
　　上个月我在一家家具店看中一套沙发，交了两千
元定金，后来发现别家更便宜，店家说定金不退。
南湖区　读者　周女士
【专家说法】
　　周女士您好！定金适用定金罚则，给付定金一方
不履行约定的，无权请求返还定金。
"""


def test_a_letter_and_its_reply_under_bracketed_labels_are_one_piece() -> None:
    """【来信摘要】 / letter / 某区　读者　某某 / 【专家说法】 / reply: the labels in the same brackets
    head the piece's two parts, the first under the head too (no deck), and the signature between
    them closes the letter, not the piece: each topic is one article, its reply its second part."""
    stories = [it for it in read_items(_LETTER_AND_REPLY) if isinstance(it, Article)]
    heads = ["邻居装修噪音扰民，可以要求赔偿吗？", "定金交了不想买了，能退吗？"]
    assert [s.headline for s in stories] == heads
    first, second = stories
    assert first.kicker == "法律咨询"
    assert first.subheadline is None
    assert [s.text for s in first.subheads] == ["来信摘要", "专家说法"]
    assert compact(first.paragraphs[1]) == "东湖区读者孙先生"
    assert len(first.paragraphs) == 4
    assert second.kicker == "合同纠纷"
    assert [s.text for s in second.subheads] == ["来信摘要", "专家说法"]


# ------------------------------------------------ the paper's box of this issue's duty experts

_DUTY_BOX = """本期值班律师
王　强　某某律师事务所主任，
擅长刑事辩护、交通事故赔偿纠纷。
李　芳　某某律师事务所律师，
擅长劳动争议、婚姻家庭纠纷。
坐班时间：每周四上午9:00—11:30
咨询热线：0123—6543210

交通安全
事故后对方不赔钱怎么办？
　　律师提醒，事故发生后应及时报警，保存好现场
照片和医疗票据，协商不成可向法院起诉。
"""


def test_a_box_titled_by_the_issue_listing_who_is_on_duty_is_no_ad() -> None:
    """本期值班律师 over who is on duty, their hours and a number to call: the paper's own box, an
    article of its title, each lawyer a paragraph; a poster's contacts make no ad of it."""
    items = read_items(_DUTY_BOX)
    assert not any(isinstance(it, Advertisement) for it in items)
    box = first_article(_DUTY_BOX)
    assert box.headline == "本期值班律师"
    assert [compact(p) for p in box.paragraphs] == [
        "王强某某律师事务所主任，擅长刑事辩护、交通事故赔偿纠纷。",
        "李芳某某律师事务所律师，擅长劳动争议、婚姻家庭纠纷。",
        "坐班时间：每周四上午9:00—11:30",
        "咨询热线：0123—6543210",
    ]


# ------------------------------------------------ a puzzle's parts, its answers' note, its grid

_PUZZLE_PARTS = """围棋天地
第十八题：黑先活
□ 周　明　出题
【棋形】
黑子：三之三　四之四　五之三
白子：二之五　三之六　六之二
【要求】
　　黑先，三手之内做活。答对的读者请将答案发至本
版邮箱，截止日期5月20日。
【提示】
　　先占角上要点，再扩大眼位。

脑筋急转弯
□ 本版编辑　整理
1．什么东西越洗越脏？
2．什么路最窄？
3．什么书店里买不到？
　　（答案见下期本版）

填数游戏
　　规则：在空格内填入数字1—9，使每行、每列数
字均不重复。本期难度：★★
2 □ 7 │ □ 4 □ │ □ 1 □
□ 8 □ │ 3 □ □ │ 6 □ □
4 □ □ │ □ 9 □ │ □ □ 2
"""


def test_a_puzzles_parts_under_bracketed_labels_are_its_text() -> None:
    """【棋形】 / 黑子：… / 白子：… / 【要求】: under a label whose brackets label the parts below
    again, the lines of the part are its text, one a line, however short and unpunctuated (no
    head of a next piece); the first label is the first part's subhead."""
    puzzle = first_article(_PUZZLE_PARTS)
    assert puzzle.headline == "第十八题：黑先活"
    assert [s.text for s in puzzle.subheads] == ["棋形", "要求", "提示"]
    assert [compact(p) for p in puzzle.paragraphs[:2]] == [
        "黑子：三之三四之四五之三",
        "白子：二之五三之六六之二",
    ]
    assert len(puzzle.paragraphs) == 4


def test_a_note_where_the_answers_will_be_closes_the_puzzle() -> None:
    """（答案见下期本版） under a list of riddles ends them: a title set apart under it heads the next
    puzzle, never a subhead of the riddles."""
    stories = [it for it in read_items(_PUZZLE_PARTS) if isinstance(it, Article)]
    assert [s.headline for s in stories] == ["第十八题：黑先活", "脑筋急转弯", "填数游戏"]
    assert stories[1].paragraphs[-1] == "（答案见下期本版）"
    assert not stories[1].subheads


def test_a_grids_rows_are_lines_of_their_own() -> None:
    """2 □ 7 │ □ 4 □ …: a puzzle grid's rows, one-character cells set apart by spaces, are each a
    line of their own, never run on into the rules above them nor into one another."""
    grid = [it for it in read_items(_PUZZLE_PARTS) if isinstance(it, Article)][-1]
    assert compact(grid.paragraphs[0]).endswith("本期难度：★★")
    assert len(grid.paragraphs) == 4
    assert compact(grid.paragraphs[1]) == "2□7│□4□│□1□"


# ------------------------------------------------ personal ads, one per numbered entry

_PERSONAL_ADS = """月老信箱·交友
【A031】男，33岁，身高175cm，研究生，
高校教师，未婚，性格稳重。觅28—32岁、
知书达理的女士。
【A032】女，40岁，身高160cm，大专，
个体经营，离异带一子，有房。觅45岁以下、
有责任心的男士。
【A033】男，61岁，退休干部，丧偶，
身体健康。觅55—62岁女士为伴。

相亲会报名启事
　　本报将于下月举办单身青年联谊会，欢迎报名。
"""


def test_numbered_personal_ads_are_one_advertisement_each() -> None:
    """【编号】男，33岁，… over the rest of the entry: each numbered entry of a column of personal
    ads is an advertisement of its own, the column's label set solid over the first entry the
    first ad's line; the story set apart under them is no ad."""
    items = read_items(_PERSONAL_ADS)
    ads = [it for it in items if isinstance(it, Advertisement)]
    assert [(ad.source.first, ad.source.last) for ad in ads] == [(1, 4), (5, 7), (8, 9)]
    assert first_article(_PERSONAL_ADS).headline == "相亲会报名启事"


# ------------------------------------------------ artworks: a young maker's age, a set of seals

_ARTWORKS = """《草书·李白〈早发白帝城〉》　张小雨（11岁）　作

篆刻作品欣赏
　　“东海”“观潮”两方印章仿汉白文印，章法
平正，刀法爽利，其中“观潮”一印线条起伏，
如潮水涌动，别有意趣。
　　　　　　　　　　作者　孙志远

江城书法展开幕
记者　赵　明
　　本报讯　昨日，江城第三届书法展在市图书馆开幕，展出作品八十余件。
"""


def test_a_young_makers_age_after_the_name_keeps_the_work_a_picture() -> None:
    """《work》　某某（11岁）　作 set apart: an artwork's caption and its maker, the age in brackets
    after the name a note on him, never a head."""
    photo = next(it for it in read_items(_ARTWORKS) if isinstance(it, Photo))
    assert photo.caption == "《草书·李白〈早发白帝城〉》"
    assert photo.byline is not None
    assert photo.byline.others[0].names == ("张小雨",)


def test_a_set_of_works_titled_by_its_medium_over_its_note_and_maker_is_a_picture() -> None:
    """篆刻作品欣赏 / a note on the seals / 作者　某某: a set of works titled by its medium, the note its
    caption, the maker its credit (five lines and a title: a note of four lines and its maker)."""
    photos = [it for it in read_items(_ARTWORKS) if isinstance(it, Photo)]
    assert len(photos) == 2
    seals = photos[1]
    assert seals.title == "篆刻作品欣赏"
    assert seals.caption.startswith("“东海”“观潮”两方印章")
    assert (seals.source.first, seals.source.last) == (3, 7)
    assert first_article(_ARTWORKS).headline == "江城书法展开幕"


# ------------------------------------------------ a line the column cut before its mark

_CUT_BEFORE_MARK = """上期谜底
　　1．山　2．田　3．明　4．春风得意　5
．一帆风顺

棋友联赛昨日收官
记者　吴　江
　　本报讯　为期三天的棋友联赛昨日收官，共有六十名棋手参赛。
"""


def test_a_line_opening_on_the_mark_the_column_cut_goes_on_the_line_above() -> None:
    """…　5 / ．一帆风顺: a line opening on a mark no line opens on goes on with the line the
    column cut before it, never heads the story set apart under it as its kicker."""
    stories = [it for it in read_items(_CUT_BEFORE_MARK) if isinstance(it, Article)]
    assert [s.headline for s in stories] == ["上期谜底", "棋友联赛昨日收官"]
    assert compact(stories[0].paragraphs[-1]).endswith("5．一帆风顺")
    assert stories[1].kicker is None


# ------------------------------------------------ a forecast named for the readers it is for

_TRIP_FORECAST = """节假日出行天气提示
某某市气象台5月1日10时发布
今天：晴转多云，东风2～3级，18℃～27℃。
明天：多云转小雨，东北风3级，17℃～24℃。
提示：雨天路滑，请注意行车安全。
"""


def test_a_forecast_named_for_its_readers_over_who_issued_it_is_the_weather_box() -> None:
    """某某出行天气提示 over 某某气象台…发布 and the days: the forecast's name, however long, heads
    the weather box, never an ad's title over the issuer's line."""
    items = read_items(_TRIP_FORECAST)
    assert [type(it).__name__ for it in items] == ["Weather"]
    assert (items[0].source.first, items[0].source.last) == (1, 5)
