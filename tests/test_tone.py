"""Loaded language (analyzers/tone.py): fixtures per subcategory, balanced negatives, metrics."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sourcelens import lexicons
from sourcelens.analyzers import tone
from sourcelens.ingest import from_text

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("SOURCELENS_DATA") or REPO.parent / "shared" / "data")


def loaded(text: str) -> list[tuple[str, str]]:
    _, found = tone.analyze_tone(from_text(text))
    return [(e.attrs["subcategory"], e.text) for e in found]


POSITIVES = [
    ("puffery", "The legendary director opened the festival with a new film.", "legendary"),
    ("puffery", "The company unveiled a world-class stadium in the city centre.", "world-class"),
    ("editorializing", "The minister clearly misled parliament about the cost of the bridge.", "clearly"),
    ("editorializing", "Of course, the plan will cost far more than the mayor admits.", "Of course"),
    ("editorializing", "Sadly, the council closed the library after forty years.", "Sadly"),
    ("contentious_label", "The leftist mayor pushed the housing plan through the council.", "leftist"),
    ("contentious_label", "A mob of protesters gathered outside the courthouse on Monday.", "mob"),
    ("contentious_label", "The bill would deport illegal aliens within a year.", "illegal aliens"),
    ("intensifier", "The agency aggressively pushed the new rule through the committee.", "aggressively"),
    ("intensifier", "The proposal is utterly unworkable for small farms, the report said.", "utterly"),
    ("charged", "The governor signed a draconian law after the debate.", "draconian"),
    ("charged", "The hearing descended into chaos after the vote.", "chaos"),
    ("charged", "The senator slammed the report at a press conference.", "slammed"),
    ("doubt_label", "The so-called experts gave their advice to the committee.", "so-called"),
    ("doubt_label", "The supposed savings never appeared in the budget.", "supposed"),
    ("loaded_said", "The company claimed the product was safe for children.", "claimed"),
    ("loaded_said", "The president touted the figures at a rally in Ohio.", "touted"),
]

NEGATIVES = [
    ("puffery", "The director opened the festival with a new film."),
    ("puffery", "The company built a 60,000-seat stadium in the city centre."),
    ("editorializing", "The minister told parliament the bridge would cost $2 billion."),
    ("editorializing", "The plan will cost $40 million, according to the city budget office."),
    ("editorializing", "The council closed the library after forty years."),
    ("contentious_label", "The mayor pushed the housing plan through the council."),
    ("contentious_label", "About 200 protesters gathered outside the courthouse on Monday."),
    ("contentious_label", "The Communist Party of China held its congress in October."),
    ("intensifier", "The agency proposed the new rule to the committee."),
    ("intensifier", "The proposal does not suit small farms, the report said."),
    ("charged", "The governor signed the law after a two-hour debate."),
    ("charged", "The hearing ended early after the vote."),
    ("charged", "The senator criticised the report at a press conference."),
    ("doubt_label", "The experts gave their advice to the committee."),
    ("doubt_label", "The expected savings did not appear in the budget."),
    ("loaded_said", "The company said the product was safe for children."),
    ("loaded_said", "The president cited the figures at a rally in Ohio."),
]


def test_fixtures_are_balanced():
    subcategories = {m.subcategory for m in lexicons.load("tone").markers}
    for sub in subcategories:
        pos = sum(1 for s, *_ in POSITIVES if s == sub)
        neg = sum(1 for s, _ in NEGATIVES if s == sub)
        assert pos >= 2 and neg == pos, sub


@pytest.mark.parametrize("sub,text,expected", POSITIVES)
def test_positive_fixture(sub, text, expected):
    assert (sub, expected) in loaded(text)


@pytest.mark.parametrize("sub,text", NEGATIVES)
def test_negative_fixture(sub, text):
    assert loaded(text) == []


def test_every_marker_example_and_counterexample():
    for marker in lexicons.load("tone").markers:
        _, found = tone.analyze_tone(from_text(marker.example))
        assert marker.code in {e.code for e in found}, (marker.code, marker.example)
        _, found = tone.analyze_tone(from_text(marker.counterexample))
        assert marker.code not in {e.code for e in found}, (marker.code, marker.counterexample)


def test_patterns_lowercase_group_free_and_unique():
    patterns = []
    for marker in lexicons.load("tone").markers:
        assert marker.category == "loaded"
        for pattern in marker.patterns:
            assert re.compile(pattern).groups == 0, (marker.code, pattern)
            assert not re.search(r"(?<!\\)[A-Z]", pattern), (marker.code, pattern)
            patterns.append(pattern)
    assert len(patterns) == len(set(patterns)) > 400


def test_evidence_and_metrics():
    text = ("The senator slammed the so-called reform. The committee met on Monday. "
            "It approved the budget for next year.")
    doc = from_text(text)
    metrics, found = tone.analyze_tone(doc)
    values = {m.key: m.value for m in metrics}
    assert values["sentiment.loaded_per_100_words"] == pytest.approx(100 * 2 / doc.body_words, abs=1e-3)
    assert values["sentiment.loaded_sentence_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert [e.text for e in found] == ["slammed", "so-called"]
    for e in found:
        assert e.dimension == "sentiment" and e.category == "loaded"
        assert doc.text[e.span.start:e.span.end] == e.text
        assert e.attrs["quoted"] is False


def test_quoted_hits_are_marked():
    _, found = tone.analyze_tone(from_text('"This is a hoax," the mayor said at the meeting on Monday.'))
    assert [(e.text, e.attrs["quoted"]) for e in found] == [("hoax", True)]


def test_word_boundaries():
    assert loaded("The scammer was caught, and the chaotically scheduled hearing went on.") == []
    assert loaded("The claimant filed her papers at the court in March.") == []


def test_empty_body():
    metrics, found = tone.analyze_tone(from_text("Breaking News"))
    assert found == () and all(m.value is None and m.reason for m in metrics)


def test_samples_generated_is_more_loaded_than_peer_reviewed():
    gen, _ = tone.analyze_tone(from_text((REPO / "samples" / "generated.txt").read_text(encoding="utf-8")))
    peer, _ = tone.analyze_tone(from_text((REPO / "samples" / "peer-reviewed.txt").read_text(encoding="utf-8")))
    assert dict((m.key, m.value) for m in gen)["sentiment.loaded_per_100_words"] > \
        dict((m.key, m.value) for m in peer)["sentiment.loaded_per_100_words"]


@pytest.mark.skipif(not (DATA / "bias" / "babe_dev.csv").is_file(), reason="shared data absent")
def test_eval_script_beats_feature_baselines():
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "eval_tone.py")],
                         capture_output=True, text=True, check=True).stdout
    macro = float(re.search(r"any loaded word.*macro-F1=([0-9.]+)", out).group(1))
    # Published feature-based models reach 0.52-0.57; the dev figure is 0.68.
    assert macro > 0.6


def test_sentiment_dimension_carries_tone():
    import sourcelens

    profile = sourcelens.analyze("The senator slammed the so-called reform at a rally in Ohio on Monday.", ["sentiment"])
    assert profile.value("sentiment.loaded_per_100_words") > 0
    assert profile.value("sentiment.compound_mean") is not None
    assert {e.text for e in profile.evidence_for("sentiment", "loaded")} == {"slammed", "so-called"}
    empty = sourcelens.analyze("Breaking News", ["sentiment"])
    assert "sentiment.loaded_sentence_share" in empty.metrics


@pytest.mark.parametrize("name", ["tone", "style"])
def test_no_pattern_has_a_bare_top_level_bar(name):
    """The scanner buckets patterns by their first letter, "abc" as a(?:bc): a bare top-level
    bar would turn "abc|xyz" into a(?:bc|xyz), which finds "axyz" and misses "xyz". The
    start-up path does not check this, so the lexicons are checked here. Alternatives belong
    inside a group: "(?:abc|xyz)"."""
    for marker in lexicons.load(name).markers:
        for pattern in marker.patterns:
            assert not tone._has_top_level_bar(pattern), (marker.code, pattern)
    assert tone._has_top_level_bar("abc|xyz") and not tone._has_top_level_bar("(?:abc|xyz)")


def test_in_quotation_counts_alike_in_short_and_long_paragraphs():
    """in_quotation counts in the text up to _SHORT_STRETCH characters into a paragraph and
    by bisection beyond: both give the plain count's answer."""
    import random

    rng = random.Random(5)
    pieces = ["word ", "“", "”", '"', "said ", "a ", "b. "]
    text = "".join(rng.choice(pieces) for _ in range(6000)) + "end."
    doc = from_text(text)
    para = doc.paragraphs[0]
    sentence = doc.sentences[0]
    assert para.end - para.start > 2 * tone._SHORT_STRETCH
    for offset in range(para.start, para.end, 7):
        before = doc.text[para.start:offset]
        plain = ("“" in before and before.count("“") > before.count("”")) or before.count('"') % 2 == 1
        assert tone.in_quotation(doc, sentence, offset) == plain, offset
