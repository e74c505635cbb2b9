"""Style signals: fixtures per category (as many negatives as positives), samples, caveat."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sourcelens
from sourcelens import lexicons
from sourcelens.analyzers import style

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("SOURCELENS_DATA") or REPO.parent / "shared" / "data")


def found(text: str) -> dict[str, list[str]]:
    """category -> matched texts, in the body of ``text``."""
    result = sourcelens.analyze(text, ["style"]).result("style")
    out: dict[str, list[str]] = {}
    for e in result.evidence:
        out.setdefault(e.category, []).append(e.text)
    return out


POSITIVES = [
    ("excess_word", "The report delves into the intricate history of the treaty and its many clauses.", "delves"),
    ("excess_word", "Officials said the move underscores a pivotal shift in policy toward the region.", "underscores"),
    ("excess_word", "The firm worked meticulously alongside regulators to finish the plan by June.", "meticulously"),
    ("excess_word", "The study explores the interplay of trade and security in the region.", "interplay"),
    ("stock_phrase", "Ah, the delicate dance of diplomacy continues between the two old allies.", "delicate dance"),
    ("stock_phrase", "It's no secret that the two governments have argued about money for years.", "It's no secret"),
    ("stock_phrase", "It\u2019s not merely a physical presence; it's a symbol of commitment to the region.", "It\u2019s not merely a"),
    ("stock_phrase", "Navigating these waters will require patience and real diplomatic skill.", "Navigating these waters"),
    ("stock_phrase", "It's a complex, evolving narrative that will take years to resolve.", "complex, evolving"),
    ("rhetorical_question", "Voters have heard these promises from both parties before, and the deficit just keeps on growing, doesn't it?", ", doesn't it?"),
    ("rhetorical_question", "The talks failed twice last year. Could the alliance be pushed to its breaking point over money?",
     "Could the alliance be pushed to its breaking point over money?"),
    ("rhetorical_question", "Prices rose again in March. Will we see a repeat of the demands made by the last government?",
     "Will we see a repeat of the demands made by the last government?"),
    ("direct_address", "Let\u2019s be honest, the talks were never going to be easy for either side.", "Let\u2019s be honest"),
    ("direct_address", "Alliances, you see, thrive on trust and mutual respect between governments.", ", you see,"),
    ("direct_address", "He is a figure as, shall we say, unpredictable as any in recent politics.", "shall we say"),
    ("direct_address", "The stakes, frankly, are higher than most officials admit in public.", "frankly"),
    ("filler", "Ultimately, the story of the alliance is about what has already happened.", "Ultimately,"),
    ("filler", "In the end, the vote was decided by a handful of rural districts.", "In the end,"),
    ("filler", "What's more, the plan would raise costs for small farms next year.", "What's more,"),
    ("filler", "The new rules could potentially raise costs for small farms next year.", "could potentially"),
]

NEGATIVES = [
    ("excess_word", "The report looks at the long history of the treaty and its many clauses."),
    ("excess_word", "Officials said the move marks a big shift in policy toward the region."),
    ("excess_word", "The firm worked closely with regulators to finish the plan by June."),
    ("excess_word", "The study asks how trade and security affect each other in the region."),
    ("stock_phrase", "The troupe will perform a traditional dance in Seoul on Friday evening."),
    ("stock_phrase", "The documents were kept secret until the court released them in March."),
    ("stock_phrase", "It is a physical presence of 28,000 troops, the ministry said on Monday."),
    ("stock_phrase", "The ship was navigating the harbour at night when the engine failed."),
    ("stock_phrase", "The virus has been evolving quickly, according to the laboratory's report."),
    ("rhetorical_question", "\"Why now?\" the senator asked, before the committee voted to adjourn."),
    ("rhetorical_question", "She asked whether the alliance could survive another round of demands."),
    ("rhetorical_question", "\"We have paid enough. Could the alliance break over money?\" the minister said in Seoul."),
    ("direct_address", "Let us know if the train is late, the station manager said on Tuesday."),
    ("direct_address", "What you see in the photograph is the old harbour before the fire."),
    ("direct_address", "We shall say more about the budget when the figures are final, he said."),
    ("direct_address", "The officials spoke openly about the stakes at the press conference."),
    ("filler", "The alliance ultimately survived the dispute, the report says."),
    ("filler", "The vote was decided in the end zone of the stadium by a referee."),
    ("filler", "More than 28,000 troops are stationed in the country, the report says."),
    ("filler", "The new rules could raise costs for small farms next year."),
]


def test_fixtures_are_balanced():
    for category in style.CATEGORIES:
        pos = sum(1 for c, *_ in POSITIVES if c == category)
        neg = sum(1 for c, _ in NEGATIVES if c == category)
        assert pos >= 3 and neg == pos, category


@pytest.mark.parametrize("category,text,expected", POSITIVES)
def test_positive_fixture(category, text, expected):
    assert expected in found(text).get(category, []), found(text)


@pytest.mark.parametrize("category,text", NEGATIVES)
def test_negative_fixture(category, text):
    assert found(text).get(category, []) == []


def test_every_marker_example_and_counterexample():
    for marker in lexicons.load("style").markers:
        result = sourcelens.analyze(marker.example, ["style"]).result("style")
        assert marker.code in {e.code for e in result.evidence}, (marker.code, marker.example)
        if marker.counterexample:
            result = sourcelens.analyze(marker.counterexample, ["style"]).result("style")
            assert marker.code not in {e.code for e in result.evidence}, (marker.code, marker.counterexample)


def test_patterns_are_lowercase_and_group_free():
    for marker in lexicons.load("style").markers:
        for pattern in marker.patterns:
            assert re.compile(pattern).groups == 0, (marker.code, pattern)
            # Patterns run on lower-cased text: letters outside escapes must be lower case.
            assert not re.search(r"(?<!\\)[A-Z]", pattern), (marker.code, pattern)


def test_kobak_words_are_all_loaded():
    words = [p for m in lexicons.load("style").markers if m.category == "excess_word" for p in m.patterns]
    assert len(words) == len(set(words)) == 291
    assert all(re.fullmatch(r"\\b[a-z]+\\b", p) for p in words)


def test_quoted_words_are_not_the_writers():
    assert found('"It delves into the intricate interplay of forces," the minister said.') == {}
    assert "excess_word" in found("It delves into the intricate interplay of forces, the minister said.")


def test_an_excess_word_inside_a_name_is_not_counted():
    # capitalised inside a sentence it is part of a name; opening one it is the word
    assert found("Marc Lasry of Avenue Capital Group hired her.") == {}
    assert found("Lasry hired her. Avenues for growth are few.")["excess_word"] == ["Avenues"]
    # after a colon or a dash a capital opens a clause, and a word in capitals is shouted
    assert found("Qualifications: Typically, engineers have degrees.")["excess_word"] == ["Typically"]
    assert found("They said it \u2014 ULTIMATELY it was his call.")["excess_word"] == ["ULTIMATELY"]


def test_generated_sample_shows_the_signals():
    result = sourcelens.analyze(sourcelens.load(REPO / "samples" / "generated.txt"), ["style"]).result("style")
    texts = " | ".join(e.text for e in result.evidence).lower().replace("\u2019", "'")
    for phrase in ("delicate dance", "it's no secret", "isn't it?", "could the alliance", "let's be honest",
                   "you see", "ultimately", "complex, evolving", "navigating these waters"):
        assert phrase in texts, phrase
    peer = sourcelens.analyze(sourcelens.load(REPO / "samples" / "peer-reviewed.txt"), ["style"])
    gen_rate = result.metrics[[m.key for m in result.metrics].index("style.signals_per_1000_words")].value
    assert peer.value("style.signals_per_1000_words") < 3 and gen_rate > 30
    assert peer.value("style.stock_phrases_per_1000_words") == 0
    assert sourcelens.analyze(sourcelens.load(REPO / "samples" / "generated.txt"), ["style"]).value(
        "style.stock_phrases_vs_news_baseline") > 50


def test_caveat_and_baseline_are_reported():
    result = sourcelens.analyze("The committee met on Monday. It approved the budget for the year.", ["style"]).result("style")
    assert "61 %" in result.note and "Liang" in result.note
    assert result.extras["caveat"] == style.CAVEAT
    assert result.extras["baseline"]["per_1000_words"] == style.NEWS_2016_BASELINE
    keys = {m.key for m in result.metrics}
    for stem in (*style.CATEGORIES.values(), "signals"):
        assert f"style.{stem}_per_1000_words" in keys and f"style.{stem}_vs_news_baseline" in keys
    assert all(m.value == 0 for m in result.metrics)
    assert all(e.text and e.dimension == "style" for e in result.evidence)


def test_empty_body_gives_none_with_reason():
    result = sourcelens.analyze("Breaking News", ["style"]).result("style")
    assert all(m.value is None and m.reason for m in result.metrics)
    assert "Liang" in result.note


def test_rates_formula():
    text = "The report delves into the treaty and the costs of the troops in the region today."
    profile = sourcelens.analyze(text, ["style"])
    words = profile.document.body_words
    assert profile.value("style.excess_words_per_1000_words") == pytest.approx(1000 / words, abs=1e-3)
    assert profile.value("style.excess_words_vs_news_baseline") == pytest.approx(
        1000 / words / style.NEWS_2016_BASELINE["excess_words"], abs=0.01)


@pytest.mark.skipif(not (DATA / "attribution" / "polnear").is_dir(), reason="shared data absent")
def test_baseline_script_runs(tmp_path):
    # A miniature data folder: three real PolNeAR articles, checks the script end to end.
    src = sorted((DATA / "attribution" / "polnear" / "dev" / "text").glob("*.txt"))[:3]
    dst = tmp_path / "attribution" / "polnear" / "dev" / "text"
    dst.mkdir(parents=True)
    for path in src:
        (dst / path.name).write_text(path.read_text(encoding="utf-8-sig"), encoding="utf-8")
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "style_baseline.py"), "--data", str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    assert "news_2016: 3 articles" in out and '"excess_words":' in out
