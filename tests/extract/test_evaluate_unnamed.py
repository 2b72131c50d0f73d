"""The extraction evaluator reads a gold description of an unnamed body as the resolver does."""

from __future__ import annotations

from attribution.extract.evaluate import _ids, _unnamed_key
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
