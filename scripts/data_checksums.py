"""Record (or check) the checksums of the data files the package ships, in attribution/data/CHECKSUMS.json.

usage: python scripts/data_checksums.py [--check]

The package refuses a shipped data file (aliases, countries, interested parties, the confirmation gate, the
content-choice weights, the model's MANIFEST.json) whose sha256 differs from the one recorded here, naming the
file and the command that restores or regenerates it. The refit scripts record their own file; run this after a
deliberate hand edit of a data file, or after merging branches that refit data, to record every file again.
``--check`` only compares, prints each file that differs, and exits 1 when one does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.errors import PackageDataError  # noqa: E402
from attribution.packaged import CHECKSUMS, SHIPPED, check_shipped, record_checksums  # noqa: E402

PACKAGE = ROOT / "attribution"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare only; exit 1 when a file differs")
    args = ap.parse_args(argv)
    if args.check:
        bad = 0
        for rel in sorted(SHIPPED):
            try:
                check_shipped(rel, (PACKAGE / rel).read_bytes(), root=PACKAGE)
            except (OSError, PackageDataError) as err:
                print(err)
                bad += 1
        print(f"{len(SHIPPED) - bad} of {len(SHIPPED)} shipped data files match {CHECKSUMS}")
        return 1 if bad else 0
    path = record_checksums(root=PACKAGE)
    print(f"recorded {len(SHIPPED)} checksums in {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
