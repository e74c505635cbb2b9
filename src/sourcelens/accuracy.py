"""Measured accuracy of each detector, as shown in reports and the README.

These are results of the evaluation scripts in ``benchmarks/`` on annotated
development data (not shipped; see the README). They are written down here, not
computed at run time; rerun the named script to reproduce a row.
"""

from __future__ import annotations

#: (detector, data it was measured on, result and the script that reproduces it)
ACCURACY_ROWS: tuple[tuple[str, str, str], ...] = (
    ("Readability: Flesch-Kincaid grade orders versions of an article",
     "OneStopEnglish, 189 articles x 3 levels (567 pairs)",
     "98.6 % of pairs; consensus grade 98.1 % (benchmarks/eval_readability.py)"),
)
