"""Resolution inside one article: every source phrase to an entry of the article's source table.

Named phrases join an earlier entry when they share an alias-file entry, a
normalised name, an acronym defined in parentheses, a person's surname, or a
one-letter spelling variant of a long person name. Pronouns and definite
descriptions ("he", "it", "the agency") take the nearest preceding compatible
source (person pronouns: persons; "it" and "the agency": organisations whose kind
fits the noun), or the engine's coreference chain when it gives one. Anonymous
sources, documents and context-relative collectives ("local media") stay their
own entries and are never merged across articles.

Pure and per article: the result is small and picklable.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..article import ArticleInput
from ..doc import Document, Entity, Token
from ..extraction.types import RawAttribution, SourceMention
from . import lexicon as lx
from .aliases import AliasDB, default_aliases
from .mention import (
    MAX_NAME_WORDS,
    Info,
    Reader,
    W,
    group_anaphor_head,
    head_kind,
    is_acronym,
    leader_roles_fit,
    org_named,
    role_of_body,
    words_from_string,
)
from .normalize import norm_key, spelling_variant

#: Person names at least this long (normalised, with spaces) may match with one edit ("Zelenskyy" / "Zelensky").
MIN_VARIANT_LENGTH = 10
#: Apposition longer than this is a clause, not a description.
MAX_APPOS_TOKENS = 25
#: Kinds of a parenthesised name that credits a report ("Kenya (AFP)") rather than defining an acronym.
CREDIT_KINDS = frozenset({"wire agency", "media outlet"})
#: Entity labels of places: never a person pronoun's antecedent, never an acronym's long name.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of names a description may point back at when the name was no source ("the Acme group").
BODY_ENTITY_LABELS = frozenset({"ORG", "PERSON", "FAC", "NORP"})
#: Paragraph breaks a lede's "the group said" may run ahead of the paragraph that names the group.
LEDE_PARAGRAPHS = 2
#: Words before a name that make it a place ("near Mau Narok", "in Nakuru").
LOCATIVE_WORDS = frozenset({"in", "near", "outside", "inside", "across", "around", "towards", "toward", "into"})
#: Nouns before "of" that make the next name a place ("the town of Mau Narok").
PLACE_NOUNS = frozenset(
    {
        "town",
        "village",
        "city",
        "county",
        "district",
        "region",
        "province",
        "state",
        "area",
        "municipality",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "island",
        "capital",
    }
)
#: Person heads of a definite description that point back at someone by role ("the governor said"), checked
#: against the roles earlier sources were given; words that also start body names are left out.
ROLE_ANAPHOR_HEADS = (lx.TITLE_WORDS | lx.PERSON_ROLE_HEADS) - lx.NOT_PERSON_TITLES - frozenset(
    # modifiers and bare person nouns: "the former", "the deputy", "the people" name no role
    {"acting", "deputy", "ex", "former", "general", "individual", "individuals", "member", "members", "people",
     "person", "then", "vice"}
)  # fmt: skip


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
    #: the article cites it as reporting or publishing ("X reported", "first revealed by X") or as the listener
    #: an outlet's source told things to ("told X"): an outlet's roles, whatever its name's words suggest
    reported: bool = False

    def add_gender(self, gender: str | None) -> None:
        if gender and gender not in self.genders:
            self.genders.append(gender)

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


@lru_cache(maxsize=16384)  # bodies repeat across mentions and articles; the database is long-lived
def _body_keys(name: str, db: AliasDB) -> frozenset[str]:
    words = norm_key(name).split()
    whole = " ".join(words)
    if len(words) > 2 and words[1] == "of" and words[0] in lx.INSTITUTION_HEADS:
        words = [w for w in words[2:] if w != "the"] + [words[0]]  # "ministry of interior" = "interior ministry"
    of_at = words.index("of") if "of" in words[2:] else -1
    if of_at >= 2 and words[of_at - 1] in lx.INSTITUTION_HEADS:
        # "Environmental Management Bureau of the Department of Environment": the bureau, whoever it belongs to
        words = words[:of_at]
    stripped = words
    for k in range(min(len(words) - 1, db.max_country_words), 0, -1):
        if db.country_of(" ".join(words[:k])):
            stripped = words[k:]
            break
    while len(stripped) > 1 and stripped[0] in lx.GENERIC_BODY_PREFIXES:
        stripped = stripped[1:]
    forms = {whole, " ".join(words)}
    # an agency's generic words: "Agencia Iberpress news agency" compares as "iberpress"
    agency = stripped[1:] if len(stripped) > 1 and stripped[0] in lx.AGENCY_NAME_PREFIXES else stripped
    for suffix in lx.AGENCY_NAME_SUFFIXES:
        if len(agency) > len(suffix) and tuple(agency[-len(suffix) :]) == suffix:
            agency = agency[: -len(suffix)]
    for base in (words, stripped, agency):
        forms.add(" ".join(base))
        if len(base) > 1 and base[-1] in lx.GENERIC_BODY_SUFFIXES:
            forms.add(" ".join(base[:-1]))
    return frozenset(f for f in forms if f)


class _Table:
    def __init__(self, reader: Reader, acronyms: dict[str, list[W]]) -> None:
        self.reader = reader
        self.db = reader.db
        self.sources: list[LocalSource] = []
        self.last: list[int] = []  # position of each source's latest mention
        self.acronyms = acronyms
        # every mention is matched against every earlier source: normalise each name once
        self._keys: dict[str, str] = {}

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
        if info.form == "named":
            for n in info.names or [info.name]:
                if n and n not in src.names:
                    src.names.append(n)
        if info.acronym and info.acronym not in src.acronyms:
            src.acronyms.append(info.acronym)
            if info.acronym not in src.names:
                src.names.append(info.acronym)
        if info.description and info.description not in src.descriptions:
            src.descriptions.append(info.description)
        src.affiliation = src.affiliation or info.affiliation
        if info.form == "named" and (info.person_name or info.kind in lx.PERSON_KINDS):
            src.add_gender(title_gender(" ".join([info.surface, info.description or ""])))
        src.country = src.country or info.country
        # a news outlet or agency named before stays a body when the tagger calls a later mention a person
        src.person = src.person or (info.person_name and src.kind not in CREDIT_KINDS)
        if info.entry is not None and src.entry is None:
            src.entry = info.entry.name
        if info.strength > src.strength or (src.kind == "unknown" and info.kind != "unknown"):
            src.kind, src.strength = info.kind, max(info.strength, src.strength)
        if src.entry:
            src.name = src.entry
        elif info.form == "named" and src.names:
            src.name = best_name(src.names)

    # -- named matching -----------------------------------------------------------------
    def bodies(self, names: list[str]) -> set[str]:
        out: set[str] = set()
        for n in names:
            out |= body_keys(n, self.db)
        return out

    def find_named(self, info: Info) -> int | None:
        keys = {self.key(n) for n in [info.name, *info.names] if n}
        if info.acronym:
            keys.add(self.key(info.acronym))
        info_tokens = self.key(info.name).split() if info.name else []
        is_body = not info.person_name and info.kind not in lx.PERSON_KINDS
        info_bodies = self.bodies([n for n in [info.name, *info.names] if n]) if is_body else set()
        best: tuple[int, int] | None = None  # (priority, recency) of the best match
        found: int | None = None
        for idx, src in enumerate(self.sources):
            if src.scoped:
                continue
            if info.entry is not None and src.entry is not None:
                prio = 3 if info.entry.name == src.entry else -1
            elif info.country and src.country and self.key(info.country) != self.key(src.country):
                prio = -1
            else:
                src_keys = {self.key(n) for n in [*src.names, *src.speakers]}
                prio = 2 if keys & src_keys else 0
                if not prio and is_body and not src.person and src.kind not in lx.PERSON_KINDS:
                    # one body written two ways: "Red Cross" / "Kenya Red Cross Society", "Ministry of
                    # Interior" / "Interior Ministry", "police" / "National Police Service"
                    src_bodies = self.bodies(src.names)
                    prio = 2 if keys & src_bodies or src_keys & info_bodies else 0
                if (
                    not prio
                    and (info.person_name or src.person)
                    and not (info.kind not in lx.PERSON_KINDS and info.strength >= lx.STRENGTH_LEXICAL)
                ):
                    prio = self._person_match(info_tokens, src)
            if prio > 0 and (best is None or (prio, self.last[idx]) > best):
                best, found = (prio, self.last[idx]), idx
        return found

    def _person_match(self, tokens: list[str], src: LocalSource) -> int:
        """1 when a lone surname or given name matches a full name, or long names differ by one letter."""
        if not tokens:
            return 0
        for n in [*src.names, *src.speakers]:
            other = self.key(n).split()
            if not other or is_acronym(n):
                continue
            if len(tokens) == 1 and len(other) > 1 and tokens[0] in (other[0], other[-1]):
                return 1
            if len(other) == 1 and len(tokens) > 1 and other[0] in (tokens[0], tokens[-1]):
                return 1
            # "Van Dijk" / "Marieke van Dijk": a surname with its particle is the full name's tail
            if particle_surname(tokens) and len(other) > len(tokens) and other[-len(tokens) :] == tokens:
                return 1
            if particle_surname(other) and len(tokens) > len(other) and tokens[-len(other) :] == other:
                return 1
            a, b = " ".join(tokens), " ".join(other)
            if (
                len(tokens) > 1
                and len(other) > 1
                and min(len(a), len(b)) >= MIN_VARIANT_LENGTH
                and (tokens[0] == other[0] or tokens[-1] == other[-1])
                and spelling_variant(a, b)
            ):
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
            described = f"{info.speaker_role} {info.speaker}".strip()
            if described not in src.descriptions:
                src.descriptions.append(described)

    def link(self, info: Info, pos: int) -> int:
        if info.form == "named" and not info.scoped:
            idx = self.find_named(info)
            if idx is None:
                idx = self.described(info)
            if idx is not None:
                src = self.sources[idx]
                if info.person_name and src.speakers and not src.person:
                    # the spokesperson named again ("Wambui said"): still the body speaking
                    self.merge(idx, Info("ref", info.surface), pos)
                else:
                    self.merge(idx, info, pos)
                return idx
            return self.new(info, pos)
        if info.generic_key and not info.scoped:
            for idx, src in enumerate(self.sources):
                if src.generic_key == info.generic_key:
                    self.merge(idx, info, pos)
                    return idx
            return self.new(info, pos)
        key = self.key(info.name or info.surface)
        for idx, src in enumerate(self.sources):
            if src.scoped and not src.placeholder and self.key(src.name) == key and src.kind == info.kind:
                self.merge(idx, info, pos)
                return idx
        return self.new(info, pos)


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character regions inside quotation marks (curly pairs, or straight quotes taken in pairs)."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    for i, c in enumerate(text):
        if c == "\u201c" and open_at is None:
            open_at = i
        elif c == "\u201d" and open_at is not None:
            regions.append((open_at, i + 1))
            open_at = None
        elif c == '"':
            if straight is None:
                straight = i
            else:
                regions.append((straight, i + 1))
                straight = None
        elif c == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            open_at = straight = None  # quotes never run across paragraphs
    return sorted(regions)


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(regions, (pos, 1 << 62)) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def _words(doc: Document, toks: list[Token]) -> list[W]:
    """Words with parser hints; ``glue`` keeps "Seong-kweun" one word when the tokens touch in the text."""
    return [W(t.text, t.upos, t.ent, t.i, glue=n > 0 and t.start == toks[n - 1].end) for n, t in enumerate(toks)]


#: Words that end a company's full name after its short name: "Brennan Motors", "Acme Co.", "Vela Holdings".
#: The short name alone ("Brennan said") is the company, although a tagger often reads it as a surname.
COMPANY_NAME_TAILS = frozenset(
    {
        "motors",
        "motor",
        "co",
        "co.",
        "company",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "group",
        "holdings",
        "ltd",
        "ltd.",
        "plc",
        "llc",
        "airlines",
        "industries",
        "technologies",
        "pharmaceuticals",
        "automotive",
    }
)


def _company_name_tokens(doc: Document, e: Entity) -> list[Token] | None:
    """The words of an organisation or person name that is a company's full name ("Brennan Motors Co."),
    without its determiner and possessive; None for any other name."""
    if e.label not in {"ORG", "PERSON"}:
        return None
    toks = [t for t in doc.tokens[e.start_token : e.end_token] if t.upos != "PART" and t.text not in {"'s", "\u2019s"}]
    if toks and toks[0].text.lower() in lx.DEFINITE_DETS:
        toks = toks[1:]
    if len(toks) >= 2 and toks[0].text[:1].isupper() and all(t.text.lower() in COMPANY_NAME_TAILS for t in toks[1:]):
        return toks
    return None


def _company_short_names(doc: Document) -> Document:
    """The document with a company's short name, tagged a person alone, tagged an organisation: "Brennan"
    after "Brennan Motors" (a company short name is the company, never a person whose name it starts)."""
    short: set[str] = set()
    full: set[int] = set()  # "Brennan Motors" tagged a person: no personal name ends in "Motors"
    for e in doc.entities:
        toks = _company_name_tokens(doc, e)
        if toks is not None:
            short.add(toks[0].text)
            if e.label == "PERSON":
                full.add(e.start_token)
    relabel = {
        t
        for e in doc.entities
        if e.label == "PERSON"
        and (e.start_token in full or (e.end_token - e.start_token == 1 and doc.tokens[e.start_token].text in short))
        for t in range(e.start_token, e.end_token)
    }
    if not relabel:
        return doc
    tokens = [replace(t, ent="ORG") if t.i in relabel else t for t in doc.tokens]
    entities = [
        replace(e, label="ORG") if e.label == "PERSON" and e.start_token in relabel else e for e in doc.entities
    ]
    return replace(doc, tokens=tokens, entities=entities)


def _initials_fit(acronym: str, words: list[Token]) -> bool:
    """The acronym's capitals start the phrase's capitalised words, in order ("KRCS" / "Kenya Red Cross Society")."""
    caps = [c for c in acronym if c.isupper()]
    initials = [t.text[0] for t in words if t.text[:1].isupper()]
    if not caps or not initials or caps[0] != initials[0]:
        return False
    k = 0
    for c in initials:
        if k < len(caps) and c == caps[k]:
            k += 1
    return k == len(caps)


def _is_place(doc: Document, db: AliasDB, toks: list[Token]) -> bool:
    """A country, capital or a word the tagger marks as a place: a dateline's "Mau Narok, Kenya"."""
    text = " ".join(t.text for t in toks)
    return bool(db.country_of(text) or db.capital_of(text)) or (bool(toks) and toks[-1].ent in PLACE_LABELS)


def _defines_body(phrase: list[Token]) -> bool:
    """A body's full name of two capitalised words or more ("the Dutch Data Protection Authority (AP)"):
    what the parentheses give is its acronym (often of its name in its own language), not a wire's credit."""
    caps = [t for t in phrase if t.text[:1].isupper()]
    return len(caps) >= 2 and bool(head_kind([t.text for t in caps[-1:]])) and caps[-1] is phrase[-1]


def acronym_definitions(doc: Document, db: AliasDB | None = None) -> dict[str, list[W]]:
    """ "Long Name (ACR)" anywhere in the article: acronym -> words of the long name (first definition wins).

    A parenthesised wire or outlet the alias file knows ("Kenya (AFP)", a dateline's credit) defines
    nothing unless the long name is that outlet's; nor does a token in parentheses after a place name
    unless it is made of the place name's initials ("Democratic Republic of Congo (DRC)")."""
    db = db if db is not None else default_aliases()
    toks = doc.tokens
    table: dict[str, list[W]] = {}
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or toks[i + 2].text != ")" or not is_acronym(toks[i + 1].text):
            continue
        acr = toks[i + 1].text.rstrip(".")
        if acr in table:
            continue
        sent_start = doc.sentences[toks[i].sent].start_token if doc.sentences else 0
        j = i - 1
        while j >= sent_start and (
            toks[j].upos in {"PROPN", "NOUN", "ADJ"}
            or toks[j].text in {"'s", "\u2019s"}
            or toks[j].text.lower() in {"of", "for", "the", "and"}
        ):
            j -= 1
        phrase = toks[j + 1 : i]
        while phrase and phrase[0].text.lower() in {"of", "for", "and", "'s", "\u2019s"}:
            phrase = phrase[1:]
        if not phrase:
            continue
        known = db.lookup(acr)
        # "Agence France-Presse (AFP)" defines the acronym: the words before it are the outlet's name
        own = (
            next(
                (
                    k
                    for k in range(i - 1, max(sent_start, i - 8) - 1, -1)
                    if db.lookup(doc.text[toks[k].start : toks[i - 1].end]) is known
                ),
                None,
            )
            if known is not None
            else None
        )
        if own is not None:
            phrase = toks[own:i]
        elif not _initials_fit(acr, phrase) and (
            (known is not None and known.kind in CREDIT_KINDS and not _defines_body(phrase))
            or _is_place(doc, db, phrase[-1:])
        ):
            continue  # "Mau Narok, Kenya (AFP)": a credit after a dateline, not a definition
        table[acr] = _words(doc, phrase)
    return table


def _place_company_description(doc: Document, db: AliasDB, m: SourceMention) -> list[Token] | None:
    """ "The Dearborn, Michigan-based automaker" / "the Toledo carmaker": a definite description of a company
    whose place only locates it; returns the phrase's determiner and company noun ("the automaker") to read
    instead, None for any other phrase."""
    toks = doc.tokens[m.start_token : m.end_token]
    if len(toks) < 3 or toks[0].text.lower() not in lx.DEFINITE_DETS or toks[-1].text.lower() not in lx.COMPANY_NOUNS:
        return None
    middle = toks[1:-1]
    based = [k for k, t in enumerate(middle) if t.text.lower() in {"based", "-based"}]
    if based:
        k = based[-1]
        if k != len(middle) - 1:
            return None
        place = [t for t in middle[:k] if t.upos != "PUNCT"]
        if not place or not all(t.upos == "PROPN" for t in place):
            return None
        return [toks[0], toks[-1]]
    if not all(t.upos == "PROPN" for t in middle):
        return None
    s_tok, e_tok = middle[0].i, middle[-1].i + 1
    if any(t.ent in PLACE_LABELS for t in middle) or _place_like(doc, db, s_tok, e_tok):
        return [toks[0], toks[-1]]
    return None


def _mention_words(doc: Document, m: SourceMention) -> tuple[list[W], list[W] | None]:
    """The mention's words (its ``name`` when given) and an apposition the parse attaches to it."""
    ok = 0 <= m.start_token < m.end_token <= len(doc.tokens)
    words = _words(doc, doc.tokens[m.start_token : m.end_token]) if ok else words_from_string(m.text)
    if m.name and norm_key(m.name) != norm_key(m.text):
        hints = {w.text: w for w in words}
        words = [hints.get(x.text, x) for x in words_from_string(m.name)]
        return words, None
    appos: list[W] | None = None
    described = getattr(m, "description", None)  # an apposition extraction cut from the phrase
    if described:
        hints = (
            {t.text: W(t.text, t.upos, t.ent, t.i) for t in doc.tokens[m.end_token : m.end_token + 40]} if ok else {}
        )
        return words, [hints.get(x.text, x) for x in words_from_string(described)]
    if ok and 0 <= m.head < len(doc.tokens):
        for child in doc.children(m.head):
            if child.deprel != "appos" or child.i < m.end_token:
                continue
            lo, hi = doc.subtree(child.i)
            lo = max(lo, m.end_token)
            if hi - lo > MAX_APPOS_TOKENS:
                break
            extra = _words(doc, doc.tokens[lo:hi])
            if extra and extra[0].text in {"(", "\u201c", '"'}:
                words = words + extra  # "(NIS)" or a quoted name right after the phrase: part of it
            else:
                appos = [w for w in extra if w.text != ","]
            break
    if appos is None and ok:
        appos = _comma_apposition(doc, m.end_token)
    return words, appos


#: Words between a description and the name it gives itself: "a gang, which calls itself X", "known as X".
_SELF_NAME_FILLERS = frozenset(
    {
        ",",
        "which",
        "that",
        "who",
        "itself",
        "themselves",
        "himself",
        "herself",
        "as",
        "by",
        "simply",
        "the",
        "\u201c",
        '"',
        "\u2018",
        "'",
    }
)


def self_named(doc: Document, end_token: int) -> list[W] | None:
    """The name a description gives right after it: "a ransomware gang calling itself BlackFern",
    "a group known as the Night Owls", "a firm called Acme Data" -> the name's words; None when none follows."""
    toks = doc.tokens
    sent = doc.sentences[toks[end_token - 1].sent] if doc.sentences and end_token > 0 else None
    stop = min(sent.end_token if sent else len(toks), end_token + 12)
    i = end_token
    while i < stop and toks[i].text.lower() in {",", "which", "that", "who"}:
        i += 1
    if i >= stop or toks[i].text.lower() not in lx.NAMING_WORDS:
        return None
    if toks[i].text.lower() == "known" and not (i + 1 < stop and toks[i + 1].text.lower() == "as"):
        return None
    i += 1
    while i < stop and toks[i].text.lower() in _SELF_NAME_FILLERS:
        i += 1
    j = i
    while j < stop and (toks[j].text[:1].isupper() or toks[j].text[:1].isdigit()) and toks[j].upos != "PUNCT":
        j += 1
    return _words(doc, toks[i:j]) if j > i else None


def outlet_named_after(doc: Document, end_token: int) -> list[W] | None:
    """ "the investigative website the Acme Bureau": the capitalised name right after an outlet's description
    (with or without "the"); None when no name follows."""
    toks = doc.tokens
    i = end_token
    if i < len(toks) and toks[i].text.lower() == "the":
        i += 1
    j = i
    while j < len(toks) and j - i < MAX_NAME_WORDS and toks[j].text[:1].isupper() and toks[j].upos == "PROPN":
        j += 1
    return _words(doc, toks[i:j]) if j > i else None


def _comma_apposition(doc: Document, end_token: int) -> list[W] | None:
    """ ", a Ukrainian military news outlet" right after the phrase, when the parser hung it elsewhere:
    a comma, then "a"/"an", up to the next comma or the sentence end."""
    toks = doc.tokens
    if end_token + 1 >= len(toks) or toks[end_token].text != "," or toks[end_token + 1].text.lower() not in {"a", "an"}:
        return None
    sent = doc.sentences[toks[end_token].sent] if doc.sentences else None
    stop = sent.end_token if sent else len(toks)
    hi = end_token + 1
    while hi < stop and toks[hi].text not in {",", ";", ".", ":", "\u2014"} and hi - end_token <= MAX_APPOS_TOKENS:
        hi += 1
    if hi - end_token > MAX_APPOS_TOKENS:
        return None
    words = _words(doc, toks[end_token + 1 : hi])
    # a description names a role or a kind of body, so its head is a noun
    return words if words and toks[hi - 1].upos in {"NOUN", "PROPN"} else None


def _with_self_name(reader: Reader, doc: Document, m: SourceMention, info: Info, acronyms: dict[str, list[W]]) -> Info:
    """A body described, then named by itself: "a ransomware gang calling itself X said" is X (the description
    says what X is); "the gang" and "the X ransomware gang" later are the same X."""
    if info.form not in {"anonymous", "collective", "anaphor"} or info.speaks_for is not None:
        return info
    if not 0 <= m.start_token < m.end_token <= len(doc.tokens):
        return info
    named = self_named(doc, m.end_token)
    last = info.surface.split()[-1:]  # a damaged phrase may have no word at all
    if not named and last and last[0].lower() in OUTLET_NOUNS and m.end_token < len(doc.tokens):
        named = outlet_named_after(doc, m.end_token)
    if not named:
        return info
    got = reader.read(named, acronyms=acronyms)
    if got.form != "named":
        return info
    desc = [w for w in info.surface.split() if w.lower() not in lx.INDEFINITE_DETS | lx.DEFINITE_DETS]
    kind = head_kind(desc) if desc else None
    if got.entry is None and kind:
        got.kind, got.strength, got.person_name = kind, lx.STRENGTH_LEXICAL, False
    got.description = got.description or " ".join(desc) or None
    got.surface = info.surface
    return got


def _voice_phrases(doc: Document) -> list[tuple[int, int]]:
    """Token spans of "<Body> spokesperson <Person>" phrases: capitalised words, a spokesperson word, a name."""
    out: list[tuple[int, int]] = []
    toks = doc.tokens
    for t in toks:
        if t.text.lower() not in lx.SPOKESPERSON_WORDS or t.i == 0 or t.i + 1 >= len(toks):
            continue
        hi = t.i + 1
        while (
            hi < len(toks)
            and hi - t.i <= 4
            and toks[hi].sent == t.sent
            and (toks[hi].ent == "PERSON" or (toks[hi].upos == "PROPN" and toks[hi].text[:1].isupper()))
        ):
            hi += 1
        lo = t.i
        while (
            lo > 0 and toks[lo - 1].sent == t.sent and (toks[lo - 1].upos == "PROPN" or is_acronym(toks[lo - 1].text))
        ):
            lo -= 1
        if lo < t.i and hi > t.i + 1:
            out.append((lo, hi))
    return out


def _group_class(src: LocalSource) -> str | None:
    """ "person" for an unnamed source named "people familiar with the matter" or "a person", "source" for
    "two sources"; None for any other source."""
    if src.kind != "anonymous":
        return None
    for w in norm_key(src.name).split()[:4]:
        if w in lx.KNOWING_PEOPLE_HEADS:
            return lx.KNOWING_PEOPLE_HEADS[w]
    return None


def _body_anaphor_kinds(info: Info) -> frozenset[str]:
    """The body kinds a definite description ("the group", "the hospital group") may point back at; empty for
    pronouns and for descriptions of people ("the minister")."""
    if info.form != "anaphor" or info.head in ROLE_ANAPHOR_HEADS:
        return frozenset()
    kinds = lx.ANAPHOR_KINDS.get(info.head) or (frozenset({info.kind}) if info.kind != "unknown" else frozenset())
    return frozenset(kinds - lx.PERSON_KINDS - {"anonymous"})


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


def _named_with(src: LocalSource, noun: str) -> bool:
    """Does one of the source's names hold the noun ("agency" in "Acme News Agency")?"""
    return any(noun in norm_key(n).split() for n in [src.name, *src.names])


#: Partitive phrases pointing back at the plural unnamed source just named: "two people familiar with the
#: talks ... One of them said" (one of those people: the same unnamed source).
_PARTITIVE_PRONOUN_RE = re.compile(r"^(?:one|two|three|both|each|another|some|none|all) of (?:them|those|these)$")
#: Possessive pronouns of a person whose office, aides or team speak for them ("his office said").
_PERSON_POSSESSIVES = {"his": "he", "her": "she"}


#: Nouns an article calls a news outlet by ("the investigative website said", "the site reported").
OUTLET_NOUNS = lx.OUTLET_INTRODUCERS - {"agency", "network", "channel"}
#: Cue words of a publisher's report: a body cited with them ("the Acme Bureau reported") is what a later "the
#: website" points back at when no outlet was named.
REPORT_CUE_WORDS = frozenset({"reported", "reports", "revealed", "reveals", "published", "publishes"})


def _whole_government(src: LocalSource, head: str) -> bool:
    """A country standing for its government ("Kenya said"), a country's government, or a name with the head."""
    if src.country and norm_key(src.name) == norm_key(src.country):
        return True
    if src.generic_key and src.generic_key.split("|", 1)[-1].split()[-1:] == [head]:
        return True
    return any(head in norm_key(n).split() for n in [src.name, *src.names])


#: Nouns of a text a body puts out. "The statement said" (a definite one) quotes the text the article named
#: before ("X said in a statement", "X issued a news release"), so its issuer is the source, not a document.
ISSUED_TEXT_HEADS = frozenset({"statement", "release", "announcement", "notice", "communique", "communiqué"})
#: Words between "the" and such a noun that keep it the same text ("the written statement", "the press release").
ISSUED_TEXT_MODIFIERS = frozenset({"press", "news", "written", "official", "emailed", "earlier"})
#: Verbs whose subject puts such a text out ("issued a statement", "put out a release", "made the announcement").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "put", "post", "send", "circulate", "distribute", "make"})
#: Prepositions naming the issuer after the noun ("a statement from the ministry", "a notice by the council").
ISSUER_PREPS = frozenset({"from", "by"})


def _definite_issued_text(words: list[W]) -> bool:
    """ "the statement", "the press release": a definite text a body put out, with nothing naming who did."""
    low = [w.text.lower() for w in words]
    return (
        len(low) >= 2
        and low[0] == "the"
        and low[-1] in ISSUED_TEXT_HEADS
        and all(w in ISSUED_TEXT_MODIFIERS for w in low[1:-1])
    )


def _has_case(doc: Document, i: int, preps: frozenset[str]) -> bool:
    """Whether the token at ``i`` is introduced by one of the prepositions."""
    return any(c.deprel == "case" and c.text.lower() in preps for c in doc.children(i))


def _of_complement(doc: Document, noun: int) -> bool:
    """ "the release of the doses": the noun names an act done to something, not a text someone put out."""
    return any(k.deprel == "nmod" and _has_case(doc, k.i, frozenset({"of"})) for k in doc.children(noun))


def _text_issuer_token(doc: Document, noun: int) -> int | None:
    """The token of who put out the text ``noun`` heads: "the ministry's statement", "a statement from the
    ministry", "the ministry issued a statement", "the ministry said in a statement", "in a statement, the
    ministry said". None when the parse names no one."""
    kids = doc.children(noun)
    for k in kids:
        if k.deprel == "nmod:poss":
            return k.i
        if k.deprel == "nmod" and _has_case(doc, k.i, ISSUER_PREPS):
            return k.i
    tok = doc.tokens[noun]
    if tok.head == noun:
        return None
    verb = doc.tokens[tok.head]
    issued = tok.deprel == "obj" and verb.lemma.lower() in ISSUING_VERBS  # "X issued a statement"
    said_in = tok.deprel == "obl" and _has_case(doc, noun, frozenset({"in"}))  # "X said in a statement"
    if not (issued or said_in):
        return None
    for v in (verb, doc.tokens[verb.head]) if verb.deprel == "conj" else (verb,):
        subj = next((c.i for c in doc.children(v.i) if c.deprel == "nsubj"), None)
        if subj is not None:
            return subj
    return None


#: Heads of a phrase naming the people around one office holder, who speak for that holder ("the mayor's
#: office", "the governor's aides", "the senator's campaign").
HOLDER_BODY_HEADS = frozenset({"office", "aides", "staff", "team", "camp", "campaign"})


def _office_holder_role(words: list[W]) -> str | None:
    """ "the mayor's office" -> "mayor": a role word (no name) owning an office holder's body."""
    low = [w.text.lower() for w in words]
    if low and low[0] in lx.DEFINITE_DETS:
        low = low[1:]
    if len(low) == 3 and low[1] in {"'s", "’s"} and low[2] in HOLDER_BODY_HEADS and low[0] in ROLE_ANAPHOR_HEADS:
        return low[0]
    return None


def _place_like(doc: Document, db: AliasDB, s_tok: int, e_tok: int) -> bool:
    """A name the tagger may call a person that the text uses as a place: tagged a place elsewhere, a
    country or capital, after "in"/"near" or "the town of", or before ", <country>"."""
    toks = doc.tokens
    span = toks[s_tok:e_tok]
    text = " ".join(t.text for t in span)
    if db.country_of(text) or db.capital_of(text):
        return True
    key = norm_key(text)
    if any(e.label in PLACE_LABELS and norm_key(e.text) == key for e in doc.entities):
        return True
    if s_tok > 0 and toks[s_tok - 1].text.lower() in LOCATIVE_WORDS:
        return True
    if s_tok > 1 and toks[s_tok - 1].text.lower() == "of" and toks[s_tok - 2].text.lower() in PLACE_NOUNS:
        return True
    return e_tok + 1 < len(toks) and toks[e_tok].text == "," and bool(db.country_of(toks[e_tok + 1].text))


#: Tokens that end a person's apposition ("X, head of the Acme board (AB), said").
_APPOS_STOPS = frozenset({",", ".", ";", ":", "(", ")", "\u2014", "\u2013"})
#: At most this many tokens in a leader's apposition read around a person's name.
MAX_LEADER_APPOS = 15


def _body_word_sets(info: Info, words: list[W]) -> list[set[str]]:
    """The word sets a body phrase is known by: each name's words and the phrase's own (owner included)."""
    out = [set(norm_key(n).split()) for n in [info.name, *info.names, info.acronym or ""] if n]
    own = {norm_key(w.text) for w in words if w.text not in {"'s", "\u2019s", "'", "\u2019"}}
    out.append({w for w in own if w and w not in lx.DEFINITE_DETS and w != "of"})
    return [s for s in out if s]


def same_body(a: list[set[str]], b: list[set[str]]) -> bool:
    """Do two body phrases name one body? One's words are all among the other's ("Acme's transport
    authority" / "the Acme Metropolitan Transport Authority"), or both are one acronym."""
    return any(x <= y or y <= x for x in a for y in b)


def _leader_appositions(doc: Document, quotes: list[tuple[int, int]]) -> list[tuple[int, list[W], list[W]]]:
    """(person start token, name words, leader phrase words) for every person the text gives an office at a body
    in apposition: "Jo Lee, head of the Acme board," / "Jo Lee, the board's chair." / "the chair of the Acme
    board, Jo Lee," / "Acme chief executive Jo Lee"."""
    toks = doc.tokens
    out: list[tuple[int, list[W], list[W]]] = []
    for e in doc.entities:
        if e.label != "PERSON" or _inside(quotes, e.start):
            continue
        name = _words(doc, toks[e.start_token : e.end_token])
        sent = doc.sentences[toks[e.start_token].sent] if doc.sentences else None
        lo_limit, hi_limit = (sent.start_token, sent.end_token) if sent else (0, len(toks))
        # after the name: ", head of the Acme board,"
        if e.end_token < hi_limit and toks[e.end_token].text == ",":
            hi = e.end_token + 1
            while hi < hi_limit and toks[hi].text not in _APPOS_STOPS and hi - e.end_token <= MAX_LEADER_APPOS:
                hi += 1
            phrase = _words(doc, toks[e.end_token + 1 : hi])
            if phrase and phrase[0].text.lower() not in lx.DEFINITE_DETS:
                phrase = [W("the"), *phrase]
            out.append((e.start_token, name, phrase))
        # before the name: "the chair of the Acme board, Jo Lee"
        if e.start_token - 1 > lo_limit and toks[e.start_token - 1].text == ",":
            lo = e.start_token - 1
            while lo > lo_limit and toks[lo - 1].text not in _APPOS_STOPS and e.start_token - lo <= MAX_LEADER_APPOS:
                lo -= 1
            phrase = _words(doc, toks[lo : e.start_token - 1])
            dets = [i for i, w in enumerate(phrase) if w.text.lower() in lx.DEFINITE_DETS]
            out.append((e.start_token, name, phrase[dets[0] :] if dets else phrase))
        # right before the name: "Acme chief executive Jo Lee"
        k = e.start_token
        while k > lo_limit and toks[k - 1].text.islower() and e.start_token - k < 3:
            k -= 1
        b = k
        while b > lo_limit and k - b < MAX_NAME_WORDS and (toks[b - 1].upos == "PROPN" or is_acronym(toks[b - 1].text)):
            b -= 1
        if b < k < e.start_token:
            out.append((e.start_token, name, [*_words(doc, toks[b:k]), W("'s"), *_words(doc, toks[k : e.start_token])]))
    return out


def resolve_article(
    doc: Document, raws: list[RawAttribution], article: ArticleInput, aliases: AliasDB | None = None
) -> ArticleSources:
    """Resolve every source and intermediary phrase of one article to its local source table."""
    db = aliases if aliases is not None else default_aliases()
    doc = _company_short_names(doc)
    # companies the text names in full ("Brennan Motors Co."): what "the automaker" points back at first
    companies = [(e, toks) for e in doc.entities if (toks := _company_name_tokens(doc, e)) is not None]
    company_keys = {norm_key(" ".join(t.text for t in toks[:k])) for _e, toks in companies for k in (1, len(toks))}
    reader = Reader(db)
    table = _Table(reader, acronym_definitions(doc, db))
    result = ArticleSources(article_id=article.id)

    # the outlet first: a later mention of the same outlet joins it
    outlet_forms: set[str] = set()
    if article.outlet:
        info = reader.read(words_from_string(article.outlet))
        if info.form != "named":
            info = Info("named", article.outlet, name=article.outlet, names=[article.outlet])
        info.names = info.names or [info.name]
        if info.entry is None:
            info.kind, info.strength = "media outlet", lx.STRENGTH_LEXICAL
            # the masthead is the outlet's name as written: "Philippine Courier", never a "Courier" of a country
            full = re.sub(r"^(?i:the)\s+", "", article.outlet.strip())
            if full and norm_key(full) != norm_key(info.name or ""):
                info.name = full
                info.country = None
                info.names = [full, *[n for n in info.names if norm_key(n) != norm_key(full)]]
        info.scoped = False
        info.person_name = False
        result.outlet = result.display_outlet = table.link(info, -1)
        outlet_forms = _outlet_forms(table.sources[result.outlet], db)
    else:
        placeholder = LocalSource(
            name=article.display_outlet,
            kind="media outlet",
            scoped=True,
            placeholder=True,
            names=[article.display_outlet],
        )
        table.sources.append(placeholder)
        table.last.append(-1)
        result.display_outlet = len(table.sources) - 1

    quotes = _quote_regions(doc.text)
    persons = sorted(
        (e.end, e.start, e.start_token, e.end_token)
        for e in doc.entities
        if e.label == "PERSON" and not _inside(quotes, e.start) and not _place_like(doc, db, e.start_token, e.end_token)
    )
    # every phrase, in text order, so pronouns see what came before them
    items: list[tuple[int, int, int, int, SourceMention]] = []
    for n, raw in enumerate(raws):
        if raw.source is not None:
            items.append((raw.source.start, raw.source.end, n, -1, raw.source))
        for v, via in enumerate(raw.via):
            items.append((via.start, via.end, n, v, via))
    items.sort(key=lambda x: (x[0], x[1], x[2], x[3]))
    # first-person pronouns stand for the speaker of their quote, often attributed after them
    # ('"We did not know," he said'): they are resolved once every other phrase is
    items.sort(key=lambda x: x[4].text.strip().lower() in lx.SPEAKER_PRONOUNS)
    #: (position, source index, start token, end token, spoken by a person for the source)
    history: list[tuple[int, int, int, int, bool]] = []
    done: dict[tuple[int, int, str], int] = {}
    assigned: dict[tuple[int, int], int] = {}

    def speaker_of(pos: int, own: int) -> int | None:
        for n, raw in enumerate(raws):
            if n != own and raw.source is not None and any(s <= pos < e for s, e in raw.content):
                key = (n, -1)
                if key in assigned:
                    return assigned[key]
        if not _inside(quotes, pos):
            return None
        # a quote no cue introduces continues the paragraph's last attributed quote
        best: tuple[int, int] | None = None
        for n, raw in enumerate(raws):
            key = (n, -1)
            if n == own or raw.source is None or key not in assigned:
                continue
            for s, _e in raw.content:
                if s < pos and _inside(quotes, s) and "\n\n" not in doc.text[s:pos] and (best is None or s > best[0]):
                    best = (s, assigned[key])
        return best[1] if best else None

    def said_by(pos: int, idx: int) -> bool:
        """Whether ``pos`` lies in the content of an attribution already given to source ``idx``."""
        return any(
            assigned.get((n, -1)) == idx and any(s <= pos < e for s, e in raw.content) for n, raw in enumerate(raws)
        )

    def adjacent(end_token: int, pronoun: int) -> bool:
        return all(t.upos == "PUNCT" for t in doc.tokens[end_token:pronoun]) and pronoun - end_token <= 2

    def relative_antecedent(m: SourceMention) -> int | None:
        """ "police, who said ...": the phrase right before the pronoun, else the noun the parse hangs the
        relative clause on when that noun ends right before it (a source already, or read now)."""
        for _p, idx, _hs, he, _v in reversed(history):
            if he <= m.start_token and adjacent(he, m.start_token):
                return idx
        if not 0 <= m.head < len(doc.tokens):
            return None
        verb = doc.tokens[doc.tokens[m.head].head]
        if not verb.deprel.startswith("acl") or verb.head >= m.head or not adjacent(verb.head + 1, m.start_token):
            return None
        noun = verb.head
        for _p, idx, hs, he, _v in reversed(history):
            if hs <= noun < he:
                return idx
        lo, _hi = doc.subtree(noun)
        words = _words(doc, doc.tokens[lo : noun + 1])
        rinfo = reader.read(words, acronyms=table.acronyms)
        if rinfo.form in {"named", "collective", "anonymous"}:
            idx = table.link(rinfo, doc.tokens[lo].start)
            history.append((doc.tokens[lo].start, idx, lo, noun + 1, False))
            history.sort()
            return idx
        return None

    def antecedent(info: Info, m: SourceMention, own: int, coref: bool = True) -> int | None:
        pos = m.start
        gender = pronoun_gender(info.head) if info.form == "pronoun" else None
        # the engine's coreference chain, when there is one
        for chain in doc.coref if coref else []:
            spans = chain.mentions
            if not any(s <= m.start_token < e for s, e in spans):
                continue
            earlier = [sp for sp in spans if sp[1] <= m.start_token]
            for s, e in sorted(earlier, reverse=True):
                for _p, idx, hs, he, _v in reversed(history):
                    if hs < e and s < he and not table.sources[idx].gender_conflicts(gender):
                        return idx
            rep = spans[chain.representative] if 0 <= chain.representative < len(spans) else None
            if rep and rep[1] <= m.start_token:
                words = _words(doc, doc.tokens[rep[0] : rep[1]])
                rinfo = reader.read(words, acronyms=table.acronyms)
                if rinfo.form in {"named", "collective"}:
                    return table.link(rinfo, doc.tokens[rep[0]].start)
        word = info.head
        if info.form == "pronoun" and word in lx.RELATIVE_PRONOUNS:
            return relative_antecedent(m)
        if info.form == "pronoun" and word in lx.SPEAKER_PRONOUNS:
            spk = speaker_of(pos, own)
            if spk is not None:
                return spk
        if info.form == "anaphor" and word in ROLE_ANAPHOR_HEADS:
            # "the governor said": the latest person given that role ("Nakuru Governor X", "a rescue worker")
            for p, idx, _s, _e, _v in reversed(history):
                src = table.sources[idx]
                if p >= pos or not (src.person or src.kind in lx.PERSON_KINDS or src.kind == "anonymous"):
                    continue
                roles = [*src.descriptions, src.name] if src.kind == "anonymous" else src.descriptions
                if any(word in norm_key(d).split() for d in roles):
                    return idx
        kinds = lx.ANAPHOR_KINDS.get(word) if info.form == "anaphor" else None
        if info.form == "anaphor" and kinds is None and info.kind != "unknown":
            kinds = frozenset({info.kind})
        if info.form == "anaphor" and kinds is not None and word in lx.COMPANY_NOUNS - {"group"}:
            found = company_antecedent(m, kinds)
            if found is not None:
                return found
        if info.form == "anaphor" and kinds is not None and word not in ROLE_ANAPHOR_HEADS:
            # "the agency reported" after a news agency and a transport authority: the body whose own name holds
            # the noun ("Acme News Agency"), else one the text named so before, else the latest of a fitting kind
            for p, idx, *_r in reversed(history):
                src = table.sources[idx]
                if p < pos and src.kind in kinds and not src.person and _named_with(src, word):
                    return idx
            if word not in lx.WHOLE_GOVERNMENT_HEADS:
                found = text_antecedent(info, m, frozenset(kinds - lx.PERSON_KINDS - {"anonymous"}), exact=True)
                if found is not None:
                    return found
        if info.form == "pronoun" and word in lx.THING_PRONOUNS:
            found = previous_subject_body(m, own)
            if found is not None:
                return found
        best: tuple[int, int] | None = None
        for p, idx, _s, _e, voiced in reversed(history):
            if p >= pos:
                continue
            src = table.sources[idx]
            person_like = src.kind in lx.PERSON_KINDS or src.person or voiced
            if info.form == "pronoun":
                if word in lx.PERSON_PRONOUNS and not (person_like or (src.kind == "anonymous" and not src.plural)):
                    continue
                if word in lx.THING_PRONOUNS and (src.kind in lx.PERSON_KINDS or src.person or src.plural):
                    continue
                if word in lx.PLURAL_PRONOUNS and (src.kind in lx.PERSON_KINDS or src.person):
                    continue
                if word in lx.SPEAKER_PRONOUNS:
                    continue
                if src.gender_conflicts(gender):
                    continue  # "he said" never points back at a person the article calls "she"
            elif kinds is not None and src.kind not in kinds:
                continue
            elif kinds is None:
                continue
            elif word in lx.WHOLE_GOVERNMENT_HEADS and not _whole_government(src, word):
                continue  # "the government" is not the police or a ministry named before
            best = (p, idx)
            break
        if info.form == "pronoun" and word in lx.PERSON_PRONOUNS:
            again = known_person_named(pos, gender)
            if again is not None and (best is None or again[0] > best[0]):
                best = again  # "Roe also closed schools, she said": the person named again, whatever the tagger
            # a person named just before but not yet a source ("Kim visited Seoul. He said ...")
            k = bisect.bisect_right(persons, (pos, -1, -1, -1)) - 1
            if k >= 0 and best is not None and said_by(persons[k][1], best[1]):
                k = -1  # "Lee said the samples were Vibrio X. He said ...": a name inside Lee's words is not "he"
            if k >= 0 and (best is None or persons[k][1] > best[0]):
                _end, start, s_tok, e_tok = persons[k]
                words = _words(doc, doc.tokens[s_tok:e_tok])
                pinfo = reader.read(words, acronyms=table.acronyms)
                if pinfo.form == "named":
                    pinfo.person_name = True
                    if pinfo.kind == "unknown":
                        pinfo.kind = "person"
                    known = table.find_named(pinfo)
                    if known is not None and table.sources[known].gender_conflicts(gender):
                        return best[1] if best else None
                    idx = table.link(pinfo, start)
                    history.append((start, idx, s_tok, e_tok, False))
                    history.sort()
                    return idx
        return best[1] if best else None

    def surname_person(info: Info, pos: int) -> Info | None:
        """The person an article named in full before ``pos`` ("Eduardo Panganiban was at home") when a lone
        capitalised word the tagger did not call a person is that person's surname ("said Panganiban, 67");
        None when no such person, or several, were named."""
        word = info.name or ""
        if (
            info.form != "named"
            or info.person_name
            or info.entry is not None
            or info.strength > lx.STRENGTH_NER
            or len(word.split()) != 1
            or is_acronym(word)
        ):
            return None
        found: dict[str, Info] = {}
        for _end, start, s_tok, e_tok in persons:
            if start >= pos or e_tok - s_tok < 2 or doc.tokens[e_tok - 1].text != word:
                continue
            pinfo = reader.read(_words(doc, doc.tokens[s_tok:e_tok]), acronyms=table.acronyms)
            if pinfo.form == "named" and pinfo.name and len(pinfo.name.split()) > 1:
                pinfo.person_name = True
                pinfo.kind = "person" if pinfo.kind == "unknown" else pinfo.kind
                pinfo.surface = info.surface
                found.setdefault(norm_key(pinfo.name), pinfo)
        return next(iter(found.values())) if len(found) == 1 else None

    def known_person_named(pos: int, gender: str | None) -> tuple[int, int] | None:
        """(position, source) of the latest name before ``pos`` outside quotes, tagged a body or a place, that
        names a person source of the article (the tagger reads a surname alone as an organisation)."""
        for e in reversed(doc.entities):
            if e.end > pos or e.label == "PERSON" or e.label not in BODY_ENTITY_LABELS | PLACE_LABELS:
                continue
            if _inside(quotes, e.start) or e.end_token - e.start_token > MAX_NAME_WORDS:
                continue
            einfo = reader.read(_words(doc, doc.tokens[e.start_token : e.end_token]), acronyms=table.acronyms)
            if einfo.form != "named":
                continue
            einfo.person_name = True
            known = table.find_named(einfo)
            if known is None:
                continue
            src = table.sources[known]
            if (src.person or src.kind in lx.PERSON_KINDS) and not src.gender_conflicts(gender):
                return e.start, known
        return None

    def company_antecedent(m: SourceMention, kinds: frozenset[str]) -> int | None:
        """ "the automaker": the latest source or name before the phrase that is a company's ("Brennan Motors
        Co.", or its short name "Brennan"), None when the text named no company before it."""
        for p, idx, *_r in reversed(history):
            src = table.sources[idx]
            if p < m.start and src.kind in kinds and any(table.key(n) in company_keys for n in src.names):
                return idx
        for e, toks in reversed(companies):
            if e.end_token > m.start_token:
                continue
            cinfo = reader.read(_words(doc, toks), acronyms=table.acronyms)
            if cinfo.form != "named" or cinfo.kind not in kinds:
                continue
            if toks[0].text not in cinfo.names:
                cinfo.names = [*cinfo.names, toks[0].text]  # "Brennan said" later is the same company
            idx = table.link(cinfo, e.start)
            history.append((e.start, idx, toks[0].i, toks[-1].i + 1, False))
            history.sort()
            return idx
        return None

    def text_antecedent(info: Info, m: SourceMention, kinds: frozenset[str], exact: bool) -> int | None:
        """A body the article named before in a phrase that is no source: "the Acme hospital group" (or, with
        ``exact``, only one whose words hold the description's: "the hospital group" -> "the Acme hospital
        group"), the latest of a kind the description fits."""
        want = set(norm_key(info.name or info.surface).split())
        for e in reversed(doc.entities):
            if e.start_token >= m.start_token or e.end_token > m.start_token:
                continue
            hi = e.end_token
            while hi < m.start_token and hi - e.end_token < 3 and doc.tokens[hi].upos == "NOUN":
                if doc.tokens[hi].text.lower() in lx.FACILITY_NOUNS:
                    hi = e.end_token  # "the Acme chemical plant": a site of the company named, not a body
                    break
                hi += 1  # "Acme" + "hospital group": the common nouns after the name belong to its phrase
            lo = e.start_token + (doc.tokens[e.start_token].text.lower() in lx.DEFINITE_DETS)
            if lo >= hi or not any(t.upos == "PROPN" for t in doc.tokens[lo : e.end_token]):
                continue  # "Clinics" tagged a body at a sentence start is a common noun
            extended = hi > e.end_token
            # a place's name before a body's nouns names the body ("the Aldermoor hospital group")
            if e.label not in BODY_ENTITY_LABELS and not (extended and e.label in PLACE_LABELS):
                continue
            words = _words(doc, doc.tokens[lo:hi])
            if exact and not want <= set(norm_key(" ".join(w.text for w in words)).split()):
                continue
            if not extended and _place_like(doc, db, lo, hi):
                continue
            found = reader.read(words, acronyms=table.acronyms)
            if found.form != "named" or found.person_name or found.kind not in kinds:
                continue
            if info.head in lx.WHOLE_GOVERNMENT_HEADS:
                body = LocalSource(found.name or "", found.kind, names=found.names, country=found.country)
                if not _whole_government(body, info.head):
                    continue  # "the city government" is not the fire bureau named before
            if found.entry is None and found.kind == "organization" and not (found.description or len(words) > 1):
                if not org_named([w.text for w in words]) and e.label != "ORG":
                    continue
            idx = table.link(found, e.start)
            history.append((e.start, idx, lo, hi, False))
            history.sort()
            return idx
        return None

    def latest_group(group: str, pos: int) -> int | None:
        """The latest unnamed source before ``pos`` whose head is of the ``group`` class ("person", "source")."""
        for p, idx, *_r in reversed(history):
            if p < pos and _group_class(table.sources[idx]) == group:
                return idx
        return None

    leaders: list[tuple[int, list[W], str, list[set[str]]]] | None = None

    def leader_holders() -> list[tuple[int, list[W], str, list[set[str]]]]:
        """(start token, name words, office, body word sets) of every person the article gives an office at."""
        nonlocal leaders
        if leaders is None:
            leaders = []
            for tok, name, phrase in _leader_appositions(doc, quotes):
                got = role_of_body(phrase)
                if got is None:
                    continue
                body = reader.read(got[1], acronyms=table.acronyms)
                leaders.append((tok, name, got[0], _body_word_sets(body, got[1])))
        return leaders

    def leader_person(info: Info, words: list[W], appos: list[W] | None, m: SourceMention) -> Info | None:
        """ "the head of Acme's transport authority said": the person the article names as that body's head
        (nearest before the phrase, else the first after it), else an unnamed person of the body; None when the
        phrase names no body's leader."""
        got = role_of_body(words, appos)
        if got is None or info.speaks_for is not None:
            return None
        role, body_words, name = got
        body = reader.read(body_words, acronyms=table.acronyms)
        if body.form not in {"named", "anaphor", "collective"} or body.person_name or body.kind in lx.PERSON_KINDS:
            return None
        if all(w.ent in PLACE_LABELS for w in body_words if w.text[:1].isupper()) and body.form == "named":
            if not any(w.text[:1].islower() for w in body_words):
                return None  # "the leader of Kenya" is a country's, read elsewhere
        sets = _body_word_sets(body, body_words)
        desc = " ".join(info.surface.split()[1:]) if info.surface.split()[0].lower() in lx.DEFINITE_DETS else None
        toks = doc.tokens
        if not name and m.end_token + 2 < len(toks) and toks[m.end_token].text == ",":
            # "the chair of the panel, Jo Lee, said" where the parse hung the name elsewhere
            j = m.end_token + 1
            while j < len(toks) and j - m.end_token <= MAX_NAME_WORDS and toks[j].text[:1].isupper():
                j += 1
            if j > m.end_token + 1 and j < len(toks) and toks[j].text in {",", "."}:
                name = _words(doc, toks[m.end_token + 1 : j])
        if not name:
            fits = [
                (tok, nm)
                for tok, nm, office, bsets in leader_holders()
                if leader_roles_fit(role, office) and same_body(sets, bsets)
            ]
            before = [f for f in fits if f[0] < m.start_token]
            after = [f for f in fits if f[0] >= m.end_token]
            name = before[-1][1] if before else after[0][1] if after else []
        if name:
            pinfo = reader.read(name, acronyms=table.acronyms)
            if (
                pinfo.form == "named"
                and (pinfo.entry is None or pinfo.entry.kind in lx.PERSON_KINDS)
                and not db.country_of(pinfo.name)
            ):
                pinfo.person_name = True
                if pinfo.kind not in lx.PERSON_KINDS:
                    pinfo.kind = "person"
                pinfo.description = desc or pinfo.description
                pinfo.affiliation = pinfo.affiliation or body.name or None
                pinfo.surface = info.surface
                return pinfo
        surface = info.surface
        return Info(
            "anonymous",
            surface,
            name=surface[:1].lower() + surface[1:],
            kind="person",
            strength=lx.STRENGTH_LEXICAL,
            affiliation=body.name or None,
            description=desc,
            scoped=True,
        )

    # "Acme spokesperson Jan Smit declined to comment": who speaks for whom, even where nobody is quoted
    covered = {t for *_x, m in items for t in range(m.start_token, m.end_token)}
    for t_lo, t_hi in _voice_phrases(doc):
        if any(t in covered for t in range(t_lo, t_hi)):
            continue
        vinfo = reader.read(_words(doc, doc.tokens[t_lo:t_hi]), acronyms=table.acronyms)
        org = vinfo.speaks_for
        if org is not None and org.form == "named" and not org.scoped and vinfo.speaker:
            vidx = table.link(org, doc.tokens[t_lo].start)
            table.speak(vidx, vinfo, doc.tokens[t_lo].start)

    spoken: list[int] = []  # sources reached through a spokesperson's phrase, in text order

    reporters: set[int] = set()  # sources cited as reporting ("the Acme Bureau reported")

    def reporting_body(pos: int) -> int | None:
        """The latest outlet, or body cited as reporting, before ``pos`` (never a person, never the outlet's own)."""
        for p, idx, *_r in reversed(history):
            src = table.sources[idx]
            if p >= pos or idx == result.outlet or src.person or src.kind in lx.PERSON_KINDS or src.scoped:
                continue
            if idx in reporters or src.kind in CREDIT_KINDS:
                return idx
        return None

    def partitive_group(info: Info, pos: int) -> int | None:
        """'One of them said' after 'two people familiar with ...': the latest plural unnamed source."""
        if not _PARTITIVE_PRONOUN_RE.match(" ".join(info.surface.lower().split())):
            return None
        for p, idx, *_r in reversed(history):
            src = table.sources[idx]
            if p < pos and src.kind == "anonymous" and src.plural:
                return idx
        return None

    def whose_antecedent(words: list[W], m: SourceMention) -> int | None:
        """'Jo Lee, whose ...': the person or body named right before the relative 'whose'."""
        if not words or words[0].text.lower() != "whose":
            return None
        end = m.start_token - (m.start_token > 0 and doc.tokens[m.start_token - 1].text == ",")
        for _p, idx, _hs, he, _v in reversed(history):
            if he == end:
                return idx
        for _end, e_start, s_tok, e_tok in persons:
            if e_tok == end:
                pinfo = reader.read(_words(doc, doc.tokens[s_tok:e_tok]), acronyms=table.acronyms)
                if pinfo.form == "named":
                    pinfo.person_name = True
                    pinfo.kind = pinfo.kind if pinfo.kind in lx.PERSON_KINDS else "person"
                    idx = table.link(pinfo, e_start)
                    history.append((e_start, idx, s_tok, e_tok, False))
                    history.sort()
                    return idx
        return None

    def possessed_holder(words: list[W], m: SourceMention) -> int | None:
        """'his office said', 'her aides said': the person the pronoun points back at."""
        low = [w.text.lower() for w in words]
        if len(low) != 2 or low[0] not in _PERSON_POSSESSIVES or low[1] not in HOLDER_BODY_HEADS:
            return None
        gender = pronoun_gender(_PERSON_POSSESSIVES[low[0]])
        subject = sentence_subject_person(m, gender)
        if subject is not None:
            return subject  # "Mayor Jo Lee has ordered an audit, her office said": the clause's subject
        for p, idx, *_r in reversed(history):
            src = table.sources[idx]
            if p < m.start and (src.person or src.kind in lx.PERSON_KINDS) and not src.gender_conflicts(gender):
                return idx  # the latest person quoted, not one merely named since ("asked Jo Lee to ...")
        return None

    def previous_subject_body(m: SourceMention, own: int) -> int | None:
        """ "The ministry declared an outbreak on Tuesday. It said ...": the body that is the subject of the
        sentence right before, in the same paragraph, when "it" is its own sentence's subject. A body merely
        mentioned in between (an object, a clause) is not who "it" continues to speak for. None otherwise."""
        if not doc.sentences or not 0 <= m.start_token < len(doc.tokens):
            return None
        tok = doc.tokens[m.start_token]
        if not tok.deprel.startswith("nsubj") or tok.sent == 0:
            return None
        prev = doc.sentences[tok.sent - 1]
        if "\n\n" in doc.text[prev.end : doc.tokens[m.start_token].start]:
            return None
        roots = [i for i in range(prev.start_token, prev.end_token) if doc.tokens[i].deprel == "root"]
        subj = next(
            (
                i
                for i in range(prev.start_token, prev.end_token)
                if roots and doc.tokens[i].head == roots[0] and doc.tokens[i].deprel in {"nsubj", "nsubj:pass"}
            ),
            None,
        )
        if subj is None:
            return None
        lo, hi = doc.subtree(subj)
        hi = min(hi, subj + 1)  # the noun phrase up to its head, without a relative clause after it
        for _p, idx, hs, he, _v in reversed(history):
            if hs <= subj < he:
                src = table.sources[idx]
                return None if src.person or src.kind in lx.PERSON_KINDS or src.plural else idx
        words = _words(doc, doc.tokens[lo:hi])
        sinfo = reader.read(words, acronyms=table.acronyms)
        if sinfo.form == "named" and not sinfo.person_name and sinfo.kind not in lx.PERSON_KINDS | {"unknown"}:
            idx = table.link(sinfo, doc.tokens[lo].start)
            history.append((doc.tokens[lo].start, idx, lo, hi, False))
            history.sort()
            return idx
        if sinfo.form != "anaphor" or sinfo.head in ROLE_ANAPHOR_HEADS:
            return None
        for p, idx, *_r in reversed(history):
            src = table.sources[idx]
            if p < doc.tokens[lo].start and not src.person and _named_with(src, sinfo.head):
                return idx  # "the board" after the "Water Board"
        first, last = doc.tokens[lo], doc.tokens[hi - 1]
        sm = SourceMention(lo, hi, subj, doc.text[first.start : last.end], first.start, last.end)
        found = antecedent(sinfo, sm, own, coref=False)
        if found is None:
            return None
        src = table.sources[found]
        return None if src.person or src.kind in lx.PERSON_KINDS or src.plural else found

    def sentence_subject_person(m: SourceMention, gender: str | None) -> int | None:
        """The person named as a subject earlier in the sentence of ``m``, before it ("Governor Jo Lee has
        ordered an audit, her office said"), None when the sentence names no such person or the article
        calls that person by the other gender."""
        if not doc.sentences or m.start_token >= len(doc.tokens):
            return None
        sent = doc.sentences[doc.tokens[m.start_token].sent]
        for _end, e_start, s_tok, e_tok in sorted(persons, key=lambda x: x[2]):
            if s_tok < sent.start_token or e_tok > m.start_token:
                continue
            toks = doc.tokens[s_tok:e_tok]
            if not any(t.deprel.startswith("nsubj") and not s_tok <= t.head < e_tok for t in toks):
                continue
            pinfo = reader.read(_words(doc, toks), acronyms=table.acronyms)
            if pinfo.form != "named":
                continue
            pinfo.person_name = True
            pinfo.kind = pinfo.kind if pinfo.kind in lx.PERSON_KINDS else "person"
            known = table.find_named(pinfo)
            if known is not None and table.sources[known].gender_conflicts(gender):
                continue
            idx = table.link(pinfo, e_start)
            history.append((e_start, idx, s_tok, e_tok, False))
            history.sort()
            return idx
        return None

    def described_unnamed(info: Info, pos: int) -> int | None:
        """The latest unnamed person whose description holds every word of a definite one: 'the board member'
        after 'a board member who asked not to be named', 'the official' after 'a senior official at X'."""
        want = [w for w in norm_key(info.surface).split() if w not in lx.DEFINITE_DETS]
        if not want or want[-1] not in lx.PERSON_ROLE_HEADS:
            return None
        for p, idx, *_r in reversed(history):
            src = table.sources[idx]
            if p < pos and src.kind == "anonymous" and set(want) <= set(norm_key(src.name).split()):
                return idx
        return None

    def text_issuer(words: list[W], m: SourceMention) -> int | None:
        """ "the statement said": whoever put out the latest statement, release or notice the text named before
        (a source quoted, or a body read from the parse); None when the latest one names no issuer."""
        if not _definite_issued_text(words) or not doc.sentences or not 0 <= m.start_token <= len(doc.tokens):
            return None
        for i in range(m.start_token - 1, -1, -1):
            tok = doc.tokens[i]
            if tok.text.lower() not in ISSUED_TEXT_HEADS or tok.upos != "NOUN" or _inside(quotes, tok.start):
                continue
            if _of_complement(doc, i):
                continue  # "the release of 50,000 doses", "the announcement of a ban": an act, not a text put out
            subj = _text_issuer_token(doc, i)
            if subj is None:
                return None  # the text meant is the latest one: a body named earlier would be a guess
            for _p, idx, hs, he, _v in reversed(history):
                if hs <= subj < he:
                    return idx
            lo, hi = doc.subtree(subj)
            hi = min(hi, subj + 1)
            sinfo = reader.read(_words(doc, doc.tokens[lo:hi]), acronyms=table.acronyms)
            if sinfo.form != "named":
                return None
            idx = table.link(sinfo, doc.tokens[lo].start)
            history.append((doc.tokens[lo].start, idx, lo, hi, False))
            history.sort()
            return idx
        return None

    deferred: list[tuple[int, int, int, SourceMention, Info, frozenset[str]]] = []
    narrated: set[tuple[int, int]] = set()
    for start, _end, n, v, m in items:
        key = (m.start, m.end, m.name or "")
        if key in done:
            assigned[(n, v)] = done[key]
            if v < 0 and set(norm_key(doc.text[raws[n].cue[0] : raws[n].cue[1]]).split()) & REPORT_CUE_WORDS:
                reporters.add(done[key])
            continue
        words, appos = _mention_words(doc, m)
        info = reader.read(words, appos=appos, acronyms=table.acronyms)
        info = _with_self_name(reader, doc, m, info, table.acronyms)
        info = leader_person(info, words, appos, m) or info
        company = _place_company_description(doc, db, m)
        if company is not None:
            # "the Dearborn-based automaker said": the company, like "the automaker", never the place
            info = reader.read(_words(doc, company), acronyms=table.acronyms)
        voiced = False
        idx_or_none: int | None = None
        if info.speaks_for is not None:
            # a spokesperson: the body spoke, the person is its voice
            org = info.speaks_for
            if org.form == "named" and not org.scoped:
                idx_or_none = table.link(org, start)
            elif org.form == "anaphor":
                idx_or_none = antecedent(org, m, n, coref=False)
                if idx_or_none is not None:
                    table.merge(idx_or_none, Info("ref", org.surface), start)
            if idx_or_none is not None:
                table.speak(idx_or_none, info, start)
                if table.sources[idx_or_none].kind == "unknown" and not table.sources[idx_or_none].person:
                    # "a Movisur spokesperson said": a body with a spokesperson is an organisation at least
                    table.sources[idx_or_none].kind = "organization"
                voiced = bool(info.speaker)
                spoken.append(idx_or_none)
        if idx_or_none is not None:
            idx = idx_or_none
        elif (
            outlet_forms
            and result.outlet is not None
            and info.form == "named"
            and not info.person_name
            and (info.entry is None or info.entry.name == table.sources[result.outlet].entry)
            and table.key(info.name) in outlet_forms
        ):
            idx = result.outlet  # the article's own outlet: "residents told the Observer"
            table.merge(idx, Info("ref", info.surface), start)
        elif (
            info.form == "pronoun"
            and info.head in lx.NARRATOR_PRONOUNS
            and not _inside(quotes, m.start)
            and speaker_of(m.start, n) is None
        ):
            # "What we know so far": the outlet's own narration, neither a new source nor an intermediary; the
            # chain's first link is the outlet already, so the attribution names no further source
            narrated.add((n, v))
            assigned[(n, v)] = result.display_outlet
            continue
        elif (tidx := text_issuer(words, m)) is not None:
            # "..., the statement said" after "the ministry said in a statement": the ministry speaks
            idx = tidx
            table.merge(idx, Info("ref", info.surface), start)
        elif (pidx := partitive_group(info, start)) is not None:
            idx = pidx
            table.merge(idx, Info("ref", info.surface), start)
        elif (widx := whose_antecedent(words, m)) is not None:
            # "Jo Lee, whose constituency includes the depot, said": the relative's owner is the source
            idx = widx
            table.merge(idx, Info("ref", info.surface), start)
        elif (hidx := possessed_holder(words, m)) is not None:
            # "his office said": the man named before speaks through his office
            idx = hidx
            table.merge(idx, Info("ref", info.surface), start)
        elif info.form == "anaphor" and info.head in OUTLET_NOUNS and (ridx := reporting_body(start)) is not None:
            # "The investigative website said" after "the Acme Bureau reported": the body cited as reporting
            idx = ridx
            src = table.sources[idx]
            if src.kind not in lx.ANAPHOR_KINDS.get(info.head, frozenset()) and src.strength <= lx.STRENGTH_LEXICAL:
                src.kind, src.strength = "media outlet", lx.STRENGTH_LEXICAL  # the text calls it a website
            table.merge(idx, Info("ref", info.surface), start)
        elif info.form == "anaphor" and info.head in lx.SPOKESPERSON_WORDS and spoken:
            # "the spokesperson said" after "a Movisur spokesperson told ...": the same body speaking again
            idx = spoken[-1]
            table.merge(idx, Info("ref", info.surface), start)
        elif info.form == "anaphor" and (aidx := described_unnamed(info, start)) is not None:
            # "the board member said" after "a board member who asked not to be named": the same person
            idx = aidx
            table.merge(idx, Info("ref", info.surface), start)
        elif (group := group_anaphor_head(info.surface)) is not None and (
            earlier := latest_group(group, start)
        ) is not None:
            # "people familiar with the matter said ... the people said ... one of the people said": one source
            idx = earlier
            table.merge(idx, Info("ref", info.surface), start)
        elif (
            info.form == "anaphor"
            and (role := _office_holder_role(words)) is not None
            and (holder := antecedent(Info("anaphor", role, name=role, head=role), m, n, coref=False)) is not None
        ):
            # "the mayor's office announced": the mayor named before speaks through her office
            idx = holder
            table.merge(idx, Info("ref", info.surface), start)
        elif info.form in {"pronoun", "anaphor"}:
            idx_or_none = antecedent(info, m, n)
            body_kinds = _body_anaphor_kinds(info)
            if idx_or_none is None and body_kinds:
                idx_or_none = text_antecedent(info, m, body_kinds, exact=True)
                if idx_or_none is None and not any(i != result.display_outlet for _p, i, *_r in history):
                    # the article's first source is "the group": the lede names it in a paragraph to come
                    deferred.append((start, n, v, m, info, body_kinds))
                    continue
                if idx_or_none is None:
                    idx_or_none = text_antecedent(info, m, body_kinds, exact=False)
            if idx_or_none is None:
                if info.form == "anaphor":
                    info.name = info.surface[:1].lower() + info.surface[1:]
                    info.scoped = True
                else:
                    info = Info(
                        "anonymous", info.surface, name=f"unidentified ({info.surface})", kind="unknown", scoped=True
                    )
                idx = table.link(info, start)
            else:
                idx = idx_or_none
                table.merge(idx, Info("ref", info.surface), start)
                if info.form == "pronoun":  # '"...," she said' after "Priya Raman"; a body's spokeswoman too
                    table.sources[idx].add_gender(pronoun_gender(info.head))
        elif info.form == "empty":
            info = Info("anonymous", info.surface, name=info.surface or m.text, kind="unknown", scoped=True)
            idx = table.link(info, start)
        else:
            full_name = surname_person(info, start)
            if full_name is not None:
                info = full_name  # "Panganiban said" after "Eduardo Panganiban": the person, whatever the tagger said
            idx = table.link(info, start)
        done[key] = idx
        assigned[(n, v)] = idx
        if v < 0 and set(norm_key(doc.text[raws[n].cue[0] : raws[n].cue[1]]).split()) & REPORT_CUE_WORDS:
            reporters.add(idx)
        history.append((start, idx, m.start_token, m.end_token, voiced))
        history.sort()

    for start, n, v, m, info, kinds in deferred:
        # the first later body of a fitting kind within the next paragraphs, else one named before in passing
        later = [
            idx
            for p, idx, *_r in history
            if p > start
            and doc.text.count("\n\n", start, p) <= LEDE_PARAGRAPHS
            and not table.sources[idx].scoped
            and not table.sources[idx].person
            and table.sources[idx].kind in kinds
        ]
        idx_or_none = later[0] if later else text_antecedent(info, m, kinds, exact=False)
        if idx_or_none is None:
            info.name = info.surface[:1].lower() + info.surface[1:]
            info.scoped = True
            idx = table.link(info, start)
        else:
            idx = idx_or_none
            table.merge(idx, Info("ref", info.surface), start)
        done[(m.start, m.end, m.name or "")] = assigned[(n, v)] = idx

    for n, raw in enumerate(raws):
        named = raw.source is not None and (n, -1) not in narrated
        result.attribution_sources.append(assigned.get((n, -1)) if named else None)
        # the article's own outlet is the chain's first link already: "told Reuters" in a Reuters story
        # names no intermediary
        vias = [assigned[(n, v)] for v in range(len(raw.via)) if (n, v) not in narrated]
        result.attribution_via.append([i for i in vias if result.outlet is None or i != result.outlet])
        parent = raw.parent if raw.parent is not None and 0 <= raw.parent < len(raws) else None
        result.attribution_parents.append(parent)
    for idx in sorted(reporters | {i for vias in result.attribution_via for i in vias}):
        table.sources[idx].reported = True
    result.sources = table.sources
    return result
