"""The sentiment dimension's distribution metrics."""

from __future__ import annotations

import random
import statistics

import pytest

import sourcelens
from sourcelens.analyzers.sentiment import population_stdev

from conftest import GENERATED, PEER


def test_population_stdev_matches_the_exact_statistics_module():
    rng = random.Random(11)
    for _ in range(2000):
        values = [round(rng.uniform(-1, 1), 4) for _ in range(rng.randint(1, 60))]
        assert population_stdev(values) == pytest.approx(statistics.pstdev(values), abs=1e-12)
    assert population_stdev([0.5]) == 0.0
    assert population_stdev([-1.0, 1.0]) == 1.0


@pytest.mark.parametrize("path", [PEER, GENERATED])
def test_distribution_metrics_describe_the_per_sentence_scores(path):
    profile = sourcelens.analyze(sourcelens.load(str(path)))
    compounds = [c for c in profile.to_dict()["sentences"] if c.get("compound") is not None]
    values = [c["compound"] for c in compounds]
    metrics = profile.metrics
    assert metrics["sentiment.sentences_scored"].value == len(values) > 5
    assert metrics["sentiment.compound_stdev"].value == round(statistics.pstdev(values), 3)
    assert metrics["sentiment.compound_mean"].value == round(statistics.fmean(values), 3)
    assert metrics["sentiment.compound_median"].value == round(statistics.median(values), 3)
