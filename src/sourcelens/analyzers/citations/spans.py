"""Small helpers on a sentence's tokens that the walks back and forward share: the words
inside a span of offsets, whether they make a person's full name ("Kelly Schmidt", "Gen.
Joseph F. Dunford Jr."; not "Va.", "the University"), the index of the token that starts at
an offset, and where a name token ends ("Trump." at the end of a window ends before its stop)."""

from __future__ import annotations

from .words import _is_cap


def _words_of(toks, span: tuple[int, int]) -> str:
    """The words of the tokens inside ``span``, joined by single spaces."""
    return " ".join(t[2] for t in toks if span[0] <= t[0] and t[1] <= span[1])


def _full_name(words: str) -> bool:
    """Two or more capitalised words, two of them no abbreviation: a person's name, most likely
    ("Kelly Schmidt", "Gen. Joseph F. Dunford Jr."; not "Va.", "N.Y.", "the University")."""
    parts = words.split()
    return all(map(_is_cap, parts)) and sum(1 for p in parts if not p.endswith(".")) >= 2


def _index_at(toks, start: int) -> int:
    """The index of the token that starts at ``start`` (looked for from the end, where the
    callers' tokens are), or -1."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k][0] == start:
            return k
        if toks[k][0] < start:
            break
    return -1


def _name_end(tok) -> int:
    s, e, w = tok
    if w.endswith(".") and w.count(".") == 1 and len(w) > 3:
        return e - 1       # "Trump." at the end of a window
    return e
