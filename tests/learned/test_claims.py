"""Which attributions make claims (attribution/learned/claims.py): the merge keeps every attribution the
model proposes where the rules are silent; tracing follows only those that report a proposition."""

from __future__ import annotations

import json

import pytest
from learned_helpers import parse_bare as parse

from attribution.article import ArticleInput
from attribution.cli import main
from attribution.extraction.combine import _mention, regions
from attribution.extraction.types import RawAttribution
from attribution.learned.claims import claim_view, makes_claim
from attribution.learned.model import _words, propose
from attribution.pipeline import analyse


def _raw(text: str, source: str | None, cue: str, content: str, act: str, by: str = "model") -> tuple:
    doc = parse(text)
    c0 = text.index(cue)
    k0 = text.index(content)
    raw = RawAttribution(
        kind="reported-speech",
        source=_mention(doc, (text.index(source), text.index(source) + len(source))) if source else None,
        cue=(c0, c0 + len(cue)),
        content=[(k0, k0 + len(content))],
        sentence=0,
        by=by,
        rule="" if by == "model" else "verbal",
        act=act,
    )
    return doc, raw


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "act", "by", "claim"),
    [
        # a clause: a proposition the source states
        ("Officials said the bridge had collapsed after the storm.", "Officials", "said",
         "the bridge had collapsed after the storm", "speech", "model", True),
        # a quote
        ("Residents said: “The water came in overnight and stayed.”", "Residents", "said",
         "“The water came in overnight and stayed.”", "speech", "model", True),
        ("The minister believes the reactor is safe to restart.", "The minister", "believes",
         "the reactor is safe to restart", "belief", "model", True),
        # "recalling" in its product sense: the content is no clause, the sentence is the outlet's fact
        ("Brennan Motors is recalling 340,000 SUVs.", "Brennan Motors", "is recalling", "340,000 SUVs",
         "speech", "model", False),
        # a refusal, a plan, a verdict on something: no proposition to confirm
        ("The company declined to comment on the cost of the repairs.", "The company", "declined",
         "to comment on the cost of the repairs", "intention", "model", False),
        ("The mayor wants to build a new stadium by the river.", "The mayor", "wants",
         "to build a new stadium by the river", "intention", "model", False),
        ("The senator criticized the plan as reckless and costly.", "The senator", "criticized",
         "the plan as reckless and costly", "evaluation", "model", False),
        # a negated cue reports what was not said
        ("The spokesman did not say what caused the blast at the plant.", "The spokesman", "did not say",
         "what caused the blast at the plant", "speech", "model", False),
        # no source: nobody to trace the claim to
        ("It was said that the plant had closed for good.", None, "was said",
         "that the plant had closed for good", "speech", "model", False),
        # the rules read claim forms: their attributions always make claims, whatever the act
        ("The union urged that the talks resume on Monday.", "The union", "urged",
         "that the talks resume on Monday", "intention", "rule:verbal", True),
    ],
)
def test_an_attribution_makes_a_claim_when_it_reports_a_proposition(text, source, cue, content, act, by, claim):
    doc, raw = _raw(text, source, cue, content, act, by)
    assert makes_claim(doc, raw) is claim


def test_the_claim_view_keeps_every_index_and_empties_the_attributions_that_make_no_claim():
    text = "The company declined to comment on the cost of the repairs."
    doc, quiet = _raw(text, "The company", "declined", "to comment on the cost of the repairs", "intention")
    _, said = _raw(text, "The company", "declined", "to comment on the cost of the repairs", "speech", "rule:verbal")
    view = claim_view(doc, [said, quiet])
    assert len(view) == 2
    assert view[0] is said and said.claim
    assert not quiet.claim  # the attribution itself keeps its spans (the extract shows it) ...
    assert quiet.source is not None and quiet.content
    inert = view[1]  # ... but resolution and tracing see nothing of it
    assert inert.source is None and inert.content == [] and inert.sentence == -1 and inert.parent is None


ARTICLE = """Harbor Line recalls ferries after engine fires

Harbor Line is recalling 42 ferries because a fuel pump can overheat, the company said on Monday.

The company declined to comment on the cost of the repairs.

Transport minister Ana Ruiz said the ferries would stay in port until inspectors had checked every pump.

Ruiz wants to hold a public inquiry into the fires.
"""


def test_extract_marks_which_attributions_make_claims_and_names_no_source_for_the_others(tmp_path):
    path = tmp_path / "ferries.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", "-q", "--no-cache", "--format", "json", str(path), "-o", str(out)]) == 0
    atts = json.loads(out.read_text(encoding="utf-8"))["articles"][0]["attributions"]
    assert all(isinstance(a["claim"], bool) for a in atts)
    assert any(a["claim"] for a in atts)
    for a in atts:
        if not a["claim"]:
            assert a["by"] == "model" and a["source_id"] is None, a
    # the minister's statement is a claim; what the model reads as a plan or a refusal is not
    said = [a for a in atts if a["cue"]["text"] == "said" and "stay in port" in a["content"][0]["text"]]
    assert said and said[0]["claim"]
    for a in atts:
        if a["cue"]["text"] in ("declined", "wants"):
            assert not a["claim"], a


def test_no_claim_mention_is_built_on_an_attribution_that_makes_no_claim():
    doc = parse(ARTICLE)
    analysis = analyse(ArticleInput(id="ferries.txt", text=ARTICLE), doc)
    quiet = {n for n, r in enumerate(analysis.raws) if not r.claim}
    for m in analysis.candidates.mentions:
        assert not quiet & set(m.attributions), m


def test_the_model_reads_the_parse_tokens_as_its_own_tokenizer_would():
    doc = parse(ARTICLE)
    regs = regions(doc)
    tokens = [(t.start, t.end) for t in doc.tokens]
    for s, e in regs:
        spelled = _words(doc.text, (s, e), tokens)
        assert spelled is not None
        assert "".join(w + (" " if sp else "") for w, sp in zip(*spelled, strict=True)).rstrip() == doc.text[s:e]
    with_tokens = propose(doc.text, regs, tokens=tokens)
    assert [(p.source, p.cue, p.content) for p in with_tokens] == [
        (p.source, p.cue, p.content) for p in propose(doc.text, regs)
    ]


def test_tokens_that_do_not_spell_a_region_leave_it_to_the_model_tokenizer():
    text = "Officials  said the bridge had collapsed."
    assert _words(text, (0, len(text)), [(0, 9), (11, 15), (16, 19)]) is None  # a double space, a gap
