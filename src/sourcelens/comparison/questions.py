"""Questions for discussion, derived from the measures (in the spirit of SIFT and CRAAP).

Each question is asked only when the measures give it a reason, and names the article
it is about; the last one (SIFT's "find better coverage") is always asked.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Profile
from .headline import article_labels


def _year(profile: Profile) -> int | None:
    """The article's publication year, from the provenance extras where found."""
    result = profile.result("provenance")
    if not result or not result.extras:
        return None
    for key in ("published_date", "publication_date", "date"):
        value = result.extras.get(key)
        if isinstance(value, str):
            m = re.match(r"(\d{4})", value)
            if m:
                return int(m.group(1))
    return None


def build_questions(profiles: Sequence[Profile]) -> list[str]:
    labels = article_labels(profiles)
    questions: list[str] = []
    for label, p in zip(labels, profiles):
        if p.value("specificity.citations") == 0:
            questions.append(f"Article {label} names no sources. Which of its claims would you want "
                             "evidence for, and where would you look for it?")
    for label, p in zip(labels, profiles):
        if p.value("provenance.ai_disclosure"):
            questions.append(f"Article {label} says AI was used to make it. What would you check before "
                             "relying on it, and who is responsible for its accuracy?")
    years = [(label, _year(p)) for label, p in zip(labels, profiles)]
    dated = [(label, y) for label, y in years if y]
    if len({y for _, y in dated}) > 1:
        listing = " and ".join(f"{label} in {y}" for label, y in dated)
        questions.append(f"{listing} were published in different years: which statements depend on when "
                         "they were written, and what has changed since?")
    boosted = [label for label, p in zip(labels, profiles)
               if (p.value("hedging.boosters_per_100_words") or 0) > (p.value("hedging.hedges_per_100_words") or 0)]
    for label in boosted:
        questions.append(f"Where does article {label} sound most certain? Does it give evidence at those points?")
    vague = [label for label, p in zip(labels, profiles)
             if (p.value("specificity.vague_per_100_words") or 0) > (p.value("specificity.figures_per_100_words") or 0)]
    for label in vague:
        questions.append(f"Article {label} uses more vague quantities than figures. Pick one vague claim: "
                         "what number would make it checkable?")
    grades = [(label, p.value("readability.grade_consensus")) for label, p in zip(labels, profiles)]
    known = [(label, g) for label, g in grades if g is not None]
    if len(known) >= 2 and max(g for _, g in known) - min(g for _, g in known) >= 2:
        questions.append("The articles are written for different reading levels. Who does each seem to be "
                         "written for, and what does each leave out to reach them?")
    questions.append("Find better coverage: what do other sources, ideally the original documents and "
                     "people quoted, say about the same claims?")
    return questions
