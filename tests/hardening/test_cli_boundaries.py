"""Round ten audit of what users touch: usage errors, HTML under a text name, manifest rows,
and the data files shipped with the package. Each test is a defect the audit found
(docs/reliability.md, "Round ten audit"): it failed before the fix."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from attribution.errors import DISTRIBUTION, REINSTALL, PackageDataError
from attribution.ingest.readers import read_text

from .conftest import ROOT, CliResult, assert_one_clear_line

PAGE = (
    "<html><head><title>Pier</title></head><body><article><p>The harbour master said the northern pier "
    "would reopen on Friday, according to Reuters.</p></article></body></html>"
)


# -- usage errors: one line, naming the command's own --help -----------------------------------------
USAGE_ERRORS: list[tuple[list[str], str]] = [
    (["report", "x.txt", "--format", "pdf"], "attribution report --help"),
    (["report", "x.txt", "--frobnicate"], "attribution report --help"),
    (["extract", "x.txt", "--workers", "0"], "attribution extract --help"),
    (["extract", "x.txt", "--zz"], "attribution extract --help"),
    (["models", "frob"], "attribution models --help"),
    (["models", "install"], "attribution models install --help"),
    (["models", "list", "--x"], "attribution models list --help"),
    (["--frobnicate"], "attribution --help"),
]


@pytest.mark.parametrize(("argv", "hint"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_a_usage_error_is_one_line_naming_the_commands_help(
    argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from attribution.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "error: " in lines[0] and f"see `{hint}`" in lines[0]


# -- an HTML page saved under a text name is read as HTML, never as words with markup ------------------
HTML_UNDER_TEXT_NAMES: dict[str, bytes] = {
    "plain-html-tag": PAGE.encode(),
    "doctype-upper-case": b"<!DOCTYPE html>\n" + PAGE.encode(),
    "after-utf8-bom-and-blank-lines": b"\xef\xbb\xbf\n\n  " + PAGE.encode(),
}


@pytest.mark.parametrize("case", list(HTML_UNDER_TEXT_NAMES))
def test_an_html_page_saved_as_text_is_read_as_html_with_a_diagnostic(case: str) -> None:
    (article,) = read_text(HTML_UNDER_TEXT_NAMES[case]).articles
    assert "<" not in article.text and "harbour master said" in article.text
    assert [n.code for n in article.notes if n.code == "html-in-text-file"] == ["html-in-text-file"]


def test_text_that_only_mentions_html_tags_stays_plain_text() -> None:
    data = b"The developer said the page began with <html> and a doctype, according to the logs.\n"
    (article,) = read_text(data).articles
    assert article.text == data.decode()
    assert not [n for n in article.notes if n.code == "html-in-text-file"]


def test_no_source_is_made_of_markup_when_a_page_is_saved_as_txt(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = cli("extract", page, "--format", "json", "--no-cache")
    assert result.code == 0, result.err
    (article,) = json.loads(result.out)["articles"]
    sources = [a["source"]["text"] for a in article["attributions"] if a.get("source")]
    assert sources and not [s for s in sources if "<" in s or ">" in s], sources
    assert "html-in-text-file" in [d["code"] for d in article["diagnostics"]]


# -- manifests: an open quote stops the run naming the line; a missing listed file names its row -------
GOOD_STORY = "The harbour master said the northern pier would reopen on Friday.\n"
OPEN_QUOTES: dict[str, tuple[str, str]] = {
    "in-the-path-cell": ('path,outlet\n"good.txt,Port Daily\n', "line 2: field 'path'"),
    "in-the-outlet-cell-swallowing-the-next-row": (
        'path,outlet\ngood.txt,"Port Daily\nother.txt,Harbour Times\n',
        "line 2: field 'outlet'",
    ),
}


@pytest.mark.parametrize("case", list(OPEN_QUOTES))
def test_a_manifest_quote_left_open_is_exit_2_naming_its_line(
    case: str, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD_STORY, encoding="utf-8")
    (tmp_path / "other.txt").write_text(GOOD_STORY.replace("northern", "southern"), encoding="utf-8")
    content, where = OPEN_QUOTES[case]
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(content, encoding="utf-8")
    result = cli("report", "--manifest", manifest, "--format", "json")
    assert result.code == 2 and result.out == ""
    assert_one_clear_line(result, "manifest.csv", hint=where)
    assert "quote" in result.err


@pytest.mark.parametrize(("rows", "code"), [(["good.txt", "missing.txt"], 1), (["missing.txt"], 2)])
def test_a_file_the_manifest_lists_but_lacks_names_the_manifest_row(
    rows: list[str], code: int, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD_STORY, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,outlet\n" + "".join(f"{r},Port Daily\n" for r in rows), encoding="utf-8")
    result = cli("report", "--manifest", manifest, "--format", "json")
    assert result.code == code
    line = assert_one_clear_line(result, "missing.txt", hint=f"manifest.csv line {len(rows) + 1}")
    assert "fix that row" in line
    if code == 1:
        assert result.article_ids() == ["good.txt"]


# -- data files shipped with the package: missing or damaged is one line naming the reinstall ---------
def test_the_reinstall_command_names_the_distribution_pyproject_builds() -> None:
    from attribution.learned.model import RESTORE

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    assert DISTRIBUTION == project
    assert REINSTALL in RESTORE  # never `pip install attribution`: that is somebody else's package


def _load_gate() -> object:
    from attribution.tracing.confirmation import default_gate

    return default_gate()


def _load_parties() -> object:
    from attribution.tracing.data import load_parties

    return load_parties()


LOADERS: dict[str, tuple[str, Callable[[], object]]] = {
    "confirmation-gate": ("data/confirmation/gate.json", _load_gate),
    "interested-parties": ("data/interested_parties.json", _load_parties),
}
DAMAGE: dict[str, bytes | None] = {
    "missing": None,
    "truncated-json": b'{"rules": [',
    "not-utf8": b"\xff\xfe\x00\x01",
    "wrong-shape": b"[1, 2, 3]",
    "valid-json-holding-nothing": b'{"about": "nothing else"}',
}


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("which", list(LOADERS))
def test_a_missing_or_damaged_shipped_data_file_is_one_error_naming_it_and_the_reinstall(
    which: str, damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution import packaged
    from attribution.tracing.confirmation import default_gate
    from attribution.tracing.data import load_parties

    rel, loader = LOADERS[which]
    content = DAMAGE[damage]
    if content is not None:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(content)
        # recorded as if a refit wrote it: the file's own content is what is tested here (an edit that was
        # never recorded is refused by its checksum: tests/hardening/test_round_eleven.py)
        packaged.record_checksums([rel], tmp_path)
    monkeypatch.setattr(packaged, "resources", SimpleNamespace(files=lambda package: tmp_path))
    default_gate.cache_clear()
    load_parties.cache_clear()
    try:
        with pytest.raises(PackageDataError) as err:
            loader()
    finally:
        default_gate.cache_clear()
        load_parties.cache_clear()
    message = str(err.value)
    assert message.startswith(str(tmp_path / rel) + ": ")
    assert message.endswith(REINSTALL) and "\n" not in message


@pytest.mark.parametrize("damage", [d for d in DAMAGE if d != "missing"])
@pytest.mark.parametrize("which", ["aliases", "countries"])
def test_a_damaged_shipped_alias_file_is_one_error_naming_it_and_the_reinstall(
    which: str, damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution import packaged
    from attribution.resolve import aliases

    shipped = {"aliases": aliases.SHIPPED_ALIASES, "countries": aliases.SHIPPED_COUNTRIES}
    (tmp_path / "data").mkdir()
    copies = {name: tmp_path / "data" / path.name for name, path in shipped.items()}
    for name, path in shipped.items():
        copies[name].write_bytes(path.read_bytes())
    packaged.record_checksums([f"data/{p.name}" for p in copies.values()], tmp_path)  # the copies, as shipped
    copies[which].write_bytes(DAMAGE[damage] or b"")
    monkeypatch.setattr(aliases, "SHIPPED_ALIASES", copies["aliases"])
    monkeypatch.setattr(aliases, "SHIPPED_COUNTRIES", copies["countries"])
    with pytest.raises(PackageDataError) as err:
        aliases.load_aliases(use_env=False)
    message = str(err.value)
    assert message.startswith(f"{copies[which]}: ") and message.endswith(REINSTALL) and "\n" not in message


@pytest.mark.parametrize("rel", ["data/interested_parties.json", "data/confirmation/gate.json"])
def test_a_damaged_shipped_data_file_stops_the_run_with_one_line_not_a_failure_per_article(
    rel: str, tmp_path: Path
) -> None:
    copy = tmp_path / "site"
    shutil.copytree(ROOT / "attribution", copy / "attribution", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "attribution" / rel).write_text('{"rules": [', encoding="utf-8")
    stories = tmp_path / "stories"
    stories.mkdir()
    for n in range(2):
        (stories / f"s{n}.txt").write_text(GOOD_STORY.replace("Friday", f"day {n + 1}"), encoding="utf-8")
    proc = subprocess.run(  # run from the copy's folder: the worktree's own package must not be the one found
        [sys.executable, "-m", "attribution", "report", str(stories), "--format", "json", "--no-cache", "-q"],
        capture_output=True,
        text=True,
        check=False,
        cwd=copy,
        env={**os.environ, "PYTHONPATH": str(copy)},
        timeout=600,
    )
    result = CliResult(proc.returncode, proc.stdout, proc.stderr)
    assert result.code == 2 and result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert rel.split("/")[-1] in result.err_lines[0] and REINSTALL in result.err_lines[0]
    assert "Traceback" not in result.err and "internal error" not in result.err


# -- the library's entry points: inputs of the wrong type are a usage error saying what to pass ----------
WRONG_INPUTS: dict[str, object] = {
    "none": None,
    "a-number": 123,
    "a-bytes-path": b"articles/",
    "a-list-holding-a-number": ["articles/", 7],
    "a-list-holding-none": [None],
}


@pytest.mark.parametrize("entry", ["trace", "extract"])
@pytest.mark.parametrize("case", list(WRONG_INPUTS))
def test_a_library_call_with_inputs_of_the_wrong_type_is_a_usage_error(case: str, entry: str) -> None:
    import attribution
    from attribution.errors import UsageError

    with pytest.raises(UsageError) as err:
        getattr(attribution, entry)(WRONG_INPUTS[case], engine="spacy", cache=False)
    message = str(err.value)
    assert "\n" not in message and "ArticleInput" in message and ": pass " in message


# -- --model: a name that is no spaCy pipeline is one line, and no module is imported (or run) for it ----
BAD_MODELS: dict[str, str] = {
    "a-relative-path-that-is-not-a-folder": "../../no/such/model",
    "a-name-with-a-dash": "en-core-web",
    "a-python-package-that-is-no-pipeline": "json",
    "a-module-that-prints-when-imported": "this",
    "an-uninstalled-pipeline": "en_core_web_xx",
}


@pytest.mark.parametrize("case", list(BAD_MODELS))
def test_a_model_name_that_is_no_spacy_pipeline_is_one_error_and_runs_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from attribution.errors import ModelMissingError
    from attribution.nlp.spacy_engine import load_spacy

    name = BAD_MODELS[case]
    was_imported = name in sys.modules
    with pytest.raises(ModelMissingError) as err:
        load_spacy(name)
    assert "--model" in str(err.value) and "\n" not in str(err.value)
    assert capsys.readouterr().out == ""  # `import this` would have printed the Zen of Python
    assert (name in sys.modules) == was_imported


def test_a_folder_that_is_no_spacy_pipeline_is_one_error_naming_it(tmp_path: Path) -> None:
    from attribution.errors import ModelMissingError
    from attribution.nlp.spacy_engine import load_spacy

    (tmp_path / "notes.txt").write_text("not a pipeline", encoding="utf-8")
    with pytest.raises(ModelMissingError) as err:
        load_spacy(str(tmp_path))
    assert str(tmp_path) in str(err.value) and "--model" in str(err.value)


def test_an_alias_file_named_by_the_environment_that_is_missing_says_where_its_path_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution.errors import InputError
    from attribution.resolve.aliases import ENV_VAR, load_aliases

    missing = tmp_path / "newsroom-aliases.json"
    monkeypatch.setenv(ENV_VAR, str(missing))
    with pytest.raises(InputError) as err:
        load_aliases()
    assert str(missing) in str(err.value) and f"${ENV_VAR}" in str(err.value) and err.value.path == str(missing)
