"""Resolve's rules: how one source or intermediary phrase is read (``READINGS``), and which entry of the
article's source table it takes (``SIEVES``, asked in order; the first that answers wins).

Each rule is a plain function over the article's :class:`~attribution.resolve.state.ResolveState` and the
:class:`~attribution.resolve.state.Phrase` asked about, named, with the phrase it exists for. A sieve answers
with the index of a source, or with :data:`NARRATED` / :data:`DEFERRED`; ``None`` passes the phrase on.
Where a new phrase's behaviour goes: a new sieve here, placed before the first sieve that would otherwise
take the phrase (``tests/rules/test_resolve_rules_fire.py`` runs every rule on its example).
"""

from __future__ import annotations

from dataclasses import replace

from ..extraction.mentions import WRITTEN_BY_STEP
from ..kinds import SourceKind
from ..lang.en import independence as iw
from ..lang.en import marks
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from ..rules import RuleSet, rule
from .antecedents import (
    antecedent,
    body_anaphor_kinds,
    country_role_antecedent,
    described_unnamed,
    head_in_body_name,
    latest_group,
    leader_holders,
    memo_clause_subject,
    partitive_group,
    possessed_holder,
    pronoun_gender,
    reporting_body,
    speaker_of,
    surname_person,
    text_antecedent,
    text_issuer,
    untyped_name_antecedent,
    whose_antecedent,
    work_holder,
)
from .local import LocalSource
from .mention import (
    MAX_NAME_WORDS,
    Info,
    W,
    apposed_name,
    group_anaphor_head,
    is_member_noun,
    join_words,
    leader_roles_fit,
    past_role,
    role_of_body,
)
from .normalize import norm_key
from .state import Deferred, Phrase, ResolveState
from .text import (
    PLACE_LABELS,
    body_word_sets,
    inside,
    office_holder_role,
    place_company_description,
    same_body,
    voice_phrases,
    with_self_name,
    words_of,
)

#: A sieve's answer for the outlet's own narration ("What we know so far"): no source, no intermediary.
NARRATED = -1
#: A sieve's answer for a lede's "the group said" whose group a later paragraph names: decided at the end.
DEFERRED = -2


# -- readings: what a phrase says, before the sieves ask which source it is ---------------------------------


@rule("self_named_body", example="A ransomware gang calling itself BlackFern said it had stolen the files.")
def read_self_named(st: ResolveState, ph: Phrase) -> Info | None:
    """A body described, then named by itself: "a ransomware gang calling itself X said" is X."""
    got = with_self_name(st.reader, st.doc, ph.m, ph.info, st.table.acronyms)
    return got if got is not ph.info else None


def _name_after_comma(st: ResolveState, end: int) -> list[W]:
    """ "the chair of the panel, Jo Lee, said" where the parse hung the name elsewhere: the capitalised words
    between commas right after the phrase, [] when none."""
    toks = st.doc.tokens
    if not (end + 2 < len(toks) and toks[end].text == ","):
        return []
    j = end + 1
    while j < len(toks) and j - end <= MAX_NAME_WORDS and toks[j].text[:1].isupper():
        j += 1
    if j > end + 1 and j < len(toks) and toks[j].text in {",", "."}:
        return words_of(st.doc, toks[end + 1 : j])
    return []


def _leader_name(st: ResolveState, ph: Phrase, role: str, sets: list[set[str]], name: list[W]) -> list[W]:
    """The leader's name: the apposition's, a name after a comma the parse hung elsewhere, else the person the
    article gives that office at that body (nearest before the phrase, else the first after it)."""
    m = ph.m
    if not name:
        name = _name_after_comma(st, m.end_token)
    if not name:
        fits = [
            (tok, nm)
            for tok, nm, office, bsets in leader_holders(st)
            if leader_roles_fit(role, office) and same_body(sets, bsets)
        ]
        before = [f for f in fits if f[0] < m.start_token]
        after = [f for f in fits if f[0] >= m.end_token]
        name = before[-1][1] if before else after[0][1] if after else []
    return name


def _a_body(body: Info, body_words: list[W]) -> bool:
    """Does the leader's phrase name a body (not a person, not a country: "the leader of Kenya" is read
    elsewhere)?"""
    if body.form not in {"named", "anaphor", "collective"} or body.person_name or body.kind in lx.PERSON_KINDS:
        return False
    if body.form == "named" and all(w.ent in PLACE_LABELS for w in body_words if w.text[:1].isupper()):
        return any(w.text[:1].islower() for w in body_words)
    return True


def _a_person(st: ResolveState, pinfo: Info) -> bool:
    """Is the leader's name read a person's (no body or country the alias file knows by it)?"""
    if pinfo.form != "named" or st.db.country_of(pinfo.name):
        return False
    return pinfo.entry is None or pinfo.entry.kind in lx.PERSON_KINDS


@rule("leader_of_body", example="The head of the Acme Transport Authority said the line would reopen.")
def read_leader(st: ResolveState, ph: Phrase) -> Info | None:
    """ "the head of Acme's transport authority said": the person the article names as that body's head,
    else an unnamed person of the body; None when the phrase names no body's leader."""
    info = ph.info
    words, past = past_role(ph.words)
    got = role_of_body(words, ph.appos)
    if got is None or info.speaks_for is not None:
        return None
    role, body_words, name = got
    body = st.read(body_words)
    if not _a_body(body, body_words):
        return None
    desc = " ".join(info.surface.split()[1:]) if info.surface.split()[0].lower() in lx.DEFINITE_DETS else None
    name = _leader_name(st, ph, role, body_word_sets(body, body_words), name)
    pinfo = st.read(name) if name else None
    if pinfo is not None and _a_person(st, pinfo):
        pinfo.person_name = True
        if pinfo.kind not in lx.PERSON_KINDS:
            pinfo.kind = "person"
        pinfo.description = desc or pinfo.description
        pinfo.affiliation = None if past else pinfo.affiliation or body.name or None
        pinfo.surface = info.surface
        return pinfo
    surface = info.surface
    return Info(
        "anonymous",
        surface,
        name=surface[:1].lower() + surface[1:],
        kind="person",
        strength=lx.STRENGTH_LEXICAL,
        affiliation=None if past else body.name or None,  # "the former head of X" speaks for no body
        description=desc,
        scoped=True,
    )


def _owned_role(words: list[W]) -> list[W] | None:
    """The role words of "Acme Builders' site manager" / "Riverton's fire chief" / "Acme Inc.'s Chief Executive
    Officer": a person's role (no spokesperson's) after a named owner's possessive; None for any other phrase."""
    pos = [i for i, w in enumerate(words) if w.text in rw.POSSESSIVE_MARKS]
    if not pos or not 0 < pos[-1] < len(words) - 1:
        return None
    owner, role = words[: pos[-1]], words[pos[-1] + 1 :]
    if owner[0].text.lower() in lx.DEFINITE_DETS:
        owner = owner[1:]
    if not owner or not all(w.text[:1].isupper() or w.glue for w in owner):
        return None
    head = role[-1].text.lower()
    if head in lx.SPOKESPERSON_WORDS or head not in lx.TITLE_WORDS | lx.PERSON_ROLE_HEADS | lx.NAME_TITLE_HEADS:
        return None
    if not (all(w.text.islower() for w in role) or all(w.text[:1].isupper() for w in role)):
        return None
    return role


@rule("owned_role_with_name", example="Riverton's fire chief, Captain Dana Morel, said the blaze was contained.")
def read_owned_role_name(st: ResolveState, ph: Phrase) -> Info | None:
    """ "Halvorsen Builders' site manager, Tomas Brek, confirmed": a role a named owner holds, with a person's name
    in apposition, is that person, described by the role; the role alone names no one."""
    if ph.info.speaks_for is not None:
        return None
    words = [w for w in ph.words if w.text.strip()]
    tail = list(ph.appos or [])
    if "," in [w.text for w in words[1:]]:
        cut = next(i for i, w in enumerate(words) if i and w.text == ",")
        words, tail = words[:cut], [*words[cut + 1 :], *tail]
    if _owned_role(words) is None:
        return None
    name = apposed_name(tail) or _name_after_comma(st, ph.m.end_token)
    pinfo = st.read(name) if name else None
    if pinfo is None or not _a_person(st, pinfo):
        return None
    pinfo.person_name = True
    if pinfo.kind not in lx.PERSON_KINDS:
        pinfo.kind = "person"
    start = 1 if words[0].text.lower() in lx.DEFINITE_DETS else 0
    pinfo.description = join_words(words[start:])
    pinfo.surface = ph.info.surface
    return pinfo


@rule("place_based_company", example="The Dearborn-based automaker said it would recall the trucks.")
def read_place_company(st: ResolveState, ph: Phrase) -> Info | None:
    """ "the Dearborn-based automaker said": the company, like "the automaker", never the place."""
    company = place_company_description(st.doc, st.db, ph.m)
    return st.read(words_of(st.doc, company)) if company is not None else None


@rule(
    "report_line_outlet", example="MarketWire Group reports:\nThe Port Authority ordered all ships to leave port."
)
def read_report_line(st: ResolveState, ph: Phrase) -> Info | None:
    """ "MarketWire Group reports:" opening a line, the report's own words after the colon (a blog or an aggregator
    quoting a medium): the name is a news outlet's, whatever its words or the tagger say. Only a name read as a body
    of no known kind (no alias entry, no person, not the press already)."""
    info = ph.info
    if ph.v >= 0 or info.form != "named" or info.entry is not None or info.kind not in rw.REPORT_LINE_KINDS:
        return None
    text, (start, end) = st.doc.text, st.raws[ph.n].cue
    if text[start:end].lower() not in rw.REPORT_LINE_CUES or not text[end:].lstrip(" \t").startswith(marks.COLON):
        return None
    if text[text.rfind("\n", 0, ph.m.start) + 1 : ph.m.start].strip():
        return None  # the name does not open its line
    return replace(info, kind=SourceKind.MEDIA_OUTLET)


@rule("members_speak_for_their_body", example="ISIS militants said they had carried out the raid.")
def read_members_of_body(st: ResolveState, ph: Phrase) -> Info | None:
    """ "ISIS militants said", "an ISIS official said": a body the alias table knows, named before a noun for its
    members or unnamed voices, is that body speaking (the phrase is kept as its description), not a second source
    beside it. A state named so ("U.S. officials", "Ukrainian fighters") is a country's collective, read elsewhere;
    a body the table does not know is joined to its name across the corpus (``resolve.corpus``)."""
    if ph.info.speaks_for is not None or ph.info.form == "named" and ph.info.entry is not None:
        return None
    words = [w for w in ph.words if w.text.strip()]
    if words and words[0].text.lower() in lx.DEFINITE_DETS | lx.INDEFINITE_DETS:
        words = words[1:]
    if len(words) < 2 or not is_member_noun(words[-1].text):
        return None
    body = words[:-1]
    if not all(w.text[:1].isupper() or w.glue for w in body):
        return None
    if st.db.country_of(join_words(body)) is not None:
        return None  # a state's people: a country's collective
    got = st.read(body)
    if got.form != "named" or got.entry is None or got.person_name or got.kind in lx.PERSON_KINDS:
        return None
    got.description = join_words(words)
    got.surface = ph.info.surface
    return got


#: Applied in order, each to what the one before made of the phrase.
READINGS = RuleSet(
    "resolve.readings",
    [
        read_self_named,
        read_leader,
        read_owned_role_name,
        read_place_company,
        read_report_line,
        read_members_of_body,
    ],
)


# -- sieves: which source a phrase names ------------------------------------------------------------------


def _joined(st: ResolveState, ph: Phrase, idx: int) -> int:
    """The phrase points back at ``idx``: one more mention of it (and a pronoun tells its gender)."""
    st.refer(idx, ph.info.surface, ph.start)
    if ph.info.form == "pronoun":  # '"...," she said' after "Priya Raman"; a body's spokeswoman too
        st.sources[idx].add_gender(pronoun_gender(ph.info.head), "pronoun")
    return idx


@rule("spokesperson", example="Acme spokesperson Jan Smit said the plant was safe.")
def spokesperson(st: ResolveState, ph: Phrase) -> int | None:
    """A spokesperson's phrase: the body spoke, the person is its voice."""
    info, org = ph.info, ph.info.speaks_for
    if org is None:
        return None
    idx: int | None = None
    if org.form == "named" and not org.scoped:
        idx = st.table.link(org, ph.start)
    elif org.form == "anaphor":
        idx = antecedent(st, org, ph.m, ph.n, coref=False)
        if idx is not None:
            st.refer(idx, org.surface, ph.start)
    if idx is None:
        return None
    st.table.speak(idx, info, ph.start)
    src = st.sources[idx]
    if src.kind == SourceKind.UNKNOWN and not src.person:
        src.kind = "organization"  # "a Movisur spokesperson said": a body with a spokesperson is an organisation
    ph.voiced = bool(info.speaker)
    st.spoken.append(idx)
    return idx


@rule("own_outlet", example="Residents told the Observer that the water had risen overnight.")
def own_outlet(st: ResolveState, ph: Phrase) -> int | None:
    """The article's own outlet named in its text: "residents told the Observer"."""
    info, outlet = ph.info, st.result.outlet
    if not st.outlet_forms or outlet is None or info.form != "named" or info.person_name:
        return None
    if info.entry is not None and info.entry.name != st.sources[outlet].entry:
        return None
    if st.table.key(info.name) not in st.outlet_forms:
        return None
    return st.refer(outlet, info.surface, ph.start)


@rule("narrator", example="We understand the dam failed.")
def narrator(st: ResolveState, ph: Phrase) -> int | None:
    """ "What we know so far": the outlet's own narration, neither a new source nor an intermediary."""
    info = ph.info
    if info.form != "pronoun" or info.head not in lx.NARRATOR_PRONOUNS or inside(st.quotes, ph.m.start):
        return None
    return NARRATED if speaker_of(st, ph.m.start, ph.n) is None else None


def _thing_head(st: ResolveState, ph: Phrase) -> bool:
    """Does the phrase name a thing, a quality, a need, a time or a bare count?"""
    toks = st.doc.tokens
    m = ph.m
    if not 0 <= m.head < len(toks) or toks[m.head].upos == "PRON":
        return False
    head = toks[m.head]
    names = [toks[j] for j in range(m.start_token, m.end_token) if toks[j].upos == "PROPN"]
    count = head.text.lower() in lx.BARE_COUNT_HEADS and head.upos != "PROPN"  # not "The Harlow Hundreds"
    timed = head.ent in lx.THING_ENTITY_LABELS and all(t.ent in lx.TIME_ENTITY_LABELS for t in names)
    if count or timed:
        return not _has_of_whom(st, m.head)  # "in March", "Thousands"; not "two of the guards"
    if names:
        return False  # a name in the phrase: "the Acme cost review" may be a body's
    return head.lemma.lower() in lx.THING_HEADS or head.text.lower() in lx.THING_HEADS


def _has_of_whom(st: ResolveState, head: int) -> bool:
    """A count or date with a noun of its own ("thousands of residents", "two of the guards")."""
    toks = st.doc.tokens
    return any(t.head == head and t.deprel.startswith("nmod") and t.upos in ("NOUN", "PROPN", "PRON") for t in toks)


@rule("thing_not_speaker", example="The rider gave a sample in March, which revealed traces of a banned drug.")
def thing_not_speaker(st: ResolveState, ph: Phrase) -> int | None:
    """A "source" that names a thing, a quality, a need, a time or a bare count ("the need to rebuild,
    stating ...", "a sample in March, which revealed ...", "Thousands stormed ..."): nobody spoke through it,
    so the phrase names no source and the chain ends at the link before it (the outlet, when none)."""
    if ph.info.form in {"pronoun", "named"} and ph.info.entry is not None:
        return None
    return NARRATED if _thing_head(st, ph) else None


@rule(
    "quoted_demonstrative",
    example="\u201cThis ruling admits that our prices are fair, but says we must change,\u201d Mia Holt said.",
)
def quoted_demonstrative(st: ResolveState, ph: Phrase) -> int | None:
    """Inside a speaker's quoted words, "this decision says ..." nested under the speaker: the speaker
    characterises the document they have before them, so the phrase adds no link of its own and the speaker
    stays the origin."""
    words = ph.m.text.split()
    if ph.v != -1 or not words or words[0].lower() not in lx.DEMONSTRATIVE_DETS or len(words) < 2:
        return None
    if st.raws[ph.n].parent is None or not inside(st.quotes, ph.m.start):
        return None
    head = st.doc.tokens[ph.m.head] if 0 <= ph.m.head < len(st.doc.tokens) else None
    return NARRATED if head is not None and head.upos == "NOUN" else None


#: Relations a word of an unowned inquiry phrase may have to its head: an article, an adjective, a number.
UNOWNED_MODIFIER_DEPS = frozenset({"det", "amod", "nummod", "advmod", "compound", "punct"})


def _unowned_inquiry(st: ResolveState, ph: Phrase) -> bool:
    """Does the phrase name an inquiry (``INQUIRY_HEADS``: a review, an investigation, inspections) and nobody
    behind it: no name, no possessive, no "by X" or "of X" in the phrase?"""
    toks = st.doc.tokens
    m = ph.m
    if not 0 <= m.head < len(toks) or toks[m.head].upos != "NOUN":
        return False
    if toks[m.head].lemma.lower() not in iw.INQUIRY_HEADS:
        return False
    return all(
        toks[j].upos != "PROPN" and toks[j].deprel in UNOWNED_MODIFIER_DEPS
        for j in range(m.start_token, m.end_token)
        if j != m.head
    )


@rule(
    "nested_inquiry",
    example="The board said it had removed the chief executive after a review found he had misled it.",
)
def nested_inquiry(st: ResolveState, ph: Phrase) -> int | None:
    """ "The board said it removed him after a review found ...": an inquiry nobody is named behind, inside a
    speaker's words, is what the speaker cites as its own ground (the speaker's review), not a speaker of its
    own: the phrase adds no link and the speaker stays the origin. An inquiry with an owner ("the FAA's review",
    "a review by the FAA") or one the outlet cites itself keeps its reading."""
    if ph.v != -1 or st.raws[ph.n].parent is None or not _unowned_inquiry(st, ph):
        return None
    return NARRATED


@rule(
    "statement_issuer",
    example=(
        "The Forestry Commission said in a statement on Monday that 300 hectares had burned. "
        "Two rangers were injured, the statement said."
    ),
)
def statement_issuer(st: ResolveState, ph: Phrase) -> int | None:
    """ "..., the statement said" after "the ministry said in a statement": the ministry speaks."""
    idx = text_issuer(st, ph.words, ph.m)
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule(
    "partitive_group",
    example=(
        "Two people with knowledge of the talks told the paper a deal was close. "
        "One of them said it could be signed on Friday."
    ),
)
def partitive(st: ResolveState, ph: Phrase) -> int | None:
    """'One of them said' after 'two people familiar with ...': the same unnamed source."""
    idx = partitive_group(st, ph.info, ph.start)
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule("whose_owner", example="Councillor Ruth Okoye, whose office said the depot was unsafe, resigned on Monday.")
def whose_owner(st: ResolveState, ph: Phrase) -> int | None:
    """ "Jo Lee, whose constituency includes the depot, said": the relative's owner is the source."""
    idx = whose_antecedent(st, ph.words, ph.m)
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule("possessive_holder", example="Mayor Jo Lee has ordered an audit, her office said.")
def possessive_holder(st: ResolveState, ph: Phrase) -> int | None:
    """ "his office said": the man named before speaks through his office."""
    idx = possessed_holder(st, ph.words, ph.m)
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule(
    "possessive_work_holder",
    example="Met Office scientists believe the spring will be warm. Their study found that April will break records.",
)
def possessive_work_holder(st: ResolveState, ph: Phrase) -> int | None:
    """ "Their forecasts suggest ...": the group named just before speaks through its own work."""
    idx = work_holder(st, ph.words, ph.m)
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule("reporting_outlet", example="The Acme Bureau reported the leak. The investigative website said it had the files.")
def reporting_outlet(st: ResolveState, ph: Phrase) -> int | None:
    """ "The investigative website said" after "the Acme Bureau reported": the body cited as reporting."""
    info = ph.info
    if info.form != "anaphor" or info.head not in rw.OUTLET_NOUNS:
        return None
    idx = reporting_body(st, ph.start)
    if idx is None:
        return None
    src = st.sources[idx]
    if src.kind not in lx.ANAPHOR_KINDS.get(info.head, frozenset()) and src.strength <= lx.STRENGTH_LEXICAL:
        src.kind, src.strength = "media outlet", lx.STRENGTH_LEXICAL  # the text calls it a website
    return st.refer(idx, info.surface, ph.start)


@rule(
    "spokesperson_again",
    example="A Movisur spokesperson told reporters the fares would rise. The spokesperson said it was needed.",
)
def spokesperson_again(st: ResolveState, ph: Phrase) -> int | None:
    """ "the spokesperson said" after "a Movisur spokesperson told ...": the same body speaking again."""
    info = ph.info
    if info.form != "anaphor" or info.head not in lx.SPOKESPERSON_WORDS or not st.spoken:
        return None
    return st.refer(st.spoken[-1], info.surface, ph.start)


@rule(
    "described_unnamed",
    example=(
        "A board member who asked not to be named told the paper nobody had been warned. "
        "\u201cWe learned it from the news,\u201d the board member said."
    ),
)
def unnamed_described_again(st: ResolveState, ph: Phrase) -> int | None:
    """ "the board member said" after "a board member who asked not to be named": the same person."""
    if ph.info.form != "anaphor":
        return None
    idx = described_unnamed(st, ph.info, ph.start)
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule(
    "knowing_group",
    example=(
        "The port will close in June, according to people familiar with the matter. "
        "No buyer has been found, one of the people said."
    ),
)
def knowing_group(st: ResolveState, ph: Phrase) -> int | None:
    """ "people familiar with the matter said ... the people said ... one of the people said": one source."""
    group = group_anaphor_head(ph.info.surface)
    idx = latest_group(st, group, ph.start) if group is not None else None
    return None if idx is None else st.refer(idx, ph.info.surface, ph.start)


@rule(
    "office_holder",
    example=(
        "Governor Ana Ruiz said 300 families had left. Shops stayed shut on Monday, the governor's office announced."
    ),
)
def office_holder(st: ResolveState, ph: Phrase) -> int | None:
    """ "the mayor's office announced": the mayor named before speaks through her office."""
    if ph.info.form != "anaphor":
        return None
    role = office_holder_role(ph.words)
    if role is None:
        return None
    holder = antecedent(st, Info("anaphor", role, name=role, head=role), ph.m, ph.n, coref=False)
    return None if holder is None else st.refer(holder, ph.info.surface, ph.start)


def _country_role(st: ResolveState, ph: Phrase) -> tuple[str, str] | None:
    """(role, country) of "the French leader", "the German chancellor": a definite determiner, a country's
    name or adjective, one person role noun (``ROLE_ANAPHOR_HEADS``); None for any other phrase."""
    words = ph.words
    if len(words) < 3 or ph.info.person_name or words[0].text.lower() not in lx.DEFINITE_DETS:
        return None
    role = words[-1].text
    if not role.islower() or role not in rw.ROLE_ANAPHOR_HEADS:
        return None
    mods = words[1:-1]
    if not all(w.text[:1].isupper() for w in mods):
        return None
    country = st.db.country_of(join_words(mods))
    return None if country is None else (role, country)


@rule(
    "country_role_holder",
    example="Chilean President Ana Ruiz said the vote was a mistake. The Chilean leader said she would stay.",
)
def country_role_holder(st: ResolveState, ph: Phrase) -> int | None:
    """ "the French leader said" after "French President Emmanuel Macron" (a source or named in passing): a
    country's adjective and a person's role is a description, not a name; it is the latest person the article
    gives that country and a fitting title (``antecedents.country_role_antecedent``)."""
    got = _country_role(st, ph)
    if got is None:
        return None
    idx = country_role_antecedent(st, got[0], got[1], ph.start)
    if idx is None:
        return None
    return _joined(st, ph, idx)


@rule(
    "author_is_subject",
    example=(
        "Chief Executive Sarah Johnson was proud to lead the firm after Tom Lee left, according to a memo she sent."
    ),
)
def author_is_subject(st: ResolveState, ph: Phrase) -> int | None:
    """ "Ana Ruiz was proud ... after Tom Lee left, according to a memo she sent to staff": the pronoun that wrote the
    memo (extraction's step ``written-by``) is the person named as the subject of the clause the memo is cited for,
    not the latest person named (``antecedents.memo_clause_subject``)."""
    info = ph.info
    if info.form != "pronoun" or info.head not in lx.PERSON_PRONOUNS or ph.v != -1:
        return None
    if WRITTEN_BY_STEP not in st.raws[ph.n].steps:
        return None
    idx = memo_clause_subject(st, ph.m, pronoun_gender(info.head))
    return None if idx is None else _joined(st, ph, idx)


@rule("antecedent", example="Priya Raman runs the clinic. She said the wait was long.")
def points_back(st: ResolveState, ph: Phrase) -> int | None:
    """A pronoun or definite description: the nearest compatible source before it, or the coreference chain's."""
    if ph.info.form not in {"pronoun", "anaphor"}:
        return None
    idx = antecedent(st, ph.info, ph.m, ph.n)
    return None if idx is None else _joined(st, ph, idx)


@rule(
    "head_in_body_name",
    example="Buckingham Palace revealed on Monday that the king was ill. He was in good spirits, the palace said.",
)
def body_named_by_head(st: ResolveState, ph: Phrase) -> int | None:
    """ "the palace said" after "Buckingham Palace revealed": a description whose noun tells no kind of body is
    the latest body whose name holds its words (``antecedents.head_in_body_name``)."""
    idx = head_in_body_name(st, ph.info, ph.m)
    return None if idx is None else _joined(st, ph, idx)


@rule("untyped_name_pronoun", example="Vandermeer said the fine was final. \u201cThis is illegal,\u201d she said.")
def untyped_name_pronoun(st: ResolveState, ph: Phrase) -> int | None:
    """ "she said" after "Vandermeer said" that the tagger called an organisation, where no person fits: the
    latest such name a few lines before (``antecedents.untyped_name_antecedent``)."""
    idx = untyped_name_antecedent(st, ph.info, ph.start)
    return None if idx is None else _joined(st, ph, idx)


def _epithet(ph: Phrase) -> bool:
    """A definite description that characterises someone rather than naming an office they hold now: a role
    put in the past ("the former mayor") or two roles under one determiner ("the climate scientist and former
    mayor"). A bare office ("the judge", "the minister") is no epithet: another sieve finds its holder."""
    info, words = ph.info, ph.words
    if info.form not in {"anaphor", "named"} or info.plural or len(words) < 2 or info.person_name:
        return False
    if words[0].text.lower() not in lx.DEFINITE_DETS or not words[-1].text.islower():
        return False  # "the Tarlow and Corran Water Board" ends in a name, not a role
    low = [w.text.lower() for w in words[1:]]
    if set(low) & lx.PAST_ROLE_WORDS:
        return True
    joins = [k for k, w in enumerate(words[2:-1], start=2) if w.text.lower() in rw.ROLE_COORDINATORS]
    return any(words[k - 1].text.islower() for k in joins)  # "the climate scientist and former mayor"


@rule(
    "epithet",
    example="Maria Lopez said she would govern for all. The climate scientist and former mayor said her rivals "
    "had called her.",
)
def epithet(st: ResolveState, ph: Phrase) -> int | None:
    """ "The climate scientist and former mayor said" after "Maria Lopez said": an epithet no source fits is
    the latest named person who spoke before it in the article (a description attached to a name is the
    same person, not a second source)."""
    if not _epithet(ph):
        return None
    for _p, idx, src in st.before(ph.start):
        if not src.scoped and _may_be_person(src):
            return _joined(st, ph, idx)
    return None


def _may_be_person(src: LocalSource) -> bool:
    """A person, or a lone name the tagger called a body though no body word, alias or acronym says so
    ("Varga said" tagged an organisation)."""
    if src.person or src.kind in lx.PERSON_KINDS:
        return True
    words = src.name.split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and not words[0].isupper()
        and src.entry is None
        and not src.acronyms
        and not src.reported
        and words[0].lower() not in lx.HEAD_KINDS
    )


@rule(
    "named_in_passing",
    example="Staff of the Nakuru county government were not paid. The government said wages would be paid on Friday.",
)
def named_in_passing(st: ResolveState, ph: Phrase) -> int | None:
    """ "the government said" after "the Nakuru county government" named in passing (no source yet): a body
    whose words hold the description's, where no source fits (other descriptions found one in ``antecedent``)."""
    kinds = body_anaphor_kinds(ph.info)
    idx = text_antecedent(st, ph.info, ph.m, kinds, exact=True) if kinds else None
    return None if idx is None else _joined(st, ph, idx)


@rule(
    "lede_ahead", example="The group said it had seized the port.\n\nThe Coastal Front, an armed group, took the town."
)
def lede_ahead(st: ResolveState, ph: Phrase) -> int | None:
    """The article's first source is "the group": the lede names it in a paragraph to come."""
    kinds = body_anaphor_kinds(ph.info)
    if not kinds or any(i != st.result.display_outlet for _p, i, *_r in st.history):
        return None
    st.deferred.append(Deferred(ph, kinds))
    return DEFERRED


@rule(
    "named_before_loosely",
    example=(
        "Officials said the port was shut. "
        "Shipments of Acme Logistics were stuck on Monday. The company said the delays would end."
    ),
)
def named_before_loosely(st: ResolveState, ph: Phrase) -> int | None:
    """A description of a body whose words the earlier name does not hold: the latest body of its kind."""
    kinds = body_anaphor_kinds(ph.info)
    idx = text_antecedent(st, ph.info, ph.m, kinds, exact=False) if kinds else None
    return None if idx is None else _joined(st, ph, idx)


@rule("unresolved_reference", example="Jo Lee said the port was shut. The agency said the figures were wrong.")
def unresolved_reference(st: ResolveState, ph: Phrase) -> int | None:
    """A pronoun or description nothing fits: its own entry of this article ("unidentified (he)")."""
    info = ph.info
    if info.form == "anaphor":
        info.name = info.surface[:1].lower() + info.surface[1:]
        info.scoped = True
    elif info.form == "pronoun":
        info = Info("anonymous", info.surface, name=f"unidentified ({info.surface})", kind="unknown", scoped=True)
    else:
        return None
    return st.table.link(info, ph.start)


@rule("empty_phrase", example="\u2014, said the statement on Monday.")
def empty_phrase(st: ResolveState, ph: Phrase) -> int | None:
    """A phrase with no word a source can be read from: its own entry of this article."""
    info = ph.info
    if info.form != "empty":
        return None
    return st.table.link(
        Info("anonymous", info.surface, name=info.surface or ph.m.text, kind="unknown", scoped=True), ph.start
    )


@rule("surname_of_named_person", example="Eduardo Panganiban was at home. \u201cIt shook,\u201d said Panganiban, 67.")
def surname_of_named_person(st: ResolveState, ph: Phrase) -> int | None:
    """ "Panganiban said" after "Eduardo Panganiban": the person, whatever the tagger said."""
    full_name = surname_person(st, ph.info, ph.start)
    return None if full_name is None else st.table.link(full_name, ph.start)


@rule("source_table", example="Reuters said the ship had sunk.")
def source_table(st: ResolveState, ph: Phrase) -> int | None:
    """Any other phrase: an earlier source it names (alias, name, acronym, surname, spelling), else a new one."""
    return st.table.link(ph.info, ph.start)


#: Asked in this order for every phrase; the first that answers takes it.
SIEVES = RuleSet(
    "resolve.sieves",
    [
        spokesperson,
        own_outlet,
        narrator,
        thing_not_speaker,
        quoted_demonstrative,
        nested_inquiry,
        statement_issuer,
        partitive,
        whose_owner,
        possessive_holder,
        possessive_work_holder,
        reporting_outlet,
        spokesperson_again,
        unnamed_described_again,
        knowing_group,
        office_holder,
        country_role_holder,
        author_is_subject,
        points_back,
        body_named_by_head,
        epithet,
        named_in_passing,
        lede_ahead,
        named_before_loosely,
        untyped_name_pronoun,
        unresolved_reference,
        empty_phrase,
        surname_of_named_person,
        source_table,
    ],
)


# -- before and after the phrases -------------------------------------------------------------------------


@rule("voice_phrase", example="Acme spokesperson Jan Smit declined to comment on the report.")
def enter_voices(st: ResolveState) -> list[int]:
    """ "Acme spokesperson Jan Smit declined to comment": who speaks for whom, even where nobody is quoted."""
    covered = {t for *_x, m in st.items for t in range(m.start_token, m.end_token)}
    entered: list[int] = []
    for t_lo, t_hi in voice_phrases(st.doc):
        if any(t in covered for t in range(t_lo, t_hi)):
            continue
        vinfo = st.read(words_of(st.doc, st.doc.tokens[t_lo:t_hi]))
        org = vinfo.speaks_for
        if org is not None and org.form == "named" and not org.scoped and vinfo.speaker:
            vidx = st.table.link(org, st.doc.tokens[t_lo].start)
            st.table.speak(vidx, vinfo, st.doc.tokens[t_lo].start)
            entered.append(vidx)
    return entered


def _own_body(member: LocalSource, body: LocalSource) -> bool:
    """Is ``body`` a bare "the court" that a member of it (``member``: "Judge X") speaks as?"""
    words = norm_key(body.name).split()
    if len(words) != 1 or body.person or not (member.person or member.kind in lx.PERSON_KINDS):
        return False
    roles = {w for d in member.descriptions for w in norm_key(d).split()}
    return any(words[0] in rw.MEMBER_BODY_HEADS.get(r, frozenset()) for r in roles)


@rule("member_speaks_as_body", example="\u201cThe court finds the contract void,\u201d Judge Ana Ruiz wrote.")
def member_speaks_as_body(st: ResolveState) -> list[int]:
    """Inside a member's words, their own body named bare ("“The court finds ...,” Judge X wrote"): the member
    speaks as the body, one voice, so the inner attribution takes the member as its source (the chain does
    not pass the same voice twice). Returns the attributions it joined."""
    res = st.result
    joined: list[int] = []
    for n, parent in enumerate(res.attribution_parents):
        inner = res.attribution_sources[n]
        outer = res.attribution_sources[parent] if parent is not None else None
        if inner is None or outer is None or inner == outer:
            continue
        if _own_body(st.sources[outer], st.sources[inner]):
            res.attribution_sources[n] = outer
            res.fired.append((n, -1, "member_speaks_as_body"))
            joined.append(n)
    return joined


#: Paragraph breaks a lede's "the group said" may run ahead of the paragraph that names the group.
LEDE_PARAGRAPHS = 2


def settle_deferred(st: ResolveState, d: Deferred) -> int:
    """The lede's "the group": the first later body of a fitting kind within the next paragraphs, else one
    named before in passing, else its own entry of this article (the rest of :func:`lede_ahead`'s work)."""
    ph, kinds = d.phrase, d.kinds
    later = [
        idx
        for p, idx, *_r in st.history
        if p > ph.start
        and st.doc.text.count("\n\n", ph.start, p) <= LEDE_PARAGRAPHS
        and not st.sources[idx].scoped
        and not st.sources[idx].person
        and st.sources[idx].kind in kinds
    ]
    found = later[0] if later else text_antecedent(st, ph.info, ph.m, kinds, exact=False)
    if found is not None:
        return st.refer(found, ph.info.surface, ph.start)
    ph.info.name = ph.info.surface[:1].lower() + ph.info.surface[1:]
    ph.info.scoped = True
    return st.table.link(ph.info, ph.start)
