"""The standing red-team suite (issue 14): every attack that once worked, at a small size.

Large sizes and timings are in ``benchmarks/hostile.py``; these tests assert behaviour only.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import socket
import stat
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import GOOD_TEXT, ROOT, CliResult

PACKAGE = ROOT / "attribution"


# -- 1. caches hold data, never code -------------------------------------------------------------------
def test_no_pickle_marshal_or_shelve_in_the_package() -> None:
    pattern = re.compile(
        r"^\s*(?:import|from)\s+(?:c?pickle|marshal|shelve|dill|joblib)\b"
        r"|\b(?:pickle|marshal)\.loads?\(|\bshelve\.open\(|Unpickler",
        re.M,
    )
    offenders = [
        f"{path.relative_to(ROOT)}: {m.group(0).strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


class _Touch:
    """A pickle payload that would create ``path`` when unpickled."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self) -> tuple[object, ...]:
        return (open, (self.path, "w"))


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*.z") if p.is_file())


def test_forged_cache_entries_run_nothing_and_change_nothing(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    cache = tmp_path / "cache"
    out = tmp_path / "report.json"
    first = cli("report", good, "--cache-dir", cache, "--format", "json", "-o", out)
    assert first.code == 0
    reference = out.read_bytes()
    marker = tmp_path / "pwned"
    entries = _entries(cache)
    assert {p.parent.parent.name for p in entries} >= {"analyses-v2", "reports-v2", "annotations-v1"}
    for entry in entries:
        magic = entry.read_bytes()[:8]
        packed = zlib.compress(pickle.dumps(("key", _Touch(marker))))
        entry.write_bytes(magic + hashlib.sha256(packed).digest() + packed)
    again = cli("report", good, "--cache-dir", cache, "--format", "json", "-o", out)
    assert again.code == 0
    assert not marker.exists()
    assert out.read_bytes() == reference
    # the forged entries were rebuilt as data
    for entry in _entries(cache):
        raw = entry.read_bytes()
        payload = zlib.decompress(raw[40:])
        assert payload.startswith(b"{"), entry


def test_a_well_formed_entry_of_the_wrong_shape_is_a_miss(tmp_path: Path, good: Path,
                                                           cli: Callable[..., CliResult]) -> None:
    cache = tmp_path / "cache"
    out = tmp_path / "report.json"
    assert cli("report", good, "--cache-dir", cache, "--format", "json", "-o", out).code == 0
    reference = out.read_bytes()
    for entry in _entries(cache):
        raw = entry.read_bytes()
        data = json.loads(zlib.decompress(raw[40:]))
        forged = json.dumps({"key": data["key"], "analysis": {"raws": "rm -rf /"}, "report": [1], "doc": 7}).encode()
        packed = zlib.compress(forged)
        entry.write_bytes(raw[:8] + hashlib.sha256(packed).digest() + packed)
    assert cli("report", good, "--cache-dir", cache, "--format", "json", "-o", out).code == 0
    assert out.read_bytes() == reference


def _subprocess_report(args: list[str], timeout: float = 240) -> CliResult:
    proc = subprocess.run([sys.executable, "-m", "attribution", "report", *args, "--engine", "spacy", "-q"],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.mark.parametrize("kind", ["fifo", "link-to-dev-zero", "huge-sparse", "zip-bomb"])
def test_cache_entries_that_are_not_small_regular_files_are_misses(tmp_path: Path, good: Path, kind: str) -> None:
    from attribution import cachefs

    cache = tmp_path / "cache"
    first = _subprocess_report([str(good), "--cache-dir", str(cache), "--format", "json"])
    assert first.code == 0, first.err
    for entry in _entries(cache):
        entry.unlink()
        if kind == "fifo":
            os.mkfifo(entry)
        elif kind == "link-to-dev-zero":
            os.symlink("/dev/zero", entry)
        elif kind == "huge-sparse":
            with open(entry, "wb") as fh:
                fh.truncate(cachefs.MAX_ENTRY_BYTES + 1)
        else:
            packed = zlib.compress(b"{" + b" " * (cachefs.MAX_PAYLOAD_BYTES + 10), 9)
            entry.write_bytes(b"ATTRANA2" + hashlib.sha256(packed).digest() + packed)
    start = time.monotonic()
    again = _subprocess_report([str(good), "--cache-dir", str(cache), "--format", "json"], timeout=120)
    assert again.code == 0, again.err
    assert again.out == first.out
    assert time.monotonic() - start < 120


def test_the_cache_folder_is_created_private(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    cache = tmp_path / "new" / "cache"
    assert cli("report", good, "--cache-dir", cache).code == 0
    for folder in [cache, *[p for p in cache.rglob("*") if p.is_dir()]]:
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder


def test_a_cache_folder_writable_by_others_is_refused_with_one_line(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult]
) -> None:
    cache = tmp_path / "shared"
    cache.mkdir()
    cache.chmod(0o777)
    result = cli("report", good, "--cache-dir", cache, quiet=False)
    assert result.code == 0
    warnings = [line for line in result.err_lines if "writable by other users" in line]
    assert len(warnings) == 1 and warnings[0].startswith("attribution: warning: ")
    assert list(cache.iterdir()) == []  # nothing read from or written to it


def test_alias_files_and_model_files_are_in_the_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution.analysis_cache import aliases_fingerprint
    from attribution.nlp.annotate import model_fingerprint

    aliases = tmp_path / "aliases.json"
    aliases.write_text('{"Coast Guard": ["CG"]}', encoding="utf-8")
    before = aliases_fingerprint(str(aliases))
    aliases.write_text('{"Coast Guard": ["USCG"]}', encoding="utf-8")
    assert aliases_fingerprint(str(aliases)) != before
    monkeypatch.setenv("ATTRIBUTION_ALIASES", str(aliases))
    assert aliases_fingerprint() == aliases_fingerprint(str(aliases))
    one, two = tmp_path / "m1", tmp_path / "m2"
    for folder, weights in ((one, b"\x00" * 10), (two, b"\x01" * 10)):
        folder.mkdir()
        (folder / "meta.json").write_text('{"name": "x", "version": "1"}', encoding="utf-8")
        (folder / "weights.bin").write_bytes(weights)
    assert model_fingerprint(str(one)) != model_fingerprint(str(two))


# -- 2. outputs never clobber ----------------------------------------------------------------------------
def _special(tmp_path: Path, kind: str) -> tuple[str, str]:
    if kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
        return str(path), "FIFO"
    if kind == "socket":
        path = tmp_path / "sock"
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()
        return str(path), "socket"
    if kind == "symlink":
        target = tmp_path / "target.md"
        target.write_text("keep me\n", encoding="utf-8")
        path = tmp_path / "link.md"
        path.symlink_to(target)
        return str(path), "symbolic link"
    if kind == "read-only":
        path = tmp_path / "ro.md"
        path.write_text("keep me\n", encoding="utf-8")
        path.chmod(0o444)
        return str(path), "read-only"
    return "/dev/null", "character device"


@pytest.mark.parametrize("kind", ["device", "fifo", "socket", "symlink", "read-only"])
def test_output_onto_anything_but_a_regular_file_is_refused(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult], kind: str
) -> None:
    path, reason = _special(tmp_path, kind)
    before = os.lstat(path)
    result = cli("report", good, "-o", path)
    assert result.code == 2
    assert len(result.err_lines) == 1 and reason in result.err_lines[0], result.err
    after = os.lstat(path)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    if kind in ("symlink", "read-only"):
        assert Path(path).read_text(encoding="utf-8") == "keep me\n"


def test_dash_means_standard_output(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    result = cli("report", good, "--format", "json", "-o", "-")
    assert result.code == 0
    assert json.loads(result.out)["articles"]
    assert not (Path.cwd() / "-").exists()


# -- 3. no hangs ----------------------------------------------------------------------------------------------
KILLER = """
import os, signal, sys
import attribution.pipeline as p
real, parent = p.analyse, os.getpid()
def hooked(article, doc):
    if "KILLME" in article.text and os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(article, doc)
p.analyse = hooked
from attribution.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_worker_fails_its_articles_with_a_per_file_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"s{n}.txt").write_text(f"The mayor said {n + 10} homes were flooded.\n", encoding="utf-8")
    (folder / "victim.txt").write_text("KILLME. The mayor said the dam held.\n", encoding="utf-8")
    out = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, "report", str(folder), "--engine", "spacy", "-q", "--workers", "2",
         "--force-workers", "--no-cache", "--format", "json", "-o", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    victim = [line for line in lines if "victim.txt" in line]
    assert len(victim) == 1 and "died" in victim[0], proc.stderr
    assert "Traceback" not in proc.stderr
    ids = {a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert "victim.txt" not in ids
    assert {f"s{n}.txt" for n in range(5)} <= ids  # innocent chunks lost with the pool were redone


SLOW_WORKERS = """
import os, sys, time
import attribution.pipeline as p
real, parent, marker = p.analyse, os.getpid(), sys.argv[1]
def hooked(article, doc):
    if os.getpid() != parent:
        open(marker, "w").close()
        time.sleep(300)
    return real(article, doc)
p.analyse = hooked
from attribution.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_signal_ends_a_pool_run_promptly_with_no_output(tmp_path: Path, good: Path, sig: str) -> None:
    import signal

    out = tmp_path / "report.md"
    marker = tmp_path / "busy"
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WORKERS, str(marker), "report", str(good), str(good.parent / "other.txt"),
         "--engine", "spacy", "-q", "--workers", "2", "--force-workers", "--no-cache", "-o", str(out)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    (good.parent / "other.txt").write_text("The mayor said the dam held.\n", encoding="utf-8")
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "no worker ever started"
            time.sleep(0.05)
        sent = time.monotonic()
        child.send_signal(getattr(signal, sig))
        _, err = child.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert took < 30
    assert not out.exists()


def test_a_recursive_glob_never_follows_a_folder_link_back(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    sub = tmp_path / "in" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    for n in range(3):
        (sub / f"loop{n}").symlink_to("..")
    (tmp_path / "in" / "self").symlink_to(".")
    result = cli("report", str(tmp_path / "in" / "**" / "*.txt"), "--format", "json")
    assert result.code == 0, result.err
    assert result.article_ids() == ["a.txt"]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_special_files_among_the_inputs_are_refused_by_type(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult], kind: str
) -> None:
    if kind == "fifo":
        special = tmp_path / "feed.txt"
        os.mkfifo(special)
        expected = "FIFO"
    else:
        special = Path("/dev/zero")
        expected = "character device"
    result = cli("report", good, special, "--format", "json")
    assert result.code == 1
    lines = [line for line in result.err_lines if str(special) in line]
    assert len(lines) == 1 and expected in lines[0], result.err
    assert result.article_ids() == ["good.txt"]


def test_workers_are_capped_at_the_cores_unless_forced() -> None:
    from attribution.executor import available_cores
    from attribution.plan import Options, make_plan

    with pytest.warns(RuntimeWarning, match="capped"):
        capped = make_plan(Options(engine="spacy", cache=False, workers=available_cores() + 40))
    assert capped.executor.workers == available_cores()
    forced = make_plan(Options(engine="spacy", cache=False, workers=available_cores() + 1, force_workers=True))
    assert forced.executor.workers == available_cores() + 1 and forced.executor.kind == "pool"


def test_workers_help_says_what_it_does() -> None:
    from attribution.cli import build_parser

    help_text = build_parser()._subparsers._group_actions[0].choices["report"].format_help()  # type: ignore[union-attr]
    assert "run the per-article stages in N processes" in " ".join(help_text.split())


# -- 4. bounded work ------------------------------------------------------------------------------------------
def _diagnostics(result: CliResult) -> list[str]:
    data = json.loads(result.out)
    return [d["code"] for a in data["articles"] for d in a["diagnostics"]]


def test_a_chain_sentence_over_the_token_limit_is_cut_with_a_diagnostic(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    links = ", ".join(f"citing officials in ministry {k}, according to agency {k}" for k in range(60))
    path = tmp_path / "chain.txt"
    path.write_text(f"The bridge collapsed, {links}, the report said.\n", encoding="utf-8")
    result = cli("report", path, "--format", "json")
    assert result.code == 0, result.err
    assert "sentence-split" in _diagnostics(result)


def test_an_article_over_the_character_limit_is_cut_with_a_diagnostic(
    tmp_path: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution import limits

    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 2_000)
    path = tmp_path / "long.txt"
    sentence = "The mayor said on Monday that the bridge would reopen in May after the repairs. "
    path.write_text(sentence * 100 + "\n", encoding="utf-8")
    result = cli("report", path, "--format", "json", "--no-cache")
    assert result.code == 0, result.err
    assert "article-cut" in _diagnostics(result)
    data = json.loads(result.out)
    assert all(att["cue"]["start"] < 2_000 for a in data["articles"] for att in a["attributions"])


def test_chain_links_past_the_limit_are_unlinked() -> None:
    from attribution.extraction.types import RawAttribution
    from attribution.limits import MAX_CHAIN, bound_raws

    raws = [RawAttribution("citing", None, (n, n + 1), [], 0, parent=n - 1 if n else None) for n in range(130)]
    raws.append(RawAttribution("citing", None, (0, 1), [], 0, parent=130))  # a loop
    raws[0].parent = 130
    bounded, notes = bound_raws(raws)
    assert [n.code for n in notes] == ["chain-cut"]
    for n in range(len(bounded)):
        depth, j, seen = 0, n, set()
        while j is not None:
            assert j not in seen
            seen.add(j)
            depth += 1
            j = bounded[j].parent
        assert depth <= MAX_CHAIN


def test_near_duplicate_articles_and_many_small_files_run(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"t{n:03d}.txt").write_text(
            f"The harbour authority said on Monday that {40 + n} containers fell into the sea. "
            "According to the coast guard, two crew members were injured.\n",
            encoding="utf-8",
        )
    result = cli("report", folder, "--format", "json")
    assert result.code == 0, result.err
    assert len(result.article_ids()) == 40


# -- 5. no lost articles, no spoofing --------------------------------------------------------------------
def test_a_lone_surrogate_in_a_record_is_replaced_with_a_diagnostic(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "bad", "text": "The mayor said \\ud800 the bridge would reopen.", "title": "T\\udfff"}\n'
        + json.dumps({"id": "good", "text": GOOD_TEXT}) + "\n",
        encoding="utf-8",
    )
    result = cli("report", path, "--format", "json", "--cache-dir", tmp_path / "cache")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert sorted(a["id"] for a in data["articles"]) == ["bad", "good"]
    bad = next(a for a in data["articles"] if a["id"] == "bad")
    assert "replaced-characters" in [d["code"] for d in bad["diagnostics"]]


@pytest.mark.parametrize(
    "body",
    [
        "<p>Noise &#1; and &#x1b; here.</p>",
        "<div>" * 400 + "<p>Deep story.</p>" + "</div>" * 400,
    ],
    ids=["control-references", "nesting-400"],
)
def test_html_with_control_references_or_deep_nesting_keeps_its_text(
    tmp_path: Path, cli: Callable[..., CliResult], body: str
) -> None:
    story = "<p>The mayor said on Monday that the bridge would reopen in May, according to the city council.</p>"
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article>{story}{body}</article></body></html>", encoding="utf-8")
    result = cli("extract", path, "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert "bridge would reopen" in json.dumps(data["articles"][0]["attributions"])


def test_invisible_characters_never_make_a_second_source(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    (tmp_path / "a.txt").write_text("John Smith said the dam held on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Jo\u200bhn Smi\u202eth said the dam held on Monday.\n", encoding="utf-8")
    result = cli("report", tmp_path / "a.txt", tmp_path / "b.txt", "--format", "json")
    assert result.code == 0, result.err
    names = [s["name"] for s in json.loads(result.out)["sources"] if "Smith" in s["name"] or "Smi" in s["name"]]
    assert names == ["John Smith"]


def test_manifest_rows_outside_its_folder_are_refused_unless_allowed(
    tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "notes.txt").write_text("The password is hunter2, the admin said.\n", encoding="utf-8")
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    manifest = folder / "manifest.csv"
    manifest.write_text("path,outlet\na.txt,Daily\n../secret/notes.txt,Daily\n", encoding="utf-8")
    refused = cli("report", "--manifest", manifest, "--format", "json")
    assert refused.code == 2
    assert len(refused.err_lines) == 1 and "outside the manifest's folder" in refused.err_lines[0]
    assert "hunter2" not in refused.out
    allowed = cli("report", "--manifest", manifest, "--manifest-outside", "--format", "json")
    assert allowed.code == 0, allowed.err
    assert sorted(allowed.article_ids()) == ["a.txt", "notes.txt"]


def test_file_names_are_escaped_in_terminal_messages(tmp_path: Path, good: Path, cli: Callable[..., CliResult]) -> None:
    evil = tmp_path / "evil\x1b[2J\x07name.txt"
    evil.write_bytes(b"")
    result = cli("report", good, evil, "--format", "json")
    assert result.code == 1
    assert "\x1b" not in result.err and "\x07" not in result.err
    assert "\\x1b[2J\\x07name.txt" in result.err


# -- 6. the fuzzer, in the suite with a fixed seed ----------------------------------------------------------
def test_the_fuzzer_runs_clean_with_a_fixed_seed() -> None:
    proc = subprocess.run([sys.executable, "scripts/fuzz.py", "--examples", "25", "--seed", "14"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "failed: 0" in proc.stdout
