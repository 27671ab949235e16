"""What the audio edition says and in which order (pure: no engine involved)."""

from __future__ import annotations

import dataclasses
import re

from publisher.model import Article, SourceLines
from publisher.speech.script import (
    PAUSE_HEADLINE,
    PAUSE_PARAGRAPH,
    PAUSE_SENTENCE,
    SLUG_MAX,
    build_script,
    split_sentences,
)
from tests.audio_samples import small_edition


def test_track_order_opening_first_weather_last_ads_and_qr_skipped() -> None:
    script = build_script(small_edition())
    kinds = [t.kind for t in script.tracks]
    assert kinds == ["opening", "article", "photo", "article", "weather"]
    spoken = " ".join(s.text for t in script.tracks for s in t.segments)
    assert "扫一扫" not in spoken and "交通学校" not in spoken
    with_ads = build_script(small_edition(), include_ads=True)
    assert [t.kind for t in with_ads.tracks][-2:] == ["advertisement", "weather"]


def test_opening_names_paper_date_and_every_headline() -> None:
    script = build_script(small_edition())
    opening = script.tracks[0]
    texts = [s.text for s in opening.segments]
    assert texts[:2] == ["嘉兴日报平湖版", "2020年11月11日"]
    assert opening.segments[1].spoken == "二零二零年十一月十一日"
    for track in script.tracks[1:]:
        if track.kind in ("article", "photo"):
            assert track.title in texts
            assert any(s.item_id == track.item_id for s in opening.segments)


def test_article_reads_kicker_headline_deck_byline_then_paragraphs() -> None:
    article = build_script(small_edition()).tracks[3]
    parts = [s.part for s in article.segments]
    assert parts[:4] == ["kicker", "headline", "subheadline", "byline"]
    assert article.segments[0].text == "乡村治理"  # the decorative ■ is gone
    assert article.segments[3].text == "记者胡佳英 通讯员彭凯军 报道"
    assert article.comment == "前三季度整治完成206.7%"
    assert article.segments[2].spoken == "前三季度整治完成百分之二百零六点七"
    body = [s for s in article.segments if s.part == "paragraph"]
    assert [s.paragraph for s in body] == [0, 1]
    assert all(s.item_id == "a2" for s in article.segments)


def test_pauses_mark_structure() -> None:
    article = build_script(small_edition()).tracks[1]
    by_part = {s.part: s for s in article.segments}
    assert by_part["headline"].pause_after == PAUSE_HEADLINE
    assert by_part["byline"].pause_after == PAUSE_HEADLINE  # end of the title block
    paragraphs = [s for s in article.segments if s.part == "paragraph"]
    assert paragraphs[0].pause_after == PAUSE_PARAGRAPH
    assert PAUSE_SENTENCE < PAUSE_PARAGRAPH < PAUSE_HEADLINE


def test_photo_news_reads_title_caption_and_photographers() -> None:
    photo = build_script(small_edition()).tracks[2]
    assert [s.part for s in photo.segments] == ["label", "title", "caption", "byline"]
    assert photo.segments[-1].text == "摄影王强、陈明远"
    assert "七十幅" in photo.segments[2].spoken


def test_sentences_keep_closing_quotes_and_long_ones_are_cut_at_commas() -> None:
    assert split_sentences("他说：“好。”然后走了。") == ["他说：“好。”", "然后走了。"]
    long = "，".join(["这是一个相当长的分句用来测试"] * 12) + "。"
    pieces = split_sentences(long)
    assert len(pieces) > 1 and "".join(pieces) == long
    assert all(len(p) <= 70 for p in pieces)


def test_file_names_are_ascii_bounded_unique_and_from_pinyin() -> None:
    edition = small_edition()
    long_headline = "平湖" * 60
    extra = tuple(
        Article(id=f"dup{n}", source=SourceLines(1, 30 + n, 31 + n), headline=h, paragraphs=("正文。",))
        for n, h in enumerate(["书画作品庆丰收", "书画作品庆丰收", long_headline, "APP上线5G网络"])
    )
    script = build_script(dataclasses.replace(edition, items=edition.items + extra))
    names = [t.filename for t in script.tracks]
    assert len(set(n.lower() for n in names)) == len(names)
    for name in names:
        assert re.fullmatch(r"\d{2}-[a-z0-9-]+\.mp3", name), name
        assert len(name) <= SLUG_MAX + 12
    assert names[0] == "00-jia-xing-ri-bao-ping-hu-ban-20201111.mp3"
    assert names[1].startswith("01-ping-hu-ru-xuan")
    assert "shu-hua-zuo-pin-qing-feng-shou-2" in " ".join(names)
    assert any(n.endswith("-app-shang-xian-5g-wang-luo.mp3") for n in names)


def test_bylines_are_read_with_roles_and_a_nameless_credit_is_kept() -> None:
    from publisher.model import Byline, Credit
    from publisher.speech.script import spoken_byline

    both = Byline(reporters=("李雨婷",), correspondents=("倪颖", "王强"))
    assert spoken_byline(both, reported=True) == "记者李雨婷 通讯员倪颖、王强 报道"
    commentary = Byline(others=(Credit(role="本报评论员", names=()),))
    assert spoken_byline(commentary, reported=True) == "本报评论员"
    assert spoken_byline(Byline(), reported=True) is None


def test_an_article_print_continues_on_page_two_is_one_track() -> None:
    from publisher.inputs import load_edition_inputs
    from publisher.speech.script import build_script
    from tests.conftest import ROOT

    pages = [
        ROOT / "tests" / "pages" / n
        for n in ("101_jiaxing_pinghu_2024-11-25.txt", "103_jiaxing_pinghu_p2_2024-11-25.txt")
    ]
    edition = load_edition_inputs(pages)
    parts = [
        a
        for a in edition.articles()
        if a.continuation and ("下转" in a.continuation[0] or "上接" in a.continuation[0])
    ]
    assert len({a.headline for a in parts}) == 1 and len(parts) == 2
    first, rest = parts
    script = build_script(edition)
    tracks = [t for t in script.tracks if t.title == first.headline]
    assert len(tracks) == 1 and tracks[0].item_id == first.id
    spoken = "".join(s.text for s in tracks[0].segments if s.part == "paragraph")
    assert rest.paragraphs[-1] in spoken
    assert "下转" not in spoken and "上接" not in spoken
    opening_headlines = [s.text for s in script.tracks[0].segments if s.part == "headline"]
    assert opening_headlines.count(first.headline) == 1


def test_an_untitled_photo_is_named_by_its_first_clause_not_cut_mid_word() -> None:
    from publisher.model import Photo
    from publisher.speech.script import _photo_title

    def photo(caption: str) -> Photo:
        return Photo(id="p1", source=SourceLines(1, 1, 1), caption=caption)

    long = "在当湖街道东湖社区，志愿者为老人理发、量血压，现场还开展了防诈骗宣传。"
    assert _photo_title(photo(long)) == "在当湖街道东湖社区"
    assert _photo_title(photo("东湖夜景如画。")) == "东湖夜景如画"
    no_comma = "当湖街道东湖社区志愿者为辖区老人义务理发测量血压并开展防诈骗宣传活动。"
    assert _photo_title(photo(no_comma)) == no_comma[:24] + "…"


def test_headless_briefs_get_a_title_from_their_text() -> None:
    from publisher.inputs import load_edition_inputs
    from publisher.speech.script import build_script
    from publisher.titles import short_title
    from tests.conftest import TEST_PAGES

    for page in TEST_PAGES:
        edition = load_edition_inputs([page])
        script = build_script(edition)
        assert all(t.title.strip() for t in script.tracks), page.name
        for article in edition.articles():
            if not article.headline.strip() and article.paragraphs:
                [track] = [t for t in script.tracks if t.item_id == article.id]
                assert track.title == short_title(article.paragraphs[0])
