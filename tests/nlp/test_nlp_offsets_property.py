"""Property: whatever the text and blocks, every token's offsets slice the original text to its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.doc import PARSED_BLOCK_KINDS, Block

WORDS = st.sampled_from(
    [
        "Police", "said", "the", "ministry", "“We", "will", "not", "stop,”", "reported", "can't", "U.S.", "3,000",
        "—", "(AP)", "e-mail", "naïve", "Zürich", "résumé", "🙂", "…", "'s", "officials'", "2024-11-23", "#tag",
        "https://example.org/a?b=c", ".", ",", ":", ";", "?", "!", '"', "according", "to", "by", "because", "of",
        "caf\udce9",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", " \n", "\n", "\r\n", "\n\n", "\u2009"])


@st.composite
def article(draw: st.DrawFn) -> tuple[str, list[Block]]:
    paragraphs = draw(st.lists(st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=25), min_size=1, max_size=5))
    text, blocks = "", []
    lead = draw(st.sampled_from(["", " ", "\n", "\ufeff"]))
    text += lead
    for para in paragraphs:
        body = "".join(w + s for w, s in para).rstrip()
        kind = draw(st.sampled_from(["body", "body", "bullet", "boilerplate", "caption", "title"]))
        if kind == "bullet":
            text += "- "
        blocks.append(Block(len(text), len(text) + len(body), kind))
        text += body + draw(st.sampled_from(["\n", "\n\n", "\r\n\r\n", " \n \n"]))
    use_blocks = draw(st.booleans())
    return text, blocks if use_blocks else []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article())
def test_every_token_offset_slices_the_original_text_to_its_text(spacy_engine, item):
    text, blocks = item
    doc = next(iter(spacy_engine.annotate([(text, blocks)])))
    assert doc.text == text
    parsed = [b for b in blocks if b.kind in PARSED_BLOCK_KINDS]
    prev_end = 0
    for n, t in enumerate(doc.tokens):
        assert t.i == n
        assert text[t.start : t.end] == t.text
        assert t.text.strip() == t.text and t.text
        assert t.start >= prev_end  # in text order, never overlapping
        prev_end = t.end
        if blocks:
            assert any(b.start <= t.start and t.end <= b.end for b in parsed), "token outside the story blocks"
        sent = doc.sentences[t.sent]
        assert sent.start_token <= t.head < sent.end_token
    for sent in doc.sentences:
        assert text[sent.start : sent.end].strip()
        assert (sent.block == -1) == (not blocks)
    for ent in doc.entities:
        assert text[ent.start : ent.end] == ent.text
