"""Conflict values and signals of a claim, on hand-made mentions (no parser needed)."""

from __future__ import annotations

from trace_helpers import Art, claim_of, fig, mention, run, src

from attribution.models import Attribution, Report
from attribution.report import render_markdown
from attribution.tracing.conflicts import MentionRecord
from attribution.tracing.signals import claim_signals, quotes_its_source

DEPLOYED = ["~deploy", "@north korea", "troop", "@russia"]
US = src("us-officials", "U.S. officials", "government", country="united states")
SK = src("sk-officials", "South Korean officials", "government", country="south korea")


def _parallel_and_single() -> tuple[Art, Art]:
    """Outlet A cites two sources for one figure ("according to U.S. and South Korean officials");
    Outlet B gives another figure from U.S. officials alone."""
    a = Art("a", "Outlet A")
    first = a.attribute("sk-officials")
    second = a.attribute("us-officials")
    a.mentions.append(
        mention(
            "more than 11,000 troops were deployed",
            DEPLOYED,
            numbers=[fig(11000, "more than")],
            attributions=[first, second],
        )
    )
    b = Art("b", "Outlet B")
    b.mentions.append(
        mention(
            "about 12,000 troops were deployed",
            DEPLOYED,
            numbers=[fig(12000, "about")],
            attributions=[b.attribute("us-officials")],
        )
    )
    return a, b


def test_changed_along_chain_values_name_every_parallel_chain_of_a_mention() -> None:
    a, b = _parallel_and_single()
    claims, _ = run([a, b], [US, SK])
    claim = claim_of(claims, "a", "more than 11,000 troops were deployed")
    changed = [c for c in claim.conflicts if c.kind == "changed-along-chain"]
    assert changed, claim.conflicts
    for conflict in changed:
        value = next(v for v in conflict.values if v["article"] == "a")
        assert value["chains"] == [["Outlet A", "sk-officials"], ["Outlet A", "us-officials"]]
        assert value["chains_names"] == [
            ["Outlet A", "South Korean officials"],
            ["Outlet A", "U.S. officials"],
        ]
        assert value["chain"] == ["Outlet A", "sk-officials"]  # the first one, as before


def test_markdown_conflict_line_shows_each_chain_of_a_parallel_mention_once() -> None:
    a, b = _parallel_and_single()
    arts = sorted([a, b], key=lambda x: x.id)
    claims, deps = run(arts, [US, SK])
    sources = [src(x.outlet, x.outlet, "media outlet") for x in arts] + [US, SK]
    report = Report(
        engine="e",
        model="m",
        version="v",
        articles=[x.result() for x in arts],
        sources=sources,
        claims=claims,
        dependencies=deps,
    )
    md = render_markdown(report)
    line = "“more than 11,000”: Outlet A → South Korean officials; Outlet A → U.S. officials"
    changed = md.split("**changed-along-chain**", 1)[1].split("\n- **", 1)[0]
    assert line in changed
    assert changed.count("Outlet A → South Korean officials") == 1


def test_place_conflict_says_where_each_parallel_source_places_it() -> None:
    captured = ["~capture", "@north korea", "soldier", "@ukraine"]
    a = Art("a", "Outlet A")
    parallel = [a.attribute("sk-officials"), a.attribute("us-officials")]
    a.mentions.append(
        mention("a soldier was captured in Kursk", captured, places=[("kursk", True)], attributions=parallel)
    )
    b = Art("b", "Outlet B")
    b.mentions.append(
        mention(
            "a soldier was captured in Donetsk",
            captured,
            places=[("donetsk", True)],
            attributions=[b.attribute("us-officials")],
        )
    )
    claims, _ = run([a, b], [US, SK])
    places = [c for claim in claims for c in claim.conflicts if c.kind == "place"]
    assert places
    assert "in Kursk (South Korean officials; U.S. officials)" in places[0].description
    value = next(v for v in places[0].values if v["article"] == "a")
    assert value["chains"] == [["Outlet A", "sk-officials"], ["Outlet A", "us-officials"]]


def _ministry_quote(*, quoted: bool, depth: int = 1) -> tuple[MentionRecord, dict[str, Attribution]]:
    """'"It has been confirmed through an allied agency that troops were deployed," the ministry said'
    (``quoted``) or its reported-speech form; ``depth`` relations nested one inside the other under it."""
    art = Art("a", "Outlet A")
    outer = art.attribute("ministry", kind="direct-quote" if quoted else "reported-speech")
    art.attributions[outer].direct = quoted
    inner = outer
    for _ in range(depth):
        inner = art.attribute("allied-agency", parent=inner, kind="through")
    cand = mention("troops were deployed", DEPLOYED, attributions=[inner])
    record = MentionRecord(
        article="a",
        outlet="Outlet A",
        outlet_name="Outlet A",
        cand=cand,
        chains=[["Outlet A", "ministry", "allied-agency"]],
        origins=["allied-agency"],
        attribution=art.attributions[inner].id,
    )
    return record, {att.id: att for att in art.attributions}


def _signal_codes(record: MentionRecord, attributions: dict[str, Attribution]) -> list[str]:
    sources = {s.id: s for s in (src("ministry", "Defence Ministry", "government"), src("allied-agency", "an agency"))}
    names = {sid: s.name for sid, s in sources.items()}
    signals = claim_signals([record], ["allied-agency"], 1, sources, names, attributions=attributions)
    return [s.code for s in signals]


def test_a_relation_nested_in_a_direct_quote_counts_as_quoting_the_source() -> None:
    record, attributions = _ministry_quote(quoted=True)
    assert not record.cand.direct  # "through an allied agency" itself is not marked direct
    codes = _signal_codes(record, attributions)
    assert "direct-quote" in codes and "paraphrase-only" not in codes


def test_a_relation_two_levels_inside_a_direct_quote_counts_as_quoting_the_source() -> None:
    record, attributions = _ministry_quote(quoted=True, depth=2)
    codes = _signal_codes(record, attributions)
    assert "direct-quote" in codes and "paraphrase-only" not in codes


def test_a_relation_nested_in_reported_speech_stays_a_paraphrase() -> None:
    record, attributions = _ministry_quote(quoted=False)
    codes = _signal_codes(record, attributions)
    assert "paraphrase-only" in codes and "direct-quote" not in codes


def test_attributions_that_hold_each_other_end_the_walk_as_not_quoted() -> None:
    record, attributions = _ministry_quote(quoted=False)
    outer = attributions["a:a1"]
    outer.parent = "a:a2"  # a malformed nesting loop a1 <-> a2
    assert not quotes_its_source("a:a2", attributions)
    assert "paraphrase-only" in _signal_codes(record, attributions)
