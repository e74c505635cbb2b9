"""One disclosure found (:class:`Disclosure`: its span, the construction that found it,
the agent, whether it is a denial), and how the clause the agent was found in describes it
(``_describe``): the part made with AI ("summary", "translation", "image", "audio"; else
"whole"), the extent ("full"; "partial": "in part"; "assisted": "AI-assisted"), whether the
agent is automation ("automatically", "Automated Insights"), and whether people reviewed
the text ("and reviewed by an editor": True; the sentence says they did not: False)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..disclosure_rules import Rules


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One disclosure (or denial) found in a sentence; offsets are into the text passed to
    :func:`find_disclosures` (the rules work within the sentence, and it adds the sentence's start)."""

    start: int
    end: int
    negated: bool
    construction: str
    agent: str
    agent_start: int
    agent_end: int
    part: str
    extent: str
    automated: bool
    human_review: bool | None


def _describe(R: Rules, sentence: str, c0: int, clause: str, m: re.Match[str], kind: str,
              negated: bool) -> Disclosure:
    """The Disclosure for the agent ``m`` found in ``clause``, which starts at ``c0`` in
    ``sentence``: the span is the sentence without its outer whitespace, the agent span is
    ``m``'s moved by ``c0``, all offsets within ``sentence``; part, extent and review are read
    from the clause and the sentence."""
    agent = m.group(0)
    head = clause[: m.start()]
    part = "whole"
    pn = R.part_noun.search(head) or R.part_noun.search(clause)
    if R.translation.search(clause) and (R.translation.search(head + agent + clause[m.end():m.end() + 14])):
        part = "translation"
    elif pn:
        for rx, name in R.part_map:
            if rx.search(pn.group(0)):
                part = name
                break
    elif R.audio.search(clause):
        part = "audio"
    if part == "translation" and not R.translation.search(clause):
        part = "whole"
    extent = "full"
    if R.partial.search(head) or re.search(r"(?i)\b(?:in part|partially|partly)\b", clause):
        extent = "partial"
    elif R.assisted.search(clause[: m.end() + 20]) or re.match(r"(?i)[- ]assisted", clause[m.end():]):
        extent = "assisted"
    review: bool | None = None
    after = clause[m.end():] if kind in ("A", "B") else clause
    if R.review_negated.search(sentence):
        review = False
    elif R.human_review.search(after):
        review = True
    stripped = sentence.rstrip()
    lead = len(sentence) - len(sentence.lstrip())
    return Disclosure(
        start=lead, end=len(stripped), negated=negated, construction=kind, agent=agent,
        agent_start=c0 + m.start(), agent_end=c0 + m.end(), part=part, extent=extent,
        automated=bool(R.automation.match(agent)), human_review=review)
