"""What ingest hands to the rest of the pipeline: one article's text and metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from .doc import Block


@dataclass(slots=True)
class Note:
    """A diagnostic raised before the public models exist (ingest, annotation)."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class ArticleInput:
    """One article ready for annotation.

    ``text`` is what every offset indexes: for ``.txt`` it is the file decoded
    (UTF-8 or the detected encoding) exactly; for JSON records the record's text;
    for HTML the main text trafilatura extracted.
    ``outlet`` is None when nothing in the input names one; ``outlet_evidence``
    says how it was found ("manifest", "record", or one of
    ``ingest.outlet.EVIDENCE_ORDER``: "signoff", "site-name", "appeal", "newsletter",
    "staff-byline", "byline-outlet", "app", "masthead", "masthead-line", "source-line",
    "interview", "copyright", "dateline", "wire-byline") so a report never presents a guess
    as fact.
    """

    id: str
    text: str
    path: str | None = None
    outlet: str | None = None
    outlet_evidence: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def display_outlet(self) -> str:
        """The outlet as shown to people: never a guess; the file name when unknown."""
        if self.outlet:
            return self.outlet
        name = (self.path or self.id).replace("\\", "/").rsplit("/", 1)[-1]
        return f"{name} (outlet not named in text)"
