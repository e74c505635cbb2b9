"""Vague words: quantities, frequencies, times and degrees standing in for figures.

"billions more", "many", "a number of", "significantly", "for decades", "a surge of": the
``vague`` markers of the specificity lexicon (SP020-SP030, after Channell 1994, *Vague
Language*), each a list of regular expressions with an explanation that becomes the
evidence note ("A vague frequency", "A vague time reference"). A hit inside a name ("Patriot
Majority PAC", "Little Rock") does not count, and of overlapping hits the one starting first
(the longest, at equal starts) counts.

Measured on PolNeAR (``benchmarks/eval_specifics.py``; every figure in
``benchmarks/accuracy.md``): right in 92 % and 94 % of two hand-judged held-out samples of
100 hits; 50 of the 62 vague expressions marked by hand in 210 held-out news sentences found
(0.81).

Speed: a pattern can match only where one of its literal words is present, so each has
anchors (:func:`anchors`) and runs only on a sentence holding one. The specificity dimension
reads each sentence once for its own counts and for these anchors (``specificity.scan_words``,
through :func:`index`), then hands :func:`find` the patterns worth running.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .. import lexicons
from ..lexicons import compile_regex as _rx
from .common import capitalised_inside, closing_paren, regex_structure, split_top


_ESCAPE = _rx(r"\\[A-Za-z]|\[[^\]]*\]")
_METACHARACTER = _rx(r"[.*+?{}\d,]")
_OPTIONAL_LETTER = _rx(r"(?<!\\)[a-z][?*]")  # "things?": the "s" is optional
_RUN = _rx(r"[a-z]{3,}")


def _without_unrequired_groups(pattern: str) -> str:
    """``pattern`` with each lookaround and each optional group ("(...)?", "(...)*",
    "(...){0,3}"), and any group nested in them, blanked out: none of them holds a word a
    match must contain."""
    while True:
        for i, ch, _ in regex_structure(pattern):
            if ch != "(":
                continue
            end = i + closing_paren(pattern[i:]) + 1
            if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                pattern = pattern[:i] + " " + pattern[end:]
                break
            if pattern[end:end + 1] in ("?", "*") or pattern.startswith("{0", end):
                after = end + 1 if pattern[end] != "{" else pattern.index("}", end) + 1
                pattern = pattern[:i] + " " + pattern[after:]
                break
        else:
            return pattern


@lru_cache(maxsize=1)
def _news_counts() -> dict[str, int]:
    """How often each of the 10,000 commonest words of ``word_frequency.tsv`` occurs in its
    1.0M words of news (a word not listed is rarer than all of them)."""
    return {row[0]: int(row[1]) for row in lexicons.table_rows(lexicons.table_text("word_frequency.tsv"))}


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Words one of which must occur in any text the pattern matches (None: cannot tell).

    For each top-level alternative, every required part gives a choice: its longest run of
    3+ letters outside parentheses, or the anchors of one of its groups. The choice whose
    words are rarest in news (their counts in ``word_frequency.tsv`` summed) is taken, the
    first of equals: "in the (years|months) ahead" is anchored on "ahead", not on "the",
    which would run the pattern on nearly every sentence, and "far (more|less)" on "far".
    Lookarounds and optional groups (with the groups inside them), optional letters,
    escapes and character classes are removed first, then the other metacharacters.
    """
    p = _ESCAPE.sub(" ", _OPTIONAL_LETTER.sub(" ", _without_unrequired_groups(pattern).lower()))
    p = _METACHARACTER.sub(" ", p)
    counts = _news_counts()
    out: set[str] = set()
    for alt in split_top(p):
        depth, outside, groups, cur = 0, [], [], []
        for ch in alt:
            if ch == "(":
                if depth == 0:
                    cur = []
                depth += 1
                if depth == 1:
                    continue
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    groups.append("".join(cur))
                    continue
            (cur if depth else outside).append(ch)
        runs = _RUN.findall("".join(outside))
        choices = [(max(runs, key=len),)] if runs else []
        choices += [inner for inner in map(anchors, groups) if inner]
        if not choices:
            return None
        out.update(min(choices, key=lambda anchors: sum(counts.get(a, 0) for a in anchors)))
    return tuple(sorted(out))


def _all_anchors(source: str) -> list[list[str]]:
    """``anchors`` of each line of ``source`` (the patterns, then the frequency table after
    a NUL line, so that the start-up cache entry follows both)."""
    return [list(anchors(p) or ()) for p in source.split("\n\0\n", 1)[0].split("\n")]


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str], bool, tuple[str, ...]], ...]:
    """(code, pattern for lower-cased text, pattern for any text, boundary?, anchors) per pattern.

    Speed (80 patterns, run naively, cost 10 microseconds a word; there are 129 now): a pattern can match
    only where one of its literal words is present, so it runs only on sentences that
    contain one of its anchors (:func:`anchors`: required words, the rarest choice; a pattern
    without one always runs, and the lexicon has none); and it runs case-sensitively on
    the lower-cased sentence with its leading word boundary checked afterwards, which lets
    the regex engine scan for the pattern's first literal instead of trying it at every
    character. The anchors are kept in the start-up cache: finding them costs a few
    milliseconds of pure Python per start.
    """
    markers = lexicons.load("specificity").in_category("vague")
    coded = [(m.code, pattern) for m in markers for pattern in m.patterns]
    source = "\n".join(p for _, p in coded) + "\n\0\n" + lexicons.table_text("word_frequency.tsv")
    out = []
    for (code, pattern), anchors in zip(coded, lexicons.derived("vague_anchors", source, _all_anchors)):
        boundary = pattern.startswith("\\b")
        fast = lexicons.compile_regex(pattern[2:] if boundary else pattern)
        out.append((code, fast, lexicons.compile_regex(pattern, re.IGNORECASE), boundary, tuple(anchors)))
    return tuple(out)


@lru_cache(maxsize=1)
def notes() -> dict[str, str]:
    """Each vague marker's explanation (the evidence note: "A vague frequency ...")."""
    return {m.code: m.explanation for m in lexicons.load("specificity").in_category("vague")}


@lru_cache(maxsize=1)
def index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """(every anchor, anchor -> indices of its patterns, indices of patterns always run)."""
    by_anchor: dict[str, list[int]] = {}
    always = []
    for i, (*_, anchors) in enumerate(patterns()):
        if not anchors:
            always.append(i)
        for a in anchors:
            by_anchor.setdefault(a, []).append(i)
    return tuple(by_anchor), {a: tuple(v) for a, v in by_anchor.items()}, tuple(always)


def find(text: str, start: int, end: int, lowered: str,
         chosen: Iterable[int]) -> list[tuple[int, int, str]]:
    """Vague words in ``text[start:end]`` as (start, end, code), without overlaps.

    ``lowered`` is ``text[start:end].lower()``, and ``chosen`` the indices of the
    :func:`patterns` worth running on it: those anchored in its words (:func:`index`), and
    those that always run. The specificity scan finds both in its one pass over the
    sentence (``specificity.scan_words``)."""
    same = len(lowered) == end - start  # lower() can change lengths ("İ"): then the slow path
    if not chosen:
        return []
    compiled = patterns()
    hits = []
    for i in sorted(chosen):
        code, fast, slow, boundary, _ = compiled[i]
        if same:
            for m in fast.finditer(lowered):
                j = m.start()
                if boundary and j and (lowered[j - 1].isalnum() or lowered[j - 1] == "_"):
                    continue
                hits.append((start + j, start + m.end(), code))
        else:
            hits.extend((m.start(), m.end(), code) for m in slow.finditer(text, start, end))
    if any(text[h[0]].isupper() for h in hits):  # "Patriot Majority PAC", "Little Rock": names
        hits = [h for h in hits if not capitalised_inside(text, start, h[0])]
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h[0], -h[1]))
    out = [hits[0]]
    for h in hits[1:]:
        if h[0] >= out[-1][1]:
            out.append(h)
    return out
