"""The join steps: rules that count one origin as another (one administration, the press relaying a party,
a name or pronoun beside another origin, one passage with two speakers, a reported account, a list), and
``JOIN_STEPS``, their order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...kinds import SourceKind
from ...lang.en import independence as lx
from ...lang.en import marks
from ...lang.en.cues import CUE_VERBS
from ...lang.en.independence import (
    ACCOUNT_NOUNS,
    MEDIA_KINDS,
    PRESS_AFFILIATION_PATTERN,
    PRESS_AFFILIATION_WORDS,
    SAYING_FORMS,
    UNDERTAKING_PATTERN,
    UNDERTAKING_WORDS,
)
from ...lang.en.pronouns import ALL_PRONOUNS, PERSON_PRONOUNS
from ...models import Source
from ...resolve.aliases import default_aliases
from ...resolve.corpus import (
    is_cabinet_member,
    is_head_of_government,
)
from ...resolve.normalize import fold_key, norm_key
from .copies import _cover, _one_passage_in_two_articles, _one_quotation_one_author
from .judging import Judging, _joined_unit, _name, _unit
from .names import _POSSESSIVE, _WORD_RUN, _form_of, _pronoun_only, _unnamed


def _one_administration(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``one_administration``: the head of a state or government and a member of their cabinet (a minister or
    secretary) speak for one administration ("the President" and "the Secretary of State" of one country): counted
    as one, with a line saying so. Two ministers stay two (two ministries, as two agencies of one state), and so do
    the head and a body of the state that is no member of the cabinet (its military, police or regulators).
    Unit -> the unit it joins (the head's)."""
    sources, db = ctx.sources, default_aliases()
    heads: dict[str, str] = {}  # government -> the unit of its head
    members: dict[str, list[tuple[str, str]]] = {}  # government -> (unit, origin) of its cabinet members
    stateless: tuple[dict[str, str], list[tuple[str, str]]] = ({}, [])  # the same, for those of no known country
    for r in records:
        for o in r.origins:  # type: ignore[attr-defined]
            src = sources.get(o)
            if src is None or (len(src.affiliation_path) < 2 and (src.affiliation_path or src.country)):
                continue
            u = _unit(o, sources, ctx.level)
            if len(src.affiliation_path) < 2:  # no country known: rule ``one_administration_of_no_country``
                if is_head_of_government(src, db):
                    stateless[0].setdefault(u, o)
                elif is_cabinet_member(src, db):
                    stateless[1].append((u, o))
                continue
            government = src.affiliation_path[-1]
            if is_head_of_government(src, db):
                heads.setdefault(government, u)
            elif is_cabinet_member(src, db):
                members.setdefault(government, []).append((u, o))
    # a member of no known country beside the one head of a known government: nothing tells them apart either
    for government in sorted(heads):
        stateless[0].setdefault(heads[government], heads[government])
    joined = _one_administration_of_no_country(stateless, units, ctx)
    for government in sorted(heads):
        head = heads[government]
        for u, o in sorted(set(members.get(government, []))):
            if u != head and u in units and head in units and u not in joined:
                joined[u] = head
                ctx.evidence.append(
                    lx.ONE_ADMINISTRATION.format(
                        member=ctx.name(o), head=ctx.name(head), government=ctx.name(government)
                    )
                )
    return joined


def _one_administration_of_no_country(
    stateless: tuple[dict[str, str], list[tuple[str, str]]], units: list[str], ctx: Judging
) -> dict[str, str]:
    """Rule ``one_administration_of_no_country``: a cabinet member (a minister, a deputy minister, a secretary) whose
    country no article states and a head of state or government, whose country is stated or not ("President Ana
    Ruiz" or "Chilean President Ana Ruiz" / "Deputy Interior Minister Tom Lee"), may sit in one administration:
    nothing tells them apart, so the member is not counted apart from the head, with a doubt saying why. Only when
    the claim has one head (two heads are two states, or a doubt the identity steps raise)."""
    heads, members = stateless
    if len(heads) != 1:
        return {}
    head, said = next(iter(heads.items()))
    joined: dict[str, str] = {}
    for u, o in sorted(set(members)):
        if u != head and u in units and head in units and u not in joined:
            joined[u] = head
            ctx.doubts.append(
                lx.ONE_ADMINISTRATION_NO_COUNTRY.format(
                    member=ctx.name(o),
                    role=ctx.sources[o].description,
                    head=ctx.name(said),
                    head_role=ctx.sources[said].description,
                )
            )
    return joined


#: ``PRESS_AFFILIATION_PATTERN`` compiled once: a party's name written before a word saying the outlet is the party's.
_AFFILIATED = re.compile(
    PRESS_AFFILIATION_PATTERN.format(affiliations="|".join(sorted(PRESS_AFFILIATION_WORDS, key=lambda w: (-len(w), w))))
)


def _affiliated_press(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``affiliated_press``: a news organisation or channel whose own name, as the articles write it, says
    whose it is ("the Hamas-run Al-Aqsa television", "the ISIS-affiliated Amaq news agency", "the Kremlin-backed
    broadcaster") speaks for that party: where the party is another origin of the claim (one of its names is the
    name written before "-run", "-affiliated", "-backed" ..., or begins with it: "ISIS" / "ISIS militants"), the
    outlet is counted as that party, with a doubt. The outlet need not name the party in what it says (rule
    ``press_relays`` reads that). Unit -> the unit it joins."""
    del records  # what the outlet says does not matter: its name says whose it is
    sources = ctx.sources
    out: dict[str, str] = {}
    parties: list[tuple[str, list[list[str]]]] | None = None
    for u in units:
        press = sources.get(u)
        if u in ctx.joined or press is None or press.kind not in MEDIA_KINDS:
            continue
        forms = [press.name, *press.aliases, press.description or "", *ctx.links.written.get(u, [])]
        found = [m for f in dict.fromkeys(forms) if f for m in _AFFILIATED.finditer(f)]
        if not found:
            continue
        if parties is None:  # the parties' names as folded words, once per claim
            parties = [
                (v, [fold_key(n).split() for n in (party.name, *party.aliases) if n])
                for v in units
                if (party := sources.get(v)) is not None and party.kind not in MEDIA_KINDS
            ]
        for m in found:
            v = _party_of(fold_key(m.group("party")).split(), parties, u)
            if v is not None:
                out[u] = v
                ctx.doubts.append(
                    lx.AFFILIATED_PRESS.format(press=press.name, party=sources[v].name, words=m.group(0).strip())
                )
                break
    return out


def _party_of(written: list[str], parties: list[tuple[str, list[list[str]]]], press: str) -> str | None:
    """The first party (``_affiliated_press``) one of whose names is the written name, its last words ("Iranian
    Revolutionary Guards" / "Revolutionary Guards"), or begins with it ("ISIS" / "ISIS militants"), or None."""
    for v, names in parties:
        if v == press:
            continue
        for words in names:
            if words and (words == written[-len(words) :] or words[: len(written)] == written):
                return v
    return None


def _press_relays(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """A news organisation given as the origin, whose own source is unstated, reporting what another origin
    of the claim did or said (its mention names that origin: "the AP reported it involves Microsoft 365
    apps") may only be relaying it: counted as that origin, with a doubt. Unit -> the unit it joins."""
    sources, level, doubts = ctx.sources, ctx.level, ctx.doubts
    joined: dict[str, str] = {}
    # the party a text names does not depend on which press origin it is given to (a press unit is never
    # a party): found once per text, among the units one of whose names' first word is a word of the text
    first_named: dict[str, str | None] = {}
    index: tuple[dict[str, list[int]], list[int]] | None = None
    for r in records:
        text = r.cand.text  # type: ignore[attr-defined]
        for o in r.origins:  # type: ignore[attr-defined]
            u = _unit(o, sources, level)
            press = sources.get(u)
            if u in joined or press is None or press.kind not in MEDIA_KINDS:
                continue
            if text not in first_named:
                index = index or _parties_by_first_word(units, sources)
                first_named[text] = _first_party_named(text, units, index, sources)
            v = first_named[text]
            if v is not None:
                joined[u] = v
                doubts.append(lx.PRESS_RELAY.format(press=press.name, party=sources[v].name))
    return joined


def _parties_by_first_word(units: list[str], sources: dict[str, Source]) -> tuple[dict[str, list[int]], list[int]]:
    """For ``_press_relays``: the positions in ``units`` of the parties (named units not of the press) by the first
    word of each of their names, and those with a name that opens with no word character. A name found whole
    (word-bounded) in a text opens with a word of the text: its first word, a run of word characters ended by
    the name's next character or its end, stands in the text as a whole run too."""
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    for k, v in enumerate(units):
        named = sources.get(v)
        if named is None or named.kind in MEDIA_KINDS:
            continue
        for n in (named.name, *named.aliases):
            first = _WORD_RUN.match(n)
            if first is None:
                always.append(k)
            else:
                by_word.setdefault(first.group(), []).append(k)
    return by_word, always


def _first_party_named(
    text: str, units: list[str], index: tuple[dict[str, list[int]], list[int]], sources: dict[str, Source]
) -> str | None:
    """The party of ``units`` (see ``_parties_by_first_word``) that ``text`` names whole first (rule
    ``first_named_party``: "The aviation agency ordered the grounding after a panel blew out on a Coastal Air
    flight" relays the agency, not the airline), or None; of two named at one place, the longer name, then the first
    in ``units``."""
    by_word, always = index
    maybe = set(always)
    for w in set(_WORD_RUN.findall(text)):
        maybe.update(by_word.get(w, ()))
    best: tuple[int, int, int] | None = None
    for k in sorted(maybe):
        named = sources[units[k]]
        for n in (named.name, *named.aliases):
            if n not in text:  # substring first: cheap
                continue
            found = re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)
            if found is not None and (best is None or (found.start(), -len(n), k) < best):
                best = (found.start(), -len(n), k)
    return units[best[2]] if best is not None else None


def _speaking_word(word: str) -> bool:
    """A form of a verb of saying or thinking ("said", "announced", "noting", "tells")."""
    return word.lower() in SAYING_FORMS or _form_of(word, CUE_VERBS)


def _speaks_in(name: str, text: str) -> bool:
    """``text`` gives ``name`` as a speaker: a verb of saying within a few words after the name ("Ana Ruiz, in a
    briefing on Friday, said") or right before it ("..., said Ana Ruiz")."""
    if name not in text:
        return False  # the pattern below is the name itself, word-bounded
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        after = list(re.finditer(r"[\w'-]+", text[found.end() :]))[:SPEAKER_REACH]
        before = list(re.finditer(r"[\w'-]+", text[: found.start()]))[-2:]
        words = [(w, found.end()) for w in after] + [(w, 0) for w in before]
        if any(_speaking_word(w.group()) and not _word_of_a_name(text, at + w.start()) for w, at in words):
            return True
    return False


def _word_of_a_name(text: str, start: int) -> bool:
    """Rule ``capital_is_a_name``: a word written with a capital letter inside a sentence is part of a name, not
    a verb of saying ("the United States Maritime Alliance", "the International Space Station": neither "States"
    nor "Station" is the verb "state"). A capital at the opening of the text or of a sentence, or after an opening
    mark, says nothing."""
    if not text[start : start + 1].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in marks.BEFORE_A_SENTENCE


def _names_another_origin(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``names_another_origin``: an origin (other than the press, see ``_press_relays``) each of whose
    mentions itself gives another origin of the claim as the one speaking ("Administrator Ana Ruiz said the
    two divers would surface on Friday", given to "the two divers") is a misread speaker or speaks in that
    origin's words: counted as that origin, with a doubt. Naming the other without a verb of saying is not
    enough ("Tidewater ships must leave"). Unit -> the unit it joins."""
    called: dict[str, set[str]] = {}  # unit -> the names its origins go by
    texts: dict[str, list[str]] = {}  # unit -> the words of its mentions
    for r in records:
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            for sid in {o, u}:
                src = ctx.sources.get(sid)
                if src is not None:
                    called.setdefault(u, set()).update(n for n in (src.name, *src.aliases) if len(n) > 2)
            texts.setdefault(u, []).append(r.cand.text)  # type: ignore[attr-defined]
    out: dict[str, str] = {}
    # the joins do not change during this step: each unit's own unit and names once, not once per pair
    unit_of = {v: ctx.unit(v) for v in units}
    names_of = {v: sorted(called.get(v, ())) for v in units}
    every_name = sorted({n for v in units for n in names_of[v]})
    # a name found whole in a text opens with a word of it (see ``_parties_by_first_word``): names by first word
    by_first: dict[str, list[str]] = {}
    for n in every_name:
        first = _WORD_RUN.match(n)
        by_first.setdefault(first.group() if first else "", []).append(n)
    position_of: dict[str, list[int]] = {}  # name -> the positions in ``units`` of the units it names
    for k, v in enumerate(units):
        for n in names_of[v]:
            position_of.setdefault(n, []).append(k)
    for u in sorted(units, key=lambda x: (len(texts.get(x, [])), x)):
        src = ctx.sources.get(u)
        if u in ctx.joined or not texts.get(u) or (src is not None and src.kind in MEDIA_KINDS):
            continue
        # a name not whole in u's first mention cannot speak in it (``_speaks_in``): units with no other are skipped
        first_text = texts[u][0]
        words = {"", *_WORD_RUN.findall(first_text)}
        in_first = {n for w in words for n in by_first.get(w, ()) if n in first_text}
        distinct: list[str] | None = None  # u's texts, each once (wire copy repeats one text in hundreds)
        for v in [units[k] for k in sorted({k for n in in_first for k in position_of[n]})]:
            if v == u or v in out or unit_of[v] == u:
                continue
            names = names_of[v]
            if distinct is None:
                distinct = list(dict.fromkeys(texts[u]))
            if names and all(any(_speaks_in(n, t) for n in names) for t in distinct):
                out[u] = v
                ctx.doubts.append(lx.NAMES_ANOTHER_ORIGIN.format(a=ctx.name(u), b=ctx.name(v)))
                break
    return out


#: How many words after a name a verb of saying may stand and still make the name its speaker ("Ana Ruiz, in
#: a briefing on Friday, said").
SPEAKER_REACH = 8


def _pronoun_beside_a_name(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``pronoun_beside_a_name``: an origin the claim's mentions only ever write as a pronoun ("He vowed
    ...") in articles that give the same claim to another origin by name ("The army chief vowed ...") is a
    guess of the resolver: the pronoun may stand for the named one. Counted as that origin, with a doubt.
    Unit -> the unit it joins."""
    bare: dict[str, bool] = {}  # unit -> only pronouns so far
    arts: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}  # unit -> the pronouns it is written as
    for r in records:
        written = r.written  # type: ignore[attr-defined]
        pronoun = bool(written) and all(norm_key(w) in ALL_PRONOUNS for w in written)
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            bare[u] = bare.get(u, True) and pronoun
            arts.setdefault(u, set()).add(r.article)  # type: ignore[attr-defined]
            if pronoun:
                forms.setdefault(u, set()).update(norm_key(w) for w in written)
    out: dict[str, str] = {}
    for u in units:
        if not bare.get(u) or u in ctx.joined:
            continue
        beside = [
            v
            for v in units
            if v != u
            and not bare.get(v)
            and arts.get(v, set()) & arts[u]
            and _pronoun_may_stand_for(forms.get(u, set()), ctx.sources.get(v))
        ]
        if beside:
            v = max(beside, key=lambda x: (len(arts[x] & arts[u]), x))
            out[u] = v
            ctx.doubts.append(lx.PRONOUN_BESIDE_NAME.format(a=ctx.name(u), b=ctx.name(v)))
    return out


#: The kinds of source a "he" or "she" may stand for: a person, a legislator, an unnamed source, one of unknown kind.
PRONOUN_PERSON_KINDS = frozenset({SourceKind.PERSON, SourceKind.LEGISLATOR, SourceKind.ANONYMOUS, SourceKind.UNKNOWN})


def _pronoun_may_stand_for(pronouns: set[str], named: Source | None) -> bool:
    """Rule ``he_is_one_person``: "he" or "she" stands for one person, never for a government, an army or an
    organisation named beside it ("Indian authorities said ...; 'It is over,' he told reporters": "he" is no
    authority). Any other pronoun ("they", "it"), a person, an unnamed source or one of unknown kind may be."""
    if not pronouns or not pronouns <= PERSON_PRONOUNS or named is None:
        return True
    return named.kind in PRONOUN_PERSON_KINDS


def _one_passage_two_speakers(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``one_passage_two_speakers``: an origin each of whose mentions lies on the words of a mention the
    same article gives to another origin (one quoted passage read twice, with two speakers) is not shown to
    have said anything of its own: counted as the origin cited more often, with a doubt. Unit -> the unit it
    joins."""
    sources, names, links, level, joined, doubts = ctx.sources, ctx.names, ctx.links, ctx.level, ctx.joined, ctx.doubts
    # one mention (one span) giving two origins at once is a list ("NOAA and EU scientists said"), not one
    # passage read with two speakers: only another span counts
    spans: dict[str, list[tuple[str, int, int]]] = {u: [] for u in units}
    in_article: dict[str, list[tuple[int, int, str]]] = {}  # article -> its (start, end, unit): one pass each
    for r in records:
        for o in r.origins:  # type: ignore[attr-defined]
            u = _joined_unit(_unit(o, sources, level), joined)
            if u in spans:
                spans[u].append((r.article, r.cand.start, r.cand.end))  # type: ignore[attr-defined]
                in_article.setdefault(r.article, []).append((r.cand.start, r.cand.end, u))  # type: ignore[attr-defined]
    out: dict[str, str] = {}
    # the least cited first, and of those an unnamed one or a pronoun before a named one: the other is kept
    weak = {u for u in units if _pronoun_only(sources.get(u)) or _unnamed(sources.get(u))}
    for u in sorted(units, key=lambda x: (len(spans[x]), x not in weak, x)):
        if not spans[u] or u in out:
            continue
        over: dict[str, int] = {}
        for art, start, end in spans[u]:
            hit = {
                v
                for s, e, v in in_article[art]
                if v != u and v not in out and s < end and start < e and (s, e) != (start, end)
            }
            if not hit:
                break
            for v in hit:
                over[v] = over.get(v, 0) + 1
        else:
            kept = _cover(over, spans, len(spans[u]))
            if kept is not None:
                out[u] = kept
                art = spans[u][0][0]
                doubts.append(
                    lx.ONE_PASSAGE.format(
                        outlet=links.outlet_name.get(art, art),
                        a=_name(u, sources, names),
                        b=_name(kept, sources, names),
                    )
                )
    return out


#: The tail every match of ``_reports_an_account``'s pattern ends with: a possessive before an account
#: noun ("'s explanation", "' own account"). A text without one is skipped (the pattern per party name
#: costs a search per pair of origins and mention).
_ACCOUNT_TAIL = re.compile(rf"[{marks.APOSTROPHES}]s?\s+(?:\w+\s+)?(?:{'|'.join(sorted(ACCOUNT_NOUNS))})(?!\w)")


def _reports_an_account(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``reports_an_account``: an origin whose mention reports another origin's own account of its case
    ("the agency accepted Dana Osei's explanation that the lid was faulty") relays that origin, it does not
    confirm it: counted as that origin, with a doubt. Unit -> the unit it joins."""
    sources, level, joined, doubts = ctx.sources, ctx.level, ctx.joined, ctx.doubts
    nouns = "|".join(sorted(ACCOUNT_NOUNS))
    out: dict[str, str] = {}
    for r in records:
        text = r.cand.text  # type: ignore[attr-defined]
        if _ACCOUNT_TAIL.search(text) is None:
            continue  # no "'s explanation" anywhere in the text: no name can precede one
        for o in r.origins:  # type: ignore[attr-defined]
            u = _joined_unit(_unit(o, sources, level), joined)
            reporter = sources.get(u)
            if u in out or reporter is None:
                continue
            for v in units:
                party = sources.get(v)
                if v == u or party is None or _joined_unit(v, joined) == u:
                    continue
                names = {_POSSESSIVE.sub("", n) for n in (party.name, *party.aliases) if n}
                ap = marks.APOSTROPHES
                if any(
                    re.search(rf"(?<!\w){re.escape(n)}[{ap}]s?\s+(?:\w+\s+)?(?:{nouns})(?!\w)", text)
                    for n in names
                    if n
                ):
                    out[u] = v
                    doubts.append(lx.REPORTS_ACCOUNT.format(reporter=reporter.name, party=party.name))
                    break
    return out


@lru_cache(maxsize=1 << 12)  # one pattern per party name, not one per pair of origins and text
def _undertaking_pattern(name: str) -> re.Pattern[str]:
    """``UNDERTAKING_PATTERN`` for the party named ``name`` (possessive already cut), compiled."""
    words = "|".join(sorted(UNDERTAKING_WORDS))
    return re.compile(UNDERTAKING_PATTERN.format(party=re.escape(name), undertakings=words))


#: A word of undertaking after a space, as every match of ``UNDERTAKING_PATTERN`` has one: a text without it gives no
#: party as undertaking anything, and is not searched once per party.
_UNDERTAKING_WORD = re.compile(rf"\s(?:{'|'.join(sorted(UNDERTAKING_WORDS))})(?!\w)")


def _undertaking_of(text: str, party: Source) -> str | None:
    """The words by which ``text`` gives ``party`` as undertaking what follows ("Brennan Motors will repair"), or
    None."""
    if _UNDERTAKING_WORD.search(text) is None:
        return None
    for n in (party.name, *party.aliases):
        n = _POSSESSIVE.sub("", n) if n else n
        if n and n in text and (m := _undertaking_pattern(n).search(text)) is not None:
            return m.group(0)
    return None


def _undertaken_in_every(texts: Sequence[str], party: Source) -> str | None:
    """The words of the first of ``texts`` giving ``party`` as undertaking what follows, when every one of them does
    (``_undertaking_of``); else None, as soon as one does not."""
    first = None
    for t in texts:
        found = _undertaking_of(t, party)
        if found is None:
            return None
        first = first or found
    return first


def _reports_an_undertaking(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``reports_an_undertaking``: an origin every mention of which gives another origin of the claim as
    undertaking what it states ("the Road Safety Agency said Brennan Motors will repair the pedals at no charge",
    beside Brennan Motors saying it will) tells what only that party can undertake: it relays the party, it does not
    confirm it; counted as that origin, with a doubt. Unit -> the unit it joins.

    Each origin's distinct texts are read once (wire copy repeats one text in hundreds of mentions), and an origin
    one of whose texts has no word of undertaking at all (``_UNDERTAKING_WORD``) is not tested against each party:
    every text must give the party as undertaking, and that text gives nobody."""
    sources, level, joined = ctx.sources, ctx.level, ctx.joined
    texts: dict[str, list[str]] = {}
    for r in records:
        for o in r.origins:  # type: ignore[attr-defined]
            texts.setdefault(_joined_unit(_unit(o, sources, level), joined), []).append(r.cand.text)  # type: ignore[attr-defined]
    out: dict[str, str] = {}
    for u in units:
        reporter = sources.get(u)
        if reporter is None or not texts.get(u):
            continue
        mine = list(dict.fromkeys(texts[u]))
        if any(_UNDERTAKING_WORD.search(t) is None for t in mine):
            continue
        for v in units:
            party = sources.get(v)
            if v == u or party is None or _joined_unit(v, joined) == u or not texts.get(v):
                continue
            words = _undertaken_in_every(mine, party)
            if words is not None:
                out[u] = v
                ctx.doubts.append(lx.REPORTS_UNDERTAKING.format(reporter=reporter.name, party=party.name, words=words))
                break
    return out


def _listed_once(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """An origin named only once, in a list of several origins given for one statement ("Utah and Wyoming
    reported four illnesses", "Acme Corp., Birch Air and the stock exchange reported issues") is not shown
    to have made the statement on its own: the outlet summed up several parties in one breath. It counts
    with the most cited origin of that list. Unit -> the unit it joins."""
    sources, names, level, joined, doubts = ctx.sources, ctx.names, ctx.level, ctx.joined, ctx.doubts
    carrying: dict[str, set[tuple[str, int, int]]] = {}
    lists: list[list[str]] = []
    for r in records:
        found = sorted({_joined_unit(_unit(o, sources, level), joined) for o in r.origins})  # type: ignore[attr-defined]
        for u in found:
            carrying.setdefault(u, set()).add((r.article, r.cand.start, r.cand.end))  # type: ignore[attr-defined]
        if len(found) >= 2:
            lists.append(found)
    out: dict[str, str] = {}
    for found in lists:
        head = min(found, key=lambda u: (-len(carrying[u]), u))
        for u in found:
            if u != head and u not in out and len(carrying[u]) == 1 and u in units:
                out[u] = head
                doubts.append(lx.LISTED_ONCE.format(name=_name(u, sources, names), head=_name(head, sources, names)))
    return out


#: The steps of a claim's assessment that count one origin as another, in order: the first join of a unit wins.
JOIN_STEPS = (
    _one_administration,
    _affiliated_press,
    _press_relays,
    _names_another_origin,
    _pronoun_beside_a_name,
    _one_passage_two_speakers,
    _one_passage_in_two_articles,
    _one_quotation_one_author,
    _reports_an_account,
    _reports_an_undertaking,
    _listed_once,
)
