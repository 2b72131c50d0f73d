"""Identity of origins across articles: unnamed origins and descriptions that may be a named one, and named
origins that may be one body or person (initials, surnames, descriptions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...kinds import SourceKind
from ...lang.en import independence as lx
from ...lang.en import marks
from ...lang.en.independence import (
    APPOSITION_MARKS,
    BODY_DESCRIPTION_HEADS,
    BODY_DOUBT_HEADS,
    DEFINITE_ARTICLES,
    GOVERNMENT_LEVELS,
    LEADING_DETERMINERS,
    NOT_IN_A_DESCRIPTION,
    OFFICIAL_HEADS,
    PRESS_KINDS,
    ROLE_HEADS,
)
from ...lang.en.pronouns import ALL_PRONOUNS
from ...lang.en.sources import TITLE_WORDS
from ...models import Source
from ...resolve.aliases import default_aliases
from ...resolve.corpus import (
    phonetic_key,
    structural_key,
    transliterated,
)
from ...resolve.normalize import fold_key, norm_key
from .affiliation import _anchor_keys, _may_be_reach, _MayBe, _tied_by, _tied_to
from .judging import _NOT_BODIES, PERSON_KINDS, Judging, _joined_unit, _name
from .names import (
    _POSSESSIVE,
    _fold_words,
    _generic_words,
    _key_words,
    _levels_clash,
    _one_name_inside,
    _pronoun_only,
    _singular,
    _unnamed,
    _untitled,
    _words,
)


def _same_person_doubt(a: Source, b: Source) -> bool:
    """Two person origins that may be one person: one surname, or transliterated surnames, with given
    names that do not tell them apart."""
    ta, tb = _untitled(fold_key(a.name).split()), _untitled(fold_key(b.name).split())
    if not ta or not tb:
        return False
    # one surname and one given name, whatever title or middle initial stands around them ("Rear Adm. Ana
    # Berg" / "Ana T. Berg")
    given = {w for w in set(ta[:-1]) & set(tb[:-1]) if len(w) > 1 and w not in TITLE_WORDS}
    if ta[-1] == tb[-1] and given:
        return True
    if len(ta) == 1 or len(tb) == 1:
        return ta[-1] == tb[-1] or (phonetic_key(ta[-1]) == phonetic_key(tb[-1]) and ta[-1][:1] == tb[-1][:1])
    return ta[-1] == tb[-1] and ta[0][:1] == tb[0][:1] or transliterated(" ".join(ta), " ".join(tb))


def _same_body_doubt(a: Source, b: Source) -> bool:
    """Two body origins that may be one body: the same head and all but one content word in common, of
    compatible countries ("Media Authority" / "Media Regulatory Authority")."""
    if a.country and b.country and norm_key(a.country) != norm_key(b.country) or _levels_clash(a, b):
        return False
    db = default_aliases()
    ka, kb = structural_key(a.name, db, BODY_DOUBT_HEADS), structural_key(b.name, db, BODY_DOUBT_HEADS)
    if ka is None or kb is None:
        return False
    wa, wb = set(ka[0]), set(kb[0])
    return bool(wa & wb) and (wa <= wb or wb <= wa or len(wa ^ wb) <= 2 and len(wa & wb) >= 2)


def _description_only(src: Source | None, written: list[str]) -> bool:
    """An origin that is only a description of a body or of officials, never a name, wherever it is
    written ("the health agency", "the tribunal", "the company", "Officials" opening a sentence): every
    phrase for it is lower case after its determiner (or one capitalised generic word), with a head that
    describes a body or officials. A person, an anonymous source, a body of a known country ("Afghanistan's
    disaster ministry") and a body known by whom it speaks for are not."""
    if src is None or src.kind in PERSON_KINDS or src.kind == SourceKind.ANONYMOUS or src.country:
        return False
    if src.affiliation_path and src.affiliation_path[0] != src.id:
        return False
    phrases = [w for w in written if norm_key(w) not in ALL_PRONOUNS] or [src.name, *src.aliases]
    for phrase in phrases:
        words = [w for w in _generic_words(phrase) if w]
        if len(words) < len(phrase.split()):
            return False  # a country anchors it: "Afghanistan's disaster ministry" names one body
        while words and words[0].lower() in LEADING_DETERMINERS:
            words = words[1:]
        if not words:
            continue
        head = _singular(norm_key(words[-1]))
        if head not in BODY_DESCRIPTION_HEADS | OFFICIAL_HEADS:
            return False
        capitals = [w for w in words if w[:1].isupper()]
        if capitals and not (phrase.split() == words and len(words) == 1 and head in OFFICIAL_HEADS):
            return False  # a capital is a name, save one opening the sentence ("Officials said")
    return True


def _named_origins(groups: list[str], ctx: Judging) -> list[str]:
    """The groups whose identity is not in doubt for want of a name: the named ones, then the unnamed ones
    (and the mere descriptions of a body, "the health agency", however the name was cased) that may be none
    of the named ones; an unnamed one that may be a named one (or a body counted as one) is a doubt. A pronoun
    nothing resolved is never a second origin; a description anchored by a proper possessive or modifier
    ("the EU's competition regulator") is a doubt against the named origins of what it names."""
    sources, names, links, doubts, joined = ctx.sources, ctx.names, ctx.links, ctx.doubts, ctx.joined
    pronouns = [u for u in groups if _pronoun_only(sources.get(u))]
    anchored = {
        u: found
        for u in groups
        if u not in pronouns
        and u in sources
        and not _unnamed(sources[u])
        and (found := _anchored_description(sources[u], links.written.get(u, [])))
    }
    described = {u: _as_written(sources[u], links.written.get(u, [])) for u in groups if u in sources
                 and u not in pronouns and _description_only(sources[u], links.written.get(u, []))}  # fmt: skip
    named = [
        u
        for u in groups
        if u not in described and u not in pronouns and u not in anchored and not _unnamed(sources.get(u))
    ]
    # bodies counted as a named origin (an officer, a relay) are who an unnamed one may be, too
    behind: dict[str, list[str]] = {}
    for x in joined or {}:  # once per join, not once per group and join
        behind.setdefault(_joined_unit(x, joined or {}), []).append(x)
    index = _NamedIndex(sources, behind)
    for v in named:
        index.add(v)
    for u in groups:
        if u in named or u in pronouns:
            continue
        if u in anchored and u not in described:
            keys = _anchor_keys(anchored[u][0])  # once per description, not once per named origin
            near = index.near_description(keys, _description_content(anchored[u][1]))
            maybe = [
                named[k] for k in near if _description_may_be(anchored[u], sources[u], sources.get(named[k]), keys)
            ]
            if maybe:
                doubts.append(_may_be_doubt(lx.DESCRIPTION_MAY_BE, u, maybe, sources, names))
            else:
                named.append(u)
                index.add(u)
            continue
        unnamed = described.get(u) or sources[u]
        may_be = _MayBe(unnamed, sources)  # what it reads of the unnamed origin, read once
        maybe = [
            named[k]
            for k in index.near_unnamed(unnamed)
            if any(may_be(sources.get(x)) for x in (named[k], *behind.get(named[k], [])))
        ]
        if maybe:
            doubts.append(_may_be_doubt(lx.NOT_NAMED_MAY_BE, u, maybe, sources, names))
        else:
            named.append(u)
            index.add(u)
    for u in pronouns:  # rule ``unresolved_pronoun``
        others = [v for v in groups if v != u and v not in pronouns]
        if others:
            doubts.append(_may_be_doubt(lx.PRONOUN_MAY_BE, u, others, sources, names))
        elif not named:
            named.append(u)
    return named


class _NamedIndex:
    """The named origins of ``_named_origins`` (positions in its growing list) by the words and kinds that
    ``_may_be`` and ``_description_may_be`` can hold on, so that each unnamed origin or description is tested
    against the named ones it may be (and those the tests then reject), not against every one: a claim spread
    over hundreds of outlets has hundreds of each. A named origin is found by its own words and kind and by
    those of the bodies counted as it (``behind``), as the tests read them; the tests themselves decide."""

    def __init__(self, sources: dict[str, Source], behind: dict[str, list[str]]) -> None:
        self.sources = sources
        self.behind = behind
        self.size = 0
        self.by_word: dict[str, list[int]] = {}  # name, description and affiliation words (``_words``)
        self.by_key: dict[str, list[int]] = {}  # words of name, aliases, description, affiliation (``_tied_by``)
        self.by_kind: dict[str, list[int]] = {}

    def add(self, v: str) -> None:
        at = self.size
        self.size += 1
        for x in (v, *self.behind.get(v, [])):
            src = self.sources.get(x)
            if src is None:
                continue
            for w in _words(src.name) | _words(src.description) | _words(src.affiliation):
                self.by_word.setdefault(w, []).append(at)
            said = " ".join(y for y in (src.name, *src.aliases, src.description, src.affiliation) if y)
            for w in _key_words(said):
                self.by_key.setdefault(w, []).append(at)
            self.by_kind.setdefault(src.kind, []).append(at)

    def near_unnamed(self, unnamed: Source) -> list[int]:
        """Positions of the named origins ``_may_be`` may hold for, in order (``_may_be_reach``)."""
        words, kinds, anyone = _may_be_reach(unnamed)
        if anyone:
            return list(range(self.size))
        found = {k for w in words for k in self.by_word.get(w, ())}
        for kind, at in self.by_kind.items():
            if kind in kinds:
                found.update(at)
        return sorted(found)

    def near_description(self, keys: set[str], content: set[str]) -> list[int]:
        """Positions of the named origins ``_description_may_be`` may hold for (one of the anchor's ``keys``, or
        one of the description's ``content`` words), in order."""
        found = {k for w in keys for k in self.by_key.get(w, ())}
        found.update(k for w in content for k in self.by_word.get(w, ()))
        return sorted(found)


def _may_be_doubt(
    template: str, u: str, candidates: list[str], sources: dict[str, Source], names: dict[str, str]
) -> str:
    """A doubt in plain words: origin ``u`` may be one of ``candidates`` (``template`` from lang/en)."""
    who = lx.OR.join(_name(v, sources, names) for v in candidates)
    return template.format(name=_name(u, sources, names), candidates=who)


def _anchored_description(src: Source, written: list[str]) -> tuple[list[str], list[str]] | None:
    """Rule ``anchored_description``: an origin only ever written as a description that a proper possessive
    or modifier anchors ("the EU's powerful competition regulator", "EU competition enforcer", "Jordanian
    state television"): capitalised words, then lower-case words only, ending in a lower-case noun. Returns
    (the anchor words, the described words), or None for a name ("Brightwell", "the Safety Agency") and for
    a person."""
    if src.kind in PERSON_KINDS or src.kind == SourceKind.ANONYMOUS:
        return None
    phrases = [w for w in written if norm_key(w) not in ALL_PRONOUNS] or [src.name]
    anchors: list[str] = []
    described: list[str] = []
    for phrase in phrases:
        words = [w for w in re.split(rf"[^\w{marks.APOSTROPHES}.-]+", phrase) if w]
        while words and words[0].lower() in LEADING_DETERMINERS:
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        head, tail = words[:cut], words[cut:]
        if not head or not tail or any(not w.isalpha() or w[:1].isupper() or w in NOT_IN_A_DESCRIPTION for w in tail):
            return None
        anchors.extend(_POSSESSIVE.sub("", w) for w in head)
        described.extend(w.lower() for w in tail)
    return (anchors, described) if anchors else None


def _description_may_be(
    found: tuple[list[str], list[str]], described: Source, named: Source | None, keys: set[str] | None = None
) -> bool:
    """An anchored description may be a named origin of a compatible country that belongs to what its anchor
    names ("the EU's competition regulator" / "the European Commission") or that its own words describe
    ("EU competition enforcer" / "Ana Berg, Competition Commissioner"). ``keys``, when given, are
    ``_anchor_keys`` of the anchors, worked out once per description rather than once per named origin."""
    if named is None or (
        described.country and named.country and norm_key(described.country) != norm_key(named.country)
    ):
        return False
    anchors, words = found
    if _tied_by(keys, named) if keys is not None else _tied_to(anchors, named):
        return True
    content = _description_content(words)
    return bool(content & (_words(named.name) | _words(named.description) | _words(named.affiliation)))


def _description_content(words: Sequence[str]) -> set[str]:
    """The words that tell a description apart: not a level of government, not the generic head of a body."""
    content = {_singular(w) for w in words if len(w) > 3} - GOVERNMENT_LEVELS - BODY_DESCRIPTION_HEADS
    return content - (OFFICIAL_HEADS | ROLE_HEADS)


def _as_written(src: Source, written: list[str]) -> Source:
    """The source under the definite description an article writes for it ("the health agency"), if any."""
    phrase = next((w for w in written if w.split()[0].lower() in DEFINITE_ARTICLES and len(w.split()) > 1), None)
    return src.model_copy(update={"name": phrase}) if phrase else src


def _identity_doubt(su: Source, sv: Source) -> str | None:
    """Why two named origins may be one source, or None when nothing says so."""
    # a name or alias of one standing whole inside a name or alias of the other ("Shannon Gilreath", an alias of
    # "Shannon N. Gilreath", inside "Rear Adm. Shannon Gilreath")
    mine, theirs = (su.name, *su.aliases), (sv.name, *sv.aliases)
    if _one_name_inside(mine, theirs):
        return lx.ONE_NAME_HOLDS_THE_OTHER.format(a=su.name, b=sv.name)
    if su.kind in PERSON_KINDS and sv.kind in PERSON_KINDS and _same_person_doubt(su, sv):
        return lx.ONE_PERSON_TWO_SPELLINGS.format(a=su.name, b=sv.name)
    if su.kind not in _NOT_BODIES and sv.kind not in _NOT_BODIES and (_same_body_doubt(su, sv)):
        return lx.ONE_BODY_TWO_NAMES.format(a=su.name, b=sv.name)
    for x, y in ((su, sv), (sv, su)):
        if _described_as_the_other(x, y):
            return lx.DESCRIBED_AS_THE_OTHER.format(a=x.name, description=x.description, b=y.name)
    for x, y in ((su, sv), (sv, su)):
        if _surname_after_a_description(x, y):
            return lx.SURNAME_AFTER_A_DESCRIPTION.format(a=x.name, b=y.name)
        if _written_as_its_description(x, y):
            return lx.WRITTEN_AS_ITS_DESCRIPTION.format(a=x.name, b=y.name)
        if _name_before_an_apposition(x, y):
            return lx.NAME_BEFORE_AN_APPOSITION.format(a=x.name, b=y.name)
        if (initials := _initials_of_the_other(x, y)) is not None:
            return lx.INITIALS_OF_THE_OTHER.format(a=x.name, b=y.name, initials=initials)
        if (longer := _last_word_of_the_other(x, y)) is not None:
            return lx.LAST_WORD_OF_THE_OTHER.format(a=x.name, b=y.name, longer=longer)
    return None


def _lone_word(src: Source) -> str | None:
    """The one word a body's name is, past a determiner (folded, singular), or None: a person, the press, a name of
    two or more words and a country's or capital's name (a state as a whole: rule ``state_as_a_whole``) are not
    written so."""
    db = default_aliases()
    if src.kind in _NOT_BODIES or db.capital_of(src.name) or db.country_of(src.name):
        return None
    words = [w for w in _fold_words(src.name) if w not in LEADING_DETERMINERS]
    return _singular(words[0]) if len(words) == 1 and len(words[0]) > 2 else None


def _last_word_of_the_other(a: Source, b: Source) -> str | None:
    """Rule ``last_word_of_the_other``: a body named by one word alone ("Palace", "the Guards") that is the last
    word of a longer name of another body ("Buckingham Palace", "Revolutionary Guards") may be that body written
    short: the longer name, or None. A person and the press are not bodies here."""
    word = _lone_word(a)
    if word is None or b.kind in _NOT_BODIES or a.country and b.country and norm_key(a.country) != norm_key(b.country):
        return None
    for name in (b.name, *b.aliases):
        words = _fold_words(name)
        if len(words) >= 2 and _singular(words[-1]) == word:
            return name
    return None


def _initials_word(name: str) -> str | None:
    """The capital letters a name is written with when its one capitalised word is a run of two to five capitals and
    every other word is lower case ("IM team", "IM engineers", "NHTSA"), or None."""
    words = name.split()
    while words and words[0].lower() in LEADING_DETERMINERS:
        words = words[1:]
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) != 1:
        return None
    word = caps[0].strip(".,")
    return word if 2 <= len(word) <= 5 and word.isalpha() and word.isupper() else None


def _initials(name: str) -> str | None:
    """The initials of a name of two or more capitalised words ("Intuitive Machines" -> "IM", "National Highway
    Traffic Safety Administration" -> "NHTSA"; lower-case words such as "of" are skipped), or None."""
    caps = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in caps) if len(caps) >= 2 else None


def _initials_of_the_other(a: Source, b: Source) -> str | None:
    """Rule ``initials_of_the_other``: a body written only with capital letters that are the initials of another
    body's name, alone or before a common noun ("IM team" / "Intuitive Machines", "NRA staff" / "National Rescue
    Agency"), may be that body or a part of it: an acronym no article spells out is still the body's. Returns the
    initials, or None."""
    if a.kind in _NOT_BODIES or b.kind in _NOT_BODIES:
        return None
    word = _initials_word(a.name)
    if word is None:
        return None
    return word if any(_initials(n) == word for n in (b.name, *b.aliases)) else None


def _surname(name: str) -> str:
    """The last written word of a name, hyphens kept ("Waker-Uz-Zaman"), stripped of punctuation."""
    words = name.split()
    return words[-1].strip(".,;:()\"'") if words else ""


def _described_surname(name: str) -> str | None:
    """The surname closing a name whose words before it hold a lower-case word (a description, not a given name:
    "Aussie ace Kyrgios", "Army chief General Waker-Us-Zaman"), or None."""
    words = name.split()
    last = _surname(name)
    if len(words) < 2 or not last[:1].isupper() or not any(w[:1].islower() for w in words[:-1]):
        return None
    return last


def _surname_after_a_description(a: Source, b: Source) -> bool:
    """Rule ``surname_after_a_description``: a name that gives a description before a surname ("Aussie ace
    Kyrgios", "Army chief General Waker-Us-Zaman") gives no given name, so it may be any person of that surname:
    it may be a person origin whose surname is spelled or sounds the same ("Nick Kyrgios", "Waker-Uz-Zaman"),
    whatever kind the tagger gave the described one."""
    mine = _described_surname(a.name)
    if mine is None or b.kind not in PERSON_KINDS or a.kind in PRESS_KINDS:
        return False
    theirs = _surname(b.name)
    return fold_key(mine)[:1] == fold_key(theirs)[:1] and phonetic_key(mine) == phonetic_key(theirs)


def _bare(text: str | None) -> str:
    """A phrase without its leading determiners, folded ("the former chief executive" -> "former chief executive")."""
    words = fold_key(text or "").split()
    while words and words[0] in LEADING_DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _written_as_its_description(a: Source, b: Source) -> bool:
    """Rule ``written_as_its_description``: an origin whose name is, word for word, what the articles say the
    other is ("Ines Duarte, the port's former harbour master" beside "the port's former harbour master said"):
    the description is that origin's, named in one article and not in another."""
    mine = _bare(a.name)
    return len(mine.split()) >= 2 and mine == _bare(b.description)


def _apposition_head(name: str) -> str | None:
    """The name before an apposition glued to it ("CrowdStrike -- an American cybersecurity firm" ->
    "CrowdStrike"), or None when no apposition mark follows a first word."""
    cut = min((i for m in APPOSITION_MARKS if (i := name.find(m)) > 0), default=-1)
    return name[:cut].strip() or None if cut > 0 else None


def _name_before_an_apposition(a: Source, b: Source) -> bool:
    """Rule ``name_before_an_apposition``: an origin whose name is another origin's name followed by an
    apposition ("CrowdStrike -- an American cybersecurity firm" / "CrowdStrike"): the words after the mark
    describe the one body; extraction took them into the name."""
    head = _apposition_head(a.name)
    return head is not None and any(fold_key(head) == fold_key(n) for n in (b.name, *b.aliases))


def _described_as_the_other(a: Source, b: Source) -> bool:
    """Rule ``described_as_the_other``: a body the articles describe in words that name the other body's
    field ("Roskomnadzor, the country's communications regulator" / "the Federal Service for Supervision of
    Communications") may be that body under another name, when neither's country tells them apart and
    the other is not described otherwise."""
    if a.kind in _NOT_BODIES or b.kind in _NOT_BODIES or not a.description:
        return False
    if a.country and b.country and norm_key(a.country) != norm_key(b.country) or _levels_clash(a, b):
        return False
    if b.description and not _words(b.description) & _words(a.description):
        return False  # the other body is described, and otherwise
    content = {w for w in _words(a.description) if len(w) > 3} - GOVERNMENT_LEVELS - BODY_DESCRIPTION_HEADS
    content -= OFFICIAL_HEADS | ROLE_HEADS
    return bool(content & _words(b.name))


def _surely_distinct(
    named: list[str], sources: dict[str, Source], doubts: list[str], held: dict[str, str] | None = None
) -> list[str]:
    """The largest set of named origins no doubt joins (named ones that may be one body or one person
    are doubts). ``held``, when given, receives each origin left out -> the origin it may be, which stays."""
    uncertain: set[tuple[str, str]] = set()
    for i, j in _doubt_candidates(named, sources):  # every other pair has no doubt: see ``_identity_keys``
        u, v = named[i], named[j]
        su, sv = sources.get(u), sources.get(v)
        if su is None or sv is None:
            continue
        doubt = _identity_doubt(su, sv)
        if doubt is not None:
            doubts.append(doubt)
            uncertain.add((u, v))
    sure = list(named)
    for u, v in sorted(uncertain):
        if u in sure and v in sure:
            sure.remove(v)
            if held is not None:
                held[v] = u
    return sure


def _doubt_candidates(named: list[str], sources: dict[str, Source]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of ``named`` that ``_identity_doubt`` may find a doubt for, in the order of
    comparing every pair: those where a key one gives (``_identity_keys``) meets a key the other is reached by.
    A claim with hundreds of named origins has few such pairs among its tens of thousands."""
    gives: dict[tuple[str, ...], list[int]] = {}
    reached: dict[tuple[str, ...], list[int]] = {}
    for i, u in enumerate(named):
        src = sources.get(u)
        if src is None:
            continue
        mine, theirs = _identity_keys(src)
        for key in mine:
            gives.setdefault(key, []).append(i)
        for key in theirs:
            reached.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for key, xs in gives.items():
        for y in reached.get(key, ()):
            pairs.update((x, y) if x < y else (y, x) for x in xs if x != y)
    return sorted(pairs)


def _identity_keys(src: Source) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Keys of an origin for ``_doubt_candidates``: (the keys it gives, the keys it is reached by). Each test of
    ``_identity_doubt`` needs the two origins to share one (a new test needs its key here):

    * a name inside the other: the first two words of the shorter name are two adjacent words of the longer;
    * two spellings of one person: the sound of the surname (``phonetic_key``, equal when the surnames are);
    * one body under two names: two words of the structural key in common;
    * described as the other: a word of one's description among the other's name words;
    * a surname after a description: its sound and a person's surname's;
    * written as the other's description: the name and the description, less their determiners;
    * a name before an apposition: the name before the mark and a name or alias of the other;
    * written with the other's initials: the capitals and the initials of a name or alias of the other;
    * the last word of the other's name: the one word and the last word of a longer name or alias of the other."""
    mine: set[tuple[str, ...]] = set()
    theirs: set[tuple[str, ...]] = set()
    for name in (src.name, *src.aliases):
        words = _fold_words(name)
        if len(words) >= 2:
            mine.add(("in", words[0], words[1]))
        theirs.update(("in", a, b) for a, b in zip(words, words[1:], strict=False))
    both: set[tuple[str, ...]] = set()
    if src.kind in PERSON_KINDS:
        ta = _untitled(fold_key(src.name).split())
        if ta:
            both.add(("person", phonetic_key(ta[-1])))
            again = fold_key(" ".join(ta)).split()
            if again:
                both.add(("person", phonetic_key(again[-1])))
    # a surname after a description / a person's surname (``_surname_after_a_description``)
    described = _described_surname(src.name)
    if described is not None and src.kind not in PRESS_KINDS:
        mine.add(("surname", phonetic_key(described)))
    if src.kind in PERSON_KINDS and _surname(src.name):
        theirs.add(("surname", phonetic_key(_surname(src.name))))
    # a name written as the other's description (``_written_as_its_description``)
    if len(_bare(src.name).split()) >= 2:
        mine.add(("as", _bare(src.name)))
    if src.description:
        theirs.add(("as", _bare(src.description)))
    # a name before an apposition (``_name_before_an_apposition``)
    head = _apposition_head(src.name)
    if head is not None:
        mine.add(("head", fold_key(head)))
    theirs.update(("head", fold_key(n)) for n in (src.name, *src.aliases))
    # written with the other's initials (``_initials_of_the_other``)
    if src.kind not in _NOT_BODIES:
        if (word := _initials_word(src.name)) is not None:
            mine.add(("initials", word))
        theirs.update(("initials", i) for n in (src.name, *src.aliases) if (i := _initials(n)) is not None)
    # the last word of the other's name (``_last_word_of_the_other``)
    if (word := _lone_word(src)) is not None:
        mine.add(("last", word))
    if src.kind not in _NOT_BODIES:
        theirs.update(("last", _singular(ws[-1])) for n in (src.name, *src.aliases) if len(ws := _fold_words(n)) >= 2)
        ka = structural_key(src.name, default_aliases(), BODY_DOUBT_HEADS)
        if ka is not None:
            both.update(("body", a, b) for a in ka[0] for b in ka[0] if a < b)
        if src.description:
            mine.update(("described", w) for w in _words(src.description) if len(w) > 3)
        theirs.update(("described", w) for w in _words(src.name))
    return mine | both, theirs | both
