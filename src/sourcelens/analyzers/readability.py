"""Readability: the classic grade-level formulas, from counts made once.

All formulas read the same counts of the article body (textstat recomputes them in
every formula, its issue #20). With W words, S sentences, Y syllables, L letters and
digits, C non-space characters over T tokens, P words of 3+ syllables, F of those
not on the Dale-Chall list, and D words not on the Dale-Chall list:

* Flesch reading ease (Flesch 1948) = 206.835 - 1.015 W/S - 84.6 Y/W
  (0-100 on ordinary prose; higher = easier)
* Flesch-Kincaid grade (Kincaid et al. 1975) = 0.39 W/S + 11.8 Y/W - 15.59
* Gunning fog (Gunning 1952) = 0.4 (W/S + 100 F/W)   (textstat's reading: a "complex"
  word has 3+ syllables and is not a familiar Dale-Chall word)
* SMOG (McLaughlin 1969) = 1.043 sqrt(30 P/S) + 3.1291   (normed on 30-sentence samples)
* Coleman-Liau (1975) = 0.058 (100 L/W) - 0.296 (100 S/W) - 15.8
* ARI (Senter & Smith 1967) = 4.71 C/T + 0.5 W/S - 21.43
* Dale-Chall (new formula, Chall & Dale 1995) = 0.1579 (100 D/W) + 0.0496 W/S,
  plus 3.6365 when more than 5 % of words are unfamiliar (a raw score: 4.9 or lower is
  read by 4th-graders, 9.0-9.9 by college students)
* Consensus grade: the median of the five US-grade formulas (Flesch-Kincaid, fog,
  SMOG, Coleman-Liau, ARI), a float, so two articles rarely tie (textstat's
  ``text_standard`` rounds to whole grades).

Words and tokens follow textstat: white-space-delimited tokens; a word is a token with
a letter or digit. On text with unambiguous sentences every formula agrees with
textstat 0.7.8 within 0.1 (``tests/test_readability.py``). Differences on real text:
sentences come from sourcelens's splitter (textstat counts "U.S." as a sentence end
and drops sentences of 1-2 words), and hyphenated compounds are counted part by part
("out-of-area" = 5 syllables; textstat looks up "outofarea").

Caveat: these formulas rank versions of the same content well (98 % of OneStopEnglish
pairs ordered correctly by Flesch-Kincaid) but track human judgments of unrelated
texts only loosely (|r| about 0.5 on CLEAR): read them as relative, not absolute.
"""

from __future__ import annotations

import statistics
import sys
from functools import lru_cache
from importlib import resources

from ..lexicons import compile_regex as _rx
from ..memo import BoundedMemo
from ..model import DimensionResult, Document
from .common import NO_BODY, evidence, metric
from .syllables import normal_word_syllables, word_syllables

DIMENSION = "readability"
HARDEST_SENTENCES = 3

_WORD_CHAR = _rx(r"\w")
_NOT_WORD = _rx(r"[^\w']")
_EASY_KEY = _rx(r"[^\w\s']")

GRADE = "US school grade"


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """The Dale-Chall list of familiar words (lexicons/dale_chall_easy_words.txt)."""
    ref = resources.files("sourcelens.lexicons").joinpath("dale_chall_easy_words.txt")
    return frozenset(line.strip() for line in ref.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


#: Characters stripped from the ends of a token before the plain-word test of :func:`_token_facts`:
#: ASCII punctuation and typographic quotes. None is a word character (``\w``), white space, a
#: letter, a digit or the ASCII apostrophe (which the Dale-Chall key keeps), so every count of
#: the slow path drops them all; a test checks this character by character.
_EDGE_MARKS = "!\"#$%&()*+,-./:;<=>?@[\\]^`{|}~\u2018\u2019\u201c\u201d"


def _token_facts(token: str) -> tuple[int, int, int, bool, bool, bool, bool]:
    """(syllables, letters, is_word, polysyllabic, complex, unfamiliar, long) for one token
    (polysyllabic: 3+ syllables); remembered per token in :data:`_TOKEN_FACTS`.

    Most tokens are an ASCII word with marks at its ends ("said,", "(AP)", "\u201cWe"). For those
    the regex clean-ups below would each leave just the word (lower-cased for the syllables
    and the Dale-Chall key), so it is counted directly: the same counts, without three regex
    substitutions per new token (the cost of this stage on real news, where most tokens are new)."""
    word = token.strip(_EDGE_MARKS)
    if word.isascii() and word.isalpha():
        low = word.lower()
        syllables = normal_word_syllables(low)
        letters = len(word)
        unfamiliar = low not in easy_words()
        return syllables, letters, 1, syllables >= 3, syllables >= 3 and unfamiliar, unfamiliar, letters >= 7
    if not _WORD_CHAR.search(token):
        return 0, 0, 0, False, False, False, False
    syllables = word_syllables(token)
    letters = len(_NOT_WORD.sub("", token).replace("'", ""))
    key = _EASY_KEY.sub("", token.replace("\u2019", "")).lower()
    unfamiliar = key not in easy_words()
    return syllables, letters, 1, syllables >= 3, syllables >= 3 and unfamiliar, unfamiliar, letters >= 7


#: The most syllables one character of a token can bring: an exception word has at most 3 per
#: letter ("w", "fyi"), the rules at most 1 per letter (a test checks both). So every field of
#: :func:`_packed_facts` is at most 3 times the token's length.
_MAX_SYLLABLES_PER_CHAR = 3
#: Bits per field of a packed token: a field summed over a sentence is at most 3 times the
#: sentence's length (see above), below ``3 * sys.maxsize`` (no str is longer), so it never
#: carries into the next field.
_FIELD_BITS = (_MAX_SYLLABLES_PER_CHAR * sys.maxsize).bit_length()
_FIELD_MASK = (1 << _FIELD_BITS) - 1


def _pack(fields: tuple[int, ...]) -> int:
    """``fields`` in one int, field ``k`` at bits ``[k * _FIELD_BITS, (k + 1) * _FIELD_BITS)``."""
    packed = 0
    for value in reversed(fields):
        packed = packed << _FIELD_BITS | value
    return packed


#: fields -> :func:`_pack`: tokens share a few hundred distinct facts, and a tuple look-up
#: costs less than the eight shifts of large ints.
_PACKED = BoundedMemo(_pack)


def _packed_facts(token: str) -> int:
    """``len(token)`` and the seven :func:`_token_facts` of ``token``, packed (:func:`_pack`):
    (characters, syllables, letters, is_word, polysyllabic, complex, unfamiliar, long). The sum
    of a sentence's packed tokens holds each field's sum, exactly, since no field's sum
    reaches ``2 ** _FIELD_BITS``."""
    return _PACKED[(len(token), *_token_facts(token))]


#: token -> :func:`_packed_facts`. A plain dict look-up per token (``map(_PACKED_FACTS.__getitem__,
#: ...)`` runs in C); an ``lru_cache`` also reorders its list on every hit, 5 % of this stage.
_PACKED_FACTS = BoundedMemo(_packed_facts)


def _body_counts(doc: Document) -> tuple[int, int, int, int, int, int, int, int, int, int, list]:
    """(W, S, Y, L, C, T, P, F, D, long words, per sentence) over the body of ``doc``; the names
    as in the module docstring, per sentence (FK grade, words, index) of sentences of 5+ words."""
    text = doc.text
    W = S = Y = L = C = T = P = F = D = long_words = 0
    bits, mask = _FIELD_BITS, _FIELD_MASK
    per_sentence: list[tuple[float, int, int]] = []  # (FK grade, words, index)
    for sentence in doc.body_sentences:
        tokens = text[sentence.span.start : sentence.span.end].split()
        if not tokens:
            continue
        # Every column sum at once: one C-level sum over the cached packed per-token facts.
        total = sum(map(_PACKED_FACTS.__getitem__, tokens))
        C += total & mask
        T += len(tokens)
        w = total >> 3 * bits & mask
        if not w:
            continue
        y = total >> bits & mask
        L += total >> 2 * bits & mask
        P += total >> 4 * bits & mask
        F += total >> 5 * bits & mask
        D += total >> 6 * bits & mask
        long_words += total >> 7 * bits
        S += 1
        W += w
        Y += y
        if w >= 5:
            per_sentence.append((0.39 * w + 11.8 * y / w - 15.59, w, sentence.index))
    return W, S, Y, L, C, T, P, F, D, long_words, per_sentence


def analyze(doc: Document) -> DimensionResult:
    W, S, Y, L, C, T, P, F, D, long_words, per_sentence = _body_counts(doc)
    metrics = [
        metric("readability.words", W, unit="words", label="Words in the body"),
        metric("readability.sentences", S, unit="sentences", label="Sentences in the body"),
        metric("readability.syllables", Y, unit="syllables", label="Syllables in the body"),
    ]
    if W == 0:
        for key, label in _FORMULA_LABELS:
            metrics.append(metric(key, None, label=label, reason=NO_BODY))
        return DimensionResult(DIMENSION, tuple(metrics), status="measured", note=NO_BODY)

    wps, spw = W / S, Y / W
    fk = 0.39 * wps + 11.8 * spw - 15.59
    fre = 206.835 - 1.015 * wps - 84.6 * spw
    fog = 0.4 * (wps + 100.0 * F / W)
    cli = 0.058 * (100.0 * L / W) - 0.296 * (100.0 * S / W) - 15.8
    ari = 4.71 * C / T + 0.5 * wps - 21.43
    pct_unfamiliar = 100.0 * D / W
    dale = 0.1579 * pct_unfamiliar + 0.0496 * wps + (3.6365 if pct_unfamiliar > 5 else 0.0)
    smog: float | None = None
    smog_reason = None
    if S >= 3:
        smog = 1.043 * (30.0 * P / S) ** 0.5 + 3.1291
    else:
        smog_reason = f"SMOG needs at least 3 sentences (it was normed on 30); the body has {S}"
    grades = [fk, fog, cli, ari] + ([smog] if smog is not None else [])

    metrics += [
        metric("readability.words_per_sentence", wps, unit="words per sentence",
               direction="higher = harder to read", label="Average sentence length"),
        metric("readability.syllables_per_word", spw, unit="syllables per word",
               direction="higher = harder to read", label="Average word length in syllables"),
        metric("readability.long_word_share", long_words / W, unit="share of words (0-1)",
               direction="higher = harder to read", label="Words of 7+ letters"),
        metric("readability.complex_word_share", P / W, unit="share of words (0-1)",
               direction="higher = harder to read", label="Words of 3+ syllables"),
        metric("readability.flesch_reading_ease", fre, unit="score (0-100 on ordinary prose)",
               direction="higher = easier to read", label="Flesch reading ease"),
        metric("readability.flesch_kincaid_grade", fk, unit=GRADE, direction="higher = harder to read",
               label="Flesch-Kincaid grade"),
        metric("readability.gunning_fog", fog, unit=GRADE, direction="higher = harder to read",
               label="Gunning fog index"),
        metric("readability.smog_index", smog, unit=GRADE, direction="higher = harder to read",
               label="SMOG grade", reason=smog_reason),
        metric("readability.coleman_liau_index", cli, unit=GRADE, direction="higher = harder to read",
               label="Coleman-Liau index"),
        metric("readability.automated_readability_index", ari, unit=GRADE,
               direction="higher = harder to read", label="Automated readability index"),
        metric("readability.dale_chall", dale, unit="Dale-Chall score (9.0-9.9 = college)",
               direction="higher = harder to read", label="Dale-Chall score"),
        metric("readability.grade_consensus", statistics.median(grades), unit=GRADE,
               direction="higher = harder to read", label="Consensus grade (median of the grade formulas)"),
    ]

    found = []
    for grade, words, index in sorted(per_sentence, key=lambda t: (-t[0], t[2]))[:HARDEST_SENTENCES]:
        span = doc.sentences[index].span
        found.append(evidence(doc, "RD001", DIMENSION, "hard_sentence", span.start, span.end,
                              note=f"grade {grade:.1f} by Flesch-Kincaid: {words} words",
                              grade=round(grade, 1), words=words))
    return DimensionResult(DIMENSION, tuple(metrics), tuple(found))


_FORMULA_LABELS = (
    ("readability.words_per_sentence", "Average sentence length"),
    ("readability.syllables_per_word", "Average word length in syllables"),
    ("readability.long_word_share", "Words of 7+ letters"),
    ("readability.complex_word_share", "Words of 3+ syllables"),
    ("readability.flesch_reading_ease", "Flesch reading ease"),
    ("readability.flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("readability.gunning_fog", "Gunning fog index"),
    ("readability.smog_index", "SMOG grade"),
    ("readability.coleman_liau_index", "Coleman-Liau index"),
    ("readability.automated_readability_index", "Automated readability index"),
    ("readability.dale_chall", "Dale-Chall score"),
    ("readability.grade_consensus", "Consensus grade (median of the grade formulas)"),
)
