"""Rule ``unidentified_origin_holds_back``: a confirmation counted on an origin the tool could not identify (an
anonymous, collective or unknown kind, no proper word in its name, no body it speaks for) is held back as
single-origin, and the doubt names that origin and the rule. Named origins, officials who speak for a named
body, and the press at large are not held back by it. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402

PORT = ["~close", "port", "harbour", "storm"]
RULE = "rule unidentified_origin_holds_back"

#: Two unrelated articles' own words.
BODIES = (
    "The harbour port was closed before the storm on Tuesday. Another line 0 on tides and wind.",
    "Ferries stayed in dock all day. Another line 1 on tides and wind.",
)


def trace(first: Source, second: Source, written: tuple[str, str] = ("", "")):  # type: ignore[no-untyped-def]
    statement = "the port is closed as the storm nears the harbour"
    arts: list[Art] = two_origin_articles(
        first.id, second.id, bodies=BODIES, statement=statement, keys=PORT, written=written
    )
    (claim,) = trace_claims(arts, [first, second])
    return claim


def held_back(claim) -> list[str]:  # type: ignore[no-untyped-def]
    return [d for d in claim.independence.doubts if RULE in d]


def test_two_named_bodies_still_confirm() -> None:
    # "The port is closed, the Coast Guard said." / "..., the Harbour Authority of Velmar said."
    claim = trace(
        src("coast-guard", "Coast Guard", "government"), src("velmar-port", "Velmar Port Authority", "government")
    )
    assert claim.verdict == "independently-confirmed"
    assert not held_back(claim)


@pytest.mark.parametrize(
    ("sid", "name", "kind"),
    [
        ("the-insiders", "the insiders", "anonymous"),  # "..., the insiders said."
        ("security-sources", "security sources", "anonymous"),  # "..., security sources said."
        ("witnesses", "witnesses", "collective"),  # "..., witnesses said."
        ("the-need", "the need", "unknown"),  # a noun phrase misread as the one who spoke
    ],
)
def test_a_confirmation_counted_on_an_origin_with_no_name_is_held_back(sid: str, name: str, kind: str) -> None:
    # "The port is closed, harbour master Ines Duarte said." / "..., the insiders said."
    claim = trace(src("ines-duarte", "Ines Duarte"), src(sid, name, kind), written=("", name))
    assert claim.verdict == "single-origin"
    (line,) = held_back(claim)
    assert f"could not identify {name} (no name, no body it speaks for)" in line


def test_unnamed_officials_who_speak_for_a_named_body_are_not_held_back_by_this_rule() -> None:
    # "..., Velmar officials said." with the corpus naming the body they speak for
    officials = src("velmar-officials", "Velmar officials", "anonymous")
    officials.affiliation_path = ["velmar-port", "velmar-government"]
    claim = trace(src("coast-guard", "Coast Guard", "government"), officials, written=("", "Velmar officials"))
    assert not held_back(claim)


def test_the_press_at_large_is_left_to_the_press_steps() -> None:
    # "..., local media reported." is the press at large, not an unidentified speaker
    press = src("local-media", "local media", "collective")
    claim = trace(src("coast-guard", "Coast Guard", "government"), press, written=("", "local media"))
    assert not held_back(claim)
