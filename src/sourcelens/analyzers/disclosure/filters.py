"""Tests the constructions and the permissive pass share. Is an agent match a real one
(``_real_agent``)? Not a beat or a person's job ("our AI correspondent"), a topic or an
institution ("AI policy", "Partnership on AI"), a data source ("automated traffic
counters") or an abbreviation of another name ("the Applied Intelligence (AI) unit"). Does
a reporting cue report someone else (``_reporting``: "said", "according to", "found")?
Not the newsroom's own "reported by", a disclosing verb about this text ("OP has disclosed
that this post was written with AI") or the noun "reports". Is the text about AI rather
than made with it (``_topic``: "This article explains how ...")?"""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from ..disclosure_rules import Rules


def _reporting(R: Rules, text: str) -> bool:
    """A reporting cue ("said", "found", "according to"), not the newsroom's own "reported by"
    or "reported and written by"."""
    return any(not _not_reporting(R, text, r) and not _noun_reports(text, r) for r in R.reporting.finditer(text))


def _not_reporting(R: Rules, text: str, r: re.Match[str]) -> bool:
    """A reporting cue that reports nobody else: the newsroom's own "reported by", a disclosing
    verb about this text, or a noun ("This investigation relied on ...")."""
    return (R.own_reporting.match(text, r.end()) is not None or _self_report(R, text, r)
            or r.group(0).lower().endswith(("ion", "ions")))


_NOUN_AFTER = _rx(r"\s*(?:[.;,:)]|$)|\s+(?:and|or|from|of)\b", re.I)


def _noun_reports(text: str, r: re.Match[str]) -> bool:
    """"reports" as a noun ("to analyze 20,000 police reports."), not a reporting verb."""
    return r.group(0).lower() == "reports" and _NOUN_AFTER.match(text, r.end()) is not None


def _self_report(R: Rules, text: str, r: re.Match[str]) -> bool:
    """A disclosure verb whose content is this text ("OP has disclosed that this post was ...")."""
    return r.group(0).lower() in _DISCLOSING_VERBS and R.self_report.match(text, r.end()) is not None


_DISCLOSING_VERBS = frozenset({"disclosed", "confirmed", "confirms", "acknowledged"})


def _topic(R: Rules, text: str) -> bool:
    """A topic frame ("how", "explains", "shows") outside the phrases that name this text
    ("what you are about to read", "these show notes")."""
    for t in R.topic_frame.finditer(text):
        if t.group(0)[-2:].lower() == "ed" and R.method_verb.search(text, 0, t.start()) \
                and not re.match(r"(?i)\s+(?:how|why|whether|what|if)\b", text[t.end():]):
            continue
        if not any(s.start() <= t.start() < s.end() for s in R.self_words.finditer(text)):
            return True
    return False


def _real_agent(R: Rules, clause: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    if R.bot.match(word):  # "robot reporter" is an author; "AI reporter" is a person's beat
        return not R.bot_gadget.match(clause, m.end())  # but a "robot vacuum" is a product
    after = clause[m.end():m.end() + 40]
    if R.agent_not_before.match(after):
        return False
    # "the Applied Intelligence (AI) unit": "(AI)" defines an abbreviation of another name
    if word == "AI" and clause[m.end():m.end() + 1] == ")" and R.abbreviation.search(clause, max(0, m.start() - 60), m.start()):
        return False
    # "automated traffic counters", "automated analytics" are data sources, not authors:
    # the adjectives count only before a tool noun or a text noun ("an automated system")
    if R.adjective_agent.match(word) and not R.adjective_ok.match(after):
        return False
    return not R.agent_not_after.search(clause, max(0, m.start() - 40), m.start())
