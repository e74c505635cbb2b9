"""The documented JSON of a comparison (schema ``sourcelens/comparison@1``).

::

    {
      "schema": "sourcelens/comparison@1",
      "articles": [{"label": "A", "source": "…", "title": "…"}, …],
      "profiles": [<sourcelens/profile@1>, …],          # as `sourcelens score --format json` gives them
      "headline": [{"key": "readability.grade_consensus", "label": "…", "unit": "…",
                    "direction": "…", "values": [17.2, 11.3], "notable": true}, …],
      "findings": [{"dimension": "specificity", "key": "…", "text": "…",
                    "evidence": [{"article": 0, "code": "…", "start": …, "end": …, "text": "…"}]}],
      "alignment": [{"left": 0, "right": 1, "left_sentence": 12, "right_sentence": 3,
                     "left_start": …, "left_end": …, "right_start": …, "right_end": …,
                     "similarity": 0.41}],
      "content": {"similarity": [[1.0, 0.3], [0.3, 1.0]], "distinctive_terms": [[…], […]]},
      "questions": ["…"],
      "versions": {…}
    }
"""

from __future__ import annotations

from typing import Any

from ..model import COMPARISON_SCHEMA, Comparison
from .profile_json import profile_to_dict


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    from ..comparison.headline import article_labels, headline_rows

    profiles = comparison.profiles
    labels = article_labels(profiles)
    return {
        "schema": COMPARISON_SCHEMA,
        "articles": [{"label": label, "source": p.document.source, "title": p.document.title}
                     for label, p in zip(labels, profiles)],
        "profiles": [profile_to_dict(p) for p in profiles],
        "headline": headline_rows(comparison),
        "findings": [{"dimension": f.dimension, "key": f.key, "text": f.text,
                      "evidence": [{"article": i, **e.to_dict()} for i, e in f.evidence]}
                     for f in comparison.findings],
        "alignment": [{"left": a.left, "right": a.right, "left_sentence": a.left_sentence,
                       "right_sentence": a.right_sentence,
                       "left_start": profiles[a.left].document.sentences[a.left_sentence].span.start,
                       "left_end": profiles[a.left].document.sentences[a.left_sentence].span.end,
                       "right_start": profiles[a.right].document.sentences[a.right_sentence].span.start,
                       "right_end": profiles[a.right].document.sentences[a.right_sentence].span.end,
                       "similarity": a.similarity} for a in comparison.alignment],
        "content": dict(comparison.content),
        "questions": list(comparison.questions),
        "dimensions": list(comparison.dimensions),
        "versions": dict(profiles[0].versions) if profiles else {},
    }
