"""Stopping a ``--workers 2`` run (issue 14): SIGTERM or Ctrl-C to the whole process group ends it.

A stop is sent to the process group, as a terminal's Ctrl-C or ``kill -TERM -PGID`` does: the
workers die with the parent. Once a worker died while sending its result, the pool's own thread
waited forever for the rest of that message, and the interrupted parent hung at exit with its dead
workers left as zombies. The hooks below make a worker stop mid-parse, or stop after sending half a
result (the bytes a real worker had written when it was killed), so both moments are tested every
time. The ``timeout`` of each child is a hang detector, not a timed assertion.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT

#: The program itself (``main()`` with no arguments, as ``python -m attribution`` runs it), with
#: ``attribution.pipeline.analyse`` hooked in the workers only. ``busy``: the worker says it is
#: parsing and sleeps. ``half-sent``: it first writes the start of a result message (a length
#: header and one byte) into the pool's result pipe, then sleeps, as a worker killed mid-send.
#: ``half-sent-then-killed``: the same for the article marked KILLME, then it kills itself.
HOOKED_PROGRAM = """
import multiprocessing, os, signal, struct, sys, time
import attribution.pipeline as p
mode, marker = sys.argv.pop(1), sys.argv.pop(1)
real, parent = p.analyse, os.getpid()

def half_send():
    results = multiprocessing.current_process()._args[1]  # the pool's result queue (fork)
    os.write(results._writer.fileno(), struct.pack("!i", 1 << 20) + b"\\x80")

def hooked(article, doc):
    if os.getpid() != parent:
        if mode == "half-sent-then-killed":
            if "KILLME" in article.text:
                half_send()
                os.kill(os.getpid(), signal.SIGKILL)
        else:
            if mode == "half-sent":
                half_send()
            open(marker + str(os.getpid()), "w").close()
            time.sleep(300)
    return real(article, doc)

p.analyse = hooked
from attribution.cli import main
sys.exit(main())
"""


def _articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for k in range(n):
        (folder / f"s{k:03d}.txt").write_text(f"The mayor said {k + 10} homes were flooded.\n", encoding="utf-8")


def _start(tmp_path: Path, mode: str, folder: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", HOOKED_PROGRAM, mode, str(tmp_path / "busy-"), "report", str(folder),
         "--engine", "spacy", "-q", "--workers", "2", "--force-workers", "--no-cache", "--format", "json",
         "-o", str(out)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _group(pgid: int) -> list[str]:
    """Processes still in the process group ``pgid`` (zombies included), as ``pid state``."""
    left = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid:
            left.append(f"{entry.name} {fields[0]}")
    return left


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("moment", ["busy", "half-sent"])
def test_a_stop_sent_to_the_process_group_mid_parse_ends_the_run_with_no_output(
    tmp_path: Path, sig: str, moment: str
) -> None:
    folder, out = tmp_path / "in", tmp_path / "report.json"
    _articles(folder, 8)
    child = _start(tmp_path, moment, folder, out)
    try:
        deadline = time.monotonic() + 240
        while not list(tmp_path.glob("busy-*")):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "no worker ever started"
            time.sleep(0.05)
        os.killpg(child.pid, getattr(signal, sig))
        _, err = child.communicate(timeout=30)  # a hang detector, not a timing
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
    assert child.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err, err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "in" and not p.name.startswith("busy-")] == []
    time.sleep(0.2)
    assert _group(child.pid) == []  # no worker outlives the run, not even as a zombie


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_a_worker_killed_while_sending_its_result_fails_its_articles_not_the_run(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "report.json"
    _articles(folder, 5)
    (folder / "victim.txt").write_text("KILLME. The mayor said the dam held.\n", encoding="utf-8")
    child = _start(tmp_path, "half-sent-then-killed", folder, out)
    try:
        _, err = child.communicate(timeout=300)  # a hang detector, not a timing
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
    assert child.returncode == 1, err
    victim = [line for line in err.splitlines() if "victim.txt" in line]
    assert len(victim) == 1 and "died" in victim[0], err
    assert "Traceback" not in err
    ids = {a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert "victim.txt" not in ids
    assert {f"s{k:03d}.txt" for k in range(5)} <= ids
    assert _group(child.pid) == []
