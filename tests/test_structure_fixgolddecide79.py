"""Gold conventions settled by majority over the blind rounds' golds (issue 10), ``golddecide79``.
Snippets written for these tests (invented bodies, names, places and dates, no blind page's).
"""

from __future__ import annotations

from tests.nothing_lost import read_articles

# ------------------------------------- a brief signed at its end （通讯员　某某）: a correspondent

_BRIEFS = """溪南日报
2026年9月4日　星期五　第3版　综合

乡镇简讯
　　●近日，石桥镇组织开展秋季森林防火巡查，清理林下可燃物30余吨。
（通讯员　林晓雨）
　　●梅岭乡：该乡“田间课堂”开设果树修剪、病虫防治等课程6门。
（方　明）
"""


def test_a_brief_signed_at_its_end_by_a_correspondent_names_them_so() -> None:
    # （通讯员　某某） closing a brief: its correspondent, as the golds read it 354 to 2
    first, _ = read_articles(_BRIEFS)
    assert list(first.byline.correspondents) == ["林晓雨"]
    assert not first.byline.reporters
