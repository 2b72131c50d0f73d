"""Reading one article's document for resolve: quotation regions, acronyms defined in parentheses, a
mention's words and apposition, company names, names a description gives itself, spokesperson phrases,
who put out a statement, leaders given in apposition. Pure functions of the document (and the alias file).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..doc import Document, Entity, Token
from ..extraction.types import SourceMention
from ..kinds import SourceKind
from ..lang.en import marks
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from .aliases import AliasDB, default_aliases
from .mention import (
    MAX_NAME_WORDS,
    Info,
    Reader,
    W,
    head_kind,
    is_acronym,
    words_from_string,
)
from .normalize import norm_key

#: Apposition longer than this is a clause, not a description.
MAX_APPOS_TOKENS = 25
#: Kinds of a parenthesised name that credits a report ("Kenya (AFP)") rather than defining an acronym.
CREDIT_KINDS = frozenset({SourceKind.WIRE_AGENCY, SourceKind.MEDIA_OUTLET})
#: Entity labels of places: never a person pronoun's antecedent, never an acronym's long name.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of names a description may point back at when the name was no source ("the Acme group").
BODY_ENTITY_LABELS = frozenset({"ORG", "PERSON", "FAC", "NORP"})


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character regions inside quotation marks (curly pairs, or straight quotes taken in pairs)."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    for i, c in enumerate(text):
        if c == marks.LEFT_DOUBLE and open_at is None:
            open_at = i
        elif c == marks.RIGHT_DOUBLE and open_at is not None:
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


def inside(regions: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(regions, (pos, 1 << 62)) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def words_of(doc: Document, toks: list[Token]) -> list[W]:
    """Words with parser hints; ``glue`` keeps "Seong-kweun" one word when the tokens touch in the text."""
    return [W(t.text, t.upos, t.ent, t.i, glue=n > 0 and t.start == toks[n - 1].end) for n, t in enumerate(toks)]


def company_name_tokens(doc: Document, e: Entity) -> list[Token] | None:
    """The words of an organisation or person name that is a company's full name ("Brennan Motors Co."),
    without its determiner and possessive; None for any other name."""
    if e.label not in {"ORG", "PERSON"}:
        return None
    toks = [
        t for t in doc.tokens[e.start_token : e.end_token] if t.upos != "PART" and t.text not in rw.POSSESSIVE_ENDINGS
    ]
    if toks and toks[0].text.lower() in lx.DEFINITE_DETS:
        toks = toks[1:]
    if len(toks) >= 2 and toks[0].text[:1].isupper() and all(t.text.lower() in rw.COMPANY_NAME_TAILS for t in toks[1:]):
        return toks
    return None


def _company_names(doc: Document) -> tuple[set[str], set[int]]:
    """Companies' short names ("Brennan"), and where a full name is tagged a person ("Brennan Motors": no
    personal name ends in "Motors")."""
    short: set[str] = set()
    full: set[int] = set()
    for e in doc.entities:
        toks = company_name_tokens(doc, e)
        if toks is not None:
            short.add(toks[0].text)
            if e.label == "PERSON":
                full.add(e.start_token)
    return short, full


def company_short_names(doc: Document) -> Document:
    """The document with a company's short name, tagged a person alone, tagged an organisation: "Brennan"
    after "Brennan Motors" (a company short name is the company, never a person whose name it starts)."""
    short, full = _company_names(doc)
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
        phrase = _long_name(doc, db, acr, i)
        if phrase is not None:
            table[acr] = words_of(doc, phrase)
    return table


def _name_before(doc: Document, i: int, sent_start: int) -> list[Token]:
    """The noun phrase right before the parenthesis at ``i`` ("Ministry of Health" of "... (MOH)")."""
    toks = doc.tokens
    j = i - 1
    while j >= sent_start and (
        toks[j].upos in {"PROPN", "NOUN", "ADJ"}
        or toks[j].text in rw.POSSESSIVE_ENDINGS
        or toks[j].text.lower() in rw.ACRONYM_NAME_LINKS
    ):
        j -= 1
    phrase = toks[j + 1 : i]
    while phrase and phrase[0].text.lower() in rw.ACRONYM_NAME_SKIPS:
        phrase = phrase[1:]
    return phrase


def _long_name(doc: Document, db: AliasDB, acr: str, i: int) -> list[Token] | None:
    """The long name the acronym in parentheses at ``i`` defines, None when it defines nothing."""
    toks = doc.tokens
    sent_start = doc.sentences[toks[i].sent].start_token if doc.sentences else 0
    phrase = _name_before(doc, i, sent_start)
    if not phrase:
        return None
    known = db.lookup(acr)
    if known is not None:
        # "Agence France-Presse (AFP)" defines the acronym: the words before it are the outlet's name
        for k in range(i - 1, max(sent_start, i - 8) - 1, -1):
            if db.lookup(doc.text[toks[k].start : toks[i - 1].end]) is known:
                return toks[k:i]
    if not _initials_fit(acr, phrase) and (
        (known is not None and known.kind in CREDIT_KINDS and not _defines_body(phrase))
        or _is_place(doc, db, phrase[-1:])
    ):
        return None  # "Mau Narok, Kenya (AFP)": a credit after a dateline, not a definition
    return phrase


def _place_based(middle: list[Token], k: int) -> bool:
    """ "Dearborn, Michigan-based": proper names of a place, then "based" last."""
    if k != len(middle) - 1:
        return False
    place = [t for t in middle[:k] if t.upos != "PUNCT"]
    return bool(place) and all(t.upos == "PROPN" for t in place)


def place_company_description(doc: Document, db: AliasDB, m: SourceMention) -> list[Token] | None:
    """ "The Dearborn, Michigan-based automaker" / "the Toledo carmaker": a definite description of a company
    whose place only locates it; returns the phrase's determiner and company noun ("the automaker") to read
    instead, None for any other phrase."""
    toks = doc.tokens[m.start_token : m.end_token]
    if len(toks) < 3 or toks[0].text.lower() not in lx.DEFINITE_DETS or toks[-1].text.lower() not in lx.COMPANY_NOUNS:
        return None
    middle = toks[1:-1]
    based = [k for k, t in enumerate(middle) if t.text.lower() in rw.BASED_WORDS]
    if based:
        return [toks[0], toks[-1]] if _place_based(middle, based[-1]) else None
    if not all(t.upos == "PROPN" for t in middle):
        return None
    s_tok, e_tok = middle[0].i, middle[-1].i + 1
    if any(t.ent in PLACE_LABELS for t in middle) or place_like(doc, db, s_tok, e_tok):
        return [toks[0], toks[-1]]
    return None


def mention_words(doc: Document, m: SourceMention) -> tuple[list[W], list[W] | None]:
    """The mention's words (its ``name`` when given) and an apposition the parse attaches to it."""
    ok = 0 <= m.start_token < m.end_token <= len(doc.tokens)
    words = words_of(doc, doc.tokens[m.start_token : m.end_token]) if ok else words_from_string(m.text)
    if m.name and norm_key(m.name) != norm_key(m.text):
        hints = {w.text: w for w in words}
        words = [hints.get(x.text, x) for x in words_from_string(m.name)]
        return words, None
    described = getattr(m, "description", None)  # an apposition extraction cut from the phrase
    if described:
        hints = (
            {t.text: W(t.text, t.upos, t.ent, t.i) for t in doc.tokens[m.end_token : m.end_token + 40]} if ok else {}
        )
        return words, [hints.get(x.text, x) for x in words_from_string(described)]
    appos: list[W] | None = None
    if ok and 0 <= m.head < len(doc.tokens):
        words, appos = _parsed_apposition(doc, m, words)
    if appos is None and ok:
        appos = _comma_apposition(doc, m.end_token)
    return words, appos


def _parsed_apposition(doc: Document, m: SourceMention, words: list[W]) -> tuple[list[W], list[W] | None]:
    """The apposition the parse hangs on the mention's head after it: "(NIS)" or a quoted name right after the
    phrase is part of the phrase; anything else describes it."""
    for child in doc.children(m.head):
        if child.deprel != "appos" or child.i < m.end_token:
            continue
        lo, hi = doc.subtree(child.i)
        lo = max(lo, m.end_token)
        if hi - lo > MAX_APPOS_TOKENS:
            return words, None
        extra = words_of(doc, doc.tokens[lo:hi])
        if extra and extra[0].text in {"(", marks.LEFT_DOUBLE, marks.STRAIGHT_DOUBLE}:
            return words + extra, None
        return words, [w for w in extra if w.text != ","]
    return words, None


def _naming_word(toks: list[Token], i: int, stop: int) -> int | None:
    """Where "calling itself", "known as", "called" starts after a description (", which calls ..."), None
    when no naming word follows it."""
    while i < stop and toks[i].text.lower() in rw.SELF_NAME_LEADS:
        i += 1
    if i >= stop or toks[i].text.lower() not in lx.NAMING_WORDS:
        return None
    if toks[i].text.lower() == rw.ALIAS_PARTICIPLE and not (i + 1 < stop and toks[i + 1].text.lower() == rw.ALIAS_MARK):
        return None
    return i


def self_named(doc: Document, end_token: int) -> list[W] | None:
    """The name a description gives right after it: "a ransomware gang calling itself BlackFern",
    "a group known as the Night Owls", "a firm called Acme Data" -> the name's words; None when none follows."""
    toks = doc.tokens
    sent = doc.sentences[toks[end_token - 1].sent] if doc.sentences and end_token > 0 else None
    stop = min(sent.end_token if sent else len(toks), end_token + 12)
    i = _naming_word(toks, end_token, stop)
    if i is None:
        return None
    i += 1
    while i < stop and toks[i].text.lower() in rw.SELF_NAME_FILLERS:
        i += 1
    j = i
    while j < stop and (toks[j].text[:1].isupper() or toks[j].text[:1].isdigit()) and toks[j].upos != "PUNCT":
        j += 1
    return words_of(doc, toks[i:j]) if j > i else None


def outlet_named_after(doc: Document, end_token: int) -> list[W] | None:
    """ "the investigative website the Acme Bureau": the capitalised name right after an outlet's description
    (with or without "the"); None when no name follows."""
    toks = doc.tokens
    i = end_token
    if i < len(toks) and toks[i].text.lower() == rw.DEFINITE_ARTICLE:
        i += 1
    j = i
    while j < len(toks) and j - i < MAX_NAME_WORDS and toks[j].text[:1].isupper() and toks[j].upos == "PROPN":
        j += 1
    return words_of(doc, toks[i:j]) if j > i else None


def _comma_apposition(doc: Document, end_token: int) -> list[W] | None:
    """ ", a Ukrainian military news outlet" right after the phrase, when the parser hung it elsewhere:
    a comma, then "a"/"an", up to the next comma or the sentence end."""
    toks = doc.tokens
    if (
        end_token + 1 >= len(toks)
        or toks[end_token].text != ","
        or toks[end_token + 1].text.lower() not in rw.INDEFINITE_ARTICLES
    ):
        return None
    sent = doc.sentences[toks[end_token].sent] if doc.sentences else None
    stop = sent.end_token if sent else len(toks)
    hi = end_token + 1
    while hi < stop and toks[hi].text not in {",", ";", ".", ":", "\u2014"} and hi - end_token <= MAX_APPOS_TOKENS:
        hi += 1
    if hi - end_token > MAX_APPOS_TOKENS:
        return None
    words = words_of(doc, toks[end_token + 1 : hi])
    # a description names a role or a kind of body, so its head is a noun
    return words if words and toks[hi - 1].upos in {"NOUN", "PROPN"} else None


def _name_given(doc: Document, m: SourceMention, info: Info) -> list[W] | None:
    """The name a description gives itself right after it, or an outlet's name after "the website"."""
    named = self_named(doc, m.end_token)
    last = info.surface.split()[-1:]  # a damaged phrase may have no word at all
    if not named and last and last[0].lower() in rw.OUTLET_NOUNS and m.end_token < len(doc.tokens):
        named = outlet_named_after(doc, m.end_token)
    return named


def with_self_name(reader: Reader, doc: Document, m: SourceMention, info: Info, acronyms: dict[str, list[W]]) -> Info:
    """A body described, then named by itself: "a ransomware gang calling itself X said" is X (the description
    says what X is); "the gang" and "the X ransomware gang" later are the same X."""
    if info.form not in {"anonymous", "collective", "anaphor"} or info.speaks_for is not None:
        return info
    if not 0 <= m.start_token < m.end_token <= len(doc.tokens):
        return info
    named = _name_given(doc, m, info)
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


def _name_word(tok: Token) -> bool:
    return tok.upos == "PROPN" or is_acronym(tok.text)


def _person_word(tok: Token) -> bool:
    return tok.ent == "PERSON" or (tok.upos == "PROPN" and tok.text[:1].isupper())


def voice_phrases(doc: Document) -> list[tuple[int, int]]:
    """Token spans of "<Body> spokesperson <Person>" phrases: capitalised words, a spokesperson word, a name."""
    out: list[tuple[int, int]] = []
    toks = doc.tokens
    for t in toks:
        if t.text.lower() not in lx.SPOKESPERSON_WORDS or t.i == 0 or t.i + 1 >= len(toks):
            continue
        hi = t.i + 1
        while hi < len(toks) and hi - t.i <= 4 and toks[hi].sent == t.sent and _person_word(toks[hi]):
            hi += 1
        lo = t.i
        while lo > 0 and toks[lo - 1].sent == t.sent and _name_word(toks[lo - 1]):
            lo -= 1
        if lo < t.i and hi > t.i + 1:
            out.append((lo, hi))
    return out


def definite_issued_text(words: list[W]) -> bool:
    """ "the statement", "the press release": a definite text a body put out, with nothing naming who did."""
    low = [w.text.lower() for w in words]
    return (
        len(low) >= 2
        and low[0] == "the"
        and low[-1] in rw.ISSUED_TEXT_HEADS
        and all(w in rw.ISSUED_TEXT_MODIFIERS for w in low[1:-1])
    )


def _has_case(doc: Document, i: int, preps: frozenset[str]) -> bool:
    """Whether the token at ``i`` is introduced by one of the prepositions."""
    return any(c.deprel == "case" and c.text.lower() in preps for c in doc.children(i))


def of_complement(doc: Document, noun: int) -> bool:
    """ "the release of the doses": the noun names an act done to something, not a text someone put out."""
    return any(k.deprel == "nmod" and _has_case(doc, k.i, rw.OF_PREPS) for k in doc.children(noun))


def _issuer_of_noun(doc: Document, k: Token) -> bool:
    """ "the ministry's statement", "a statement from the ministry": the noun's owner or issuer."""
    return k.deprel == "nmod:poss" or (k.deprel == "nmod" and _has_case(doc, k.i, rw.ISSUER_PREPS))


def text_issuer_token(doc: Document, noun: int) -> int | None:
    """The token of who put out the text ``noun`` heads: "the ministry's statement", "a statement from the
    ministry", "the ministry issued a statement", "the ministry said in a statement", "in a statement, the
    ministry said". None when the parse names no one."""
    owner = next((k.i for k in doc.children(noun) if _issuer_of_noun(doc, k)), None)
    if owner is not None:
        return owner
    tok = doc.tokens[noun]
    if tok.head == noun:
        return None
    verb = doc.tokens[tok.head]
    issued = tok.deprel == "obj" and verb.lemma.lower() in rw.ISSUING_VERBS  # "X issued a statement"
    said_in = tok.deprel == "obl" and _has_case(doc, noun, rw.STATEMENT_PREPS)  # "X said in a statement"
    if not (issued or said_in):
        return None
    for v in (verb, doc.tokens[verb.head]) if verb.deprel == "conj" else (verb,):
        subj = next((c.i for c in doc.children(v.i) if c.deprel == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def office_holder_role(words: list[W]) -> str | None:
    """ "the mayor's office" -> "mayor": a role word (no name) owning an office holder's body."""
    low = [w.text.lower() for w in words]
    if low and low[0] in lx.DEFINITE_DETS:
        low = low[1:]
    if (
        len(low) == 3
        and low[1] in rw.POSSESSIVE_ENDINGS
        and low[2] in rw.HOLDER_BODY_HEADS
        and low[0] in rw.ROLE_ANAPHOR_HEADS
    ):
        return low[0]
    return None


def place_like(doc: Document, db: AliasDB, s_tok: int, e_tok: int) -> bool:
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
    return _place_context(doc, db, s_tok, e_tok)


def _place_context(doc: Document, db: AliasDB, s_tok: int, e_tok: int) -> bool:
    """Words around a name that make it a place: "in"/"near" before, "the town of" before, ", <country>" after."""
    toks = doc.tokens
    if s_tok > 0 and toks[s_tok - 1].text.lower() in rw.LOCATIVE_WORDS:
        return True
    if s_tok > 1 and toks[s_tok - 1].text.lower() == rw.OF and toks[s_tok - 2].text.lower() in rw.PLACE_NOUNS:
        return True
    if _conjoined_after_a_locative_word(doc, s_tok, e_tok):
        return True
    return e_tok + 1 < len(toks) and toks[e_tok].text == "," and bool(db.country_of(toks[e_tok + 1].text))


def _conjoined_after_a_locative_word(doc: Document, s_tok: int, e_tok: int) -> bool:
    """Rule ``place_in_a_list_of_places``: a name joined by "and"/"or" to a name after "in" or "near" is a place
    too ("killed in Sogod and Tabuelan": Tabuelan, though the tagger may call it a person). Read on the parse:
    the first conjunct of the name's coordination takes a locative word as its preposition."""
    toks = doc.tokens
    sent = doc.sentences[toks[s_tok].sent]
    words = toks[sent.start_token : sent.end_token]
    for t in toks[s_tok:e_tok]:
        if t.deprel != "conj" or s_tok <= t.head < e_tok or not any(c.head == t.i and c.deprel == "cc" for c in words):
            continue  # a comma alone joins no list of places ("the court in Avignon, Roger Arata")
        k, seen = t.head, {t.i}
        while toks[k].deprel == "conj" and k not in seen and sent.start_token <= toks[k].head < sent.end_token:
            seen.add(k)
            k = toks[k].head
        if any(c.head == k and c.deprel == "case" and c.text.lower() in rw.LOCATIVE_WORDS for c in words):
            return True
    return False


#: Tokens that end a person's apposition ("X, head of the Acme board (AB), said").
_APPOS_STOPS = frozenset({",", ".", ";", ":", "(", ")", "\u2014", "\u2013"})
#: At most this many tokens in a leader's apposition read around a person's name.
MAX_LEADER_APPOS = 15


def body_word_sets(info: Info, words: list[W]) -> list[set[str]]:
    """The word sets a body phrase is known by: each name's words and the phrase's own (owner included)."""
    out = [set(norm_key(n).split()) for n in [info.name, *info.names, info.acronym or ""] if n]
    own = {norm_key(w.text) for w in words if w.text not in rw.POSSESSIVE_MARKS}
    out.append({w for w in own if w and w not in lx.DEFINITE_DETS and w != "of"})
    return [s for s in out if s]


def same_body(a: list[set[str]], b: list[set[str]]) -> bool:
    """Do two body phrases name one body? One's words are all among the other's ("Acme's transport
    authority" / "the Acme Metropolitan Transport Authority"), or both are one acronym."""
    return any(x <= y or y <= x for x in a for y in b)


def leader_appositions(doc: Document, quotes: list[tuple[int, int]]) -> list[tuple[int, list[W], list[W]]]:
    """(person start token, name words, leader phrase words) for every person the text gives an office at a body
    in apposition: "Jo Lee, head of the Acme board," / "Jo Lee, the board's chair." / "the chair of the Acme
    board, Jo Lee," / "Acme chief executive Jo Lee"."""
    toks = doc.tokens
    out: list[tuple[int, list[W], list[W]]] = []
    for e in doc.entities:
        if e.label != "PERSON" or inside(quotes, e.start):
            continue
        name = words_of(doc, toks[e.start_token : e.end_token])
        sent = doc.sentences[toks[e.start_token].sent] if doc.sentences else None
        lo_limit, hi_limit = (sent.start_token, sent.end_token) if sent else (0, len(toks))
        for phrase in (
            _office_after(doc, e.end_token, hi_limit),
            _office_before(doc, e.start_token, lo_limit),
            _office_right_before(doc, e.start_token, lo_limit),
        ):
            if phrase is not None:
                out.append((e.start_token, name, phrase))
    return out


def _office_after(doc: Document, end: int, hi_limit: int) -> list[W] | None:
    """After the name: "Jo Lee, head of the Acme board," -> "the head of the Acme board"."""
    toks = doc.tokens
    if not (end < hi_limit and toks[end].text == ","):
        return None
    hi = end + 1
    while hi < hi_limit and toks[hi].text not in _APPOS_STOPS and hi - end <= MAX_LEADER_APPOS:
        hi += 1
    phrase = words_of(doc, toks[end + 1 : hi])
    if phrase and phrase[0].text.lower() not in lx.DEFINITE_DETS:
        phrase = [W("the"), *phrase]
    return phrase


def _office_before(doc: Document, start: int, lo_limit: int) -> list[W] | None:
    """Before the name: "the chair of the Acme board, Jo Lee" -> "the chair of the Acme board"."""
    toks = doc.tokens
    if not (start - 1 > lo_limit and toks[start - 1].text == ","):
        return None
    lo = start - 1
    while lo > lo_limit and toks[lo - 1].text not in _APPOS_STOPS and start - lo <= MAX_LEADER_APPOS:
        lo -= 1
    phrase = words_of(doc, toks[lo : start - 1])
    dets = [i for i, w in enumerate(phrase) if w.text.lower() in lx.DEFINITE_DETS]
    return phrase[dets[0] :] if dets else phrase


def _office_right_before(doc: Document, start: int, lo_limit: int) -> list[W] | None:
    """Right before the name: "Acme chief executive Jo Lee" -> "Acme 's chief executive"."""
    toks = doc.tokens
    k = start
    while k > lo_limit and toks[k - 1].text.islower() and start - k < 3:
        k -= 1
    b = k
    while b > lo_limit and k - b < MAX_NAME_WORDS and (toks[b - 1].upos == "PROPN" or is_acronym(toks[b - 1].text)):
        b -= 1
    if b < k < start:
        return [*words_of(doc, toks[b:k]), W("'s"), *words_of(doc, toks[k:start])]
    return None


#: Parts of speech a machine's name may be tagged with (a name opening a sentence is often read as a noun).
MACHINE_NAME_POS = frozenset({"PROPN", "NOUN", "X"})


def machine_names(doc: Document) -> frozenset[str]:
    """The proper names (lower case, word by word) the article gives a machine or vehicle (rule
    ``machine_is_no_person``): a name with a machine noun as its apposition or beside it in one noun phrase
    ("Odysseus, the first U.S.-built spacecraft", "the Odysseus spacecraft", "Moon lander Odysseus"), or given by a
    naming verb to a machine noun ("the lander dubbed Odysseus"). The tagger may call such a name a person."""
    toks = doc.tokens
    out: set[str] = set()
    for t in toks:
        if not t.text[:1].isupper() or t.upos not in MACHINE_NAME_POS:
            continue  # a name, however tagged at a sentence's start ("Hector, the first rover ...": a noun)
        head = toks[t.head] if 0 <= t.head < len(toks) and t.head != t.i else None
        machine = head is not None and (
            t.deprel in rw.MACHINE_NAME_DEPS
            and head.lemma.lower() in rw.MACHINE_NOUNS
            or head.lemma.lower() in rw.MACHINE_NAMING_VERBS
            and 0 <= head.head < len(toks)
            and toks[head.head].lemma.lower() in rw.MACHINE_NOUNS
        )
        if not machine:
            machine = any(
                c.deprel in rw.MACHINE_NAME_DEPS and c.lemma.lower() in rw.MACHINE_NOUNS for c in doc.children(t.i)
            )
        if machine:
            out.add(t.text.lower())
    return frozenset(out)


#: Words of a person's name a title may stand before ("Mr Ari-Jussi Knaapila"): more is a place or a building
#: named after someone ("Sir M Visvesvaraya Terminal Bengaluru").
TITLED_NAME_WORDS = 3


def _titled_run(toks: list[Token], i: int) -> list[Token]:
    """The capitalised name words right after token ``i`` ("Mr" -> "Michel Barnier"), words joined by a hyphen
    counted once, stopping at a possessive's "'s", a regnal number ("Charles III") or a place's name; none when
    they run longer than a person's name."""
    run: list[Token] = []
    words = 0
    j = i + 1
    while j < len(toks):
        tok, word = toks[j], toks[j].text
        joined = bool(run) and word in marks.HYPHENS and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
        if joined:
            run.append(tok)
            j += 1
            continue
        if not (word[:1].isupper() and word.isalpha()) or tok.ent in PLACE_LABELS or (run and word.isupper()):
            break
        if run and run[-1].text not in marks.HYPHENS:
            words += 1
        if words >= TITLED_NAME_WORDS:
            return []
        run.append(tok)
        j += 1
    return run


def titled_name_genders(doc: Document) -> dict[str, str]:
    """Rule ``titled_name_gender``: the gender a title or a gendered role noun right before a name tells, wherever
    the article writes it ("Mr Barnier", "Queen Camilla", "spokeswoman Jo Lee"): normalised name -> "female" or
    "male", keyed by the whole name and by its last word. A key told both genders tells none, and so does a last
    word that ends several full names the article gives ("Gisèle Pelicot", "Dominique Pelicot": "Ms Pelicot" is
    one of them, not both)."""
    toks = doc.tokens
    told: dict[str, set[str]] = {}
    fulls: dict[str, set[str]] = {}  # last word -> the full names (two words or more) ending in it
    titles = lx.FEMALE_TITLES | lx.MALE_TITLES | lx.TITLE_WORDS
    for e in doc.entities:
        words = norm_key(e.text).split()
        while words and words[0] in titles:
            words = words[1:]  # "Mr Okafor" is one more mention of Okafor, not a second full name
        if len(words) > 1 and e.label == "PERSON":
            fulls.setdefault(words[-1], set()).add(" ".join(words))
    for i, tok in enumerate(toks):
        low = tok.text.lower()
        gender = "female" if low in lx.FEMALE_TITLES else "male" if low in lx.MALE_TITLES else None
        run = _titled_run(toks, i) if gender else []
        if not run or gender is None:
            continue
        words = norm_key(doc.text[run[0].start : run[-1].end]).split()
        if not words:
            continue
        told.setdefault(" ".join(words), set()).add(gender)
        told.setdefault(words[-1], set()).add(gender)
        if len(words) > 1:
            fulls.setdefault(words[-1], set()).add(" ".join(words))
    return {
        key: next(iter(genders))
        for key, genders in told.items()
        if len(genders) == 1 and (" " in key or len(fulls.get(key, ())) <= 1)
    }
