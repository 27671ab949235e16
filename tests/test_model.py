"""The Edition model's JSON form: round trip and validation of foreign documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from publisher.errors import InputError
from publisher.model import (
    SCHEMA,
    Article,
    Byline,
    Credit,
    Edition,
    Notice,
    PageInfo,
    Photo,
    PullQuote,
    SourceFile,
    SourceLines,
    Subhead,
    edition_from_dict,
    edition_to_dict,
    edition_to_json,
    load_edition,
)


def sample_edition() -> Edition:
    return Edition(
        newspaper="嘉兴日报",
        newspaper_en="JIAXING DAILY",
        edition="平湖版",
        date="2020-11-11",
        brands=("平湖发布",),
        sources=(SourceFile(path="p.txt", sha256="0" * 64, encoding="utf-8"),),
        pages=(PageInfo(page=1, page_label="第6版", section="要闻"),),
        items=(
            Article(
                id="p1-01",
                source=SourceLines(1, 5, 9),
                kicker="引题",
                headline="标题",
                subheadline="副题",
                byline=Byline(
                    reporters=("李雨婷",),
                    correspondents=("倪颖",),
                    others=(Credit(role="编辑", names=("张三",)),),
                ),
                dateline="本报讯",
                standfirst="导语。",
                standfirst_label="编者按",
                paragraphs=("第一段。", "第二段。"),
                subheads=(Subhead(text="小标题", before=1),),
                pull_quotes=(PullQuote(text="引语。", attribution="某某", before=0),),
                continuation=("（下转第2版）",),
            ),
            Photo(
                id="p1-02",
                source=SourceLines(1, 11, 13),
                title="图题",
                caption="图说。",
                byline=Byline(photographers=("王强",)),
            ),
            Notice(id="p1-03", source=SourceLines(1, 14, 14), label="友情提醒", text="注意安全"),
        ),
    )


def test_round_trip_is_lossless_and_deterministic(tmp_path: Path) -> None:
    edition = sample_edition()
    text = edition_to_json(edition)
    assert text == edition_to_json(edition)
    path = tmp_path / "edition.json"
    path.write_text(text, encoding="utf-8")
    assert load_edition(path) == edition


def test_json_shape_matches_the_documented_schema() -> None:
    d = edition_to_dict(sample_edition())
    assert d["schema"] == SCHEMA
    article = d["items"][0]
    assert article["type"] == "article" and article["page"] == 1 and article["source_lines"] == [5, 9]
    assert article["byline"]["others"] == [{"role": "编辑", "names": ["张三"]}]
    assert d["items"][1]["byline"]["photographers"] == ["王强"]
    assert d["items"][2] == {
        "id": "p1-03",
        "type": "notice",
        "page": 1,
        "source_lines": [14, 14],
        "label": "友情提醒",
        "text": "注意安全",
    }


def test_json_carries_the_1_1_fields() -> None:
    d = edition_to_dict(sample_edition())
    assert d["schema"] == "pinghu-edition/1.1"
    assert d["pages"] == [{"page": 1, "page_label": "第6版", "section": "要闻"}]
    article = d["items"][0]
    assert article["standfirst_label"] == "编者按"
    assert article["subheads"] == [{"text": "小标题", "before": 1}]
    assert article["pull_quotes"] == [{"text": "引语。", "attribution": "某某", "before": 0}]
    # a subhead is not also a paragraph
    assert "小标题" not in article["paragraphs"]


def test_a_1_0_document_still_loads_with_defaults() -> None:
    d = json.loads(edition_to_json(sample_edition()))
    d["schema"] = "pinghu-edition/1"
    del d["pages"]
    for key in ("subheads", "pull_quotes", "standfirst_label"):
        del d["items"][0][key]
    edition = edition_from_dict(d, "old.json")
    assert edition.schema == "pinghu-edition/1.1" and edition.pages == ()
    article = edition.articles()[0]
    assert (article.subheads, article.pull_quotes, article.standfirst_label) == ((), (), None)
    assert article.paragraphs == ("第一段。", "第二段。")
    # written again, it is a 1.1 document
    assert json.loads(edition_to_json(edition))["schema"] == "pinghu-edition/1.1"


def test_title_names_paper_edition_and_date() -> None:
    e = sample_edition()
    assert e.title() == "嘉兴日报·平湖版 2020年11月11日"
    assert Edition(items=(), edition="平湖版").title() == "平湖版"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema="other/2"), "not a pinghu-edition/1.1 document"),
        (lambda d: d.update(items={}), "items must be a list"),
        (lambda d: d["items"][0].update(type="poem"), "items[0].type must be one of"),
        (lambda d: d["items"][0].update(source_lines=[9, 5]), "ends before it starts"),
        (lambda d: d["items"][0].update(page=0), "items[0].page must be a positive integer"),
        (lambda d: d["items"][0].update(headline=None), "items[0].headline must be a string"),
        (lambda d: d["items"][0].update(paragraphs="x"), "items[0].paragraphs must be a list of strings"),
        (lambda d: d["items"][1].update(id="p1-01"), "item ids are not unique"),
        (lambda d: d.update(date="2020-13-45"), "is not a date of the form YYYY-MM-DD"),
        (lambda d: d.update(pages=[{"page": 0}]), "pages[0].page must be a positive integer"),
        (lambda d: d.update(pages={}), "edition.pages must be a list"),
        (
            lambda d: d["items"][0].update(subheads=[{"text": "x", "before": -1}]),
            "before must be a non-negative",
        ),
        (lambda d: d["items"][0].update(pull_quotes=[{"before": 0}]), "pull_quotes[0].text must be a string"),
        (lambda d: d["items"][0].update(standfirst_label=3), "items[0].standfirst_label must be a string"),
    ],
)
def test_loader_rejects_malformed_documents_with_one_line(mutate, message: str) -> None:
    d = json.loads(edition_to_json(sample_edition()))
    mutate(d)
    with pytest.raises(InputError) as err:
        edition_from_dict(d, "edition.json")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_loader_reports_unreadable_and_non_json_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_edition(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        load_edition(bad)
