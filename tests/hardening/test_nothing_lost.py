"""Nothing lost: atomic reports and cache entries, clean interruption, self-healing cache,
inputs never modified."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import ROOT, CliResult

# -- atomic report writes ----------------------------------------------------------------------------


@pytest.fixture
def old_output(tmp_path: Path) -> Path:
    out = tmp_path / "out" / "report.md"
    out.parent.mkdir()
    out.write_text("OLD REPORT the user still needs\n", encoding="utf-8")
    return out


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "report.md")


@pytest.mark.parametrize("fails", ["os.replace", "os.fsync"])
def test_a_failed_report_write_leaves_the_old_output_intact(
    fails: str, old_output: Path, good: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fails, boom)
    result = cli("report", good, "-o", old_output)
    assert result.code == 2
    assert "No space left" in result.err and "report.md" in result.err and "Traceback" not in result.err
    assert old_output.read_text(encoding="utf-8") == "OLD REPORT the user still needs\n"
    assert _leftovers(old_output.parent) == []  # no half-written temporary file left behind


def test_a_write_interrupted_midway_leaves_the_old_output_intact(
    old_output: Path, good: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])  # type: ignore[attr-defined]
            raise KeyboardInterrupt  # Ctrl-C in the middle of writing

    monkeypatch.setattr("attribution.output.os.fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    result = cli("report", good, "-o", old_output)
    assert result.code == 130
    assert old_output.read_text(encoding="utf-8") == "OLD REPORT the user still needs\n"
    assert _leftovers(old_output.parent) == []


def test_a_failed_cache_write_is_not_fatal_and_leaves_no_partial_entry(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    import attribution.nlp.annotate as annotate

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(annotate.os, "replace", boom)
    cache = tmp_path / "cache"
    result = cli("report", good, "--format", "json", "--cache-dir", cache, quiet=False)
    assert result.code == 0
    assert result.article_ids() == ["good.txt"]
    assert [p for p in cache.rglob("*") if p.is_file()] == []  # neither entries nor temp files


# -- interruption -----------------------------------------------------------------------------------
#: The child runs the real CLI; a hook makes it announce (marker file) and wait at a chosen point,
#: so the parent's signal lands mid-batch every time, not by luck of timing.
CHILD = r"""
import sys, time
marker, stage, after = sys.argv[1], sys.argv[2], int(sys.argv[3])
count = 0
def pause():
    global count
    count += 1
    if count == after:
        open(marker, "w").close()
        time.sleep(120)
if stage == "analyse":
    import attribution.pipeline as p
    real = p.analyse
    def hooked(article, doc):
        pause()
        return real(article, doc)
    p.analyse = hooked
else:
    import attribution.nlp.annotate as a
    real_put = a.AnnotationCache.put
    def hooked_put(self, key, data):
        pause()
        return real_put(self, key, data)
    a.AnnotationCache.put = hooked_put
from attribution.cli import main
sys.exit(main(sys.argv[4:]))
"""

TOWNS = ["Ashford", "Brookvale", "Carrow", "Dunmore", "Elmstead", "Fairhaven", "Glenrock", "Hollins", "Ivydale",
         "Juniper", "Kettering", "Lowmoor", "Marlow", "Northam", "Oakridge"]


def _thirty_articles(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(30):
        town = TOWNS[n % len(TOWNS)]
        text = (
            f"The mayor of {town} said that {100 + 7 * n} homes were flooded on day {n + 1} of the storm.\n\n"
            f"Officials at the {town} water board confirmed the figure, according to a statement on Monday.\n\n"
            f'"We expect the river to fall by {n % 5 + 1} metres," a spokesperson for the council told reporters.\n'
        )
        path = folder / f"story_{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _argv(articles: Path, out: Path, cache: Path) -> list[str]:
    return ["report", str(articles), "--engine", "spacy", "--cache-dir", str(cache), "-q", "-o", str(out)]


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "attribution", *argv], capture_output=True, text=True, cwd=ROOT,
                          check=False, timeout=600)


@pytest.fixture(scope="module")
def thirty(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """30 articles and the bytes of an uninterrupted report over them (fresh cache)."""
    base = tmp_path_factory.mktemp("thirty")
    articles = base / "articles"
    _thirty_articles(articles)
    out = base / "reference.md"
    proc = _run(_argv(articles, out, base / "fresh-cache"))
    assert proc.returncode == 0, proc.stderr
    return articles, out.read_bytes()


@pytest.mark.parametrize(
    "sig,stage,existing",
    [
        (signal.SIGINT, "analyse", False),
        (signal.SIGTERM, "analyse", True),
        (signal.SIGINT, "cache-put", False),  # while parses are being written to the cache
        (signal.SIGTERM, "cache-put", True),
    ],
    ids=["sigint-analysing", "sigterm-analysing-over-old-report", "sigint-caching", "sigterm-caching-over-old"],
)
def test_an_interrupted_run_writes_nothing_exits_130_and_the_cache_stays_usable(
    sig: signal.Signals, stage: str, existing: bool, thirty: tuple[Path, bytes], tmp_path: Path
) -> None:
    articles, reference = thirty
    out = tmp_path / "report.md"
    if existing:
        out.write_bytes(b"previous report\n")
    cache = tmp_path / "cache"
    marker = tmp_path / "paused"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(marker), stage, "12", *_argv(articles, out, cache)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while not marker.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the child never reached the pause point"
            time.sleep(0.05)
        child.send_signal(sig)
        _, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    if existing:
        assert out.read_bytes() == b"previous report\n"
    else:
        assert not out.exists()
    expected = ["cache", "paused", *(["report.md"] if existing else [])]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(expected)  # no temporary report file
    # no temp files in the cache (its private .tmp folder, where entries are written, is empty)
    assert not [p for p in cache.rglob("*") if p.name.startswith(".") and not p.is_dir()]
    # the rerun uses what was cached and reports the same bytes as an uninterrupted run
    rerun = _run(_argv(articles, out, cache))
    assert rerun.returncode == 0, rerun.stderr
    assert out.read_bytes() == reference


# -- the cache heals itself ---------------------------------------------------------------------------
def test_corrupt_and_old_version_cache_entries_are_rebuilt(
    tmp_path: Path, good: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    import attribution.nlp.annotate as annotate

    cache = tmp_path / "cache"
    second = tmp_path / "second.txt"
    second.write_text("The ferry operator said crossings would resume on Thursday.\n", encoding="utf-8")
    first = cli("report", good, second, "--format", "json", "--cache-dir", cache)
    assert first.code == 0
    entries = sorted(p for p in (cache / annotate.CACHE_SUBDIR).rglob("*.json.z"))
    assert len(entries) == 2
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # truncated
    damaged = bytearray(entries[1].read_bytes())
    damaged[-5] ^= 0xFF  # one flipped byte: checksum mismatch
    entries[1].write_bytes(bytes(damaged))
    old = cache / "annotations-v0" / "ab" / "old.json.z"  # an entry of an older schema is never read
    old.parent.mkdir(parents=True)
    old.write_bytes(b"not even the right magic")

    second_run = cli("report", good, second, "--format", "json", "--cache-dir", cache)
    assert second_run.code == 0
    assert second_run.out == first.out

    # rebuilt: a third run needs no engine at all
    def no_engine(self: object) -> None:
        raise AssertionError("the engine was loaded: the damaged entries were not rebuilt")

    monkeypatch.setattr(annotate.EngineSpec, "create", no_engine)
    third = cli("report", good, second, "--format", "json", "--cache-dir", cache)
    assert third.code == 0 and third.out == first.out


# -- inputs are read, never written -------------------------------------------------------------------
def _digest(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_inputs_are_never_modified(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(b"\xef\xbb\xbfThe coach said the match was moved to Sunday.\r\n")
    (inputs / "b.json").write_text('{"text": "The referee said the pitch was flooded.", "outlet": "Sport Daily"}')
    (inputs / "c.jsonl").write_text('{"text": "The club said tickets remain valid."}\n{broken\n')
    (inputs / "d.html").write_text("<html><body><p>The stadium manager said repairs would take a week.</p>")
    (inputs / "e.txt").write_bytes("Caf\u00e9 owners said so.".encode("latin-1"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,outlet\nin/a.txt,Town Gazette\n", encoding="utf-8")
    before = {**_digest(inputs), "manifest": hashlib.sha256(manifest.read_bytes()).hexdigest()}
    for fmt in ("markdown", "json"):
        result = cli("report", inputs, "--manifest", manifest, "--format", fmt, "-o", tmp_path / f"out.{fmt}")
        assert result.code == 1  # c.jsonl line 2 and e.txt fail; the rest is reported
    result = cli("extract", inputs, "--format", "json", "-o", tmp_path / "extract.json")
    after = {**_digest(inputs), "manifest": hashlib.sha256(manifest.read_bytes()).hexdigest()}
    assert after == before
