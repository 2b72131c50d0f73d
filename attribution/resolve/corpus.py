"""Resolution across articles: one id per real source.

Local sources are joined through blocking keys only (alias entry, normalised
name, a country's collective, a lone surname, one-deletion keys of long person
names), never by comparing all pairs, so the cost grows with the number of local
sources. Ids are slugs of the canonical name, made unique with a numeric suffix in
an order fixed by article ids, so they depend neither on the order articles come
in nor on hash seeds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..models import SOURCE_KINDS, Source
from .aliases import AliasDB, default_aliases
from .lexicon import INSTITUTION_HEADS, PERSON_KINDS, STRENGTH_LEXICAL, STRENGTH_NER
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
from .mention import is_acronym
from .normalize import deletion_keys, norm_key, slugify, spelling_variant


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
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
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

    by_entry: dict[str, list[int]] = {}
    by_generic: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    by_surname: dict[str, list[int]] = {}
    by_body: dict[str, list[int]] = {}  # shorter forms of body names: "red cross" for "Kenya Red Cross Society"
    for k, s in enumerate(srcs):
        if s.scoped:
            continue
        if entries[k]:
            by_entry.setdefault(entries[k] or "", []).append(k)
        if s.generic_key:
            by_generic.setdefault(s.generic_key, []).append(k)
        # the resolved kind decides: a name the tagger once called a person may be an outlet
        is_person = s.kind in PERSON_KINDS and (s.person or s.kind == "person")
        full = _person_full_names(s) if is_person else []
        # a body's spokespeople name it too ("Grace Wambui" for the Red Cross she speaks for)
        for n in sorted({*(full or s.names), *s.speakers}):
            if is_acronym(n) and _other_entry(db, n, entries[k]):
                continue  # an acronym the article defined for itself ("Data Protection Authority (AP)")
            by_name.setdefault(norm_key(n), []).append(k)
        if not is_person:
            for key in sorted({b for n in s.names for b in body_keys(n, db)}):
                by_body.setdefault(key, []).append(k)
        if is_person and not full:
            for n in s.names:
                by_surname.setdefault(norm_key(n), []).append(k)
        elif not is_person:
            # a lone capitalised word the tagger called an organisation may be a surname ("Velikova said")
            if (
                len(s.names) == 1
                and not entries[k]
                and s.strength <= STRENGTH_NER
                and len(s.names[0].split()) == 1
                and not is_acronym(s.names[0])
                and s.kind in {"organization", "unknown", "person"}
            ):
                by_surname.setdefault(norm_key(s.names[0]), []).append(k)
    for group in [*by_entry.values(), *by_generic.values()]:
        for k in group[1:]:
            uf.union(group[0], k)
    for key, group in by_name.items():
        # a name that is a longer body name without its country or generic suffix names that body
        wider = sorted(set(group) | set(by_body.get(key, [])))
        _union_by_country(uf, wider, countries, entries)

    _join_acronyms_to_long_names(uf, srcs, entries, countries, db)
    _join_short_body_names(uf, srcs, entries, countries)
    _join_synonym_body_heads(uf, srcs, entries, countries, db)

    # spelling variants of long person names: blocking on one-deletion keys of distinct names
    name_nodes: dict[str, list[int]] = {}
    for k, s in enumerate(srcs):
        if not s.scoped and s.kind in PERSON_KINDS and (s.person or s.kind == "person"):
            for n in _person_full_names(s):
                name_nodes.setdefault(norm_key(n), []).append(k)
    blocks: dict[str, list[str]] = {}
    for name in sorted(name_nodes):
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
                    ka, kb = name_nodes[name_a][0], name_nodes[name_b][0]
                    if _compatible(countries[ka], countries[kb], entries[ka], entries[kb]):
                        uf.union(ka, kb)

    # a lone surname or given name joins the one full-name person that has it, else lone names join each other
    token_roots: dict[str, set[int]] = {}
    for name, ks in name_nodes.items():
        toks = name.split()
        for t in {toks[0], toks[-1], surname_tail(toks) or toks[-1]}:
            token_roots.setdefault(t, set()).update(uf.find(k) for k in ks)
    for token, group in by_surname.items():
        for k in group[1:]:
            uf.union(group[0], k)
        roots = token_roots.get(token, set())
        if len(roots) == 1:
            root = next(iter(roots))
            if _compatible(countries[group[0]], countries[root], entries[group[0]], entries[root]):
                uf.union(group[0], root)

    _join_relayed_anonymous(uf, articles, {node: k for k, node in enumerate(nodes)})

    clusters: dict[int, list[int]] = {}
    for k in range(len(nodes)):
        clusters.setdefault(uf.find(k), []).append(k)

    def order_key(k: int) -> tuple[str, int, str]:
        a, n = nodes[k]
        return (articles[a].article_id, n, srcs[k].name)

    built: list[tuple[tuple[str, int, str], list[int], Source]] = []
    for members in clusters.values():
        members.sort(key=order_key)
        built.append((order_key(members[0]), members, _build_source(members, srcs, entries, aliases)))
    built.sort(key=lambda b: (slugify(b[2].name), b[0]))
    used: set[str] = set()
    next_suffix: dict[str, int] = {}
    ids: list[list[str]] = [[""] * len(art.sources) for art in articles]
    sources: list[Source] = []
    for _key, members, source in built:
        base = slugify(source.name)
        sid, suffix = base, next_suffix.get(base, 1)
        if sid in used:
            # the next free numbered form; remembered per base so many namesakes stay linear
            while sid in used:
                suffix += 1
                sid = f"{base}-{suffix}"
            next_suffix[base] = suffix
        used.add(sid)
        source.id = sid
        sources.append(source)
        for k in members:
            a, i = nodes[k]
            ids[a][i] = sid
    outlets = [ids[a][art.display_outlet] if art.sources else None for a, art in enumerate(articles)]
    return Resolution(sources=sorted(sources, key=lambda s: s.id), ids=ids, outlets=outlets)


#: Small words an acronym leaves out of the long name it stands for ("DoD" for "Department of
#: Defense", "CFPB" for "the Consumer Financial Protection Bureau").
ACRONYM_SKIPPED_WORDS = frozenset({"of", "the", "and", "for", "&"})
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
        # the longer names that hold a name's words, once per distinct name (30,000 reprints name one body)
        fits: dict[tuple[str, ...], list[int]] = {}
        for short, k, is_name in named:
            if not is_name:
                continue  # a description only widens a body's name, it joins nothing itself
            key = tuple(short)
            if key not in fits:
                fits[key] = [
                    j
                    for long_, j, _n in named
                    if len(long_) > len(short) and all(any(_word_fits(w, x) for x in long_) for w in short)
                ]
            targets = {uf.find(j) for j in fits[key]}
            targets.discard(uf.find(k))
            if len(targets) == 1:
                target = next(iter(targets))
                if _compatible(countries[k], countries[target], entries[k], entries[target]):
                    uf.union(target, k)


#: Head nouns that all name one public body's kind in news English: "the weather agency", "the weather bureau" and
#: "the weather service" of one country are one body. "ministry" is not among them (it is the bureau's parent).
SYNONYM_BODY_HEADS = frozenset({"agency", "bureau", "service", "office", "department", "administration"})
#: Modifiers that tell a body's status, not which body it is ("the state weather bureau" is the weather bureau).
BODY_STATUS_WORDS = frozenset({"state", "state-run", "state-owned", "government", "official", "national", "federal"})


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
            if idx is None or art.sources[idx].kind != "anonymous" or not art.sources[idx].scoped:
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


def _build_source(
    members: list[int], srcs: list[LocalSource], entries: list[str | None], aliases: AliasDB | None
) -> Source:
    everyone = [srcs[k] for k in members]
    # a body that spoke through a spokesperson stays the body when the person is named alone elsewhere
    voiced = any(s.speakers and not s.person for s in everyone)
    group = [s for s in everyone if not (voiced and s.person and s.kind in PERSON_KINDS)] or everyone
    kept = {id(s) for s in group}
    speakers = {n for s in everyone for n in s.speakers} | {n for s in everyone if id(s) not in kept for n in s.names}
    entry_name = _most_common([e for k in members if (e := entries[k]) and id(srcs[k]) in kept])
    entry = None
    if entry_name:
        entry = (aliases or default_aliases()).entry(entry_name)
    all_names = sorted({n for s in group for n in s.names})
    if entry is not None:
        name = entry.name
    elif group[0].placeholder:
        name = group[0].name
    elif any(not s.scoped for s in group) and all_names and any(s.generic_key is None for s in group):
        name = best_name(all_names)
    else:
        name = _most_common([s.name for s in group]) or group[0].name
    if entry is not None and entry.kind in SOURCE_KINDS:
        kind = entry.kind
    else:
        # a full personal name seen anywhere makes the source a person of some kind
        people = [s for s in group if s.person and s.kind in PERSON_KINDS]
        scored = Counter((s.strength, s.kind) for s in (people or group))
        kind = min(scored, key=lambda sk: (-sk[0], sk[1] == "unknown", -scored[sk], sk[1]))[1]
        kind = _outlet_kind(group, kind)
    descriptions = [d for s in group for d in s.descriptions]
    return Source(
        id="",
        name=name,
        kind=kind,
        aliases=sorted({n for n in [*all_names, *speakers] if n != name}),
        description=_most_common(descriptions),
        affiliation=_most_common([s.affiliation for s in group if s.affiliation]),
        country=(entry.country if entry is not None and entry.country else None)
        or _most_common([s.country for s in group if s.country]),
    )
