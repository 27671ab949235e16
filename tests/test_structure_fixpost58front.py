"""Failure class blind round60 showed on a front page (issue 10): the paper's short comment on the
story above (短评, 快评, 微评), its label alone on a line set apart under the story, over its own
text.  It is the same note as 编后 or 记者手记 under another name: a piece of its own with the label
as its head, never a subhead of the story and its text never the story's.  Snippets written for
these tests (invented papers, places and names); the shape holds on any paper.
"""

from __future__ import annotations

import pytest

from publisher.model import Article
from tests.nothing_lost import read_items

_STORY = """第1版　要闻

城西片区老旧管网改造全面开工
本报记者　方　晴
　　本报讯　4月2日，城西片区老旧供水管网改造工程全面开工，涉及小区
23个，计划年内完工，惠及居民一万余户。
■ 分段施工：不停水不断路
　　施工单位将工程分为六个标段，夜间作业、白天恢复通行，尽量减少对
居民出行的影响。
　　市住建局有关负责人表示，将每周通报进度，接受居民监督。

{label}
　　管网埋在地下，民生连着心头。改造工程量大面广，难在统筹，贵在
细处。
　　把居民的意见摆在前头，才能让好事办好、实事办实。
（城　言）
"""


@pytest.mark.parametrize("label", ["短评", "快评", "编后", "记者手记"])
def test_a_comment_label_set_apart_under_a_story_heads_a_piece_of_its_own(label: str) -> None:
    story, comment = (it for it in read_items(_STORY.format(label=label)) if isinstance(it, Article))
    assert story.headline == "城西片区老旧管网改造全面开工"
    assert [s.text for s in story.subheads] == ["分段施工：不停水不断路"]
    assert len(story.paragraphs) == 3
    assert comment.headline == label
    assert comment.subheads == ()
    assert comment.paragraphs[0].startswith("管网埋在地下")
    assert len(comment.paragraphs) == 2
