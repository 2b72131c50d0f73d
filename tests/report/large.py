"""A generated report of 1,000 articles: many outlets, wire relays, thousands of sources and claims.

Built at the level of the public models (no NLP), seeded, so the renderers' size rules can be tested
at the scale where the whole-corpus graph used to fail ("Maximum text size in diagram exceeded").
"""

from __future__ import annotations

import random

from attribution.models import ArticleResult, Claim, Mention, Report, Source

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tor", "vu", "zen", "bri", "dal", "fe", "gor", "hin", "jas", "qui"]


def _name(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)).title() for _ in range(words))


def large_report(n_articles: int = 1000, seed: int = 7) -> Report:
    rng = random.Random(seed)
    outlets = [Source(id=f"outlet-{i}", name=f"{_name(rng, 2)} Times", kind="media outlet") for i in range(300)]
    wires = [Source(id=f"wire-{i}", name=f"{_name(rng, 1)} Press Agency", kind="wire agency") for i in range(12)]
    origins = [
        Source(id=f"origin-{i}", name=f"{_name(rng, 3)} of the {_name(rng, 2)} Ministry", kind="government")
        for i in range(2500)
    ]
    articles = []
    for a in range(n_articles):
        outlet = outlets[a % len(outlets)]
        articles.append(
            ArticleResult(
                id=f"{a:04d}.txt",
                path=f"corpus/{a:04d}.txt",
                outlet=outlet.name,
                outlet_source=outlet.id,
                display_outlet=outlet.name,
                published=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}",
                url=f"https://{outlet.id}.example/news/{a}",
            )
        )
    claims = []
    for c in range(3000):
        mentions = []
        for _ in range(rng.randint(1, 6)):
            art = articles[rng.randrange(n_articles)]
            chain = [art.outlet_source or ""]
            if rng.random() < 0.4:
                chain.append(rng.choice(wires).id)
            chain.append(rng.choice(origins).id)
            mentions.append(
                Mention(article=art.id, start=0, end=10, text=_name(rng, 4), attribution=None, chains=[chain])
            )
        origin_ids = sorted({m.chains[0][-1] for m in mentions})
        claims.append(
            Claim(
                id=f"c{c:05d}",
                statement=f"{_name(rng, 6)} happened",
                mentions=mentions,
                origins=origin_ids,
                independent_origins=len(origin_ids),
                verdict="single-origin" if len(origin_ids) == 1 else "independently-confirmed",
            )
        )
    return Report(
        engine="spacy",
        model="test",
        version="0",
        articles=articles,
        sources=[*outlets, *wires, *origins],
        claims=claims,
    )
