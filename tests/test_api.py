"""The library API: analyze, compare, load and the model invariants."""

from __future__ import annotations

import pytest

import sourcelens
from sourcelens.model import DIMENSIONS

from conftest import GENERATED, PEER


def test_public_api():
    assert set(sourcelens.__all__) >= {"analyze", "analyze_many", "compare", "load", "Profile", "Document",
                                       "Evidence", "Metric"}


def test_analyze_many_gives_each_article_its_own_profile():
    """One dimension at a time over several articles: each profile is the one analyze gives alone,
    evidence and all, in the order given (each sample twice, so memos filled by one are met again)."""
    items = [PEER.read_text(encoding="utf-8"), sourcelens.load(GENERATED), sourcelens.load(PEER),
             "It may rain. Perhaps it will.", GENERATED.read_text(encoding="utf-8")]
    together = sourcelens.analyze_many(items)
    alone = [sourcelens.analyze(item) for item in items]
    assert [p.to_dict() for p in together] == [p.to_dict() for p in alone]
    assert [p.document.source for p in together] == [p.document.source for p in alone]


def test_analyze_text_and_document_agree():
    text = PEER.read_text(encoding="utf-8")
    a = sourcelens.analyze(text)
    b = sourcelens.analyze(sourcelens.load(PEER))
    assert a.to_dict()["metrics"] == b.to_dict()["metrics"]


def test_every_dimension_is_reported(peer_profile):
    assert [r.dimension for r in peer_profile.results] == list(DIMENSIONS)
    for r in peer_profile.results:
        assert r.status in ("measured", "not_built")
        if r.status == "not_built":
            assert not r.metrics and r.note


def test_evidence_quotes_its_span(peer_profile, generated_profile):
    for profile in (peer_profile, generated_profile):
        for e in profile.evidence:
            assert profile.document.text[e.span.start : e.span.end] == e.text


def test_metrics_carry_meaning(peer_profile):
    for m in peer_profile.metrics.values():
        assert m.label, m.key
        assert m.value is not None or m.reason, m.key
        assert m.key.split(".")[0] in DIMENSIONS


def test_metric_values_are_json_scalars(peer_profile):
    for key, value in peer_profile.to_dict()["metrics"].items():
        assert value is None or isinstance(value, (int, float, bool)), key


def test_metric_keys_are_stable_across_articles(peer_profile, generated_profile):
    empty = sourcelens.analyze("Copyright 2024 Example News. All rights reserved.")
    keys = set(peer_profile.metrics)
    assert keys == set(generated_profile.metrics) == set(empty.metrics)


def test_compare_accepts_texts():
    comparison = sourcelens.compare(["It may rain. Perhaps it will.", "It will certainly rain. Clearly."])
    assert len(comparison.profiles) == 2


def test_compare_keeps_the_order_of_profiles_and_texts_mixed(peer_profile):
    texts = ["It may rain. Perhaps it will.", "It will certainly rain. Clearly."]
    comparison = sourcelens.compare([texts[0], peer_profile, texts[1]])
    assert comparison.profiles[1] is peer_profile
    assert [p.to_dict() for p in (comparison.profiles[0], comparison.profiles[2])] == \
        [sourcelens.analyze(t).to_dict() for t in texts]


def test_unknown_dimension_is_an_error():
    with pytest.raises(KeyError):
        sourcelens.analyze("Some text.", ["nonsense"])


def test_profiling_makes_no_reference_cycles():
    """The premise of pausing the cycle collector while profiling (api.cyclic_gc_paused):
    reading, profiling and serialising the samples leave nothing that only it could free."""
    import gc

    from sourcelens.report.profile_json import profile_json_line

    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for path in (PEER, GENERATED):
            profile_json_line(sourcelens.analyze(sourcelens.load(path)))
        assert gc.collect() == 0, "profiling left reference cycles: revisit api.cyclic_gc_paused"
    finally:
        if was_enabled:
            gc.enable()


def test_cyclic_gc_pause_restores_the_collector_state():
    import gc

    from sourcelens.api import cyclic_gc_paused

    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()      # the inner block must not switch it back on early
    assert gc.isenabled()
    gc.disable()
    try:
        sourcelens.analyze("It may rain.")
        assert not gc.isenabled()      # a caller's choice to keep it off is kept
    finally:
        gc.enable()
