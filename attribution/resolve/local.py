"""The source table of one article: every source phrase's entry, and how names join an entry.

Named phrases join an earlier entry when they share an alias-file entry, a
normalised name, an acronym defined in parentheses, a person's surname, or a
one-letter spelling variant of a long person name. Pronouns and definite
descriptions ("he", "it", "the agency") take the nearest preceding compatible
source (person pronouns: persons; "it" and "the agency": organisations whose kind
fits the noun), or the engine's coreference chain when it gives one. Anonymous
sources, documents and context-relative collectives ("local media") stay their
own entries and are never merged across articles.

Which phrase takes which entry is decided by the sieves of ``resolve/sieves.py``
(run by :func:`attribution.resolve.resolve_article`); this module keeps the table they
write to, and records for every name the sieve that created or joined it
(``LocalSource.joined_by``). Pure and per article: the result is small and picklable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..kinds import SourceKind
from ..lang.en import sources as lx
from .aliases import AliasDB
from .mention import Info, Reader, W, is_acronym
from .normalize import norm_key, spelling_variant
from .text import CREDIT_KINDS, acronym_definitions

__all__ = [
    "CREDIT_KINDS",
    "MIN_VARIANT_LENGTH",
    "ArticleSources",
    "LocalSource",
    "SourceTable",
    "acronym_definitions",
    "best_name",
    "body_keys",
    "particle_surname",
    "pronoun_gender",
    "surname_tail",
    "title_gender",
]

#: Person names at least this long (normalised, with spaces) may match with one edit ("Zelenskyy" / "Zelensky").
MIN_VARIANT_LENGTH = 10


@dataclass(slots=True)
class LocalSource:
    """One source of one article, with everything its mentions said about it."""

    name: str
    kind: str
    strength: int = lx.STRENGTH_DEFAULT
    names: list[str] = field(default_factory=list)  # proper names and acronyms seen
    acronyms: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)  # roles from titles and appositions
    affiliation: str | None = None
    country: str | None = None
    entry: str | None = None  # canonical name of the alias-file entry
    person: bool = False
    plural: bool = False
    scoped: bool = False  # meaningful only inside this article: never merged across articles
    generic_key: str | None = None  # a country's collective: "south korea|officials"
    placeholder: bool = False  # the display name of an outlet the input does not name
    mentions: int = 0
    #: people who spoke for this body ("KRCS spokeswoman Grace Wambui"): shown as aliases, matched as names
    speakers: list[str] = field(default_factory=list)
    #: "female"/"male" as the article's pronouns and titles for this person tell it ("she said", "Mr Hale")
    genders: list[str] = field(default_factory=list)
    #: each gender told -> the rule that told it ("pronoun", "title", "titled_name_gender")
    gender_by: dict[str, str] = field(default_factory=dict)
    #: the article cites it as reporting or publishing ("X reported", "first revealed by X") or as the listener
    #: an outlet's source told things to ("told X"): an outlet's roles, whatever its name's words suggest
    reported: bool = False
    #: each name and speaker -> the sieve that created the source with it or joined it to the source
    joined_by: dict[str, str] = field(default_factory=dict)

    def add_gender(self, gender: str | None, by: str = "") -> None:
        if gender and gender not in self.genders:
            self.genders.append(gender)
            self.gender_by.setdefault(gender, by)

    def gender_conflicts(self, gender: str | None) -> bool:
        """True when the article told this source's gender and it is not ``gender`` (unknown is compatible)."""
        return bool(gender) and bool(self.genders) and gender not in self.genders

    @property
    def aliases(self) -> list[str]:
        return sorted({n for n in self.names if n != self.name})

    @property
    def description(self) -> str | None:
        # the longest description says most ("a research fellow at ..." over "a fellow")
        return max(self.descriptions, key=lambda d: (len(d), d)) if self.descriptions else None


@dataclass(slots=True)
class ArticleSources:
    """Per-article resolution result handed to the cross-article stage."""

    article_id: str
    sources: list[LocalSource] = field(default_factory=list)
    #: per raw attribution: index into ``sources``, None when the raw names no source
    attribution_sources: list[int | None] = field(default_factory=list)
    #: per raw attribution: indices of its intermediaries ("told AFP")
    attribution_via: list[list[int]] = field(default_factory=list)
    #: per raw attribution: the raw attribution whose content holds it ("Reuters, citing X, reported")
    attribution_parents: list[int | None] = field(default_factory=list)
    #: the article's outlet, None when the input does not name one
    outlet: int | None = None
    #: always set: the outlet, or a placeholder named by ``ArticleInput.display_outlet``
    display_outlet: int = 0
    #: every rule that fired, per phrase: (raw attribution, intermediary index or -1 for its source, rule name)
    fired: list[tuple[int, int, str]] = field(default_factory=list)


def pronoun_gender(word: str) -> str | None:
    """ "female" for she/her, "male" for he/him, None for any other word."""
    w = word.lower()
    return "female" if w in lx.FEMALE_PRONOUNS else "male" if w in lx.MALE_PRONOUNS else None


def title_gender(text: str) -> str | None:
    """The gender a phrase's titles tell ("Mrs Holm", "a spokesman for"), None when none or both."""
    words = {w.lower() for w in text.replace(",", " ").split()}
    female, male = bool(words & lx.FEMALE_TITLES), bool(words & lx.MALE_TITLES)
    return "female" if female and not male else "male" if male and not female else None


def best_name(names: list[str]) -> str:
    """The longest informative name: most words, then most letters; acronyms only when nothing else
    (a name of several words is never an acronym: "Daniel Lagat" over "Lagat")."""
    full = [n for n in names if len(n.split()) > 1 or not is_acronym(n)] or names
    return max(full, key=lambda n: (len(n.split()), len(n), [-ord(c) for c in n]))


def particle_surname(tokens: list[str]) -> bool:
    """True when normalised name words are a surname led by particles: "van dijk", "van der berg", "al rashid"."""
    return len(tokens) >= 2 and all(t in lx.SURNAME_PARTICLES for t in tokens[:-1])


def surname_tail(tokens: list[str]) -> str | None:
    """The particle surname of a full name: "marieke van dijk" -> "van dijk"; None when it has no particle."""
    for i in range(1, len(tokens) - 1):
        if tokens[i] in lx.SURNAME_PARTICLES and particle_surname(tokens[i:]):
            return " ".join(tokens[i:])
    return None


def body_keys(name: str, db: AliasDB) -> frozenset[str]:
    """The normalised forms that name the same body as ``name``: itself, "interior ministry" for
    "Ministry of the Interior", and the name without its country prefix ("Kenya", "National") and/or
    a generic suffix ("Society", "Service"): "Kenya Red Cross Society" is also "red cross"."""
    return _body_keys(name, db)


def _without_country(words: list[str], db: AliasDB) -> list[str]:
    """A body's name without the country that starts it ("kenya red cross society" -> "red cross society")."""
    for k in range(min(len(words) - 1, db.max_country_words), 0, -1):
        if db.country_of(" ".join(words[:k])):
            return words[k:]
    return words


def _agency_core(words: list[str]) -> list[str]:
    """An agency's name without its generic words: "Agencia Iberpress news agency" compares as "iberpress"."""
    agency = words[1:] if len(words) > 1 and words[0] in lx.AGENCY_NAME_PREFIXES else words
    for suffix in lx.AGENCY_NAME_SUFFIXES:
        if len(agency) > len(suffix) and tuple(agency[-len(suffix) :]) == suffix:
            agency = agency[: -len(suffix)]
    return agency


def _institution_words(words: list[str]) -> list[str]:
    """An institution's name in one order: "ministry of interior" = "interior ministry"; "Environmental
    Management Bureau of the Department of Environment" is the bureau, whoever it belongs to."""
    if len(words) > 2 and words[1] == "of" and words[0] in lx.INSTITUTION_HEADS:
        words = [w for w in words[2:] if w != "the"] + [words[0]]
    of_at = words.index("of") if "of" in words[2:] else -1
    if of_at >= 2 and words[of_at - 1] in lx.INSTITUTION_HEADS:
        words = words[:of_at]
    return words


@lru_cache(maxsize=16384)  # bodies repeat across mentions and articles; the database is long-lived
def _body_keys(name: str, db: AliasDB) -> frozenset[str]:
    normalised = norm_key(name).split()
    whole = " ".join(normalised)
    words = _institution_words(normalised)
    stripped = _without_country(words, db)
    while len(stripped) > 1 and stripped[0] in lx.GENERIC_BODY_PREFIXES:
        stripped = stripped[1:]
    forms = {whole, " ".join(words)}
    agency = _agency_core(stripped)
    for base in (words, stripped, agency):
        forms.add(" ".join(base))
        if len(base) > 1 and base[-1] in lx.GENERIC_BODY_SUFFIXES:
            forms.add(" ".join(base[:-1]))
    return frozenset(f for f in forms if f)


def _one_person(tokens: list[str], other: list[str]) -> bool:
    """Do two normalised names name one person? A lone surname or given name of the full name, a surname with
    its particle ("Van Dijk" / "Marieke van Dijk"), or long names one letter apart ("Zelenskyy" / "Zelensky")."""
    if len(tokens) == 1 and len(other) > 1 and tokens[0] in (other[0], other[-1]):
        return True
    if len(other) == 1 and len(tokens) > 1 and other[0] in (tokens[0], tokens[-1]):
        return True
    if particle_surname(tokens) and len(other) > len(tokens) and other[-len(tokens) :] == tokens:
        return True
    if particle_surname(other) and len(tokens) > len(other) and tokens[-len(other) :] == other:
        return True
    a, b = " ".join(tokens), " ".join(other)
    return (
        len(tokens) > 1
        and len(other) > 1
        and min(len(a), len(b)) >= MIN_VARIANT_LENGTH
        and (tokens[0] == other[0] or tokens[-1] == other[-1])
        and spelling_variant(a, b)
    )


def _merge_facts(src: LocalSource, info: Info) -> None:
    """What a phrase tells of its source: affiliation, gender, country, person, entry, a stronger kind."""
    src.affiliation = src.affiliation or info.affiliation
    if info.form == "named" and (info.person_name or info.kind in lx.PERSON_KINDS):
        src.add_gender(title_gender(" ".join([info.surface, info.description or ""])), "title")
    src.country = src.country or info.country
    # a news outlet or agency named before stays a body when the tagger calls a later mention a person
    src.person = src.person or (info.person_name and src.kind not in CREDIT_KINDS)
    if info.entry is not None and src.entry is None:
        src.entry = info.entry.name
    if info.strength > src.strength or (src.kind == SourceKind.UNKNOWN and info.kind != SourceKind.UNKNOWN):
        src.kind, src.strength = info.kind, max(info.strength, src.strength)


class SourceTable:
    """The article's sources in the order they were entered, and the sieve now entering or joining names."""

    def __init__(self, reader: Reader, acronyms: dict[str, list[W]]) -> None:
        self.reader = reader
        self.db = reader.db
        self.sources: list[LocalSource] = []
        self.last: list[int] = []  # position of each source's latest mention
        self.acronyms = acronyms
        # every mention is matched against every earlier source: normalise each name once
        self._keys: dict[str, str] = {}
        #: the sieve now entering or joining names: what each new name's ``joined_by`` records
        self.rule = ""
        #: names a title or gendered role noun stands before anywhere in the article ("Mr Barnier") -> gender
        #: (``text.titled_name_genders``)
        self.name_genders: dict[str, str] = {}

    def text_gender(self, info: Info) -> str | None:
        """Rule ``titled_name_gender``: the gender the article's titles tell for a named phrase's names ("Michel
        Barnier" after "Mr Barnier" somewhere in the text), None when they tell none or both."""
        if info.form != "named" or not self.name_genders:
            return None
        told = set()
        for n in [info.name, *info.names]:
            words = self.key(n).split() if n else []
            if words:
                g = self.name_genders.get(" ".join(words)) or self.name_genders.get(words[-1])
                if g:
                    told.add(g)
        return next(iter(told)) if len(told) == 1 else None

    def _add_name(self, src: LocalSource, name: str) -> None:
        src.names.append(name)
        src.joined_by.setdefault(name, self.rule)

    def key(self, name: str) -> str:
        k = self._keys.get(name)
        if k is None:
            k = self._keys[name] = norm_key(name)
        return k

    def new(self, info: Info, pos: int) -> int:
        src = LocalSource(name=info.name or info.surface, kind=info.kind, strength=info.strength)
        self.sources.append(src)
        self.last.append(pos)
        idx = len(self.sources) - 1
        src.scoped = info.scoped or info.form in {"anonymous", "document", "anaphor", "pronoun"}
        src.generic_key = info.generic_key
        src.plural = info.plural
        self.merge(idx, info, pos)
        return idx

    def merge(self, idx: int, info: Info, pos: int) -> None:
        src = self.sources[idx]
        src.mentions += 1
        self.last[idx] = max(self.last[idx], pos)
        self._merge_names(src, info)
        _merge_facts(src, info)
        src.add_gender(self.text_gender(info), "titled_name_gender")
        if src.entry:
            src.name = src.entry
        elif info.form == "named" and src.names:
            src.name = best_name(src.names)

    def _merge_names(self, src: LocalSource, info: Info) -> None:
        """The phrase's names, acronym and description join the source's (each name once, with its sieve)."""
        if info.form == "named":
            for n in info.names or [info.name]:
                if n and n not in src.names:
                    self._add_name(src, n)
        if info.acronym and info.acronym not in src.acronyms:
            src.acronyms.append(info.acronym)
            if info.acronym not in src.names:
                self._add_name(src, info.acronym)
        if info.description and info.description not in src.descriptions:
            src.descriptions.append(info.description)

    # -- named matching -----------------------------------------------------------------
    def bodies(self, names: list[str]) -> set[str]:
        out: set[str] = set()
        for n in names:
            out |= body_keys(n, self.db)
        return out

    def find_named(self, info: Info) -> int | None:
        keys = {self.key(n) for n in [info.name, *info.names, info.acronym] if n}
        info_tokens = self.key(info.name).split() if info.name else []
        is_body = not info.person_name and info.kind not in lx.PERSON_KINDS
        info_bodies = self.bodies([n for n in [info.name, *info.names] if n]) if is_body else None
        best: tuple[int, int] | None = None  # (priority, recency) of the best match
        found: int | None = None
        for idx, src in enumerate(self.sources):
            if src.scoped:
                continue
            prio = self._priority(info, src, keys, info_tokens, info_bodies)
            if prio > 0 and (best is None or (prio, self.last[idx]) > best):
                best, found = (prio, self.last[idx]), idx
        return found

    def _priority(
        self, info: Info, src: LocalSource, keys: set[str], tokens: list[str], info_bodies: set[str] | None
    ) -> int:
        """How surely a named phrase names an earlier source: 3 one alias entry, 2 a shared name (or one body
        written two ways), 1 a person's partial name, 0 no match, -1 never (other entry, other country)."""
        if info.entry is not None and src.entry is not None:
            return 3 if info.entry.name == src.entry else -1
        if info.country and src.country and self.key(info.country) != self.key(src.country):
            return -1
        src_keys = {self.key(n) for n in [*src.names, *src.speakers]}
        if keys & src_keys or self._one_body(src, keys, src_keys, info_bodies):
            return 2
        if (info.person_name or src.person) and not (
            info.kind not in lx.PERSON_KINDS and info.strength >= lx.STRENGTH_LEXICAL
        ):
            return self._person_match(tokens, src)
        return 0

    def _one_body(self, src: LocalSource, keys: set[str], src_keys: set[str], info_bodies: set[str] | None) -> bool:
        """One body written two ways: "Red Cross" / "Kenya Red Cross Society", "Ministry of Interior" /
        "Interior Ministry", "police" / "National Police Service"."""
        if info_bodies is None or src.person or src.kind in lx.PERSON_KINDS:
            return False
        return bool(keys & self.bodies(src.names) or src_keys & info_bodies)

    def _person_match(self, tokens: list[str], src: LocalSource) -> int:
        """1 when a lone surname or given name matches a full name, or long names differ by one letter."""
        if not tokens:
            return 0
        for n in [*src.names, *src.speakers]:
            other = self.key(n).split()
            if other and not is_acronym(n) and _one_person(tokens, other):
                return 1
        return 0

    def described(self, info: Info) -> int | None:
        """The latest body of a compatible kind whose names hold every specific word of a body written in
        common nouns: "the security service" after "the Security Service of Ukraine"."""
        if not info.modifiers:
            return None
        kinds = lx.ANAPHOR_KINDS.get(info.head, frozenset({info.kind}))
        order = sorted(range(len(self.sources)), key=lambda i: -self.last[i])
        for idx in order:
            src = self.sources[idx]
            if src.placeholder or src.person or (src.kind not in kinds and src.kind != info.kind):
                continue
            names = list(src.names)
            entry = self.db.entry(src.entry) if src.entry else None
            if entry is not None:
                names += [entry.name, *entry.aliases]
            words = {w for n in names for w in self.key(n).split()}
            if all(norm_key(m) in words for m in info.modifiers):
                return idx
        return None

    def speak(self, idx: int, info: Info, pos: int) -> None:
        """A spokesperson's phrase: the body spoke; its speaker is remembered by name and role."""
        src = self.sources[idx]
        src.mentions += 1
        self.last[idx] = max(self.last[idx], pos)
        if info.speaker and info.speaker not in src.speakers:
            src.speakers.append(info.speaker)
            src.joined_by.setdefault(info.speaker, self.rule)
            described = f"{info.speaker_role} {info.speaker}".strip()
            if described not in src.descriptions:
                src.descriptions.append(described)

    def link(self, info: Info, pos: int) -> int:
        """The source a phrase names: an earlier one it matches (by name, a country's collective, or the same
        words of this article), else a new one."""
        if info.form == "named" and not info.scoped:
            return self._link_named(info, pos)
        if info.generic_key and not info.scoped:
            same = [i for i, src in enumerate(self.sources) if src.generic_key == info.generic_key]
        else:
            key = self.key(info.name or info.surface)
            same = [
                i
                for i, src in enumerate(self.sources)
                if src.scoped and not src.placeholder and self.key(src.name) == key and src.kind == info.kind
            ]
        if not same:
            return self.new(info, pos)
        self.merge(same[0], info, pos)
        return same[0]

    def _link_named(self, info: Info, pos: int) -> int:
        idx = self.find_named(info)
        if idx is None:
            idx = self.described(info)
        if idx is None:
            return self.new(info, pos)
        src = self.sources[idx]
        if info.person_name and src.speakers and not src.person:
            # the spokesperson named again ("Wambui said"): still the body speaking
            self.merge(idx, Info("ref", info.surface), pos)
        else:
            self.merge(idx, info, pos)
        return idx
