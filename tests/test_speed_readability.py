"""The speed-ups in readability.py and syllables.py give the same answers as the plain code.

Each fast helper is compared with the code it replaced (kept here as the reference) on the
tokens of real articles and on random tokens built from the characters that matter to it:
ASCII and typographic apostrophes and quotes, hyphens, dashes and slashes (compounds are
counted part by part), digits, the underscore (a word character), non-ASCII letters (some
of which lower() or the regex engine treat specially), and marks at the ends and inside.
A failure here means a "faster" rewrite changed an output.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

from sourcelens.analyzers import readability as rd
from sourcelens.analyzers import syllables as sy

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/data/attribution/polnear/dev/text")
ROUNDS = 20000


# ------------------------------------------------------------------ the reference (old code)

def _syllables_reference(word: str) -> int:
    """syllables.syllables as it was (without its lru_cache)."""
    w = sy._NON_LETTERS.sub("", word.lower().replace("\u2019", "'")).strip("'")
    if not w:
        return 1 if any(c.isdigit() for c in word) else 0
    found = sy._exceptions().get(w)
    if found is not None:
        return found
    return sy.rule_syllables(w)


def _word_syllables_reference(token: str) -> int:
    if "-" in token or "\u2013" in token or "\u2014" in token or "/" in token:
        parts = re.split(r"[-\u2013\u2014/]+", token)
        total = sum(_syllables_reference(p) for p in parts if p)
        return total if total else 0
    return _syllables_reference(token)


def _token_facts_reference(token: str) -> tuple:
    """readability._token_facts as it was: three regex clean-ups per token."""
    if not re.search(r"\w", token):
        return 0, 0, 0, False, False, False, False
    syllables = _word_syllables_reference(token)
    letters = len(re.sub(r"[^\w']", "", token).replace("'", ""))
    key = re.sub(r"[^\w\s']", "", token.replace("\u2019", "")).lower()
    unfamiliar = key not in rd.easy_words()
    return syllables, letters, 1, syllables >= 3, syllables >= 3 and unfamiliar, unfamiliar, letters >= 7


# ------------------------------------------------------------------ inputs

def _real_tokens() -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted(SHARED.glob("*.txt"))[:200]
    tokens = sorted({t for p in paths for t in p.read_text(encoding="utf-8").split()})
    assert len(tokens) > 500
    return tokens


_PIECES = ["word", "Word", "WORD", "said", "the", "a", "I", "beautiful", "fyi", "www", "able", "jumped",
           "'", "''", "\u2019", "\u2018", "\u201c", "\u201d", "\"", "'s", "\u2019s", "n't",
           "-", "--", "\u2013", "\u2014", "/", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "$", "%",
           "&", "*", "#", "@", "_", "1", "1999", "2.5", "\u00bd", "\u00b2", "\u0663",
           "\u00e9", "caf\u00e9", "\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\u01c5", "\u00ab", "\u00bb",
           "\u2026", "\u00a9", "\u2022"]


def _random_tokens(seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        token = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))
        yield token


# ------------------------------------------------------------------ tests

def test_token_facts_equal_reference_on_real_tokens():
    for token in _real_tokens():
        assert rd._token_facts(token) == _token_facts_reference(token), token


def test_token_facts_equal_reference_on_random_tokens():
    for token in _random_tokens(7):
        assert rd._token_facts(token) == _token_facts_reference(token), token


def test_edge_marks_are_dropped_by_every_count():
    """Each stripped mark is no word character, no space, no letter or digit and not the
    ASCII apostrophe: the slow path's clean-ups all remove it."""
    for c in rd._EDGE_MARKS:
        assert not re.match(r"[\w\s']", c), repr(c)
        assert not c.isalnum() and unicodedata.category(c)[0] in "PS", repr(c)
        assert sy._NON_LETTERS.sub("", c.lower().replace("\u2019", "'")).strip("'") == "", repr(c)


def test_normal_word_syllables_equals_syllables_on_normal_words():
    for word in ["fyi", "beautiful", "the", "jumped", "able", "don't", "rhythm", "queue"]:
        assert sy.normal_word_syllables(word) == _syllables_reference(word) == sy.syllables(word)


def _rule_syllables_reference(word: str) -> int:
    """syllables.rule_syllables as it was (str.endswith tests)."""
    w = word.replace("'", "")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    count = len(sy._VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye", "oe")) and count > 1:
        count -= 1
    elif w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy" and count == 1:
        count += 1
    if w.endswith("ed") and len(w) > 3 and w[-3] not in "td" and count > 1:
        count -= 1
    elif w.endswith("es") and len(w) > 3 and w[-3] not in "sxzhgc" and count > 1 and not w.endswith("ies"):
        count -= 1
    return max(1, count)


def test_rule_syllables_equals_reference():
    """On the exception words, the words of real articles and every short string over the
    letters the endings test (with the apostrophe, which is dropped first)."""
    import itertools

    words = set(sy._exceptions())
    words |= {sy._NON_LETTERS.sub("", t.lower()).strip("'") for t in _real_tokens()}
    for n in range(7):
        words |= {"".join(p) for p in itertools.product("aeilsdt'", repeat=n)}
    words |= {"".join(p) for p in itertools.product("eyoudxzhgcl", repeat=4)}
    for word in words:
        assert sy.rule_syllables(word) == _rule_syllables_reference(word), word


# ------------------------------------------------------------------ packed per-token facts

def _body_counts_reference(doc) -> tuple:
    """readability's counts as they were made: column sums over the per-token fact tuples
    (here per sentence first, then over the sentences that have a word)."""
    rows = []  # (index, token count, [characters, syllables, letters, words, poly, complex, unfamiliar, long])
    for sentence in doc.body_sentences:
        tokens = doc.text[sentence.span.start : sentence.span.end].split()
        if tokens:
            columns = [list(map(len, tokens)), *zip(*map(rd._token_facts, tokens))]
            rows.append((sentence.index, len(tokens), [sum(column) for column in columns]))
    worded = [(index, sums) for index, _, sums in rows if sums[3]]
    C = sum(sums[0] for _, _, sums in rows)
    T = sum(count for _, count, _ in rows)
    Y, L, W, P, F, D, long_words = (sum(sums[k] for _, sums in worded) for k in range(1, 8))
    hardest = [(0.39 * sums[3] + 11.8 * sums[1] / sums[3] - 15.59, sums[3], index)
               for index, sums in worded if sums[3] >= 5]
    return W, len(worded), Y, L, C, T, P, F, D, long_words, hardest


def test_body_counts_equal_the_column_sums_on_real_and_random_documents():
    from sourcelens import api
    from sourcelens.ingest import from_text

    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted(SHARED.glob("*.txt"))[:100]
    docs = [api.load(p) for p in paths]
    rng = random.Random(8)
    tokens = list(_random_tokens(9))[:3000] + ["www" * 300, "fyi-" * 200, "a" * 5000]
    for _ in range(150):
        words = [rng.choice(tokens) for _ in range(rng.randint(1, 60))]
        docs.append(from_text("".join(w + rng.choice([" ", " ", ". ", "\n\n", "? "]) for w in words)))
    docs.append(from_text(" ".join(tokens[-3:] * 3) + " and more words here."))  # fields past 2**12
    for doc in docs:
        assert rd._body_counts(doc) == _body_counts_reference(doc), doc.text[:200]


def test_no_packed_field_outgrows_its_bits():
    """Every field of a token is at most _MAX_SYLLABLES_PER_CHAR times its length (the syllable
    exception table and the rules included), so a field's sum over any str fits its bits."""
    import sys

    assert max(count / len(word) for word, count in sy._exceptions().items()) <= rd._MAX_SYLLABLES_PER_CHAR
    tokens = _real_tokens() + list(_random_tokens(10)) + list(sy._exceptions()) + ["www" * 50, "fyi/" * 30]
    for token in tokens:
        assert max((len(token), *rd._token_facts(token))) <= rd._MAX_SYLLABLES_PER_CHAR * len(token), token
    assert rd._MAX_SYLLABLES_PER_CHAR * sys.maxsize < 2 ** rd._FIELD_BITS


def test_packed_facts_unpack_to_the_facts():
    for token in _real_tokens()[:2000] + list(_random_tokens(11))[:2000]:
        packed = rd._packed_facts(token)
        fields = [packed >> k * rd._FIELD_BITS & rd._FIELD_MASK for k in range(8)]
        assert fields == [len(token), *rd._token_facts(token)], token


def test_vowel_groups_equal_the_regex_count():
    """syllables._vowel_groups against len(_VOWEL_GROUPS.findall(w)) on every short string over
    vowels, consonants and other characters (ASCII and not), and on real words."""
    import itertools

    words = {"".join(p) for n in range(6) for p in itertools.product("aeyb' 1Aé", repeat=n)}
    words |= {sy._NON_LETTERS.sub("", t.lower()) for t in _real_tokens()} | set(sy._exceptions())
    for word in words:
        assert sy._vowel_groups(word) == len(sy._VOWEL_GROUPS.findall(word)), word
