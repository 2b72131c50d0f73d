"""What the extraction stage hands to resolution and tracing (internal, light)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class SourceMention:
    """A noun phrase naming (or pointing at) a source: "the NIS", "he", "a South Korean official"."""

    start_token: int
    end_token: int  # exclusive
    head: int  # head token index of the phrase
    text: str
    start: int  # character offsets into the article text
    end: int
    #: the name the phrase stands for when it differs from ``text``: in "U.S. and
    #: South Korean officials" the conjunct "U.S." stands for "U.S. officials".
    name: str | None = None
    #: a descriptive apposition cut from the phrase ("Yang Uk, a research fellow at
    #: X"): "a research fellow at X". Kept for resolution (roles, outlet hints).
    description: str | None = None


@dataclass(slots=True)
class RawAttribution:
    """One source / cue / content relation (PARC style) found in one sentence.

    A relation with coordinated sources ("according to U.S. and South Korean
    officials") is emitted once per source with the same cue and content: the
    tracing stage turns those into parallel chains of one mention.

    ``kind`` names the form: "direct-quote", "reported-speech", "according-to",
    "citing", "reported-by", "told", "passive-agent", "colon-list", "collective",
    "vague-report" ("It is reported that"), "article-reference".
    ``source`` is None when the text gives no source ("It is reported that ...").
    ``parent`` indexes the article's list: the attribution whose content holds this one.
    ``via`` are intermediaries named in the same relation ("X told AFP": AFP).
    ``content`` are character spans; a quote split by its attribution has two.
    Article-level references have empty ``content``: they cover the whole article.
    ``rule`` names the extraction rule that produced it (see ``extraction/ruleset.py``).
    """

    kind: str
    source: SourceMention | None
    cue: tuple[int, int]  # character span of the cue ("said", "according to", "citing")
    content: list[tuple[int, int]]
    sentence: int
    parent: int | None = None
    via: list[SourceMention] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    direct: bool = False
    #: the name of the extraction rule that produced it ("verbal", "according-to", ...)
    rule: str = ""
    #: what produced it: "model", "rule:<rule>" or "model+rule:<rule>" (set by combine.py)
    by: str = ""
    #: the act reported: speech | writing | document | belief | intention | evaluation
    act: str | None = None
    #: tracing reads it as a claim (set by ``learned.claims.claim_view``)
    claim: bool = True
    #: the boundary steps that moved its edges (``extraction/boundaries.py``), in the order they ran
    bounds: list[str] = field(default_factory=list)
    #: the content of the model proposal that agreed with this rule attribution (set by combine.py; the
    #: ``content-model`` boundary step may show it instead of the rule's)
    model_content: list[tuple[int, int]] = field(default_factory=list)
    #: the named steps inside its rule that decided a part of it (``Cand.steps``)
    steps: list[str] = field(default_factory=list)
    #: a model attribution whose cue the cue classifier found (``learned.cue_classifier``), not the tagger:
    #: shown in the extract, never read as a claim (``learned.claims.makes_claim``)
    classifier_cue: bool = False
    #: it repeats a part of the speech act its parent shows whole (same cue; its speaker the parent's or one of
    #: them; its content inside the parent's): nested under it after the boundary steps
    #: (``extraction/speech_acts.py``); tracing reads its chain past the parent
    same_act: bool = False


def lineage(raws: list[RawAttribution], n: int) -> list[int]:
    """Index ``n`` and the indexes of the relations it is nested in, innermost first (safe against a
    parent loop and an index out of range)."""
    out: list[int] = []
    j: int | None = n
    while j is not None and 0 <= j < len(raws) and j not in out:
        out.append(j)
        j = raws[j].parent
    return out
