"""Round eleven audit (docs/reliability.md, "Round eleven audit"): each test is a defect the audit found, and
failed before its fix."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from attribution.errors import REINSTALL, PackageDataError
from attribution.ingest import load as ingest_load
from attribution.ingest.load import load_articles

from .conftest import GOOD_TEXT, CliResult, assert_one_clear_line


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- 1. JSON manifests count their items from 1, as a reader does (CSV manifests name their lines) ---------
JSON_MANIFEST_ITEMS: dict[str, tuple[list[object], str]] = {
    "first-item-not-an-object": (["good.txt"], "item 1:"),
    "second-item-without-path": ([{"path": "good.txt"}, {"outlet": "X"}], "item 2:"),
    "third-item-bad-url": ([{"path": "good.txt"}, {"path": "b.txt"}, {"path": "c.txt", "url": "ftp://x"}], "item 3:"),
}


@pytest.mark.parametrize("case", list(JSON_MANIFEST_ITEMS))
def test_a_json_manifest_names_its_items_counting_from_one(
    case: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    items, where = JSON_MANIFEST_ITEMS[case]
    for name in ("b.txt", "c.txt"):
        _write(tmp_path / name, GOOD_TEXT.replace("harbour", name[0]))
    manifest = _write(tmp_path / "manifest.json", json.dumps(items))
    result = cli("report", "--manifest", manifest, "--format", "json")
    assert result.code == 2
    assert_one_clear_line(result, "manifest.json", hint=where)


def test_a_duplicate_json_manifest_row_names_both_items_counting_from_one(tmp_path: Path, good: Path) -> None:
    manifest = _write(tmp_path / "m.json", json.dumps([{"path": "good.txt"}, {"path": "./good.txt"}]))
    with pytest.raises(Exception, match=r"item 2: path './good.txt' is already listed at item 1"):
        load_articles([], manifest)


# -- 2. a link loop, a link to nothing and a file gone mid-batch are named as what they are ------------
def _loop(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    return tmp_path / "a.txt"


def _self_loop(tmp_path: Path) -> Path:
    (tmp_path / "self.txt").symlink_to("self.txt")
    return tmp_path / "self.txt"


def _dangling(tmp_path: Path) -> Path:
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    return tmp_path / "gone.txt"


LINKS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "two-links-pointing-at-each-other": (_loop, "symbolic link loop"),
    "a-link-to-itself": (_self_loop, "symbolic link loop"),
    "a-link-to-nothing": (_dangling, "symbolic link to 'nowhere.txt', which does not exist"),
}


@pytest.mark.parametrize("case", list(LINKS))
def test_a_broken_link_named_alone_is_reported_as_what_it_is(
    case: str, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    make, what = LINKS[case]
    path = make(tmp_path)
    result = cli("extract", path, "--format", "json")
    assert result.code == 2
    line = assert_one_clear_line(result, path.name, hint=what)
    assert "no such file" not in line and "fix or remove the link" in line


@pytest.mark.parametrize("case", list(LINKS))
def test_a_broken_link_in_a_folder_is_named_and_the_rest_processed(
    case: str, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "good.txt", GOOD_TEXT)
    make, what = LINKS[case]
    path = make(folder)
    result = cli("extract", folder, "--format", "json")
    assert result.code == 1
    assert_one_clear_line(result, path.name, hint=what)
    assert result.article_ids() == ["good.txt"]


def test_a_plain_missing_path_is_still_no_such_file(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    result = cli("extract", tmp_path / "nope.txt", "--format", "json")
    assert result.code == 2
    assert_one_clear_line(result, "nope.txt", hint="no such file or folder")


def test_a_file_that_vanishes_mid_batch_is_named_and_the_rest_processed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "a.txt", GOOD_TEXT)
    _write(tmp_path / "b.txt", GOOD_TEXT.replace("harbour", "river"))
    real_read = ingest_load._read_one

    def read_then_delete(inp: ingest_load._Input, *args: object, **kwargs: object) -> object:
        out = real_read(inp, *args, **kwargs)  # type: ignore[arg-type]
        os.unlink(tmp_path / "b.txt")  # b.txt was listed with a.txt, and goes away before it is read
        return out

    monkeypatch.setattr(ingest_load, "_read_one", read_then_delete)
    result = load_articles([tmp_path])
    assert [a.id for a in result.articles] == ["a.txt"]
    assert [(os.path.basename(f.path), f.message) for f in result.failures] == [("b.txt", ingest_load.VANISHED_MESSAGE)]


# -- 3. a valid-looking edit of a shipped data file is refused by its recorded checksum -------------------
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of the package's data folder (with its CHECKSUMS.json), as ``<copy>/data/...``."""
    from attribution.packaged import package_root

    copy = tmp_path / "pkg"
    shutil.copytree(package_root() / "data", copy / "data")
    return copy


def _edit_json(path: Path, change: Callable[[Any], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def _load_packaged_from(copy: Path, monkeypatch: pytest.MonkeyPatch, loader: Any) -> object:
    """Call a cached loader of a packaged data file with the package read from ``copy``."""
    from attribution import packaged

    monkeypatch.setattr(packaged, "resources", SimpleNamespace(files=lambda package: copy))
    loader.cache_clear()
    try:
        return loader()
    finally:
        loader.cache_clear()


def _load_gate_from(copy: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    from attribution.tracing.confirmation import default_gate

    return _load_packaged_from(copy, monkeypatch, default_gate)


def _load_parties_from(copy: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    from attribution.tracing.data import load_parties

    return _load_packaged_from(copy, monkeypatch, load_parties)


def _load_aliases_from(copy: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    from attribution.resolve import aliases

    monkeypatch.setattr(aliases, "SHIPPED_ALIASES", copy / "data" / "aliases.json")
    monkeypatch.setattr(aliases, "SHIPPED_COUNTRIES", copy / "data" / "countries.json")
    return aliases.load_aliases(use_env=False)


def _load_weights_from(copy: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    from attribution.learned import content_choice

    monkeypatch.setattr(content_choice, "WEIGHTS_PATH", copy / "data" / "content_choice.json")
    return content_choice.weights.__wrapped__(copy / "data" / "content_choice.json")


def _load_cue_weights_from(copy: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    from attribution.learned import cue_classifier

    monkeypatch.setattr(cue_classifier, "WEIGHTS_PATH", copy / "data" / "cue_classifier.json")
    return cue_classifier.weights.__wrapped__(copy / "data" / "cue_classifier.json")


def _load_model_from(copy: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    from attribution.learned import model

    monkeypatch.setattr(model, "DEFAULT_DIR", (copy / "data" / "extractor").resolve())
    return model.verify(copy / "data" / "extractor")


def _bump_bar(data: Any) -> None:
    data["rules"][0]["bar"] = float(data["rules"][0]["bar"]) + 0.01


def _add_alias(data: Any) -> None:
    data["sources"][0]["aliases"].append("Example Alias Added By Hand")


def _add_capital(data: Any) -> None:
    data["countries"][0]["capitals"].append("Example Capital")


def _edit_party_note(data: Any) -> None:
    data["about"] = str(data.get("about", "")) + " (edited)"


def _bump_weight(data: Any) -> None:
    name = sorted(data["weights"])[0]
    data["weights"][name] = float(data["weights"][name]) + 0.5


def _retag_model(data: Any) -> None:
    # a weight file swapped and the model's own manifest edited to match: only the package's record catches it
    data["sentencizer.json"] = "0" * 64


TAMPERING: dict[str, tuple[str, Callable[[Any], None], Callable[[Path, pytest.MonkeyPatch], object], str]] = {
    "gate-bar-moved": ("data/confirmation/gate.json", _bump_bar, _load_gate_from, "fit_confirmation_gate.py --write"),
    "alias-added": ("data/aliases.json", _add_alias, _load_aliases_from, "data_checksums.py"),
    "capital-added": ("data/countries.json", _add_capital, _load_aliases_from, "data_checksums.py"),
    "parties-edited": ("data/interested_parties.json", _edit_party_note, _load_parties_from, "data_checksums.py"),
    "weight-moved": ("data/content_choice.json", _bump_weight, _load_weights_from, "fit_content_choice.py --write"),
    "cue-weight-moved": (
        "data/cue_classifier.json",
        _bump_weight,
        _load_cue_weights_from,
        "fit_cue_classifier.py --write",
    ),
    "model-manifest-edited": ("data/extractor/MANIFEST.json", _retag_model, _load_model_from, "train_extractor.py"),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_a_valid_looking_edit_of_a_shipped_data_file_is_refused_naming_it_and_the_fix(
    case: str, package_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rel, edit, load, regenerate = TAMPERING[case]
    load(package_copy, monkeypatch)  # the copy as shipped loads
    _edit_json(package_copy / rel, edit)
    with pytest.raises(PackageDataError) as err:
        load(package_copy, monkeypatch)
    message = str(err.value)
    assert message.startswith(f"{package_copy / rel}: ") and "\n" not in message
    assert "differs from its checksum" in message and REINSTALL in message and regenerate in message


def test_the_record_command_accepts_a_deliberate_edit(package_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution.packaged import record_checksums

    _edit_json(package_copy / "data/aliases.json", _add_alias)
    record_checksums(root=package_copy)
    assert _load_aliases_from(package_copy, monkeypatch) is not None


def test_the_shipped_checksums_match_the_shipped_files() -> None:
    proc = subprocess.run(
        [sys.executable, str(SCRIPTS / "data_checksums.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_missing_checksum_list_is_one_line_naming_it(package_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (package_copy / "data" / "CHECKSUMS.json").unlink()
    with pytest.raises(PackageDataError) as err:
        _load_gate_from(package_copy, monkeypatch)
    assert str(err.value).startswith(f"{package_copy / 'data' / 'CHECKSUMS.json'}: ") and "data_checksums.py" in str(
        err.value
    )


def _checksums(copy: Path) -> dict[str, str]:
    return dict(json.loads((copy / "data" / "CHECKSUMS.json").read_text(encoding="utf-8"))["files"])


def _refit_gate(copy: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import fit_confirmation_gate

    monkeypatch.setattr(fit_confirmation_gate, "PACKAGE", copy)
    data = json.loads((copy / "data/confirmation/gate.json").read_text(encoding="utf-8"))
    _bump_bar(data)
    fit_confirmation_gate.write_gate(data)
    return "data/confirmation/gate.json"


def _refit_content_choice(copy: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import fit_content_choice

    monkeypatch.setattr(fit_content_choice, "PACKAGE", copy)
    data = json.loads((copy / "data/content_choice.json").read_text(encoding="utf-8"))
    _bump_weight(data)
    fit_content_choice.write_weights(data)
    return "data/content_choice.json"


def _retrain_model(copy: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from attribution.learned import model

    folder = copy / "data" / "extractor"
    monkeypatch.setattr(model, "DEFAULT_DIR", folder.resolve())  # the package's own model folder, as train() saves
    (folder / "sentencizer.json").write_text('{"punct_chars": null}', encoding="utf-8")  # new weights
    model.write_manifest(folder)  # what learned.train.finalize calls after saving the model
    return "data/extractor/MANIFEST.json"


REFITS: dict[str, Callable[[Path, pytest.MonkeyPatch], str]] = {
    "fit_confirmation_gate": _refit_gate,
    "fit_content_choice": _refit_content_choice,
    "train_extractor": _retrain_model,
}


@pytest.mark.parametrize("script", list(REFITS))
def test_each_refit_script_records_the_new_checksum(
    script: str, package_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution.packaged import check_shipped

    before = _checksums(package_copy)
    rel = REFITS[script](package_copy, monkeypatch)
    after = _checksums(package_copy)
    assert after[rel] != before[rel]
    assert {k: v for k, v in after.items() if k != rel} == {k: v for k, v in before.items() if k != rel}
    check_shipped(rel, (package_copy / rel).read_bytes(), root=package_copy)  # the refitted file loads


def test_refit_scripts_write_shipped_data_only_through_the_recording_writers() -> None:
    # a script that wrote attribution/data/ directly would leave the checksum behind (every later run refused)
    for path in sorted(SCRIPTS.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in ("GATE_FILE.write", "WEIGHTS_PATH.write", '"data" / "aliases.json").write'):
            assert name not in text, f"{path.name} writes shipped data without recording its checksum"


# -- 5. the audit's other defects -------------------------------------------------------------------------
def test_a_folder_of_only_documents_that_are_not_text_names_them_and_what_to_do(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "statement.pdf").write_bytes(b"%PDF-1.4 statement")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04notes")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = cli("report", folder, "--format", "json")
    assert result.code == 2
    line = assert_one_clear_line(result, "inbox", hint="only 2 document files that are not text (.docx .pdf)")
    assert "convert them to .txt" in line


def test_a_document_left_out_of_a_folder_of_articles_is_one_warning(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _write(folder / "good.txt", GOOD_TEXT)
    (folder / "statement.pdf").write_bytes(b"%PDF-1.4 statement")
    result = cli("report", folder, "--format", "json", quiet=False)
    assert result.code == 0 and result.article_ids() == ["good.txt"]
    warned = [line for line in result.err_lines if "statement" in line or ".pdf" in line]
    assert len(warned) == 1 and "skipped 1 document file that is not text (.pdf)" in warned[0]


@pytest.mark.parametrize("blocked", [".tmp", "reports-v2", "annotations-v1"])
def test_a_file_in_place_of_a_cache_subfolder_is_one_warning_and_the_same_output(
    blocked: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    cache = tmp_path / "cache"
    first = cli("report", good, "--format", "json", "--cache-dir", cache)
    assert first.code == 0
    path = cache / blocked
    shutil.rmtree(path)
    path.write_bytes(b"")  # every entry is written through .tmp: a file there once failed every write silently
    result = cli("report", good, "--format", "json", "--cache-dir", cache, quiet=False)
    assert result.code == 0 and result.out == first.out
    assert [line for line in result.err_lines if "cache" in line] == [
        line for line in result.err_lines if f"{path} is a file, not a folder: running without a cache" in line
    ]
    assert len([line for line in result.err_lines if "cache" in line]) == 1


def _manifest_loop(tmp_path: Path) -> Path:
    (tmp_path / "m.csv").symlink_to("m.csv")
    return tmp_path / "m.csv"


def _manifest_folder(tmp_path: Path) -> Path:
    (tmp_path / "m.csv").mkdir()
    return tmp_path / "m.csv"


@pytest.mark.parametrize(
    ("make", "what"),
    [(_manifest_loop, "the manifest is a symbolic link loop"), (_manifest_folder, "the manifest path is a folder")],
    ids=["link-loop", "folder"],
)
def test_a_manifest_that_cannot_be_a_file_says_what_it_is_not_its_permissions(
    make: Callable[[Path], Path], what: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    manifest = make(tmp_path)
    result = cli("report", good, "--manifest", manifest)
    assert result.code == 2
    line = assert_one_clear_line(result, "m.csv", hint=what)
    assert "permissions" not in line


@pytest.mark.parametrize(("target", "what"), [("cache", "is a symbolic link loop"), ("nowhere", "to nothing")])
def test_a_cache_folder_that_is_a_broken_link_is_named_as_one(
    target: str, what: str, tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    (tmp_path / "cache").symlink_to(target)
    result = cli("report", good, "--format", "json", "--cache-dir", tmp_path / "cache", quiet=False)
    assert result.code == 0 and result.article_ids() == ["good.txt"]
    (line,) = [line for line in result.err_lines if "cache" in line]
    assert what in line and "running without a cache" in line


@pytest.mark.parametrize("piped", ["", "\n  \n"], ids=["nothing", "blank-lines"])
def test_an_empty_standard_input_says_to_pipe_an_article(piped: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "attribution", "report", "-"],
        input=piped,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [
        "attribution: error: standard input is empty: pipe or redirect an article's text into the command"
    ]


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make a folder unopenable, as ``chmod 000`` does for any user but root (the suite may run as root)."""
    blocked: set[str] = set()
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) in blocked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return lambda folder: blocked.add(os.fspath(folder))


def test_a_subfolder_that_cannot_be_opened_is_named_and_the_rest_processed(
    tmp_path: Path, locked: Callable[[Path], None], cli: Callable[..., CliResult]
) -> None:
    _write(tmp_path / "good.txt", GOOD_TEXT)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "other.txt", GOOD_TEXT.replace("harbour", "river"))
    locked(tmp_path / "sub")  # its article was once left out without a word, exit 0
    result = cli("extract", tmp_path, "--format", "json")
    assert result.code == 1
    assert_one_clear_line(result, "sub", hint="cannot open this folder (Permission denied)")
    assert result.article_ids() == ["good.txt"]


def test_a_folder_that_cannot_be_opened_says_so_not_that_it_has_no_articles(
    tmp_path: Path, locked: Callable[[Path], None], cli: Callable[..., CliResult]
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _write(folder / "good.txt", GOOD_TEXT)
    locked(folder)
    result = cli("extract", folder, "--format", "json")
    assert result.code == 2
    line = assert_one_clear_line(result, "inbox", hint="cannot open this folder (Permission denied)")
    assert "no article files" not in line and "check its permissions" in line


def test_models_list_reports_the_shipped_data_checked(cli: Callable[..., CliResult]) -> None:
    from attribution.packaged import SHIPPED

    result = cli("models", "list")
    assert result.code == 0
    (row,) = [line for line in result.out.splitlines() if line.startswith("data ")]
    assert f"{len(SHIPPED)} files match data/CHECKSUMS.json" in row


def test_models_list_refuses_an_edited_data_file_naming_it(
    package_copy: Path, monkeypatch: pytest.MonkeyPatch, cli: Callable[..., CliResult]
) -> None:
    from attribution import packaged

    _edit_json(package_copy / "data/countries.json", _add_capital)
    monkeypatch.setattr(packaged, "resources", SimpleNamespace(files=lambda package: package_copy))
    result = cli("models", "list")
    assert result.code == 2
    line = assert_one_clear_line(result, "countries.json", hint="differs from its checksum")
    assert "data_checksums.py" in line


def test_a_folder_a_double_star_glob_cannot_open_is_named(
    tmp_path: Path, locked: Callable[[Path], None], cli: Callable[..., CliResult]
) -> None:
    _write(tmp_path / "good.txt", GOOD_TEXT)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "other.txt", GOOD_TEXT.replace("harbour", "river"))
    locked(tmp_path / "sub")
    result = cli("extract", str(tmp_path / "**" / "*.txt"), "--format", "json")
    assert result.code == 1
    assert_one_clear_line(result, "sub", hint="cannot open this folder (Permission denied)")
    assert result.article_ids() == ["good.txt"]
