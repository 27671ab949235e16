"""Failure classes round 94 showed on an interview page (issue 10, r94b): an editor's note set
flush as a block of its own under the byline, its sentence ending at the column's full width and
its next line wrapped flush under it, on a page that opens its paragraphs on an indent; and a
caption led by ▲, set apart under an interview whose turns are spaced by blanks and whose byline
credits its pictures.  Snippets written for these tests in the style of a workers' daily
(invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items

_INTERVIEW = """劳模风采·工匠访谈
“每一根管线都要对得起良心”
——访省劳动模范、某建工集团管道技师罗远山
本报记者　钟　岚　文/图
编者按：从一名学徒工干起，到带出一支百人技术队伍，罗远
山在管道安装一线坚守了二十二年，写下了八本施工笔记。
他牵头研发的快速对接工装让工效提高了三成以上。近日，记
者来到他所在的项目部，听他讲述与管线打交道的日子。

■“师傅的一句话，我记到今天”

　　记者：您还记得第一次上工地时的情形吗？

　　罗远山：记得很清楚。那年我十八岁，跟着师傅在厂房里
装暖气管道，一根管子接歪了两毫米，师傅让我拆了重来，
还说管子里走的是水，管子外看的是人品。

　　记者：这些年您最看重徒弟身上的什么品质？

　　罗远山：耐得住性子。管道这一行，焊口多、工序细，急
不得。一个接口没处理好，整栋楼都可能漏水，所以我总
跟徒弟们说，慢一点不要紧，返工才最耽误事。

▲罗远山（左）在施工现场向徒弟讲解管道对接要领。

人物名片
　　罗远山，1984年生，湖南邵阳人，管道高级技师，曾获省劳
动模范、省技术能手等称号。
"""


def _interview() -> Article:
    return next(it for it in read_items(_INTERVIEW) if isinstance(it, Article) and it.source.first == 1)


def test_a_note_set_apart_under_the_byline_runs_on_past_a_full_stop_at_the_full_width() -> None:
    story = _interview()
    assert story.standfirst_label == "编者按"
    assert story.standfirst is not None
    assert story.standfirst.endswith("听他讲述与管线打交道的日子。")
    assert story.paragraphs[0] == "记者：您还记得第一次上工地时的情形吗？"
    assert story.subheads[0].text == "“师傅的一句话，我记到今天”"


def test_a_pointer_caption_set_apart_under_an_interview_spaced_by_blanks_is_a_photo() -> None:
    items = read_items(_INTERVIEW)
    story = _interview()
    assert story.source.last == 22
    assert story.paragraphs[-1].endswith("返工才最耽误事。")
    photo = next(it for it in items if isinstance(it, Photo))
    assert photo.source.first == photo.source.last == 24
    assert photo.caption == "罗远山（左）在施工现场向徒弟讲解管道对接要领。"
    assert photo.byline is None or not photo.byline.photographers
    box = next(it for it in items if isinstance(it, Article) and it.headline == "人物名片")
    assert box.source.first == 26
