"""Figures: numbers, amounts, percentages, dates and years, found once and typed.

``find_figures(text, start, end)`` scans ``text[start:end]`` (one sentence) with ONE
precompiled regex whose alternatives are tried left to right, longest forms first, so
"approximately US$867 million" is one money figure (not a qualifier, a currency, a
number and a scale word) and "28 July 2015" is one date (not a count and a year).
Neighbouring figures joined by a dash, "to" or "between … and" are then merged into one
``range`` ("2010–2015", "between 5 and 10 per cent", "5-10%", "$35,000 to $60,000 a
year"), or into a ``tally`` when the first of two counts or percentages is not below the
second ("a 5-4 decision", "46 to 40 percent"); "a to b" after a verb of change or "from"
gives a change and stays two figures ("grew by $1.5 billion to $352.7 billion"). The first
number of a range or change shares what is written only after the second: its kind and
unit ("5-10%", "rose from 3 to 5 percent", "18- to 24-year-old"), its currency ("$5-10
billion") and its scale ("between 1.5 and 2 million" runs from 1,500,000). "-plus" after a
number is its qualifier ("15-plus years": at least 15).

Types (``Figure.kind``), with the normalised ``value`` each carries:

=============  =====================================================  ==========================
kind           examples                                               value
=============  =====================================================  ==========================
money          US$867 million, $35bn, €2.5 billion, 40 bucks, 5 €     amount (float) + currency
percentage     50 per cent, 2.6%, six percent, 3 percentage points    number (float)
date           28 July 2015, January 2017, July 28, in May, Monday,   ISO-like "2015-07-28"
               the September figures
time           10:30, 9 am, 6 p.m., ten o'clock                       as written
year           2014, 1990s, the 90's, mid-2000s, 20th century         first year (int) + period
quantity       63-year-old, aged 45, "Smith, 45,", 5 km, 12 hours     number (float) + unit
ordinal        3rd, the fifth, the twentieth                          int
fraction       two-thirds, a quarter of, one in five, one of every 9  float (0-1)
count          28,000, 400, three, 1.5 million, a dozen, 5 3/4, 2½    number (float)
range          2010-2015, between 5 and 10 per cent, Sept. 19 to 22   low, high + the parts' kind
tally          a 5-4 decision, voted 19-15, 46 to 40 percent, 2 to 1  values [first, second] + kind
=============  =====================================================  ==========================

Deliberately NOT figures: references ("Section 2(b)", "Article 5", "No. 10", "page 3"),
numbers glued to letters ("COVID-19", "G7", "F-16", "mp3"), numbers inside names ("the 5th
Amendment", "the Sixth Circuit", "Zero Hedge", "World War Two", "Fortune 500", "Intermediate
School 285", "Boeing 757", "Proposition 8"), telephone numbers, digit
pairs that are no fraction ("9/11", "24/7", "50/50"; "3/4" is one), "one" outside a number
("one of the", "no one", "on one hand"), the modal "may" and "May" without a date
context, and scale words without a number ("billions more", "millions of" are vague
quantities, handled by the vague lexicon, not here).

The package, read in this order: ``vocabulary.py`` (the word tables: number, ordinal and
fraction words, scales, months, currencies, units, and the words that make a number a count,
a reference or part of a name), ``grammar.py`` (``FIGURES``, the one regex of every form a
figure takes, and the pieces it is built from), ``triggers.py`` (where a figure may begin,
and what each chunk of a sentence holds, so that a sentence without a figure is skipped at
once), ``classify.py`` (the kind and normalised value of one match: :class:`Figure`,
:func:`parse_number`, dates, ages), ``exclusions.py`` (what looks like a figure and is not:
codes, references, numbered names, telephone numbers), ``ranges.py`` (neighbouring figures
joined into a range or a tally, or kept apart as a change); and here :func:`find_figures`,
which runs them over one sentence and takes in the words before a figure that belong to it
("nearly", "mid-"). ``sourcelens.analyzers.figures`` exports :func:`find_figures`, :class:`Figure`,
:func:`parse_number`, :func:`chunk_facts`, ``FIGURES`` and ``TRIGGER_WORDS``; the helpers and word
tables are imported from the modules that define them.
"""

from __future__ import annotations

import re
from typing import Any

from ...lexicons import compile_regex as _rx
from .classify import Figure, _classify, parse_number
from .exclusions import _PHONE, _glued, _in_name
from .grammar import FIGURES, _QUAL
from .ranges import _merge_ranges
from .triggers import TRIGGER_WORDS, _triggers, chunk_facts

__all__ = ["FIGURES", "TRIGGER_WORDS", "Figure", "chunk_facts", "find_figures", "parse_number"]


# words that may precede a figure's core and belong to it, checked backwards from the core
# (matching them forwards at every position made the grammar 50 times slower)
_QUAL_TAIL = _rx(r"\b" + _QUAL[3:-1] + "$", re.IGNORECASE)  # _QUAL without its outer (?:...)
_PERIOD_PART = _rx(r"\b(early|mid|late)[- ]$", re.IGNORECASE)


def _extend_back(text: str, lo: int, kind: str, s: int, attrs: dict[str, Any]) -> int:
    """Take in the words before a figure's core that belong to it (qualifier, "mid-")."""
    if kind in ("money", "percentage", "quantity", "count", "fraction", "tally"):   # "nearly eight of 10"
        q = _QUAL_TAIL.search(text, max(lo, s - 24), s)
        if q:
            attrs["qualifier"] = q.group(0).strip().lower()
            return q.start()
    elif kind == "year" and attrs.get("granularity") in ("decade", "century"):
        part = _PERIOD_PART.search(text, max(lo, s - 6), s)
        if part:
            attrs["part"] = part.group(1).lower()
            return part.start()
    return s


def find_figures(text: str, start: int = 0, end: int | None = None, lowered: str | None = None,
                 facts: tuple[frozenset[str], bool] | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, each once, typed and normalised, in order
    (``lowered`` and ``facts``: see ``_triggers``, for a caller that has them already).

    The grammar is tried only where a figure can begin (``_triggers``), anchored with
    ``match``; its alternatives are ordered so the longest reading wins at a position.
    """
    end = len(text) if end is None else end
    found: list[Figure] = []
    last = start
    for p in _triggers(text, start, end, lowered, facts):
        if p < last:
            continue
        phone = _PHONE.match(text, p, end) if text[p].isdigit() else None
        if phone is None and p > start and text[p - 1] == "(":
            phone = _PHONE.match(text, p - 1, end)  # "(202) 555-0142"
        if phone is not None:
            last = phone.end()  # its digit groups are no figures either
            continue
        m = FIGURES.match(text, p, end)
        if m is None:
            continue
        got = _classify(m, text)
        if got is None:
            continue
        kind, attrs, (s, e) = got
        if kind in ("money", "quantity", "count") and "-plus" in m.group(0).lower():
            attrs["qualifier"] = "plus"  # "15-plus years": at least 15 (a qualifier before it wins)
        core = s
        if kind == "year" and attrs.get("granularity") in ("decade", "century") and s - 1 >= start \
                and text[s - 1] in "- " and _PERIOD_PART.search(text, max(start, s - 6), s):
            pass  # "mid-2000s": the hyphen joins a period word, not a code
        elif _glued(text, s, e, start, kind) or _in_name(text, s, e, start, kind):
            if kind == "time":
                last = e  # "Exodus 18:21": neither number of a chapter and verse is a figure
            continue
        s = _extend_back(text, start, kind, core, attrs)
        found.append(Figure(s, e, kind, attrs))
        last = e
    return _merge_ranges(text, found, start)
