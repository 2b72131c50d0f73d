"""Origins that are no second body: outlets of the batch relaying their article, unnamed reports, papers and
the press.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...kinds import SourceKind
from ...lang.en import independence as lx
from ...lang.en.independence import (
    MEDIA_KINDS,
    PAPER_HEADS,
    PRESS_KINDS,
)
from ...lang.en.resolve_words import UNNAMED_REPORTS_NAME
from ...lang.en.sources import COLLECTIVE_FILLERS, MEDIA_WORDS
from ...models import Source
from ...resolve.aliases import default_aliases
from ...resolve.normalize import norm_key
from .affiliation import _may_be
from .judging import Judging, _name, _unit
from .names import _generic_words, _head_noun, _singular, _unnamed


def _relayed_units(
    art: str, o: str, relayed: list[str], by_article_origins: dict[str, set[str]], ctx: Judging
) -> set[str]:
    """The units an article carries through an outlet of this batch it cites: the origins the cited
    outlet's own article gives, or (when that article does not carry the claim) the outlet itself, with a
    doubt."""
    sources, names, links, level = ctx.sources, ctx.names, ctx.links, ctx.level
    evidence, doubts = ctx.evidence, ctx.doubts
    inner = {x for a in relayed for x in by_article_origins.get(a, set()) if x != o}
    who = ", ".join(sorted({links.outlet_name.get(a, a) for a in relayed}))
    if inner:
        evidence.append(
            lx.CITES_COUNTED_ONCE.format(
                outlet=links.outlet_name.get(art, art),
                cited=who,
                origins=", ".join(sorted(_name(x, sources, names) for x in inner)),
            )
        )
        return {_unit(x, sources, level) for x in inner}
    doubts.append(lx.CITES_UNKNOWN.format(outlet=links.outlet_name.get(art, art), cited=who))
    return {_unit(o, sources, level)}


def _carried_units(records: Sequence[object], ctx: Judging) -> dict[str, set[str]]:
    """Article -> the units it carries. Origins that are outlets of this batch relay that outlet's article,
    not a new origin."""
    sources, links, level = ctx.sources, ctx.links, ctx.level
    carried: dict[str, set[str]] = {}
    by_article_origins: dict[str, set[str]] = {}
    for r in records:
        by_article_origins.setdefault(r.article, set()).update(r.origins)  # type: ignore[attr-defined]
    for r in records:
        art: str = r.article  # type: ignore[attr-defined]
        for o in r.origins:  # type: ignore[attr-defined]
            relayed = [a for a in links.articles_of.get(o, []) if a != art]
            if relayed:
                found = _relayed_units(art, o, relayed, by_article_origins, ctx)
                # the citing article depends on the cited one
                carried.setdefault(art, set()).update(found)
                continue
            carried.setdefault(art, set()).add(_unit(o, sources, level))
    return carried


def _is_unnamed_reports(src: Source | None) -> bool:
    """An origin that is only unnamed reports ("reportedly", "according to reports"; ``resolve/reports.py``), or
    the press at large (``_press_at_large``)."""
    if src is None:
        return False
    return src.kind == SourceKind.ANONYMOUS and src.name == UNNAMED_REPORTS_NAME or _press_at_large(src)


def _press_at_large(src: Source) -> bool:
    """Rule ``press_at_large_is_reports``: a collective that is only the press at large, no outlet named ("media
    reports said", "local media", "Ukrainian media outlets"): its words, less country words and words of rank or
    number, are words for the media. Like unnamed reports, it rests on nobody the text names."""
    if src.kind != SourceKind.COLLECTIVE and src.kind not in MEDIA_KINDS:
        return False
    written = _generic_words(src.name)
    rest = [w.lower() for w in written if w.lower() not in COLLECTIVE_FILLERS]
    return bool(rest) and all(w in MEDIA_WORDS for w in rest) and not any(w[:1].isupper() for w in written)


def _unnamed_reports(carried: dict[str, set[str]], ctx: Judging) -> None:
    """Rule ``unnamed_reports``: unnamed reports rest on nobody the text names; they may be any other origin
    of the claim, or each other, so they never count apart: they leave the count (``carried`` is changed in
    place) with a doubt, and when every origin is unnamed reports, one stays, alone."""
    present = sorted({u for us in carried.values() for u in us})
    vague = [u for u in present if _is_unnamed_reports(ctx.sources.get(u))]
    if not vague:
        return
    if len(vague) == len(present):
        vague = vague[1:]
    for u in vague:
        ctx.doubts.append(lx.UNNAMED_REPORTS.format(name=ctx.name(u)))
        for us in carried.values():
            us.discard(u)


def _is_paper(src: Source | None, opening: bool = False) -> bool:
    """A paper a body issues, given as the origin ("the court's ruling", "Memos to staff at the hospital",
    "emails seen by the paper", "the count", an inquiry: rule ``inquiry_is_a_paper``): the head noun of its name
    (``_head_noun``) is one of ``PAPER_HEADS``, written in lower case (or opening the name: a sentence's first
    word), its name names no issuer (``_issuer_named``; ``opening``: the name opens its sentence, so the capital of
    its first word is the sentence's: "Preliminary investigations have revealed ..."), and it is no news
    organisation ("the Daily Record" is a newspaper)."""
    if src is None or _is_press(src):
        return False
    head = _head_noun(src.name)
    if head not in PAPER_HEADS:
        return False
    written = src.name.split()
    at = next((i for i, w in enumerate(written) if _singular(norm_key(w)) == head), None)
    if at is None or (at > 0 and written[at][:1].isupper()):
        return False
    if opening and at > 0:
        written = [written[0].lower(), *written[1:]]
    return not _issuer_named(written, at)


def _sentence_openers(records: Sequence[object]) -> set[str]:
    """The source phrases (normalised) some mention writes at the start of a sentence: right after a mark that ends
    one (``SENTENCE_END_MARKS``), a line break, or at the start of the text."""
    out: set[str] = set()
    for r in records:
        before: list[str] = r.cand.before_source  # type: ignore[attr-defined]
        written: tuple[str, ...] = r.written  # type: ignore[attr-defined]
        if len(before) != len(written):
            continue  # an attribution without a source: the two lists do not line up
        for phrase, text in zip(written, before, strict=True):
            if not text.strip(" \t") or text.endswith("\n") or text.rstrip().endswith(lx.SENTENCE_END_MARKS):
                out.add(norm_key(phrase))
    return out


def _issuer_named(written: list[str], at: int) -> bool:
    """A paper's name names who issued it: a capitalised word before its head noun that is no country word
    ("Companies House records", "the Harbour Authority's report"), or a capitalised word after "by" or "from"
    ("a report by Amnesty"). Such a paper is its issuer's, a body the identity steps weigh like any other."""
    before = _generic_words(" ".join(written[:at]))
    if any(w[:1].isupper() for w in before):
        return True
    return any(
        w.lower() in lx.ISSUER_WORDS and any(x[:1].isupper() for x in _generic_words(" ".join(written[i + 1 :])))
        for i, w in enumerate(written[at + 1 :], start=at + 1)
    )


def _paper_origins(carried: dict[str, set[str]], ctx: Judging, openers: set[str] | None = None) -> None:
    """Rule ``paper_is_no_second_body``: a paper given as the origin (``_is_paper``) speaks for whoever issued
    it, and its name does not show that to be a body apart from the other origins of the claim (the judge and
    "the court's ruling"; a hospital and "memos to staff"): it leaves the count (``carried`` is changed in place)
    with a doubt. When every origin is a paper, the one carried by the most articles stays, alone (one document
    named in several articles is one origin). ``openers``: the source phrases written at the start of a sentence
    (``_sentence_openers``)."""
    present = sorted({u for us in carried.values() for u in us})
    papers = [
        u
        for u in present
        if _is_paper(src := ctx.sources.get(u), src is not None and norm_key(src.name) in (openers or set()))
    ]
    others = [u for u in present if u not in papers]
    # an unnamed paper that may be another origin's is left to the identity step, whose doubt names it
    papers = [
        u
        for u in papers
        if not (
            _unnamed(ctx.sources[u]) and any(_may_be(ctx.sources[u], ctx.sources.get(v), ctx.sources) for v in others)
        )
    ]
    if not papers:
        return
    papers, others = _one_kept(papers, present, carried)
    who = _others_shown(others, ctx)
    for u in papers:
        if [ctx.name(u)] == [ctx.name(v) for v in others]:  # every origin a paper, and this one named as the one kept
            ctx.doubts.append(lx.PAPER_NAMED_AGAIN.format(name=ctx.name(u)))
        else:
            ctx.doubts.append(lx.PAPER_NO_SECOND_BODY.format(name=ctx.name(u), others=who))
        for us in carried.values():
            us.discard(u)


def _one_kept(dropped: list[str], present: list[str], carried: dict[str, set[str]]) -> tuple[list[str], list[str]]:
    """The origins to drop and the others they may belong to; when every present origin would be dropped, the
    one carried by the most articles (then the first by id) stays, alone (the dropped ones may be it)."""
    others = [u for u in present if u not in dropped]
    if not others:
        reach = Counter(u for us in carried.values() for u in us)
        kept = min(dropped, key=lambda u: (-reach[u], u))
        dropped = [u for u in dropped if u != kept]
        others = [kept]
    return dropped, others


def _others_shown(others: list[str], ctx: Judging) -> str:
    """The other origins a paper may belong to, in words: the first ``PAPER_OTHERS_SHOWN``, then how many more."""
    who = lx.OR.join(ctx.name(u) for u in others[: lx.PAPER_OTHERS_SHOWN])
    if len(others) > lx.PAPER_OTHERS_SHOWN:
        who = lx.AND_MORE.format(shown=who, count=len(others) - lx.PAPER_OTHERS_SHOWN)
    return who


def _relayed_papers(records: Sequence[object], carried: dict[str, set[str]], ctx: Judging) -> None:
    """Rule ``relayed_paper_is_no_second_body``: an origin whose every mention of the claim passes on what an
    unnamed paper found ("A preliminary investigation indicated the train left the main line, said a board member":
    ``MentionCandidate.relayed_paper``) speaks for that paper, and the paper does not show who made it apart from
    the other origins (an inspection report of the rail operator another outlet cites may be it): it leaves the
    count (``carried`` is changed in place) with a doubt, as a paper given as the origin does
    (``paper_is_no_second_body``). When every origin passes on such a paper, the one carried by the most articles
    stays, alone (the unnamed papers may be one)."""
    paper: dict[str, str] = {}
    stated: set[str] = set()
    for r in records:
        found: str = r.cand.relayed_paper  # type: ignore[attr-defined]
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            if found:
                paper.setdefault(u, found)
            else:
                stated.add(u)
    present = sorted({u for us in carried.values() for u in us})
    relays = [u for u in present if u in paper and u not in stated]
    if not relays:
        return
    relays, others = _one_kept(relays, present, carried)
    who = _others_shown(others, ctx)
    for u in relays:
        ctx.doubts.append(lx.RELAYED_PAPER.format(name=ctx.name(u), paper=paper[u], others=who))
        for us in carried.values():
            us.discard(u)


def _is_press(src: Source | None) -> bool:
    """A news organisation: a newspaper, broadcaster or news agency (its kind, from the alias table, the batch's
    outlets, a describing apposition or the head of its name)."""
    return src is not None and src.kind in PRESS_KINDS


def _country_of(u: str, sources: dict[str, Source]) -> str | None:
    """The country of an origin, its own or that of a body on its affiliation path (None when unknown)."""
    src = sources.get(u)
    if src is None:
        return None
    for x in (u, *src.affiliation_path):
        s = sources.get(x)
        if s is not None and s.country:
            return norm_key(s.country)
    return None


def _shown_apart(p: str, bodies: list[str], ctx: Judging, records: Sequence[object] = ()) -> bool:
    """A newspaper or broadcaster shown to be no relay of the bodies beside it: it is of a known country, every
    body beside it is of another known country (a foreign agency confirming what an outlet reported, not an
    outlet repeating its own country's authorities), and it reports on its own country (rule
    ``press_apart_only_at_home``: one of its mentions names its country, "the country's special forces captured
    ..."). A news agency's trade is passing on others' statements: it is never shown apart so."""
    src = ctx.sources.get(p)
    mine = _country_of(p, ctx.sources)
    if src is None or src.kind != SourceKind.MEDIA_OUTLET or mine is None:
        return False
    theirs = [_country_of(b, ctx.sources) for b in bodies]
    return all(c is not None and c != mine for c in theirs) and _press_at_home(p, mine, records, ctx)


def _press_at_home(p: str, country: str, records: Sequence[object], ctx: Judging) -> bool:
    """Rule ``press_apart_only_at_home``: an outlet reports on its own country when one of the mentions it is the
    origin of names that country ("Westland's rangers found the hikers", "the Westlandish coast guard said"). An
    outlet of one country reporting an event abroad ("a yacht sank off Eastmark, with one man dead, as reported by
    the Westland Times") has no line of its own there: what it reports is what the event's country's authorities
    and the wires gave out, so the body of that country beside it is no confirmation of it."""
    for r in records:
        origins: list[str] = r.origins  # type: ignore[attr-defined]
        if any(ctx.unit(o) == p for o in origins) and _names_country(r.cand.text, country):  # type: ignore[attr-defined]
            return True
    return False


def _names_country(text: str, country: str) -> bool:
    """The text names the country (keyed as ``_country_of`` keys it): its name as written, or a name, alias or
    demonym the alias table knows."""
    return f" {country} " in f" {norm_key(text)} " or country in _countries_named(text)


def _countries_named(text: str) -> set[str]:
    """The countries a text names by a name, alias or demonym of one to three words ("Norwegian", "South Korea"),
    as ``_country_of`` keys them."""
    db = default_aliases()
    words = norm_key(text).split()
    return {
        norm_key(c)
        for i in range(len(words))
        for n in (1, 2, 3)
        if i + n <= len(words) and (c := db.country_of(" ".join(words[i : i + n]))) is not None
    }


def _press_origins(carried: dict[str, set[str]], ctx: Judging, records: Sequence[object] = ()) -> None:
    """Rule ``press_is_no_second_body``: a news organisation given as the origin ("NHK reported ...", "according
    to the daily Example Post", "local media reported") reports on its own authority without saying where it got
    the fact; it sits at the end of a chain it does not show, so it does not count as a body apart from the other
    origins: it leaves the count (``carried`` is changed in place) and stays visible, with a line saying so.
    Unless it is shown apart (``_shown_apart``: an outlet of one country reporting on that country, beside bodies
    all of other countries).
    When no origin but the press is left, the news organisation carried by the most articles stays, alone (none
    shows a source of its own, so none is shown to be independent of another). A definite description ("the
    newspaper") is left to the identity steps, which may tie it to a named outlet."""
    present = sorted({u for us in carried.values() for u in us})
    press = [u for u in present if _is_press(ctx.sources.get(u)) and not _unnamed(ctx.sources.get(u))]
    if not press:
        return
    bodies = [u for u in present if not _is_press(ctx.sources.get(u))]
    if bodies:
        press = [u for u in press if not _shown_apart(u, bodies, ctx, records)]
    else:
        reach = Counter(u for us in carried.values() for u in us)
        kept = min(press, key=lambda u: (-reach[u], u))
        press = [u for u in press if u != kept]
    for u in press:
        ctx.evidence.append(lx.PRESS_COUNTED_AS_RELAY.format(name=ctx.name(u)))
        for us in carried.values():
            us.discard(u)
