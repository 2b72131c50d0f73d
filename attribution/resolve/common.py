"""Reading a phrase of common nouns ("a senior official", "the interior ministry", "local media", "the
agency", "South Korean officials"): one ordered sieve, ``COMMON_FORMS``, whose first answering rule says what
the phrase is (a known body, media, a document, an unnamed source, an institution, an anaphor, a
collective). Each rule is named with the phrase it exists for and works on one :class:`CommonReading`.
:meth:`attribution.resolve.mention.Reader.read` calls :func:`read_common`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..kinds import SourceKind
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from ..rules import RuleSet, rule
from .mention import Info, W, _join, head_kind, unnamed_body_name
from .normalize import norm_key

if TYPE_CHECKING:
    from .aliases import AliasEntry
    from .mention import Reader


@dataclass(slots=True)
class CommonReading:
    """A phrase of common nouns, cut at its first preposition: "officials | of the ministry"."""

    reader: Reader
    surface: str
    det: str
    country: str | None
    owner: list[W]  # a possessive owner that is not a country ("an allied country's")
    acronym: str | None
    entry: AliasEntry | None
    head_phrase: list[W]
    tail_words: list[W]
    hlow: list[str]  # the head phrase, lowercase (the whole phrase when it starts with a preposition)
    head: str

    @property
    def remainder(self) -> str:
        return _join(self.head_phrase)


def _entry_info(r: CommonReading, entry: AliasEntry) -> Info:
    info = Info("named", r.surface, name=entry.name, country=r.country, acronym=r.acronym, names=[])
    r.reader._apply_entry(info, entry)
    return info


@rule("known_body", example="Ukraine military intelligence")
def known_body(r: CommonReading) -> Info | None:
    """The whole phrase is an alias-file entry's."""
    return _entry_info(r, r.entry) if r.entry else None


@rule("country_generic_body", example="South Korean intelligence")
def country_generic_body(r: CommonReading) -> Info | None:
    """A country's body written generically ("South Korean intelligence" is its National Intelligence
    Service), unless the phrase is an unnamed person of it ("a South Korean intelligence official")."""
    if not r.country:
        return None
    for form in r.reader._generic_forms(r.hlow):
        found = r.reader.db.lookup_generic(r.country, form)
        if found and r.det not in lx.INDEFINITE_DETS and r.head not in lx.ANONYMOUS_HEADS | lx.PERSON_ROLE_HEADS:
            return _entry_info(r, found)
    return None


@rule("media_collective", example="local media")
def media_collective(r: CommonReading) -> Info | None:
    """ "local media", "Russian state media": a country's (or this place's) media, one collective source."""
    if not any(w in lx.MEDIA_WORDS for w in r.hlow) or r.head in lx.ANONYMOUS_HEADS:
        return None
    local = bool(rw.LOCAL_MEDIA_WORDS & set(r.hlow))
    base = "state media" if rw.STATE_MEDIA_WORDS & set(r.hlow) else "media"
    if r.country:
        name = f"{r.reader.db.adjective(r.country)} {base}"
    else:
        name = f"local {base}" if local else base
    return Info(
        "collective",
        r.surface,
        name=name,
        kind="collective",
        strength=lx.STRENGTH_LEXICAL,
        country=r.country,
        plural=True,
        scoped=r.country is None,
        generic_key=f"{norm_key(r.country)}|{base}" if r.country else None,
    )


@rule("unnamed_reports", example="reports")
def unnamed_reports(r: CommonReading) -> Info | None:
    """Bare "reports" (the source ``resolve/reports.py`` gives "reportedly", "according to reports"): reports
    nobody is named for, an unnamed source of this article."""
    if r.det or r.country or r.owner or r.hlow != [rw.UNNAMED_REPORTS_NAME]:
        return None
    return Info(
        "anonymous",
        r.surface,
        name=rw.UNNAMED_REPORTS_NAME,
        kind="anonymous",
        strength=lx.STRENGTH_LEXICAL,
        plural=True,
        scoped=True,
    )


@rule("document_or_issuer", example="a leaked report")
def document_or_issuer(r: CommonReading) -> Info | None:
    """A document ("a leaked report") is its own source; "an interior ministry statement" is the ministry's."""
    head = r.head
    if head not in lx.DOCUMENT_HEADS or head in lx.ANONYMOUS_HEADS:
        return None
    if head in lx.CARRIER_HEADS and len(r.head_phrase) > 1:
        # "an interior ministry statement", "a police report": the body that issued it speaks
        issuer = r.reader._institution(r.surface, "", r.country, r.head_phrase[:-1], [], r.acronym)
        if issuer is not None:
            return issuer
    det, coord = r.det, r.head_phrase
    return Info(
        "document",
        r.surface,
        name=_join(coord) if not det or det in lx.DEFINITE_DETS else f"{det} {_join(coord)}",
        kind="document",
        strength=lx.STRENGTH_LEXICAL,
        country=r.country,
        plural=head.endswith("s"),
        scoped=True,
    )


def _affiliation(r: CommonReading, mods: list[W]) -> str | None:
    """Whose an unnamed source is: a country's body, the owner, the unnamed body itself, the body after "of"
    ("an official of the ministry"), or the names before the head ("a Reuters source")."""
    aff_text = _join(mods)
    if r.country:
        return None if nationality_is_no_affiliation(r, mods) else _country_affiliation(r, r.country, mods)
    if r.owner:
        return _join(r.owner)
    if not r.det and any(w in lx.UNNAMED_MODIFIERS for w in r.hlow):
        return r.remainder  # "allied intelligence": the unnamed body is all we know
    if r.tail_words:
        org = [w for w in r.tail_words[1:] if w.text.lower() != rw.DEFINITE_ARTICLE]
        return _known_or_written(r, _join(org)) if org and org[0].text[:1].isupper() else None
    return _known_or_written(r, aff_text) if aff_text and _names_a_body(mods) else None


def nationality_is_no_affiliation(r: CommonReading, mods: list[W]) -> bool:
    """Rule ``nationality_is_no_affiliation``: a country's adjective before a private person's head ("one British
    passenger", "two American tourists": ``NATIONALITY_ONLY_HEADS``) with no other word naming a body says where
    they are from, not whom they speak for: they speak for no state ("a British official" does). The country
    stays theirs."""
    return r.head.lower() in lx.NATIONALITY_ONLY_HEADS and not _join(mods)


def _names_a_body(mods: list[W]) -> bool:
    """Do the words before an unnamed source's head name a body ("a Reuters source", "a ministry official")?"""
    if head_kind([w.text for w in mods]):
        return True
    return any(w.text[:1].isupper() or w.text.lower() in lx.UNNAMED_MODIFIERS for w in mods)


def _known_or_written(r: CommonReading, text: str) -> str:
    """The alias entry's name for a body, else the body as written."""
    found = r.reader.db.lookup(text)
    return found.name if found else text


def _country_affiliation(r: CommonReading, country: str, mods: list[W]) -> str:
    """A country's unnamed source's body: the country's body its words name generically ("South Korean
    intelligence" -> its NIS), else the country's adjective with the words ("South Korean military")."""
    found = None
    for form in r.reader._generic_forms([w.text.lower() for w in mods]) if mods else []:
        found = r.reader.db.lookup_generic(country, form)
        if found:
            break
    adj = r.reader.db.adjective(country)
    aff_text = _join(mods)
    return found.name if found else (f"{adj} {aff_text}" if aff_text else adj)


def _unnamed_names(r: CommonReading, anon: bool) -> tuple[str, list[str]]:
    """An unnamed source's name (the phrase, "a source" lowercase) and names; an unnamed body's one name for
    its descriptions: "allied intelligence", "an allied country's intelligence agency" and "allied
    intelligence agencies" all read "unnamed allied intelligence agency"."""
    det, name = r.det, r.surface
    if det and name.split()[0].lower() == det:
        name = det + name[len(det) :]  # "A source" at a sentence start reads "a source"
    if not anon and r.head not in lx.PERSON_ROLE_HEADS and not r.country:
        body = unnamed_body_name(r.owner, r.head_phrase, r.tail_words)
        if body:
            return body, [body, name]
    return name, []


@rule("unnamed_source", example="a senior official")
def unnamed_source(r: CommonReading) -> Info | None:
    """An informant or an unnamed person or body: "sources", "a senior official", "allied intelligence"."""
    det, hlow, head = r.det, r.hlow, r.head
    indefinite = det in lx.INDEFINITE_DETS or (not det and any(w in lx.UNNAMED_MODIFIERS for w in hlow))
    anon = [i for i, w in enumerate(hlow) if w in lx.ANONYMOUS_HEADS]
    if not (anon or (indefinite and (head in lx.PERSON_ROLE_HEADS or head_kind([head])))):
        return None
    mods = [w for w in r.head_phrase[: anon[0] if anon else -1] if w.text.lower() not in lx.COLLECTIVE_FILLERS]
    affiliation = _affiliation(r, mods)
    name, names = _unnamed_names(r, bool(anon))
    return Info(
        "anonymous",
        r.surface,
        name=name,
        names=names,
        kind="anonymous",
        strength=lx.STRENGTH_LEXICAL,
        country=r.country,
        affiliation=affiliation,
        plural=head.endswith("s"),
        scoped=True,
    )


@rule("institution_in_common_nouns", example="the interior ministry")
def institution(r: CommonReading) -> Info | None:
    """A public body written in common nouns: its specific words name it."""
    return r.reader._institution(r.surface, r.det, r.country, r.head_phrase, r.tail_words, r.acronym)


@rule("definite_description", example="the agency")
def definite_description(r: CommonReading) -> Info | None:
    """ "the agency": points back at a source named before."""
    if r.det not in lx.DEFINITE_DETS or r.country:
        return None
    head = r.head
    return Info(
        "anaphor",
        r.surface,
        name=r.remainder,
        head=head,
        plural=head.endswith("s") and head != "press",
        kind=head_kind(r.hlow) or "unknown",
    )


@rule("collective", example="South Korean officials")
def collective(r: CommonReading) -> Info | None:
    """Any other phrase: a collective of a country ("South Korean officials") or of this article."""
    head = r.head
    kind = head_kind(r.hlow) or ("collective" if head.endswith("s") else "unknown")
    kind = "media outlet" if kind == SourceKind.COLLECTIVE and head in rw.OUTLET_KIND_HEADS else kind
    kept = [w for w in r.head_phrase if w.text.lower() not in lx.COLLECTIVE_FILLERS] or r.head_phrase
    base = _join(kept)
    if r.country:
        return Info(
            "collective",
            r.surface,
            name=f"{r.reader.db.adjective(r.country)} {base}",
            kind=kind,
            strength=lx.STRENGTH_LEXICAL,
            country=r.country,
            plural=head.endswith("s"),
            generic_key=f"{norm_key(r.country)}|{norm_key(base)}",
            acronym=r.acronym,
            names=[r.acronym] if r.acronym else [],
        )
    return Info(
        "collective",
        r.surface,
        name=base,
        kind=kind,
        strength=lx.STRENGTH_LEXICAL,
        plural=head.endswith("s"),
        scoped=True,
    )


#: Asked in order; the first rule that answers reads the phrase (``collective`` always answers).
COMMON_FORMS = RuleSet(
    "resolve.common_forms",
    [
        known_body,
        country_generic_body,
        media_collective,
        unnamed_reports,
        document_or_issuer,
        unnamed_source,
        institution,
        definite_description,
        collective,
    ],
)


def read_common(
    reader: Reader,
    surface: str,
    det: str,
    country: str | None,
    rest: list[W],
    owner: list[W],
    acronym: str | None,
    entry: AliasEntry | None,
) -> Info:
    """A phrase with no proper name read by the first rule of ``COMMON_FORMS`` that answers."""
    low = [w.text.lower() for w in rest]
    cut = next((i for i, w in enumerate(low) if w in rw.PHRASE_PREPS), len(low))
    hlow = low[:cut] or low
    r = CommonReading(reader, surface, det, country, owner, acronym, entry, rest[:cut], rest[cut:], hlow, hlow[-1])
    fired = COMMON_FORMS.first(r)
    assert fired is not None, "the last rule answers for every phrase"
    info: Info = fired.value
    info.read_by.append(fired.rule)
    return info
