"""Public, pydantic models: the JSON contracts editorial tools rely on.

Fields named in the issues (extract contract, claims contract) are never removed
or renamed; new fields may be added. Every offset is a Python string index into
the article text (for ``.txt`` files: the file decoded), so
``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .kinds import SOURCE_KINDS as _SOURCE_KINDS
from .kinds import AttributionKind, BlockKind, ConflictKind, EvidenceKind, SourceKind

Verdict = Literal["single-origin", "independently-confirmed", "unattributed"]

#: Source kinds; the alias file and the resolver use exactly these strings (the members of ``SourceKind``).
SOURCE_KINDS = _SOURCE_KINDS


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")

    def model_post_init(self, context: Any, /) -> None:
        """A model given every field shares one "fields set" with the others of its class.

        Pydantic keeps, per instance, the set of the fields given (216-728 bytes): 40% of a report's
        memory on batches of tiny articles (a report of 100,000 holds ~1.2 million models). When
        every field was given, that set is the same for all, and adding a field to it is a no-op, so
        sharing one is invisible (``model_fields_set``, ``exclude_unset``, equality and copies
        unchanged). A model given only some fields keeps its own set."""
        fields_set = self.__pydantic_fields_set__
        cls = type(self)
        shared = _ALL_FIELDS.get(cls)
        if shared is None:  # read once per class (``model_fields`` is a property that builds its answer)
            shared = _ALL_FIELDS[cls] = set(cls.model_fields)
        if len(fields_set) == len(shared) and fields_set == shared:
            object.__setattr__(self, "__pydantic_fields_set__", shared)


#: Per model class, the one set of all its field names that complete instances share (``_Model``).
_ALL_FIELDS: dict[type[BaseModel], set[str]] = {}


class Span(_Model):
    text: str
    start: int
    end: int


class Diagnostic(_Model):
    code: str
    message: str
    start: int | None = None
    end: int | None = None


class Attribution(_Model):
    id: str
    #: "direct-quote" | "reported-speech" | "according-to" | "citing" | "reported-by"
    #: | "told" | "passive-agent" | "colon-list" | "collective" | "article-reference" | ...
    kind: str
    source: Span | None
    source_id: str | None
    cue: Span
    content: list[Span]
    parent: str | None = None
    via: list[str] = Field(default_factory=list)
    hedged: bool = False
    # -- additions beyond the contract --------------------------------------
    hedges: list[str] = Field(default_factory=list)
    direct: bool = False  # the content is a verbatim quote
    sentence: int | None = None  # sentence index in the article's parse
    #: the named rule that produced this attribution (``None`` when only the model did)
    rule: str | None = None
    #: what produced it: "model", "rule:<rule name>" or "model+rule:<rule name>"
    by: str = ""
    #: the act reported: "speech" | "writing" | "document" | "belief" | "intention" | "evaluation"
    act: str | None = None
    #: tracing reads it as a claim (follows it to an origin, groups it); false for an attribution that
    #: reports no proposition of its own (a plan, a refusal to comment, a verdict on a person:
    #: attribution/learned/claims.py), whose sentence is read as the story's own
    claim: bool = True
    #: the boundary steps that moved its span edges to PolNeAR's guidelines ("content-that", ...:
    #: attribution/extraction/boundaries.py), in the order they ran; empty when none did
    bounds: list[str] = Field(default_factory=list)
    #: the named steps inside its extraction rule that decided a part of it: the content form ("stance",
    #: "dismissal", ...), the speaker ("stranded_conjunct_subject"), the quote ("colon-quote", ...); empty
    #: when the rule's plain reading did
    steps: list[str] = Field(default_factory=list)
    #: it repeats a part of the speech act its ``parent`` shows whole (same cue; its speaker the parent's or
    #: one of them; its content inside the parent's: '"A," she said. "B."' is one attribution of "A ... B"
    #: with "B" nested under it): the parent adds no link to its chain (attribution/extraction/speech_acts.py)
    same_act: bool = False


class Source(_Model):
    id: str
    name: str
    kind: str
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None
    # -- additions ------------------------------------------------------------
    affiliation: str | None = None  # e.g. an anonymous source's country/body
    country: str | None = None
    #: source ids from the body this source speaks for up to its parent institution
    affiliation_path: list[str] = Field(default_factory=list)
    #: each name (the canonical one and every alias) -> the rule or sieve pass that created or joined it
    joined_by: dict[str, str] = Field(default_factory=dict)


class ArticleResult(_Model):
    id: str
    path: str | None
    outlet: str | None
    outlet_source: str | None
    title: str | None = None
    published: str | None = None
    attributions: list[Attribution] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    # -- additions ------------------------------------------------------------
    url: str | None = None
    outlet_evidence: str | None = None
    display_outlet: str | None = None
    #: article ids this article declares it draws on ("This article drew references from ...")
    references: list[str] = Field(default_factory=list)


class Mention(_Model):
    article: str
    start: int
    end: int
    text: str
    attribution: str | None
    chains: list[list[str]]
    # -- additions ------------------------------------------------------------
    hedged: bool = False
    direct: bool = False
    #: the mention only says where the claim's event happened, or that nobody knows where ("..., adding that
    #: the location where he was taken was not known"): listed with the claim for its place conflict, never
    #: counted in its origins, verdict, signals or outlets
    where_only: bool = False


class Conflict(_Model):
    kind: str  # "number" | "place" | "date" | "changed-along-chain" | "hedge-dropped"
    description: str
    values: list[dict[str, object]] = Field(default_factory=list)


class Signal(_Model):
    code: str
    explanation: str


class Independence(_Model):
    """Why a claim's verdict is what it is: plain-language evidence and doubts."""

    evidence: list[str] = Field(default_factory=list)
    doubts: list[str] = Field(default_factory=list)
    #: "body" (default) or "institution": the level at which origins were counted
    level: str = "body"
    #: set when every origin belongs to one institution (e.g. "the Afghan government")
    institution: str | None = None


class StatementFrom(_Model):
    """Where a claim's statement was drawn from: one mention of the claim (article, character span) and
    which of its words ("content": its content; "clause": its content carried to the end of the phrase it
    stops in; "attribution": its content with the attribution framing it, as the article's sentence has
    it; "sentence": the content's whole sentence), and whether they read as a complete sentence."""

    article: str = ""
    start: int = 0
    end: int = 0
    words: str = ""
    complete: bool = False


class Claim(_Model):
    id: str
    statement: str
    mentions: list[Mention]
    origins: list[str]
    independent_origins: int
    verdict: Verdict
    conflicts: list[Conflict] = Field(default_factory=list)
    signals: list[Signal] = Field(default_factory=list)
    # -- additions ------------------------------------------------------------
    outlets: list[str] = Field(default_factory=list)
    independence: Independence = Field(default_factory=Independence)
    statement_from: StatementFrom = Field(default_factory=StatementFrom)


class Failure(_Model):
    """An input that could not be processed; the rest of the batch still was."""

    path: str
    message: str


class Extraction(_Model):
    """The ``attribution extract`` JSON contract."""

    engine: str
    model: str
    version: str
    articles: list[ArticleResult] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Report(Extraction):
    """The ``attribution report`` JSON contract: the extract contract plus claims."""

    claims: list[Claim] = Field(default_factory=list)
    #: article id -> article ids it depends on (declared or detected text reuse)
    dependencies: dict[str, list[str]] = Field(default_factory=dict)

    def to_json(self) -> str:
        from .report import render_json

        return render_json(self)

    def to_markdown(self) -> str:
        from .report import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """One self-contained HTML page (styles inline, no script, no network needed)."""
        from .report import render_html

        return render_html(self)

    def _view(self) -> Any:
        """(ReportView, claims by id), built once per state of this report (see :data:`_LOOKUPS`)."""
        from .report.view import ReportView

        token = tuple(id(x) for x in (self.claims, self.sources, self.articles)) + (
            len(self.claims),
            len(self.sources),
            len(self.articles),
        )
        entry = _LOOKUPS.get(id(self))
        if entry is None or entry[0] is not self or entry[1] != token:
            entry = (self, token, (ReportView(self), {c.id: c for c in reversed(self.claims)}))
            _LOOKUPS[id(self)] = entry
            while len(_LOOKUPS) > 2:
                _LOOKUPS.pop(next(iter(_LOOKUPS)))
        return entry[2]

    def to_jsonl(self) -> str:
        """One claim per line (the claims contract plus ``origin_names`` and ``outlet_names``)."""
        from .report import render_jsonl

        return render_jsonl(self)

    def to_csv(self) -> str:
        """The claims table as CSV for spreadsheets (formula-like cells prefixed with ')."""
        from .report import render_csv

        return render_csv(self)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (ids are stable across runs: see attribution/ids.py)."""
        claim = self._view()[1].get(claim_id)
        if claim is None or claim.id != claim_id:
            from .errors import UnknownIdError

            raise UnknownIdError(f"no claim has the id {claim_id!r}: ids are listed in report.claims")
        return claim  # type: ignore[no-any-return]

    def source(self, source_id: str) -> Source:
        """The source with this id (an origin, a chain entry or an attribution's source_id)."""
        source = self._view()[0].sources.get(source_id)
        if source is None or source.id != source_id:
            from .errors import UnknownIdError

            raise UnknownIdError(f"no source has the id {source_id!r}: ids are listed in report.sources")
        return source  # type: ignore[no-any-return]

    def source_name(self, source_id: str) -> str:
        """The name a reader sees for a source id (the id itself when the report does not list it)."""
        source = self._view()[0].sources.get(source_id)
        return source.name if source is not None else source_id

    def chain_names(self, chain: list[str], article: str | None = None) -> list[str]:
        """A chain of source ids as names, outlet first: ``["Reuters", "Yonhap", "NIS"]``.

        With ``article`` (a mention's article id) the publishing outlet is put first when the chain
        does not already start with it, as the reports show it.
        """
        if article is None:
            return [self.source_name(ref) for ref in chain]
        return [node.name for node in self._view()[0].chain(article, chain)]


#: Lookups for ``Report.claim/source/chain_names`` of the last two reports asked (kept outside the
#: model so a lookup never changes a report's equality or its pickled bytes).
_LOOKUPS: dict[int, tuple[Report, tuple[int, ...], Any]] = {}

__all__ = [
    "SOURCE_KINDS",
    "ArticleResult",
    "Attribution",
    "AttributionKind",
    "BlockKind",
    "Claim",
    "Conflict",
    "ConflictKind",
    "Diagnostic",
    "EvidenceKind",
    "Extraction",
    "Failure",
    "Independence",
    "Mention",
    "Report",
    "Signal",
    "Source",
    "SourceKind",
    "Span",
    "StatementFrom",
    "Verdict",
]
