"""Hand-made inputs for the tracing stage: mentions, articles, sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from attribution.models import ArticleResult, Attribution, Source, Span
from attribution.tracing.candidates import ArticleCandidates, MentionCandidate, NumberFact
from attribution.tracing.fingerprint import minhash, shingle_hashes, words


def fig(value: float, qualifier: str = "", noun: str | None = "troop", text: str = "") -> NumberFact:
    return NumberFact(value=value, qualifier=qualifier, noun=noun, text=text or f"{qualifier} {value:,.0f}".strip())


def mention(
    text: str,
    lemmas: list[str],
    *,
    start: int = 0,
    main: list[str] | None = None,
    numbers: list[NumberFact] | None = None,
    attributions: list[int] | None = None,
    places: list[tuple[str, bool]] | None = None,
    hedges: list[str] | None = None,
    direct: bool = False,
    social: str | None = None,
) -> MentionCandidate:
    preds = sorted(k[1:] for k in lemmas if k.startswith("~"))
    return MentionCandidate(
        start=start,
        end=start + len(text),
        text=text,
        attributions=attributions or [],
        sentence=0,
        lemmas=sorted(set(lemmas)),
        predicates=preds,
        main_predicates=main if main is not None else preds[:1],
        numbers=numbers or [],
        places=places or [],
        hedges=hedges or [],
        direct=direct,
        social=social,
    )


@dataclass
class Art:
    """An article under construction: its public result and its candidates."""

    id: str
    outlet: str
    mentions: list[MentionCandidate] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    body: str = ""
    published: str | None = None

    def attribute(
        self,
        source_id: str | None,
        *,
        via: list[str] | None = None,
        parent: int | None = None,
        kind: str = "reported-speech",
    ) -> int:
        n = len(self.attributions)
        self.attributions.append(
            Attribution(
                id=f"{self.id}:a{n + 1}",
                kind=kind,
                source=None,
                source_id=source_id,
                cue=Span(text="said", start=0, end=4),
                content=[],
                parent=f"{self.id}:a{parent + 1}" if parent is not None else None,
                via=via or [],
            )
        )
        return n

    def result(self) -> ArticleResult:
        return ArticleResult(
            id=self.id,
            path=None,
            outlet=self.outlet,
            outlet_source=self.outlet,
            attributions=self.attributions,
            display_outlet=self.outlet,
            published=self.published,
        )

    def candidates(self) -> ArticleCandidates:
        for k, m in enumerate(self.mentions):
            m.position = k
        sh = shingle_hashes(words(self.body))
        return ArticleCandidates(self.id, self.mentions, sh, minhash(sh), self.published, self.outlet)


@dataclass
class Res:
    sources: list[Source] = field(default_factory=list)


def src(sid: str, name: str, kind: str = "person", country: str | None = None) -> Source:
    return Source(id=sid, name=name, kind=kind, country=country)


def run(arts: list[Art], sources: list[Source] | None = None):  # type: ignore[no-untyped-def]
    from attribution.tracing import build_claims

    arts = sorted(arts, key=lambda a: a.id)
    outlets = [src(a.outlet, a.outlet, "media outlet") for a in arts]
    return build_claims([a.result() for a in arts], [a.candidates() for a in arts], Res([*outlets, *(sources or [])]))


def claim_of(claims, article: str, text: str):  # type: ignore[no-untyped-def]
    for c in claims:
        for m in c.mentions:
            if m.article == article and m.text == text:
                return c
    raise AssertionError(f"no claim holds {text!r} of {article}")


def trace_claims(arts: list[Art], sources: list[Source]):  # type: ignore[no-untyped-def]
    """The claims of ``arts`` (in id order), each article's outlet a media outlet beside ``sources``."""
    from attribution.tracing import build_claims

    arts = sorted(arts, key=lambda a: a.id)
    outlets = [src(a.outlet, a.outlet, "media outlet") for a in arts]
    claims, _ = build_claims([a.result() for a in arts], [a.candidates() for a in arts], Res([*outlets, *sources]))
    return claims


def two_origin_articles(
    first: str,
    second: str,
    *,
    bodies: tuple[str, str],
    statement: str,
    keys: list[str],
    texts: tuple[str, str] = ("", ""),
    written: tuple[str, str] = ("", ""),
) -> list[Art]:
    """Two unrelated articles (``bodies``) carrying one statement, each from one origin (``texts``: each
    mention's words, default ``statement``; ``written``: how the article writes that origin where it cites it)."""
    arts = []
    for k, (aid, origin) in enumerate((("a", first), ("b", second))):
        art = Art(aid, f"Outlet {aid.upper()}", body=bodies[k])
        n = art.attribute(origin)
        if written[k]:
            art.attributions[n].source = Span(text=written[k], start=0, end=len(written[k]))
        art.mentions.append(mention(texts[k] or statement, keys, attributions=[n]))
        arts.append(art)
    return arts


def described(source: Source, description: str) -> Source:
    source.description = description
    return source
