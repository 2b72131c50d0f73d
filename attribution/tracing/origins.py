"""Attribution chains and the origins they lead to.

A chain runs from the publishing outlet through every intermediary to the source
that first made the statement. Its last element is the origin, with two general
adjustments, because an origin is only worth counting when it can be checked:

* an anonymous or unnamed last link vouched for by a named, non-media source
  ("the NIS said, citing an allied agency") leaves that named source as origin;
  the one it told or who quoted it is no such source (rule ``listener_is_no_origin``);
* a vague government-side origin ("officials", "authorities in <capital>", the
  country itself, an anonymous source of that country) joins a specific origin
  of the same country in the same claim, or the most cited vague one;
* images, footage or documents with no named publisher are evidence the outlet
  describes, not a party: they are never an origin;
* a vague press collective with no country ("local media reports") joins the
  named media origin of the same claim instead of adding an origin.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from ..chain_links import chain_parent
from ..kinds import VAGUE_KINDS, SourceKind
from ..lang.en import marks
from ..lang.en.origins import MEDIA_WORDS, PERSON_WORDS, STAFF_NOUNS
from ..lang.en.sources import GENERIC_SOURCE_WORDS
from ..models import ArticleResult, Source
from .data import countries_in, load_parties
from .independence import is_non_source

#: Kinds that pass a statement on rather than make it.
INTERMEDIARY_KINDS = frozenset({SourceKind.MEDIA_OUTLET, SourceKind.WIRE_AGENCY, SourceKind.SOCIAL_PLATFORM})
#: Kinds of official bodies: "officials" / "authorities" (a vague one of these) speak for a named one.
OFFICIAL_KINDS = frozenset({SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.INTELLIGENCE_AGENCY})


_INDEX_CACHE: dict[int, tuple[ArticleResult, dict[str, int]]] = {}


#: Curly apostrophes read as straight ones.
_STRAIGHT = str.maketrans(marks.RIGHT_SINGLE, marks.STRAIGHT_SINGLE)


def _index(article: ArticleResult) -> dict[str, int]:
    """Attribution id -> position, memoised per article object (the reduce step asks once per mention)."""
    hit = _INDEX_CACHE.get(id(article))
    if hit is not None and hit[0] is article and len(hit[1]) == len(article.attributions):
        return hit[1]
    if len(_INDEX_CACHE) > 1_000_000:
        _INDEX_CACHE.clear()
    idx = {a.id: k for k, a in enumerate(article.attributions)}
    _INDEX_CACHE[id(article)] = (article, idx)
    return idx


def chain_for(article: ArticleResult, n: int, outlet: str) -> list[str]:
    """[outlet] + for each ancestor from the outermost to attribution ``n``: via ids, then source id."""
    by_id = _index(article)
    line = []
    k: int | None = n
    seen = set()
    while k is not None and k not in seen:
        seen.add(k)
        att = article.attributions[k]
        line.append(att)
        up = chain_parent(att, lambda i: article.attributions[by_id[i]] if i in by_id else None)
        k = by_id.get(up.id) if up is not None else None  # past a parent of the same speech act
    chain = [outlet]
    for att in reversed(line):
        for v in [*att.via, att.source_id]:
            if v and v != chain[-1]:
                chain.append(v)
    return chain


_COUNTRY_CACHE: dict[tuple[str, str, str | None, str | None], str | None] = {}


def source_country(src: Source | None) -> str | None:
    if src is None:
        return None
    key = (src.id, src.name, src.country, src.affiliation)
    if key not in _COUNTRY_CACHE:
        if len(_COUNTRY_CACHE) > 100_000:
            _COUNTRY_CACHE.clear()
        _COUNTRY_CACHE[key] = _source_country(src)
    return _COUNTRY_CACHE[key]


def _source_country(src: Source) -> str | None:
    data = load_parties()
    if src.country:
        key = data.country_words.get(src.country.lower(), src.country.lower())
        return key
    texts = [src.name, *(src.aliases or []), src.affiliation or ""]
    found = sorted({c for t in texts for c in countries_in(t, data)})
    return found[0] if len(found) == 1 else None


def is_vague(src: Source | None) -> bool:
    if src is None:
        return True
    if src.kind in VAGUE_KINDS:
        return True
    if src.kind not in VAGUE_KINDS | OFFICIAL_KINDS:
        return False
    data = load_parties()
    name = src.name.lower()
    if data.pattern is not None:
        name = data.pattern.sub(" ", name)
    words = [w for w in re.split(rf"[\s{marks.APOSTROPHES}]+", name) if w and w not in {"s"}]
    return all(w in GENERIC_SOURCE_WORDS for w in words)


def is_unpublished_document(src: Source | None) -> bool:
    """Images, footage, documents with no named publisher or country: evidence the outlet
    describes, not a party that made the statement ("Images from the battlefield suggest ...")."""
    return src is not None and src.kind == SourceKind.DOCUMENT and not (src.affiliation or src.country)


def effective_origin(chain: Sequence[str], sources: dict[str, Source], listeners: Collection[str] = ()) -> str | None:
    """The origin of one chain, None for an unattributed one ([outlet] only). ``listeners``: the links that are
    the listeners of the mention's own attributions (``Attribution.via``), never the vouching link (rule
    ``listener_is_no_origin``)."""
    if len(chain) < 2:
        return None
    last = chain[-1]
    src = sources.get(last)
    if is_non_source(src):
        # a thing read as the speaker ("the location of the wreckage"): the link before it vouches, if any
        return effective_origin(chain[:-1], sources, listeners)
    if is_unpublished_document(src):
        # nobody vouches for the evidence but whoever passed it on: the link before it, if any
        return effective_origin(chain[:-1], sources, listeners)
    if len(chain) > 2 and (src is None or is_vague(src)):
        prev = sources.get(chain[-2])
        if (
            prev is not None
            and prev.kind not in INTERMEDIARY_KINDS
            and not is_vague(prev)
            and not is_unpublished_document(prev)  # "according to a statement" names nobody
            and not listener_is_no_origin(chain[-2], listeners)
        ):
            return chain[-2]
    return last


def listener_is_no_origin(link: str, listeners: Collection[str]) -> bool:
    """Rule ``listener_is_no_origin``: the one an unnamed speaker told, or who quoted them ("a survivor told la
    Stampa", "a witness told Jane Roe", "an aide quoted by the Courier") received the words and passed them on:
    whatever kind resolution gives the listener (a newspaper's name may read as a person's), it vouches for the
    speaker no more than the outlet does, so it never stands in for the unnamed speaker as the origin. A
    speaker who vouches ("the agency said, citing a source") is the link of an enclosing attribution, no
    listener."""
    return link in listeners


def _media_like(src: Source | None) -> bool:
    return src is not None and any(w in src.name.lower().split() for w in MEDIA_WORDS)


def _name_words(name: str) -> set[str]:
    return set(_name_word_set(name))  # a fresh set: callers may change it


@lru_cache(maxsize=65536)  # the staff of every claim are tested against the same bodies' names
def _name_word_set(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[^\w]+", name.lower()) if len(w) > 2)


def _staff_topic(name: str) -> set[str]:
    """The topic words of "fire officials" ({"fire"}); empty unless the name is words + a staff noun."""
    words = name.lower().split()
    if len(words) < 2 or words[-1] not in STAFF_NOUNS:
        return set()
    return {w for w in words[:-1] if len(w) > 2}


def _most_cited(pool: Sequence[str], origin_counts: dict[str, int], corpus_counts: dict[str, int]) -> str:
    """The candidate cited most in the claim, then across the corpus, then the first id."""
    return sorted(pool, key=lambda x: (-origin_counts[x], -corpus_counts.get(x, 0), x))[0]


def _origins_by_country(origin_counts: dict[str, int], sources: dict[str, Source]) -> dict[str, list[str]]:
    """Country -> the claim's origins of that country, in id order (origins with no country left out)."""
    by_country: dict[str, list[str]] = {}
    for o in sorted(origin_counts):
        c = source_country(sources.get(o))
        if c:
            by_country.setdefault(c, []).append(o)
    return by_country


def _country_host(
    o: str,
    members: list[str],
    vague: list[str],
    sources: dict[str, Source],
    origin_counts: dict[str, int],
    corpus_counts: dict[str, int],
) -> str:
    """The origin the vague ``o`` of one country counts as: a specific origin of its kind (media or
    not), else the most cited vague one of its kind."""
    # "Ukrainian media" is a named outlet of that country; "officials" are its government bodies
    media = _media_like(sources.get(o))
    specific = [
        x
        for x in members
        if x not in vague and (sources.get(x) is None or (sources[x].kind in INTERMEDIARY_KINDS) == media)
    ]
    pool = specific or [x for x in vague if _media_like(sources.get(x)) == media]
    return _most_cited(pool, origin_counts, corpus_counts)


def _merge_by_country(
    mapping: dict[str, str], origin_counts: dict[str, int], sources: dict[str, Source], corpus_counts: dict[str, int]
) -> None:
    """A vague origin of a country joins a specific origin of that country, or the most cited vague one."""
    for _c, members in sorted(_origins_by_country(origin_counts, sources).items()):
        vague = [o for o in members if is_vague(sources.get(o)) or _media_like(sources.get(o))]
        for o in vague:
            mapping[o] = _country_host(o, members, vague, sources, origin_counts, corpus_counts)


def _named_officials(mapping: dict[str, str], origin_counts: dict[str, int], sources: dict[str, Source]) -> list[str]:
    """The claim's origins that are named official bodies counted as themselves, in id order."""
    return [
        o
        for o in sorted(origin_counts)
        if mapping[o] == o and (src := sources.get(o)) is not None and src.kind in OFFICIAL_KINDS and not is_vague(src)
    ]


def _unmerged_official(o: str, mapping: dict[str, str], sources: dict[str, Source]) -> Source | None:
    """``o``'s source when it is an official one still counted as itself, else None."""
    src = sources.get(o)
    if mapping[o] != o or src is None or src.kind not in OFFICIAL_KINDS:
        return None
    return src


def _merge_countryless_officials(
    mapping: dict[str, str],
    origin_counts: dict[str, int],
    sources: dict[str, Source],
    named_official: list[str],
    best: str,
) -> None:
    """Vague officials with no country are the people of the claim's most cited named official body."""
    for o in sorted(origin_counts):
        src = _unmerged_official(o, mapping, sources)
        if src is None or o in named_official:
            continue
        if is_vague(src) and source_country(src) is None:
            mapping[o] = best


def _merge_staff(
    mapping: dict[str, str], origin_counts: dict[str, int], sources: dict[str, Source], named_official: list[str]
) -> None:
    """Officials of a topic ("fire officials") are the people of the claim's one named body whose name
    holds the topic ("Bureau of Fire Protection")."""
    having: dict[str, set[str]] | None = None  # built once per claim, when a topic first needs it
    for o in sorted(origin_counts):
        src = _unmerged_official(o, mapping, sources)
        if src is None:
            continue
        topic = _staff_topic(src.name)
        if topic:
            if having is None:
                having = _bodies_by_word(named_official, sources)
            # the bodies whose names hold every topic word: the intersection of each word's bodies, looked up
            # (not each body's words tested against each topic: a wire claim has hundreds of both)
            bodies = _holding_all(having, topic) - {o}
            if len(bodies) == 1:
                mapping[o] = next(iter(bodies))


def _bodies_by_word(named_official: list[str], sources: dict[str, Source]) -> dict[str, set[str]]:
    """A word of a name (``_name_words``) -> the named official bodies whose names hold it."""
    having: dict[str, set[str]] = {}
    for x in named_official:
        for w in _name_word_set(sources[x].name):
            having.setdefault(w, set()).add(x)
    return having


def _holding_all(having: dict[str, set[str]], words: set[str]) -> set[str]:
    """The bodies ``having`` lists under every one of ``words``."""
    out: set[str] | None = None
    for w in words:
        at = having.get(w)
        if not at:
            return set()
        out = set(at) if out is None else out & at
    return out or set()


def _merge_officials(
    mapping: dict[str, str], origin_counts: dict[str, int], sources: dict[str, Source], corpus_counts: dict[str, int]
) -> None:
    """Vague officials ("officials said") with no country: when the claim has a named official body, the
    officials are most likely its people ("..., officials said. ... the fire bureau said"); never an
    origin of their own."""
    named_official = _named_officials(mapping, origin_counts, sources)
    if not named_official:
        return
    best_official = _most_cited(named_official, origin_counts, corpus_counts)
    _merge_countryless_officials(mapping, origin_counts, sources, named_official, best_official)
    # "fire officials" are the people of the claim's named fire body ("Bureau of Fire Protection")
    _merge_staff(mapping, origin_counts, sources, named_official)


def _is_countryless_press(src: Source | None) -> bool:
    """A vague press collective with no country ("local media reports")."""
    return src is not None and src.kind in VAGUE_KINDS and _media_like(src) and source_country(src) is None


def _merge_press(
    mapping: dict[str, str], origin_counts: dict[str, int], sources: dict[str, Source], corpus_counts: dict[str, int]
) -> None:
    """A vague press collective with no country ("local media reports"): when the claim has a named
    media origin, the collective most likely relays it; it never adds an origin of its own."""
    named_media = [
        o
        for o in sorted(origin_counts)
        if (src := sources.get(o)) is not None and src.kind in INTERMEDIARY_KINDS and not is_vague(src)
    ]
    if not named_media:
        return
    best = _most_cited(named_media, origin_counts, corpus_counts)
    for o in sorted(origin_counts):
        if mapping[o] == o and _is_countryless_press(sources.get(o)):
            mapping[o] = best


def merge_vague(
    origin_counts: dict[str, int], sources: dict[str, Source], corpus_counts: dict[str, int] | None = None
) -> dict[str, str]:
    """Map every origin of one claim to the origin it is counted as.

    Ties between candidates go to the source cited most across the corpus, then the id.
    """
    corpus_counts = corpus_counts or {}
    mapping = {o: o for o in origin_counts}
    _merge_by_country(mapping, origin_counts, sources, corpus_counts)
    _merge_officials(mapping, origin_counts, sources, corpus_counts)
    _merge_press(mapping, origin_counts, sources, corpus_counts)
    _merge_same_body(mapping, origin_counts, sources, corpus_counts)
    return mapping


def _body_words(src: Source) -> frozenset[str]:
    """The body an unnamed person or an unsigned document speaks from ("an interior ministry
    official", "an interior ministry statement" -> {interior, ministry}); empty when none is named."""
    text = f"{src.name} {src.affiliation or ''}".lower().translate(_STRAIGHT).replace("'s", " ")
    return frozenset(w for w in re.split(r"[^\w()]+", text) if w and w not in PERSON_WORDS)


def _merge_same_body(
    mapping: dict[str, str], origin_counts: dict[str, int], sources: dict[str, Source], corpus_counts: dict[str, int]
) -> None:
    """Unnamed people and unsigned documents of one body are not independent of it, nor of each other.

    "A senior official at the interior ministry", "an interior ministry official" and "a ministry
    official" may be one person; "an interior ministry statement" is the ministry's. Within one
    claim such an origin counts as the named origin whose name holds all its body words ("Interior
    Ministry"), or, failing one, as one origin with the other unnamed origins sharing a body word.
    """
    unnamed = [
        o for o in sorted(origin_counts)
        if mapping[o] == o and (src := sources.get(o)) is not None
        and src.kind in {SourceKind.ANONYMOUS, SourceKind.DOCUMENT} and _body_words(src)
    ]  # fmt: skip
    if not unnamed:
        return
    named = {
        o: frozenset(re.split(r"[^\w]+", src.name.lower().translate(_STRAIGHT).replace("'s", " ")))
        for o in sorted(origin_counts)
        if mapping[o] == o and (src := sources.get(o)) is not None and not is_vague(src)
    }
    rank = {o: (-origin_counts[o], -corpus_counts.get(o, 0), o) for o in origin_counts}
    body_words = {o: _body_words(sources[o]) for o in unnamed}  # once per origin, not once per pair
    having: dict[str, list[str]] = {}  # a word -> the named origins whose names hold it, in order
    for x, xw in named.items():
        for w in xw:
            having.setdefault(w, []).append(x)
    left = []
    for o in unnamed:
        words = body_words[o]
        hosts = [x for x in having.get(next(iter(words)), []) if words <= named[x]]
        if len(hosts) == 1:
            mapping[o] = hosts[0]
        else:
            left.append(o)
    # the rest: unnamed origins sharing a body word are one (the most cited stands for them); only the groups
    # of an origin sharing a word with it can take it, so those are tried, in order
    groups: list[list[str]] = []
    group_of_word: dict[str, set[int]] = {}
    for o in left:
        words = body_words[o]
        country = source_country(sources[o])
        for k in sorted({k for w in words for k in group_of_word.get(w, ())}):
            g = groups[k]
            if any(
                words & body_words[x] and country in (None, source_country(sources[x]))
                or (source_country(sources[x]) is None and words & body_words[x])
                for x in g
            ):
                g.append(o)
                break
        else:
            k = len(groups)
            groups.append([o])
        for w in words:
            group_of_word.setdefault(w, set()).add(k)
    for g in groups:
        head = min(g, key=lambda x: rank[x])
        for o in g:
            mapping[o] = head
