"""Failure class round 73 showed on a bilingual study page (issue 10): English lines read as lines
of text with their own shapes, as Chinese ones are.  An English paragraph wraps at a longer measure
in characters than its translation, ends its sentences with a point after a word, keeps its word
spaces across the wrap; a title printed in both languages is one head; a glossary's entries are a
list under their title; a Q&A box's question head is signed by the marked name under it; the desk
line names the English reviewer in Latin script.  Snippets written for these tests (invented text,
no blind page's): any paper's English corner or 双语 page prints this layout.
"""

from __future__ import annotations

from publisher.model import Article
from publisher.punctuation import ends_sentence
from publisher.reader.bylines import parse_staff_line
from tests.nothing_lost import read_articles, read_items

_STUDY_PAGE = """英语周刊
2026年5月6日　星期三
3
英语角
责任编辑：陈　蕾　　英文审校：Mark Hughes

A Visit to the Tea Garden　茶园一日
文/赵可欣
    On Sunday morning my family drove to a tea garden in
the hills. The rows of green bushes stretched all the
way to the top, and the workers were picking new leaves.
    周日上午，我们一家开车去了山里的一座茶园。一行
行绿色的茶树一直延伸到山顶，工人们正在采摘新叶。
    A worker taught me to pick only the top two leaves.
It sounded simple, but my basket was still half empty
when the sun went down. My father smiled, and so did I.
    一位采茶工教我只摘顶端的两片嫩叶。听起来简单，可
太阳下山时我的篮子还只装了一半。爸爸笑了，我也
笑了。
    Before we left, we tasted the fresh tea together. I
learned that good things take patience and time.
    临走前，我们一起品尝了新茶。我明白了，美好的事物
需要耐心和时间。

Key Words　重点词汇
bush　/bʊʃ/　n. 灌木；矮树丛
stretch　/stretʃ/　v. 延伸
basket　/ˈbɑːskɪt/　n. 篮子
patience　/ˈpeɪʃns/　n. 耐心

语法加油站
“used to”和“be used to”怎么区分？
□ 孙　洁
    问：“used to do”和“be used to doing”意思一样吗？
    答：不一样。“used to do”表示过去常常做某事，现在
不做了。例如：I used to walk to school.（我过去常
常步行上学。）
    而“be used to doing”表示习惯于做某事。例如：—Is
the bus crowded? —She is used to standing now.
（——公交车挤吗？——她现在已经习惯站着了。）
"""


def _study() -> list[Article]:
    return read_articles(_STUDY_PAGE)


def test_the_desk_line_naming_the_english_reviewer_is_the_desks() -> None:
    """责任编辑：某某　　英文审校：Mark Hughes: the English reviewer's role, and a name in Latin
    script whose word space is the name's own: the desk's credits, no head of the page's first
    story."""
    assert parse_staff_line("责任编辑：陈　蕾　　英文审校：Mark Hughes") == [
        ("责任编辑", ("陈蕾",)),
        ("英文审校", ("Mark Hughes",)),
    ]
    assert not any("审校" in (a.headline or "") for a in _study())


def test_a_title_in_both_languages_is_one_headline() -> None:
    """A Visit to the Tea Garden　茶园一日: the English words' spaces keep the English title whole,
    so the line is one title beside its translation, not a headline over a deck."""
    story = _study()[0]
    assert (story.headline or "").replace("\u3000", "") == "A Visit to the Tea Garden茶园一日"
    assert story.subheadline is None
    assert story.byline is not None and story.byline.reporters == ("赵可欣",)


def test_english_paragraphs_and_their_translations_alternate() -> None:
    """Each English paragraph ends on its sentence's point after a word (…and so did I.) and the
    indented translation under it opens a paragraph of its own; a Chinese paragraph's short last
    line set solid under a full line is its own (the Han lines' measure, not the English lines'
    longer one); an English wrap keeps its word space (…pick only the top two leaves. It…)."""
    story = _study()[0]
    assert len(story.paragraphs) == 6
    assert story.paragraphs[2].startswith("A worker taught me")
    assert "two leaves. It sounded" in story.paragraphs[2]
    assert story.paragraphs[2].endswith("and so did I.")
    assert story.paragraphs[3].endswith("我也笑了。")
    assert story.paragraphs[5] == "临走前，我们一起品尝了新茶。我明白了，美好的事物需要耐心和时间。"


def test_an_english_sentence_ends_on_a_point_after_a_word() -> None:
    """A point after an English word ends the sentence; an abbreviation's or a figure's does not."""
    assert ends_sentence("the workers were picking new leaves.")
    assert ends_sentence("and so did I.")
    assert not ends_sentence("a letter to Mr.")
    assert not ends_sentence("增长了5.")


def test_a_glossary_under_its_title_is_a_box_of_its_own() -> None:
    """Key Words　重点词汇 set apart over its entries (word, sound, part of speech, meaning): a box
    of its own, each entry a paragraph whole on its line, not the story's subhead over one run."""
    glossary = _study()[1]
    assert (glossary.headline or "").replace("\u3000", "") == "Key Words重点词汇"
    assert len(glossary.paragraphs) == 4
    assert glossary.paragraphs[0].startswith("bush")
    assert glossary.paragraphs[-1].endswith("耐心")


def test_a_grammar_box_signed_under_its_question() -> None:
    """语法加油站 / a question with English words quoted (a head, however many letters it holds) /
    □ 某某: the column's label, its head and its writer; the answer's English example ends on its
    point and its translation in brackets, set solid under it, is the same paragraph."""
    box = _study()[2]
    assert box.kicker == "语法加油站"
    assert (box.headline or "").startswith("“used to”")
    assert box.byline is not None
    assert box.paragraphs[0].startswith("问：")
    assert box.paragraphs[-1].startswith("而")
    assert box.paragraphs[-1].endswith("——她现在已经习惯站着了。）")


_CHINESE_STORY = """社区开展垃圾分类宣传
本报记者　王　平
    近日，城南社区组织志愿者走进小区，向居民宣传垃圾
分类知识，发放宣传手册200余份。
    志愿者现场演示了厨余垃圾、可回收物的分类方法，居
民纷纷表示受益匪浅。
    下一步，社区还将开展“桶边督导”活动。
"""


def test_a_chinese_story_reads_as_before() -> None:
    """A Chinese story with no Latin line keeps its reading: three paragraphs, each whole."""
    items = read_items(_CHINESE_STORY)
    story = items[0]
    assert isinstance(story, Article)
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].endswith("受益匪浅。")


_BLANK_SET_PAGE = """英语学习报
2026年3月2日　星期一
第8版
双语园地

Talk Time　情景对话
A: Excuse me, how can I get to the museum?
B: Take Bus No. 5 and get off at the park. It's just there.
A: Thank you very much.
B: You're welcome.

My Uncle's Boat　叔叔的小船
□ 何小舟

My uncle has an old fishing boat on the river.
Every morning he checks the nets before sunrise.
He says the river teaches him to be patient.

叔叔在河上有一条旧渔船。每天早上，他都会在日出
前检查渔网。他说，这条河教会了他耐心。
"""


def test_an_english_dialogue_is_read_turn_by_turn() -> None:
    """A: … / B: …: each turn of an English dialogue is a line of its own, never a head, not even
    the last one set apart over the next piece's title."""
    talk, story = read_articles(_BLANK_SET_PAGE)[:2]
    assert len(talk.paragraphs) == 4
    assert talk.paragraphs[-1] == "B: You're welcome."
    assert story.kicker is None


def test_english_lines_set_solid_in_a_blank_set_story_are_one_paragraph() -> None:
    """In a story that sets its paragraphs apart by blank lines, English lines set solid are one
    paragraph, whichever of them happen to end on a sentence's point (English wraps at a word, its
    right edge ragged: a line's width says nothing of its paragraph's end)."""
    story = read_articles(_BLANK_SET_PAGE)[1]
    assert (story.headline or "").replace("\u3000", "") == "My Uncle's Boat叔叔的小船"
    assert len(story.paragraphs) == 2
    assert story.paragraphs[0].endswith("to be patient.")
    assert story.paragraphs[1].startswith("叔叔在河上")


# ------------------------------------------------ a compiler's credit closing a column of sayings

_SAYINGS = """山乡俗语
老人们常说的天气话
早霞不出门，晚霞行千里。
天上钩钩云，地上雨淋淋。
冬至晴，新年雨。
有雨山戴帽，无雨山没腰。
（陈晓岚　辑）

镇卫生院开展义诊
本报讯　日前，镇卫生院组织医生走进村部开展义诊活动。
"""


def test_a_compilers_credit_in_brackets_closes_the_sayings() -> None:
    """（某某　辑）under a column of sayings: who compiled them, the piece's credit (of no scored
    role), not a line of its text."""
    sayings = read_articles(_SAYINGS)[0]
    assert sayings.paragraphs[-1] == "有雨山戴帽，无雨山没腰。"
    assert sayings.byline is not None
    assert [c.names for c in sayings.byline.others] == [("陈晓岚",)]


# ------------------------------------------------ a table's note in brackets under its title

_SCORES_IN_STORY = """我县公布中考录取分数线
记者　赵　明
    本报讯　7月5日，县招生考试中心公布今年普通高中
录取控制分数线。各校录取分数线如下：
2026年某县普通高中录取分数线
（满分700分）
学校　　　　统招线　　指标生线
县第一中学　　598　　　　570
县第二中学　　561　　　　540
县实验中学　　549　　　　521
    考生可于7月8日起登录平台填报志愿。
"""


def test_a_tables_title_over_a_note_in_brackets_is_no_wrap_of_the_colon() -> None:
    """Under the paragraph's colon, a title set over a note in brackets (what the scores are out
    of) and the rows is the table's title, not the sentence wrapped on: the paragraph ends on its
    colon."""
    story = read_articles(_SCORES_IN_STORY)[0]
    assert story.paragraphs[0].endswith("各校录取分数线如下：")
    assert "2026年某县普通高中录取分数线" in story.paragraphs[1]


# ------------------------------------------------ a translated piece, its notes and an exercise

_TRANSLATED_PAGE = """少年英语报
2026年4月1日　星期三
第5版
英语角
责任编辑：林　芳　　外籍审校：Sarah O'Neill

The Little Red Kite
小红风筝
文/张若溪　译/王　蒙
    春天到了，我和爸爸一起做了一只红色的风筝。我们
在公园里放风筝，风筝飞得又高又远。
    Spring came, and my father and I made a red kite.
We flew it in the park. It flew high and far.

Notes　注释
1. kite　/kaɪt/　n. 风筝
2. string　/strɪŋ/　n. 线；绳子

Try It　试一试
Translate the sentences into English.
1. 风筝飞得又高又远。
2. 我和爸爸一起做了一只风筝。
"""


def test_the_translator_is_credited_beside_the_writer() -> None:
    """文/某某　译/某某: the writer is the byline's author, the translator a credit of their own
    (no reporter); the desk's foreign reviewer (外籍审校：Sarah O'Neill) is the desk's."""
    assert parse_staff_line("责任编辑：林　芳　　外籍审校：Sarah O'Neill") == [
        ("责任编辑", ("林芳",)),
        ("外籍审校", ("Sarah O'Neill",)),
    ]
    story = read_articles(_TRANSLATED_PAGE)[0]
    assert story.byline is not None
    assert story.byline.reporters == ("张若溪",)
    assert [(c.role, c.names) for c in story.byline.others] == [("译", ("王蒙",))]


def test_a_box_titled_in_both_languages_is_its_own_and_its_english_instruction_is_text() -> None:
    """Try It　试一试 set apart under the notes: a box of its own (a title in both languages heads a
    piece on a bilingual page), its English instruction closed by a full stop its first paragraph,
    never a head (an English title never closes on a full stop)."""
    exercise = read_articles(_TRANSLATED_PAGE)[-1]
    assert (exercise.headline or "").replace("\u3000", "") == "Try It试一试"
    assert exercise.kicker is None
    assert exercise.paragraphs[0] == "Translate the sentences into English."
    assert len(exercise.paragraphs) == 3
