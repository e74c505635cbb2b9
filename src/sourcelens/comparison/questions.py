"""Questions for discussion, derived from the measures (in the spirit of SIFT and CRAAP).

Each question is asked only when the measures give it a reason, and names the article
it is about; the last one (SIFT's "find better coverage") is always asked.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..model import Profile
from .findings import examples_of, quoted
from .headline import article_labels


def _when(profile: Profile) -> tuple[str, int] | None:
    """How the article is dated (a phrase, and a year to compare), from the provenance extras."""
    result = profile.result("provenance")
    dates = (result.extras or {}).get("dates") if result else None
    if not dates:
        return None
    published = dates.get("published")
    if isinstance(published, str) and re.match(r"\d{4}", published):
        return f"was published in {published[:4]}", int(published[:4])
    span = dates.get("written_between")
    if span and span[0] and span[1]:
        years = f"{span[0]}" if span[0] == span[1] else f"{span[0]}\u2013{span[1]}"
        return f"seems to have been written around {years} (from the dates it mentions)", int(span[1])
    return None


def _extremes(profiles: Sequence[Profile], key: str) -> tuple[int, int] | None:
    values = [p.value(key) for p in profiles]
    if any(v is None for v in values):
        return None
    hi = max(range(len(values)), key=lambda i: (values[i], -i))
    lo = min(range(len(values)), key=lambda i: (values[i], i))
    return hi, lo


def build_questions(profiles: Sequence[Profile], notable_keys: Sequence[str] = ()) -> list[str]:
    """Questions for a class; ``notable_keys`` are the headline measures that differ notably."""
    labels = article_labels(profiles)
    questions: list[str] = []
    for label, p in zip(labels, profiles):
        if p.value("specificity.citations") == 0:
            questions.append(f"Article {label} names no sources. Which of its claims would you want "
                             "evidence for, and where would you look for it?")
    ends = _extremes(profiles, "specificity.citations_per_100_words")
    if ends and "specificity.citations_per_100_words" in notable_keys and profiles[ends[1]].value("specificity.citations"):
        hi, lo = ends
        questions.append(f"Article {labels[lo]} names fewer sources than {labels[hi]}. Which of its claims "
                         "would you want evidence for, and where would you look for it?")
    for label, p in zip(labels, profiles):
        if p.value("provenance.ai_disclosure"):
            questions.append(f"Article {label} says AI was used to make it. What would you check before "
                             "relying on it, and who is responsible for its accuracy?")
    dated = [(label, when) for label, p in zip(labels, profiles) if (when := _when(p))]
    if len({year for _, (_, year) in dated}) > 1:
        listing = "; ".join(f"{label} {phrase}" for label, (phrase, _) in dated)
        questions.append(f"{listing}. Which statements depend on when they were written, and what has "
                         "changed since?")
    ends = _extremes(profiles, "hedging.boosters_per_100_words")
    if ends and "hedging.boosters_per_100_words" in notable_keys:
        shown = quoted(examples_of(profiles[ends[0]], (("hedging", "booster"),), 2))
        questions.append(f"Where does article {labels[ends[0]]} sound most certain ({shown})? Does it give "
                         "evidence at those points?")
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
