"""The extraction evaluator reads the gold file as its author meant it (unnamed bodies, parallel sources)."""

from __future__ import annotations

from attribution.evaluation.extraction import _ids, _unnamed_key, evaluate_extraction
from attribution.models import ArticleResult, Attribution, Extraction, Source, Span
from attribution.resolve import default_aliases


def test_gold_description_of_an_unnamed_body_gets_the_normalised_name():
    db = default_aliases()
    assert _unnamed_key("a partner country's spy agency (unnamed)", db) == "unnamed partner spy agency"
    assert _unnamed_key("Harbor Gazette", db) is None


def test_gold_description_matches_every_article_source_of_that_description():
    unnamed = {"unnamed partner spy agency": {"unnamed-partner-spy-agency", "unnamed-partner-spy-agency-2"}}
    got = _ids(["partner spy agencies"], {}, unnamed)
    assert got == {"unnamed-partner-spy-agency", "unnamed-partner-spy-agency-2"}
    assert _ids(["a foreign spy agency"], {}, unnamed) != got


def _parallel_extraction(text: str, names: list[str]) -> Extraction:
    content = "river levels will fall"
    k = text.index(content)
    cue = text.index("estimate")
    atts = [
        Attribution(
            id=f"t:a{n + 1}",
            kind="reported-speech",
            source=Span(text=name, start=text.index(name), end=text.index(name) + len(name)),
            source_id=name.lower(),
            cue=Span(text="estimate", start=cue, end=cue + 8),
            content=[Span(text=content, start=k, end=k + len(content))],
        )
        for n, name in enumerate(names)
    ]
    art = ArticleResult(id="t.txt", path=None, outlet="Gazette", outlet_source="gazette", attributions=atts)
    sources = [Source(id="gazette", name="Gazette", kind="media outlet")]
    sources += [Source(id=name.lower(), name=name, kind="government") for name in names]
    return Extraction(engine="e", model="m", version="v", articles=[art], sources=sources)


def test_a_gold_chain_tail_our_parallel_sources_name_exactly_counts_as_parallel():
    text = "Norland and Sudria estimate that river levels will fall."
    gold = {
        "claims": [
            {
                "origins": ["Sudrian officials"],  # the gold's origins need not repeat the chain's names
                "mentions": [
                    {"file": "t.txt", "quote": "river levels will fall", "chain": ["Gazette", "Norland", "Sudria"]}
                ],
            }
        ]
    }
    both = evaluate_extraction(_parallel_extraction(text, ["Norland", "Sudria"]), gold, texts={"t.txt": text})
    assert both["source_recall"] == 1.0 and both["origin_recall"] == 1.0
    one = evaluate_extraction(_parallel_extraction(text, ["Norland"]), gold, texts={"t.txt": text})
    assert one["origin_recall"] == 0.0  # a single source is read as the first link of a nested chain
