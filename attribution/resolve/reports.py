"""Unnamed reports as a source: "Hasina reportedly resigned", "It was reported that ...", "According to
reports, ...". Extraction finds these attributions but names no source (kind "vague-report", or a cue with no
subject); the text still says where the claim comes from: reports it does not name. Rule ``unnamed_reports``
gives each such attribution a source phrase on its report word, named "reports", which ``COMMON_FORMS``
reads as an unnamed (anonymous) source of its article. Independence never counts unnamed reports apart from
another origin (``tracing/independence/press.py``, rule ``unnamed_reports``).
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Document, Token
from ..extraction.types import RawAttribution, SourceMention
from ..kinds import AttributionKind
from ..lang.en import resolve_words as rw
from ..rules import rule


def _is_report_word(doc: Document, t: Token) -> bool:
    """ "reportedly"; "reports" (the noun); "was reported" (the verb with no subject that reported: "the
    channel reported" names who reported)."""
    if t.text.lower() in rw.REPORT_ADVERBS:
        return True
    if t.lemma.lower() not in rw.REPORT_LEMMAS:
        return False
    if t.upos != "VERB":
        return True
    return not any(c.deprel == "nsubj" for c in doc.children(t.i))


def _report_token(doc: Document, raw: RawAttribution) -> Token | None:
    """The report word of a sourceless attribution: a cue word ("reportedly", "was reported"), or the bare
    noun the cue hangs on ("according to reports")."""
    toks = doc.tokens
    cue = doc.tokens_within(*raw.cue)
    for t in cue:
        if _is_report_word(doc, t):
            return t
    for t in cue:
        h = t.head
        if 0 <= h < len(toks) and h != t.i and toks[h].upos == "NOUN" and _is_report_word(doc, toks[h]):
            if not any(c.deprel in ("amod", "compound", "nmod", "nmod:poss", "appos") for c in doc.children(h)):
                return toks[h]  # a bare "reports": "reports in Ukrainian media" names its source
    return None


@rule("unnamed_reports", example="The bridge had reportedly been closed for repairs.")
def unnamed_report_source(doc: Document, raw: RawAttribution) -> RawAttribution | None:
    """A sourceless attribution whose cue says only "it was reported", with its report word as the source
    phrase, named "reports" (None when the rule does not apply)."""
    if raw.source is not None or raw.via or raw.parent is not None or raw.kind == AttributionKind.ARTICLE_REFERENCE:
        return None  # a nested one continues its holder's source
    if not raw.claim:
        return None  # one that makes no claim names no source (``learned.claims.claim_view``)
    t = _report_token(doc, raw)
    if t is None:
        return None
    mention = SourceMention(t.i, t.i + 1, t.i, t.text, t.start, t.end, name=rw.UNNAMED_REPORTS_NAME)
    return replace(raw, source=mention)


def with_unnamed_reports(doc: Document, raws: list[RawAttribution]) -> list[RawAttribution]:
    """The article's attributions, each sourceless one that rests on unnamed reports given that source."""
    return [unnamed_report_source(doc, raw) or raw for raw in raws]
