"""Independence on sentences written for each kind of error seen on real stories: one body under several
names, no affiliation, relayed anonymous sources and documents counted twice, a batch article cited as a
second origin, non-sources taken as speakers; and a verdict that says why in plain words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from attribution.article import ArticleInput
from attribution.errors import UsageError
from attribution.models import Claim, Report
from attribution.pipeline import Options, run

Run = Callable[..., Report]


@pytest.fixture(scope="module")
def trace() -> Run:
    def _trace(*articles: tuple[str, str], level: str = "body") -> Report:
        inputs = [
            ArticleInput(id=f"a{n}", text=text, outlet=outlet, outlet_evidence="record")
            for n, (outlet, text) in enumerate(articles)
        ]
        return run(inputs, Options(cache=False, independence=level))

    return _trace


def claim_with(report: Report, words: str) -> Claim:
    found = [c for c in report.claims if words.lower() in c.statement.lower()]
    assert found, [c.statement for c in report.claims]
    return max(found, key=lambda c: len(c.mentions))


def source_named(report: Report, name: str) -> str:
    for s in report.sources:
        if name == s.name or name in s.aliases:
            return s.id
    raise AssertionError(f"no source named {name!r}: {[(s.name, s.aliases) for s in report.sources]}")


def test_a_ministry_under_word_order_variants_is_one_origin(trace: Run) -> None:
    report = trace(
        ("Daily Star", "The Interior Affairs Ministry said 40 people died in the flood on Monday."
         "\n\nRescue teams searched."),
        ("Evening Post", "Forty people died in the flood on Monday, the Ministry for Interior Affairs said."
         "\n\nRoads were shut."),
        ("Morning Herald", "The Interior Ministry said on Monday that 40 people had died in the flood."
         "\n\nSchools closed."),
    )
    claim = claim_with(report, "died in the flood")
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert len(claim.outlets) == 3
    ministry = report.sources[[s.id for s in report.sources].index(claim.origins[0])]
    assert ministry.joined_by["Interior Ministry"] == "structural-variant"


def test_a_regulator_named_and_described_is_one_origin(trace: Run) -> None:
    report = trace(
        ("Daily Star", "Roskomnadzor, the country's communications regulator, said it had blocked the app on Monday."
         "\n\n"
         "Users reported outages."),
        ("Evening Post", "The communications regulator said it had blocked the app on Monday."
         "\n\nThe company did not comment."),
        ("Morning Herald", "The Federal Service for Supervision of Communications, Information Technology and "
         "Mass Media "
         "said it had blocked the app on Monday.\n\nThe company did not comment."),
    )
    claim = claim_with(report, "blocked the app")
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert "roskomnadzor" in claim.origins  # the description is the named regulator
    # the three identical statements are one claim; the long name is not known to be Roskomnadzor, but the
    # regulator's description names its field ("communications"), so it is a doubt, not a second origin
    assert len(claim.mentions) == 3
    long_name = source_named(report, "Federal Service for Supervision of Communications")
    assert set(claim.origins) <= {"roskomnadzor", long_name}
    assert any("may be one body" in d for d in claim.independence.doubts)


def test_letters_accent_stripping_does_not_fold_name_one_person(trace: Run) -> None:
    report = trace(
        ("Daily Star", "Łukasz Wałęsa, the mayor, said the bridge collapsed at noon.\n\nTraffic was diverted."),
        ("Evening Post", "The bridge collapsed at noon, Lukasz Walesa said.\n\nNo one was hurt."),
    )
    assert source_named(report, "Łukasz Wałęsa") == source_named(report, "Lukasz Walesa")


def test_a_spokesman_in_two_spellings_and_his_ministry_are_one_origin(trace: Run) -> None:
    report = trace(
        ("Daily Star", "Saeed Rahimi, a spokesman for the disaster ministry, said 40 people died in the flood."
         "\n\nRoads shut."),
        ("Evening Post", "Sayeed Rahimi, spokesman for the disaster ministry, said forty people died in the flood."
         "\n\nRain fell."),
        ("Morning Herald", "The disaster ministry said 40 people died in the flood.\n\nSchools closed."),
    )
    claim = claim_with(report, "died in the flood")
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert source_named(report, "Saeed Rahimi") == source_named(report, "Sayeed Rahimi")


def test_two_ministries_of_one_government_say_so_and_count_once_at_institution_level(trace: Run) -> None:
    articles = (
        ("Daily Star", "Afghanistan's disaster ministry said 40 people died in the flood on Monday."
         "\n\nRescue teams searched."),
        ("Evening Post", "Forty people died in the flood on Monday, the Afghan interior ministry said."
         "\n\nRoads were shut."),
    )
    body = claim_with(trace(*articles), "died in the flood")
    assert body.verdict == "independently-confirmed"  # two agencies of one state stay two at body level
    assert body.independence.institution == "Government of Afghanistan"
    assert "every origin is part of the Government of Afghanistan" in body.independence.doubts
    report = trace(*articles, level="institution")
    strict = claim_with(report, "died in the flood")
    assert strict.verdict == "single-origin" and strict.independence.level == "institution"
    ministry = next(s for s in report.sources if s.id == strict.origins[0])
    assert ministry.affiliation_path[-1] == "government-of-afghanistan"


def test_an_anonymous_official_relayed_by_one_wire_in_two_articles_is_one_origin(trace: Run) -> None:
    report = trace(
        ("Daily Star", "A senior official told Reuters that the talks had collapsed on Friday."
         "\n\nThe delegations left."),
        ("Evening Post", "The talks collapsed on Friday, a senior official told Reuters.\n\nNo new date was set."),
    )
    claim = claim_with(report, "talks")
    assert claim.verdict == "single-origin"
    assert len([s for s in report.sources if s.kind == "anonymous"]) == 1


def test_a_document_named_in_two_articles_is_one_origin(trace: Run) -> None:
    report = trace(
        ("Daily Star", "The airline's flight manifest showed that 142 passengers were aboard the plane."
         "\n\nRelatives waited."),
        ("Evening Post", "There were 142 passengers aboard, according to the airline's flight manifest."
         "\n\nRelatives waited."),
    )
    claim = claim_with(report, "142 passengers")
    assert claim.verdict == "single-origin" and claim.independent_origins == 1


def test_an_article_citing_another_article_of_the_batch_adds_no_origin(trace: Run) -> None:
    report = trace(
        ("Riverside Chronicle", "The factory will close in March, the company said on Tuesday.\n\nWorkers were told."),
        ("Valley Gazette", "The factory will close in March, according to the Riverside Chronicle."
         "\n\nThe council will meet."),
    )
    claim = claim_with(report, "factory will close")
    assert claim.verdict == "single-origin"
    assert any("Riverside Chronicle" in line for line in claim.independence.evidence)


def test_a_thing_read_as_a_speaker_is_no_origin(trace: Run) -> None:
    report = trace(
        ("Daily Star", "The plane turned back before the crash, according to the location of the wreckage."
         "\n\nSearch goes on."),
        ("Evening Post", "Investigators said the plane turned back before the crash.\n\nThe search continues."),
    )
    for claim in report.claims:
        assert "the-location-of-the-wreckage" not in claim.origins
    assert claim_with(report, "turned back").verdict != "independently-confirmed"


def test_two_bodies_in_unrelated_articles_confirm_with_evidence(trace: Run) -> None:
    report = trace(
        ("Daily Star", "Police said the fire started in the kitchen of the hotel on Sunday night."
         "\n\nGuests were evacuated."),
        ("Evening Post", "The fire started in the kitchen of the hotel on Sunday night, the fire brigade said."
         "\n\nNobody commented."),
    )
    claim = claim_with(report, "fire started")
    assert claim.verdict == "independently-confirmed" and claim.independent_origins == 2
    assert any("2 distinct bodies" in line for line in claim.independence.evidence)
    assert not claim.independence.doubts


def test_two_bodies_reached_through_one_wire_credit_stay_cautious(trace: Run, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Hotel fire kills two\n\nPolice said the fire started in the kitchen of the hotel on Sunday night.\n\n"
        "Guests were evacuated.\n\nAdditional reporting by Reuters\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Blaze at hotel\n\nThe fire started in the kitchen of the hotel on Sunday night, the fire brigade said.\n\n"
        "The owner declined to comment.\n\nAdditional reporting by Reuters\n",
        encoding="utf-8",
    )
    report = run([str(tmp_path)], Options(cache=False))
    claim = claim_with(report, "fire started")
    assert claim.verdict == "single-origin"
    assert any("depend on one another" in line for line in claim.independence.doubts)


def test_an_unnamed_gang_beside_a_named_gang_keeps_the_cautious_verdict(trace: Run) -> None:
    report = trace(
        ("Daily Star", "BlackOak, a ransomware gang, said it had stolen patient records from the clinic."
         "\n\nThe clinic closed."),
        ("Evening Post", "An unnamed criminal gang said it had stolen patient records from the clinic."
         "\n\nPatients waited."),
    )
    claim = claim_with(report, "stolen patient records")
    assert claim.verdict == "single-origin"
    assert any("is not named" in line for line in claim.independence.doubts)


def test_an_unknown_independence_level_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="body or institution"):
        run([ArticleInput(id="a", text="Police said so.")], Options(cache=False, independence="country"))


def test_the_command_line_counts_per_institution_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from attribution.cli import main

    (tmp_path / "a.txt").write_text(
        "Flood\n\nAfghanistan's disaster ministry said 40 people died in the flood on Monday.\n\nRescuers searched.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Flood toll\n\nForty people died in the flood on Monday, the Afghan interior ministry said.\n\nRoads shut.\n",
        encoding="utf-8",
    )
    code = main(["report", str(tmp_path), "--format", "json", "--no-cache", "-q", "--independence", "institution"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    claim = next(c for c in report["claims"] if "flood" in c["statement"])
    assert claim["verdict"] == "single-origin"
    assert claim["independence"]["level"] == "institution"
