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

from typing import Any

from ..model import PROFILE_SCHEMA, Profile


def profile_to_dict(profile: Profile, include_sentences: bool = True) -> dict[str, Any]:
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
        "metric_info": {key: metrics[key].info() for key in sorted(metrics)},
        "evidence": [e.to_dict() for e in sorted(profile.evidence,
                                                 key=lambda e: (e.span.start, e.span.end, e.code))],
        "extras": {r.dimension: dict(r.extras) for r in profile.results if r.extras},
        "versions": dict(profile.versions),
    }
    if include_sentences:
        scores = {name: values for r in profile.results for name, values in r.sentence_scores.items()}
        out["sentences"] = [
            {"start": s.span.start, "end": s.span.end, "region": s.region, "words": s.words,
             **{name: values[s.index] for name, values in sorted(scores.items())}}
            for s in doc.sentences
        ]
    return out
