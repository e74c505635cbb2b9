"""Comparison: what two or more profiles say side by side (``sourcelens.compare`` builds one).

``build_comparison`` computes everything once (headline values, findings, content
similarity, aligned sentences, discussion questions) so every reporter renders the
same rows.
"""

from __future__ import annotations

from typing import Sequence

from ..model import DIMENSIONS, Comparison, Profile
from .content import align_sentences, content_overview
from .findings import build_findings
from .questions import build_questions


def build_comparison(profiles: Sequence[Profile], dimensions: Sequence[str] = DIMENSIONS,
                     examples: int = 3) -> Comparison:
    profiles = tuple(profiles)
    findings = tuple(build_findings(profiles, examples))
    return Comparison(
        profiles=profiles,
        alignment=tuple(align_sentences(profiles)),
        findings=findings,
        content=content_overview(profiles),
        questions=tuple(build_questions(profiles, [f.key for f in findings])),
        dimensions=tuple(dimensions),
    )
