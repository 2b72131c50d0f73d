"""The command line: help everywhere, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.cli import build_parser, main

COMMANDS = [["report"], ["extract"], ["models"], ["models", "list"], ["models", "install"]]


def _subparsers(parser):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            yield from action.choices.items()


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_every_command_has_help_text_with_an_example(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: attribution" in out
    assert "example" in out


def test_every_subcommand_is_listed_in_the_tests():
    seen = []
    for name, sub in _subparsers(build_parser()):
        seen.append([name])
        seen.extend([name, inner] for inner, _ in _subparsers(sub))
    assert sorted(seen) == sorted(COMMANDS)


def test_version_prints_the_package_version(capsys):
    from attribution import __version__

    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_no_paths_is_a_usage_error_with_one_line(capsys):
    assert main(["report"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "PATH" in err[0]


def test_unknown_option_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--frobnicate"])
    assert exit_info.value.code == 2


def test_missing_path_names_the_file_and_exits_2(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["report", str(missing), "-q"]) == 2
    err = capsys.readouterr().err
    assert "nope.txt" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The minister said the bridge would open in May.\n", encoding="utf-8")
    before = article.read_bytes()
    assert main(["report", str(article), "-o", str(article)]) == 2
    assert article.read_bytes() == before
    assert "one of the inputs" in capsys.readouterr().err


def test_running_as_a_module_works_without_a_traceback():
    proc = subprocess.run([sys.executable, "-m", "attribution", "report"], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_seed_report_runs_end_to_end_to_a_markdown_file(tmp_path, seeds_dir: Path):
    out = tmp_path / "report.md"
    code = main(["report", str(seeds_dir), "-o", str(out), "-q", "--engine", "spacy"])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("#")
    assert "spacy" in text


# -- every option says what it does -------------------------------------------------------------------
def _all_parsers(parser, path=()):
    yield path, parser
    for name, sub in _subparsers(parser):
        yield from _all_parsers(sub, (*path, name))


@pytest.mark.parametrize("path", [tuple(c) for c in COMMANDS], ids=" ".join)
def test_every_option_and_argument_has_help_text(path):
    parsers = dict(_all_parsers(build_parser()))
    for action in parsers[path]._actions:
        if action.__class__.__name__ in ("_HelpAction", "_SubParsersAction"):
            continue
        assert action.help and action.help.strip(), f"{' '.join(path)} {action.dest} has no help text"


# -- standard input, JSON Lines, CSV, table width -----------------------------------------------------
STORY = (
    "Riverton council approves new bridge\n\n"
    "The Riverton town council voted on Tuesday to fund a new footbridge over the Mill River, the mayor, "
    "Ellen Hart, said. \"The old bridge has been closed since the spring floods,\" Hart told the Riverton "
    "Gazette. The project will cost about 2 million dollars, according to the council's finance committee.\n"
)


def _cli(args, stdin=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "attribution", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={**__import__("os").environ, **(env or {})},
        timeout=600,
    )


def test_a_dash_reads_one_article_from_standard_input():
    proc = _cli(["report", "-", "--format", "jsonl", "--engine", "spacy"], stdin=STORY)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines and all(json.loads(line)["mentions"][0]["article"] == "stdin" for line in lines)


def test_a_dash_with_nothing_piped_in_is_one_clear_error():
    proc = _cli(["report", "-"], stdin="")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "standard input" in proc.stderr and "Traceback" not in proc.stderr


def test_jsonl_gives_one_claim_per_line_with_names(seeds_dir: Path, seed_report):
    proc = _cli(["report", str(seeds_dir), "--format", "jsonl", "--engine", "spacy", "-q"])
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in rows] == [c.id for c in seed_report.claims]
    for row in rows:
        assert {"statement", "verdict", "origins", "mentions", "origin_names", "outlet_names"} <= set(row)
        if row["verdict"] == "unattributed":
            assert row["origin_names"] == []


def test_csv_is_the_claims_table_for_spreadsheets(seeds_dir: Path, seed_report):
    import csv
    import io

    proc = _cli(["report", str(seeds_dir), "--format", "csv", "--engine", "spacy", "-q"])
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout, newline="")))
    assert [r["id"] for r in rows] == [c.id for c in seed_report.claims]
    assert all(r["independent_origins"] == "" for r in rows if r["verdict"] == "unattributed")


@pytest.mark.parametrize("width", [60, 80, 120])
def test_the_table_fits_the_width_given(width, seeds_dir: Path):
    proc = _cli(["report", str(seeds_dir), "--format", "table", "--width", str(width), "--engine", "spacy", "-q"])
    assert proc.returncode == 0, proc.stderr
    longest = max(len(line) for line in proc.stdout.splitlines())
    assert longest <= width


# -- progress ---------------------------------------------------------------------------------------
def test_progress_is_silent_when_standard_error_is_not_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    proc = _cli(["report", str(tmp_path / "a.txt"), "--engine", "spacy", "--no-cache", "-o", str(tmp_path / "r.md")])
    assert proc.returncode == 0
    assert proc.stderr == ""


def _run_in_terminal(args, cwd):
    """Run the CLI with standard error on a pseudo-terminal; return what the terminal showed."""
    import os
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(cwd)
        os.execv(sys.executable, [sys.executable, "-m", "attribution", *args])
    shown = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


def test_progress_in_a_terminal_shows_count_rate_and_time_left_from_the_start(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(STORY.replace("Tuesday", f"day {n}"), encoding="utf-8")
    code, shown = _run_in_terminal(
        ["report", str(tmp_path), "--engine", "spacy", "--no-cache", "-o", str(tmp_path / "r.md")], tmp_path
    )
    assert code == 0, shown
    assert "0/3" in shown  # drawn before the first article is done
    assert "3/3" in shown
    assert "article/s" in shown or "s/article" in shown  # the rate
    assert "<" in shown  # elapsed<remaining


def test_quiet_silences_the_progress_bar_in_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    code, shown = _run_in_terminal(
        ["report", str(tmp_path / "a.txt"), "--engine", "spacy", "--no-cache", "-q", "-o", str(tmp_path / "r.md")],
        tmp_path,
    )
    assert code == 0
    assert "0/1" not in shown and "article" not in shown


# -- what the manifest and page metadata give, the report shows --------------------------------------
def test_manifest_links_dates_and_outlets_reach_the_report_with_an_earliest_first_timeline(tmp_path):
    seeds = sorted(Path(__file__).resolve().parent.parent.joinpath("fixtures", "seeds").glob("*.txt"))[:3]
    rows = ["path,outlet,url,published"]
    for n, seed in enumerate(seeds):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
        rows.append(f"{seed.name},Desk {n},https://news{n}.example/story-{n},2024-12-{27 - n:02d}")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "report.md"
    proc = _cli(["report", "--manifest", str(tmp_path / "manifest.csv"), "-o", str(out), "--engine", "spacy", "-q"])
    assert proc.returncode == 0, proc.stderr
    md = out.read_text(encoding="utf-8")
    assert "[Desk 0](https://news0.example/story-0)" in md
    assert "(2024-12-25; article " in md
    assert "shown by file name" not in md  # every outlet is named by the manifest
    timelines = [t.split("**Mentions", 1)[0] for t in md.split("**First reported**")[1:]]
    assert timelines
    for t in timelines:
        days = [line[2:12] for line in t.strip().splitlines() if line[2:3].isdigit()]
        assert days == sorted(days)
    assert any("2024-12-25: [Desk 2]" in t for t in timelines)


def test_standard_input_larger_than_max_bytes_is_refused_in_one_line():
    proc = _cli(["report", "-", "--max-bytes", "50"], stdin="x" * 200)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "--max-bytes" in proc.stderr
