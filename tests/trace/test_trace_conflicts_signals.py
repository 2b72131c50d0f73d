"""Conflict values and signals of a claim, on hand-made mentions (no parser needed)."""

from __future__ import annotations

from trace_helpers import Art, claim_of, fig, mention, run, src

from attribution.models import Report
from attribution.report import render_markdown

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
    line = "“more than 11,000”: Outlet A → South Korean officials; Outlet A → U.S. officials ("
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
