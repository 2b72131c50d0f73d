"""The join steps on copied text: one passage in two articles and one quotation with one author."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized
from dataclasses import dataclass

from ...lang.en import independence as lx
from ...lang.en.independence import (
    DEFINITE_ARTICLES,
)
from ...lang.en.pronouns import ALL_PRONOUNS
from ...resolve.normalize import norm_key
from ..fingerprint import words
from ..quoted import quoted_parts
from .judging import Judging


def _cover(hits: dict[str, int], cited: Mapping[str, Sized], need: int) -> str | None:
    """The origin a passage rule counts another as: one that ``hits`` on every one of its ``need`` mentions and
    is cited at least as often; the most cited first (then by id), or None."""
    full = [v for v, n in hits.items() if n == need and len(cited[v]) >= need]
    return max(full, key=lambda x: (len(cited[x]), x)) if full else None


#: Rule ``one_passage_in_two_articles``: the run of words two mentions must hold word for word to be one passage:
#: longer than the formula two reporters may each write ("more than 150 people were injured in the quake on
#: Friday"); and the most mentions one run is looked up in (a run more mentions share is boilerplate, and the cap
#: keeps the step linear in the claim's mentions).
PASSAGE_MIN_WORDS = 15
PASSAGE_MAX_POSTINGS = 64


def _passage_runs(ws: Sequence[str]) -> set[tuple[str, ...]]:
    """The runs of ``PASSAGE_MIN_WORDS`` words of a mention: two mentions sharing one are one passage copied,
    word for word. A short statement many speakers make alike ("three soldiers were killed near the border") is
    too short to hold one, and a reworded one may be two sources saying one fact."""
    n = PASSAGE_MIN_WORDS
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def _speaker_as_a_reference(written: Sequence[str]) -> bool:
    """The article writes the speaker of a mention as a pronoun or a description, not a name ("it", "the
    company", "The company"): who it is, the resolver had to guess."""
    for w in written:
        words = w.split()
        if not words:
            continue
        if all(norm_key(x) in ALL_PRONOUNS for x in words):
            return True
        if words[0].lower() in DEFINITE_ARTICLES and not any(x[:1].isupper() for x in words[1:]):
            return True
    return False


def _one_passage_in_two_articles(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``one_passage_in_two_articles``: one passage has one speaker. An origin each of whose mentions is, word
    for word, a passage another article gives to one other origin is one passage read with two speakers: the
    resolver's guess differed, not the speaker. A mention is such a copy (``_passage_copies``) when

    - it shares a run of ``PASSAGE_MIN_WORDS`` words with the other (``_passage_runs``) and one of the two articles
      writes its speaker the same way as the other or only as a pronoun or a description ("The company said it is
      removing the burger from restaurants in the four states", the company read as the burger chain in one
      article and as the health agency in a copy of it); or
    - the two articles are copies of one text (one dependence group) and the whole mention is the other's word for
      word ("The company said it is recalling the jars" read as the regulator in one copy and as the company in
      the other), whatever the two speakers are written as; the other origin must then also come through an
      article of another dependence group (two origins carried only by copies of one text are counted once by
      the dependence step, which says so).

    Counted as the origin cited at least as often that covers every mention (``_cover``), with a doubt saying which
    of the two it was. Two outlets that do not depend on each other and name two speakers for one sentence are
    left to the other steps. Unit -> the unit it joins."""
    if len(units) < 2:
        return {}
    said: dict[str, list[_Said]] = {u: [] for u in units}
    by_run: dict[tuple[str, ...], list[tuple[str, int]]] = {}  # run -> (unit, index in said[unit])
    by_text: dict[str, list[tuple[str, int]]] = {}  # the whole mention -> (unit, index in said[unit])
    read: dict[str, tuple[set[tuple[str, ...]], str]] = {}  # text -> its runs and words (wire copy repeats texts)
    for r in records:
        text: str = r.cand.text  # type: ignore[attr-defined]
        if text not in read:
            read[text] = (_passage_runs(words(text)), " ".join(text.lower().split()))
        runs, whole = read[text]
        art: str = r.article  # type: ignore[attr-defined]
        seen = _Said(art, ctx.links.group.get(art), runs, tuple(r.written), whole)  # type: ignore[attr-defined]
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            if u in said:
                for run in runs:
                    by_run.setdefault(run, []).append((u, len(said[u])))
                by_text.setdefault(whole, []).append((u, len(said[u])))
                said[u].append(seen)
    out: dict[str, str] = {}
    copies_of: dict[str, _Copies] = {}  # the whole mention -> its copies by group (``_passage_copies``)
    groups: dict[str, set[int | None]] = {}  # each origin's dependence groups, read once (``_kept_copy``)
    for u in sorted(units, key=lambda x: (len(said[x]), x)):
        if not said[u] or u in out or u in ctx.joined:
            continue
        every: set[str] | None = None  # the origins every mention so far copies (only they can be kept)
        alike: set[str] = set()  # origins some mention copies with the speaker written alike
        for mine in said[u]:
            written_alike, copied = _passage_copies(mine, u, said, by_run, by_text, out, copies_of)
            alike |= written_alike
            every = written_alike | copied if every is None else every & (written_alike | copied)
            if not every:  # no origin copied by every mention: none is kept (counting each copy was quadratic)
                break
        else:
            need = len(said[u])
            kept = _kept_copy(u, dict.fromkeys(every or (), need), alike, said, groups)
            if kept is not None:
                out[u] = kept
                how = lx.PASSAGE_WRITTEN_ALIKE if kept in alike else lx.PASSAGE_COPIES
                ctx.doubts.append(lx.ONE_PASSAGE_TWO_ARTICLES.format(a=ctx.name(u), b=ctx.name(kept), how=how))
    return out


def _kept_copy(
    u: str, copies: dict[str, int], alike: set[str], said: dict[str, list[_Said]], groups: dict[str, set[int | None]]
) -> str | None:
    """The origin every mention of ``u`` is a copy of (``_cover``; ``copies``: origin -> mentions of ``u`` it
    copies), or None. An origin found only through copies of one text must also come through another dependence
    group than ``u``'s. Only origins copied by every mention can be kept, so only they have their groups read;
    ``groups`` keeps each origin's groups for the next unit (reading them per unit was quadratic in the claim)."""
    need = len(said[u])
    mine = _groups_of(u, said, groups)
    fit = {v: n for v, n in copies.items() if n == need and (v in alike or not _groups_of(v, said, groups) <= mine)}
    return _cover(fit, said, need)


def _groups_of(v: str, said: dict[str, list[_Said]], groups: dict[str, set[int | None]]) -> set[int | None]:
    """The dependence groups of the articles ``v`` is said in (kept in ``groups``)."""
    if v not in groups:
        groups[v] = {s.group for s in said[v]}
    return groups[v]


@dataclass(frozen=True, slots=True)
class _Said:
    """One mention of an origin as ``_one_passage_in_two_articles`` reads it."""

    article: str
    group: int | None  # the article's dependence group
    runs: set[tuple[str, ...]]  # its runs of ``PASSAGE_MIN_WORDS`` words
    written: tuple[str, ...]  # its speakers as the article writes them
    whole: str  # its words, lower case, spaces folded


def _passage_copies(
    mine: _Said,
    u: str,
    said: dict[str, list[_Said]],
    by_run: dict[tuple[str, ...], list[tuple[str, int]]],
    by_text: dict[str, list[tuple[str, int]]],
    out: dict[str, str],
    copies_of: dict[str, _Copies] | None = None,
) -> tuple[set[str], set[str]]:
    """The other origins one mention of ``u`` is a copy of, in another article: those sharing a long run with the
    speaker written alike or as a reference, and those whose mention is the same words in a copy of one text.

    The copies of a whole mention are read from ``copies_of`` (``_copies_by_group``, built once per text): wire copy
    repeats one text in hundreds of mentions, and walking every mention of the text for each of them was quadratic."""
    near = {hit for run in mine.runs if len(by_run[run]) <= PASSAGE_MAX_POSTINGS for hit in by_run[run]}
    written_alike = {
        v
        for v, k in near
        if v != u
        and v not in out
        and said[v][k].article != mine.article
        and _one_speaker(mine.written, said[v][k].written)
    }
    if mine.group is None:
        return written_alike, set()
    copies = copies_of.get(mine.whole) if copies_of is not None else None
    if copies is None:
        copies = _copies_by_group(by_text.get(mine.whole, ()), said)
        if copies_of is not None:
            copies_of[mine.whole] = copies
    # an origin is copied when one of its mentions of these words is in this group and in another article: every
    # origin of the group but those said only in this article (set operations: a wire text has hundreds of origins)
    filed = copies.get(mine.group)
    if filed is None:
        return written_alike, set()
    origins, only_in = filed
    copied = origins.difference(only_in.get(mine.article, _NOBODY)).difference(out)  # new sets: the filed stay
    copied.discard(u)
    return written_alike, copied


#: The mentions of one whole text by dependence group: group -> (the origins said in it, article -> the origins
#: said in that article alone).
_Copies = dict[int | None, tuple[set[str], dict[str, set[str]]]]
_NOBODY: set[str] = set()  # never changed


def _copies_by_group(postings: Sequence[tuple[str, int]], said: dict[str, list[_Said]]) -> _Copies:
    """The mentions of one whole text (``by_text``'s postings), filed by dependence group: its origins, and by
    article those said in no other article of the group (the ones a mention of that article does not copy)."""
    filed: dict[int | None, dict[str, set[str]]] = {}
    for v, k in postings:
        s = said[v][k]
        filed.setdefault(s.group, {}).setdefault(v, set()).add(s.article)
    out: _Copies = {}
    for group, origins in filed.items():
        only_in: dict[str, set[str]] = {}
        for v, articles in origins.items():
            if len(articles) == 1:
                only_in.setdefault(next(iter(articles)), set()).add(v)
        out[group] = (set(origins), only_in)
    return out


def _one_speaker(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Two mentions of one passage name one speaker: a word of the speaker written alike, or either written only
    as a pronoun or a description (``_speaker_as_a_reference``)."""
    same = {norm_key(w) for w in mine} & {norm_key(w) for w in theirs}
    return bool(same) or _speaker_as_a_reference(mine) or _speaker_as_a_reference(theirs)


#: Rule ``one_quotation_one_author``: the run of words two quotations must share to be one text quoted: longer than
#: a phrase two speakers may each say ("we are doing everything we can"), shorter than a copied passage
#: (``PASSAGE_MIN_WORDS``), since the quotation marks already vouch that the words are the speaker's own.
QUOTED_MIN_WORDS = 10


def _quoted_parts(text: str, direct: bool) -> list[str]:
    """The parts of a mention's text that are quoted word for word: the whole text of a direct quotation, else
    each passage between double quotation marks (``quoted.quoted_parts``; single marks are also apostrophes)."""
    return [text] if direct else quoted_parts(text)


def _quoted_runs(text: str, direct: bool) -> set[tuple[str, ...]]:
    """The runs of ``QUOTED_MIN_WORDS`` words inside a mention's quotations (``_quoted_parts``)."""
    n = QUOTED_MIN_WORDS
    out: set[tuple[str, ...]] = set()
    for part in _quoted_parts(text, direct):
        ws = words(part)
        out.update(tuple(ws[i : i + n]) for i in range(len(ws) - n + 1))
    return out


def _one_quotation_one_author(records: Sequence[object], units: list[str], ctx: Judging) -> dict[str, str]:
    """Rule ``one_quotation_one_author``: words quoted word for word were written once. An origin each of whose
    mentions quotes a run of ``QUOTED_MIN_WORDS`` words that another article quotes from another origin is not a
    second voice: the two articles quote one text and give it to two holders (a filing the maker wrote and the
    regulator published, a statement one body issued and another passed on), or one of them misread whose words
    they are. Two bodies do not reach the same ten words apart. Counted as the origin cited at least as often that
    covers every mention (``_cover``), with a doubt. Unit -> the unit it joins."""
    if len(units) < 2:
        return {}
    said: dict[str, list[tuple[str, set[tuple[str, ...]]]]] = {u: [] for u in units}
    by_run: dict[tuple[str, ...], dict[str, set[str]]] = {}  # run -> unit -> its articles (few units per run)
    read: dict[tuple[str, bool], set[tuple[str, ...]]] = {}
    for r in records:
        key = (r.cand.text, bool(r.cand.direct))  # type: ignore[attr-defined]
        if key not in read:
            read[key] = _quoted_runs(*key)
        runs = read[key]
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            if u in said:
                said[u].append((r.article, runs))  # type: ignore[attr-defined]
                for run in runs:
                    by_run.setdefault(run, {}).setdefault(u, set()).add(r.article)  # type: ignore[attr-defined]
    out: dict[str, str] = {}
    for u in sorted(units, key=lambda x: (len(said[x]), x)):
        if not said[u] or u in out or u in ctx.joined:
            continue
        hits: dict[str, int] = {}
        for art, runs in said[u]:
            found = {v for run in runs for v, arts in by_run[run].items() if v != u and v not in out and arts - {art}}
            if not found:
                break
            for v in found:
                hits[v] = hits.get(v, 0) + 1
        else:
            kept = _cover(hits, said, len(said[u]))
            if kept is not None:
                out[u] = kept
                ctx.doubts.append(lx.ONE_QUOTATION.format(a=ctx.name(u), b=ctx.name(kept)))
    return out
