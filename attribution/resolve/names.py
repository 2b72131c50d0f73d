"""Reading a proper name off a phrase ("President Volodymyr Zelensky", "the BlackFern ransomware gang",
"Kenya Meteorological Department"): where the name starts, what titles stand before it, and of what kind
its source is. Two ordered rule sets do the deciding:

* ``NAME_TITLES`` (a sieve): which words before the name are a title or role ("City Fire Marshal | Jo Cruz");
* ``NAME_KINDS`` (a sieve): the kind of the source the name names (alias entry, person, body's head noun,
  a group of people, the tagger's entity label).

Each rule works on one :class:`NameReading` (what is known of the phrase so far) and is named with the
phrase it exists for. :meth:`attribution.resolve.mention.Reader.read` calls :func:`read_named`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..kinds import SourceKind
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from ..rules import RuleSet, rule
from .mention import Info, W, _join, _name_title_end, _singular, head_kind, is_acronym, org_named

if TYPE_CHECKING:
    from .aliases import AliasEntry
    from .mention import Reader


@dataclass(slots=True)
class NameReading:
    """What is known of a named phrase while its rules run."""

    reader: Reader
    surface: str
    all_words: list[W]
    country: str | None
    prefix: list[W]  # the words before the first proper word
    core: list[W]  # the name (and, until titles are cut, its titles)
    entry: AliasEntry | None
    acronym: str | None = None
    person_idx: list[int] = field(default_factory=list)  # the words of ``core`` that name a person
    title: list[W] = field(default_factory=list)
    trail: list[W] = field(default_factory=list)  # common nouns after the name ("ransomware gang")
    group: bool = False  # a tagged name before a common noun names the noun's people ("Mau Narok residents")


# -- where a person's name starts -------------------------------------------------------------------------


def _given_name(r: NameReading, w: W) -> bool:
    """Could the word before a surname particle be a given name (a proper noun, no title, country or body)?"""
    if w.upos != "PROPN" or not w.text[:1].isupper() or w.text.lower().strip(".") in lx.TITLE_WORDS:
        return False
    return not (r.reader.db.country_of(w.text) or head_kind([w.text]))


def _person_words(r: NameReading) -> list[int]:
    """The words of the core the tagger calls a person, corrected: a company's name is no person's, a given
    name before a tagged particle is part of the name, a form of address is not."""
    core = r.core
    person_idx = [i for i, w in enumerate(core) if w.ent == "PERSON"]
    if person_idx and r.entry is None and org_named([w.text for w in core]):
        return []  # "Ambulancedienst Twente", "Veldhoven Systems BV": a tagger's person that is a body
    # "Annelies van Rooij" tagged from "van": the given name before a tagged lowercase particle is the name's
    while person_idx and person_idx[0] > 0 and core[person_idx[0]].text in lx.SURNAME_PARTICLES:
        if not _given_name(r, core[person_idx[0] - 1]):
            break
        person_idx.insert(0, person_idx[0] - 1)
    while len(person_idx) > 1 and core[person_idx[0]].text.lower().strip(".") in lx.HONORIFICS:
        person_idx = person_idx[1:]  # "Ms Volkova" tagged whole: the form of address is no part of the name
    return person_idx


def _cut_title(r: NameReading, j: int) -> bool:
    """The first ``j`` words of the core are a title: the rest is the person's name."""
    r.title += r.core[:j]
    r.core = r.core[j:]
    r.person_idx = list(range(len(r.core)))
    return True


@rule("titled_tagged_person", example="City Fire Marshal Jo Cruz")
def titled_tagged_person(r: NameReading) -> bool | None:
    """Capitalised role words ending in a title before a name the tagger saw, whatever part it tagged."""
    if not r.person_idx or r.entry is not None:
        return None
    j = _name_title_end(r.core)
    return None if j is None else _cut_title(r, j)


@rule("words_before_tagged_person", example="Tottenham striker Harry Kane")
def words_before_tagged_person(r: NameReading) -> bool | None:
    """Words before the tagged person that run to the end of the phrase are the person's title."""
    named_at = set(r.person_idx)
    if not r.person_idx or r.person_idx[0] == 0:
        return None
    if not all(w.ent == "PERSON" or i in named_at for i, w in enumerate(r.core) if i >= r.person_idx[0]):
        return None
    r.title += r.core[: r.person_idx[0]]
    r.core = r.core[r.person_idx[0] :]
    return True


@rule("title_words_before_name", example="Chancellor Scholz")
def title_words_before_name(r: NameReading) -> bool | None:
    """Title words before a capitalised name: "President Volodymyr Zelensky", "lawmaker Lee Seong-kweun"."""
    if r.person_idx:
        return None
    core, k = r.core, 0
    while k < len(core) - 1 and core[k].text.lower().strip(".") in lx.TITLE_WORDS:
        k += 1
    titles = [w.text.lower().strip(".") for w in [*r.prefix, *core[:k]]]
    rest_core = core[k:]
    if (
        any(t in lx.TITLE_WORDS - lx.NOT_PERSON_TITLES for t in titles)
        and all(w.text[:1].isupper() for w in rest_core)
        and not head_kind([w.text for w in rest_core])
        and not all(is_acronym(w.text) for w in rest_core)
    ):
        return _cut_title(r, k)
    return None


@rule("capitalised_role_then_name", example="Fire Chief Ana Lim")
def capitalised_role_then_name(r: NameReading) -> bool | None:
    """ "City Fire Marshal Jo Cruz", "Acme President Ken Sato": capitalised role words, then a name."""
    if r.person_idx:
        return None
    j = _name_title_end(r.core)
    return None if j is None else _cut_title(r, j)


def _name_part(w: W) -> bool:
    """A word of a personal name: capitalised letters, or the hyphen or a capitalised part of a hyphenated name
    ("Abu-Bakr-Sadiq", read as "Abu" "-" "Bakr" ... or whole)."""
    if w.text == "-" and w.glue:
        return True
    parts = w.text.split("-")
    return all(p[:1].isupper() and p.isalpha() for p in parts)


@rule("body_role_then_name", example="Navy chief Ole-Kuria")
def body_role_then_name(r: NameReading) -> bool | None:
    """A body's capitalised words, a lowercase role title, then a name the tagger took for a body or missed:
    "Navy chief X", "Harbour spokesman X" name a person holding that role, not the body."""
    if r.person_idx or r.entry is not None:
        return None
    core = r.core
    j = next((i for i, w in enumerate(core) if w.text.islower() and w.text in lx.NAME_TITLE_HEADS), None)
    if j is None or j == 0 or j + 1 >= len(core) or not all(w.text[:1].isupper() for w in core[:j]):
        return None
    name = core[j + 1 :]
    low = [w.text.lower() for w in name if w.text != "-"]
    if len(low) > 3 or not all(_name_part(w) for w in name) or name[0].text == "-":
        return None
    if any(t in lx.TITLE_WORDS or t in lx.NAME_TITLE_HEADS for t in low) or head_kind(low) or org_named(low):
        return None
    if any(w.ent in ("GPE", "LOC", "NORP", "FAC") or is_acronym(w.text) for w in name):
        return None
    return _cut_title(r, j + 1)


#: The first rule that finds a title before the name cuts it off.
NAME_TITLES = RuleSet(
    "resolve.name_titles",
    [
        titled_tagged_person,
        words_before_tagged_person,
        title_words_before_name,
        capitalised_role_then_name,
        body_role_then_name,
    ],
)


def _body_trail(r: NameReading) -> None:
    """ "the BlackFern ransomware gang": common nouns after the name say what kind of body it is."""
    core = r.core
    if r.person_idx or len(core) <= 1 or _singular(core[-1].text.lower()) not in lx.DESCRIBED_BODY_HEADS:
        return
    j = len(core)
    while j > 1 and core[j - 1].text.islower():
        j -= 1
    if j < len(core) and all(w.text[:1].isupper() or w.glue for w in core[:j]):
        r.core, r.trail = core[:j], core[j:]


# -- of what kind -----------------------------------------------------------------------------------------


def _is_person(r: NameReading) -> bool:
    return bool(r.person_idx) or (r.entry is not None and r.entry.kind == SourceKind.PERSON)


@rule("alias_entry", example="Reuters")
def alias_entry(r: NameReading, info: Info) -> bool | None:
    """A name the alias file knows takes its entry's kind."""
    if r.entry is None:
        return None
    r.reader._apply_entry(info, r.entry)
    return True


@rule("person_by_title", example="lawmaker Lee Seong-kweun")
def person_by_title(r: NameReading, info: Info) -> bool | None:
    """A person: a legislator or an expert by their title, else a person."""
    if not _is_person(r):
        return None
    info.person_name = True
    roles = {w.text.lower().strip(".") for w in r.title}
    if roles & lx.LEGISLATOR_ROLES:
        info.kind, info.strength = "legislator", lx.STRENGTH_LEXICAL
    elif roles & lx.EXPERT_ROLES:
        info.kind, info.strength = "expert or think tank", lx.STRENGTH_LEXICAL
    else:
        info.kind, info.strength = "person", lx.STRENGTH_NER
    return True


def _body_kind(r: NameReading) -> str | None:
    """The kind a body's words give: its head noun, the nouns after or before the name, an organisation word."""
    core = r.core
    # "threat intelligence firm Acme", "public broadcaster XYZ", "the Acme ransomware gang"
    kind = head_kind([w.text for w in core]) or head_kind([w.text for w in r.trail])
    kind = kind or head_kind([w.text for w in r.prefix])
    if kind is None and org_named([w.text for w in core]):
        kind = "organization"
    if kind == SourceKind.EXPERT_OR_THINK_TANK and core[0].text.lower() in lx.GENERIC_BODY_PREFIXES:
        kind = "government"  # "National Cyber Security Centre", "Federal Institute for ...": a state body
    if core[-1].text[:1].isupper() and core[-1].text.lower() in lx.NEWSPAPER_NAME_HEADS:
        kind = "media outlet"  # "the Rift Valley Observer", "the Daily Monitor"
    if kind == SourceKind.INTELLIGENCE_AGENCY and _wire_agency(core):
        kind = "wire agency"
    return kind


def _wire_agency(core: list[W]) -> bool:
    """ "Yonhap News Agency": an agency named with a wire's word is a wire agency."""
    return core[-1].text.lower() == rw.AGENCY_HEAD and len(core) > 1 and core[-2].text.lower() in lx.WIRE_MODIFIERS


@rule("body_head_noun", example="Kenya Meteorological Department")
def body_head_noun(r: NameReading, info: Info) -> bool | None:
    """A body whose words say its kind ("Department", "News Agency", "the Rift Valley Observer")."""
    kind = _body_kind(r)
    if kind is None:
        return None
    info.kind, info.strength = ("media outlet" if kind == SourceKind.COLLECTIVE else kind), lx.STRENGTH_LEXICAL
    return True


@rule("group_of_people", example="Mau Narok residents")
def group_of_people(r: NameReading, info: Info) -> bool | None:
    """A tagged name before a common noun of people: the noun's people, a collective."""
    if not r.group or r.core[-1].text.lower() not in lx.PERSON_ROLE_HEADS | lx.COLLECTIVE_HEADS:
        return None
    info.kind, info.plural = "collective", r.core[-1].text.lower().endswith("s")
    return True


@rule("entity_label", example="Militarnyi")
def entity_label(r: NameReading, info: Info) -> bool | None:
    """Nothing else tells: the tagger's entity label, else an acronym or a name of several words is an
    organisation, else the kind is unknown."""
    labels = {w.ent for w in r.core if w.ent}
    if "ORG" in labels:
        info.kind, info.strength = "organization", lx.STRENGTH_NER
    elif "GPE" in labels or "LOC" in labels:
        info.kind, info.strength = "government", lx.STRENGTH_DEFAULT
    elif "NORP" in labels:
        info.kind, info.strength = "collective", lx.STRENGTH_DEFAULT
    elif all(is_acronym(w.text) for w in r.core) or len(r.core) > 1:
        info.kind = "organization"
    else:
        info.kind = "unknown"
    return True


#: The first rule that knows the name's kind sets it (``entity_label`` always answers).
NAME_KINDS = RuleSet(
    "resolve.name_kinds", [alias_entry, person_by_title, body_head_noun, group_of_people, entity_label]
)


# -- the name's own words ----------------------------------------------------------------------------------


def _name_with_country_word(r: NameReading, info: Info, country_words: list[W] | None) -> None:
    """A country's name written before a body's name is part of it ("Kenya Meteorological Department"); an
    outlet's name keeps its country word ("the state-run Philippine News Agency")."""
    if info.person_name or info.entry is not None:
        return
    if country_words and info.kind not in lx.PERSON_KINDS:
        info.name = info.names[0] = _join([*country_words, *r.core])
    elif not country_words and info.kind in {SourceKind.WIRE_AGENCY, SourceKind.MEDIA_OUTLET}:
        _outlet_country_word(r, info)


def _outlet_country_word(r: NameReading, info: Info) -> None:
    """ "the state-run Philippine News Agency" is the "Philippine News Agency", not a "News Agency" of the
    Philippines: the country word before an outlet's name stays in it."""
    words = r.all_words
    at = next(i for i, w in enumerate(words) if w is r.core[0])
    if at > 0 and words[at - 1].text[:1].isupper() and r.reader.db.country_of(words[at - 1].text):
        info.name = info.names[0] = _join([words[at - 1], *r.core])
        if info.description:
            kept = [w for w in words[: at - 1] if w.text.lower() not in lx.DEFINITE_DETS]
            info.description = _join(kept) or None


def _info(r: NameReading) -> Info:
    """The name read: its words, its description (the trail, or the titles as written), its entry."""
    name = _join(r.core)
    if name.lower().startswith("the "):
        name = name[4:]
    info = Info("named", r.surface, name=name, country=r.country, acronym=r.acronym, names=[name])
    if r.trail:
        info.description = _join(r.trail)
    if r.acronym:
        info.names.append(r.acronym)
    if r.title:
        # the description keeps the country word as written: "Ukrainian President"
        start = next(i for i, w in enumerate(r.all_words) if w is r.core[0])
        described = [w for w in r.all_words[:start] if w.text.lower().strip(".") not in lx.HONORIFICS]
        info.description = _join(r.all_words[:start]) if described else info.description
    db = r.reader.db
    r.entry = r.entry or db.lookup(name, r.country)
    if not r.entry and r.country:
        r.entry = db.lookup_generic(r.country, name)
    return info


def read_named(
    reader: Reader,
    surface: str,
    all_words: list[W],
    country: str | None,
    rest: list[W],
    first_proper: int,
    acronym: str | None,
    appos: list[W] | None,
    entry: AliasEntry | None,
    country_words: list[W] | None = None,
) -> Info:
    """A phrase whose words from ``rest[first_proper]`` on are a proper name: titles cut, kind decided."""
    r = NameReading(reader, surface, all_words, country, rest[:first_proper], rest[first_proper:], entry, acronym)
    r.person_idx = _person_words(r)
    r.title = list(r.prefix)
    titled = NAME_TITLES.first(r)
    _body_trail(r)
    info = _info(r)
    # "Mau Narok residents": a tagged name before a common noun names the noun's people, not a person
    r.group = bool(r.person_idx) and r.core[-1].ent != "PERSON" and r.core[-1].text.islower()
    if r.group:
        r.person_idx = []
    if _is_person(r) and not r.entry:
        info.person_name = True
    kinded = NAME_KINDS.first(r, info)
    info.read_by += [f.rule for f in (titled, kinded) if f is not None]
    _name_with_country_word(r, info, country_words)
    if appos:
        reader._apply_appos(info, appos)
    return info
