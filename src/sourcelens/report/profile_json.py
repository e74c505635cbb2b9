"""The documented JSON of one profile (schema ``sourcelens/profile@1``).

::

    {
      "schema": "sourcelens/profile@1",
      "source": "samples/generated.txt",
      "sha256": "…", "encoding": "utf-8", "title": "…",
      "characters": 4620,
      "regions": [{"kind": "body", "start": 0, "end": 120, "reason": "…"}, …],
      "dimensions": {"readability": {"status": "measured", "note": ""}, …},
      "metrics": {"readability.flesch_kincaid_grade": 12.3, …},      # dotted key -> number | bool | null
      "metric_info": {"readability.flesch_kincaid_grade":
                        {"label": "…", "unit": "…", "direction": "…", "region": "body", "reason": "…"}},
      "evidence": [{"code": "HG001", "dimension": "hedging", "category": "hedge",
                    "start": 10, "end": 13, "text": "may", "note": "…", …}],
      "sentences": [{"start": 0, "end": 40, "region": "body", "words": 7, "compound": 0.2}, …],
      "extras": {"provenance": {…}},
      "versions": {"sourcelens": "0.1.0", …}
    }

Invariant: for every evidence item, ``text == document_text[start:end]``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ..model import PROFILE_SCHEMA, Metric, Profile


def profile_to_dict(profile: Profile, include_sentences: bool = True,
                    include_metric_info: bool = True) -> dict[str, Any]:
    doc = profile.document
    metrics = profile.metrics
    out: dict[str, Any] = {
        "schema": PROFILE_SCHEMA,
        "source": doc.source,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "title": doc.title,
        "characters": len(doc.text),
        "regions": [{"kind": r.kind, "start": r.span.start, "end": r.span.end, "reason": r.reason}
                    for r in doc.regions],
        "dimensions": {r.dimension: {"status": r.status, "note": r.note} for r in profile.results},
        "metrics": {key: metrics[key].value for key in sorted(metrics)},
        "evidence": [e.to_dict() for e in sorted(profile.evidence,
                                                 key=lambda e: (e.span.start, e.span.end, e.code))],
        "extras": {r.dimension: dict(r.extras) for r in profile.results if r.extras},
        "versions": dict(profile.versions),
    }
    if include_metric_info:
        out["metric_info"] = {key: metrics[key].info() for key in sorted(metrics)}
    if include_sentences:
        scores = {name: values for r in profile.results for name, values in r.sentence_scores.items()}
        out["sentences"] = [
            {"start": s.span.start, "end": s.span.end, "region": s.region, "words": s.words,
             **{name: values[s.index] for name, values in sorted(scores.items())}}
            for s in doc.sentences
        ]
    return out


def profile_json_line(profile: Profile) -> str:
    """``json.dumps(profile_to_dict(profile), ensure_ascii=False, sort_keys=True)``, byte for
    byte, with less work: a corpus record's ``metric_info`` (a quarter of it) is the same
    text for every article, so each metric's entry is serialised once and reused.

    The record is serialised in two halves around the ``metric_info`` key (the keys before
    it and after it, in sorted order) and the cached entries are joined between them.
    """
    record = profile_to_dict(profile, include_metric_info=False)
    before = json.dumps({k: v for k, v in record.items() if k < "metric_info"}, ensure_ascii=False, sort_keys=True)
    after = json.dumps({k: v for k, v in record.items() if k > "metric_info"}, ensure_ascii=False, sort_keys=True)
    metrics = profile.metrics
    info = ", ".join([_info_entry(metrics[key]) for key in sorted(metrics)])
    return f'{before[:-1]}, "metric_info": {{{info}}}, {after[1:]}'


def _info_entry(m: Metric) -> str:
    return _serialised_info(m.key, m.label, m.unit, m.direction, m.region, m.reason)


@lru_cache(maxsize=8192)  # about 150 metrics, a few reasons each: bounded whatever the corpus
def _serialised_info(key: str, label: str, unit: str, direction: str, region: str, reason: str | None) -> str:
    info = Metric(key, None, unit, direction, label, region, reason).info()
    return f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(info, ensure_ascii=False, sort_keys=True)}"
