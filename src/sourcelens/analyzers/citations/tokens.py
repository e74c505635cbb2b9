"""Tokens and chunk facts of a sentence: the tokens before or after a position, each
white-space chunk's packed facts (long words, capitals, a possible trigger start), and
the trigger matches found only where one can start."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import _MEMO_SIZE, _TOKEN

if TYPE_CHECKING:  # rules.py imports this module (for _chunk_shape): no import back at run time
    from .rules import _Rules


# ----------------------------------------------------------------------------- token walking


def _tokens_after(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[lo:hi]``, for a walk forward from ``lo``."""
    # m[0], not m.group(0): the method call was a third of the cost of this hot list
    return [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, lo, hi)]


def _tokens_before(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[lo:hi]``, for a walk back from ``hi``: a window that starts inside
    a word (``lo`` is a few dozen characters back) leaves that word's tail out ("presi|dential
    candidates": no token "dential")."""
    toks = _tokens_after(text, lo, hi)
    if toks and toks[0][0] == lo and lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
        del toks[0]
    return toks


def _title_case(text: str, a: int, b: int) -> bool:
    """Is the sentence set in title case (most words of four letters or more capitalised)?

    The words are those of ``str.split``; run() reads the answer off the sentence's
    chunk facts (:func:`_shape`), computed once for the trigger test too.
    """
    from .rules import _rules

    return _title_shape(_shape(text, a, b, _rules()))


# What run() needs of each white-space chunk of a sentence (str.split), packed in one int
# so that a sentence costs one split and one sum: a word of 4+ characters, such a word
# with a capital first (str.isupper; the two counts of _title_case), and whether a
# trigger word can start in the chunk (none can in most chunks: then no trigger scan).
# The fields are 30 bits apart, so that a sentence's sum stays below 2**63, where the
# built-in sum() adds machine integers instead of allocating a big int per chunk (with the
# flag at bit 64 every sentence holding a trigger word took the slow path), as long as
# fewer than 8 of its chunks may hold a trigger (more: the same sum, big ints). A count
# cannot carry into the next field: that needs 2**30 chunks in one sentence (5 GB of
# text; ingest reads at most MAX_BYTES, 20 MB, far fewer than 2**23 chunks).
_SHAPE_SHIFT = 30
_LONG, _LONG_CAP, _MAY_TRIGGER = 1, 1 << _SHAPE_SHIFT, 1 << 2 * _SHAPE_SHIFT
_COUNT = (1 << _SHAPE_SHIFT) - 1


def _shape(text: str, a: int, b: int, rules: _Rules) -> int:
    """The packed chunk facts of ``text[a:b]`` summed over its chunks (each remembered)."""
    return _chunks_shape(text[a:b].split(), rules)


def _chunks_shape(chunks: list[str], rules: _Rules) -> int:
    """:func:`_shape` of the chunks ``text[a:b].split()``; afterwards every chunk is learnt."""
    memo = rules.memo_chunk
    if len(memo) > _MEMO_SIZE:      # emptied with the starts learnt beside it, between sentences
        memo.clear()
        rules.memo_starts.clear()
    return sum(map(memo.__getitem__, chunks))     # a chunk not seen before is learnt on the way


def _chunk_shape(chunk: str, rules: _Rules) -> int:
    """One chunk's facts. A trigger match starts at a word boundary with the trigger's first
    word, which then lies inside one chunk (white space ends it), so a chunk in which no
    trigger's first word starts at a boundary holds the start of no trigger match. The
    places where one does start are kept in ``rules.memo_starts`` (:func:`_trigger_matches`)."""
    starts = _first_word_starts(chunk, rules.first_word)
    if starts:
        rules.memo_starts[chunk] = starts
    shape = _MAY_TRIGGER if starts else 0
    if len(chunk) > 3:
        shape += _LONG_CAP if chunk[0].isupper() else _LONG
    return shape


def _first_word_starts(chunk: str, first_word: re.Pattern[str]) -> tuple[int, ...]:
    """Every offset in ``chunk`` at which ``first_word`` matches (overlapping ones too)."""
    starts = []
    m = first_word.search(chunk)
    while m is not None:
        starts.append(m.start())
        m = first_word.search(chunk, m.start() + 1)
    return tuple(starts)


def _trigger_matches(text: str, a: int, b: int, chunks: list[str], rules: _Rules) -> list[re.Match[str]]:
    """``list(rules.trigger.finditer(text, a, b))``, the pattern tried only where it can match.

    ``chunks`` are ``text[a:b].split()``, all learnt by :func:`_chunks_shape`. A trigger
    match starts where its first word starts at a word boundary, inside one chunk (see
    :func:`_chunk_shape`); the boundary inside the chunk alone is the same as in the text,
    except at the chunk's first character, where the chunk alone always has one: so the
    places in ``rules.memo_starts`` of every occurrence of a chunk in ``text[a:b]`` (all of
    them, as a chunk can also occur inside a longer chunk) hold every place where a match
    can start, and perhaps a few more. The pattern, anchored at each place left to right
    and resumed after each match as finditer does, finds the same matches; the trigger
    regex starts with ``\\b``, which gives ``re`` no character to skip ahead to, so its own
    scan tried every position of the sentence.
    """
    starts = rules.memo_starts
    candidates: set[int] = set()
    for chunk in starts.keys() & chunks:
        offsets = starts[chunk]
        at = text.find(chunk, a, b)
        while at >= 0:
            candidates.update([at + o for o in offsets])
            at = text.find(chunk, at + 1, b)
    found = []
    pos = a
    match = rules.trigger.match
    for p in sorted(candidates):
        if p >= pos:
            m = match(text, p, b)
            if m is not None:
                found.append(m)
                pos = m.end()
    return found


def _title_shape(shape: int) -> bool:
    """:func:`_title_case` from a sentence's summed chunk facts: at least 3 words of 4+
    characters, three quarters of them with a capital first."""
    caps = (shape >> _SHAPE_SHIFT) & _COUNT
    n = (shape & _COUNT) + caps
    return n >= 3 and caps >= 0.75 * n
