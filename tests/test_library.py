"""The library as a developer embeds it: the README's example, every public function twice, stable ids."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import attribution
from attribution import ArticleInput, AttributionError
from attribution.errors import InputError, UnknownIdError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
ONE_SEED = sorted(SEEDS.glob("*.txt"))[3]

UNRELATED = (
    "Riverton council approves new bridge\n\n"
    "The Riverton town council voted on Tuesday to fund a new footbridge over the Mill River, "
    'the mayor, Ellen Hart, said. "The old bridge has been closed since the spring floods," Hart told '
    "the Riverton Gazette. The project will cost about 2 million dollars, according to the council's "
    "finance committee. Construction is expected to start in March.\n"
)


def _public_functions() -> list[str]:
    return sorted(n for n in attribution.__all__ if inspect.isfunction(getattr(attribution, n)))


def test_the_readme_library_example_runs_as_written(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    example = next(b for b in blocks if "attribution.trace" in b)
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures", target_is_directory=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", example], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "single-origin" in done.stdout
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# ")


def test_the_public_functions_are_trace_and_extract() -> None:
    assert _public_functions() == ["extract", "trace"]


@pytest.mark.parametrize("order", [("trace", "extract"), ("extract", "trace")], ids="-then-".join)
def test_every_public_function_works_twice_in_any_order(order: tuple[str, ...]) -> None:
    for name in [*order, *order]:
        fn = getattr(attribution, name)
        assert inspect.isfunction(fn), f"attribution.{name} became {fn!r} after a call"
        result = fn([str(ONE_SEED)], engine="spacy")
        assert result.articles and result.articles[0].attributions
    from attribution import extract, trace

    assert inspect.isfunction(trace) and inspect.isfunction(extract)


def test_trace_takes_cache_folder_workers_and_progress_as_keywords(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    report = attribution.trace(
        [str(ONE_SEED)],
        engine="spacy",
        cache_dir=tmp_path / "cache",
        workers=1,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls == [(0, 1), (1, 1)]
    assert any((tmp_path / "cache").iterdir()), "the cache folder given was not used"
    assert report.claims


def test_trace_refuses_a_worker_count_below_one() -> None:
    with pytest.raises(AttributionError, match="workers"):
        attribution.trace([str(ONE_SEED)], workers=0)


def test_duplicate_article_ids_are_an_error_naming_both_inputs() -> None:
    text = ONE_SEED.read_text(encoding="utf-8")
    with pytest.raises(InputError) as err:
        attribution.trace([str(ONE_SEED), ArticleInput(id=ONE_SEED.name, text=text + "\nMore.")], engine="spacy")
    message = str(err.value)
    assert ONE_SEED.name in message and str(ONE_SEED) in message and "ArticleInput" in message


def test_report_looks_up_claims_and_sources_by_id_and_names_chains(seed_report) -> None:
    claim = seed_report.claims[0]
    assert seed_report.claim(claim.id) is claim
    source = seed_report.sources[0]
    assert seed_report.source(source.id) is source
    mention = next(m for c in seed_report.claims for m in c.mentions if any(len(ch) >= 1 for ch in m.chains))
    chain = next(ch for ch in mention.chains if ch)
    names = seed_report.chain_names(chain)
    assert names == [seed_report.source(s).name for s in chain]
    full = seed_report.chain_names(chain, mention.article)
    assert full[-len(names) :] == names or full[1:] == names[1:]
    with pytest.raises(UnknownIdError, match="no claim"):
        seed_report.claim("c-none")
    with pytest.raises(LookupError):
        seed_report.source("no-such-source")


def _claim_keys(report) -> dict[tuple, str]:
    return {tuple((m.article, m.start, m.end) for m in c.mentions): c.id for c in report.claims}


@pytest.mark.parametrize("new_id", ["0000_riverton.txt", "zzzz_riverton.txt"])
def test_adding_an_unrelated_article_changes_no_id_of_an_unchanged_claim_or_source(seed_report, new_id) -> None:
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    more = attribution.trace([*seeds, ArticleInput(id=new_id, text=UNRELATED, path=new_id)], engine="spacy")
    before, after = _claim_keys(seed_report), _claim_keys(more)
    unchanged = [k for k in before if k in after]
    assert len(unchanged) >= len(before) * 0.8, "adding an unrelated article regrouped most claims"
    assert [after[k] for k in unchanged] == [before[k] for k in unchanged]
    assert any(m.article == new_id for c in more.claims for m in c.mentions), "the new article gave no claim"
    old_sources = {s.id: s.name for s in seed_report.sources}
    new_sources = {s.id: s.name for s in more.sources}
    assert {k: v for k, v in new_sources.items() if k in old_sources} == {
        k: v for k, v in old_sources.items() if k in new_sources
    }
    assert len(set(old_sources) & set(new_sources)) == len(old_sources)


def test_claim_ids_are_unique_and_derived_from_content(seed_report) -> None:
    from attribution.ids import claim_id

    ids = [c.id for c in seed_report.claims]
    assert len(set(ids)) == len(ids)
    for c in seed_report.claims:
        key = min(c.mentions, key=lambda m: (m.article, m.start, m.end))
        assert c.id.startswith(claim_id(key.article, key.text))


def test_lookups_leave_the_report_equal_and_follow_changes(seed_report) -> None:
    copy = seed_report.model_copy(deep=True)
    copy.claim(copy.claims[0].id)
    assert copy == seed_report
    copy.claims = copy.claims[1:]
    with pytest.raises(UnknownIdError):
        copy.claim(seed_report.claims[0].id)


def test_every_output_of_the_command_line_is_a_report_method(seed_report) -> None:
    from attribution.report import render

    assert seed_report.to_markdown() == render(seed_report, "markdown")
    assert seed_report.to_html() == render(seed_report, "html")
    assert seed_report.to_json() == render(seed_report, "json")
    assert seed_report.to_jsonl() == render(seed_report, "jsonl")
    assert seed_report.to_csv() == render(seed_report, "csv")
