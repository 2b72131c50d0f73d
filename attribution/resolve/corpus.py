"""Resolution across articles: one id per real source.

Local sources are joined through blocking keys only (alias entry, normalised
name, a country's collective, a lone surname, one-deletion keys of long person
names), never by comparing all pairs, so the cost grows with the number of local
sources. Ids are slugs of the canonical name; namesakes add a short hash of the
article and phrase naming them first (attribution/ids.py), so they depend neither
on the order articles come in, nor on hash seeds, nor on unrelated articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..ids import unique_source_ids
from ..kinds import SourceKind
from ..lang.en.identity import (
    ACRONYM_SKIPPED_WORDS,
    ARTICLES,
    BODY_STATUS_WORDS,
    CABINET_ROLES,
    DEFINITE_ARTICLE,
    DESCRIPTION_FILLER,
    DOCUMENT_NOUNS,
    GENERATIONAL_SUFFIXES,
    HEAD_OF_STATE_ROLES,
    NON_PLURAL_S_ENDINGS,
    PARTY_WORDS,
    ROLE_RUN_OPENERS,
    RULING_WORDS,
    SPEAKING_ROLES,
    STATE_WORDS,
    STRUCTURE_WORDS,
    SYNONYM_BODY_HEADS,
    TRANSLATED_TERMS,
    VOICE_WORDS,
)
from ..lang.en.sources import (
    INSTITUTION_HEADS,
    PAST_ROLE_WORDS,
    PERSON_KINDS,
    STRENGTH_LEXICAL,
    STRENGTH_NER,
    TITLE_WORDS,
    UNIT_HEADS,
)
from ..models import SOURCE_KINDS, Source
from ..rules import RuleSet, rule
from .aliases import AliasDB, AliasEntry, default_aliases
from .local import (
    CREDIT_KINDS,
    MIN_VARIANT_LENGTH,
    ArticleSources,
    LocalSource,
    best_name,
    body_keys,
    particle_surname,
    surname_tail,
)
from .mention import is_acronym, is_member_noun
from .normalize import deletion_keys, fold_ascii, fold_key, norm_key, slugify, spelling_variant


@dataclass(slots=True)
class Resolution:
    """Corpus-wide sources and the id of every local source."""

    sources: list[Source] = field(default_factory=list)
    ids: list[list[str]] = field(default_factory=list)  # [article index][local index] -> source id
    outlets: list[str | None] = field(default_factory=list)

    def source_id(self, article_index: int, local_index: int) -> str:
        return self.ids[article_index][local_index]

    def outlet_id(self, article_index: int) -> str | None:
        return self.outlets[article_index]

    def source(self, source_id: str) -> Source | None:
        for s in self.sources:
            if s.id == source_id:
                return s
        return None


#: Deletion-key blocks with more distinct names than this are skipped (bounded work per key).
MAX_VARIANT_BLOCK = 32


class _UnionFind:
    """Union-find that remembers every join that merged two groups, with the pass that made it."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.tag = ""  # the identity pass running now
        self.edges: list[tuple[int, int, str]] = []

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int, tag: str | None = None) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.edges.append((a, b, tag or self.tag))
            # the smaller index becomes the root: roots never depend on the order of unions' calls
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _person_full_names(src: LocalSource) -> list[str]:
    """Names of given name and surname; a surname with its particle alone ("Van Dijk") is not one."""
    return [
        n
        for n in src.names
        if len(norm_key(n).split()) > 1 and not is_acronym(n) and not particle_surname(norm_key(n).split())
    ]


def _is_person(s: LocalSource) -> bool:
    return s.kind in PERSON_KINDS and (s.person or s.kind == SourceKind.PERSON)


@dataclass(slots=True)
class _Corpus:
    """What the identity sieves read and write: the local sources of every article and one union-find."""

    articles: list[ArticleSources]
    nodes: list[tuple[int, int]]
    srcs: list[LocalSource]
    entries: list[str | None]
    countries: list[str]
    db: AliasDB
    uf: _UnionFind
    #: full person name key -> nodes (filled by the spelling pass, read by the later person passes)
    name_nodes: dict[str, list[int]] = field(default_factory=dict)
    #: lone surname or given name key -> nodes
    by_surname: dict[str, list[int]] = field(default_factory=dict)


@rule("alias-table", example="'Agence France-Presse' / 'AFP' (the shipped alias table)")
def _sieve_alias_table(c: _Corpus) -> None:
    """Names the alias table gives to one known source are that source."""
    by_entry: dict[str, list[int]] = {}
    for k, s in enumerate(c.srcs):
        if not s.scoped and c.entries[k]:
            by_entry.setdefault(c.entries[k] or "", []).append(k)
    for group in by_entry.values():
        for k in group[1:]:
            c.uf.union(group[0], k)


@rule("country-collective", example="'South Korean officials' / 'officials in Seoul'", reads=("alias-table",))
def _sieve_country_collective(c: _Corpus) -> None:
    """A country's collective of one kind is one source across the corpus."""
    by_generic: dict[str, list[int]] = {}
    for k, s in enumerate(c.srcs):
        if not s.scoped and s.generic_key:
            by_generic.setdefault(s.generic_key, []).append(k)
    for group in by_generic.values():
        for k in group[1:]:
            c.uf.union(group[0], k)


def _may_be_surname(s: LocalSource, entry: str | None) -> bool:
    """A lone capitalised word the tagger called an organisation may be a surname ("Velikova said")."""
    return (
        len(s.names) == 1
        and not entry
        and s.strength <= STRENGTH_NER
        and len(s.names[0].split()) == 1
        and not is_acronym(s.names[0])
        and s.kind in {SourceKind.ORGANIZATION, SourceKind.UNKNOWN, SourceKind.PERSON}
    )


def _index_names(
    c: _Corpus, k: int, s: LocalSource, by_name: dict[str, list[int]], by_body: dict[str, list[int]]
) -> None:
    """Index source ``k`` by its names (a person: by full names), a body also by its shorter forms, and a
    person known only by a surname, or a lone word that may be one, by that word."""
    db, entry = c.db, c.entries[k]
    # the resolved kind decides: a name the tagger once called a person may be an outlet
    is_person = _is_person(s)
    full = _person_full_names(s) if is_person else []
    # a body's spokespeople name it too ("Grace Wambui" for the Red Cross she speaks for)
    for n in sorted({*(full or s.names), *s.speakers}):
        if is_acronym(n) and _other_entry(db, n, entry):
            continue  # an acronym the article defined for itself ("Data Protection Authority (AP)")
        by_name.setdefault(norm_key(n), []).append(k)
    if is_person:
        if not full:
            for n in s.names:
                c.by_surname.setdefault(norm_key(n), []).append(k)
        return
    for key in sorted({b for n in s.names for b in body_keys(n, db)}):
        by_body.setdefault(key, []).append(k)
    if _may_be_surname(s, entry):
        c.by_surname.setdefault(norm_key(s.names[0]), []).append(k)


@rule(
    "exact-name",
    example="'the Interior Ministry' / 'Interior Ministry'; stated: 'Roskomnadzor, the communications regulator'",
    reads=("country-collective",),
)
def _sieve_exact_name(c: _Corpus) -> None:
    """One normalised name (or a name some article states as an alias, or a body's name without its
    country or generic suffix) is one source, unless countries or alias entries differ. Each join is
    tagged "exact-name" when both canonical names match, "stated-alias" when an article stated the
    shared name as another name of its source, "short-form" for a body's shorter form."""
    by_name: dict[str, list[int]] = {}
    by_body: dict[str, list[int]] = {}  # shorter forms of body names: "red cross" for "Kenya Red Cross Society"
    srcs, entries = c.srcs, c.entries
    for k, s in enumerate(srcs):
        if not s.scoped:
            _index_names(c, k, s, by_name, by_body)
    start = len(c.uf.edges)
    for name, group in by_name.items():
        # a name that is a longer body name without its country or generic suffix names that body
        wider = sorted(set(group) | set(by_body.get(name, [])))
        _union_by_country(c.uf, wider, c.countries, entries)
    for pos, (a, b, _tag) in enumerate(c.uf.edges[start:], start):
        c.uf.edges[pos] = (a, b, _name_join_kind(srcs[a], srcs[b]))


def _name_join_kind(a: LocalSource, b: LocalSource) -> str:
    if norm_key(a.name) == norm_key(b.name):
        return "exact-name"
    if {norm_key(n) for n in [*a.names, *a.speakers]} & {norm_key(n) for n in [*b.names, *b.speakers]}:
        return "stated-alias"
    return "short-form"


@rule(
    "stated-description",
    example="'Rosaviatsia, the country's civil aviation regulator' / 'the civil aviation regulator said'",
    reads=("exact-name",),
)
def _sieve_stated_description(c: _Corpus) -> None:
    """A source named only by a description ("the civil aviation regulator") is the one named body some
    article of the corpus describes so in an apposition; a description two bodies share joins neither."""
    described: dict[str, set[int]] = {}
    bare: dict[str, list[int]] = {}
    for k, s in enumerate(c.srcs):
        if _is_person(s) or s.kind in {SourceKind.ANONYMOUS, SourceKind.DOCUMENT, SourceKind.COLLECTIVE}:
            continue
        proper = [n for n in s.names if _proper(n)]
        if proper and not s.scoped:
            for d in s.descriptions:
                if (key := _description_key(d, c.db)) is not None:
                    described.setdefault(key, set()).add(k)
        elif not proper:
            # a definite description is scoped to its article; the corpus may say which body it is
            for form in sorted({s.name, *s.names}):
                if (key := _description_key(form, c.db)) is not None:
                    bare.setdefault(key, []).append(k)
    for key in sorted(bare):
        bodies = {c.uf.find(k) for k in described.get(key, set())}
        if len(bodies) != 1:
            continue
        target = min(described[key])
        for k in bare[key]:
            if _compatible(c.countries[k], c.countries[target], c.entries[k], c.entries[target]):
                c.uf.union(target, k)


def _proper(name: str) -> bool:
    """A proper name: some word of it starts with a capital ("Rosaviatsia", "Civil Aviation Authority")."""
    words = [w for w in name.split() if w.lower() not in ARTICLES]
    return any(w[:1].isupper() for w in words)


def _description_key(text: str, db: AliasDB) -> str | None:
    """The words of a body description that say which body it is, in order ("the country's civil aviation
    regulator" -> "civil aviation regulator"); None unless two such words remain, so that "the regulator"
    or "the ministry" never joins by description alone."""
    words = [w for w in norm_key(text).split() if w not in DESCRIPTION_FILLER and db.country_of(w) is None]
    return " ".join(words) if len(words) >= 2 else None


@rule("acronym", example="'NHTSA said' / 'the National Highway Traffic Safety Administration said'",
      reads=("stated-description",))  # fmt: skip
def _sieve_acronym(c: _Corpus) -> None:
    _join_acronyms_to_long_names(c.uf, c.srcs, c.entries, c.countries, c.db)


#: The heads the structural-variant sieve reads: an institution's or a military unit's.
_VARIANT_HEADS = INSTITUTION_HEADS | UNIT_HEADS


@rule(
    "structural-variant",
    example="'Interior Affairs Ministry' / 'Ministry for Interior Affairs' / 'Afghan Interior Ministry' / "
    "'Interior Ministry of Afghanistan'",
    reads=("acronym",),
)
def _sieve_structural_variant(c: _Corpus) -> None:
    """Body names with the same head and the same content words, whatever their order, "of"/"for",
    plural or singular, possessive, "affairs", or a country adjective instead of "of Country", are one
    body (of one country, when either says which). The head is an institution's ("ministry") or a military
    unit's ("Revolutionary Guard" / "Revolutionary Guards", ``UNIT_HEADS``)."""
    by_key: dict[tuple[str, ...], list[int]] = {}
    countries = c.countries  # a country the name states is the source's country for the later passes too
    read: dict[str, tuple[tuple[str, ...], str | None] | None] = {}  # each distinct name's key once (names recur)
    for k, s in enumerate(c.srcs):
        if s.scoped or _is_person(s):
            continue
        for n in sorted(set(s.names)):
            if is_acronym(n):
                continue
            found = read[n] if n in read else read.setdefault(n, structural_key(n, c.db, _VARIANT_HEADS))
            if found is None:
                continue
            key, country = found
            if country and not countries[k]:
                countries[k] = norm_key(country)
            by_key.setdefault(key, []).append(k)
    for key in sorted(by_key):
        _union_by_country(c.uf, sorted(set(by_key[key])), countries, c.entries)


@rule("short-body-name", example="'Fire Bureau' / 'Bureau of Fire Protection'", reads=("structural-variant",))
def _sieve_short_body_name(c: _Corpus) -> None:
    _join_short_body_names(c.uf, c.srcs, c.entries, c.countries)


@rule("synonym-body-head", example="'the weather agency' / 'the state weather bureau PAGASA'",
      reads=("short-body-name",))  # fmt: skip
def _sieve_synonym_body_head(c: _Corpus) -> None:
    _join_synonym_body_heads(c.uf, c.srcs, c.entries, c.countries, c.db)


@rule("translated-name", example="'Chile's Legal Medical Service' / 'Chile's Forensic Medicine Service'",
      reads=("synonym-body-head",))  # fmt: skip
def _sieve_translated_name(c: _Corpus) -> None:
    """Two renderings of one foreign body's name are one body: names with the same head whose other words are
    English renderings of one term (``TRANSLATED_TERMS``: "legal medical" / "forensic medicine"), of one
    country when either says which; a name only the renderings join, never one the words already join
    (``structural-variant`` did)."""
    by_key: dict[tuple[str, ...], list[int]] = {}
    read: dict[str, tuple[str, ...] | None] = {}  # each distinct name's key once (names recur across articles)
    for k, s in enumerate(c.srcs):
        if s.scoped or _is_person(s):
            continue
        for n in sorted(set(s.names)):
            if is_acronym(n):
                continue
            key = read[n] if n in read else read.setdefault(n, translated_key(n, c.db))
            if key is not None:
                by_key.setdefault(key, []).append(k)
    for key in sorted(by_key):
        _union_by_country(c.uf, sorted(set(by_key[key])), c.countries, c.entries)


@cache
def _term_classes() -> tuple[dict[tuple[str, ...], str], int]:
    """Each rendering of ``TRANSLATED_TERMS`` -> its class's name (its first rendering, sorted), and the longest."""
    out: dict[tuple[str, ...], str] = {}
    for term in TRANSLATED_TERMS:
        name = "+".join(min(term))
        out.update(dict.fromkeys(term, name))
    return out, max(len(t) for t in out)


def translated_key(name: str, db: AliasDB) -> tuple[str, ...] | None:
    """A body's name with every rendering of a foreign term read as the term (``TRANSLATED_TERMS``): its sorted
    words, country and structure words left out ("Chile's Legal Medical Service" and "Forensic Medicine Service"
    give the same key). None unless some rendering was read, the name has an institution head and one word
    more."""
    found = structural_key(name, db)
    if found is None:
        return None
    classes, longest = _term_classes()
    words = [w for w in norm_key(name).split() if w not in STRUCTURE_WORDS and db.country_of(w) is None]
    out: list[str] = []
    read = False
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            term = classes.get(tuple(words[i : i + n]))
            if term is not None:
                out.append(term)
                read = True
                i += n
                break
        else:
            out.append(_singular(words[i]))
            i += 1
    content = tuple(sorted(set(out)))
    if not read or len(content) < 2 or not any(w in INSTITUTION_HEADS for w in content):
        return None
    return content


@rule("unicode-fold", example="'Łukasz Wałęsa' / 'Lukasz Walesa' (anyascii)", reads=("translated-name",))
def _sieve_unicode_fold(c: _Corpus) -> None:
    """Names equal once every letter is folded to ASCII with anyascii (letters NFKD leaves alone: ł, đ, ø, ß)."""
    by_key: dict[str, list[int]] = {}
    for k, s in enumerate(c.srcs):
        if s.scoped:
            continue
        for n in sorted(set(s.names)):
            if n.isascii() or is_acronym(n):
                continue
            key = fold_key(n)
            if key != norm_key(n):
                by_key.setdefault(key, []).append(k)
    if not by_key:
        return
    for k, s in enumerate(c.srcs):
        if not s.scoped:
            for n in sorted(set(s.names)):
                if (key := norm_key(n)) in by_key and k not in by_key[key]:
                    by_key[key].append(k)
    for key in sorted(by_key):
        _union_by_country(c.uf, sorted(set(by_key[key])), c.countries, c.entries)


@rule("spelling-variant", example="'Volodymyr Zelenskyy' / 'Volodymyr Zelenskiy'", reads=("unicode-fold",))
def _sieve_spelling_variant(c: _Corpus) -> None:
    """Long person names one transliteration-style letter apart (blocking on one-deletion keys)."""
    uf, countries, entries = c.uf, c.countries, c.entries
    for k, s in enumerate(c.srcs):
        if not s.scoped and _is_person(s):
            for n in _person_full_names(s):
                c.name_nodes.setdefault(norm_key(n), []).append(k)
    blocks: dict[str, list[str]] = {}
    for name in sorted(c.name_nodes):
        if len(name) >= MIN_VARIANT_LENGTH:
            for key in deletion_keys(name):
                blocks.setdefault(key, []).append(name)
    for names in blocks.values():
        if len(names) > MAX_VARIANT_BLOCK:
            continue  # a key shared by this many names says nothing about spelling
        for pos, name_a in enumerate(names):
            for name_b in names[pos + 1 :]:
                ta, tb = name_a.split(), name_b.split()
                if (ta[0] == tb[0] or ta[-1] == tb[-1]) and spelling_variant(name_a, name_b):
                    ka, kb = c.name_nodes[name_a][0], c.name_nodes[name_b][0]
                    if _compatible(countries[ka], countries[kb], entries[ka], entries[kb]):
                        uf.union(ka, kb)


@rule(
    "transliteration",
    example="'Ali Mohammadi' / 'Ali Mohamadi'; 'Saeed Khan' / 'Sayeed Khan'",
    reads=("spelling-variant",),
)
def _sieve_transliteration(c: _Corpus) -> None:
    """Two full person names whose given names and surnames each sound alike (a consonant key, see
    :func:`phonetic_key`) and are each at most a quarter of their letters apart are one person; given
    name is compared with given name and surname with surname, never across."""
    # a body's spokespeople are people too ("Saeed Rahimi, a police spokesman" / "Sayeed Rahimi said")
    nodes = {name: list(ks) for name, ks in c.name_nodes.items()}
    for k, s in enumerate(c.srcs):
        if not s.scoped and not _is_person(s):
            for n in s.speakers:
                if len(norm_key(n).split()) > 1:
                    nodes.setdefault(norm_key(n), []).append(k)
    by_key: dict[tuple[str, str], list[str]] = {}
    for name in sorted(nodes):
        toks = fold_key(name).split()
        if len(toks) >= 2:
            by_key.setdefault((phonetic_key(toks[0]), phonetic_key(toks[-1])), []).append(name)
    for names in by_key.values():
        if len(names) > MAX_VARIANT_BLOCK:
            continue
        for pos, name_a in enumerate(names):
            for name_b in names[pos + 1 :]:
                if transliterated(name_a, name_b):
                    ka, kb = nodes[name_a][0], nodes[name_b][0]
                    if _compatible(c.countries[ka], c.countries[kb], c.entries[ka], c.entries[kb]):
                        c.uf.union(ka, kb)


def name_core(name: str) -> tuple[tuple[str, str], str | None] | None:
    """Rule ``name-core``: a full person name's given name and surname once the titles or role before it, middle
    initials and a generational suffix are set aside ("Col. Roland L. Butler Jr." -> ("roland", "butler"), suffix
    "jr"; "Civil Defense spokesperson Jane Abapo" -> ("jane", "abapo")), with the suffix; None for a name of fewer
    than two such words."""
    words = [w for w in fold_key(name).split() if len(w) > 1]
    roles = [i for i, w in enumerate(words) if w in TITLE_WORDS or w in SPEAKING_ROLES]
    if roles and len(words) - roles[-1] > 2:
        words = words[roles[-1] + 1 :]  # the words after the role: "... spokesperson Jane Abapo"
    suffix = words[-1] if words and words[-1] in GENERATIONAL_SUFFIXES else None
    if suffix is not None:
        words = words[:-1]
    return ((words[0], words[-1]), suffix) if len(words) >= 2 else None


@rule("name-core", example="'Roland Butler' / 'Col. Roland L. Butler Jr.'", reads=("transliteration",))
def _sieve_name_core(c: _Corpus) -> None:
    """Two full person names with one given name and one surname, once titles, middle initials and a generational
    suffix are set aside, are one person; two different suffixes ("Jr." / "Sr.") are two (father and son)."""
    by_core: dict[tuple[str, str], list[tuple[str | None, int]]] = {}
    for k, s in enumerate(c.srcs):
        if s.scoped or not (_is_person(s) or s.kind == SourceKind.UNKNOWN and s.person):
            continue
        for n in _person_full_names(s):
            if (core := name_core(n)) is not None:
                by_core.setdefault(core[0], []).append((core[1], k))
    for key in sorted(by_core):
        found = by_core[key]
        suffixes = {x for x, _k in found if x is not None}
        if len(suffixes) > 1:
            continue  # "John Smith Jr." and "John Smith Sr.": a plain "John Smith" may be either
        ks = sorted({k for _x, k in found})
        for k in ks[1:]:
            if _compatible(c.countries[ks[0]], c.countries[k], c.entries[ks[0]], c.entries[k]):
                c.uf.union(ks[0], k)


@rule("lone-name", example="'Velikova said' / 'Maria Velikova, the mayor'", reads=("name-core",))
def _sieve_lone_name(c: _Corpus) -> None:
    """A lone surname or given name joins the one full-name person that has it (spelled alike, or
    transliterated alike: tagged "transliteration"), else lone names join each other."""
    uf, countries, entries = c.uf, c.countries, c.entries
    token_roots: dict[str, set[int]] = {}
    sound_roots: dict[str, set[tuple[str, int]]] = {}
    for name, ks in c.name_nodes.items():
        toks = name.split()
        for t in {toks[0], toks[-1], surname_tail(toks) or toks[-1]}:
            token_roots.setdefault(t, set()).update(uf.find(k) for k in ks)
        for t in {toks[0], toks[-1]}:
            ft = fold_key(t)
            sound_roots.setdefault(phonetic_key(ft), set()).update((ft, uf.find(k)) for k in ks)
    for token, group in c.by_surname.items():
        for k in group[1:]:
            uf.union(group[0], k)
        roots = token_roots.get(token, set())
        tag = None
        if not roots and len(token.split()) == 1 and len(token) >= MIN_TRANSLIT_WORD:
            ft = fold_key(token)
            roots = {r for t, r in sound_roots.get(phonetic_key(ft), set()) if _close(ft, t)}
            tag = "transliteration"
        if len(roots) == 1:
            root = next(iter(roots))
            if _compatible(countries[group[0]], countries[root], entries[group[0]], entries[root]):
                uf.union(group[0], root, tag)


@rule(
    "relayed-anonymous",
    example="'a person familiar with the matter told Reuters' / Reuters' own 'a person familiar with the matter said'",
    reads=("lone-name",),
)
def _sieve_relayed_anonymous(c: _Corpus) -> None:
    _join_relayed_anonymous(c.uf, c.articles, {node: k for k, node in enumerate(c.nodes)})


@rule(
    "same-relay-anonymous",
    example="'a senior official told Reuters' in two articles of two outlets",
    reads=("relayed-anonymous",),
)
def _sieve_same_relay_anonymous(c: _Corpus) -> None:
    """Anonymous sources of one description passed on by one named intermediary ("a senior official told
    Reuters", "Reuters, citing a senior official, reported") in several articles are that intermediary's
    one source, not one per article."""
    node_of = {node: k for k, node in enumerate(c.nodes)}
    groups: dict[tuple[int, str], list[int]] = {}
    for a, art in enumerate(c.articles):
        for n, idx in enumerate(art.attribution_sources):
            if idx is None or art.sources[idx].kind != SourceKind.ANONYMOUS:
                continue
            by = _relayer(art, n)
            if by is None or by == idx or by == art.outlet:
                continue
            relayer = art.sources[by]
            if relayer.scoped or relayer.kind not in CREDIT_KINDS:
                continue  # only a named outlet or agency relays the same source to several articles
            groups.setdefault((c.uf.find(node_of[(a, by)]), norm_key(art.sources[idx].name)), []).append(
                node_of[(a, idx)]
            )
    for key in sorted(groups):
        members = sorted(set(groups[key]))
        for k in members[1:]:
            c.uf.union(members[0], k)


@rule("same-document", example="'the flight manifest showed' in two articles", reads=("same-relay-anonymous",))
def _sieve_same_document(c: _Corpus) -> None:
    """A document named by the same specific words in several articles ("the flight manifest", "the
    coroner's report") is one document; bare kinds ("a statement", "the report") join nothing."""
    groups: dict[str, list[int]] = {}
    for k, s in enumerate(c.srcs):
        if s.kind != SourceKind.DOCUMENT:
            continue
        words = [w for w in norm_key(s.name).split() if w not in DOCUMENT_NOUNS]
        if not words:
            continue
        groups.setdefault(norm_key(s.name), []).append(k)
    for key in sorted(groups):
        _union_by_country(c.uf, sorted(groups[key]), c.countries, c.entries)


#: Kinds a definite description may take and still join its namesakes in other articles.
DESCRIBED_KINDS = frozenset(
    {
        SourceKind.UNKNOWN,
        SourceKind.PERSON,
        SourceKind.COLLECTIVE,
        SourceKind.ORGANIZATION,
        SourceKind.GOVERNMENT,
        SourceKind.LEGISLATOR,
    }
)


def _definite_description(s: LocalSource) -> str | None:
    """The key of a source named only by a definite common-noun phrase ("the judge", "the jury"), else None."""
    if s.kind not in DESCRIBED_KINDS or any(_proper(n) for n in s.names) or _proper(s.name):
        return None
    words = s.name.split()
    if len(words) < 2 or words[0].lower() != DEFINITE_ARTICLE:
        return None
    return norm_key(s.name) or None


@rule("definite-description", example="'the jury found him guilty' in three articles of one story",
      reads=("same-document",))  # fmt: skip
def _sieve_definite_description(c: _Corpus) -> None:
    """One definite description ("the judge", "the jury") in several articles of one batch names one
    party of the story: they join (fewer origins, never more). Indefinite ones ("a senior official") do not."""
    groups: dict[str, list[int]] = {}
    for k, s in enumerate(c.srcs):
        if (key := _definite_description(s)) is not None:
            groups.setdefault(key, []).append(k)
    for key in sorted(groups):
        members = sorted(groups[key])
        for k in members[1:]:
            if _compatible(c.countries[k], c.countries[members[0]], c.entries[k], c.entries[members[0]]):
                c.uf.union(members[0], k)


@rule("role", example="'The judge said' / 'US District Judge Lewis Kaplan said'", reads=("definite-description",))
def _sieve_role(c: _Corpus) -> None:
    """A role named alone ("the judge", "the prosecutor") is the one person of the corpus whose title or
    description has that role as its head; a role two people share joins neither."""
    holders: dict[str, set[int]] = {}
    for k, s in enumerate(c.srcs):
        if s.scoped or not _is_person(s):
            continue
        for d in s.descriptions:
            words = norm_key(d).split()
            if words:
                holders.setdefault(words[-1], set()).add(k)
    for k, s in enumerate(c.srcs):
        key = _definite_description(s)
        if key is None or len(key.split()) != 1:
            continue
        people = {c.uf.find(j) for j in holders.get(key, set())}
        if len(people) == 1:
            target = min(holders[key])
            if _compatible(c.countries[k], c.countries[target], c.entries[k], c.entries[target]):
                c.uf.union(target, k)


#: The identity passes across articles, most precise first (Lee et al. 2013's multi-pass sieve).
IDENTITY_SIEVES = RuleSet(
    "identity",
    [
        _sieve_alias_table,
        _sieve_country_collective,
        _sieve_exact_name,
        _sieve_stated_description,
        _sieve_acronym,
        _sieve_structural_variant,
        _sieve_short_body_name,
        _sieve_synonym_body_head,
        _sieve_translated_name,
        _sieve_unicode_fold,
        _sieve_spelling_variant,
        _sieve_transliteration,
        _sieve_name_core,
        _sieve_lone_name,
        _sieve_relayed_anonymous,
        _sieve_same_relay_anonymous,
        _sieve_same_document,
        _sieve_definite_description,
        _sieve_role,
    ],
)


def resolve_corpus(articles: list[ArticleSources], aliases: AliasDB | None = None) -> Resolution:
    """Join the articles' local sources into corpus sources with stable ids."""
    nodes: list[tuple[int, int]] = [(a, n) for a, art in enumerate(articles) for n in range(len(art.sources))]
    srcs = [articles[a].sources[n] for a, n in nodes]
    entries: list[str | None] = [s.entry for s in srcs]
    if aliases is not None:
        # a user database given here may know names the per-article stage did not
        for k, s in enumerate(srcs):
            if s.scoped:
                continue
            for name in sorted(s.names):
                e = aliases.lookup(name, s.country)
                if e is not None:
                    entries[k] = e.name
                    break
    db = aliases if aliases is not None else default_aliases()
    uf = _UnionFind(len(nodes))
    countries = [norm_key(s.country) if s.country else "" for s in srcs]
    corpus = _Corpus(articles, nodes, srcs, entries, countries, db, uf)
    for sieve in IDENTITY_SIEVES:
        uf.tag = sieve.name
        sieve(corpus)

    clusters: dict[int, list[int]] = {}
    for k in range(len(nodes)):
        clusters.setdefault(uf.find(k), []).append(k)
    links: dict[int, list[tuple[int, str]]] = {}
    for a, b, tag in uf.edges:
        links.setdefault(a, []).append((b, tag))
        links.setdefault(b, []).append((a, tag))

    def order_key(k: int) -> tuple[str, int, str]:
        a, n = nodes[k]
        return (articles[a].article_id, n, srcs[k].name)

    built: list[tuple[tuple[str, int, str], list[int], Source]] = []
    for members in clusters.values():
        members.sort(key=order_key)
        source = _build_source(members, srcs, entries, aliases)
        source.joined_by = _joined_by(members, srcs, links, order_key, source)
        built.append((order_key(members[0]), members, source))
    built.sort(key=lambda b: (slugify(b[2].name), b[0]))
    # stable ids (attribution/ids.py): the slug; namesakes add a hash of the article and phrase naming them first
    stable = unique_source_ids([(slugify(b[2].name), b[0][0], b[0][2]) for b in built])
    ids: list[list[str]] = [[""] * len(art.sources) for art in articles]
    sources: list[Source] = []
    said: dict[str, list[str]] = {}  # every description and affiliation any article gives a source
    for (_key, members, source), sid in zip(built, stable, strict=True):
        source.id = sid
        sources.append(source)
        for k in members:
            a, i = nodes[k]
            ids[a][i] = sid
            said.setdefault(sid, []).extend(x for x in (*srcs[k].descriptions, srcs[k].affiliation) if x)
    sources.extend(assign_affiliations(sources, db, said))
    outlets = [ids[a][art.display_outlet] if art.sources else None for a, art in enumerate(articles)]
    return Resolution(sources=sorted(sources, key=lambda s: s.id), ids=ids, outlets=outlets)


def _joined_by(
    members: list[int],
    srcs: list[LocalSource],
    links: dict[int, list[tuple[int, str]]],
    order_key: Callable[[int], tuple[str, int, str]],
    source: Source,
) -> dict[str, str]:
    """Each name of the source -> the pass that brought it in: for the names one article gave the first
    local source, the per-article resolve sieve that created or joined it there ("article" when none is
    recorded), "spokesperson" for the people who spoke for a body, else
    the identity pass of the first join (breadth first from the first local source) that reached a local
    source carrying it."""
    how: dict[int, str] = {members[0]: "article"}
    queue = [members[0]]
    while queue:
        k = queue.pop(0)
        for j, tag in sorted(links.get(k, []), key=lambda x: order_key(x[0])):
            if j not in how:
                how[j] = tag
                queue.append(j)
    wanted = {source.name, *source.aliases}
    out: dict[str, str] = {}
    for k in sorted(how, key=lambda k: (how[k] != "article", order_key(k))):
        s = srcs[k]
        for n in sorted(s.names) + [s.name]:
            if n in wanted and n not in out:
                # a name an article gave: the resolve sieve that created or joined it there
                out[n] = s.joined_by.get(n, "article") if how[k] == "article" else how[k]
        for n in sorted(s.speakers):
            if n in wanted and n not in out:
                out[n] = "spokesperson"
    for n in sorted(wanted - set(out)):
        out[n] = "alias-table" if n == source.name else "article"
    return dict(sorted(out.items()))


#: Acronyms shorter than this many capitals stand for too many names to join on initials alone.
MIN_JOINED_ACRONYM = 3


def _initials(name: str) -> str | None:
    """Capitals starting the words of a long name, small words left out; None unless every other
    word is capitalised ("National Highway Traffic Safety Administration" -> "NHTSA")."""
    words = [w for w in name.split() if w.lower() not in ACRONYM_SKIPPED_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _join_acronyms_to_long_names(
    uf: _UnionFind, srcs: list[LocalSource], entries: list[str | None], countries: list[str], db: AliasDB
) -> None:
    """An acronym no article defined joins the one body whose long name it abbreviates elsewhere in the
    corpus ("NHTSA said" / "the National Highway Traffic Safety Administration said"). Two long names with
    the same initials make the acronym ambiguous: it joins neither."""
    acronym_nodes: dict[str, list[int]] = {}
    long_names: dict[str, dict[str, list[int]]] = {}  # initials -> long name key -> nodes
    for k, s in enumerate(srcs):
        if s.scoped or s.person or s.kind in PERSON_KINDS:
            continue
        for n in s.names:
            if is_acronym(n):
                caps = "".join(c for c in n if c.isupper())
                if len(caps) >= MIN_JOINED_ACRONYM and not entries[k] and db.lookup(n) is None:
                    acronym_nodes.setdefault(caps, []).append(k)
            elif (initials := _initials(n)) is not None and len(initials) >= MIN_JOINED_ACRONYM:
                long_names.setdefault(initials, {}).setdefault(norm_key(n), []).append(k)
    for caps in sorted(acronym_nodes):
        named = long_names.get(caps, {})
        if len(named) != 1:
            continue
        [targets] = named.values()
        if len({uf.find(t) for t in targets}) != 1:
            continue  # the long name itself stands for several bodies (different countries)
        target = targets[0]
        for k in acronym_nodes[caps]:
            if _compatible(countries[k], countries[target], entries[k], entries[target]):
                uf.union(target, k)


#: Shortest word that may stand for a longer one it starts ("environment" for "environmental").
MIN_STEM_WORD = 5


def _body_words(name: str) -> tuple[str, list[str]] | None:
    """(head noun, content words) of a public body's name written in words ("Fire Bureau" -> bureau,
    [fire, bureau]; "Bureau of Fire Protection" -> bureau, [bureau, fire, protection]); "X of the Y" after
    a body's head is X. None when the head is no institution noun."""
    words = norm_key(name).split()
    of_at = words.index("of") if "of" in words[2:] and words[:1] != ["of"] else -1
    if of_at >= 2 and words[of_at - 1] in INSTITUTION_HEADS:
        words = words[:of_at]
    if len(words) > 2 and words[1] == "of" and words[0] in INSTITUTION_HEADS:
        head = words[0]
    else:
        head = words[-1] if words else ""
    content = [w for w in words if w not in ACRONYM_SKIPPED_WORDS]
    if head not in INSTITUTION_HEADS or len(content) < 2:
        return None
    return head, content


def _word_fits(short: str, long_: str) -> bool:
    return short == long_ or (min(len(short), len(long_)) >= MIN_STEM_WORD and long_.startswith(short))


def _holds_words(long_: Sequence[str], short: Sequence[str]) -> bool:
    """A longer body name that holds every word of the shorter (each fits one of its words: ``_word_fits``)."""
    return len(long_) > len(short) and all(any(_word_fits(w, x) for x in long_) for w in short)


def _join_short_body_names(
    uf: _UnionFind, srcs: list[LocalSource], entries: list[str | None], countries: list[str]
) -> None:
    """A body's shorter name joins the one longer body name in the corpus with the same head noun that holds
    all its words ("Fire Bureau" / "Bureau of Fire Protection", "Environment Bureau" / "Environmental
    Management Bureau"). A short name that fits several bodies joins none."""
    by_head: dict[str, list[tuple[list[str], int, bool]]] = {}
    for k, s in enumerate(srcs):
        if s.scoped or s.person or s.kind in PERSON_KINDS:
            continue
        # a body's description in words names it too: "the state weather bureau PAGASA"
        for n, is_name in [*((n, True) for n in s.names), *((d, False) for d in s.descriptions)]:
            if not is_acronym(n) and (found := _body_words(n)) is not None:
                by_head.setdefault(found[0], []).append((found[1], k, is_name))
    for head in sorted(by_head):
        named = by_head[head]
        # the longer names that hold a name's words, once per distinct name and tested once per distinct longer
        # name (30,000 reprints name one body; only the set of bodies found matters, not their order)
        longs: dict[tuple[str, ...], list[int]] = {}
        for long_, j, _n in named:
            longs.setdefault(tuple(long_), []).append(j)
        fits: dict[tuple[str, ...], list[int]] = {}
        for short, k, is_name in named:
            if not is_name:
                continue  # a description only widens a body's name, it joins nothing itself
            key = tuple(short)
            if key not in fits:
                fits[key] = [j for long_, js in longs.items() if _holds_words(long_, short) for j in js]
            targets = {uf.find(j) for j in fits[key]}
            targets.discard(uf.find(k))
            if len(targets) == 1:
                target = next(iter(targets))
                if _compatible(countries[k], countries[target], entries[k], entries[target]):
                    uf.union(target, k)


def _body_topic(text: str, db: AliasDB) -> tuple[str, ...] | None:
    """The words saying what a body description of the form "modifiers + body head" is about ("the Philippine
    weather agency", "state weather bureau" -> ("weather",)): status and country words left out. None for any other
    form ("Bureau of Fire Protection", a lone head)."""
    words = norm_key(text).split()
    if len(words) < 2 or words[-1] not in SYNONYM_BODY_HEADS or "of" in words:
        return None
    topic = tuple(w for w in words[:-1] if w not in BODY_STATUS_WORDS and db.country_of(w) is None)
    return topic or None


def _join_synonym_body_heads(
    uf: _UnionFind, srcs: list[LocalSource], entries: list[str | None], countries: list[str], db: AliasDB
) -> None:
    """Two bodies described by the same topic words under synonymous heads ("the weather agency" / "the state
    weather bureau PAGASA") are one when no third body in the corpus has that topic; a topic shared by more
    bodies joins none of them."""
    by_topic: dict[tuple[str, ...], list[int]] = {}
    for k, s in enumerate(srcs):
        if s.scoped or s.person or s.kind in PERSON_KINDS:
            continue
        for form in sorted({*s.names, *s.descriptions}):
            if not is_acronym(form) and (topic := _body_topic(form, db)) is not None:
                by_topic.setdefault(topic, []).append(k)
    for topic in sorted(by_topic):
        roots: dict[int, int] = {}
        for k in by_topic[topic]:
            roots.setdefault(uf.find(k), k)
        if len(roots) != 2:
            continue
        a, b = sorted(roots.values())
        if _compatible(countries[a], countries[b], entries[a], entries[b]):
            uf.union(a, b)


def _relayer(art: ArticleSources, n: int) -> int | None:
    """The local source that passed attribution ``n`` on: its intermediary ("X told Reuters"), else the source of
    the relation holding it ("Reuters, citing X, reported"); None when it reached the article's outlet directly."""
    if art.attribution_via[n]:
        return art.attribution_via[n][-1]
    parents = art.attribution_parents
    p = parents[n] if n < len(parents) else None
    return art.attribution_sources[p] if p is not None else None


def _join_relayed_anonymous(
    uf: _UnionFind, articles: list[ArticleSources], node_of: dict[tuple[int, int], int]
) -> None:
    """An anonymous source an article reached through another outlet ("a person familiar with the matter told
    Reuters", "Reuters, citing a person familiar with the matter, reported") is that outlet's own anonymous source
    of the same description when the outlet's article in the corpus has one, told to it directly; anonymous
    sources are otherwise their article's own. An outlet with that description in several of its articles
    leaves it unjoined (which of them is unknown)."""
    homes: dict[tuple[int, str], set[int]] = {}  # (outlet root, description) -> articles
    home_node: dict[tuple[int, int, str], int] = {}  # (article, outlet root, description) -> node
    relayed: list[tuple[int, str, int]] = []  # (relayer root, description, node)
    for a, art in enumerate(articles):
        direct: set[int] = set()
        passed: dict[int, int] = {}  # local anonymous source -> local relayer
        for n, idx in enumerate(art.attribution_sources):
            if idx is None or art.sources[idx].kind != SourceKind.ANONYMOUS or not art.sources[idx].scoped:
                continue
            by = _relayer(art, n)
            if by is None:
                direct.add(idx)
            elif by != idx:
                passed.setdefault(idx, by)
        if art.outlet is not None:
            root = uf.find(node_of[(a, art.outlet)])
            for idx in sorted(direct):
                desc = norm_key(art.sources[idx].name)
                homes.setdefault((root, desc), set()).add(a)
                home_node[(a, root, desc)] = node_of[(a, idx)]
        for idx, by in sorted(passed.items()):
            if idx not in direct:
                relayed.append((uf.find(node_of[(a, by)]), norm_key(art.sources[idx].name), node_of[(a, idx)]))
    for root, desc, k in relayed:
        found = homes.get((root, desc), set())
        if len(found) == 1:
            uf.union(home_node[(next(iter(found)), root, desc)], k)


def _other_entry(db: AliasDB, name: str, entry: str | None) -> bool:
    """True when the alias file gives ``name`` to a known source other than ``entry``."""
    known = db.lookup(name)
    return known is not None and known.name != entry


def _compatible(ca: str, cb: str, ea: str | None, eb: str | None) -> bool:
    if ea and eb and ea != eb:
        return False
    return not (ca and cb and ca != cb)


def _union_by_country(uf: _UnionFind, group: list[int], countries: list[str], entries: list[str | None]) -> None:
    """Join sources sharing a name unless their countries or alias entries differ; a source with no country
    joins the one country the name has, and stays apart when the name belongs to several."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for k in group:
        buckets.setdefault((countries[k], entries[k] or ""), []).append(k)
    known = sorted(b for b in buckets if b != ("", ""))
    if ("", "") in buckets and len(known) == 1:
        buckets[known[0]].extend(buckets.pop(("", "")))
    for members in buckets.values():
        for k in members[1:]:
            uf.union(members[0], k)


def _most_common(values: list[str]) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def _outlet_kind(group: list[LocalSource], kind: str) -> str:
    """An outlet's kind over the kind its name's words suggest: a body some article calls an outlet and some
    article cites as reporting or as told things ("the Acme Bureau reported", "told the Acme Bureau") is an
    outlet, though "Bureau" read alone made it a government body elsewhere. A kind from an alias entry, a
    tagger's person or anything stronger than a name's words stays."""
    credit = [s.kind for s in group if s.kind in CREDIT_KINDS and not s.person]
    if kind in CREDIT_KINDS or not credit or not any(s.reported and not s.person for s in group):
        return kind
    if any(s.person or s.entry or s.strength > STRENGTH_LEXICAL for s in group if s.kind not in CREDIT_KINDS):
        return kind
    return _most_common(credit) or kind


def _voiced_group(everyone: list[LocalSource]) -> list[LocalSource]:
    """The members that name the source: a body that spoke through a spokesperson stays the body when the
    person is named alone elsewhere (the person's mentions then only add speakers)."""
    voiced = any(s.speakers and not s.person for s in everyone)
    return [s for s in everyone if not (voiced and s.person and s.kind in PERSON_KINDS)] or everyone


def _group_speakers(everyone: list[LocalSource], kept: set[int]) -> set[str]:
    """Every speaker's name, and the names of members left out of the group (a body's spokespeople)."""
    return {n for s in everyone for n in s.speakers} | {n for s in everyone if id(s) not in kept for n in s.names}


def _group_entry(
    members: list[int], srcs: list[LocalSource], entries: list[str | None], kept: set[int], aliases: AliasDB | None
) -> AliasEntry | None:
    """The alias entry most of the group's kept members matched, if any."""
    entry_name = _most_common([e for k in members if (e := entries[k]) and id(srcs[k]) in kept])
    if not entry_name:
        return None
    return (aliases or default_aliases()).entry(entry_name)


def _group_name(group: list[LocalSource], entry: AliasEntry | None, all_names: list[str]) -> str:
    """The source's canonical name: its alias entry's, a placeholder's own, the best of its names when some
    member names it outside any scope, else its most common name."""
    if entry is not None:
        return entry.name
    if group[0].placeholder:
        return group[0].name
    if any(not s.scoped for s in group) and all_names and any(s.generic_key is None for s in group):
        return best_name(all_names)
    return _most_common([s.name for s in group]) or group[0].name


def _group_kind(group: list[LocalSource], entry: AliasEntry | None) -> str:
    """The source's kind: its alias entry's, else the strongest kind its members were given."""
    if entry is not None and entry.kind in SOURCE_KINDS:
        return entry.kind
    # a full personal name seen anywhere makes the source a person of some kind
    people = [s for s in group if s.person and s.kind in PERSON_KINDS]
    scored = Counter((s.strength, s.kind) for s in (people or group))
    kind = min(scored, key=lambda sk: (-sk[0], sk[1] == "unknown", -scored[sk], sk[1]))[1]
    return _outlet_kind(group, kind)


def _group_country(group: list[LocalSource], entry: AliasEntry | None) -> str | None:
    """The source's country: its alias entry's, else the one its members most often name."""
    if entry is not None and entry.country:
        return entry.country
    return _most_common([s.country for s in group if s.country])


def _build_source(
    members: list[int], srcs: list[LocalSource], entries: list[str | None], aliases: AliasDB | None
) -> Source:
    everyone = [srcs[k] for k in members]
    group = _voiced_group(everyone)
    kept = {id(s) for s in group}
    speakers = _group_speakers(everyone, kept)
    entry = _group_entry(members, srcs, entries, kept, aliases)
    all_names = sorted({n for s in group for n in s.names})
    name = _group_name(group, entry, all_names)
    return Source(
        id="",
        name=name,
        kind=_group_kind(group, entry),
        aliases=sorted({n for n in [*all_names, *speakers] if n != name}),
        description=_most_common([d for s in group for d in s.descriptions]),
        affiliation=_most_common([s.affiliation for s in group if s.affiliation]),
        country=_group_country(group, entry),
    )


# -- name keys of the identity sieves ------------------------------------------------------------


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(NON_PLURAL_S_ENDINGS):
        return word[:-1]
    return word


def structural_key(
    name: str, db: AliasDB, heads: frozenset[str] = INSTITUTION_HEADS
) -> tuple[tuple[str, ...], str | None] | None:
    """(sorted content words, country) of a public body's name: "Interior Affairs Ministry", "Ministry for
    Interior Affairs" and "Ministry of the Interior" give (("interior", "ministry"), None); "Afghan Interior
    Ministry" and "Interior Ministry of Afghanistan" give the same words with "Afghanistan". None unless the
    name has an institution head (one of ``heads``: "ministry", "agency", ...) and another word."""
    words = norm_key(name).split()
    country = None
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(db.max_country_words, len(words) - i), 0, -1):
            found = db.country_of(" ".join(words[i : i + n]))
            if found and n < len(words):
                country = country or found
                i += n
                break
        else:
            if words[i] not in STRUCTURE_WORDS:
                out.append(_singular(words[i]))
            i += 1
    content = sorted(set(out))
    if len(content) < 2 or not any(w in heads for w in content):
        return None
    return tuple(content), country


#: Shortest lone name matched by sound alone ("Saeed" would match too many short names).
MIN_TRANSLIT_WORD = 5
_VOWELS = frozenset("aeiouyw")


def phonetic_key(word: str) -> str:
    """A consonant key of one name word for transliteration blocking: ASCII-folded, first letter kept,
    vowels (and y, w) dropped, "h" kept only between vowels, c/q/k, ph/f and z/s merged, repeats collapsed
    ("Mohammadi" and "Mohamadi" -> "mhmd"; "Saeed" and "Sayeed" -> "sd"; "Mahmoudi" -> "mmd" -> "md")."""
    w = "".join(ch for ch in fold_ascii(word).lower() if "a" <= ch <= "z")
    if not w:
        return ""
    w = w.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k").replace("z", "s")
    out = [w[0]]
    for i in range(1, len(w)):
        ch = w[i]
        if ch in _VOWELS:
            continue
        if ch == "h" and not (w[i - 1] in _VOWELS and i + 1 < len(w) and w[i + 1] in _VOWELS):
            continue
        if out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _close(a: str, b: str) -> bool:
    """Two folded name words that may be one name transliterated twice: same first letter, same consonant
    key, at most a quarter of the letters apart (at least one)."""
    if a == b:
        return True
    return (
        a[:1] == b[:1]
        and phonetic_key(a) == phonetic_key(b)
        and _edit_distance(a, b) <= max(1, min(len(a), len(b)) // 4)
    )


def transliterated(a: str, b: str) -> bool:
    """True when two person names may be one name transliterated twice: given name close to given name
    and surname close to surname ("Ali Mohammadi" / "Ali Mohamadi"; not "Ali Mahmoudi")."""
    ta, tb = fold_key(a).split(), fold_key(b).split()
    if len(ta) < 2 or len(tb) < 2 or ta == tb:
        return False
    return _close(ta[0], tb[0]) and _close(ta[-1], tb[-1])


# -- affiliation: the body a source speaks for, up to its institution ------------------------------
#: Kinds of bodies that belong to their country's state.
STATE_KINDS = frozenset({SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.INTELLIGENCE_AGENCY})
#: Kinds whose sources speak for a body named by their affiliation ("a spokesman for the ministry").
VOICE_KINDS = frozenset(
    {SourceKind.PERSON, SourceKind.ANONYMOUS, SourceKind.LEGISLATOR, SourceKind.UNKNOWN, SourceKind.DOCUMENT}
)


class _BodyIndex(dict[object, list[Source]]):
    """The bodies of the corpus by name key (``_body_index``), with the word index ``_body_named_within`` reads,
    built on its first use: the index is not changed once built."""

    by_word: dict[str, list[tuple[str, frozenset[str]]]] | None = None


def _keys_by_word(index: dict[object, list[Source]]) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Each name key of two or more name words under one of its words (the least in sorted order): a text holds
    every word of a key only if it holds that one, so the keys a text may hold are found by its own words."""
    if isinstance(index, _BodyIndex) and index.by_word is not None:
        return index.by_word
    by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for key in index:
        if isinstance(key, str) and len(need := _name_words(key)) >= 2:
            by_word.setdefault(min(need), []).append((key, need))
    if isinstance(index, _BodyIndex):
        index.by_word = by_word
    return by_word


def _body_index(sources: list[Source], db: AliasDB) -> dict[object, list[Source]]:
    index: dict[object, list[Source]] = _BodyIndex()
    for s in sources:
        if s.kind in VOICE_KINDS or s.kind == SourceKind.COLLECTIVE:
            continue
        for n in {s.name, *s.aliases}:
            index.setdefault(norm_key(n), []).append(s)
            if (found := structural_key(n, db)) is not None:
                index.setdefault(found[0], []).append(s)
    return index


def _find_body(text: str, index: dict[object, list[Source]], db: AliasDB) -> Source | None:
    keys: list[object] = [norm_key(text)]
    if (found := structural_key(text, db)) is not None:
        keys.append(found[0])
    for key in keys:
        hits = {s.id: s for s in index.get(key, [])}
        if len(hits) == 1:
            return next(iter(hits.values()))
    return None


def _country_in(text: str, db: AliasDB) -> str | None:
    found = {c for w in norm_key(text).split() if (c := db.country_of(w)) is not None}
    return next(iter(found)) if len(found) == 1 else db.country_of(text)


def _names_a_state(text: str, db: AliasDB) -> bool:
    """An affiliation or description naming a country or its state as a whole and nothing else: "Jordan",
    "the Jordanian government", "a Jordanian government spokesman"."""
    words = [w for w in norm_key(text).split() if db.country_of(w) is None and w not in VOICE_WORDS]
    return bool(_country_in(text, db)) and (not words or set(words) <= STATE_WORDS)


def _body_in_role(description: str, index: dict[object, list[Source]], db: AliasDB) -> Source | None:
    """The one body of the corpus a person's role names ("CrowdStrike CEO", "a spokesman for the disaster
    ministry", "chief executive of Acme Corp"): the longest run of the description's words that is a body's
    name, when the description also says a speaking role."""
    words = norm_key(description).split()
    if not set(words) & SPEAKING_ROLES or set(words) & PAST_ROLE_WORDS:
        return None  # no speaking role, or one held in the past ("former chief executive of X")
    for n in range(min(len(words), 8), 0, -1):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if set(run) & SPEAKING_ROLES or run[0] in ROLE_RUN_OPENERS:
                continue
            hits = {x.id: x for x in index.get(" ".join(run), [])}
            if len(hits) == 1:
                return next(iter(hits.values()))
    return None


def government_name(country: str, db: AliasDB) -> str:
    """The formal name of a country's government: "Government of Afghanistan", "Government of the United
    States" (a source some article cites as "the Afghan government" is found by its own name)."""
    the = "the " if country.startswith(("United ", "Republic ", "Democratic ")) or country.endswith("s") else ""
    return f"Government of {the}{country}"


def _government_keys(country: str, db: AliasDB) -> set[str]:
    """The keys of the names a country's government goes by: "Government of Kenya", "Kenyan government"."""
    return {
        norm_key(government_name(country, db)),
        norm_key(f"government of {country}"),
        norm_key(f"{country} government"),
        norm_key(f"{db.adjective(country)} government"),
    }


def names_a_government(s: Source, db: AliasDB) -> bool:
    """``s`` is a country's government under one of its names ("the Jordanian government", "Government of
    Jordan"): one body, however common its head noun."""
    if s.kind != SourceKind.GOVERNMENT or not s.country:
        return False
    return norm_key(s.name) in _government_keys(s.country, db)


def _cited_governments(sources: list[Source], db: AliasDB) -> dict[str, Source]:
    """Each country's government source some article cites by one of its names, by country key."""
    governments: dict[str, Source] = {}
    for s in sources:
        if names_a_government(s, db) and s.country:
            governments.setdefault(norm_key(s.country), s)
    return governments


def _members_body(s: Source, index: dict[object, list[Source]], db: AliasDB) -> Source | None:
    """Rule ``members_speak_for_their_body``: a source named "<body> <members>" ("Hamas fighters", "Taliban
    officials") speaks for the one body of the corpus named so ("Hamas"), so that the two count as one origin. The
    body's name is capitalised and names no country ("U.S. officials" are a country's collective, read elsewhere);
    a body the corpus names nowhere else leaves the source as it is."""
    words = s.name.split()
    if len(words) < 2 or not is_member_noun(words[-1]) or not all(w[:1].isupper() for w in words[:-1]):
        return None
    rest = " ".join(words[:-1])
    if db.country_of(rest) is not None:
        return None
    body = _find_body(rest, index, db)
    return body if body is not None and body.id != s.id else None


def _speaks_for(s: Source, index: dict[object, list[Source]], db: AliasDB) -> Source | None:
    """The body a person or unnamed official speaks for, when the corpus has exactly one such body; a
    body speaks for itself."""
    if s.kind not in VOICE_KINDS:
        return s
    if s.affiliation:
        return _find_body(s.affiliation, index, db) or _body_named_within(s.affiliation, index)
    if s.description and s.kind != SourceKind.DOCUMENT:
        run = _body_in_role(s.description, index, db)
        within = _body_named_within(s.description, index) if _speaking_role(s.description) else None
        if within is not None and (run is None or len(_name_words(within.name)) > len(_name_words(run.name))):
            return within
        return run
    return None


@cache
def _name_words(name: str) -> frozenset[str]:
    """The words of a body's name that tell which body it is: its key's words less the structure words ("of",
    "and", "the")."""
    return frozenset(w for w in norm_key(name).split() if w not in STRUCTURE_WORDS)


def _speaking_role(description: str) -> bool:
    """A description saying a speaking role held now ("superintendent of the state police"; not "former head")."""
    words = set(norm_key(description).split())
    return bool(words & SPEAKING_ROLES) and not words & PAST_ROLE_WORDS


def _body_named_within(text: str, index: dict[object, list[Source]]) -> Source | None:
    """Rule ``body_named_within``: the one body of the corpus whose every name word (two or more) an affiliation or
    role holds, in any order, the most specific first: "Maryland's secretary of state police" speaks for
    "Maryland State Police", not for a generic "Police"; "head of West Sumatra's search and rescue agency" for the
    "search and rescue agency". None when no such body, or two of the same size, fit."""
    words = set(norm_key(text).split())
    best: dict[str, Source] = {}
    size = 0
    by_word = _keys_by_word(index)
    # the keys every word of which the text holds (which bodies fit does not depend on the order they are met in)
    fits = [(key, need) for w in words for key, need in by_word.get(w, ()) if need <= words]
    for key, need in fits:
        if len(need) < size:
            continue
        if len(need) > size:
            best, size = {}, len(need)
        best.update((x.id, x) for x in index[key])
    return next(iter(best.values())) if len(best) == 1 else None


def _state_country(s: Source, body: Source | None, db: AliasDB) -> str | None:
    """The country of the state ``s`` may speak for, when it speaks for a state body, or is an official of
    a country whose body nobody names ("an Afghan official", "Muhannad Mubaidin, a Jordanian government
    spokesman")."""
    country = (body.country if body is not None else None) or s.country
    said = s.affiliation or (s.description if s.kind in VOICE_KINDS else None)
    if country is None and said:
        country = _country_in(said, db)
    if not country:
        return None
    if (body is not None and body.kind in STATE_KINDS) or (body is None and said and _names_a_state(said, db)):
        return country
    return None


def ruling_camp_country(s: Source, db: AliasDB, said: Sequence[str] = ()) -> str | None:
    """Rule ``ruling_camp``: the country whose ruling party ``s`` is, or speaks for, when its own words (its name,
    description, affiliation, or any phrase of ``said``) say so: a word of holding power, a party word and one
    country ("Lena Varga, spokesperson for Kenya's ruling Unity Party"; "the governing coalition of Peru"). A
    party once in power does not ("the former ruling party"), nor a party out of it. The party in power and
    the government it forms are one camp: what either says is not a second voice beside the other."""
    for text in (" ".join(x for x in (s.description, s.affiliation) if x), *said):
        words = set(norm_key(f"{s.name} {text}").split())
        if words & RULING_WORDS and words & PARTY_WORDS and not words & PAST_ROLE_WORDS:
            if country := s.country or _country_in(text, db):
                return country
    return None


def state_as_a_whole(s: Source, db: AliasDB) -> str | None:
    """Rule ``state_as_a_whole``: the country a government source names as a whole by its capital, seat of
    power or own name ("Ankara said", "Ruritania announced", "the Kremlin said"): it is that country's
    government, not one of its bodies."""
    if s.kind != SourceKind.GOVERNMENT:
        return None
    return db.capital_of(s.name) or db.country_of(s.name)


def _role_words(text: str, db: AliasDB) -> list[str]:
    """The words of a role once its country words and determiners are set aside ("the U.S. President" ->
    ["president"])."""
    return [w for w in norm_key(text).split() if db.country_of(w) is None and w not in ARTICLES]


def _stated_country(s: Source, text: str, db: AliasDB) -> str | None:
    return _country_in(text, db) or s.country


def head_of_state_country(s: Source, db: AliasDB, said: Sequence[str] = ()) -> str | None:
    """Rule ``head_of_state``: the country a person heads, when one of the roles the articles give them is only a
    head of state's or government's title with its country ("U.S. President", "the French president", "Japan's
    prime minister"): the person is a body of that government of their own, its head (``is_head_of_government``).
    A vice president, a former president or the president of anything else ("President of the National Assembly")
    is not."""
    if s.kind not in PERSON_KINDS:
        return None
    for text in dict.fromkeys(x for x in (s.description, *said) if x):
        if " ".join(_role_words(text, db)) in HEAD_OF_STATE_ROLES and (country := _stated_country(s, text, db)):
            return country
    return None


def is_head_of_government(s: Source, db: AliasDB) -> bool:
    """``s`` holds a head of state's or government's title (rule ``head_of_state``) by its description."""
    return (
        s.kind in PERSON_KINDS
        and bool(s.description)
        and " ".join(_role_words(s.description or "", db)) in HEAD_OF_STATE_ROLES
    )


def is_cabinet_member(s: Source, db: AliasDB) -> bool:
    """``s`` holds a minister's or secretary's title (rule ``cabinet_member``) by its description."""
    words = set(_role_words(s.description or "", db))
    return s.kind in PERSON_KINDS and bool(words & CABINET_ROLES) and not words & PAST_ROLE_WORDS


def cabinet_member_country(s: Source, db: AliasDB, said: Sequence[str] = ()) -> str | None:
    """Rule ``cabinet_member``: the country whose government a person sits in, when a role the articles give them
    is a minister's or secretary's with the country named in it ("U.S. Secretary of State", "Japanese Transport
    Minister") and no body of the corpus is found for it: the person is a body of that government of their own
    (path: themselves, then the government), so that the head of that government and they count once, while two
    ministers, or a minister and an agency, stay two."""
    if s.kind not in PERSON_KINDS:
        return None
    for text in dict.fromkeys(x for x in (s.description, *said) if x):
        words = set(_role_words(text, db))
        if words & CABINET_ROLES and not words & PAST_ROLE_WORDS and (country := _country_in(text, db)):
            return country
    return None


def _new_government(country: str, db: AliasDB, used: set[str]) -> Source:
    """A new source for a country's government no article cites, with an id none of ``used`` has."""
    name = government_name(country, db)
    sid, n = slugify(name), 1
    while sid in used:
        n += 1
        sid = f"{slugify(name)}-{n}"
    used.add(sid)
    return Source(id=sid, name=name, kind="government", country=country, joined_by={name: "affiliation"})


def assign_affiliations(sources: list[Source], db: AliasDB, said: dict[str, list[str]] | None = None) -> list[Source]:
    """Fill every source's ``affiliation_path``: the body it speaks for (a person or unnamed official: the
    body its affiliation names, when the corpus has exactly one such body; a body: itself), then the state
    it belongs to when that body is a government, military or intelligence body of a known country (the
    government's source when some article cites it, else a new source named "Government of <Country>",
    returned to be listed). A state named as a whole ("Ankara said": rule ``state_as_a_whole``) and the party in
    power with its voices (rule ``ruling_camp``) speak for the government itself: their path is that government
    alone, so that they count as it, not as one more body beside it. A source with none of these keeps an empty
    path."""
    index = _body_index(sources, db)
    governments = _cited_governments(sources, db)
    used = {s.id for s in sources}
    created: list[Source] = []

    def government_of(country: str) -> Source:
        ck = norm_key(country)
        state = governments.get(ck)
        if state is None:
            state = governments[ck] = _new_government(country, db, used)
            created.append(state)
        return state

    for s in sorted(sources, key=lambda s: s.id):
        own = (said or {}).get(s.id, ())
        # a state named as a whole, or the party in power and its voices: counted as the government itself
        whole = state_as_a_whole(s, db) or ruling_camp_country(s, db, own)
        if whole:
            s.affiliation_path = [x for x in [government_of(whole).id] if x != s.id]
            continue
        body = _members_body(s, index, db) or _speaks_for(s, index, db)
        country = _state_country(s, body, db)
        if body is None and country is None:
            # the head of a state or government, or a minister whose ministry no article names: a body of the
            # government of their own (the head and a member of the cabinet are joined when a claim is judged)
            if country := head_of_state_country(s, db, own) or cabinet_member_country(s, db, own):
                body = s
        state = government_of(country) if country else None
        path = list(dict.fromkeys(x.id for x in (body, state) if x is not None))
        # a body with no parent known speaks for itself: nothing to show
        s.affiliation_path = [] if path == [s.id] else path
    return created
