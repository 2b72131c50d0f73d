"""Resolution inside one article: every source phrase to an entry of the article's source table.

Named phrases join an earlier entry when they share an alias-file entry, a
normalised name, an acronym defined in parentheses, a person's surname, or a
one-letter spelling variant of a long person name. Pronouns and definite
descriptions ("he", "it", "the agency") take the nearest preceding compatible
source (person pronouns: persons; "it" and "the agency": organisations whose kind
fits the noun), or the engine's coreference chain when it gives one. Anonymous
sources, documents and context-relative collectives ("local media") stay their
own entries and are never merged across articles.

Pure and per article: the result is small and picklable.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..article import ArticleInput
from ..doc import Document, Token
from ..extract.types import RawAttribution, SourceMention
from . import lexicon as lx
from .aliases import AliasDB, default_aliases
from .mention import Info, Reader, W, is_acronym, words_from_string
from .normalize import norm_key, spelling_variant

#: Person names at least this long (normalised, with spaces) may match with one edit ("Zelenskyy" / "Zelensky").
MIN_VARIANT_LENGTH = 10
#: Apposition longer than this is a clause, not a description.
MAX_APPOS_TOKENS = 25


@dataclass(slots=True)
class LocalSource:
    """One source of one article, with everything its mentions said about it."""

    name: str
    kind: str
    strength: int = lx.STRENGTH_DEFAULT
    names: list[str] = field(default_factory=list)  # proper names and acronyms seen
    acronyms: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)  # roles from titles and appositions
    affiliation: str | None = None
    country: str | None = None
    entry: str | None = None  # canonical name of the alias-file entry
    person: bool = False
    plural: bool = False
    scoped: bool = False  # meaningful only inside this article: never merged across articles
    generic_key: str | None = None  # a country's collective: "south korea|officials"
    placeholder: bool = False  # the display name of an outlet the input does not name
    mentions: int = 0

    @property
    def aliases(self) -> list[str]:
        return sorted({n for n in self.names if n != self.name})

    @property
    def description(self) -> str | None:
        # the longest description says most ("a research fellow at ..." over "a fellow")
        return max(self.descriptions, key=lambda d: (len(d), d)) if self.descriptions else None


@dataclass(slots=True)
class ArticleSources:
    """Per-article resolution result handed to the cross-article stage."""

    article_id: str
    sources: list[LocalSource] = field(default_factory=list)
    #: per raw attribution: index into ``sources``, None when the raw names no source
    attribution_sources: list[int | None] = field(default_factory=list)
    #: per raw attribution: indices of its intermediaries ("told AFP")
    attribution_via: list[list[int]] = field(default_factory=list)
    #: the article's outlet, None when the input does not name one
    outlet: int | None = None
    #: always set: the outlet, or a placeholder named by ``ArticleInput.display_outlet``
    display_outlet: int = 0


def best_name(names: list[str]) -> str:
    """The longest informative name: most words, then most letters; acronyms only when nothing else."""
    full = [n for n in names if not is_acronym(n.replace(" ", ""))] or names
    return max(full, key=lambda n: (len(n.split()), len(n), [-ord(c) for c in n]))


class _Table:
    def __init__(self, reader: Reader, acronyms: dict[str, list[W]]) -> None:
        self.reader = reader
        self.db = reader.db
        self.sources: list[LocalSource] = []
        self.last: list[int] = []  # position of each source's latest mention
        self.acronyms = acronyms
        # every mention is matched against every earlier source: normalise each name once
        self._keys: dict[str, str] = {}

    def key(self, name: str) -> str:
        k = self._keys.get(name)
        if k is None:
            k = self._keys[name] = norm_key(name)
        return k

    def new(self, info: Info, pos: int) -> int:
        src = LocalSource(name=info.name or info.surface, kind=info.kind, strength=info.strength)
        self.sources.append(src)
        self.last.append(pos)
        idx = len(self.sources) - 1
        src.scoped = info.scoped or info.form in {"anonymous", "document", "anaphor", "pronoun"}
        src.generic_key = info.generic_key
        src.plural = info.plural
        self.merge(idx, info, pos)
        return idx

    def merge(self, idx: int, info: Info, pos: int) -> None:
        src = self.sources[idx]
        src.mentions += 1
        self.last[idx] = max(self.last[idx], pos)
        if info.form == "named":
            for n in info.names or [info.name]:
                if n and n not in src.names:
                    src.names.append(n)
        if info.acronym and info.acronym not in src.acronyms:
            src.acronyms.append(info.acronym)
            if info.acronym not in src.names:
                src.names.append(info.acronym)
        if info.description and info.description not in src.descriptions:
            src.descriptions.append(info.description)
        src.affiliation = src.affiliation or info.affiliation
        src.country = src.country or info.country
        src.person = src.person or info.person_name
        if info.entry is not None and src.entry is None:
            src.entry = info.entry.name
        if info.strength > src.strength or (src.kind == "unknown" and info.kind != "unknown"):
            src.kind, src.strength = info.kind, max(info.strength, src.strength)
        if src.entry:
            src.name = src.entry
        elif info.form == "named" and src.names:
            src.name = best_name(src.names)

    # -- named matching -----------------------------------------------------------------
    def find_named(self, info: Info) -> int | None:
        keys = {self.key(n) for n in [info.name, *info.names] if n}
        if info.acronym:
            keys.add(self.key(info.acronym))
        info_tokens = self.key(info.name).split() if info.name else []
        best: tuple[int, int] | None = None  # (priority, recency) of the best match
        found: int | None = None
        for idx, src in enumerate(self.sources):
            if src.scoped:
                continue
            if info.entry is not None and src.entry is not None:
                prio = 3 if info.entry.name == src.entry else -1
            elif info.country and src.country and self.key(info.country) != self.key(src.country):
                prio = -1
            else:
                src_keys = {self.key(n) for n in src.names}
                prio = 2 if keys & src_keys else 0
                if (
                    not prio
                    and (info.person_name or src.person)
                    and not (info.kind not in lx.PERSON_KINDS and info.strength >= lx.STRENGTH_LEXICAL)
                ):
                    prio = self._person_match(info_tokens, src)
            if prio > 0 and (best is None or (prio, self.last[idx]) > best):
                best, found = (prio, self.last[idx]), idx
        return found

    def _person_match(self, tokens: list[str], src: LocalSource) -> int:
        """1 when a lone surname or given name matches a full name, or long names differ by one letter."""
        if not tokens:
            return 0
        for n in src.names:
            other = self.key(n).split()
            if not other or is_acronym(n):
                continue
            if len(tokens) == 1 and len(other) > 1 and tokens[0] in (other[0], other[-1]):
                return 1
            if len(other) == 1 and len(tokens) > 1 and other[0] in (tokens[0], tokens[-1]):
                return 1
            a, b = " ".join(tokens), " ".join(other)
            if (
                len(tokens) > 1
                and len(other) > 1
                and min(len(a), len(b)) >= MIN_VARIANT_LENGTH
                and (tokens[0] == other[0] or tokens[-1] == other[-1])
                and spelling_variant(a, b)
            ):
                return 1
        return 0

    def link(self, info: Info, pos: int) -> int:
        if info.form == "named" and not info.scoped:
            idx = self.find_named(info)
            if idx is not None:
                self.merge(idx, info, pos)
                return idx
            return self.new(info, pos)
        if info.generic_key and not info.scoped:
            for idx, src in enumerate(self.sources):
                if src.generic_key == info.generic_key:
                    self.merge(idx, info, pos)
                    return idx
            return self.new(info, pos)
        key = self.key(info.name or info.surface)
        for idx, src in enumerate(self.sources):
            if src.scoped and not src.placeholder and self.key(src.name) == key and src.kind == info.kind:
                self.merge(idx, info, pos)
                return idx
        return self.new(info, pos)


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character regions inside quotation marks (curly pairs, or straight quotes taken in pairs)."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    for i, c in enumerate(text):
        if c == "\u201c" and open_at is None:
            open_at = i
        elif c == "\u201d" and open_at is not None:
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


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(regions, (pos, 1 << 62)) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def _words(doc: Document, toks: list[Token]) -> list[W]:
    """Words with parser hints; ``glue`` keeps "Seong-kweun" one word when the tokens touch in the text."""
    return [W(t.text, t.upos, t.ent, t.i, glue=n > 0 and t.start == toks[n - 1].end) for n, t in enumerate(toks)]


def acronym_definitions(doc: Document) -> dict[str, list[W]]:
    """ "Long Name (ACR)" anywhere in the article: acronym -> words of the long name (first definition wins)."""
    toks = doc.tokens
    table: dict[str, list[W]] = {}
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or toks[i + 2].text != ")" or not is_acronym(toks[i + 1].text):
            continue
        acr = toks[i + 1].text.rstrip(".")
        if acr in table:
            continue
        sent_start = doc.sentences[toks[i].sent].start_token if doc.sentences else 0
        j = i - 1
        while j >= sent_start and (
            toks[j].upos in {"PROPN", "NOUN", "ADJ"}
            or toks[j].text in {"'s", "\u2019s"}
            or toks[j].text.lower() in {"of", "for", "the", "and"}
        ):
            j -= 1
        phrase = toks[j + 1 : i]
        while phrase and phrase[0].text.lower() in {"of", "for", "and", "'s", "\u2019s"}:
            phrase = phrase[1:]
        if phrase:
            table[acr] = _words(doc, phrase)
    return table


def _mention_words(doc: Document, m: SourceMention) -> tuple[list[W], list[W] | None]:
    """The mention's words (its ``name`` when given) and an apposition the parse attaches to it."""
    ok = 0 <= m.start_token < m.end_token <= len(doc.tokens)
    words = _words(doc, doc.tokens[m.start_token : m.end_token]) if ok else words_from_string(m.text)
    if m.name and norm_key(m.name) != norm_key(m.text):
        hints = {w.text: w for w in words}
        words = [hints.get(x.text, x) for x in words_from_string(m.name)]
        return words, None
    appos: list[W] | None = None
    described = getattr(m, "description", None)  # an apposition extraction cut from the phrase
    if described:
        hints = (
            {t.text: W(t.text, t.upos, t.ent, t.i) for t in doc.tokens[m.end_token : m.end_token + 40]} if ok else {}
        )
        return words, [hints.get(x.text, x) for x in words_from_string(described)]
    if ok and 0 <= m.head < len(doc.tokens):
        for child in doc.children(m.head):
            if child.deprel != "appos" or child.i < m.end_token:
                continue
            lo, hi = doc.subtree(child.i)
            lo = max(lo, m.end_token)
            if hi - lo > MAX_APPOS_TOKENS:
                break
            extra = _words(doc, doc.tokens[lo:hi])
            if extra and extra[0].text in {"(", "\u201c", '"'}:
                words = words + extra  # "(NIS)" or a quoted name right after the phrase: part of it
            else:
                appos = [w for w in extra if w.text != ","]
            break
    if appos is None and ok:
        appos = _comma_apposition(doc, m.end_token)
    return words, appos


def _comma_apposition(doc: Document, end_token: int) -> list[W] | None:
    """ ", a Ukrainian military news outlet" right after the phrase, when the parser hung it elsewhere:
    a comma, then "a"/"an", up to the next comma or the sentence end."""
    toks = doc.tokens
    if end_token + 1 >= len(toks) or toks[end_token].text != "," or toks[end_token + 1].text.lower() not in {"a", "an"}:
        return None
    sent = doc.sentences[toks[end_token].sent] if doc.sentences else None
    stop = sent.end_token if sent else len(toks)
    hi = end_token + 1
    while hi < stop and toks[hi].text not in {",", ";", ".", ":", "\u2014"} and hi - end_token <= MAX_APPOS_TOKENS:
        hi += 1
    if hi - end_token > MAX_APPOS_TOKENS:
        return None
    words = _words(doc, toks[end_token + 1 : hi])
    # a description names a role or a kind of body, so its head is a noun
    return words if words and toks[hi - 1].upos in {"NOUN", "PROPN"} else None


def resolve_article(
    doc: Document, raws: list[RawAttribution], article: ArticleInput, aliases: AliasDB | None = None
) -> ArticleSources:
    """Resolve every source and intermediary phrase of one article to its local source table."""
    db = aliases if aliases is not None else default_aliases()
    reader = Reader(db)
    table = _Table(reader, acronym_definitions(doc))
    result = ArticleSources(article_id=article.id)

    # the outlet first: a later mention of the same outlet joins it
    if article.outlet:
        info = reader.read(words_from_string(article.outlet))
        if info.form != "named":
            info = Info("named", article.outlet, name=article.outlet, names=[article.outlet])
        info.names = info.names or [info.name]
        if info.entry is None:
            info.kind, info.strength = "media outlet", lx.STRENGTH_LEXICAL
        info.scoped = False
        result.outlet = result.display_outlet = table.link(info, -1)
    else:
        placeholder = LocalSource(
            name=article.display_outlet,
            kind="media outlet",
            scoped=True,
            placeholder=True,
            names=[article.display_outlet],
        )
        table.sources.append(placeholder)
        table.last.append(-1)
        result.display_outlet = len(table.sources) - 1

    quotes = _quote_regions(doc.text)
    persons = sorted(
        (e.end, e.start, e.start_token, e.end_token)
        for e in doc.entities
        if e.label == "PERSON" and not _inside(quotes, e.start)
    )
    # every phrase, in text order, so pronouns see what came before them
    items: list[tuple[int, int, int, int, SourceMention]] = []
    for n, raw in enumerate(raws):
        if raw.source is not None:
            items.append((raw.source.start, raw.source.end, n, -1, raw.source))
        for v, via in enumerate(raw.via):
            items.append((via.start, via.end, n, v, via))
    items.sort(key=lambda x: (x[0], x[1], x[2], x[3]))
    history: list[tuple[int, int, int, int]] = []  # (position, source index, start token, end token)
    done: dict[tuple[int, int, str], int] = {}
    assigned: dict[tuple[int, int], int] = {}

    def speaker_of(pos: int, own: int) -> int | None:
        for n, raw in enumerate(raws):
            if n != own and raw.source is not None and any(s <= pos < e for s, e in raw.content):
                key = (n, -1)
                if key in assigned:
                    return assigned[key]
        return None

    def antecedent(info: Info, m: SourceMention, own: int) -> int | None:
        pos = m.start
        # the engine's coreference chain, when there is one
        for chain in doc.coref:
            spans = chain.mentions
            if not any(s <= m.start_token < e for s, e in spans):
                continue
            earlier = [sp for sp in spans if sp[1] <= m.start_token]
            for s, e in sorted(earlier, reverse=True):
                for _p, idx, hs, he in reversed(history):
                    if hs < e and s < he:
                        return idx
            rep = spans[chain.representative] if 0 <= chain.representative < len(spans) else None
            if rep and rep[1] <= m.start_token:
                words = _words(doc, doc.tokens[rep[0] : rep[1]])
                rinfo = reader.read(words, acronyms=table.acronyms)
                if rinfo.form in {"named", "collective"}:
                    return table.link(rinfo, doc.tokens[rep[0]].start)
        word = info.head
        if info.form == "pronoun" and word in lx.SPEAKER_PRONOUNS:
            spk = speaker_of(pos, own)
            if spk is not None:
                return spk
        kinds = lx.ANAPHOR_KINDS.get(word) if info.form == "anaphor" else None
        if info.form == "anaphor" and kinds is None and info.kind != "unknown":
            kinds = frozenset({info.kind})
        for p, idx, _s, _e in reversed(history):
            if p >= pos:
                continue
            src = table.sources[idx]
            if info.form == "pronoun":
                if word in lx.PERSON_PRONOUNS and not (
                    src.kind in lx.PERSON_KINDS or src.person or (src.kind == "anonymous" and not src.plural)
                ):
                    continue
                if word in lx.THING_PRONOUNS and (src.kind in lx.PERSON_KINDS or src.person or src.plural):
                    continue
                if word in lx.PLURAL_PRONOUNS and (src.kind in lx.PERSON_KINDS or src.person):
                    continue
                if word in lx.SPEAKER_PRONOUNS:
                    continue
            elif kinds is not None and src.kind not in kinds:
                continue
            elif kinds is None:
                continue
            best = (p, idx)
            break
        else:
            best = None
        if info.form == "pronoun" and word in lx.PERSON_PRONOUNS:
            # a person named just before but not yet a source ("Kim visited Seoul. He said ...")
            k = bisect.bisect_right(persons, (pos, -1, -1, -1)) - 1
            if k >= 0 and (best is None or persons[k][1] > best[0]):
                _end, start, s_tok, e_tok = persons[k]
                words = _words(doc, doc.tokens[s_tok:e_tok])
                pinfo = reader.read(words, acronyms=table.acronyms)
                if pinfo.form == "named":
                    pinfo.person_name = True
                    if pinfo.kind == "unknown":
                        pinfo.kind = "person"
                    idx = table.link(pinfo, start)
                    history.append((start, idx, s_tok, e_tok))
                    history.sort()
                    return idx
        return best[1] if best else None

    for start, _end, n, v, m in items:
        key = (m.start, m.end, m.name or "")
        if key in done:
            assigned[(n, v)] = done[key]
            continue
        words, appos = _mention_words(doc, m)
        info = reader.read(words, appos=appos, acronyms=table.acronyms)
        if info.form in {"pronoun", "anaphor"}:
            idx_or_none = antecedent(info, m, n)
            if idx_or_none is None:
                if info.form == "anaphor":
                    info.name = info.surface[:1].lower() + info.surface[1:]
                    info.scoped = True
                else:
                    info = Info(
                        "anonymous", info.surface, name=f"unidentified ({info.surface})", kind="unknown", scoped=True
                    )
                idx = table.link(info, start)
            else:
                idx = idx_or_none
                table.merge(idx, Info("ref", info.surface), start)
        elif info.form == "empty":
            info = Info("anonymous", info.surface, name=info.surface or m.text, kind="unknown", scoped=True)
            idx = table.link(info, start)
        else:
            idx = table.link(info, start)
        done[key] = idx
        assigned[(n, v)] = idx
        history.append((start, idx, m.start_token, m.end_token))

    for n, raw in enumerate(raws):
        result.attribution_sources.append(assigned.get((n, -1)) if raw.source is not None else None)
        result.attribution_via.append([assigned[(n, v)] for v in range(len(raw.via))])
    result.sources = table.sources
    return result
