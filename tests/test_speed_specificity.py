"""Speed-ups of the specificity stage (specificity.py, the citations and figures packages) give the
same answers as the code they replaced.

Each rewritten helper is checked against the plain code (kept here as the reference) on
the body sentences of the sample articles and on random strings built from the pieces that
matter to it: white space of several kinds, glued words, capitals, non-ASCII letters.
"""

from __future__ import annotations

import random

import pytest

import sourcelens
from sourcelens.analyzers import citations

from conftest import GENERATED, PEER, trigger_run_reference

ROUNDS = 3000


def _strings(pieces: list[str], seed: int, rounds: int = ROUNDS):
    """(text, a, b): random texts of ``pieces``, and a random span of each."""
    rng = random.Random(seed)
    for _ in range(rounds):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\u00a0", "\n"])
                       for _ in range(rng.randint(0, 14)))
        a = rng.randint(0, len(text))
        yield text, a, rng.randint(a, len(text))


@pytest.fixture(scope="module")
def sample_sentences() -> list[tuple[str, int, int]]:
    out = []
    for path in (PEER, GENERATED):
        doc = sourcelens.load(path)
        out += [(doc.text, s.span.start, s.span.end) for s in doc.sentences]
    return out


# ----------------------------------------------------------------------------- citation triggers

_TRIGGER_PIECES = ["said", "Said", "SAID", "unsaid", "re-said", "says-who", "said-said", "saidsaid", "Trump's",
                   "according", "According to", "according\u00a0to", "per", "paper", "super", "call for",
                   "called on", "calls\nfor", "sources", "experts", "reportedly", "poll", "polls", "Poll",
                   "told", "a", "the", "in", "x", "_", "é", "İ", "“", "\"", "(", ",", ".", "'", "’", "-",
                   "pointing out", "pointed", "out", "lashing", "Agreement", "Act", "words", "put"]


def _trigger_reference(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The trigger words as run() found them before: one finditer over the whole sentence."""
    return [(m.start(), m.end(), m[0]) for m in citations.rules._rules().trigger.finditer(text, a, b)]


def _trigger_fast(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    rules = citations.rules._rules()
    chunks = text[a:b].split()
    if citations.tokens._chunks_shape(chunks, rules) < citations.tokens._MAY_TRIGGER:
        return []
    return [(m.start(), m.end(), m[0]) for m in citations.tokens._trigger_matches(text, a, b, chunks, rules)]


def test_trigger_matches_equal_the_finditer_on_samples(sample_sentences):
    found = 0
    for text, a, b in sample_sentences:
        expected = _trigger_reference(text, a, b)
        found += len(expected)
        assert _trigger_fast(text, a, b) == expected, (text[a:b], a, b)
    assert found > 20      # the samples do cite people


def test_trigger_matches_equal_the_finditer_on_random_strings():
    # glued pieces ("saidsaid", "unsaid", "said-said"), repeated chunks, chunks inside other
    # chunks ("per" in "paper"), spans cut inside a word (a > 0 after a letter)
    for seed in (1, 2):
        for text, a, b in _strings(_TRIGGER_PIECES, seed):
            assert _trigger_fast(text, a, b) == _trigger_reference(text, a, b), (text, a, b)


def test_trigger_matches_survive_a_cleared_memo(monkeypatch):
    monkeypatch.setattr(citations.tokens, "_MEMO_SIZE", 3)
    rules = citations.rules._rules()
    for text, a, b in _strings(_TRIGGER_PIECES, 3, 1000):
        assert _trigger_fast(text, a, b) == _trigger_reference(text, a, b), (text, a, b)
        assert set(rules.memo_starts) <= set(rules.memo_chunk)


# ----------------------------------------------------------------------------- named specifics

from sourcelens.analyzers import names, specificity  # noqa: E402

#: _NAME_RUN as it was: an alternation of the capitalised run, the @handle and the #hashtag
#: (with the middle initial, "J." before a capitalised word, since added to both)
_NAME_RUN_REFERENCE = specificity.re.compile(
    r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'&-]*[\w]|[A-Z]\.(?=[ \t]+[A-Z]))"
    r"(?:(?:\s+(?:of(?:\s+the)?|de|du|da|del|van|von|al|bin|la|le)\s+"
    r"|\s+|-)(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'&-]*[\w]|[A-Z]\.(?=[ \t]+[A-Z])))*|@\w{2,}|#[A-Za-z]\w+")

_NAME_PIECES = ["Korea", "Korea's", "Korea’s", "U.S.", "U", "U.", "A.B", "NATO", "of", "of the", "de", "van", "al",
                "Bank", "New York", "iPhone", "e.g.", "x-Ray", "Inter-Korean", "O'Neill", "AT&T", "@user", "@a",
                "@U.S.", "@Abc", "@", "#", "#MeToo", "#1", "#a", "##Ab", "@@ab", "#@Ab", "I", "A-", "-B", "\t",
                "É", "Ωmega", "_", "1990", ".", ",", "'", "’", "the", "and", "Zz_"]


def _spans(pattern, text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, a, b)]


def test_name_runs_equal_the_alternation(sample_sentences):
    for text, a, b in sample_sentences:
        assert _spans(names._NAME_RUN, text, a, b) == _spans(_NAME_RUN_REFERENCE, text, a, b)
    for seed in (4, 5):
        for text, a, b in _strings(_NAME_PIECES, seed):
            assert _spans(names._NAME_RUN, text, a, b) == _spans(_NAME_RUN_REFERENCE, text, a, b), (text, a, b)


# ----------------------------------------------------------------------------- figure triggers

import re  # noqa: E402
import sys  # noqa: E402

from sourcelens.analyzers import figures  # noqa: E402
from sourcelens.analyzers.figures import grammar as figure_grammar  # noqa: E402
from sourcelens.analyzers.figures import triggers as figure_triggers  # noqa: E402
from sourcelens.analyzers.figures import vocabulary as figure_vocabulary  # noqa: E402
from sourcelens.memo import Memo  # noqa: E402

_FIG_PIECES = ["1", "23", "2014", "1,500.25", "²", "٣", "①", "𝟗", "$", "US$", "A$", "€", "£", "¥", "₩", "₹", "¢", ",",
               ".", "-", "'", "’", "'90s", "one", "two", "May", "may", "million", "a dozen", "percent", "%", "km",
               "third", "a", "the", "March", "Monday", "1990s", "mid-", "to", "and", "İ", "é", "x", "COVID-19",
               "Section", "(b)", "#", "Twenty-five", "dozen,", "(million)"]


def _plain_chunk_facts(chunks: list[str]) -> tuple[set[str], bool]:
    """What _triggers used before the chunk memo: the trie scan of the sentence for the
    trigger words, and the digit and currency scan always run."""
    return set(trigger_run_reference().findall(" ".join(chunks))), True


def _triggers_reference(text: str, start: int, end: int) -> list[int]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(figure_triggers, "_chunk_facts", _plain_chunk_facts)
        return figure_triggers._triggers(text, start, end)


def test_triggers_equal_the_full_scans(sample_sentences):
    for text, a, b in sample_sentences:
        assert figure_triggers._triggers(text, a, b) == _triggers_reference(text, a, b), (text[a:b], a, b)
    for seed in (6, 7):
        for text, a, b in _strings(_FIG_PIECES, seed):
            assert figure_triggers._triggers(text, a, b) == _triggers_reference(text, a, b), (text, a, b)


def test_chunk_facts_say_exactly_when_a_digit_or_currency_sign_is_there(monkeypatch):
    monkeypatch.setattr(figure_triggers, "_CHUNK_WORDS", Memo(figure_triggers._learn_chunk))  # learn afresh, cleared on the way
    monkeypatch.setattr(figure_triggers, "_SYMBOL_CHUNKS", set())
    for text, a, b in _strings(_FIG_PIECES, 8):
        lowered = text[a:b].lower()
        words, symbols = figure_triggers._chunk_facts(lowered.split())
        assert symbols == bool(figure_triggers._SYMBOL_TRIGGER.search(text, a, b)), (text, a, b)
        assert words == set(trigger_run_reference().findall(lowered)), (text, a, b)
        if len(figure_triggers._CHUNK_WORDS) > 50:
            figure_triggers._CHUNK_WORDS.clear()
            figure_triggers._SYMBOL_CHUNKS.clear()


def test_lower_neither_makes_nor_removes_a_symbol_character():
    # _chunk_facts looks for digits and currency signs in the lower-cased text
    symbol = re.compile(r"[\d$€£¥₩₹]")
    assert all(bool(symbol.search(ch)) == bool(symbol.search(ch.lower())) for ch in map(chr, range(sys.maxunicode + 1)))


# ----------------------------------------------------------------------------- the figure grammar

def _plain_alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _grammar_with_plain_alternations() -> re.Pattern[str]:
    """FIGURES as it was: number words, ordinal words and units as length-sorted alternations."""
    grammar = figure_grammar._GRAMMAR
    for trie, plain in ((figure_grammar._num_word,
                         _plain_alternation(list(figure_vocabulary.UNITS_WORDS) + list(figure_vocabulary.TENS_WORDS))),
                        (figure_grammar._ORD_WORD, "(?:" + _plain_alternation(figure_vocabulary.ORDINAL_WORDS) + ")"),
                        (figure_grammar._units, _plain_alternation(figure_vocabulary.UNITS))):
        assert trie in grammar
        grammar = grammar.replace(trie, plain)
    return re.compile(grammar, re.IGNORECASE)


def _figure_match(pattern, text: str, p: int, end: int):
    m = pattern.match(text, p, end)
    return None if m is None else (m.span(), m.lastgroup, m.groupdict())


_GRAMMAR_PIECES = _FIG_PIECES + ["twenty-one", "forty", "fourteen", "eighteenth", "eighth", "eighty", "ten", "tenth",
                                 "square miles", "square", "sq km", "sq", "km", "kms", "km/h", "kmh", "km2", "°C", "°",
                                 "m", "mm", "mph", "mi", "miles", "mile", "ft", "feet", "kilo", "kilos", "KILOGRAMS",
                                 "5km", "3 sq ft", "ſeconds", "\u212am", "hundred", "and fifty", "dollars", "fold",
                                 "3 square\u00a0miles", "5 sq\nkm", "2 square  feet", "4 square\tmetres"]


def test_figure_grammar_tries_match_as_the_alternations(sample_sentences):
    plain = _grammar_with_plain_alternations()
    for words in (figure_vocabulary.UNITS_WORDS, figure_vocabulary.TENS_WORDS, figure_vocabulary.ORDINAL_WORDS):
        assert all(re.fullmatch("[a-z]+", w) for w in words)     # no space for the trie to widen
    for text, a, b in sample_sentences:
        for p in range(a, b):
            assert _figure_match(figures.FIGURES, text, p, b) == _figure_match(plain, text, p, b), (text[p:b], p)
    for seed in (9, 10):
        for text, a, b in _strings(_GRAMMAR_PIECES, seed, 1500):
            for p in range(a, b):
                assert _figure_match(figures.FIGURES, text, p, b) == _figure_match(plain, text, p, b), (text, p, b)


# ----------------------------------------------------------------------------- shared sentence facts

_SHARED_PIECES = _FIG_PIECES + ["’90s", "o’clock", "’’", "Twenty’s", "March’s", "don’t", "1’000", "£5’s", "ǅ", "Σ"]


def test_figures_from_the_word_scan_chunks_equal_their_own(sample_sentences):
    # sentence_counts hands scan_words' lower-cased span and chunks (curly apostrophes
    # straightened) to find_figures, which would otherwise lower and split the span itself
    cases = list(sample_sentences) + list(_strings(_SHARED_PIECES, 11))
    for text, a, b in cases:
        (lowered, *_), chunks = specificity._scan(text, a, b)
        straightened = figure_triggers._chunk_facts(chunks)
        assert figure_triggers._triggers(text, a, b, lowered, straightened) == figure_triggers._triggers(text, a, b), (text, a, b)
        assert specificity.sentence_counts(text, a, b)["figures"] == figures.find_figures(text, a, b), (text, a, b)


def test_first_word_start_equals_the_token_regex():
    """specificity's first-word helper walks tokens instead of searching "\\S*[^\\W_]\\S*"
    (which was quadratic on a long token without a letter): same answers on random windows."""
    import re

    token = re.compile(r"\S*[^\W_]\S*")
    rng = random.Random(12)
    pieces = ["a", "Z", "9", "_", ".", "...", "-", "é", "²", "'", "(", " ", "  ", "\t", "\n", "\u00a0", "__", "x_y"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
        first = token.search(text, a, b)
        assert names._first_word_start(text, a, b) == (first.start() if first else a), (text, a, b)


# ----------------------------------------------------------------------------- figure facts learnt by the word scan

def _chunk_facts_reference(chunks: list[str]) -> tuple[frozenset[str], bool]:
    """figures._chunk_facts as sentence_counts used it before: each chunk looked up in the
    figures' own memo (here: worked out afresh), the trigger words united, symbols any."""
    facts = [figures.chunk_facts(c) for c in chunks]
    return frozenset().union(*[w for w, _ in facts]), any(s for _, s in facts)


@pytest.mark.parametrize("limit", [200_000, 7])
def test_figure_facts_from_the_word_scan_equal_the_chunk_facts(sample_sentences, monkeypatch, limit):
    # _scan learns each new chunk's figure facts into _FIGURE_FACTS (only chunks that have
    # some); _figure_facts reads a sentence's off it. With limit 7 the memos are emptied
    # between most sentences, so chunks are learnt again and again.
    monkeypatch.setattr(specificity, "_PACKED", Memo(specificity._learn))
    monkeypatch.setattr(specificity, "_ANCHORED", {})
    monkeypatch.setattr(specificity, "_FIGURE_FACTS", {})
    monkeypatch.setattr(specificity, "_CACHE_LIMIT", limit)
    cases = list(sample_sentences) + list(_strings(_SHARED_PIECES, 13)) + list(_strings(_FIG_PIECES, 14))
    symbols = 0
    for text, a, b in cases:
        _, chunks = specificity._scan(text, a, b)
        expected = _chunk_facts_reference(chunks)
        symbols += expected[1] and not expected[0]
        assert specificity._figure_facts(chunks) == expected, (text, a, b)
        assert figure_triggers._chunk_facts(chunks) == expected, (text, a, b)
    assert symbols > 100      # sentences with a digit or currency sign but no trigger word were tried


def test_sentence_counts_figures_equal_find_figures_with_fresh_memos(sample_sentences, monkeypatch):
    monkeypatch.setattr(specificity, "_PACKED", Memo(specificity._learn))
    monkeypatch.setattr(specificity, "_ANCHORED", {})
    monkeypatch.setattr(specificity, "_FIGURE_FACTS", {})
    for text, a, b in list(sample_sentences) + list(_strings(_FIG_PIECES, 15)):
        assert specificity.sentence_counts(text, a, b)["figures"] == figures.find_figures(text, a, b), (text, a, b)
