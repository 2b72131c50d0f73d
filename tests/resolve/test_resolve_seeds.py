"""Seed acceptance: across the five seed articles each of these real sources is one source."""

from __future__ import annotations

from collections import defaultdict

import pytest

GROUPS = {
    "nis": {
        "South Korean intelligence agency",
        "The South Korean National Intelligence Service",
        "the South Korean National Intelligence Service",
        "the National Intelligence Service (NIS)",
        "The NIS",
        "South Korean intelligence",
        "the National Intelligence Service",
        "South Korea's National Intelligence Service (NIS)",
        "NIS",
        "South Korea's intelligence service",
    },
    "ukrainian military intelligence": {
        "Ukraine\u2019s Defense Intelligence (DIU)",
        "The DIU",
        "The Ukrainian military intelligence agency (GUR)",
        "GUR",
        "Ukraine military intelligence",
    },
    "zelensky": {"Ukrainian President Volodymyr Zelensky", "Ukrainian President Volodymyr Zelenskyy", "Zelensky"},
}


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_seed_source_resolves_to_one_source(seed_report, group: str) -> None:  # type: ignore[no-untyped-def]
    ids: dict[str, set[str]] = defaultdict(set)
    for art in seed_report.articles:
        for att in art.attributions:
            # an attribution that makes no claim (the model's "has openly criticized") is shown, not resolved
            if att.source is not None and att.claim and att.source.text in GROUPS[group]:
                ids[group].add(att.source_id or "")
    assert len(ids[group]) == 1, ids[group]
    assert "" not in ids[group]


def test_seed_sources_have_expected_kinds(seed_report) -> None:  # type: ignore[no-untyped-def]
    by_id = {s.id: s for s in seed_report.sources}
    assert by_id["national-intelligence-service-south-korea"].kind == "intelligence agency"
    assert by_id["volodymyr-zelensky"].kind == "person"
    assert by_id["yang-uk"].kind == "expert or think tank"
    assert by_id["lee-seong-kweun"].kind == "legislator"
    assert by_id["south-korean-officials"].kind == "government"
    anonymous = [s for s in seed_report.sources if s.name == "a South Korean intelligence source"]
    assert anonymous and anonymous[0].kind == "anonymous"
