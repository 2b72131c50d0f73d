"""Reading one source phrase: what it names, of what kind, from which country.

A phrase ("South Korea's National Intelligence Service (NIS)", "he", "a South Korean
intelligence source", "authorities in Seoul") is read as a list of words with the
parser's hints (part of speech, entity label) when it comes from the document, or
bare words when it comes from a string (an outlet name, an extraction's ``name``).
The reading is lexical and general: determiners, possessive and demonym country
forms, parenthesised acronyms, quoted names, title words, head nouns. Known names
come from the alias DATA only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..kinds import SourceKind
from ..lang.en import marks
from ..lang.en import resolve_words as rw
from ..lang.en import sources as lx
from ..lang.en.independence import MEMBERS_OF_A_BODY
from ..lang.en.pronouns import RELATIVE_WORDS
from .aliases import AliasDB, AliasEntry
from .normalize import clean_surface


@dataclass(slots=True)
class W:
    """A word of a phrase with optional parser hints."""

    text: str
    upos: str = ""
    ent: str = ""
    tok: int = -1  # document token index, -1 for words read from a string
    glue: bool = False  # written with no space before it ("Seong" "-" "kweun")


@dataclass(slots=True)
class Info:
    """What one phrase says about its source."""

    #: "pronoun" | "anaphor" (the agency) | "named" | "collective" (country + common noun, media)
    #: | "anonymous" | "document" | "empty"
    form: str
    surface: str
    name: str = ""
    kind: str = "unknown"
    strength: int = lx.STRENGTH_DEFAULT
    country: str | None = None
    acronym: str | None = None
    description: str | None = None
    affiliation: str | None = None
    entry: AliasEntry | None = None
    head: str = ""  # lowercased head word (pronouns, anaphors)
    plural: bool = False
    scoped: bool = False  # means something only inside its article ("local media", "a source")
    person_name: bool = False
    generic_key: str | None = None  # "country|head" for a country's collective ("south korea|officials")
    names: list[str] = field(default_factory=list)  # proper-name forms seen (for aliases)
    #: the organisation a spokesperson phrase speaks for ("KRCS spokeswoman Grace Wambui" -> KRCS)
    speaks_for: Info | None = None
    speaker: str | None = None  # the spokesperson's name, when the phrase gives one
    speaker_role: str = ""  # "spokeswoman"
    #: the specific words of a body written in common nouns ("interior" of "the interior ministry"): an earlier
    #: source whose name has them all is the body meant
    modifiers: list[str] = field(default_factory=list)
    #: the reading rules that decided this reading, in order ("title_words_before_name", "person_by_title")
    read_by: list[str] = field(default_factory=list)


_WORD_RE = re.compile(rf"[{marks.APOSTROPHES}]s\b|\w+(?:(?:[.\-]|[{marks.APOSTROPHES}](?!s\b))\w+)*\.?|[^\w\s]")
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&/\-.]{1,11}")
_OPEN_QUOTES = set(marks.NAME_OPENERS)
_CLOSE_QUOTES = set(marks.NAME_CLOSERS)
#: Dashes that end a dateline ("NAKURU - Nakuru Governor ...").
_DATELINE_DASHES = {"-", "\u2013", "\u2014"}
#: Hyphens that join the parts of one word when written with no space on either side ("T-Mobile").
_WORD_HYPHENS = {"-", "\u2010", "\u2011"}
#: Punctuation a phrase's end sheds before it is read.
_TRAILING_PUNCT = {",", ".", ":", ";", "-", "\u2014", "\u2013"}
#: At most this many words in a person's name read off a longer phrase ("Marie-Claire van der Berg").
MAX_NAME_WORDS = 4


def _strip_dateline(words: list[W]) -> list[W]:
    """Drop a capitalised dateline the phrase starts with: "NAKURU - Nakuru Governor X" -> "Nakuru Governor X"."""
    for i, w in enumerate(words[:4]):
        if w.text in _DATELINE_DASHES:
            if w.text in _WORD_HYPHENS and w.glue and i + 1 < len(words) and words[i + 1].glue:
                break  # rule ``hyphen_inside_a_name``: "T-Mobile", "Al-Shabaab" are one name, not a dateline
            head = words[:i]
            if i and i + 1 < len(words) and all(x.text.isupper() or x.text == "," for x in head):
                return words[i + 1 :]
            break
    return words


def words_from_string(text: str) -> list[W]:
    out: list[W] = []
    prev_end = -1
    for m in _WORD_RE.finditer(text):
        out.append(W(m.group(0), glue=m.start() == prev_end))
        prev_end = m.end()
    return out


@lru_cache(maxsize=1 << 16)
def is_acronym(word: str) -> bool:
    """ "KRCS", "U.S.", "MoD", "RFE/RL"; not a word with two capitals among small letters ("McDonald"). Read once
    per word (the corpus's sieves ask it of the same few thousand words again and again)."""
    w = word.rstrip(".")
    upper = sum(c.isupper() for c in w)
    return bool(_ACRONYM_RE.fullmatch(w)) and upper >= 2 and upper >= sum(c.islower() for c in w) and not w.isdigit()


def join_words(words: list[W]) -> str:
    """The words as written: no space before a possessive, a comma or a closing mark."""
    return _join(words)


def _join(words: list[W]) -> str:
    out = ""
    for n, w in enumerate(words):
        if n and not (
            w.glue
            or w.text in rw.POSSESSIVE_MARKS
            or w.text in {",", ")", ".", marks.RIGHT_DOUBLE}
            or out.endswith(("(", marks.LEFT_DOUBLE))
        ):
            out += " "
        out += w.text
    return clean_surface(out)


def _is_proper(w: W, first: bool) -> bool:
    """Does the word belong to a proper name? ``first``: it starts the phrase, where a sentence's capital may
    stand on a common word ("Officials said")."""
    if not w.text[:1].isupper() and not (w.text[:1].isdigit() and w.upos == "PROPN"):
        return False
    low = w.text.lower()
    if first and low in rw.COMMON_WORDS and w.upos != "PROPN":
        return False
    if w.upos:
        return _tagged_proper(w, first, low)
    return not (first and (low in lx.DEFINITE_DETS or low in lx.INDEFINITE_DETS))


def _tagged_proper(w: W, first: bool, low: str) -> bool:
    """A capitalised word with the parser's hints: a proper noun or a named entity's, not a nationality."""
    if w.ent == "NORP" and w.upos == "ADJ":
        return False  # a nationality adjective ("Borovian") qualifies a name, it does not start one
    if w.upos == "PROPN" or w.ent in {"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "LOC"}:
        return True
    return not first and w.upos in {"NOUN", "X", "ADJ"} and low not in lx.HEAD_KINDS


def _singular(word: str) -> str:
    """ "agencies" -> "agency", "ministries" -> "ministry" when only the singular is in the lexicon."""
    if word in lx.HEAD_KINDS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in lx.HEAD_KINDS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in lx.HEAD_KINDS:
        return word[:-1]
    return word


def is_member_noun(word: str) -> bool:
    """Is ``word`` (either number) a noun for a body's members or unnamed voices ("militants", "an official",
    "authorities")? Rule ``members_speak_for_their_body`` reads it after a body's name."""
    low = word.lower()
    if not word.islower():
        return False
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-3] + "y" if low.endswith("ies") else low}
    return bool(forms & MEMBERS_OF_A_BODY)


def _names_a_person(info: Info, role: list[W]) -> bool:
    """Does the apposition's role ("the group's executive director", "executive director") make a name
    the tagger did not call a person one? A name the alias file knows keeps its entry's kind."""
    if info.form != "named" or info.person_name or info.entry is not None or not role:
        return False
    if org_named((info.name or "").split()):
        return False  # "Acme Holdings" names a company whatever the apposition says
    first = role[0].text.lower()
    if not (first in rw.DESCRIPTION_STARTS or first in lx.TITLE_WORDS or role[0].text[:1].isupper()):
        return False
    return role[-1].text.lower() in lx.APPOSITION_PERSON_HEADS


def _knowing(low: list[str], k: int) -> bool:
    """ "familiar with", "briefed on", "with knowledge of": the words after the head say what the people know."""
    after = low[k]
    return after in lx.KNOWING_QUALIFIERS or (
        after == "with" and any(w in lx.KNOWING_WITH_NOUNS for w in low[k + 1 : k + 3])
    )


def _knowing_people(words: list[W]) -> Info | None:
    """ "people familiar with the matter", "a person briefed on the talks", "two sources with knowledge of the
    deal": an unnamed source described by what it knows, named by the whole description (repeated, it is
    one source)."""
    low = [w.text.lower() for w in words]
    at = next((i for i, w in enumerate(low) if w in lx.KNOWING_PEOPLE_HEADS), None)
    if at is None or at + 2 >= len(low) or at > 2:
        return None
    if any(w.text[:1].isupper() and i for i, w in enumerate(words[:at])):
        return None  # "Acme people familiar with ..." is the body's people: left to the general reading
    if not _knowing(low, at + 1):
        return None
    surface = _join(words)
    return Info(
        "anonymous",
        surface,
        name=surface[:1].lower() + surface[1:],
        kind="anonymous",
        strength=lx.STRENGTH_LEXICAL,
        plural=lx.KNOWING_PEOPLE_HEADS[low[at]] != low[at],
        scoped=True,
        head=low[at],
    )


#: Longest office phrase of LEADER_ROLES, in words.
_MAX_ROLE_WORDS = 3


def _leader_role(words: list[W]) -> str | None:
    """The office LEADER_ROLES gives a lowercase phrase ("chief executive" -> "chief executive"), None else."""
    if not words or any(not w.text.islower() for w in words):
        return None
    return lx.LEADER_ROLES.get(" ".join(w.text for w in words))


def role_of_body(words: list[W], appos: list[W] | None = None) -> tuple[str, list[W], list[W]] | None:
    """(office, body words, name words) of a phrase naming the person at the top of a body: "the head of
    Acme's parent company" ("head", "Acme's parent company", []), "the Acme board's chair" ("chair", "the Acme
    board", []), "the chair of the Acme board, Jo Lee" (..., "Jo Lee"). A name after a comma (or in ``appos``)
    is kept only when it is capitalised words; None when the phrase is no leader's (spokespeople are read
    elsewhere: they speak for the body)."""
    ws = [w for w in words if w.text.strip()]
    tail = list(appos or [])
    if "," in [w.text for w in ws[1:]]:
        cut = next(i for i, w in enumerate(ws) if i and w.text == ",")
        ws, tail = ws[:cut], [*ws[cut + 1 :], *tail]
    name = apposed_name(tail)
    if not ws or ws[0].text.lower() in lx.INDEFINITE_DETS:
        return None  # "a director of Acme" is someone else than the one the article named
    start = 1 if ws[0].text.lower() in lx.DEFINITE_DETS else 0
    got = _role_of(ws, start) or _possessed_role(ws, start)
    return (got[0], got[1], name) if got is not None else None


def _role_of(ws: list[W], start: int) -> tuple[str, list[W]] | None:
    """ "the chief executive of X" -> ("chief executive", X)."""
    for k in range(_MAX_ROLE_WORDS, 0, -1):
        at = start + k
        if at + 1 < len(ws) and ws[at].text.lower() in rw.ROLE_OF_PREPS and (role := _leader_role(ws[start:at])):
            return role, ws[at + 1 :]
    return None


def _possessed_role(ws: list[W], start: int) -> tuple[str, list[W]] | None:
    """ "the X's chief executive": the last possessive ends the body."""
    pos = [i for i, w in enumerate(ws) if w.text in rw.POSSESSIVE_MARKS]
    if pos and pos[-1] > start and (role := _leader_role(ws[pos[-1] + 1 :])):
        return role, ws[: pos[-1]]
    return None


def past_role(words: list[W]) -> tuple[list[W], bool]:
    """The phrase without the word that puts its role in the past, and whether one did: "the former head of
    Acme" -> ("the head of Acme", True). A former office holder speaks for no body (only for themselves)."""
    start = 1 if words and words[0].text.lower() in lx.DEFINITE_DETS | lx.INDEFINITE_DETS else 0
    if start < len(words) - 1 and words[start].text.lower() in lx.PAST_ROLE_WORDS:
        skip = 2 if words[start + 1].text in marks.HYPHENS and start + 2 < len(words) else 1  # "ex - chair"
        return [*words[:start], *words[start + skip :]], True
    return words, False


def leader_roles_fit(a: str, b: str) -> bool:
    """Do two offices of LEADER_ROLES name the same person's? Equal, or one is the generic "head"."""
    return a == b or lx.GENERIC_LEADER_ROLE in (a, b)


def group_anaphor_head(surface: str) -> str | None:
    """The head class of a phrase pointing back at an unnamed group: "the people" / "one of the people" /
    "those sources" -> "person" or "source"; None for any other phrase ("another person" is someone else)."""
    low = surface.lower().split()
    if len(low) >= 3 and low[0] in lx.GROUP_PARTITIVES and low[1] == "of":
        low = low[2:]
    if len(low) == 2 and low[0] in lx.GROUP_ANAPHOR_DETS and low[1] in lx.KNOWING_PEOPLE_HEADS:
        return lx.KNOWING_PEOPLE_HEADS[low[1]]
    return None


def _name_title_end(core: list[W]) -> int | None:
    """Where the name starts after capitalised role words ending in a person's title ("City Fire Marshal |
    Jo Cruz"): the last two or three words, capitalised, no title, acronym, body word or country; None else."""
    for size in (2, 3):
        j = len(core) - size
        if j < 1 or core[j - 1].text.lower() not in lx.NAME_TITLE_HEADS:
            continue
        # rule ``title_inside_tagged_body``: the tagger's body label over the title too ("District Magistrate
        # Jo Cruz" one ORG) labels the whole phrase, not the name after the title
        whole = core[j - 1].ent if core[j - 1].ent and all(w.ent == core[j - 1].ent for w in core[j:]) else None
        if _plain_person_name(core[j:], whole) and all(w.text[:1].isupper() or w.glue for w in core[:j]):
            return j
    return None


def _plain_person_name(name: list[W], whole: str | None = None) -> bool:
    """Capitalised words ("Jo Cruz") that are no title, body word or acronym, and no tagged place or body (but
    for ``whole``, a label the tagger gave the title before them too)."""
    if not all(w.text[:1].isupper() and w.text[1:].islower() and w.text.isalpha() for w in name):
        return False
    low = [w.text.lower() for w in name]
    if any(lw in lx.TITLE_WORDS or lw in lx.NAME_TITLE_HEADS for lw in low) or head_kind(low) or org_named(low):
        return False
    return not any(w.ent and w.ent not in {"PERSON", whole} for w in name)


def head_kind(words: list[str]) -> str | None:
    """Kind named by the rightmost kind-bearing word; a weak head yields to a word before it."""
    low = [_singular(w.lower().strip(".")) for w in words]
    weak: str | None = None
    for i in range(len(low) - 1, -1, -1):
        w = low[i]
        if i > 0 and (low[i - 1], w) in rw.PAIR_KINDS:
            return rw.PAIR_KINDS[(low[i - 1], w)]
        if w in rw.WEAK_HEADS:
            if weak is None:
                weak = lx.HEAD_KINDS.get(w, "organization")
            continue
        if w in lx.HEAD_KINDS:
            if w in rw.PHRASE_PREPS:
                continue
            return lx.HEAD_KINDS[w]
    return weak


def org_named(words: list[str]) -> bool:
    """A capitalised name holding an organisation word, or a compound ending in one: "Acme Holdings",
    "Brabant Zorggroep", "Siemens AG" (never a person's name, whatever the tagger says)."""
    for w in words:
        low = w.lower().strip(".")
        if not w[:1].isupper():
            continue
        if low in lx.ORG_NAME_WORDS:
            return True
        if any(low.endswith(e) and len(low) > len(e) + 2 for e in lx.ORG_COMPOUND_ENDINGS):
            return True
    return False


def _unnamed_owner(owner: list[W]) -> list[W] | None:
    """The owner's words that describe an unnamed body ("an allied country's": "allied"; the country is the
    owner), None when a capitalised word names the owner."""
    words = [w for w in owner if w.text not in rw.POSSESSIVE_MARKS]
    if any(w.text[:1].isupper() and w.text.lower() not in lx.UNNAMED_MODIFIERS for w in words):
        return None
    if words and words[-1].text.lower() in lx.UNNAMED_OWNER_NOUNS:
        return words[:-1]
    return words


def unnamed_body_name(owner: list[W], head_phrase: list[W], tail: list[W]) -> str | None:
    """The normalised name of an unnamed body, or None when the phrase names someone.

    Determiners, number, "unnamed"-like words and generic owners ("an allied country's") do not change
    which body is meant, so they are dropped; the modifiers that do ("allied" vs "foreign") are kept:
    "an allied country's intelligence agency" -> "unnamed allied intelligence agency". A bare mass noun
    gets its body head ("allied intelligence" -> "... intelligence agency").
    """
    owner_words = _unnamed_owner(owner)
    if owner_words is None:
        return None  # a named owner ("Acme's research unit") is not an unnamed body
    words = [w.text for w in owner_words]
    words += [w.text for w in head_phrase]
    words = [w for w in words if w.lower() not in lx.UNNAMED_BODY_FILLERS and w not in rw.POSSESSIVE_MARKS]
    if not words:
        return None
    head = _singular(words[-1].lower())
    if head_kind([head]) is None or head in lx.PERSON_ROLE_HEADS:
        return None
    # lexicon words are common nouns and adjectives: written lowercase whatever the sentence position
    words = [w.lower() if w.lower() in lx.UNNAMED_MODIFIERS or w.lower() in lx.HEAD_KINDS else w for w in words]
    words[-1] = head
    if head in lx.UNNAMED_BODY_MASS_HEADS:
        words.append(lx.UNNAMED_BODY_MASS_HEADS[head])
    tail_text = _join(tail)
    return " ".join(["unnamed", *words]) + (f" {tail_text}" if tail_text else "")


def _cut_comma(words: list[W], appos: list[W] | None) -> tuple[list[W], list[W] | None]:
    """An apposition or relative clause after a comma: "Yang Uk, a research fellow at ..." -> the name, and
    the apposition when none was given and the clause is no relative one."""
    if "," not in [w.text for w in words[1:]]:
        return words, appos
    cut = next(i for i, w in enumerate(words) if i and w.text == ",")
    tail = [w for w in words[cut + 1 :] if w.text != ","]
    if tail and tail[0].text.lower() not in RELATIVE_WORDS and appos is None:
        appos = tail
    return words[:cut], appos


def _cut_acronym(words: list[W]) -> tuple[list[W], str | None]:
    """A parenthesised acronym: "(NIS)" -> the words without the parentheses, and the acronym."""
    if "(" not in [w.text for w in words]:
        return words, None
    i = next(i for i, w in enumerate(words) if w.text == "(")
    j = next((k for k in range(i + 1, len(words)) if words[k].text == ")"), len(words))
    inner = words[i + 1 : j]
    acronym = inner[0].text.rstrip(".") if len(inner) == 1 and is_acronym(inner[0].text) else None
    return words[:i] + words[j + 1 :], acronym


def _cut_quotes(words: list[W]) -> tuple[list[W], list[W] | None, list[W]]:
    """A quoted name: the Ukrainian military news site \u201cMilitarnyi\u201d -> (words without quotes, the name,
    the words before it)."""
    qs = [i for i, w in enumerate(words) if w.text in _OPEN_QUOTES | _CLOSE_QUOTES]
    if len(qs) < 2 or qs[1] <= qs[0] + 1:
        return words, None, []
    quoted, before = words[qs[0] + 1 : qs[1]], words[: qs[0]]
    return [w for w in words if w.text not in _OPEN_QUOTES | _CLOSE_QUOTES], quoted, before


def _possessive_owner(words: list[W], rest: list[W]) -> tuple[list[W], list[W]]:
    """A possessive that is not a country: "an allied country's intelligence agency" -> (owner, the rest)."""
    for i, w in enumerate(words[:-1]):
        if w.text in rw.POSSESSIVE_MARKS and i > 0 and not _possessive_inside_name(words, i):
            return words[:i], words[i + 1 :]
    return [], rest


def _possessive_inside_name(words: list[W], i: int) -> bool:
    """ "St Mary's General Hospital": the tagger's one name runs through the possessive (the mark and the words on
    both sides carry one entity label), so the possessive is part of the name, not an owner before a body."""
    label = words[i].ent
    return bool(label) and words[i - 1].ent == label == words[i + 1].ent and words[i + 1].text[:1].isupper()


def _appos_kind(info: Info, role: list[W], role_kind: str) -> None:
    """The kind an apposition's role gives a source the alias file does not know."""
    rel = next((i for i, w in enumerate(role) if w.text.lower() in RELATIVE_WORDS), len(role))
    head = _singular(role[rel - 1].text.lower()) if rel else ""
    if (
        info.person_name
        and info.entry is None
        and head in lx.DESCRIBED_BODY_HEADS
        and lx.HEAD_KINDS.get(head) not in lx.PERSON_KINDS
    ):
        # "Veldman Data, an Eindhoven company, said": a tagger's person the apposition calls a body
        info.person_name = False
        info.kind, info.strength = lx.HEAD_KINDS.get(head, "organization"), lx.STRENGTH_LEXICAL
        return
    if info.person_name or info.kind == SourceKind.PERSON:
        if role_kind in {SourceKind.LEGISLATOR, SourceKind.EXPERT_OR_THINK_TANK}:
            info.kind, info.strength = role_kind, lx.STRENGTH_LEXICAL
    elif info.strength <= lx.STRENGTH_LEXICAL:
        info.kind = "media outlet" if role_kind == SourceKind.COLLECTIVE else role_kind
        info.strength = lx.STRENGTH_LEXICAL


def _role_before_person(words: list[W]) -> tuple[list[W], list[W], str] | None:
    """(name, description, role) of "Acme CEO Dana Whitcomb": a role word right before the words the tagger
    calls a person, with a body before the role (not only a form of address: "Mr"); None otherwise."""
    low = [w.text.lower() for w in words]
    run = 0
    while run < min(len(words) - 1, MAX_NAME_WORDS) and words[len(words) - 1 - run].ent == "PERSON":
        run += 1
    plain_titles = lx.TITLE_WORDS | lx.HONORIFICS | rw.AFFILIATION_ROLE_WORDS
    at = len(words) - run
    if (
        run
        and run < len(words)
        and low[at - 1] in rw.AFFILIATION_ROLE_WORDS
        and any(lw.rstrip(".") not in plain_titles for lw in low[:at])  # a body, not "Mr"
    ):
        return words[at:], words[:at], low[at - 1]
    return None


def _mission_named(info: Info, full_text: str, country: str | None) -> Info:
    """ "the Japanese Embassy in Manila": a mission is named by its country, kept in its name ("Embassy" of one
    country stays a name it is matched by)."""
    if info.form == "named" and country and info.name and info.name.lower() in lx.MISSION_HEADS:
        info.name = full_text
        info.names = [full_text, *[n for n in info.names if n != full_text]]
    return info


def apposed_name(tail: list[W]) -> list[W]:
    """The capitalised words of a name in a leader's apposition ("the chair of the board, Jo Lee"), [] when
    the words are no name. The tagger's label is not asked: it calls names in a leader's apposition places too."""
    name = [w for w in tail if w.text not in {",", "."}]
    if not name or len(name) > MAX_NAME_WORDS:
        return []
    fits = all(
        (w.text[:1].isupper() and w.text.isalpha()) or w.text.lower() in lx.SURNAME_PARTICLES or w.glue for w in name
    )
    return name if fits else []


def _role_with_name(main: list[W], tail: list[W]) -> bool:
    """ "the Dutch health minister" + "Eline Bakker": a definite role (no spokesperson) and a short name after it."""
    if not main or not tail or main[0].text.lower() not in lx.DEFINITE_DETS:
        return False
    head = main[-1].text.lower()
    if head in lx.SPOKESPERSON_WORDS or head not in lx.TITLE_WORDS | lx.PERSON_ROLE_HEADS:
        return False
    if not all(w.text[:1].isupper() or w.glue or w.text.lower() in lx.SURNAME_PARTICLES for w in tail):
        return False
    return not (any(w.ent and w.ent != "PERSON" for w in tail) or len(tail) > 5)


def _describes(words: list[W]) -> bool:
    """An apposition that describes its name: not a relative clause, not an age ("Esther Njeri, 38,")."""
    return words[0].text.lower() not in RELATIVE_WORDS and any(c.isalpha() for w in words for c in w.text)


def _appos_person(info: Info, head: str) -> None:
    """ "Dana Roe, the group's executive director, said": the tagger's organisation is a person."""
    info.person_name = True
    if head in lx.EXPERT_ROLES:
        info.kind = "expert or think tank"
    else:
        info.kind = "legislator" if head in lx.LEGISLATOR_ROLES else "person"
    info.strength = max(info.strength, lx.STRENGTH_LEXICAL)


def _unnamed_informant(det: str, rest: list[W]) -> bool:
    """An unnamed informant, whatever names qualify it: "a Reuters source", "an NIS official"."""
    low = [w.text.lower() for w in rest]
    cut = next((i for i, lw in enumerate(low) if lw in rw.PHRASE_PREPS and i > 0), len(low))
    head = low[cut - 1] if cut else ""
    return head in lx.ANONYMOUS_HEADS or (det in lx.INDEFINITE_DETS and head in lx.PERSON_ROLE_HEADS)


def _of_tail(tail: list[W]) -> list[W]:
    """The words after "of" that complete a body's name ("the ministry of health" -> "health")."""
    if len(tail) > 1 and tail[0].text.lower() == rw.OF:
        return [w for w in tail[1:] if w.text.lower() not in lx.DEFINITE_DETS]
    return []


def _government_level(head: str, head_phrase: list[W]) -> bool:
    """ "the city government", "the provincial government": a government of one level."""
    levels = [w.text.lower() for w in head_phrase[:-1]]
    return head in lx.WHOLE_GOVERNMENT_HEADS and bool(levels) and set(levels) <= lx.GOVERNMENT_LEVEL_WORDS


def _owner_words(before: list[W]) -> list[W]:
    """The words before a spokesperson's role word without the article and the possessive: "a KRCS
    spokeswoman" (the article belongs to the role), "the ministry's spokesman"."""
    while before and before[0].text.lower() in lx.INDEFINITE_DETS:
        before = before[1:]
    if before and before[-1].text in rw.POSSESSIVE_MARKS:
        before = before[:-1]
    return before


def _office_owner(body: list[W]) -> list[W]:
    """The body an office belongs to: "the UN's regional" -> "UN" (lowercase words, possessive, article off)."""
    while body and body[-1].text.islower() and body[-1].text not in rw.POSSESSIVE_MARKS:
        body = body[:-1]  # "country", "regional", "press"
    if body and body[-1].text in rw.POSSESSIVE_MARKS:
        body = body[:-1]
    if body and body[0].text.lower() in lx.DEFINITE_DETS:
        body = body[1:]
    return body


def _appos_words(appos: list[W]) -> list[W]:
    """An apposition's words without parentheses and commas, and without the punctuation that ends it."""
    words = [w for w in appos if w.text not in {",", "(", ")"}]
    while words and words[-1].text in {".", ",", ";", ":"}:
        words = words[:-1]
    return words


def _split_at_comma(words: list[W], appos: list[W] | None) -> tuple[list[W], list[W] | None]:
    """The words before the first comma, and those after it (commas dropped) or else the apposition given."""
    if "," not in [w.text for w in words[1:]]:
        return words, appos
    cut = next(i for i, w in enumerate(words) if i and w.text == ",")
    return words[:cut], [w for w in words[cut + 1 :] if w.text != ","]


def _unknown_person(info: Info) -> bool:
    """A name read as a person's (or a person kind's) that no alias entry knows."""
    return info.form == "named" and (info.person_name or info.kind in lx.PERSON_KINDS) and info.entry is None


def _shown_name(words: list[W]) -> str:
    """A body written lowercase by house style ("the interior ministry"), shown as the name it is."""
    return " ".join(w.text if w.text.lower() == rw.OF else w.text[:1].upper() + w.text[1:] for w in words)


def _without_trailing_adjectives(words: list[W]) -> list[W]:
    """ "the BFP regional spokesperson" speaks for the BFP: lowercase adjectives before the role word dropped."""
    while len(words) > 1 and words[-1].upos == "ADJ" and words[-1].text.islower():
        words = words[:-1]
    return words


def _before_clause(words: list[W]) -> list[W]:
    """The words before a comma or a relative clause ("the police, which ...")."""
    stop = next((i for i, w in enumerate(words) if w.text.lower() in RELATIVE_WORDS | {","}), len(words))
    return words[:stop]


def _a_persons_name(name: list[W]) -> bool:
    """Proper words that could be a person's name: no place or nationality, no body, title or kind word."""
    if any(w.ent in {"GPE", "LOC", "NORP"} or not _is_proper(w, False) for w in name):
        return False
    low = [w.text.lower() for w in name]
    if any(lw in lx.ORG_NAME_WORDS | lx.INSTITUTION_HEADS | lx.TITLE_WORDS for lw in low):
        return False
    return head_kind(low) is None


class Reader:
    """Reads phrases against one alias database."""

    def __init__(self, db: AliasDB) -> None:
        self.db = db

    # -- country forms --------------------------------------------------------------
    def _country_prefix(self, words: list[W]) -> tuple[str | None, int, bool]:
        """(country, words used, possessive) for a leading "South Korea's" / "South Korean" / "U.S."."""
        limit = min(len(words), self.db.max_country_words)
        for k in range(limit, 0, -1):
            text = _join(words[:k])
            country = self.db.country_of(text) or self.db.capital_of(text)
            if not country:
                continue
            if k < len(words) and words[k].text in rw.POSSESSIVE_MARKS:
                return country, k + 1, True
            return country, k, False
        return None, 0, False

    def _country_suffix(self, words: list[W]) -> tuple[str | None, int]:
        """(country, index where it starts) for a trailing "in Seoul" / "of Ukraine"."""
        for i in range(len(words) - 1, 0, -1):
            if words[i].text.lower() in rw.COUNTRY_SUFFIX_PREPS:
                rest = [w for w in words[i + 1 :] if w.text.lower() != rw.DEFINITE_ARTICLE]
                text = _join(rest)
                country = self.db.country_of(text) or self.db.capital_of(text)
                if country:
                    return country, i
                return None, -1
        return None, -1

    # -- the reading ------------------------------------------------------------------
    def read(self, words: list[W], *, appos: list[W] | None = None, acronyms: dict[str, list[W]] | None = None) -> Info:
        """What a source phrase names; a spokesperson's phrase also carries the organisation it speaks for."""
        words = _strip_dateline([w for w in words if w.text.strip()])
        knowing = _knowing_people(words)
        if knowing is not None:
            return knowing
        named = self._role_then_name(words, appos, acronyms)
        if named is not None:
            return named
        office = self._office_of_known_body(words, acronyms)
        if office is not None:
            return office
        spoken = self._spokesperson(words, appos, acronyms)
        if spoken is None:
            affiliated = self._affiliated_person(words, acronyms)
            if affiliated is not None:
                return affiliated
            read = self._read(words, appos=appos, acronyms=acronyms)
            return self._body_in_apposition(read, words, appos, acronyms) or read
        org, role, person, title = spoken
        if person:
            # "National Police Service spokesman Peter Abuya": the person is named after the role words
            info = Info(
                "named",
                _join(words),
                name=person,
                names=[person],
                kind="person",
                strength=lx.STRENGTH_NER,
                description=title,
                person_name=True,
            )
        else:
            info = self._read(words, appos=appos, acronyms=acronyms)
        info.speaks_for, info.speaker_role = org, role
        if info.form == "named" and info.person_name:
            info.speaker = info.name
        return info

    def _body_in_apposition(
        self, read: Info, words: list[W], appos: list[W] | None, acronyms: dict[str, list[W]] | None
    ) -> Info | None:
        """ "Its Japanese parent, Acme Chemical Industries, said": the body named in apposition speaks."""
        body = [w for w in appos or [] if w.text not in {",", "."}]
        if read.form not in {"collective", "anaphor"} or not body:
            return None
        if not all(w.text[:1].isupper() or w.glue for w in body):
            return None
        named = self._read(body, acronyms=acronyms)
        if named.form != "named" or named.person_name or named.kind in lx.PERSON_KINDS:
            return None
        named.description = named.description or _join(words)
        named.surface = _join([*words, *body])
        return named

    def _role_then_name(
        self, words: list[W], appos: list[W] | None, acronyms: dict[str, list[W]] | None
    ) -> Info | None:
        """ "The Dutch health minister, Eline Bakker," / "the company's chief executive, Jan de Vries,": a role
        with a person's name in apposition is that person, described by the role."""
        main, tail = _split_at_comma(words, appos)
        tail = [w for w in tail or [] if w.text not in {",", "."}]
        if not _role_with_name(main, tail):
            return None
        info = self._read(tail, acronyms=acronyms)
        if not _unknown_person(info):
            return None
        info.person_name = True
        if info.kind not in lx.PERSON_KINDS:
            info.kind = "person"
        role = self._read(main, acronyms=acronyms)
        info.description = _join(main[1:])
        if info.country is None:
            info.country = role.country
        info.surface = _join(words)
        return info

    def _office_of_known_body(self, words: list[W], acronyms: dict[str, list[W]] | None) -> Info | None:
        """ "the WHO country office", "the UN's regional office": an office of a body the alias list knows
        speaks for that body, as its spokespeople do. The office is lowercase: "Foreign Office" is a body."""
        if len(words) < 2 or words[-1].text not in rw.BODY_OFFICE_WORDS:
            return None
        body = _office_owner(words[:-1])
        if not body or not all(w.text[:1].isupper() or w.glue for w in body):
            return None
        info = self._read(body, acronyms=acronyms)
        if info.form != "named" or info.entry is None or info.person_name or info.kind in lx.PERSON_KINDS:
            return None
        info.description = info.description or _join(words)
        info.surface = _join(words)
        return info

    def _affiliated_person(self, words: list[W], acronyms: dict[str, list[W]] | None) -> Info | None:
        """A person's name with the role and body before it or the body after it: "Acme CEO Dana Whitcomb",
        "Wayne State University engineering professor Priya Raman" (the tagger says where the name starts),
        "Marcus Hale of the Center for Auto Safety". The person is the name; the rest describes them."""
        split = _role_before_person(words) or self._body_after_name(words, acronyms)
        if split is None:
            return None
        name, desc, role = split
        if not all(_is_proper(w, False) or w.text.lower() in lx.SURNAME_PARTICLES for w in name):
            return None
        info = self._read(name, acronyms=acronyms)
        if info.form != "named" or info.entry is not None:
            return None
        info.person_name = True
        if role in lx.EXPERT_ROLES:
            info.kind, info.strength = "expert or think tank", lx.STRENGTH_LEXICAL
        elif role in lx.LEGISLATOR_ROLES:
            info.kind, info.strength = "legislator", lx.STRENGTH_LEXICAL
        elif info.kind not in lx.PERSON_KINDS:
            info.kind = "person"
        info.description = _join(desc)
        info.surface = _join(words)
        return info

    def _body_after_name(
        self, words: list[W], acronyms: dict[str, list[W]] | None
    ) -> tuple[list[W], list[W], str] | None:
        """(name, description, "") of "Marcus Hale of the Center for Auto Safety"; None for any other phrase."""
        low = [w.text.lower() for w in words]
        cut = next((i for i, lw in enumerate(low) if lw in rw.AFFILIATION_PREPS), None)
        if cut is None or not 2 <= cut <= MAX_NAME_WORDS or cut + 2 >= len(words) or low[cut + 1] != "the":
            return None
        name = words[:cut]
        if not _a_persons_name(name):
            return None
        body = self._read(words[cut + 2 :], acronyms=acronyms)
        if body.form != "named" or body.person_name:
            return None
        return name, words[cut:], ""

    def _spokesperson(
        self, words: list[W], appos: list[W] | None, acronyms: dict[str, list[W]] | None
    ) -> tuple[Info, str, str | None, str | None] | None:
        """(organisation, role word, person named after the role, title) of a spokesperson's phrase:
        "KRCS spokeswoman Grace Wambui", "a spokesman for the police", "Grace Wambui, a spokeswoman for
        the Kenya Red Cross" (the apposition). None when no role word or no organisation is given."""
        main = words
        if "," in [w.text for w in words[1:]]:
            cut = next(i for i, w in enumerate(words) if i and w.text == ",")
            main, tail = words[:cut], [w for w in words[cut + 1 :] if w.text != ","]
            appos = appos or tail
        for phrase, is_main in ((main, True), (appos or [], False)):
            r = next((i for i, w in enumerate(phrase) if w.text.lower() in lx.SPOKESPERSON_WORDS), None)
            if r is not None:
                return self._spokesperson_at(phrase, r, is_main, acronyms)
        return None

    def _spokesperson_at(
        self, phrase: list[W], r: int, is_main: bool, acronyms: dict[str, list[W]] | None
    ) -> tuple[Info, str, str | None, str | None] | None:
        """The spokesperson's phrase with its role word at ``r``: who it speaks for, and who speaks."""
        before, after = _owner_words(phrase[:r]), phrase[r + 1 :]
        person: str | None = None
        if before:
            names = [w for w in after if w.text not in rw.POSSESSIVE_MARKS]
            if is_main and names and all(_is_proper(w, False) for w in names):
                person = self._spokesperson_name(names, acronyms)
            org_words = _without_trailing_adjectives(before)
        elif after and after[0].text.lower() in rw.SPOKESPERSON_PREPS:
            org_words = after[1:]
        else:
            return None
        org = self._spoken_for(_before_clause(org_words), acronyms)
        if org is None:
            return None
        title = _join(phrase[: r + 1]) if person else None
        return org, phrase[r].text.lower(), person, title

    def _spokesperson_name(self, names: list[W], acronyms: dict[str, list[W]] | None) -> str:
        """The person named after the role: "spokesperson Fire Inspector Ana Lim" is Ana Lim."""
        person = _join(names)
        titled = self._read(names, acronyms=acronyms)
        if titled.form == "named" and titled.person_name and titled.name and titled.name != person:
            return titled.name
        return person

    def _spoken_for(self, org_words: list[W], acronyms: dict[str, list[W]] | None) -> Info | None:
        """The body a spokesperson speaks for, None when the words name no body."""
        if not org_words:
            return None
        org = self._read(org_words, acronyms=acronyms)
        if org.form == "collective" and len(org_words) == 1 and org_words[0].text.islower():
            # "a company spokesman", "ministry spokesperson Jo Lee": the company or ministry the article
            # names, as "the company" / "the ministry" would be
            org = self._read([W("the"), *org_words], acronyms=acronyms)
        if (org.form == "named" and not org.person_name and org.kind not in lx.PERSON_KINDS) or (
            org.form == "anaphor" and org.kind not in lx.PERSON_KINDS
        ):
            return org
        return None

    def _read(
        self, words: list[W], *, appos: list[W] | None = None, acronyms: dict[str, list[W]] | None = None
    ) -> Info:
        words = [w for w in words if w.text.strip()]
        while words and words[-1].text in _TRAILING_PUNCT:
            words = words[:-1]
        surface = _join(words)
        if not words:
            return Info("empty", surface)
        words, appos = _cut_comma(words, appos)
        words, acronym = _cut_acronym(words)
        words, quoted, before = _cut_quotes(words)
        pronoun = self._pronoun(surface, words)
        if pronoun is not None:
            return pronoun
        det = ""
        if words and words[0].text.lower() in lx.DEFINITE_DETS | lx.INDEFINITE_DETS:
            det = words[0].text.lower()
            words = words[1:]
        if quoted:
            return self._quoted(surface, quoted, before, acronym, appos)
        if not words:
            return Info("empty", surface)
        defined = self._defined_acronym(surface, words, acronym, acronyms)
        if defined is not None:
            return defined
        return self._read_core(surface, det, words, acronym, appos)

    def _pronoun(self, surface: str, words: list[W]) -> Info | None:
        """A pronoun, unless an acronym the alias list knows written in capitals ("WHO said")."""
        if len(words) != 1 or words[0].text.lower() not in lx.ALL_PRONOUNS | lx.RELATIVE_PRONOUNS:
            return None
        if len(words[0].text) > 1 and words[0].text.isupper() and self.db.lookup(words[0].text):
            return None
        low = words[0].text.lower()
        return Info("pronoun", surface, name=surface, head=low, plural=low in lx.PLURAL_PRONOUNS)

    def _defined_acronym(
        self, surface: str, words: list[W], acronym: str | None, acronyms: dict[str, list[W]] | None
    ) -> Info | None:
        """A bare acronym defined elsewhere in the article: "GUR" after "military intelligence (GUR)"."""
        if len(words) != 1 or not acronyms or acronym is not None or words[0].text.rstrip(".") not in acronyms:
            return None
        acr = words[0].text.rstrip(".")
        info = self.read(acronyms[acr], acronyms=None)
        if info.form not in {"named", "collective"}:
            return None
        info.acronym = acr
        info.surface = surface
        if acr not in info.names:
            info.names.append(acr)
        return info

    def _quoted(
        self, surface: str, quoted: list[W], before: list[W], acronym: str | None, appos: list[W] | None
    ) -> Info:
        name = _join(quoted)
        if before and before[0].text.lower() in lx.DEFINITE_DETS | lx.INDEFINITE_DETS:
            before = before[1:]
        desc = _join(before) or None
        country, _, _ = self._country_prefix(before)
        entry = self.db.lookup(name, country)
        info = Info("named", surface, name=name, country=country, acronym=acronym, description=desc, names=[name])
        kind = head_kind([w.text for w in before])
        if entry:
            self._apply_entry(info, entry)
        elif kind:
            info.kind, info.strength = ("media outlet" if kind == SourceKind.COLLECTIVE else kind), lx.STRENGTH_LEXICAL
        else:
            info.kind = "organization"
        if appos:
            self._apply_appos(info, appos)
        return info

    def _apply_entry(self, info: Info, entry: AliasEntry) -> None:
        info.entry = entry
        info.kind = entry.kind
        info.strength = lx.STRENGTH_ALIAS
        info.country = entry.country or info.country
        info.person_name = entry.kind == SourceKind.PERSON or info.person_name

    def _read_core(self, surface: str, det: str, words: list[W], acronym: str | None, appos: list[W] | None) -> Info:
        full_text = _join(words)
        # the whole phrase names a known source ("Ukraine military intelligence", "South Korea's NIS")
        entry = self.db.lookup(full_text)
        country, used, possessive, lead = self._leading_country(words, entry)
        rest = words[used:]
        published = self._page_owner(surface, words)
        if published is not None:
            return published
        owner: list[W] = []
        if not country:
            owner, rest = _possessive_owner(words, rest)
        if not rest:
            # the phrase is a country or capital: "Ukraine", "Seoul" stand for its government
            return self._country_alone(surface, full_text, country, possessive, entry)
        country, rest = self._with_suffix_country(country, rest)
        if acronym and not entry:
            entry = self.db.lookup(acronym, country)
        carried = self._carrier_publisher(surface, rest)
        if carried is not None:
            return carried
        if _unnamed_informant(det, rest):
            return self._common(surface, det, country, rest, owner, acronym, appos, entry)
        first_may_be_common = not used and not det
        proper = [
            i
            for i, w in enumerate(rest)
            if _is_proper(w, i == 0 and first_may_be_common) and not self.db.country_of(w.text)
        ]
        if not proper:
            info = self._common(surface, det, country, rest, owner, acronym, appos, entry)
            return _mission_named(info, full_text, country)
        in_name = self._country_in_name(words[lead:used] if country and not possessive and proper[0] == 0 else [])
        info = self._named(surface, words, country, rest, proper[0], acronym, appos, entry, in_name)
        return _mission_named(info, full_text, country)

    def _with_suffix_country(self, country: str | None, rest: list[W]) -> tuple[str | None, list[W]]:
        """A trailing "in Seoul" / "of Ukraine" cut off the phrase; its country when none led the phrase."""
        suffix_country, cut = self._country_suffix(rest)
        if not suffix_country:
            return country, rest
        return country or suffix_country, rest[:cut]

    def _leading_country(self, words: list[W], entry: AliasEntry | None) -> tuple[str | None, int, bool, int]:
        """(country, words used, possessive, rank words before it) of a phrase's leading country form; rank
        words before the country grade, they do not name ("senior U.S. officials")."""
        lead = 0
        while lead < len(words) - 1 and words[lead].text.lower() in lx.COLLECTIVE_FILLERS:
            lead += 1
        country, used, possessive = self._country_prefix(words[lead:])
        used = used + lead if country else 0
        if country and not possessive and self.db.capital_of(_join(words[lead:used])) and used < len(words):
            # a capital before a proper name is part of the name ("Moscow Times"), not a country marker
            if _is_proper(words[used], False) or entry is not None:
                country, used = None, 0
        return country, used, possessive, lead

    def _country_in_name(self, given: list[W]) -> list[W]:
        """ "Kenya Meteorological Department": a country's name (not its adjective) written before a proper
        name is part of that name; "Kenyan police" and "Kenya's Red Cross" only say whose body it is."""
        if given and not any(w.text in rw.POSSESSIVE_MARKS for w in given) and self.db.country_name_of(_join(given)):
            return given
        return []

    def _page_owner(self, surface: str, words: list[W]) -> Info | None:
        """ "a statement on the group's website", "a post on the ministry's account": the page's owner speaks."""
        wlow = [w.text.lower() for w in words]
        if not (
            len(words) > 4
            and wlow[0] in lx.CARRIER_HEADS
            and wlow[1] in rw.PHRASE_PREPS
            and words[-2].text in rw.POSSESSIVE_MARKS
            and wlow[-1] in lx.CHANNEL_NOUNS
        ):
            return None
        published = self.read(words[2:-2], acronyms=None)
        if published.form not in {"named", "anaphor", "collective"}:
            return None
        published.surface = surface
        return published

    def _country_alone(
        self, surface: str, full_text: str, country: str | None, possessive: bool, entry: AliasEntry | None
    ) -> Info:
        if not country or possessive:
            return Info("empty", surface)
        info = Info(
            "named",
            surface,
            name=country,
            kind="government",
            strength=lx.STRENGTH_LEXICAL,
            country=country,
            names=[full_text],
        )
        if entry:
            self._apply_entry(info, entry)
        return info

    def _carrier_publisher(self, surface: str, rest: list[W]) -> Info | None:
        """ "reports from Yonhap", "reports in Ukrainian media": the carrier's publisher is the source."""
        low = [w.text.lower() for w in rest]
        for i, lw in enumerate(low):
            carried = i > 0 and low[i - 1] in lx.CARRIER_HEADS | lx.DOCUMENT_HEADS
            if lw in rw.PHRASE_PREPS and carried and i + 1 < len(rest):
                tail = self.read(rest[i + 1 :])
                if tail.form in {"named", "collective"}:
                    tail.surface = surface
                    return tail
                return None
        return None

    # -- proper names -------------------------------------------------------------------
    def _named(
        self,
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
        from .names import read_named  # the name rules read with this module's helpers

        return read_named(self, surface, all_words, country, rest, first_proper, acronym, appos, entry, country_words)

    def _apply_appos(self, info: Info, appos: list[W]) -> None:
        """An apposition describes the source: its role sets the kind, its organisation the affiliation."""
        words = _appos_words(appos)
        if not words or not _describes(words):
            return
        if len(words) == 1 and is_acronym(words[0].text) and not info.acronym:
            info.acronym = words[0].text.rstrip(".")
            info.names.append(info.acronym)
            return
        info.description = _join(words)
        cut = next((i for i, w in enumerate(words) if w.text.lower() in rw.PHRASE_PREPS), len(words))
        role = words[:cut]
        role_kind = head_kind([w.text for w in role])
        if info.country is None:
            info.country = next((c for w in role if (c := self.db.country_of(w.text))), None)
        if cut < len(words) and not past_role(role)[1]:
            # "Jo Lee, former head of the Acme board": a past role gives no affiliation
            role_kind = self._appos_affiliation(info, words[cut + 1 :], role_kind)
        if _names_a_person(info, role):
            _appos_person(info, role[-1].text.lower())
        elif role_kind is not None and info.strength < lx.STRENGTH_ALIAS:
            _appos_kind(info, role, role_kind)

    def _appos_affiliation(self, info: Info, after: list[W], role_kind: str | None) -> str | None:
        """The organisation after the apposition's preposition ("a fellow at the Asan Institute in Seoul"):
        the affiliation (and the country when a place ends it); returns the role's kind, or the body's."""
        org = [w for w in after if w.text.lower() != rw.DEFINITE_ARTICLE]
        place, at = self._country_suffix(org)
        if place:
            # "the Asan Institute for Policy Studies in Seoul": the place is the country, not the name
            org = org[:at]
            info.country = info.country or place
        org_text = _join(org)
        if org_text and org_text[:1].isupper():
            entry = self.db.lookup(org_text)
            info.affiliation = entry.name if entry else org_text
            if role_kind is None:
                role_kind = head_kind([w.text for w in org])
        return role_kind

    # -- common-noun phrases -------------------------------------------------------------
    def _common(
        self,
        surface: str,
        det: str,
        country: str | None,
        rest: list[W],
        owner: list[W],
        acronym: str | None,
        appos: list[W] | None,
        entry: AliasEntry | None,
    ) -> Info:
        from .common import read_common  # the common-noun rules read with this module's helpers

        return read_common(self, surface, det, country, rest, owner, acronym, entry)

    def _institution(
        self,
        surface: str,
        det: str,
        country: str | None,
        head_phrase: list[W],
        tail: list[W],
        acronym: str | None,
    ) -> Info | None:
        """A public body written in common nouns: "the interior ministry", "Kenya's interior ministry",
        "the ministry of health", "police". Its specific words name it, so it is read as a name; a bare
        "the ministry" points back at a ministry named before and stays an anaphor."""
        if det in lx.INDEFINITE_DETS or not head_phrase:
            return None
        head = head_phrase[-1].text.lower()
        if head not in lx.INSTITUTION_HEADS and not _government_level(head, head_phrase):
            return None
        kept = [w for w in head_phrase if w.text.lower() not in lx.COLLECTIVE_FILLERS]
        of_tail = _of_tail(tail)
        specific = [w.text.lower() for w in [*kept[:-1], *of_tail] if self._specific(w)]
        if not specific and head not in lx.SELF_NAMING_INSTITUTIONS:
            return None
        words = [*kept, *([tail[0], *of_tail] if of_tail else [])]
        name = _shown_name(words)
        return Info(
            "named",
            surface,
            name=name,
            names=[name],
            kind=head_kind([w.text for w in words]) or "government",
            strength=lx.STRENGTH_LEXICAL,
            country=country,
            acronym=acronym,
            head=head,
            modifiers=specific,
        )

    def _specific(self, w: W) -> bool:
        """Does the word say which body of its kind is meant ("interior" in "the interior ministry")?"""
        low = w.text.lower()
        if not w.text.isalpha() or low in lx.HEAD_KINDS or low in lx.UNNAMED_MODIFIERS:
            return False
        return low not in lx.UNNAMED_BODY_FILLERS and not self.db.country_of(w.text)

    @staticmethod
    def _generic_forms(low: list[str]) -> list[str]:
        """ "military intelligence agency" -> itself, then without the trailing generic word."""
        words = [w for w in low if w not in lx.COLLECTIVE_FILLERS]
        forms = [" ".join(words)]
        if len(words) > 1 and words[-1] in rw.WEAK_HEADS:
            forms.append(" ".join(words[:-1]))
        return [f for f in forms if f]
