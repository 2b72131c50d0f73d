"""The one exception family of the package.

Every error a user can cause (bad input, missing model, unwritable output) is an
``AttributionError``. The CLI maps it to one line on stderr and an exit code; a
traceback is always a bug in our code, never the user's input.
"""

from __future__ import annotations


class AttributionError(Exception):
    """Base class: ``str(err)`` is one line that names the file and the next step."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(AttributionError):
    """An input file or record cannot be read as an article."""


class ManifestError(InputError):
    """The manifest is malformed; the message names the row or line."""


class ModelMissingError(AttributionError):
    """An NLP engine's model is not installed; the message names the install command."""


class OutputError(AttributionError):
    """An output path cannot be written (unwritable, or it is one of the inputs)."""


class UsageError(AttributionError):
    """Arguments that do not fit together."""


class UnknownIdError(AttributionError, LookupError):
    """``Report.claim(id)`` or ``Report.source(id)`` with an id the report does not hold."""


#: The distribution's name on PyPI (``import attribution`` comes from it): what restores a shipped file.
DISTRIBUTION = "attribution-tracer"
#: The command that restores a missing or damaged file shipped with the package.
REINSTALL = f"pip install --force-reinstall {DISTRIBUTION}"


class PackageDataError(AttributionError):
    """A data file shipped with the package is missing or damaged; the message names it and ``REINSTALL``."""
