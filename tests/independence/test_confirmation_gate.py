"""The confirmation gate: the structural checks a claim's evidence must pass before the verdict says
``independently-confirmed`` (tracing/confirmation.py), on claims written for these tests."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import mention, src  # noqa: E402

from attribution.errors import AttributionError  # noqa: E402
from attribution.models import Source  # noqa: E402
from attribution.tracing import confirmation  # noqa: E402
from attribution.tracing.confirmation import FEATURES, Evidence, Gate, Rule, confirming_pairs, default_gate  # noqa: E402
from attribution.tracing.conflicts import MentionRecord  # noqa: E402
from attribution.tracing.independence import ArticleLinks, assess  # noqa: E402

FLOOD = ("Forty people died in the flood in the valley", ["~die", "people", "flood", "valley", "@afghanistan"])
#: (who says it, what they say): origins saying something else than the flood deaths
OTHER_STORIES = [
    ("Education Department", "The school reopened its doors to pupils on Tuesday", ["school", "~reopen", "pupil"]),
    ("Bakers Guild", "The bakery sold out of bread before noon", ["bakery", "bread", "~sell", "noon"]),
    ("National Gallery", "The museum moved its paintings to the cellar", ["museum", "painting", "~move", "cellar"]),
    ("Port Authority", "The ferry left the harbour an hour late", ["ferry", "harbour", "~leave", "hour"]),
]


@pytest.fixture
def gate() -> Iterator[list[Gate]]:
    """Set ``gate[0]`` to try a gate other than the shipped one; the shipped one is back afterwards."""
    chosen: list[Gate] = []
    yield chosen
    confirmation.OVERRIDE = None


def _apply(chosen: list[Gate]) -> None:
    if chosen:
        confirmation.OVERRIDE = chosen[0]


def _record(article: str, origin: str, said: tuple[str, list[str]]) -> MentionRecord:
    text, lemmas = said
    cand = mention(text, lemmas)
    return MentionRecord(article, f"outlet-{article}", article, cand, [[f"outlet-{article}", origin]], [origin], None)


def _judge(records: list[MentionRecord], sources: dict[str, Source], groups: dict[str, int] | None = None):  # type: ignore[no-untyped-def]
    arts = sorted({r.article for r in records})
    links = ArticleLinks(
        group=groups or {a: n for n, a in enumerate(arts)}, outlet_name={a: f"Outlet {a.upper()}" for a in arts}
    )
    return assess(records, sorted(sources), sources, {}, links)


def _flood_claim(extra: int) -> tuple[list[MentionRecord], dict[str, Source]]:
    """Police and the fire brigade report the flood deaths in two unrelated articles; ``extra`` more origins,
    each in an article of its own, say something else (each leaves a doubt: it may not say the same thing)."""
    sources = {"police": src("police", "Police", "government"), "brigade": src("brigade", "Fire Brigade", "government")}
    records = [_record("a", "police", FLOOD), _record("b", "brigade", FLOOD)]
    for n, (name, text, lemmas) in enumerate(OTHER_STORIES[:extra]):
        sid = f"other-{n}"
        sources[sid] = src(sid, name, "government")
        records.append(_record(f"x{n}", sid, (text, lemmas)))
    return records, sources


def test_two_origins_saying_the_same_thing_are_confirmed_and_the_evidence_names_the_gate_passed() -> None:
    records, sources = _flood_claim(0)
    found = _judge(records, sources)
    assert found.verdict == "independently-confirmed"
    assert found.independence.evidence[0].startswith("2 distinct bodies: ")
    assert found.independence.evidence[-1].startswith("the confirmation gate passed: ")


@pytest.mark.parametrize(
    ("doubtful_origins", "verdict"),
    [
        (0, "independently-confirmed"),
        (1, "independently-confirmed"),
        (2, "independently-confirmed"),
        (3, "single-origin"),
        (4, "single-origin"),
    ],
)
def test_a_claim_whose_origins_raise_more_doubts_than_the_gate_allows_stays_single_origin(
    doubtful_origins: int, verdict: str
) -> None:
    records, sources = _flood_claim(doubtful_origins)
    found = _judge(records, sources)
    assert found.verdict == verdict
    too_many = [d for d in found.independence.doubts if d.startswith("too many doubts about the origins")]
    assert bool(too_many) == (verdict == "single-origin")
    if too_many:
        assert f"({doubtful_origins}, at most 2 allowed)" in too_many[0]


@pytest.mark.parametrize(
    ("rule", "missing"),
    [
        (Rule("strict_pairs", 5, "min"), "would be grouped together directly"),
        (Rule("best_pair", 1.5, "min"), "say the same thing directly"),
        (Rule("mentions", 1, "max"), "a group that large is joined by chaining"),
        (Rule("origins", 3, "min"), "only 2 origins are counted apart (at least 3 needed"),
        (Rule("coherence", 1.5, "min"), "the mentions grouped under this claim say different things"),
        (Rule("pairs", 5, "min"), "come from articles that do not depend on each other (1, at least 5 needed)"),
    ],
)
def test_a_failed_check_keeps_the_cautious_verdict_and_says_what_was_missing(
    gate: list[Gate], rule: Rule, missing: str
) -> None:
    gate.append(Gate((rule,)))
    _apply(gate)
    records, sources = _flood_claim(0)
    found = _judge(records, sources)
    assert found.verdict == "single-origin"
    assert any(missing in d for d in found.independence.doubts), found.independence.doubts
    assert not any(e.startswith("the confirmation gate passed") for e in found.independence.evidence)


def test_an_empty_gate_adds_no_line(gate: list[Gate]) -> None:
    gate.append(Gate(()))
    _apply(gate)
    records, sources = _flood_claim(0)
    found = _judge(records, sources)
    assert found.verdict == "independently-confirmed"
    assert not any("confirmation gate" in e for e in found.independence.evidence)


def _unit(o: str) -> str:
    return o


@pytest.mark.parametrize(
    ("layout", "pairs"),
    [
        # (article, origin) per mention; articles "a" and "b" are unrelated unless grouped below
        ([("a", "police"), ("b", "brigade")], 1),
        ([("a", "police"), ("a", "brigade")], 0),  # one article carrying both: no confirmation between articles
        ([("a", "police"), ("b", "police")], 0),  # one origin twice: nothing confirms it
        ([("a", "police"), ("c", "brigade")], 0),  # "c" depends on "a" (one dependence group)
        ([("a", "police"), ("b", "brigade"), ("d", "brigade")], 2),
    ],
)
def test_a_confirming_pair_needs_two_origins_in_articles_that_do_not_depend_on_each_other(
    layout: list[tuple[str, str]], pairs: int
) -> None:
    records = [_record(a, o, FLOOD) for a, o in layout]
    groups = {"a": 0, "b": 1, "c": 0, "d": 2}
    assert len(confirming_pairs(records, ["police", "brigade"], _unit, groups)) == pairs


def test_copies_of_one_wording_are_compared_once() -> None:
    copies = [_record(f"copy-{n}", "police", FLOOD) for n in range(200)]
    groups = {f"copy-{n}": 0 for n in range(200)} | {"b": 1}
    found = confirming_pairs([*copies, _record("b", "brigade", FLOOD)], ["police", "brigade"], _unit, groups)
    assert len(found) == 1 and found[0].dice == 1.0 and found[0].strict


@pytest.mark.parametrize(
    ("feature", "bar", "direction", "value", "passes"),
    [
        ("doubts", 2.5, "max", 2, True),
        ("doubts", 2.5, "max", 3, False),
        ("strict_pairs", 0.5, "min", 1, True),
        ("strict_pairs", 0.5, "min", 0, False),
        ("coherence", 0.3, "min", 0.3, True),
        ("coherence", 0.3, "min", 0.29, False),
    ],
)
def test_a_check_compares_the_feature_with_its_bar_in_its_direction(
    feature: str, bar: float, direction: str, value: float, passes: bool
) -> None:
    fields = dict.fromkeys(("mentions", "articles", "origins", "named", "pair_words", "doubts"), 0)
    ev = Evidence(**fields, best_pair=0.0, coherence=0.0, carried_share=0.0)  # type: ignore[arg-type]
    ev = Evidence(**{**ev.as_dict(), feature: value})  # type: ignore[arg-type]
    assert Rule(feature, bar, direction).passes(ev) is passes


@pytest.mark.parametrize(
    ("rule", "shown"),
    [
        (Rule("doubts", 2.5, "max"), "at most 2"),  # a count's bar shown as the count it allows
        (Rule("strict_pairs", 0.5, "min"), "at least 1"),
        (Rule("coherence", 0.333, "min"), "at least 0.33"),
    ],
)
def test_the_evidence_line_shows_each_bar_as_a_reader_counts(rule: Rule, shown: str) -> None:
    ev = Evidence(mentions=2, articles=2, origins=2, named=2, best_pair=1.0, pair_words=5, coherence=1.0,
                  carried_share=1.0, doubts=0, strict_pairs=1)  # fmt: skip
    line = confirmation.evidence_line((rule,), ev)
    assert line is not None and shown in line


def test_a_gate_naming_an_unknown_feature_is_refused_in_one_line() -> None:
    with pytest.raises(AttributionError, match="unknown feature 'loudness'"):
        Gate.from_data({"rules": [{"feature": "loudness", "bar": 1}]})


def test_the_shipped_gate_was_chosen_leave_one_story_out_and_tests_known_features() -> None:
    data = json.loads(resources.files("attribution").joinpath(confirmation.GATE_DATA).read_text(encoding="utf-8"))
    assert data["rules"] and all(r["feature"] in FEATURES for r in data["rules"])
    assert {"before", "loso"} <= set(data["leave_one_story_out"])
    assert not any("heldout" in s for s in data["stories"])
    assert default_gate() == Gate.from_data(data)


def test_the_fitting_hook_sees_each_claim_that_reaches_the_gate() -> None:
    seen: list[Evidence] = []
    confirmation.RECORDER = lambda records, ev, pairs: seen.append(ev)
    try:
        records, sources = _flood_claim(0)
        _judge(records, sources)
    finally:
        confirmation.RECORDER = None
    assert [ev.origins for ev in seen] == [2] and seen[0].strict_pairs == 1


def _count_pair_measures(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gains one item each time the gate measures a claim's confirming pairs."""
    calls: list[int] = []
    real = confirmation.confirming_pairs

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(confirmation, "confirming_pairs", counting)
    return calls


@pytest.mark.parametrize(
    ("rules", "measured"),
    [
        ((Rule("doubts", 2.5, "max"),), False),  # the shipped kind of gate reads no pair
        ((Rule("doubts", 2.5, "max"), Rule("strict_pairs", 0.5, "min")), True),
        ((Rule("best_pair", 0.5, "min"),), True),
    ],
)
def test_the_confirming_pairs_are_measured_only_when_the_gate_reads_them(
    gate: list[Gate], monkeypatch: pytest.MonkeyPatch, rules: tuple[Rule, ...], measured: bool
) -> None:
    gate.append(Gate(rules))
    _apply(gate)
    calls = _count_pair_measures(monkeypatch)
    records, sources = _flood_claim(0)
    claim = _judge(records, sources)
    assert claim.verdict == "independently-confirmed"
    assert bool(calls) is measured


def test_the_shipped_gates_evidence_line_names_each_check_with_the_claims_own_figures() -> None:
    seen: list[Evidence] = []
    confirmation.RECORDER = lambda records, ev, pairs: seen.append(ev)
    try:
        records, sources = _flood_claim(0)
        found = _judge(records, sources)
    finally:
        confirmation.RECORDER = None
    line = found.independence.evidence[-1]
    assert line.startswith("the confirmation gate passed: ")
    for rule in default_gate().rules:
        value = confirmation._shown(rule.feature, getattr(seen[0], rule.feature))
        assert f"{value} (at {'most' if rule.direction == 'max' else 'least'} " in line
    assert line.count(";") == len(default_gate().rules) - 1


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        (Rule("strict_pairs", 2.5, "min"), "would be grouped together directly: 1 (at least 3)"),
        (Rule("pairs", 0.5, "min"), "in articles that do not depend on each other: 1 (at least 1)"),
        (Rule("figure_pairs", 0.5, "min"), "that give the same figure: 0 (at least 1)"),
        (Rule("origins", 1.5, "min"), "origins counted apart: 2 (at least 2)"),
    ],
)
def test_a_count_reads_truthfully_in_the_evidence_line_whatever_its_value(rule: Rule, said: str) -> None:
    ev = Evidence(mentions=2, articles=2, origins=2, named=2, best_pair=1.0, pair_words=5, coherence=1.0,
                  carried_share=1.0, doubts=0, strict_pairs=1, pairs=1)  # fmt: skip
    line = confirmation.evidence_line((rule,), ev)
    assert line is not None and said in line


def test_a_claim_failing_a_cheap_check_is_not_measured_for_pairs_and_its_doubts_name_only_that_check(
    gate: list[Gate], monkeypatch: pytest.MonkeyPatch
) -> None:
    gate.append(Gate((Rule("doubts", 2.5, "max"), Rule("strict_pairs", 5, "min"))))
    _apply(gate)
    calls = _count_pair_measures(monkeypatch)
    records, sources = _flood_claim(3)
    found = _judge(records, sources)
    assert found.verdict == "single-origin" and not calls
    assert any(d.startswith("too many doubts") for d in found.independence.doubts)
    assert not any("grouped together directly" in d for d in found.independence.doubts)


def test_the_confirming_pairs_are_counted_in_the_evidence() -> None:
    seen: list[Evidence] = []
    confirmation.RECORDER = lambda records, ev, pairs: seen.append(ev)
    try:
        records, sources = _flood_claim(0)
        records.append(_record("c", "brigade", FLOOD))
        _judge(records, sources)
    finally:
        confirmation.RECORDER = None
    assert seen[0].pairs == 2 and seen[0].strict_pairs == 2
