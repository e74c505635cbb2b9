"""Writing results: atomically, and never over an input.

Output goes to a temporary file in the destination folder and is renamed into place only
when complete, so an error or an interrupt never leaves a half-written report behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import OutputError


def check_not_input(output: str, inputs: Iterable[str]) -> None:
    """Refuse an output path that is one of the inputs (or the same file under another name)."""
    out = Path(output)
    for name in inputs:
        if name == "-":
            continue
        src = Path(name)
        try:
            same = out.exists() and src.exists() and os.path.samefile(out, src)
        except OSError:
            same = False
        if same or out.resolve() == src.resolve():
            raise OutputError(f"{output}: refusing to overwrite an input file")


@contextlib.contextmanager
def atomic_writer(output: str, mode: str = "w") -> Iterator[IO[str]]:
    """Open a temporary file beside ``output``; rename it over ``output`` on success only."""
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{output}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{output}: is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_output(content: str, output: str | None, inputs: Iterable[str] = ()) -> None:
    """Write ``content`` to ``output`` atomically, or to standard output when None / ``-``."""
    if output is None or output == "-":
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    check_not_input(output, inputs)
    with atomic_writer(output) as fh:
        fh.write(content)
