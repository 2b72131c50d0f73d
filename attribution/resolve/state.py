"""What resolving one article knows while it runs: one :class:`ResolveState` the sieves read and extend,
and the :class:`Phrase` a sieve is asked about.

The state is built once per article (:func:`build_state`): the outlet entered first, the quotation regions,
the persons the tagger names outside quotes, the companies named in full, and every source or intermediary
phrase in text order. The sieves (``resolve/sieves.py``) then answer for one phrase at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..article import ArticleInput
from ..doc import Document, Entity, Token
from ..extraction.types import RawAttribution, SourceMention
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from ..lang.en.clauses import LEADING_THE_PATTERN
from .aliases import AliasDB
from .local import ArticleSources, LocalSource, SourceTable
from .mention import Info, Reader, W, words_from_string
from .normalize import norm_key
from .text import (
    acronym_definitions,
    company_name_tokens,
    company_short_names,
    inside,
    machine_names,
    place_like,
    quote_regions,
    titled_name_genders,
)

#: (position, source index, start token, end token, spoken by a person for the source)
Seen = tuple[int, int, int, int, bool]
#: (start char, end char, raw attribution index, via index or -1, the phrase)
Item = tuple[int, int, int, int, SourceMention]
#: (end char, start char, start token, end token) of a person the tagger names outside quotes
Person = tuple[int, int, int, int]


@dataclass(slots=True)
class Phrase:
    """One source or intermediary phrase a sieve is asked about, read."""

    start: int  # character offset: the phrase's position in the article
    n: int  # its raw attribution
    v: int  # its place among the raw's intermediaries, -1 for the source
    m: SourceMention
    words: list[W]
    appos: list[W] | None
    info: Info
    voiced: bool = False  # a person spoke for the source the phrase names (a spokesperson's phrase)


@dataclass(slots=True)
class Deferred:
    """A lede's "the group said" waiting for the paragraph that names the group."""

    phrase: Phrase
    kinds: frozenset[str]


@dataclass(slots=True)
class ResolveState:
    """Everything one article's resolution knows: the document, the table of sources, what came before."""

    doc: Document
    raws: list[RawAttribution]
    article: ArticleInput
    db: AliasDB
    reader: Reader
    table: SourceTable
    result: ArticleSources
    quotes: list[tuple[int, int]]
    persons: list[Person]
    #: companies the text names in full ("Brennan Motors Co."): what "the automaker" points back at first
    companies: list[tuple[Entity, list[Token]]]
    company_keys: set[str]
    items: list[Item]
    outlet_forms: set[str] = field(default_factory=set)
    history: list[Seen] = field(default_factory=list)
    done: dict[tuple[int, int, str], int] = field(default_factory=dict)
    assigned: dict[tuple[int, int], int] = field(default_factory=dict)
    deferred: list[Deferred] = field(default_factory=list)
    narrated: set[tuple[int, int]] = field(default_factory=set)
    spoken: list[int] = field(default_factory=list)  # sources reached through a spokesperson's phrase
    reporters: set[int] = field(default_factory=set)  # sources cited as reporting ("the Acme Bureau reported")
    #: (start token, name words, office, body word sets) of every person the article gives an office at
    leaders: list[tuple[int, list[W], str, list[set[str]]]] | None = None

    @property
    def sources(self) -> list[LocalSource]:
        return self.table.sources

    def read(self, words: list[W], appos: list[W] | None = None) -> Info:
        return self.reader.read(words, appos=appos, acronyms=self.table.acronyms)

    def seen(self, pos: int, idx: int, lo: int, hi: int, voiced: bool = False) -> None:
        """Remember that the text names source ``idx`` at ``pos`` (tokens ``lo:hi``)."""
        self.history.append((pos, idx, lo, hi, voiced))
        self.history.sort()

    def link_seen(self, info: Info, pos: int, lo: int, hi: int) -> int:
        """Enter a phrase read from the text (no source phrase itself) and remember where it stood."""
        idx = self.table.link(info, pos)
        self.seen(pos, idx, lo, hi)
        return idx

    def refer(self, idx: int, surface: str, pos: int) -> int:
        """A phrase pointing back at source ``idx``: one more mention of it, no new name."""
        self.table.merge(idx, Info("ref", surface), pos)
        return idx

    def before(self, pos: int) -> Iterator[tuple[int, int, LocalSource]]:
        """(position, index, source) of every source named before ``pos``, latest first."""
        for p, idx, *_r in reversed(self.history):
            if p < pos:
                yield p, idx, self.table.sources[idx]

    def cites_report(self, n: int) -> bool:
        """Does raw attribution ``n``'s cue say its source reported or published ("the Acme Bureau reported")?"""
        cue = self.raws[n].cue
        return bool(set(norm_key(self.doc.text[cue[0] : cue[1]]).split()) & rw.REPORT_CUE_WORDS)


def _items(raws: list[RawAttribution]) -> list[Item]:
    """Every phrase, in text order, so pronouns see what came before them; first-person pronouns last: they
    stand for the speaker of their quote, often attributed after them ('"We did not know," he said')."""
    items: list[Item] = []
    for n, raw in enumerate(raws):
        if raw.source is not None:
            items.append((raw.source.start, raw.source.end, n, -1, raw.source))
        for v, via in enumerate(raw.via):
            items.append((via.start, via.end, n, v, via))
    items.sort(key=lambda x: (x[0], x[1], x[2], x[3]))
    items.sort(key=lambda x: x[4].text.strip().lower() in lx.SPEAKER_PRONOUNS)
    return items


def _outlet_info(reader: Reader, outlet: str) -> Info:
    """The article's outlet read as a named outlet; the masthead is its name as written."""
    info = reader.read(words_from_string(outlet))
    if info.form != "named":
        info = Info("named", outlet, name=outlet, names=[outlet])
    info.names = info.names or [info.name]
    if info.entry is None:
        info.kind, info.strength = "media outlet", lx.STRENGTH_LEXICAL
        # the masthead is the outlet's name as written: "Philippine Courier", never a "Courier" of a country
        full = re.sub(LEADING_THE_PATTERN, "", outlet.strip())
        if full and norm_key(full) != norm_key(info.name or ""):
            info.name = full
            info.country = None
            info.names = [full, *[n for n in info.names if norm_key(n) != norm_key(full)]]
    info.scoped = False
    info.person_name = False
    return info


def _outlet_forms(outlet: LocalSource, db: AliasDB) -> set[str]:
    """Keys a later phrase may name the article's own outlet by: its names, and the trailing words of a
    name of several words ("the Observer" in the "Rift Valley Observer", "the Times")."""
    forms = {norm_key(n) for n in outlet.names}
    if outlet.entry:
        entry = db.entry(outlet.entry)
        if entry is not None:
            forms |= {norm_key(n) for n in [entry.name, *entry.aliases]}
    for n in list(outlet.names):
        words = norm_key(n).split()
        for k in range(1, len(words)):
            forms.add(" ".join(words[k:]))
    return {f for f in forms if f}


def enter_outlet(st: ResolveState) -> None:
    """The outlet first, so a later mention of the same outlet joins it; a placeholder when none is named."""
    table, result, article = st.table, st.result, st.article
    if article.outlet:
        table.rule = "article_outlet"
        result.outlet = result.display_outlet = table.link(_outlet_info(st.reader, article.outlet), -1)
        st.outlet_forms = _outlet_forms(table.sources[result.outlet], st.db)
        return
    name = article.display_outlet
    placeholder = LocalSource(name=name, kind="media outlet", scoped=True, placeholder=True, names=[name])
    placeholder.joined_by[name] = "article_outlet"
    table.sources.append(placeholder)
    table.last.append(-1)
    result.display_outlet = len(table.sources) - 1


def _names_a_machine(doc: Document, e: Entity, machines: frozenset[str]) -> bool:
    """Rule ``machine_is_no_person``: every proper word of the entity is a name the article gives a machine
    (``text.machine_names``): "he said" never points back at "Odysseus" the lander."""
    proper = [t.text.lower() for t in doc.tokens[e.start_token : e.end_token] if t.text[:1].isupper()]
    return bool(proper) and all(w in machines for w in proper)


def build_state(doc: Document, raws: list[RawAttribution], article: ArticleInput, db: AliasDB) -> ResolveState:
    """Everything the sieves need before the first phrase: the outlet entered, the document read."""
    doc = company_short_names(doc)
    companies = [(e, toks) for e in doc.entities if (toks := company_name_tokens(doc, e)) is not None]
    company_keys = {norm_key(" ".join(t.text for t in toks[:k])) for _e, toks in companies for k in (1, len(toks))}
    reader = Reader(db)
    quotes = quote_regions(doc.text)
    machines = machine_names(doc)
    persons = sorted(
        (e.end, e.start, e.start_token, e.end_token)
        for e in doc.entities
        if e.label == "PERSON"
        and not inside(quotes, e.start)
        and not place_like(doc, db, e.start_token, e.end_token)
        and not _names_a_machine(doc, e, machines)
    )
    st = ResolveState(
        doc=doc,
        raws=raws,
        article=article,
        db=db,
        reader=reader,
        table=SourceTable(reader, acronym_definitions(doc, db)),
        result=ArticleSources(article_id=article.id),
        quotes=quotes,
        persons=persons,
        companies=companies,
        company_keys=company_keys,
        items=_items(raws),
    )
    st.table.name_genders = titled_name_genders(doc)
    enter_outlet(st)
    return st
