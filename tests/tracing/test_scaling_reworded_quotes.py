"""``reworded`` turns away two wordings with different openings whose words in common (counted with repeats) are
too few for the words shared in order to be enough, before aligning them: the same answer as main's code (kept here
as the oracle) on generated wordings of one quotation (excerpts, words dropped, swapped, added, repeated) and of
different quotations."""

from __future__ import annotations

import random
from collections.abc import Sequence
from difflib import SequenceMatcher

import pytest

from attribution.tracing.conflicts import (
    MIN_QUOTE_COMPARE_WORDS,
    MIN_REWORDED_WORDS,
    QUOTE_OPENING_WORDS,
    QUOTE_SHARED_SHARE,
    _article_at_edge,
    _meaning_differs,
    _unmarked_omission,
    reworded,
)

WORDS = ["we", "will", "respond", "in", "a", "manner", "of", "our", "choosing", "this", "is", "real", "substantial",
         "progress", "the", "port", "closed", "10", "percent", "%", "space", "flight", "spaceflight"]  # fmt: skip


def _oracle(a: Sequence[str], b: Sequence[str]) -> bool:
    """main 1a12adb's ``reworded``, with conflict16's rule ``unmarked_omission`` (a short stretch left out without a
    mark, an article opening a later excerpt; one word of meaning changed is a rewording)."""
    if min(len(a), len(b)) < MIN_QUOTE_COMPARE_WORDS or list(a) == list(b):
        return False
    ops = SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    same_opening = list(a[:QUOTE_OPENING_WORDS]) == list(b[:QUOTE_OPENING_WORDS])
    if not same_opening and shared < QUOTE_SHARED_SHARE * min(len(a), len(b)):
        return False
    while ops and (ops[0][0] in ("insert", "delete") or _article_at_edge(ops[0], a, b)):
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()
    changes = [
        op
        for op in ops
        if op[0] != "equal"
        and "".join(a[op[1] : op[2]]) != "".join(b[op[3] : op[4]])
        and not _unmarked_omission(a[op[1] : op[2]], b[op[3] : op[4]])
    ]
    changed = sum((i2 - i1) + (j2 - j1) for _, i1, i2, j1, j2 in changes)
    return changed >= MIN_REWORDED_WORDS or _meaning_differs(a, b, changes)


def _wordings(rng: random.Random) -> tuple[list[str], list[str]]:
    a = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
    if rng.random() < 0.25:
        return a, [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]  # another quotation
    b = list(a)
    for _ in range(rng.randint(0, 4)):
        edit = rng.choice(("drop", "swap", "add", "cut"))
        if edit == "drop" and b:
            b.pop(rng.randrange(len(b)))
        elif edit == "swap" and b:
            b[rng.randrange(len(b))] = rng.choice(WORDS)
        elif edit == "add":
            b.insert(rng.randint(0, len(b)), rng.choice(WORDS))
        elif b:
            b = b[rng.randint(0, 2) :]  # an excerpt starting later
    return a, b


@pytest.mark.parametrize("seed", range(400))
def test_reworded_is_main_s_answer(seed: int) -> None:
    a, b = _wordings(random.Random(seed))
    assert reworded(a, b) == _oracle(a, b)
    assert reworded(tuple(b), tuple(a)) == _oracle(b, a)


def test_the_generated_wordings_meet_both_answers_and_the_early_refusal() -> None:
    answers, early = set(), 0
    for seed in range(400):
        a, b = _wordings(random.Random(seed))
        answers.add(_oracle(a, b))
        opening = a[:QUOTE_OPENING_WORDS] == b[:QUOTE_OPENING_WORDS]
        common = sum(min(a.count(w), b.count(w)) for w in set(a))
        early += (
            min(len(a), len(b)) >= MIN_QUOTE_COMPARE_WORDS
            and not opening
            and common < QUOTE_SHARED_SHARE * min(len(a), len(b))
        )
    assert answers == {True, False}
    assert early
