"""The tracing evaluator maps the gold file's names to our sources as their author meant them."""

from __future__ import annotations

from attribution.evaluation.claims import _gold_origin_ids


def test_a_parenthesised_country_qualifies_the_gold_name_it_is_not_an_alias() -> None:
    names = {"kenya": "kenya-government", "harbour authority": "harbour-authority"}
    assert _gold_origin_ids(["Port Agency (Kenya)"], names) == {"?port agency (kenya)"}  # not found, not "kenya"
    assert _gold_origin_ids(["Harbour Authority (Kenya)"], names) == {"harbour-authority"}


def test_parenthesised_other_names_are_aliases() -> None:
    names = {"diu": "defence-intelligence"}
    assert _gold_origin_ids(["Defence Intelligence of Ukraine (GUR / DIU / HUR)"], names) == {"defence-intelligence"}


def test_a_leading_the_does_not_keep_a_gold_outlet_from_its_source() -> None:
    names = {"daily planet": "daily-planet"}
    assert _gold_origin_ids(["The Daily Planet"], names) == {"daily-planet"}


def test_a_gold_quote_the_report_cut_in_two_counts_in_the_claim_of_its_gold_claims_other_mentions(tmp_path) -> None:
    from attribution.evaluation.claims import evaluate
    from attribution.models import ArticleResult, Claim, Mention, Report

    text = "A depot blew up near Tarvik, killing four guards. Four guards died in the blast, police said."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    def mention(part: str) -> Mention:
        k = text.index(part)
        return Mention(article="a.txt", start=k, end=k + len(part), text=part, attribution=None, chains=[["o"]])

    claims = [
        # the blast part is the longer one, so best overlap alone would put the gold quote there
        Claim(
            id="c1",
            statement="",
            mentions=[mention("A depot blew up near Tarvik,")],
            origins=["o"],
            independent_origins=1,
            verdict="unattributed",
        ),
        Claim(
            id="c2",
            statement="",
            mentions=[mention("killing four guards"), mention("Four guards died in the blast")],
            origins=["o"],
            independent_origins=1,
            verdict="unattributed",
        ),
    ]
    report = Report(
        engine="e",
        model="m",
        version="v",
        claims=claims,
        articles=[ArticleResult(id="a.txt", path=str(tmp_path / "a.txt"), outlet=None, outlet_source=None)],
    )
    gold = {
        "claims": [
            {
                "id": "deaths",
                "verdict": "unattributed",
                "origins": [],
                "mentions": [
                    {"file": "a.txt", "quote": "A depot blew up near Tarvik, killing four guards."},
                    {"file": "a.txt", "quote": "Four guards died in the blast"},
                ],
            }
        ]
    }
    figures = evaluate(report, gold, gold_dir=str(tmp_path))
    assert figures["grouping_recall"] == 1.0
