"""Affiliation and institution: which body or state an origin speaks for (officers of a body, spokespeople,
parts of one state) and the institution every origin belongs to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ...kinds import SourceKind
from ...lang.en import independence as lx
from ...lang.en import marks
from ...lang.en.independence import (
    BODY_DESCRIPTION_HEADS,
    COMPANY_ROLES,
    DEFINITE_ARTICLES,
    DESCRIPTION_HEADS,
    GOVERNMENT_LEVELS,
    HEAD_OF_STATE_VOICES,
    LEADING_DETERMINERS,
    OFFICER_OF_BODY,
    OFFICIAL_HEADS,
    ROLE_HEADS,
)
from ...models import Source
from ...resolve.aliases import default_aliases
from ...resolve.corpus import (
    is_head_of_government,
    ruling_camp_country,
)
from ...resolve.normalize import norm_key
from .judging import _NOT_BODIES, OFFICIAL_BODY_KINDS, PERSON_KINDS, STATE_KINDS, Judging, _name, _unit
from .names import _POSSESSIVE, _head_noun, _key_words, _singular, _unnamed, _words


def _may_be(unnamed: Source, named: Source | None, sources: dict[str, Source] | None = None) -> bool:
    """An unnamed origin that may be a named one: its head noun is a word of the named one's name or
    description ("an unnamed criminal gang" / "BlackFern, a ransomware gang"), or it names people who speak
    for an institution and the named one is such a body of a compatible country ("British lawmakers" /
    "the Commons Transport Committee"), or names a role one person holds and the named one is a person
    ("the French leader" / "Emmanuel Macron")."""
    return _MayBe(unnamed, sources)(named)


class _MayBe:
    """``_may_be`` of one unnamed origin against any named one: what it reads of the unnamed origin (its country,
    its levels of government, its head nouns) is read once, not once per named origin (a claim spread over
    hundreds of outlets tests each unnamed origin against hundreds of named ones)."""

    __slots__ = ("unnamed", "sources", "country", "levels", "heads")

    def __init__(self, unnamed: Source, sources: dict[str, Source] | None = None) -> None:
        self.unnamed = unnamed
        self.sources = sources
        self.country = norm_key(unnamed.country) if unnamed.country else None
        self.levels = _words(unnamed.name) & GOVERNMENT_LEVELS
        # the noun before the first modifier ("an advisory panel to the agency": a panel) and the last word (rule
        # ``head_before_modifier`` only ever adds a reading: "a sample count by the electoral authority" may still
        # be the authority)
        self.heads = tuple(_may_be_heads(unnamed))

    def __call__(self, named: Source | None) -> bool:
        if named is None or (self.country is not None and named.country and self.country != norm_key(named.country)):
            return False  # "U.S. officials" are not "South Korean officials"
        if self.levels:
            theirs = (_words(named.name) | _words(named.description)) & GOVERNMENT_LEVELS
            if theirs and not self.levels & theirs:
                return False  # ``_levels_clash``: "the city health office" is not "Provincial Health Office"
        return any(_head_may_be(head, self.unnamed, named, self.sources) for head in self.heads)


def _may_be_heads(unnamed: Source) -> dict[str, None]:
    """The head nouns ``_may_be`` reads an unnamed origin by: the noun before the first modifier, the last word."""
    words = norm_key(unnamed.name).split()
    return dict.fromkeys(h for h in (_head_noun(unnamed.name), _singular(words[-1]) if words else "") if h)


def _may_be_reach(unnamed: Source) -> tuple[set[str], set[str], bool]:
    """What a named origin needs for ``_head_may_be`` to hold for one of the unnamed origin's heads: one of these
    words among its name or description words, or one of these kinds; or, when the last is true, nothing
    (a definite description of a kind of body may be any origin). A new test in ``_head_may_be`` needs its
    reach here: ``_NamedIndex`` looks only where this points."""
    words: set[str] = set()
    kinds: set[str] = set()
    anyone = False
    for head in _may_be_heads(unnamed):
        words.add(head)
        if head in OFFICIAL_HEADS:
            kinds |= OFFICIAL_BODY_KINDS | PERSON_KINDS  # a body, or a person holding an office (``_holds_office``)
        kinds |= DESCRIPTION_HEADS.get(head, frozenset())
        if head in DESCRIPTION_HEADS and unnamed.name.lower().startswith("the "):
            anyone = True
        if head in ROLE_HEADS:
            kinds |= PERSON_KINDS
    return words, kinds, anyone


def _head_may_be(head: str, unnamed: Source, named: Source, sources: dict[str, Source] | None = None) -> bool:
    """``_may_be`` for one head noun of the unnamed origin (``sources``: every source, to read affiliations)."""
    if head in _words(named.name) | _words(named.description):
        return True
    if head in OFFICIAL_HEADS and named.kind in OFFICIAL_BODY_KINDS:
        return True
    if named.kind in DESCRIPTION_HEADS.get(head, frozenset()):
        return True  # "the agency" / "the Centers for Disease Control and Prevention"
    # a definite description of a kind of body ("the agency said", "the newspaper reported") points back at a
    # party the reader already knows, whatever kind the tagger gave the named one (a person with a full name
    # is no body); a body that names itself so ("the police", "the fire brigade") does not point back
    if head in DESCRIPTION_HEADS and unnamed.name.lower().startswith("the "):
        return not (named.kind == SourceKind.PERSON and len(named.name.split()) > 1)
    if head in OFFICIAL_HEADS and _holds_office(named):
        return True  # rule ``officials_may_be_an_officer``: "authorities said" / "Ana Ruiz, head of the rescue agency"
    if _speaks_for_the_state(head, unnamed, named, sources):
        return True  # rule ``officials_may_be_the_state``: "authorities warn" / "President Ana Ruiz said"
    # "the French leader" may be the Emmanuel Macron another outlet names
    return head in ROLE_HEADS and named.kind in PERSON_KINDS


def _speaks_for_the_state(head: str, unnamed: Source, person: Source, sources: dict[str, Source] | None) -> bool:
    """Rule ``officials_may_be_the_state``: unnamed officials or authorities of a claim may be the state a named
    person of it speaks for, through that person or beside them, so they are not a second body. Two readings of
    "the state a person speaks for": a head of state or government by the alias table ("President Ana Ruiz",
    with or without a country; the unnamed people's head is one of ``HEAD_OF_STATE_VOICES``: "authorities",
    "officials", "the government", a spokesman), or a person whose affiliation path (resolution's, from the
    articles: "Chilean Interior Minister Tomas Berg" -> the government of Chile) reaches a state body (a
    government, a military, an intelligence service) of the unnamed origin's kind. The state's forces ("the
    army") beside the president stay a body of their own (another kind; rule ``one_administration``)."""
    if head in HEAD_OF_STATE_VOICES and is_head_of_government(person, default_aliases()):
        return True
    if head not in OFFICIAL_HEADS or person.kind not in PERSON_KINDS or sources is None:
        return False
    if len(person.affiliation_path) < 2:
        return False
    kinds = STATE_KINDS if unnamed.kind in (SourceKind.ANONYMOUS, SourceKind.UNKNOWN) else {unnamed.kind}
    return any(
        (body := sources.get(x)) is not None and body.kind in STATE_KINDS and body.kind in kinds
        for x in person.affiliation_path[1:]
    )


def _holds_office(person: Source) -> bool:
    """Rule ``officials_may_be_an_officer``: a named person the articles give an office at a body ("Ana Ruiz,
    head of the regional rescue agency", "Tom Lee, a spokesman for the ministry"): unnamed officials or
    authorities of the same claim may be that person or speak through them, so they are not a second body. The
    person's affiliation ends in a word for a public body ("agency", "ministry", "office"), or the description
    begins with an official's title ("spokesman", "official")."""
    if person.kind not in PERSON_KINDS:
        return False
    for text in (person.affiliation, person.description):
        words = norm_key(text or "").split()
        if not words:
            continue
        if SourceKind.GOVERNMENT in DESCRIPTION_HEADS.get(_singular(words[-1]), frozenset()):
            return True
        if _head_noun(text or "") in OFFICIAL_HEADS:
            return True
    return False


def _fold_state_parts(
    carried: dict[str, set[str]], sources: dict[str, Source], names: dict[str, str], evidence: list[str]
) -> dict[str, str]:
    """A state speaking as a whole and one of its own bodies are not two origins ("the Jordanian
    government" / "Jordan's interior ministry"): the state counts as its body (``carried`` is changed in
    place). Returns each folded state's body."""
    folded: dict[str, str] = {}
    # each unit's parts are looked up among the units still carried (not found by comparing every unit
    # with every other once per article: 30,000 reprints of one claim made that quadratic); a unit's
    # answer is kept until a fold changes what is carried
    present = Counter(v for x in carried.values() for v in x)
    below: dict[str, list[str]] = {}  # a unit -> the units it is the institution of (top of their path)
    for v in present:
        src = sources.get(v)
        if src is not None and len(src.affiliation_path) > 1:
            below.setdefault(src.affiliation_path[-1], []).append(v)
    known: dict[str, str | None] = {}
    for us in carried.values():
        for u in sorted(us):
            if u not in known:
                parts = [v for v in below.get(u, []) if present[v] > 0 and v != u]
                known[u] = min(parts) if parts else None
            part = known[u]
            if part is not None:
                folded[u] = part
                evidence.append(
                    lx.COUNTED_AS_ONE.format(
                        member=_name(part, sources, names), verb=lx.PART_OF_VERB, body=_name(u, sources, names)
                    )
                )
                for x in carried.values():
                    if u in x:
                        x.discard(u)
                        present[u] -= 1
                        if part not in x:
                            x.add(part)
                            present[part] += 1
                known.clear()
    return folded


def _name_runs(text: str) -> set[str]:
    """Every run of words of ``text`` as a key ("crowdstrike ceo" -> "crowdstrike", "ceo", "crowdstrike ceo")."""
    words = norm_key(text).split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 8) + 1)}


def _keys_of(src: Source) -> set[str]:
    return {k for n in (src.name, *src.aliases) if (k := norm_key(n))}


def _stated_role(person: Source) -> str:
    """What the corpus says a person is ("CrowdStrike CEO", "the company's chief supply chain officer"),
    when it names a role; else empty."""
    said = " ".join(x for x in (person.description, person.affiliation) if x)
    words = {_singular(w) for w in norm_key(said).split()}
    return said if words & (ROLE_HEADS | OFFICIAL_HEADS) else ""


def _employer(
    person: Source, others: list[Source], naming: Callable[[set[str]], list[Source]] | None = None
) -> tuple[Source | None, list[Source]]:
    """The origin a person's stated role ties them to: the one its words name ("CrowdStrike CEO" ->
    CrowdStrike), else the one of the kind its description names ("the company's chief supply chain
    officer" -> the one company among the others). Returns (the one body, or None; the candidates when
    several fit). ``naming``, when given, returns the others (in their order) whose name keys meet the given
    runs of words: the same list as testing each of ``others``, looked up instead."""
    said = _stated_role(person)
    if not said:
        return None, []
    runs = _name_runs(said)
    named = naming(runs) if naming is not None else [o for o in others if _keys_of(o) & runs]
    if named:
        return (named[0], []) if len(named) == 1 else (None, named)
    words = norm_key(said, drop_the=False).split()
    heads = {_singular(w) for w, prev in zip(words[1:], words[:-1], strict=True) if prev in DEFINITE_ARTICLES}
    kinds = {k for h in heads for k in DESCRIPTION_HEADS.get(h, frozenset())}
    fits = [o for o in others if o.kind in kinds and not _unnamed(o)]
    return (fits[0], []) if len(fits) == 1 else (None, fits)


def _officers_of_bodies(units: list[str], ctx: Judging) -> dict[str, str]:
    """A person whose role the corpus states at another origin of the claim speaks for it ("George Kurtz,
    CrowdStrike CEO" / "CrowdStrike"; "Cesar Pina, the company's chief supply chain officer" / the claim's
    one company): counted as that origin, whatever article states the role. When the role fits several
    origins, the person is joined to the first with a doubt. Unit -> the unit it joins."""
    sources, evidence, doubts = ctx.sources, ctx.evidence, ctx.doubts
    joined: dict[str, str] = {}
    # each origin's name keys once, and the positions of the origins holding each key: a stated role meets
    # only the origins its words name, not every origin of the claim (linear, not quadratic, in its origins)
    holders: dict[str, list[int]] = {}
    for n, v in enumerate(units):
        if v in sources:
            for k in _keys_of(sources[v]):
                holders.setdefault(k, []).append(n)
    # the origins not yet joined, in order, rebuilt only when a join is made (not once per person with a role: a
    # claim of hundreds of origins has hundreds of such persons); a person's others are it less the person, sliced
    present: list[Source] = []
    place: dict[str, int] = {}
    made = -1  # how many joins ``present`` was built after
    for u in units:
        person = sources.get(u)
        if person is None or person.kind not in PERSON_KINDS or not (person.description or person.affiliation):
            continue  # no stated role: none of the three tests below has words to hold on (most persons of a claim)
        if made != len(joined):
            keys = [v for v in units if v in sources and v not in joined]
            present = [sources[v] for v in keys]
            place = {v: n for n, v in enumerate(keys)}
            made = len(joined)
        pos = place.get(u)
        others = present[:pos] + present[pos + 1 :] if pos is not None else list(present)

        def naming(runs: set[str], u: str = u) -> list[Source]:
            at = sorted({n for k in runs for n in holders.get(k, ())})
            return [sources[units[n]] for n in at if units[n] != u and units[n] not in joined]

        body, several = _employer(person, others, naming)
        if body is not None:
            joined[u] = body.id
            who = lx.STATED_ROLE.format(person=person.name, role=_stated_role(person))
            evidence.append(lx.COUNTED_AS_ONE.format(member=who, verb=lx.SPEAKS_FOR_VERB, body=body.name))
        elif several:
            joined[u] = several[0].id
            doubts.append(
                lx.MAY_SPEAK_FOR.format(
                    person=person.name, role=_stated_role(person), bodies=lx.OR.join(o.name for o in several)
                )
            )
        elif (office := _role_at_a_body(person, others) or _bare_role_at_the_one_body(person, others)) is not None:
            joined[u] = office.id
            role = " ".join(x for x in (person.description, person.affiliation) if x)
            doubts.append(lx.ROLE_AT_BODY.format(person=person.name, role=role, body=office.name))
    return joined


def _bare_role_at_the_one_body(person: Source, others: list[Source]) -> Source | None:
    """Rule ``bare_role_at_the_one_body``: a person whose stated role is a company office naming no company
    ("Kelly Ortberg, CEO"; "the chief executive") holds it at some company; when the claim has one named company
    and no other person, the tool cannot tell the person is not that company's officer: not counted apart (with
    a doubt). A role of state ("President") is no company office: a president and an armed force stay two."""
    said = " ".join(x for x in (person.description, person.affiliation) if x)
    words = [_singular(w) for w in norm_key(said).split() if w not in LEADING_DETERMINERS]
    if not words or not all(w in COMPANY_ROLES for w in words):
        return None
    if any(o.kind in PERSON_KINDS for o in others):
        return None
    bodies = [o for o in others if o.kind == SourceKind.ORGANIZATION and not _unnamed(o)]
    return bodies[0] if len(bodies) == 1 else None


def _proper_anchors(text: str) -> list[str]:
    """The words of ``text`` that name an institution the alias table knows and that is no country ("EU" in
    "EU antitrust chief"; not "French" in "French prime minister": a state has many bodies)."""
    db = default_aliases()
    out = []
    for w in re.split(rf"[^\w{marks.APOSTROPHES}.-]+", text):
        w = _POSSESSIVE.sub("", w)
        if w[:1].isupper() and db.lookup(w) is not None and db.country_of(w) is None:
            out.append(w)
    return out


def _anchor_keys(anchors: Sequence[str]) -> set[str]:
    """The words an anchor stands for (its own, and those of the alias-table entry it names: "EU" -> "eu",
    "european", "union"), less the generic heads of bodies. A country anchors nothing here: two bodies of one
    state are two bodies."""
    db = default_aliases()
    country_words: set[int] = set()  # the anchor words a country's name or adjective covers ("South Korean")
    for i in range(len(anchors)):
        for j in range(i + 1, min(len(anchors), i + 3) + 1):
            if db.country_of(" ".join(anchors[i:j])) is not None:
                country_words.update(range(i, j))
    keys: set[str] = set()
    for i, a in enumerate(anchors):
        if i in country_words:
            continue
        keys.update(norm_key(a).split())
        entry = db.lookup(a)
        if entry is not None:
            for n in (entry.name, *entry.aliases):
                keys.update(norm_key(n).split())
    generic = BODY_DESCRIPTION_HEADS | OFFICIAL_HEADS | ROLE_HEADS | LEADING_DETERMINERS
    return {k for k in keys if k not in generic and len(k) > 1}


def _tied_to(anchors: Sequence[str], other: Source) -> bool:
    """``other`` belongs to the institution the anchors name: its name, aliases, description or affiliation
    hold one of their words ("EU" / "European Commission" through "European Union")."""
    return _tied_by(_anchor_keys(anchors), other)


def _tied_by(keys: set[str], other: Source) -> bool:
    """``other``'s name, aliases, description or affiliation hold one of ``keys`` (see ``_tied_to``)."""
    if not keys:
        return False
    said = " ".join(x for x in (other.name, *other.aliases, other.description, other.affiliation) if x)
    return bool(keys & _key_words(said))


def _role_at_a_body(person: Source, others: list[Source]) -> Source | None:
    """Rule ``role_at_a_body``: the body of the claim a person's stated role may be held at, when no name ties
    them. The role is an office of a body of that name ("Competition Commissioner" / "the European
    Commission": a commissioner sits on a commission), or names the institution the body belongs to ("EU
    antitrust chief" / "the European Commission"). The tool cannot tell whether they are one voice: the
    person is not counted apart (with a doubt)."""
    said = " ".join(x for x in (person.description, person.affiliation) if x)
    if not said:
        return None
    words = {_singular(w) for w in norm_key(said).split()}
    heads = {h for w in words for h in OFFICER_OF_BODY.get(w, frozenset())}
    keys = _anchor_keys(_proper_anchors(said))  # once per person, not once per other origin
    if not heads and not keys:
        return None  # neither test below can hold for any origin
    for o in others:
        if o.kind in _NOT_BODIES or _unnamed(o):
            continue
        if heads & _words(o.name) or _tied_by(keys, o):
            return o
    return None


def _speaks_for_evidence(
    origin_ids: Sequence[str], units: list[str], ctx: Judging, folded: dict[str, str] | None = None
) -> None:
    """A spokesperson or unnamed official counted as the body they speak for (also when that body, a state
    speaking as a whole, was then counted as one of its own bodies: ``folded``), and a voice of the party in
    power counted as the government it forms: one line each."""
    sources, names, level, evidence = ctx.sources, ctx.names, ctx.level, ctx.evidence
    db = default_aliases()
    for o in origin_ids:
        u = _unit(o, sources, level)
        if u != o and (folded or {}).get(u, u) in units:
            src = sources.get(o)
            verb = lx.PART_OF_VERB if level == "institution" else lx.SPEAKS_FOR_VERB
            if src is not None and ruling_camp_country(src, db, ctx.links.written.get(o, [])):
                verb = lx.IN_POWER_VERB
            evidence.append(
                lx.COUNTED_AS_ONE.format(member=_name(o, sources, names), verb=verb, body=_name(u, sources, names))
            )


def _common_institution(origin_ids: Sequence[str], ctx: Judging) -> str | None:
    """The name of the institution every origin belongs to (with a doubt saying so), or None."""
    sources, names, level, doubts = ctx.sources, ctx.names, ctx.level, ctx.doubts
    paths = [sources[o].affiliation_path if o in sources else [] for o in origin_ids]
    tops = {p[-1] for p in paths if p}
    if not (origin_ids and len(tops) == 1 and all(paths)):
        return None
    top = next(iter(tops))
    if not (level == "institution" or len({p[0] for p in paths}) >= 2):
        return None
    institution = _name(top, sources, names)
    low = institution.lower()
    the = f"{lx.THE} " if low.endswith(lx.GOVERNMENT_WORD) or low.startswith(lx.GOVERNMENT_OF) else ""
    doubts.append(lx.EVERY_ORIGIN_PART_OF.format(institution=the + institution))
    return institution
