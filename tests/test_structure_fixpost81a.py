"""Failure classes round 81 showed on a culture and sports page (issue 10, post81a): a photo's
caption closed by the source its picture is credited to, run on straight after the caption's last
sentence with no bracket and no space (……演出剧照。某某剧院供图).  Snippets written for these tests
in the style of city papers (invented names, places and figures, no blind page's).
"""

from __future__ import annotations

from publisher.model import Article, Photo
from tests.nothing_lost import read_items

# ------------------------------------------- a caption closed by its source's credit, run on after its 。

_RUN_ON_COURTESY = """新编越剧《青溪月》首演
本报记者　林　远
　　6月3日晚，青溪市越剧团新编剧目《青溪月》在市大剧院首演，两个多小时的演出赢得观众阵阵掌声。
　　该剧历时一年排演，本月还将在周边县区巡演5场。

《青溪月》演出剧照。青溪市越剧团供图

城事速览
■南湖公园荷花节开幕
　　6月2日，南湖公园第八届荷花节开幕，活动持续至8月底。
■青溪图书馆延长开放时间
　　即日起，青溪图书馆每晚开放至21时。
"""


def test_a_caption_closed_by_its_source_run_on_after_its_stop_is_a_photo() -> None:
    items = read_items(_RUN_ON_COURTESY)
    photo = next(it for it in items if isinstance(it, Photo))
    assert photo.source.first == photo.source.last == 6
    assert photo.caption == "《青溪月》演出剧照。"
    assert photo.byline is not None and not photo.byline.photographers
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.last == 4
    briefs = [it for it in items if isinstance(it, Article) and it.source.first >= 8]
    assert [b.headline for b in briefs] == ["南湖公园荷花节开幕", "青溪图书馆延长开放时间"]


# ------------------------------- a photo credited by its photographer's 摄影报道, closing a titled caption

_PHOTO_REPORT_CREDIT = """南湖迎来首批候鸟
11月2日，一群白鹭在南湖湿地上空盘旋。
本报记者　周　敏　摄

春茶开采
连日来，青溪县各茶园的茶农抢抓晴好天气采摘春茶，加工车间里一片繁忙。据了解，今年全县春茶产量预计达800吨。
本报记者　林　远　摄影报道
"""


def test_a_titled_caption_closed_by_a_photo_report_credit_is_a_photo() -> None:
    items = read_items(_PHOTO_REPORT_CREDIT)
    photo = next(it for it in items if isinstance(it, Photo) and it.source.first == 5)
    assert photo.source.last == 7
    assert photo.title == "春茶开采"
    assert photo.byline is not None and photo.byline.photographers == ("林远",)
    assert not any(isinstance(it, Article) for it in items)


# ------------------------------------- a box's label in 【】 set solid under the story's prose: its part

_SOLID_BRACKETED_BOX = """青溪古桥修缮完工
本报记者　周　敏
　　6月5日，青溪古桥修缮工程完工，这座始建于明代的石拱桥重新向市民开放。
　　据介绍，此次修缮历时8个月，采用传统工艺对桥面、栏板进行了加固。
【链接】
　　青溪古桥全长46米，2013年被列为省级文物保护单位。

古桥修缮后的新貌。青溪市文物局供图
"""


def test_a_bracketed_box_label_set_solid_under_the_prose_is_a_part_of_the_story() -> None:
    items = read_items(_SOLID_BRACKETED_BOX)
    story = next(it for it in items if isinstance(it, Article))
    assert story.source.first == 1 and story.source.last == 6
    assert [h.text for h in story.subheads] == ["链接"]
    assert story.paragraphs[-1].startswith("青溪古桥全长46米")
    assert sum(isinstance(it, Article) for it in items) == 1
