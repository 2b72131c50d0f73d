"""Shared by the property tests and ``scripts/fuzz.py``: input strategies and the invariants.

``check_text(engine, text)`` runs one text through ingest, parse, extraction, local
resolution, claim tracing (reduce) and every renderer, and returns the list of broken
invariants (empty when all hold). Only ``AttributionError`` may be raised by the
library for any text; anything else is reported as a problem, never propagated.
"""

from __future__ import annotations

import traceback
from typing import Any

from hypothesis import strategies as st

from attribution.errors import AttributionError

#: Max characters per generated text: parsing dominates, and short texts give many cases.
MAX_CHARS = 400

#: Pieces that exercise the rules: cue words, quote marks of every style, markup, controls,
#: characters whose case mapping or normalisation changes length (offset bugs hide there).
FRAGMENTS = [
    "The minister", " said ", " says ", " told reporters ", " according to ", " citing ", " reported ",
    " claimed ", " officials ", " a spokesperson for the agency ", " Reuters ", " the AP ", " U.S. ", " Dr. ",
    " he ", " she ", " they ", " it ", " that ", " was ", " would ", " 3,000 ", " 12.5% ", " on Monday ",
    '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u300c", "\u300d", "``", "''",
    ". ", "? ", "! ", ", ", ": ", "; ", " \u2014 ", "...", "\u2026", "(", ")", "[", "]",
    "\n", "\n\n", "\r\n", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", " ", "  ",
    "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u200d", "\u200e", "\ufeff", "\u00ad", "\x00", "\x1b[31m",
    "|", "`", "```", "<script>alert(1)</script>", "[x](http://evil.example)", "![i](x)", "# ", "## ", "> ", "- ",
    '"]-->x[', "%%", '"}; evil [', "\\", "&amp;", "{{", "}}",
    "\u0130", "\u00df", "\ufb01", "e\u0301", "\u2167", "\U0001f44d\U0001f3fd", "\u6771\u4eac", "\u0642\u0627\u0644",
    "\u05e9\u05dc\u05d5\u05dd", "\U0001d400", "\u0345", "\u1e9e",
    "By Jane Roe\n", "Photo: AFP\n", "Subscribe to our newsletter\n", "Copyright 2024\n",
]

_any_char = st.characters(exclude_categories=("Cs",))  # lone surrogates cannot come out of a decoded file

#: Arbitrary Unicode, short.
any_text = st.text(alphabet=_any_char, max_size=MAX_CHARS)
#: News-like soup: fragments and random runs, concatenated.
newsy_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.text(alphabet=_any_char, max_size=12)),
    min_size=3,
    max_size=80,
).map(lambda parts: "".join(parts)[:MAX_CHARS])
_SOURCES = ["The minister", "A spokesperson", "Officials", "Reuters", "The agency", "Dr. Lee", "Police",
            "The governor's office", "Local media", "Two witnesses", "He", "They", "A report by the UN"]
_CUES = ["said", "told reporters", "claimed", "reported", "confirmed", "denied", "warned", "added", "wrote"]
_CLAUSES = ["the bridge would open in May", "3,000 people were evacuated", "the talks had failed",
            "prices rose 12.5% on Monday", "no one was hurt", "the army withdrew from the town"]
_QUOTES = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ("'", "'"), ("", "")]


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    src, cue, clause = draw(st.sampled_from(_SOURCES)), draw(st.sampled_from(_CUES)), draw(st.sampled_from(_CLAUSES))
    o, c = draw(st.sampled_from(_QUOTES))
    form = draw(st.integers(0, 4))
    if form == 0:
        return f"{src} {cue} that {clause}."
    if form == 1:
        return f"According to {src.lower()}, {clause}."
    if form == 2:
        return f"{o}{clause.capitalize()},{c} {src.lower()} {cue}."
    if form == 3:
        return f"{src} {cue}: {o}{clause.capitalize()}.{c}"
    return f"{src} {cue}, citing {draw(st.sampled_from(_SOURCES)).lower()}, that {clause}."


@st.composite
def _damaged_prose(draw: st.DrawFn) -> str:
    """Well-formed attribution sentences, then fragments spliced in at random places."""
    text = " ".join(draw(st.lists(_sentence(), min_size=1, max_size=6)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=_any_char, max_size=4)))
        text = text[:at] + piece + text[at:]
    return text[:MAX_CHARS]


prose_text = _damaged_prose()
long_any_text = st.text(alphabet=_any_char, min_size=100, max_size=MAX_CHARS)
texts = st.one_of(any_text, long_any_text, newsy_text, prose_text, prose_text)  # weight: most cases news-like


def load_engine() -> Any:
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


def _span_problems(text: str, where: str, span: Any) -> list[str]:
    if span is None:
        return []
    if not (0 <= span.start <= span.end <= len(text)):
        return [f"{where}: offsets {span.start}:{span.end} outside the text of {len(text)} characters"]
    if text[span.start : span.end] != span.text:
        return [f"{where}: text[{span.start}:{span.end}]={text[span.start:span.end]!r} != {span.text!r}"]
    return []


def check_text(engine: Any, text: str, stats: dict[str, int] | None = None) -> list[str]:
    """Run one text through every stage; return the broken invariants (empty list: all good).

    ``stats`` (optional) counts what the input reached: "attributions", "claims" (inputs with any).
    """
    from attribution.ingest import article_from_text
    from attribution.pipeline import analyse, reduce
    from attribution.report import render, render_extract

    try:
        article = article_from_text(text, id="fuzz.txt", path="fuzz.txt")
    except AttributionError:
        return []  # e.g. blank text: a clean, documented refusal
    except Exception:  # noqa: BLE001 - the finding we are looking for
        return [f"ingest raised {traceback.format_exc(limit=-3)}"]
    problems: list[str] = []
    try:
        if article.text != text:
            problems.append("ingest changed the text (offsets would shift)")
        for b in article.blocks:
            if not (0 <= b.start <= b.end <= len(text)):
                problems.append(f"block {b.start}:{b.end} outside the text")
        doc = next(iter(engine.annotate([(article.text, list(article.blocks))])))
        doc.blocks = list(article.blocks)
        for t in doc.tokens:
            if text[t.start : t.end] != t.text:
                problems.append(f"token {t.i} {t.start}:{t.end} {t.text!r} != {text[t.start:t.end]!r}")
            if not (0 <= t.head < len(doc.tokens)):
                problems.append(f"token {t.i} head {t.head} out of range")
        for e in doc.entities:
            if text[e.start : e.end] != e.text:
                problems.append(f"entity {e.start}:{e.end} {e.text!r}")
        analysis = analyse(article, doc)
        report = reduce([analysis])
        for art in report.articles:
            for att in art.attributions:
                problems += _span_problems(text, f"{att.id} source", att.source)
                problems += _span_problems(text, f"{att.id} cue", att.cue)
                for n, c in enumerate(att.content):
                    problems += _span_problems(text, f"{att.id} content[{n}]", c)
            for d in art.diagnostics:
                if d.start is not None and not (0 <= d.start <= (d.end if d.end is not None else d.start) <= len(text)):
                    problems.append(f"diagnostic {d.code} {d.start}:{d.end} outside the text")
        if stats is not None:
            found = {
                "with attributions": any(a.attributions for a in report.articles),
                "with claims": bool(report.claims),
            }
            for name, hit in found.items():
                stats[name] = stats.get(name, 0) + hit
        for claim in report.claims:
            for m in claim.mentions:
                problems += _span_problems(text, f"{claim.id} mention", m)
        for fmt in ("markdown", "json", "table", "dot", "mermaid"):
            render(report, fmt)
        for fmt in ("json", "table", "markdown"):
            render_extract(report, fmt)
    except AttributionError:
        pass
    except Exception:  # noqa: BLE001 - the finding we are looking for
        problems.append(f"raised {traceback.format_exc(limit=-4)}")
    return problems
