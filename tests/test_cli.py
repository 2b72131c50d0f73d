"""The command line: help everywhere, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

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
