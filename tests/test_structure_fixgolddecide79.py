"""Gold conventions settled by majority over the blind rounds' golds (issue 10), ``golddecide79``.
Snippets written for these tests (invented bodies, names, places and dates, no blind page's).
"""

from __future__ import annotations

from publisher.model import Notice
from tests.nothing_lost import read_articles, read_items

# ------------------------------------- a 关于…的通知 printed whole, with its addressees: a notice

_DOCUMENT = """溪南日报
2026年9月4日　星期五　第3版　综合

溪南县农业农村局关于李明远等同志职务任免的通知
　　各乡镇农业服务中心、局属各单位：
　　经局党组研究决定：
　　任命李明远为县农业技术推广中心主任；
　　免去陈晓峰的县农业技术推广中心副主任职务。
　　　　　　　　溪南县农业农村局
　　　　　　　　2026年9月2日

关于做好秋季农作物病虫害防控工作的通知
各乡镇农业服务中心：
为确保秋粮丰收，现将有关事项通知如下：
一、加强监测预报，及时发布病虫情报。
二、做好统防统治，防控覆盖率不低于九成。
溪南县植保站
2026年9月3日
"""


def test_a_document_printed_whole_as_a_notice_to_its_addressees_is_a_notice() -> None:
    # addressees (各…：), the body, the signing office and the date: the document itself, a
    # notice, whatever it decides (appointments included); the golds read it so 3 to 1 and more
    notices = [i for i in read_items(_DOCUMENT) if isinstance(i, Notice)]
    assert [n.label for n in notices] == [
        "溪南县农业农村局关于李明远等同志职务任免的通知",
        "关于做好秋季农作物病虫害防控工作的通知",
    ]
    assert notices[0].text.startswith("各乡镇农业服务中心、局属各单位：")
    assert notices[1].text.endswith("2026年9月3日")
    assert not read_articles(_DOCUMENT)


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
