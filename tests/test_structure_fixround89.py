"""Classes from round89's service page: a reader-help box (its call in a paragraph that trails
off on an ellipsis, then its ways to reach the desk, each a field set solid) is the paper's
box, no advertisement."""

from __future__ import annotations

from publisher.model import Advertisement, Article, Notice, Photo, Weather
from tests.nothing_lost import read_items

_HELP_BOX = """\
某某晚报
2025年8月2日　星期六
A05
民生

小区路灯修好了
本报记者　张　三
    居民反映的小区路灯问题，经社区协调，已于
昨日修复。社区表示，今后将定期巡查公共
设施，发现问题及时处理。

帮您办
遇难事，找我们
    噪音扰民、道路破损、欠薪讨薪、消费纠纷、邻里矛盾……
有了难处，请跟我们说。
    求助热线：0571-88886666（8:30—18:00）
    微信：搜索本报公众号留言
    通讯地址：某某市某某路1号本报民生部

天气
今天　晴　20℃～30℃
"""


def test_a_help_box_with_its_contact_fields_is_an_article_not_an_ad() -> None:
    items = read_items(_HELP_BOX)  # nothing lost (checked by read_items)
    assert not any(isinstance(item, Advertisement) for item in items)
    box = [item for item in items if isinstance(item, Article)][-1]
    assert list(box.paragraphs[-3:]) == [
        "求助热线：0571-88886666（8:30—18:00）",
        "微信：搜索本报公众号留言",
        "通讯地址：某某市某某路1号本报民生部",
    ]


_PICTURE_PAGE = """\
某某县报
2025年5月3日　星期六
第3版
图片新闻

    5月1日，“劳动最光荣”摄影展在县图书馆开
幕，市民驻足观看。（来源：县文联）

图片新闻
劳动节期间，县城各景区游人如织，志愿者在
入口处维持秩序。
通讯员　赵　六　摄
"""


def test_a_caption_closed_by_its_source_in_brackets_is_a_photo() -> None:
    items = read_items(_PICTURE_PAGE)  # nothing lost (checked by read_items)
    photos = [item for item in items if isinstance(item, Photo)]
    assert photos[0].caption == "5月1日，“劳动最光荣”摄影展在县图书馆开幕，市民驻足观看。"
    assert not any(isinstance(item, Article) for item in items)


def test_a_caption_opening_on_a_holiday_span_has_no_title() -> None:
    items = read_items(_PICTURE_PAGE)  # nothing lost (checked by read_items)
    photo = [item for item in items if isinstance(item, Photo)][-1]
    assert photo.title is None
    assert photo.caption == "劳动节期间，县城各景区游人如织，志愿者在入口处维持秩序。"
    assert photo.byline is not None and photo.byline.photographers == ("赵六",)


_AD_COLUMN = """\
某某商报
2025年6月9日　星期一
B4
分类广告

分类广告
家电维修　上门服务
    空调、冰箱、洗衣机维修，油烟机清洗，
    电话：0551-6××××123

专业疏通下水道
    马桶、地漏、下水管道疏通，随叫随到，
全天上门服务。
    地址：某某市某某路××号
    电话：0551-6××××456
"""


def test_an_entry_set_apart_under_an_ad_may_speak_in_sentences() -> None:
    items = read_items(_AD_COLUMN)  # nothing lost (checked by read_items)
    ads = [item for item in items if isinstance(item, Advertisement)]
    assert not any(isinstance(item, Article) for item in items)
    assert ads[-1].lines[0] == "专业疏通下水道"
    assert ads[-1].lines[-1] == "电话：0551-6××××456"


_WEATHER_SIGNED_THEN_ADVISED = """\
某某天气
今天　晴转多云　18℃～27℃　北风2级
明天　多云　　　17℃～25℃　东北风3级
　　某某市气象台5月3日6时发布
　　温馨提示：早晚温差较大，注意适当增减衣物。

社区开展义诊活动
    本报讯　5月2日，某某社区卫生服务中心走进小区，为居民免费测量血压。
"""


def test_advice_set_solid_under_the_forecasters_line_is_the_forecasts() -> None:
    items = read_items(_WEATHER_SIGNED_THEN_ADVISED)  # nothing lost (checked by read_items)
    weather = [item for item in items if isinstance(item, Weather)]
    assert len(weather) == 1
    assert weather[0].text.endswith("温馨提示：早晚温差较大，注意适当增减衣物。")
    assert not any(isinstance(item, Notice) for item in items)
