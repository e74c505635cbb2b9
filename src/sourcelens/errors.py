"""The exceptions sourcelens raises for problems a user can cause.

The CLI turns each into one line on stderr and a non-zero exit code; no traceback.
"""

from __future__ import annotations


class SourcelensError(Exception):
    """Base class: something about the input or the request is wrong."""

    exit_code = 1


class InputError(SourcelensError):
    """A file cannot be read as an article (missing, a directory, binary, empty, too big …).

    The message names the file and the problem.
    """

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class LexiconError(SourcelensError):
    """A lexicon data file is malformed (a packaging bug, not a user error)."""

    exit_code = 3


class OutputError(SourcelensError):
    """The output cannot be written where asked (e.g. it would overwrite an input)."""

    exit_code = 2
