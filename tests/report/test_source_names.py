"""Sources that share a display name are told apart wherever they are listed side by side."""

from __future__ import annotations

from attribution.models import ArticleResult, Attribution, Claim, Extraction, Mention, Report, Source, Span
from attribution.report import render, render_extract_markdown, render_markdown

AGENCY = "unnamed allied intelligence agency"
CUE = Span(text="said", start=0, end=4)


def _article(aid: str, outlet: str, cited: list[str]) -> ArticleResult:
    """An article of ``outlet`` whose ministry passes on what each cited source said."""
    atts = [Attribution(id=f"{aid}:a1", kind="reported-speech", source=None, source_id="ministry", cue=CUE, content=[])]
    for n, sid in enumerate(cited, 2):
        atts.append(
            Attribution(
                id=f"{aid}:a{n}",
                kind="passive-agent",
                source=None,
                source_id=sid,
                cue=CUE,
                content=[],
                parent=f"{aid}:a1",
            )
        )
    return ArticleResult(id=aid, path=None, outlet=outlet, outlet_source=None, display_outlet=outlet, attributions=atts)


def _report(articles: list[ArticleResult], agencies: list[str]) -> Report:
    sources = [Source(id="ministry", name="Defence Ministry", kind="government")]
    sources += [Source(id=sid, name=AGENCY, kind="anonymous") for sid in agencies]
    claims = [
        Claim(
            id=f"c{n}",
            statement=f"Statement {n}",
            mentions=[
                Mention(
                    article=a.id,
                    start=0,
                    end=1,
                    text="x",
                    attribution=att.id,
                    chains=[["ministry", att.source_id or ""]],
                )
                for att in a.attributions[1:]
            ],
            origins=[att.source_id or "" for att in a.attributions[1:]],
            independent_origins=1,
            verdict="single-origin",
        )
        for n, a in enumerate(articles, 1)
    ]
    return Report(engine="e", model="m", version="v", articles=articles, sources=sources, claims=claims)


def _section(md: str, heading: str) -> str:
    return md.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def _rows(md: str) -> list[str]:
    """The Name cell of every row of the Sources table."""
    lines = [ln for ln in _section(md, "Sources").splitlines() if ln.startswith("|")][2:]
    return [ln.split("|")[1].strip() for ln in lines]


def test_same_named_sources_of_two_outlets_show_the_outlet_citing_each() -> None:
    report = _report(
        [_article("a1.txt", "Harbour Post", ["agency-1"]), _article("b1.txt", "Valley Times", ["agency-2"])],
        ["agency-1", "agency-2"],
    )
    rows = _rows(render_markdown(report))
    assert f"{AGENCY} — cited by Harbour Post" in rows
    assert f"{AGENCY} — cited by Valley Times" in rows
    assert AGENCY not in rows
    assert "Defence Ministry" in rows  # a name nobody else has stays as it is


def test_same_named_sources_in_two_articles_of_one_outlet_show_the_article() -> None:
    report = _report(
        [_article("a1.txt", "Harbour Post", ["agency-1"]), _article("a2.txt", "Harbour Post", ["agency-2"])],
        ["agency-1", "agency-2"],
    )
    rows = _rows(render_markdown(report))
    assert f"{AGENCY} — cited in article a1.txt" in rows
    assert f"{AGENCY} — cited in article a2.txt" in rows


def test_same_named_sources_nobody_tells_apart_are_numbered_not_shown_by_id() -> None:
    report = _report([_article("a1.txt", "Harbour Post", [])], ["agency-1", "agency-2"])
    md = render_markdown(report)
    assert _rows(md).count(f"{AGENCY} (1)") == 1 and _rows(md).count(f"{AGENCY} (2)") == 1
    assert "agency-1" not in md and "agency-2" not in md


def test_graph_nodes_of_same_named_sources_carry_the_table_names() -> None:
    report = _report(
        [_article("a1.txt", "Harbour Post", ["agency-1"]), _article("b1.txt", "Valley Times", ["agency-2"])],
        ["agency-1", "agency-2"],
    )
    graph = render(report, "mermaid")
    assert f'{{{{"{AGENCY} — cited by Harbour Post"}}}}' in graph
    assert f'{{{{"{AGENCY} — cited by Valley Times"}}}}' in graph
    assert f'"{AGENCY}"' not in graph


def test_chains_keep_the_plain_name_since_their_outlet_already_says_where() -> None:
    report = _report(
        [_article("a1.txt", "Harbour Post", ["agency-1"]), _article("b1.txt", "Valley Times", ["agency-2"])],
        ["agency-1", "agency-2"],
    )
    assert f"Chain: Harbour Post → Defence Ministry → {AGENCY}\n" in render_markdown(report)


def test_extract_listing_tells_same_named_sources_apart_too() -> None:
    report = _report(
        [_article("a1.txt", "Harbour Post", ["agency-1"]), _article("b1.txt", "Valley Times", ["agency-2"])],
        ["agency-1", "agency-2"],
    )
    extraction = Extraction.model_validate(report.model_dump(exclude={"claims", "dependencies"}))
    rows = _rows(render_extract_markdown(extraction))
    assert f"{AGENCY} — cited by Harbour Post" in rows and f"{AGENCY} — cited by Valley Times" in rows
