"""An anchored description's anchor keys are worked out once and tested against each named origin: the same
answer as working them out for every named origin."""

from __future__ import annotations

import itertools

import pytest

from attribution.models import Source
from attribution.tracing.independence import _anchor_keys, _anchored_description, _description_may_be

DESCRIBED = ["the EU's competition regulator", "EU competition enforcer", "Jordanian state television",
             "the WHO's emergency committee", "South Korean health officials"]  # fmt: skip
NAMED = [
    ("European Commission", "government", None), ("Ana Berg", "person", "Competition Commissioner"),
    ("World Health Organization", "organization", None), ("Jordan TV", "media outlet", "state television"),
    ("Korea Disease Control Agency", "government", None), ("Veltra", "company", "a shipping firm"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "named"), list(itertools.product(DESCRIBED, NAMED)))
def test_description_may_be_with_keys_worked_out_once(written: str, named: tuple[str, str, str | None]) -> None:
    described = Source(id="d", name=written, kind="organization")
    found = _anchored_description(described, [written])
    assert found is not None
    other = Source(id="n", name=named[0], kind=named[1], description=named[2])
    keys = _anchor_keys(found[0])
    assert _description_may_be(found, described, other, keys) == _description_may_be(found, described, other)


def test_the_table_holds_descriptions_that_may_be_and_may_not_be() -> None:
    answers = set()
    for written, named in itertools.product(DESCRIBED, NAMED):
        described = Source(id="d", name=written, kind="organization")
        found = _anchored_description(described, [written])
        assert found is not None
        answers.add(_description_may_be(found, described, Source(id="n", name=named[0], kind=named[1],
                                                                 description=named[2])))  # fmt: skip
    assert answers == {True, False}
