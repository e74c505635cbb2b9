"""Where the ``sourcelens`` command and ``python -m sourcelens`` start.

:func:`main` imports the command line (click, and through it the analyzers on first
use) inside its own ``try``, so that a Ctrl-C during start-up ends with one line on
stderr and exit code 130, as it does later in the run, rather than a traceback.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Run the ``sourcelens`` command; its exit code."""
    try:
        from .cli import main as run_cli
    except KeyboardInterrupt:
        sys.stderr.write("sourcelens: interrupted\n")
        return 130
    return run_cli()


if __name__ == "__main__":
    raise SystemExit(main())
