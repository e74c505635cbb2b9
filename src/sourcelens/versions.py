"""The versions that produced a profile, so a researcher can cite and reproduce it.

Read from the installed packages' ``*.dist-info`` folder names on ``sys.path``: the
same answer as ``importlib.metadata.version`` for ordinary installs, without its import
cost (about 40 ms, paid by every cold start of ``sourcelens score``).
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

PACKAGES = ("sourcelens", "click", "vaderSentiment", "scikit-learn", "textstat")
_DIST_INFO = re.compile(r"^(?P<name>.+?)-(?P<version>[^-]+?)\.dist-info$")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    wanted = {_normal(name): name for name in PACKAGES}
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            m = _DIST_INFO.match(entry)
            if m and _normal(m.group("name")) in wanted:
                found.setdefault(wanted[_normal(m.group("name"))], m.group("version"))
    if "sourcelens" not in found:
        from . import __version__

        found["sourcelens"] = __version__
    return {name: found.get(name, "not installed") for name in PACKAGES}
