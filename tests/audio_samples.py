"""Small hand-built editions for the audio tests: every item type, a few sentences each."""

from __future__ import annotations

from publisher.model import (
    Advertisement,
    Article,
    Byline,
    Edition,
    Photo,
    QrPrompt,
    SourceLines,
    Weather,
)


def _at(n: int) -> SourceLines:
    return SourceLines(page=1, first=n, last=n + 1)


def small_edition(**changes: str) -> Edition:
    """Two articles, a photo, an ad, a QR prompt and the weather, in the seed's style.

    ``changes`` replaces the second article's first paragraph (to test the cache).
    """
    return Edition(
        newspaper="嘉兴日报",
        edition="平湖版",
        date="2020-11-11",
        items=(
            Article(
                id="a1",
                source=_at(1),
                headline="平湖入选第六届全国文明城市名单",
                byline=Byline(reporters=("李雨婷",)),
                dateline="本报讯",
                paragraphs=(
                    "昨天，中央文明办公布第六届全国文明城市入选城市名单，平湖成功入选。",
                    "自2018年我市被列入提名名单以来，全市上下齐心协力。",
                ),
            ),
            Photo(
                id="p1",
                source=_at(5),
                title="书画作品庆丰收",
                caption="此次展出的70幅书画作品以“金色生活”为主题。",
                byline=Byline(photographers=("王强", "陈明远")),
            ),
            Article(
                id="a2",
                source=_at(8),
                kicker="■ 乡村治理",
                headline="“低散乱”整治辟出高质量发展轨道",
                subheadline="前三季度整治完成206.7%",
                byline=Byline(reporters=("胡佳英",), correspondents=("彭凯军",)),
                paragraphs=(
                    changes.get("paragraph", "今年前三季度，我市整治企业2306家，用地面积11.1万平方米。"),
                    "手机APP投入使用，使用率近50%。",
                ),
            ),
            Advertisement(id="ad1", source=_at(20), lines=("嘉兴市交通学校", "招生热线:8508717")),
            QrPrompt(id="qr1", source=_at(22), text="扫一扫 看视频"),
            Weather(id="w1", source=_at(24), text="今天晴到少云，偏东风3到4级，最低气温-2℃。"),
        ),
    )
