"""False confirmations of the kinds the forty-two development stories showed in round sixteen, each on sentences
written for its test: a news outlet whose own name says whose it is ("the Harbour Front-run Tidewater television",
"the Kestrel-affiliated Amaq news agency") beside the party it belongs to (rule ``affiliated_press``), and a news
outlet relaying the party its report names first ("The aviation agency ordered the grounding after a panel blew out
on a Coastal Air flight": rule ``first_named_party``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import mention, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402

#: Two unrelated articles' own words.
BODIES = (
    "The blast hit the market at noon. Another line 0 on the weather.",
    "Crowds gathered at the gates on Monday. Another line 1 on the weather.",
)
CLAIMED = "the group claimed the attack on the market"
KEYS = ["~claim", "group", "attack", "market"]


def _press(name: str, kind: str = "wire agency") -> Source:
    return src("press", name, kind)


# -- affiliated_press ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("press", "party", "joined"),
    [
        ("the Harbour Front-run Tidewater television", "Harbour Front", True),
        ("Kestrel- affiliated Amaq news agency", "Kestrel militants", True),  # the party's name begins with it
        ("the Kestrel affiliated Amaq news agency", "Kestrel", True),  # no hyphen
        ("Norland Revolutionary Guards-affiliated Tasma news agency", "Revolutionary Guards", True),  # its last words
        ("the Ostrava-backed channel Vesta 24", "Ostrava", True),
        ("the Kestrel-owned Daily Clarion", "Kestrel", True),
        ("the state-run Norland News Agency", "Norland State Council", False),  # no name before "-run"
        ("the Kestrel-owned Daily Clarion", "Orion Motors", False),  # the owner is no origin of the claim
        ("Kestrel Daily", "Kestrel", False),  # a name, no word saying whose it is
    ],
)  # fmt: skip
def test_an_outlet_named_as_a_partys_own_is_no_second_body(press: str, party: str, joined: bool) -> None:
    # "Kestrel militants claimed the attack" / "the attack was claimed, the Kestrel-affiliated Amaq news agency said"
    outlet, group = _press(press), src("party", party, "organization")
    arts = two_origin_articles(group.id, outlet.id, bodies=BODIES, statement=CLAIMED, keys=KEYS, written=("", press))
    (claim,) = trace_claims(arts, [group, outlet])
    doubts = claim.independence.doubts
    if joined:
        assert claim.verdict == "single-origin", claim.independence
        assert any("rule affiliated_press" in d and party in d for d in doubts), doubts
    else:
        assert not any("rule affiliated_press" in d for d in doubts), doubts


def test_a_body_named_as_a_partys_own_is_left_to_the_other_rules() -> None:
    # "the Kestrel-run health ministry" is no outlet: what a party's ministry says is the ministry's (rule
    # ``affiliated_press`` reads only news outlets and channels)
    ministry = src("ministry", "the Kestrel-run health ministry", "government")
    group = src("party", "Kestrel", "organization")
    arts = two_origin_articles(group.id, ministry.id, bodies=BODIES, statement=CLAIMED, keys=KEYS)
    (claim,) = trace_claims(arts, [group, ministry])
    assert not any("rule affiliated_press" in d for d in claim.independence.doubts), claim.independence


def test_the_affiliated_outlet_is_read_from_how_an_article_writes_it() -> None:
    # the source table keeps the outlet's short name; the article writes "the Kestrel-affiliated Amaq agency"
    outlet, group = _press("Amaq"), src("party", "Kestrel", "organization")
    written = ("", "the Kestrel-affiliated Amaq agency")
    arts = two_origin_articles(group.id, outlet.id, bodies=BODIES, statement=CLAIMED, keys=KEYS, written=written)
    (claim,) = trace_claims(arts, [group, outlet])
    assert claim.verdict == "single-origin", claim.independence
    assert any("rule affiliated_press" in d for d in claim.independence.doubts), claim.independence


# -- first_named_party ----------------------------------------------------------------------------------------

GROUNDED = "the aviation agency ordered airlines to ground the jets after a panel blew out on a Coastal Air flight"
GROUND_KEYS = ["~order", "ground", "jet", "panel", "airline"]


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        ("The Aviation Agency ordered airlines to ground the jets after a panel blew out on a Coastal Air flight",
         "Aviation Agency"),
        ("A panel blew out on a Coastal Air flight, and the Aviation Agency ordered airlines to ground the jets",
         "Coastal Air"),
    ],
)  # fmt: skip
def test_an_outlet_relays_the_party_its_report_names_first(text: str, relayed: str) -> None:
    # the party the outlet's words name first is the one it relays, whatever the order of the parties' names
    # (the airline's id sorts first: the order of the claim's origins is not the order of the words)
    agency, airline = src("agency", "Aviation Agency", "government"), src("a-coastal", "Coastal Air", "organization")
    outlet = _press("Channel Nine", "media outlet")
    arts = two_origin_articles(agency.id, outlet.id, bodies=BODIES, statement=GROUNDED, keys=GROUND_KEYS,
                               texts=(GROUNDED, text))  # fmt: skip
    arts[0].mentions.append(mention(GROUNDED, GROUND_KEYS, attributions=[arts[0].attribute(airline.id)]))
    (claim,) = trace_claims(arts, [agency, airline, outlet])
    relays = [d for d in claim.independence.doubts if d.startswith("Channel Nine does not say where")]
    assert relays and f"names {relayed}:" in relays[0], claim.independence


# -- a broadcaster the alias table knows --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["CNBC", "Consumer News and Business Channel"])
def test_a_business_news_channel_is_read_as_the_press(name: str) -> None:
    # "CNBC reports: The agency ordered ..." (a blog quoting the channel): the channel reports, it is no second body
    from attribution.resolve.aliases import default_aliases

    entry = default_aliases().lookup(name)
    assert entry is not None and entry.kind == "media outlet" and entry.country == "United States"


# -- demand_is_no_report ----------------------------------------------------------------------------------------

HARD = "the results it publishes are difficult to believe"
HARD_KEYS = ["~believe", "result", "publish", "difficult"]


@pytest.mark.parametrize(
    ("cue", "told"),
    [
        ("must understand", True),  # "The regime must understand that the results ... are difficult to believe"
        ("should admit", True),
        ("needs to accept", False),  # "accept" is no verb of saying or thinking
        ("needs to know", True),
        ("ought to know", True),
        ("have to concede", True),
        ("understands", False),
        ("would say", False),  # no obligation
        ("said", False),
    ],
)  # fmt: skip
def test_a_speaker_told_what_to_think_is_no_second_origin(cue: str, told: bool) -> None:
    from attribution.models import Span

    president, regime = src("president", "Ana Ruiz"), src("regime", "Norland regime", "government")
    arts = two_origin_articles(president.id, regime.id, bodies=BODIES, statement=HARD, keys=HARD_KEYS)
    arts[1].attributions[0].cue = Span(text=cue, start=0, end=len(cue))
    (claim,) = trace_claims(arts, [president, regime])
    doubts = claim.independence.doubts
    assert any("rule demand_is_no_report" in d for d in doubts) == told, claim.independence
    assert (claim.verdict == "single-origin") == told, claim.independence


def test_when_every_origin_is_told_what_to_think_one_stays() -> None:
    from attribution.models import Span

    one, two = src("one", "Norland regime", "government"), src("two", "Estland regime", "government")
    arts = two_origin_articles(one.id, two.id, bodies=BODIES, statement=HARD, keys=HARD_KEYS)
    for art in arts:
        art.attributions[0].cue = Span(text="must understand", start=0, end=15)
    (claim,) = trace_claims(arts, [one, two])
    assert claim.verdict == "single-origin" and len(claim.origins) == 2, claim
    assert sum("rule demand_is_no_report" in d for d in claim.independence.doubts) == 1, claim.independence
