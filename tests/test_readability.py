"""Readability: each formula agrees with textstat where sentences are unambiguous."""

from __future__ import annotations

import pytest

import sourcelens
from sourcelens.analyzers.syllables import rule_syllables, syllables, word_syllables

textstat = pytest.importorskip("textstat")

TEXTS = [
    "The cat sat on the mat. It was a sunny day and the children played outside. "
    "Their mother watched them from the kitchen window while she prepared lunch.",
    "South Korea pays for the military presence of the United States. In the last renegotiation its "
    "contributions increased considerably. Analysts in the region are concerned about the effect of "
    "a new administration on the alliance. Deterring potential attacks remains the primary rationale "
    "for maintaining a robust military alliance.",
    "Readability formulas estimate how difficult a passage is. They combine average sentence length "
    "with average word length. Longer sentences and longer words usually make a text harder. "
    "Teachers sometimes use these numbers to choose material for their students. "
    "Researchers caution that the formulas ignore meaning, organisation and background knowledge.",
]

PAIRS = [
    ("readability.flesch_reading_ease", "flesch_reading_ease"),
    ("readability.flesch_kincaid_grade", "flesch_kincaid_grade"),
    ("readability.gunning_fog", "gunning_fog"),
    ("readability.smog_index", "smog_index"),
    ("readability.coleman_liau_index", "coleman_liau_index"),
    ("readability.automated_readability_index", "automated_readability_index"),
    ("readability.dale_chall", "dale_chall_readability_score"),
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("key, function", PAIRS)
def test_formula_agrees_with_textstat(text, key, function):
    ours = sourcelens.analyze(text, ["readability"]).value(key)
    theirs = getattr(textstat, function)(text)
    assert ours == pytest.approx(theirs, abs=0.1), (key, ours, theirs)


@pytest.mark.parametrize("text", TEXTS)
def test_counts_agree_with_textstat(text):
    profile = sourcelens.analyze(text, ["readability"])
    assert profile.value("readability.words") == textstat.lexicon_count(text)
    assert profile.value("readability.sentences") == textstat.sentence_count(text)
    assert profile.value("readability.syllables") == textstat.syllable_count(text)


def test_consensus_is_the_median_of_the_grade_formulas():
    p = sourcelens.analyze(TEXTS[2], ["readability"])
    grades = sorted(p.value(k) for k in ("readability.flesch_kincaid_grade", "readability.gunning_fog",
                                          "readability.smog_index", "readability.coleman_liau_index",
                                          "readability.automated_readability_index"))
    assert p.value("readability.grade_consensus") == pytest.approx(grades[2], abs=0.001)


def test_empty_body_gives_null_with_reason_not_zero():
    p = sourcelens.analyze("Copyright 2024 Example News. All rights reserved.", ["readability"])
    metric = p.metrics["readability.flesch_kincaid_grade"]
    assert metric.value is None and "no words" in metric.reason
    assert p.value("readability.words") == 0


def test_smog_needs_three_sentences():
    p = sourcelens.analyze("One short sentence here. And another one.", ["readability"])
    assert p.value("readability.smog_index") is None
    assert "3 sentences" in p.metrics["readability.smog_index"].reason
    assert p.value("readability.flesch_kincaid_grade") is not None


def test_hardest_sentences_are_evidence(peer_profile):
    hard = peer_profile.evidence_for("readability", "hard_sentence")
    assert len(hard) == 3
    text = peer_profile.document.text
    for e in hard:
        assert text[e.span.start : e.span.end] == e.text and e.attrs["grade"] > 15


@pytest.mark.parametrize("word, count", [
    ("cat", 1), ("table", 2), ("international", 5), ("Pyongyang", 2), ("alliance", 3), ("it's", 1),
    ("2014", 1), ("\u2014", 0), ("out-of-area", 5), ("US\u2013South", 2),
])
def test_syllables(word, count):
    assert word_syllables(word) == count


def test_rule_fallback_is_reasonable_for_unknown_words():
    assert rule_syllables("blorptastic") == 3
    assert syllables("Zorbification") >= 4


def test_sample_grades_order_as_expected(peer_profile, generated_profile):
    assert peer_profile.value("readability.grade_consensus") > generated_profile.value("readability.grade_consensus")
