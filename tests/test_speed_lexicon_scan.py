"""Speed rewrites of the lexicon scanners (tone.py, style.py, hedging.py) against the plain forms
they replaced: each test keeps the old code as its reference and compares on real sentences and
on random strings built from the lexicons' own words and edge-case glue."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from sourcelens import api, lexicons
from sourcelens.analyzers import style, tone

ROUNDS = 3000
SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
GLUE = ["(", ")", "'", "’", "-", ",", ".", "?", "!", "\"", "“", "”", "_", "x", "s", "ed", "1", "\u00a0",
        "\t", "\n", "\u2003", "  ", "the", "a", "İ", "ſ", "K", "ı"]


def _strings(pieces: list[str], seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(pieces) + (" " if rng.random() < 0.5 else "")
                      for _ in range(rng.randint(0, 12)))


def _pieces(name: str) -> list[str]:
    """Plain words, the literal runs of every pattern (split at regex syntax), and glue."""
    pieces = list(tone.scanner(name).word_codes) + GLUE
    for marker in lexicons.load(name).markers:
        for pattern in marker.patterns:
            for run in re.split(r"\\[sbwd]|[()\[\]|?*+{}^$\\]", pattern):
                if run.strip():
                    pieces += [run, run.strip()]
    return pieces


def _real_texts() -> list[str]:
    texts = []
    for path in SAMPLES:
        doc = api.load(path)
        texts += [doc.text[s.span.start:s.span.end] for s in doc.sentences]
    return texts


# --- tone.Resolver: candidates indexed by the character at the hit


def _resolve_reference(low: str, start: int, end: int, candidates) -> tuple[str, int] | None:
    """The old tone._resolve: every candidate in lexicon order."""
    for pattern, code in candidates:
        m = pattern.match(low, start, end)
        if m:
            return code, m.end()
    return None


def _resolvers(name: str) -> list[tone.Resolver]:
    scan_ = tone.scanner(name)
    return [resolver for _, resolver in scan_.families] + [scan_.start_codes]


def _assert_resolves_alike(resolver: tone.Resolver, text: str) -> None:
    low = tone.lowered(text)
    for start in range(len(low) + 1):
        for end in (len(low), min(len(low), start + 5)):
            assert resolver.resolve(low, start, end) == \
                _resolve_reference(low, start, end, resolver.candidates), (text, start, end)


@pytest.mark.parametrize("name", [tone.LEXICON, style.LEXICON])
def test_resolver_by_first_character_equals_trying_every_candidate(name):
    texts = _real_texts()[:300] + [m.example for m in lexicons.load(name).markers if m.example]
    texts += list(_strings(_pieces(name), 41))
    for resolver in _resolvers(name):
        fresh = tone.Resolver(resolver.candidates)  # an empty per-character memo
        for text in texts:
            _assert_resolves_alike(fresh, text)


def test_resolver_keeps_candidates_whose_opening_is_unknown():
    # a top-level bar, an optional first letter, a non-letter opening, a leading group:
    # each may open with a letter other than its first one
    candidates = tuple((re.compile(p), f"C{k}") for k, p in enumerate(
        ["ab|cd", "x?cd", "c", r"\wc", "(?:b|c)d", "(?:b|c)d|e", "[a-c]x", "cx"]))
    resolver = tone.Resolver(candidates)
    for text in _strings(["ab", "cd", "c", "e", "x", "bd", "cx", " ", "ax"], 42):
        _assert_resolves_alike(resolver, text)


def test_first_letters():
    assert tone._first_letters(r"in\s+fact\b") == frozenset("i")
    assert tone._first_letters(r"(?:is|was) not") == frozenset("iw")
    assert tone._first_letters(r"ab|cd") is None
    assert tone._first_letters(r"(?:a|b)c|d") is None
    assert tone._first_letters(r"a?b") is None
    assert tone._first_letters(r",\s*you") is None
    assert tone._first_letters(r"\?(?=\s*$)") is None
