"""What the trained attribution model costs per article next to parsing (target: the whole per-article
pass, model included, <= 25% of parse time).

Parsing = the spaCy engine's ``annotate`` (loaded, no cache). Model = ``attribution.learned.model.propose``
(tagging + linking over the story blocks). Pass = ``analyse`` (rules + model + merge + local resolution +
claim candidates). Each is repeated ``--repeat`` times and the fastest pass is kept.

    .venv/bin/python benchmarks/model_cost.py [--repeat 3] [--json out.json] [PATH ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._measure import Figure, print_figures  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def measure(repeat: int = 3, paths: Sequence[str] | None = None) -> list[dict[str, Figure]]:
    from attribution.extraction.combine import regions
    from attribution.ingest import load_articles
    from attribution.learned.model import load, propose
    from attribution.nlp.annotate import resolve_engine
    from attribution.pipeline import analyse

    files = list(paths) if paths else [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    articles = load_articles(files).articles
    engine = resolve_engine("spacy").create()
    t = time.perf_counter()
    nlp = load()
    load_s = time.perf_counter() - t
    first = articles[0]
    doc0 = next(iter(engine.annotate([(first.text, list(first.blocks))])))  # warm-up: lazy init not timed
    propose(doc0.text, regions(doc0), nlp=nlp)
    best: dict[str, dict[str, float]] = {a.id: {} for a in articles}
    words: dict[str, int] = {}
    for _ in range(repeat):
        for article in articles:
            t0 = time.perf_counter()
            doc = next(iter(engine.annotate([(article.text, list(article.blocks))])))
            t1 = time.perf_counter()
            propose(doc.text, regions(doc), nlp=nlp, tokens=[(tk.start, tk.end) for tk in doc.tokens])
            t2 = time.perf_counter()
            analyse(article, doc)
            t3 = time.perf_counter()
            words[article.id] = len(doc.tokens)
            row = best[article.id]
            for name, s in (("parse", t1 - t0), ("model", t2 - t1), ("pass", t3 - t2)):
                row[name] = min(row.get(name, float("inf")), s)
    rows: list[dict[str, Figure]] = []
    for article in [*articles, None]:
        ids = [a.id for a in articles] if article is None else [article.id]
        parse = sum(best[i]["parse"] for i in ids)
        model = sum(best[i]["model"] for i in ids)
        whole = sum(best[i]["pass"] for i in ids)
        rows.append(
            {
                "article": "all" if article is None else article.id,
                "tokens": sum(words[i] for i in ids),
                "parse_ms": 1000 * parse,
                "model_ms": 1000 * model,
                "model_%_of_parse": 100 * model / parse,
                "pass_ms (incl. model)": 1000 * whole,
                "pass_%_of_parse": 100 * whole / parse,
            }
        )
    rows.append({"article": "model load (once)", "tokens": 0, "parse_ms": 0.0, "model_ms": 1000 * load_s,
                 "model_%_of_parse": 0.0, "pass_ms (incl. model)": 0.0, "pass_%_of_parse": 0.0})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Attribution model cost per article vs parse time.")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest is kept (default 3)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("paths", nargs="*", help="articles to use instead of fixtures/seeds/*.txt")
    args = parser.parse_args(argv)
    rows = measure(max(1, args.repeat), args.paths or None)
    title = "Model cost vs annotation (target: whole pass incl. model <= 25% of parse)"
    print_figures(title, rows, json_path=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
