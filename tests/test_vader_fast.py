"""vader_fast must return exactly what vaderSentiment's polarity_scores returns.

Checked on real sentences from the development data (Wikipedia, WSJ, tweets with
emoji, news; skipped when the data folder is absent), on sentences cut from the
samples, on hand-made edge cases for every rule, and on random token soups built to
hit the rules together (negation, boosters, "but", "kind of", "least", "no", ALL CAPS,
idioms, punctuation, emoji).
"""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path

import pytest

from sourcelens.analyzers.vader_fast import SentimentIntensityAnalyzer as Fast

vader = pytest.importorskip("vaderSentiment.vaderSentiment")

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("SOURCELENS_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="module")
def pair():
    return Fast(), vader.SentimentIntensityAnalyzer()


def _same(pair, sentences):
    fast, ref = pair
    bad = [(s, fast.polarity_scores(s), ref.polarity_scores(s)) for s in sentences
           if repr(fast.polarity_scores(s)) != repr(ref.polarity_scores(s))]
    assert not bad, bad[:3]


EDGE_CASES = [
    "", "   ", "Good.", "VADER is smart, handsome, and funny!", "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is not smart, handsome, nor funny.", "At least it isn't a horrible book.",
    "The book was only kind of good.", "The plot was good, but the characters are uncompelling and the "
    "dialog is not great.", "Today SUX!", "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!", "Catch utf-8 emoji such as 💘 and 💋 and 😁", "Not bad at all",
    "Sentiment analysis has never been this good!", "With VADER, sentiment analysis is the shit!",
    "On the other hand, VADER is quite bad ass", "Without a doubt, excellent idea.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.", "No good, no bad, no or nor great.",
    "no", "No problem at all", "It was good but bad but good but great.", "good good good but bad bad",
    "GOOD GOOD GOOD", "He is the bomb and a bad ass, yeah right, kiss of death to die for.",
    "sort of happy, kind of sad, kind-of bad, just enough good", "Why?? Really??? Wow!!!!!",
    "never so good, never this bad, without doubt happy", "I am 😁😁 happy😁", "\u00a0good\u2003bad ",
    "İstanbul is great, the KELVIN \u212a is fine", "n't good", "nothing good, not bad, uh-uh happy",
]


def test_edge_cases(pair):
    _same(pair, EDGE_CASES)


def test_samples(pair):
    import sourcelens

    sentences = []
    for name in ("peer-reviewed.txt", "generated.txt"):
        doc = sourcelens.load(REPO / "samples" / name)
        sentences += [doc.text[s.span.start:s.span.end] for s in doc.sentences]
        sentences.append(doc.text)  # a whole article: long, with several "but"s
    _same(pair, sentences)


def test_random_rule_soup(pair):
    fast, ref = pair
    words = (list(vader.BOOSTER_DICT) + vader.NEGATE + list(vader.SPECIAL_CASES) + [
        "but", "BUT", "kind", "of", "least", "at", "very", "no", "or", "nor", "never", "so", "this",
        "without", "doubt", "good", "GOOD", "bad", "BAD", "great", "horrible", "love", "hate", "fine",
        "the", "a", "it", "is", ",", "!", "?", ":)", ":(", "😁", "💔", "(good)", "'bad'", "VERY", "Not"])
    rng = random.Random(7)
    soups = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    _same(pair, soups)


def _data_sentences():
    out = []
    szeged = DATA / "hedging" / "szeged_wiki_dev.jsonl"
    if szeged.exists():
        with szeged.open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh][:4000]
    wsj = DATA / "specificity" / "ko2019_wsj" / "data.txt"
    if wsj.exists():
        out += wsj.read_text(encoding="utf-8", errors="replace").splitlines()[:3000]
    tweets = DATA / "specificity" / "gao2019" / "cleaned_data_train.tsv"
    if tweets.exists():
        with tweets.open(encoding="utf-8", newline="") as fh:
            out += [row[2] for row in csv.reader(fh, delimiter="\t") if len(row) > 2][:3000]
    babe = DATA / "bias" / "babe_dev.csv"
    if babe.exists():
        with babe.open(encoding="utf-8", newline="") as fh:
            out += [row.get("text", "") for row in csv.DictReader(fh, delimiter=";")][:2000]
    return out


def test_development_data(pair):
    sentences = _data_sentences()
    if len(sentences) < 1000:
        pytest.skip("development data not found (set SOURCELENS_DATA)")
    _same(pair, sentences)
