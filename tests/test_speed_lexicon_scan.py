"""Speed rewrites of the lexicon scanners (tone.py, style.py, hedging.py) against the plain forms
they replaced: each test keeps the old code as its reference and compares on real sentences and
on random strings built from the lexicons' own words and edge-case glue."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from sourcelens import api, lexicons
from sourcelens.analyzers import common, style, tone

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


# --- tone chunk filters: the piece every match of a pattern holds inside one chunk

_SYNTHETIC = [r"sen(?:d|ds|t)\s+xy\b", r"ab[- ]cd", r"xy\s*stark", r"(?:it[\x27’]s|it is)\s+an?\s+thing",
              r"communists?\b(?!\s+party)", r"more than (?:just|merely)\b", r"ab,?\s+(?:and\s+)?cd",
              r"x\?(?=\s*$)", r"(?:a|the)\s+(?:very\s+)?[a-z]+\s+thing\s+indeed\b", r"q[^.]{1,9}?\bzz",
              r"(?i:ab)cd\s+ef", r"ab\s(?:cd|e f)gh", r"(?:ab|cd)+ef", r"(?:x|y)(?:x|y)(?:x|y)(?:x|y)(?:x|y)(?:x|y)zz"]
_SYNTHETIC_PIECES = ["send", "sends", "sent", "xy", "ab", "cd", "ab-cd", "ab cd", "stark", "xystark", "it's",
                     "it is", "an", "a", "thing", "communist", "communists", "party", "more", "than", "just",
                     "merely", "and", "x?", "?", "the", "very", "indeed", "q", "zz", ".", "AB", "ef", "gh", "e f",
                     "x", "y", "xyxyxy", "yyyyyy", "\n", "\t", "\u00a0", " ", ",", "(", "'"]


def _chunks_through(text: str, start: int, end: int) -> list[str]:
    """The white-space chunks of ``text`` that a match from ``start`` to ``end`` starts in or runs through."""
    return [m.group() for m in re.finditer(r"\S+", text) if m.start() < max(end, start + 1) and start < m.end()]


def _assert_every_match_passes(pattern: str, bounded: bool, texts) -> None:
    piece = tone._chunk_piece(pattern, bounded)
    if piece is None:
        return
    test = re.compile(tone._pieces_regex([piece]))
    regex = re.compile((r"\b" if bounded else "") + pattern)
    for text in texts:
        for m in regex.finditer(text):
            chunks = _chunks_through(text, m.start(), m.end())
            assert any(test.search(chunk) for chunk in chunks), (pattern, piece, text, m)


def test_every_match_of_a_pattern_holds_its_chunk_piece():
    for bounded in (True, False):
        for pattern in _SYNTHETIC:
            _assert_every_match_passes(pattern, bounded, _strings(_SYNTHETIC_PIECES, 43))
    for name in (tone.LEXICON, style.LEXICON):
        texts = [text.lower() for text in _real_texts()[:300]]
        texts += [m.example.lower() for m in lexicons.load(name).markers if m.example]
        texts += list(_strings(_pieces(name), 44))
        for marker in lexicons.load(name).markers:
            for pattern in marker.patterns:
                if pattern.startswith("^"):
                    continue
                bounded = pattern.startswith("\\b")
                for alt in tone._expand_head(pattern.removeprefix("\\b")):
                    _assert_every_match_passes(alt, bounded, texts)


def test_required_pieces_of_patterns():
    def pieces(pattern, bounded=False):
        return [(sorted(spellings), before, after) for spellings, before, after in tone._required_pieces(pattern, bounded)]

    assert pieces(r"in\s+fact\b", True) == [(["in"], r"\b", True), (["fact"], r"\A", False)]
    assert pieces(r"sen(?:d|t)\s+(?:ripples|shock\s+waves)") == [(["send", "sent"], "", True)]
    assert pieces(r"deep[- ]dives?\b", True) == [(["deep"], r"\b", False), (["dive"], "", False)]
    assert pieces(r"x\s*reminder") == [(["x"], "", False), (["reminder"], "", False)]
    assert pieces(r",\s*you\s+see\s*,", True) == [([","], "", False), (["you"], "", True), (["see"], r"\A", False),
                                                   ([","], "", False)]
    assert pieces(r"(?i)abc") == []
    assert pieces(r"(?i:ab)cd") == [(["cd"], "", False)]


@pytest.mark.parametrize("name", [tone.LEXICON, style.LEXICON])
def test_tone_scan_with_fresh_filters_equals_the_unfiltered_scan(name):
    import dataclasses

    from sourcelens.model import Sentence, Span

    scan_ = tone.scanner(name)
    fresh = dataclasses.replace(
        scan_, word_filter=tone.ChunkFilter(scan_.word_filter.may_start, limit=50),
        family_filters=tuple(f and tone.ChunkFilter(f.may_start, limit=50) for f in scan_.family_filters))
    always = tone.ChunkFilter(lambda chunk: True)
    plain = dataclasses.replace(scan_, word_filter=always, family_filters=(None,) * len(scan_.family_filters))
    texts = _real_texts()[:300] + [m.example for m in lexicons.load(name).markers if m.example]
    texts += list(_strings(_pieces(name), 47))
    for text in texts:
        low = tone.lowered(text)
        sentences = [Sentence(0, Span(0, len(low)), 0, "body", 1)]
        assert list(tone.scan(fresh, None, sentences, low)) == list(tone.scan(plain, None, sentences, low)), text


def test_family_filter_regex_from_the_start_up_cache_equals_a_fresh_build(monkeypatch):
    families = [([r"it\s+x", r"(?:a|b)c\s+dd"], True), ([r"it\s+x", r"(?:a|b)c\s+dd"], False),
                ([r",\s*you\s+see", r"\?(?=\s*$)"], False), ([r"[a-z]+\s"], True)]
    cached = [tone._family_filter(patterns, bounded) for patterns, bounded in families]
    monkeypatch.setattr(lexicons, "derived", lambda kind, source, build: build(source))
    fresh = [tone._family_filter(patterns, bounded) for patterns, bounded in families]
    for got, want in zip(cached, fresh):
        assert (got and got.may_start.__self__.pattern) == (want and want.may_start.__self__.pattern)
    assert fresh[0].may_start.__self__.pattern != fresh[1].may_start.__self__.pattern  # \b only when bounded
    assert fresh[3] is None  # "[a-z]+\s" holds no piece: the family always runs


# --- hedging: the marker alternation after a \W (common.gap_spans), over the sentence padded with a space


def _hedging_spans_reference(regex: re.Pattern[str], low: str) -> list[tuple[int, int, int]]:
    """The old scan of hedging.find_markers: ``\\b(?:markers)`` with finditer."""
    return [(m.start(), m.end(), m.lastindex) for m in regex.finditer(low)]


def _hedging_texts(seed: int) -> list[str]:
    from sourcelens.analyzers import hedging

    pieces = list(GLUE) + ["c.", "c. 1990", "or so.", "may", "May", "it's", "_may", "émay", "may_", "1may"]
    for marker in lexicons.load("hedging").markers:
        for pattern in marker.patterns:
            for run in re.split(r"\\[sbwd]|[()\[\]|?*+{}^$\\]", pattern):
                if run.strip():
                    pieces += [run, run.strip()]
    texts = _real_texts() + [m.example for m in lexicons.load("hedging").markers if m.example]
    texts += list(_strings(pieces, seed))
    return [hedging._lowered(text) for text in texts]


def test_hedging_marker_spans_equal_the_word_boundary_finditer():
    from sourcelens.analyzers import hedging

    comp = hedging._compiled()
    found = 0
    for low in _hedging_texts(48):
        padded = " " + low  # as find_markers scans a sentence
        got = [(start - 1, end - 1, m.lastindex)
               for start, end, m in common.gap_spans(comp.regex, comp.after_gap, padded, 1, len(padded))]
        assert got == _hedging_spans_reference(comp.regex, low), low
        found += len(got)
    assert found > 1000


def test_gap_spans_resume_on_a_closing_gap_character():
    # "x." ends on a non-word character, so "y" may open right after it, and "z\s*" swallows
    # the white space before "y": a scan resuming at the match's end (as finditer over the
    # after-gap regex would) misses both "y"s; one from the start position itself (not one
    # before) misses a hit there
    alternation = r"(?:x\.()|y()|z\s*())"
    plain, after_gap = re.compile(r"\b" + alternation), re.compile(r"\W" + alternation)
    texts = ["x.y", "x.y x.", "z y", "zy", "z  y.x.y", "yx.x.", "ax.y", "", ".", "x", "x..", "x.y.x.yx"]
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                got = [(a, b, m.lastindex) for a, b, m in common.gap_spans(plain, after_gap, text, start, end)]
                want = [(m.start(), m.end(), m.lastindex) for m in plain.finditer(text, start, end)]
                assert got == want, (text, start, end)
    assert [(a, b) for a, b, _ in common.gap_spans(plain, after_gap, " x.y", 1, 4)] == [(1, 3), (3, 4)]


def test_hedging_rejects_patterns_that_look_before_their_first_letter():
    from sourcelens.analyzers import hedging

    for pattern in [r"(?<=a)b", r"(?<!a)b", r"^b", r"\Ab", r"b|^c"]:
        assert hedging._LOOKS_BEFORE.search(pattern), pattern
    for pattern in [r"b[^.]c", r"b\^", r"b(?=c)", r"b(?!c)\b", r"b[\^]"]:
        assert not hedging._LOOKS_BEFORE.search(pattern), pattern


# --- tone.scan: family and word regexes run in their after-gap form (common.gap_spans)


def test_opens_with_a_word_character():
    assert tone._opens_with_a_word_character(r"(?:a(?:b)|(?:(?:it[\x27’]s|it is|is)\s+x))")
    assert tone._opens_with_a_word_character(r"(?:a|[ab_1]c)")
    for pattern in [r"(?:a|(?:b)?c)", r"(?:a|,b)", r"(?:a|[a-c])", r"(?:a|\wb)", r"(?:a|(?=b)b)", r"(?i:a)",
                    r"(?:a|)", r"a*b", r"(?:a|[^,])"]:
        assert not tone._opens_with_a_word_character(pattern), pattern


@pytest.mark.parametrize("name", [tone.LEXICON, style.LEXICON])
def test_tone_scan_after_gap_equals_the_plain_regexes(name):
    import dataclasses

    from sourcelens.model import Sentence, Span

    scan_ = tone.scanner(name)
    assert scan_.words_after_gap is not None and any(scan_.family_gaps)
    plain = dataclasses.replace(scan_, words_after_gap=None, family_gaps=())
    always = tone.ChunkFilter(lambda chunk: True)
    scan_, plain = (dataclasses.replace(s, word_filter=always, family_filters=(None,) * len(s.family_filters))
                    for s in (scan_, plain))
    texts = _real_texts()[:300] + [m.example for m in lexicons.load(name).markers if m.example]
    texts += list(_strings(_pieces(name), 49))
    hits = 0
    for k, text in enumerate(texts):
        # the sentence at the text's start, and after a character that is or is not a gap
        for before in ("", " ", "x", "-", "’", "(", "é"):
            low = tone.lowered(before + text)
            sentences = [Sentence(0, Span(len(before), len(low)), 0, "body", 1)]
            got = list(tone.scan(scan_, None, sentences, low))
            assert got == list(tone.scan(plain, None, sentences, low)), (before, text)
            hits += len(got)
    assert hits > 3000
