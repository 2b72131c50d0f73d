"""Finding what a phrase points back at: the finders the sieves ask, each over the article's
:class:`~attribution.resolve.state.ResolveState`.

A finder returns the index of a source in the article's table, or ``None``. Some enter a name the text gave
in passing and no phrase made a source yet ("Kim visited Seoul. He said ..."): such a name joins the table
under the sieve that asked (``SourceTable.rule``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..extraction.types import SourceMention
from ..kinds import SourceKind
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from ..lang.en.identity import HEAD_OF_STATE_ROLES
from ..lang.en.pronouns import GROUP_POSSESSIVES, PERSON_POSSESSIVES
from .local import LocalSource, pronoun_gender
from .mention import MAX_NAME_WORDS, Info, W, is_acronym, org_named, role_of_body
from .normalize import norm_key
from .state import ResolveState
from .text import (
    BODY_ENTITY_LABELS,
    CREDIT_KINDS,
    PLACE_LABELS,
    body_word_sets,
    definite_issued_text,
    inside,
    leader_appositions,
    of_complement,
    place_like,
    text_issuer_token,
    words_of,
)


def group_class(src: LocalSource) -> str | None:
    """ "person" for an unnamed source named "people familiar with the matter" or "a person", "source" for
    "two sources"; None for any other source."""
    if src.kind != SourceKind.ANONYMOUS:
        return None
    for w in norm_key(src.name).split()[:4]:
        if w in lx.KNOWING_PEOPLE_HEADS:
            return lx.KNOWING_PEOPLE_HEADS[w]
    return None


def body_anaphor_kinds(info: Info) -> frozenset[str]:
    """The body kinds a definite description ("the group", "the hospital group") may point back at; empty for
    pronouns and for descriptions of people ("the minister")."""
    if info.form != "anaphor" or info.head in rw.ROLE_ANAPHOR_HEADS:
        return frozenset()
    kinds = lx.ANAPHOR_KINDS.get(info.head) or (
        frozenset({info.kind}) if info.kind != SourceKind.UNKNOWN else frozenset()
    )
    return frozenset(kinds - lx.PERSON_KINDS - {"anonymous"})


def named_with(src: LocalSource, noun: str) -> bool:
    """Does one of the source's names hold the noun ("agency" in "Acme News Agency")?"""
    return any(noun in norm_key(n).split() for n in [src.name, *src.names])


def whole_government(src: LocalSource, head: str) -> bool:
    """A country standing for its government ("Kenya said"), a country's government, or a name with the head."""
    if src.country and norm_key(src.name) == norm_key(src.country):
        return True
    if src.generic_key and src.generic_key.split("|", 1)[-1].split()[-1:] == [head]:
        return True
    return any(head in norm_key(n).split() for n in [src.name, *src.names])


def _is_person(src: LocalSource) -> bool:
    return src.person or src.kind in lx.PERSON_KINDS


def _read_person(st: ResolveState, s_tok: int, e_tok: int) -> Info | None:
    """The person name at tokens ``s_tok:e_tok`` read as a person, None when it reads as no name."""
    pinfo = st.read(words_of(st.doc, st.doc.tokens[s_tok:e_tok]))
    if pinfo.form != "named":
        return None
    pinfo.person_name = True
    pinfo.kind = pinfo.kind if pinfo.kind in lx.PERSON_KINDS else "person"
    return pinfo


# -- who is speaking ------------------------------------------------------------------------------------


def speaker_of(st: ResolveState, pos: int, own: int) -> int | None:
    """The source of the attribution whose content holds ``pos``, else (inside quotes) of the paragraph's last
    attributed quote: a quote no cue introduces continues it."""
    for n, raw in enumerate(st.raws):
        if n != own and raw.source is not None and any(s <= pos < e for s, e in raw.content):
            key = (n, -1)
            if key in st.assigned:
                return st.assigned[key]
    return _quote_continued(st, pos, own) if inside(st.quotes, pos) else None


def _quote_continued(st: ResolveState, pos: int, own: int) -> int | None:
    """A quote no cue introduces continues the paragraph's last attributed quote: that quote's source."""
    best: tuple[int, int] | None = None
    for n, raw in enumerate(st.raws):
        key = (n, -1)
        if n == own or raw.source is None or key not in st.assigned:
            continue
        for s, _e in raw.content:
            if s < pos and inside(st.quotes, s) and "\n\n" not in st.doc.text[s:pos] and (best is None or s > best[0]):
                best = (s, st.assigned[key])
    return best[1] if best else None


def said_by(st: ResolveState, pos: int, idx: int) -> bool:
    """Whether ``pos`` lies in the content of an attribution already given to source ``idx``."""
    return any(
        st.assigned.get((n, -1)) == idx and any(s <= pos < e for s, e in raw.content) for n, raw in enumerate(st.raws)
    )


# -- pronouns and descriptions ----------------------------------------------------------------------------


def _adjacent(st: ResolveState, end_token: int, pronoun: int) -> bool:
    return all(t.upos == "PUNCT" for t in st.doc.tokens[end_token:pronoun]) and pronoun - end_token <= 2


def relative_antecedent(st: ResolveState, m: SourceMention) -> int | None:
    """ "police, who said ...": the phrase right before the pronoun, else the noun the parse hangs the
    relative clause on when that noun ends right before it (a source already, or read now)."""
    doc = st.doc
    for _p, idx, _hs, he, _v in reversed(st.history):
        if he <= m.start_token and _adjacent(st, he, m.start_token):
            return idx
    if not 0 <= m.head < len(doc.tokens):
        return None
    verb = doc.tokens[doc.tokens[m.head].head]
    if not verb.deprel.startswith("acl") or verb.head >= m.head or not _adjacent(st, verb.head + 1, m.start_token):
        return None
    noun = verb.head
    for _p, idx, hs, he, _v in reversed(st.history):
        if hs <= noun < he:
            return idx
    lo, _hi = doc.subtree(noun)
    rinfo = st.read(words_of(doc, doc.tokens[lo : noun + 1]))
    if rinfo.form in {"named", "collective", "anonymous"}:
        return st.link_seen(rinfo, doc.tokens[lo].start, lo, noun + 1)
    return None


def _chain_source(st: ResolveState, earlier: list[tuple[int, int]], gender: str | None) -> int | None:
    """The source of the latest earlier mention of a coreference chain that is a source already."""
    for s, e in sorted(earlier, reverse=True):
        for _p, idx, hs, he, _v in reversed(st.history):
            if hs < e and s < he and not st.sources[idx].gender_conflicts(gender):
                return idx
    return None


def _coref_antecedent(st: ResolveState, m: SourceMention, gender: str | None) -> int | None:
    """The engine's coreference chain, when there is one: the latest earlier mention that is a source, else
    the chain's representative read as a name."""
    doc = st.doc
    for chain in doc.coref:
        spans = chain.mentions
        if not any(s <= m.start_token < e for s, e in spans):
            continue
        found = _chain_source(st, [sp for sp in spans if sp[1] <= m.start_token], gender)
        if found is not None:
            return found
        rep = spans[chain.representative] if 0 <= chain.representative < len(spans) else None
        if rep and rep[1] <= m.start_token:
            rinfo = st.read(words_of(doc, doc.tokens[rep[0] : rep[1]]))
            if rinfo.form in {"named", "collective"}:
                return st.table.link(rinfo, doc.tokens[rep[0]].start)
    return None


def _role_antecedent(st: ResolveState, word: str, pos: int) -> int | None:
    """ "the governor said": the latest person given that role ("Nakuru Governor X", "a rescue worker")."""
    for _p, idx, src in st.before(pos):
        if not (_is_person(src) or src.kind == SourceKind.ANONYMOUS):
            continue
        roles = [*src.descriptions, src.name] if src.kind == SourceKind.ANONYMOUS else src.descriptions
        if any(word in norm_key(d).split() for d in roles):
            return idx
    return None


def _anaphor_kinds(info: Info) -> frozenset[str] | None:
    """The kinds of source a description may point back at ("the agency": agencies), None for a pronoun."""
    if info.form != "anaphor":
        return None
    kinds = lx.ANAPHOR_KINDS.get(info.head)
    if kinds is None and info.kind != SourceKind.UNKNOWN:
        kinds = frozenset({info.kind})
    return kinds


def _body_description_antecedent(st: ResolveState, info: Info, m: SourceMention, kinds: frozenset[str]) -> int | None:
    """ "the automaker", "the agency reported" after a news agency and a transport authority: a company named
    before, else the body whose own name holds the noun ("Acme News Agency"), else one the text named so
    before in passing."""
    word = info.head
    if word in lx.COMPANY_NOUNS - {"group"}:
        found = company_antecedent(st, m, kinds)
        if found is not None:
            return found
    if word in rw.ROLE_ANAPHOR_HEADS:
        return None
    for _p, idx, src in st.before(m.start):
        if src.kind in kinds and not src.person and named_with(src, word):
            return idx
    if word not in lx.WHOLE_GOVERNMENT_HEADS:
        return text_antecedent(st, info, m, frozenset(kinds - lx.PERSON_KINDS - {"anonymous"}), exact=True)
    return None


def _pronoun_fits(word: str, src: LocalSource, voiced: bool, gender: str | None) -> bool:
    """May the pronoun point back at ``src``? "he" a person (or an unnamed one, or a body a person spoke for),
    "it" no person and no group, "they" no person; "he" never a person the article calls "she"."""
    if word in lx.PERSON_PRONOUNS and not (
        _is_person(src) or voiced or (src.kind == SourceKind.ANONYMOUS and not src.plural)
    ):
        return False
    if word in lx.THING_PRONOUNS and (_is_person(src) or src.plural):
        return False
    if word in lx.PLURAL_PRONOUNS and _is_person(src):
        return False
    return word not in lx.SPEAKER_PRONOUNS and not src.gender_conflicts(gender)


def _fits(info: Info, src: LocalSource, voiced: bool, kinds: frozenset[str] | None, gender: str | None) -> bool:
    """May the pronoun or description ``info`` point back at ``src``?"""
    word = info.head
    if info.form == "pronoun":
        return _pronoun_fits(word, src, voiced, gender)
    if kinds is None or src.kind not in kinds:
        return False
    # "the government" is not the police or a ministry named before
    return not (word in lx.WHOLE_GOVERNMENT_HEADS and not whole_government(src, word))


def _latest_fitting(
    st: ResolveState, info: Info, pos: int, kinds: frozenset[str] | None, gender: str | None
) -> tuple[int, int] | None:
    """(position, index) of the latest source before ``pos`` the phrase may point back at."""
    for p, idx, _s, _e, voiced in reversed(st.history):
        if p < pos and _fits(info, st.sources[idx], voiced, kinds, gender):
            return p, idx
    return None


def _person_named_nearby(st: ResolveState, pos: int, gender: str | None, best: tuple[int, int] | None) -> int | None:
    """ "he said" after a person named again or named just before but not yet a source ("Kim visited Seoul.
    He said ..."); the latest fitting source ``best`` otherwise."""
    again = known_person_named(st, pos, gender)
    if again is not None and (best is None or again[0] > best[0]):
        best = again  # "Roe also closed schools, she said": the person named again, whatever the tagger
    k = bisect.bisect_right(st.persons, (pos, -1, -1, -1)) - 1
    if k >= 0 and best is not None and said_by(st, st.persons[k][1], best[1]):
        k = -1  # "Lee said the samples were Vibrio X. He said ...": a name inside Lee's words is not "he"
    if k >= 0 and (best is None or st.persons[k][1] > best[0]):
        found = _person_named_before(st, st.persons[k], gender)
        if found is not None:
            return found
    return best[1] if best else None


def _person_named_before(st: ResolveState, person: tuple[int, int, int, int], gender: str | None) -> int | None:
    """The person named just before, entered as a source; None when the name reads as none or the article
    calls that person by the other gender."""
    _end, start, s_tok, e_tok = person
    pinfo = st.read(words_of(st.doc, st.doc.tokens[s_tok:e_tok]))
    if pinfo.form != "named":
        return None
    pinfo.person_name = True
    if pinfo.kind == SourceKind.UNKNOWN:
        pinfo.kind = "person"
    if _named_gender_conflicts(st, pinfo, gender):
        return None
    return st.link_seen(pinfo, start, s_tok, e_tok)


def _named_gender_conflicts(st: ResolveState, pinfo: Info, gender: str | None) -> bool:
    """Does the article call the person a name reads as by the other gender: a source already told so, or a title
    before the name anywhere in the text ("She said" is not the "Mr Barnier" of the sentence before)?"""
    known = st.table.find_named(pinfo)
    if known is not None and st.sources[known].gender_conflicts(gender):
        return True
    told = st.table.text_gender(pinfo)
    return bool(gender) and bool(told) and told != gender


def _pronoun_specific(st: ResolveState, info: Info, m: SourceMention, own: int) -> tuple[bool, int | None]:
    """The pronoun readings that settle the phrase before the latest fitting source is looked for:
    (settled, source). A relative pronoun is settled either way."""
    word = info.head
    if word in lx.RELATIVE_PRONOUNS:
        return True, relative_antecedent(st, m)
    if word in lx.SPEAKER_PRONOUNS:
        spk = speaker_of(st, m.start, own)
        if spk is not None:
            return True, spk
    if word in lx.THING_PRONOUNS:
        found = previous_subject_body(st, m, own)
        if found is not None:
            return True, found
    return False, None


#: Kinds a body's name may be given by its head word alone ("Centers" -> a research centre): a description of
#: a public body may still name it.
LOOSE_BODY_KINDS = frozenset({SourceKind.EXPERT_OR_THINK_TANK, SourceKind.UNKNOWN})
#: Lines of text a description may look back over for a loosely typed body.
LOOSE_BODY_LINES = 3


def loosely_typed_body(st: ResolveState, info: Info, m: SourceMention) -> int | None:
    """ "the agency said" after "the Centers for Disease Control and Prevention said", where no body of the
    description's kinds came before: the latest body named before, when its kind was only guessed from its
    name's head word (a research centre, unknown) and it was named within a few lines. A company stays a
    company: "the agency" after "Acme Motors said" is not Acme."""
    if info.head not in lx.PUBLIC_BODY_ANAPHORS:
        return None
    for p, idx, src in st.before(m.start):
        if src.person or src.kind in (SourceKind.PERSON, SourceKind.LEGISLATOR, SourceKind.ANONYMOUS):
            continue  # people between the body and its description ("experts" stay bodies here)
        if st.doc.text.count("\n", p, m.start) > LOOSE_BODY_LINES:
            return None
        if src.plural or src.scoped or not src.names or src.kind not in LOOSE_BODY_KINDS:
            return None  # the latest body is of a kind its description does not fit, or names no one
        return idx
    return None


def antecedent(st: ResolveState, info: Info, m: SourceMention, own: int, coref: bool = True) -> int | None:
    """The source a pronoun or definite description points back at, None when none fits."""
    pos = m.start
    gender = pronoun_gender(info.head) if info.form == "pronoun" else None
    found = _coref_antecedent(st, m, gender) if coref else None
    if found is not None:
        return found
    kinds = _anaphor_kinds(info)
    if info.form == "pronoun":
        settled, found = _pronoun_specific(st, info, m, own)
        if settled:
            return found
    elif info.form == "anaphor":
        if info.head in rw.ROLE_ANAPHOR_HEADS:
            found = _role_antecedent(st, info.head, pos)
            if found is not None:
                return found
        if kinds is not None:
            found = _body_description_antecedent(st, info, m, kinds)
            if found is not None:
                return found
    best = _latest_fitting(st, info, pos, kinds, gender)
    if best is None and info.form == "anaphor" and kinds is not None:
        loose = loosely_typed_body(st, info, m)
        if loose is not None:
            return loose
    if info.form == "pronoun" and info.head in lx.PERSON_PRONOUNS:
        return _person_named_nearby(st, pos, gender, best)
    return best[1] if best else None


#: Lines of text a person pronoun may look back over for a name the tagger called a body (``untyped_name``).
UNTYPED_NAME_LINES = 3


def untyped_name(src: LocalSource) -> bool:
    """A name the tagger alone called a body, though nothing else says so: every word capitalised and no acronym,
    no body word ("Agency", "Hospital"), no alias entry, no acronym defined for it, never cited as reporting
    ("Sheinbaum said", "Margrethe Vestager said" tagged an organisation)."""
    if src.person or src.kind in lx.PERSON_KINDS or src.scoped or src.plural or src.placeholder:
        return False
    if src.strength > lx.STRENGTH_NER or src.entry is not None or src.acronyms or src.reported:
        return False
    words = src.name.split()
    return bool(words) and all(
        w[:1].isupper() and not w.isupper() and norm_key(w) not in lx.HEAD_KINDS for w in words
    )


def untyped_name_antecedent(st: ResolveState, info: Info, pos: int) -> int | None:
    """ "she said" where no person fits, after "Sheinbaum said" that the tagger called an organisation: the
    latest source before it, within a few lines, that is such a name (:func:`untyped_name`) and that the article
    does not call by the other gender. None otherwise, and for any phrase but a person pronoun."""
    if info.form != "pronoun" or info.head not in lx.PERSON_PRONOUNS:
        return None
    gender = pronoun_gender(info.head)
    for p, idx, src in st.before(pos):
        if st.doc.text.count("\n", p, pos) > UNTYPED_NAME_LINES:
            return None
        if untyped_name(src) and not src.gender_conflicts(gender):
            return idx
    return None


# -- names the text gave in passing -----------------------------------------------------------------------


def _lone_untagged_name(info: Info, word: str) -> bool:
    """A lone capitalised word read as a name no tagger or alias entry made a person or a body."""
    if info.form != "named" or info.person_name or info.entry is not None or info.strength > lx.STRENGTH_NER:
        return False
    return len(word.split()) == 1 and not is_acronym(word)


def surname_person(st: ResolveState, info: Info, pos: int) -> Info | None:
    """The person an article named in full before ``pos`` ("Eduardo Panganiban was at home") when a lone
    capitalised word the tagger did not call a person is that person's surname ("said Panganiban, 67");
    None when no such person, or several, were named."""
    word = info.name or ""
    if not _lone_untagged_name(info, word):
        return None
    found: dict[str, Info] = {}
    for _end, start, s_tok, e_tok in st.persons:
        if start >= pos or e_tok - s_tok < 2 or st.doc.tokens[e_tok - 1].text != word:
            continue
        pinfo = st.read(words_of(st.doc, st.doc.tokens[s_tok:e_tok]))
        if pinfo.form == "named" and pinfo.name and len(pinfo.name.split()) > 1:
            pinfo.person_name = True
            pinfo.kind = "person" if pinfo.kind == SourceKind.UNKNOWN else pinfo.kind
            pinfo.surface = info.surface
            found.setdefault(norm_key(pinfo.name), pinfo)
    return next(iter(found.values())) if len(found) == 1 else None


def known_person_named(st: ResolveState, pos: int, gender: str | None) -> tuple[int, int] | None:
    """(position, source) of the latest name before ``pos`` outside quotes, tagged a body or a place, that
    names a person source of the article (the tagger reads a surname alone as an organisation)."""
    doc = st.doc
    for e in reversed(doc.entities):
        if e.end > pos or e.label == "PERSON" or e.label not in BODY_ENTITY_LABELS | PLACE_LABELS:
            continue
        if inside(st.quotes, e.start) or e.end_token - e.start_token > MAX_NAME_WORDS:
            continue
        einfo = st.read(words_of(doc, doc.tokens[e.start_token : e.end_token]))
        if einfo.form != "named":
            continue
        einfo.person_name = True
        known = st.table.find_named(einfo)
        if known is None:
            subject = doc.tokens[e.start_token].deprel.startswith("nsubj")  # "Holtman confirmed", not "of Holtman"
            words = e.end_token - e.start_token
            named = _surname_of_person_named(st, e.start, words, doc.text[e.start : e.end]) if subject else None
            found = _person_named_before(st, named, gender) if named is not None else None
            if found is not None:
                return e.start, found
            continue
        src = st.sources[known]
        if _is_person(src) and not src.gender_conflicts(gender):
            return e.start, known
    return None


def _surname_of_person_named(st: ResolveState, pos: int, words: int, text: str) -> tuple[int, int, int, int] | None:
    """ "Sam Altman ... Altman confirmed the news. “...,” he wrote": the person named in full before ``pos`` whose
    last word is the one word ``text`` the tagger called a body or a place, the subject of its clause (a step of the
    ``antecedent`` sieve); None when the name is longer than one word or no person named before ends with it."""
    if words != 1:
        return None
    doc = st.doc
    for person in reversed(st.persons):
        end, start, s_tok, e_tok = person
        if end > pos or e_tok - s_tok < 2:
            continue
        if doc.tokens[e_tok - 1].text == text:
            return person
    return None


def company_antecedent(st: ResolveState, m: SourceMention, kinds: frozenset[str]) -> int | None:
    """ "the automaker": the latest source or name before the phrase that is a company's ("Brennan Motors
    Co.", or its short name "Brennan"), None when the text named no company before it."""
    for _p, idx, src in st.before(m.start):
        if src.kind in kinds and any(st.table.key(n) in st.company_keys for n in src.names):
            return idx
    for e, toks in reversed(st.companies):
        if e.end_token > m.start_token:
            continue
        cinfo = st.read(words_of(st.doc, toks))
        if cinfo.form != "named" or cinfo.kind not in kinds:
            continue
        if toks[0].text not in cinfo.names:
            cinfo.names = [*cinfo.names, toks[0].text]  # "Brennan said" later is the same company
        return st.link_seen(cinfo, e.start, toks[0].i, toks[-1].i + 1)
    return None


def _entity_phrase(st: ResolveState, e_start: int, e_end: int, before: int) -> tuple[int, int]:
    """The tokens of an entity's phrase: its name without a determiner, with up to three common nouns after
    it ("Acme" + "hospital group"), unless one names a site ("the Acme chemical plant")."""
    toks = st.doc.tokens
    hi = e_end
    while hi < before and hi - e_end < 3 and toks[hi].upos == "NOUN":
        if toks[hi].text.lower() in lx.FACILITY_NOUNS:
            hi = e_end  # "the Acme chemical plant": a site of the company named, not a body
            break
        hi += 1
    lo = e_start + (toks[e_start].text.lower() in lx.DEFINITE_DETS)
    return lo, hi


def _body_read_fits(info: Info, found: Info, kinds: frozenset[str], words: list[W], label: str) -> bool:
    """Is the name read from the text a body of a kind the description fits?"""
    if found.form != "named" or found.person_name or found.kind not in kinds:
        return False
    if info.head in lx.WHOLE_GOVERNMENT_HEADS:
        body = LocalSource(found.name or "", found.kind, names=found.names, country=found.country)
        if not whole_government(body, info.head):
            return False  # "the city government" is not the fire bureau named before
    if found.entry is None and found.kind == SourceKind.ORGANIZATION and not (found.description or len(words) > 1):
        return org_named([w.text for w in words]) or label == "ORG"
    return True


def _body_entities(st: ResolveState, m: SourceMention) -> Iterator[tuple[int, int, int, bool, str]]:
    """(start char, lo, hi, extended, label) of every entity phrase before ``m`` that may name a body, latest first."""
    doc = st.doc
    for e in reversed(doc.entities):
        if e.start_token >= m.start_token or e.end_token > m.start_token:
            continue
        lo, hi = _entity_phrase(st, e.start_token, e.end_token, m.start_token)
        if lo >= hi or not any(t.upos == "PROPN" for t in doc.tokens[lo : e.end_token]):
            continue  # "Clinics" tagged a body at a sentence start is a common noun
        extended = hi > e.end_token
        # a place's name before a body's nouns names the body ("the Aldermoor hospital group")
        if e.label not in BODY_ENTITY_LABELS and not (extended and e.label in PLACE_LABELS):
            continue
        yield e.start, lo, hi, extended, e.label


def _in_own_sentence(st: ResolveState, tok: int, m: SourceMention) -> bool:
    """Does token ``tok`` lie in the sentence of the source phrase ``m``?"""
    toks = st.doc.tokens
    return 0 <= m.start_token < len(toks) and toks[tok].sent == toks[m.start_token].sent


def text_antecedent(st: ResolveState, info: Info, m: SourceMention, kinds: frozenset[str], exact: bool) -> int | None:
    """A body the article named before in a phrase that is no source: "the Acme hospital group" (or, with
    ``exact``, only one whose words hold the description's: "the hospital group" -> "the Acme hospital
    group"), the latest of a kind the description fits. Without ``exact`` the name lies outside the
    description's own sentence (``loose_name_outside_own_words``)."""
    doc = st.doc
    want = set(norm_key(info.name or info.surface).split())
    for start, lo, hi, extended, label in _body_entities(st, m):
        words = words_of(doc, doc.tokens[lo:hi])
        if exact and not want <= set(norm_key(" ".join(w.text for w in words)).split()):
            continue
        if not exact and _in_own_sentence(st, lo, m):
            continue  # rule ``loose_name_outside_own_words``: "picket lines went up along the Gulf Coast, the
            # union said": a name in the speaker's own sentence that does not hold the description's words
            # is what they speak of, not who they are
        if not extended and place_like(doc, st.db, lo, hi):
            continue
        found = st.read(words)
        if not _body_read_fits(info, found, kinds, words, label):
            continue
        return st.link_seen(found, start, lo, hi)
    return None


def latest_group(st: ResolveState, group: str, pos: int) -> int | None:
    """The latest unnamed source before ``pos`` whose head is of the ``group`` class ("person", "source")."""
    for _p, idx, src in st.before(pos):
        if group_class(src) == group:
            return idx
    return None


def reporting_body(st: ResolveState, pos: int) -> int | None:
    """The latest outlet, or body cited as reporting, before ``pos`` (never a person, never the outlet's own)."""
    for _p, idx, src in st.before(pos):
        if idx == st.result.outlet or _is_person(src) or src.scoped:
            continue
        if idx in st.reporters or src.kind in CREDIT_KINDS:
            return idx
    return None


def partitive_group(st: ResolveState, info: Info, pos: int) -> int | None:
    """'One of them said' after 'two people familiar with ...': the latest plural unnamed source."""
    if not rw.PARTITIVE_PRONOUN_RE.match(" ".join(info.surface.lower().split())):
        return None
    for _p, idx, src in st.before(pos):
        if src.kind == SourceKind.ANONYMOUS and src.plural:
            return idx
    return None


def whose_antecedent(st: ResolveState, words: list[W], m: SourceMention) -> int | None:
    """'Jo Lee, whose ...': the person or body named right before the relative 'whose'."""
    if not words or words[0].text.lower() != rw.POSSESSIVE_RELATIVE:
        return None
    doc = st.doc
    end = m.start_token - (m.start_token > 0 and doc.tokens[m.start_token - 1].text == ",")
    for _p, idx, _hs, he, _v in reversed(st.history):
        if he == end:
            return idx
    for _end, e_start, s_tok, e_tok in st.persons:
        if e_tok == end:
            pinfo = _read_person(st, s_tok, e_tok)
            if pinfo is not None:
                return st.link_seen(pinfo, e_start, s_tok, e_tok)
    return None


def sentence_subject_person(st: ResolveState, m: SourceMention, gender: str | None) -> int | None:
    """The person named as a subject earlier in the sentence of ``m``, before it ("Governor Jo Lee has
    ordered an audit, her office said"), None when the sentence names no such person or the article
    calls that person by the other gender."""
    doc = st.doc
    if not doc.sentences or m.start_token >= len(doc.tokens):
        return None
    sent = doc.sentences[doc.tokens[m.start_token].sent]
    for _end, e_start, s_tok, e_tok in sorted(st.persons, key=lambda x: x[2]):
        if s_tok < sent.start_token or e_tok > m.start_token:
            continue
        toks = doc.tokens[s_tok:e_tok]
        if not any(t.deprel.startswith("nsubj") and not s_tok <= t.head < e_tok for t in toks):
            continue
        pinfo = _read_person(st, s_tok, e_tok)
        if pinfo is None or _named_gender_conflicts(st, pinfo, gender):
            continue
        return st.link_seen(pinfo, e_start, s_tok, e_tok)
    return None


def memo_clause_subject(st: ResolveState, m: SourceMention, gender: str | None) -> int | None:
    """ "Ana Ruiz was proud ..., according to a memo she sent": the person named as the subject of the clause that
    the memo whose writer ``m`` is (pronoun <- writing verb <- memo <- clause) is cited for; None when that subject
    is no person the tagger names, or the article gives that person the other gender."""
    doc = st.doc
    k = m.head
    for _ in range(3):  # the writing verb, the memo, the clause the memo is cited for
        if not 0 <= k < len(doc.tokens) or doc.tokens[k].head == k:
            return None
        k = doc.tokens[k].head
    subj = next((c.i for c in doc.children(k) if c.deprel.startswith("nsubj")), None)
    if subj is None:
        return None
    for _end, e_start, s_tok, e_tok in st.persons:
        if s_tok <= subj < e_tok:
            pinfo = _read_person(st, s_tok, e_tok)
            if pinfo is None or _named_gender_conflicts(st, pinfo, gender):
                return None
            return st.link_seen(pinfo, e_start, s_tok, e_tok)
    return None


def possessed_holder(st: ResolveState, words: list[W], m: SourceMention) -> int | None:
    """'his office said', 'her aides said': the person the pronoun points back at."""
    low = [w.text.lower() for w in words]
    if len(low) != 2 or low[0] not in PERSON_POSSESSIVES or low[1] not in rw.HOLDER_BODY_HEADS:
        return None
    gender = pronoun_gender(PERSON_POSSESSIVES[low[0]])
    subject = sentence_subject_person(st, m, gender)
    if subject is not None:
        return subject  # "Mayor Jo Lee has ordered an audit, her office said": the clause's subject
    for _p, idx, src in st.before(m.start):
        if _is_person(src) and not src.gender_conflicts(gender):
            return idx  # the latest person quoted, not one merely named since ("asked Jo Lee to ...")
    return None


def work_holder(st: ResolveState, words: list[W], m: SourceMention) -> int | None:
    """ "Met Office scientists believe it will be warm. Their forecasts suggest ...": the makers of the work, when the
    latest source named before, on the same line, is one the possessive may stand for ("their" a group or a
    body, "its" a body that is no group; never a person or an unnamed source). None when the phrase is no
    possessive with a work's head, or the latest source does not fit (no looking further back)."""
    low = [w.text.lower() for w in words]
    if len(low) != 2 or low[0] not in GROUP_POSSESSIVES or low[1] not in rw.HOLDER_WORK_HEADS:
        return None
    plural = GROUP_POSSESSIVES[low[0]] in lx.PLURAL_PRONOUNS
    for p, idx, src in st.before(m.start):
        one_person = src.person or src.kind in (SourceKind.PERSON, SourceKind.LEGISLATOR)
        if "\n" in st.doc.text[p : m.start] or one_person or src.kind == SourceKind.ANONYMOUS:
            return None
        return idx if plural or not src.plural else None  # "their" a group or a body (British usage), "its" no group
    return None


def _previous_subject(st: ResolveState, m: SourceMention) -> int | None:
    """The subject token of the sentence right before ``m``'s, in the same paragraph, when ``m`` is its own
    sentence's subject; None otherwise."""
    doc = st.doc
    if not doc.sentences or not 0 <= m.start_token < len(doc.tokens):
        return None
    tok = doc.tokens[m.start_token]
    if not tok.deprel.startswith("nsubj") or tok.sent == 0:
        return None
    prev = doc.sentences[tok.sent - 1]
    if "\n\n" in doc.text[prev.end : doc.tokens[m.start_token].start]:
        return None
    roots = [i for i in range(prev.start_token, prev.end_token) if doc.tokens[i].deprel == "root"]
    return next(
        (
            i
            for i in range(prev.start_token, prev.end_token)
            if roots and doc.tokens[i].head == roots[0] and doc.tokens[i].deprel in {"nsubj", "nsubj:pass"}
        ),
        None,
    )


def _body_or_none(st: ResolveState, idx: int | None) -> int | None:
    if idx is None:
        return None
    src = st.sources[idx]
    return None if _is_person(src) or src.plural else idx


def previous_subject_body(st: ResolveState, m: SourceMention, own: int) -> int | None:
    """ "The ministry declared an outbreak on Tuesday. It said ...": the body that is the subject of the
    sentence right before, in the same paragraph, when "it" is its own sentence's subject. A body merely
    mentioned in between (an object, a clause) is not who "it" continues to speak for. None otherwise."""
    subj = _previous_subject(st, m)
    if subj is None:
        return None
    doc = st.doc
    lo, hi = doc.subtree(subj)
    hi = min(hi, subj + 1)  # the noun phrase up to its head, without a relative clause after it
    for _p, idx, hs, he, _v in reversed(st.history):
        if hs <= subj < he:
            return _body_or_none(st, idx)
    sinfo = st.read(words_of(doc, doc.tokens[lo:hi]))
    if sinfo.form == "named" and not sinfo.person_name and sinfo.kind not in lx.PERSON_KINDS | {SourceKind.UNKNOWN}:
        return st.link_seen(sinfo, doc.tokens[lo].start, lo, hi)
    if sinfo.form != "anaphor" or sinfo.head in rw.ROLE_ANAPHOR_HEADS:
        return None
    for _p, idx, src in st.before(doc.tokens[lo].start):
        if not src.person and named_with(src, sinfo.head):
            return idx  # "the board" after the "Water Board"
    first, last = doc.tokens[lo], doc.tokens[hi - 1]
    sm = SourceMention(lo, hi, subj, doc.text[first.start : last.end], first.start, last.end)
    return _body_or_none(st, antecedent(st, sinfo, sm, own, coref=False))


def described_unnamed(st: ResolveState, info: Info, pos: int) -> int | None:
    """The latest unnamed person whose description holds every word of a definite one: 'the board member'
    after 'a board member who asked not to be named', 'the official' after 'a senior official at X'."""
    want = [w for w in norm_key(info.surface).split() if w not in lx.DEFINITE_DETS]
    if not want or want[-1] not in lx.PERSON_ROLE_HEADS:
        return None
    for _p, idx, src in st.before(pos):
        if src.kind == SourceKind.ANONYMOUS and set(want) <= set(norm_key(src.name).split()):
            return idx
    return None


def text_issuer(st: ResolveState, words: list[W], m: SourceMention) -> int | None:
    """ "the statement said": whoever put out the latest statement, release or notice the text named before
    (a source quoted, or a body read from the parse); None when the latest one names no issuer."""
    doc = st.doc
    if not definite_issued_text(words) or not doc.sentences or not 0 <= m.start_token <= len(doc.tokens):
        return None
    for i in range(m.start_token - 1, -1, -1):
        tok = doc.tokens[i]
        if tok.text.lower() not in rw.ISSUED_TEXT_HEADS or tok.upos != "NOUN" or inside(st.quotes, tok.start):
            continue
        if of_complement(doc, i):
            continue  # "the release of 50,000 doses", "the announcement of a ban": an act, not a text put out
        subj = text_issuer_token(doc, i)
        if subj is None:
            return None  # the text meant is the latest one: a body named earlier would be a guess
        for _p, idx, hs, he, _v in reversed(st.history):
            if hs <= subj < he:
                return idx
        lo, hi = doc.subtree(subj)
        hi = min(hi, subj + 1)
        sinfo = st.read(words_of(doc, doc.tokens[lo:hi]))
        if sinfo.form != "named":
            return None
        return st.link_seen(sinfo, doc.tokens[lo].start, lo, hi)
    return None


# -- leaders of bodies ------------------------------------------------------------------------------------


def leader_holders(st: ResolveState) -> list[tuple[int, list[W], str, list[set[str]]]]:
    """(start token, name words, office, body word sets) of every person the article gives an office at."""
    if st.leaders is None:
        st.leaders = []
        for tok, name, phrase in leader_appositions(st.doc, st.quotes):
            got = role_of_body(phrase)
            if got is None:
                continue
            body = st.read(got[1])
            st.leaders.append((tok, name, got[0], body_word_sets(body, got[1])))
    return st.leaders


#: Kinds of a body a description may name by a noun its name holds ("the palace": "Buckingham Palace").
NAMED_BODY_KINDS = frozenset(
    {
        SourceKind.GOVERNMENT,
        SourceKind.MILITARY,
        SourceKind.INTELLIGENCE_AGENCY,
        SourceKind.MEDIA_OUTLET,
        SourceKind.WIRE_AGENCY,
        SourceKind.SOCIAL_PLATFORM,
        SourceKind.ORGANIZATION,
    }
)


def head_in_body_name(st: ResolveState, info: Info, m: SourceMention) -> int | None:
    """ "the palace said" after "Buckingham Palace revealed", "the hospital said" after "a spokesman for King's
    College Hospital": a description whose head noun tells no kind of body (no ``ANAPHOR_KINDS`` entry, no role)
    points back at the latest body quoted before whose own name holds every word of it. None for any other
    phrase, or when no such body was quoted (a name given in passing may be a place: "outside the Port of X")."""
    if info.form != "anaphor" or _anaphor_kinds(info) is not None or info.head in rw.ROLE_ANAPHOR_HEADS:
        return None
    want = {w for w in norm_key(info.surface).split() if w not in lx.DEFINITE_DETS}
    if not want or info.head not in want:
        return None
    for _p, idx, src in st.before(m.start):
        if _is_person(src) or src.scoped or src.kind not in NAMED_BODY_KINDS:
            continue
        if want <= {w for n in [src.name, *src.names] for w in norm_key(n).split()}:
            return idx
    return None


def _role_fits_titles(role: str, titles: list[str]) -> bool:
    """Does a description's role ("leader", "chancellor") fit the title words a person is given ("French
    President")? The same word, or a generic leader's word ("leader", "head") for a head of state's title."""
    low = " ".join(titles).lower().split()
    if role in low:
        return True
    if lx.LEADER_ROLES.get(role) != lx.GENERIC_LEADER_ROLE:
        return False
    text = f" {' '.join(low)} "
    return any(f" {office} " in text for office in HEAD_OF_STATE_ROLES)


def _countries_of(st: ResolveState, words: list[str]) -> set[str]:
    """The countries a run of title words names ("French", "South Korean", "U.S.")."""
    found: set[str] = set()
    for k in range(len(words)):
        for size in (1, 2):
            if k + size <= len(words) and (c := st.db.country_of(" ".join(words[k : k + size]))) is not None:
                found.add(c)
    return found


def _titles_before(st: ResolveState, s_tok: int) -> list[str]:
    """The capitalised title and country words right before a name ("French President | Emmanuel Macron")."""
    toks = st.doc.tokens
    j = s_tok
    while j > 0 and s_tok - j < MAX_NAME_WORDS and toks[j - 1].text[:1].isupper():
        word = toks[j - 1].text
        if word.lower() not in lx.TITLE_WORDS and st.db.country_of(word) is None:
            break
        j -= 1
    return [t.text for t in toks[j:s_tok]]


def country_role_antecedent(st: ResolveState, role: str, country: str, pos: int) -> int | None:
    """ "the French leader said": the latest person before ``pos`` the article gives that country and a fitting
    title, a source ("French President Emmanuel Macron said") or a name in passing ("while French President
    Emmanuel Macron searches for ..."). None when the article gives nobody both."""
    best: tuple[int, int] | None = None
    for p, idx, src in st.before(pos):
        if (src.person or src.kind in lx.PERSON_KINDS) and src.country == country:
            if _role_fits_titles(role, src.descriptions):
                best = (p, idx)
                break
    for _end, start, s_tok, e_tok in reversed(st.persons):
        if start >= pos or (best is not None and start <= best[0]):
            continue
        titles = _titles_before(st, s_tok)
        if country in _countries_of(st, titles) and _role_fits_titles(role, titles):
            found = _person_named_before(st, (_end, start, s_tok, e_tok), None)
            if found is not None:
                return found
    return best[1] if best else None
