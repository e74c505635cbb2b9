"""G, the permissive pass (``_loose``), run when no construction finds a disclosure: a
clause with an agent (the constructions' agents and the ``loose_agents``: synthetic media,
more tools), a relation between the agent and making (a cue before it, "powered by",
"courtesy of"; an "AI-<made>" compound; the agent as subject of a making verb; a short
label, "Machine translation: ...") and an anchor (this text, first person or "the authors",
a short label-like line, a byline, footer or disclaimer region); vetoed by a negation,
reporting or news framing, a product warning, a generic claim ("AI can write ..."), the
agent as a thing built or studied ("build a chatbot") and a topic frame. A self-label
hashtag ("#madewithAI") is a disclosure by itself."""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from ..disclosure_rules import Rules
from .filters import _not_reporting, _real_agent, _topic
from .record import Disclosure, _describe


def _loose(R: Rules, sentence: str, region: str | None, agent_free: str | None = None) -> Disclosure | None:
    """G: the permissive pass, run when the constructions above find no disclosure; its
    offsets are within ``sentence``.

    A sentence is a disclosure when some clause has (1) an agent (the agents above plus
    ``loose_agents``: synthetic media, more tools), (2) a relation between the agent and
    making: a cue right before it (by, with, via, using, powered by, courtesy of, the use of
    ...), an "AI-<made>" compound, the agent as subject of a making verb, or the agent inside
    a short label ("Machine translation: ..."), where the weak cues (with, using, in, from,
    used ...) also need a making word in the clause; (3) an anchor: this text named ("this
    thread", "the answer above"), first person or "the authors", a short label-like sentence
    (<= 10 words, or a label before ":"/"|"/"·"/" - "), or a page region (byline, footer,
    disclaimer, header, caption); and no disqualifier: a negation before the agent in its
    clause or right after it (a denial, left to the constructions above), a reporting cue not
    said by "we"/"I"/"the authors", news framing (announced, launched, lawsuit, critics,
    study, deepfake, third-party pronouns), a product warning or terms ("may be inaccurate",
    "terms of use") unless this text is named, a generic claim ("AI can write ..."), the
    agent as a thing built or studied ("build a chatbot", "AI-detection"), a topic frame.
    A self-label hashtag ("#AIart", "#madewithAI") is a disclosure by itself.

    ``agent_free``: a text in which ``R.agent`` is known to find nothing (the sentence, when
    the caller's search found no agent); a clause equal to it is not scanned for agents again."""
    s = R.idiom_negation.sub(lambda m: " " * len(m.group(0)), sentence)
    tag = R.hashtag.search(s)
    if tag and not R.negation.search(s, 0, tag.start()):
        return _describe(R, sentence, 0, s, tag, "G", False)
    clauses = _loose_clauses(R, s, agent_free)
    if not any(agents for _, _, agents in clauses):
        return None  # below, only a clause with an agent returns anything but None
    # "its pictures are below" points at the page, not at a third party's news
    unshown = R.page_output.sub(lambda q: " " * len(q.group(0)), s)
    unshown = R.own_responsibility.sub(lambda q: " " * len(q.group(0)), unshown)
    if R.loose_news.search(unshown) or _reporting_loose(R, s):
        return None
    label = R.label_like.match(s)
    body = s[label.end():] if label else s
    # a short line is label-like unless it has a finite verb ("The university banned essays ...")
    short = len(s.split()) <= 10 and not R.finite_heur.search(body)
    referent = (bool(region in R.loose_regions) or bool(R.strong_self.search(s)) or bool(R.loose_self.search(s))
                or bool(R.first_person.search(s)) or bool(R.loose_text_subject.match(body)))
    if not (referent or short or label):
        return None
    if R.imperative.match(s) or ((R.loose_warning.search(s) or R.loose_anecdote.search(s))
                                 and not R.this_self.search(s)):
        return None
    # addressed to the reader ("the recommendations you see"), unless pointing at the text ("the answer above")
    if R.you.search(s) and not R.deixis.search(s):
        return None
    for pos, clause, agents in clauses:
        hit = _loose_clause(R, s, pos, clause, agents, label, referent)
        if hit is not None:
            return _describe(R, sentence, pos, clause, hit, "G", False)
        if hit is None and R.negation.search(clause) and agents:
            return None  # a denial clause: "Handwritten, not AI-generated"
    return None


def _loose_clauses(R: Rules, s: str, agent_free: str | None = None) -> list[tuple[int, str, list[re.Match[str]]]]:
    """(start, text, :func:`_agents`) of each clause of ``s`` that G reads, in order.

    Worked out before G's filters: every way G can return a result goes through a clause's
    agents (a hit is one of them, a denial clause needs one), so a sentence whose clauses
    name none is settled (None) without the filters, which are pure tests returning None.
    The same lists then serve the clause loop, so no clause is read twice. A clause equal to
    ``agent_free`` (the whole sentence, often) is only scanned for loose agents."""
    clauses = []
    pos = 0
    for cut in list(R.clause_cut.finditer(s)) + [None]:
        c1 = cut.start() if cut else len(s)
        clause = s[pos:c1]
        clauses.append((pos, clause, _agents(R, clause, agent_free=clause == agent_free)))
        pos = cut.end() if cut else c1
    return clauses


def _agents(R: Rules, clause: str, agent_free: bool = False) -> list[re.Match[str]]:
    """The real agents (R.agent, then R.loose_agent) of ``clause`` in order of position;
    ``agent_free`` says R.agent finds nothing in it (an equal text was searched already)."""
    found = [] if agent_free else [m for m in R.agent.finditer(clause) if _real_agent(R, clause, m)]
    found += [m for m in R.loose_agent.finditer(clause) if _real_agent(R, clause, m)]
    return sorted(found, key=lambda m: m.start())


def _loose_clause(R: Rules, s: str, c0: int, clause: str, agents: list[re.Match[str]],
                  label: re.Match[str] | None, referent: bool) -> re.Match[str] | None:
    """The agent match (of ``agents``, the clause's :func:`_agents`) that makes this clause a
    disclosure under G, or None. The agent as the subject of a making verb needs a referent
    (this text, first person, a page region): "AI helped astronomers find 300 new planets" is
    short but news."""
    for m in agents:
        pre, post = clause[: m.start()], clause[m.end():]
        if R.negation.search(pre) or R.negation.search(post, 0, 15):
            return None
        cue = R.loose_cue.search(pre)
        # "We asked Midjourney to imagine ...; its pictures are below": the output is on the page
        if cue and re.match(r"(?i)use|asked|prompted", cue.group(0)) and R.first_person.search(pre) \
                and R.page_output.search(s) and not _topic(R, pre):
            return m
        if R.loose_hypothetical.match(post) or R.loose_object.search(pre) or _topic(R, pre):
            continue
        if R.third_party.search(pre[-30:]) and not R.strong_self.search(pre):
            continue
        # the agent's own "-powered"/"-driven" is no making word: "uses AI-powered obstacle
        # avoidance" describes a product (the compound as such is judged just below)
        own = _OWN_COMPOUND.match(post)
        cut = own.end() if own else 0
        blank = clause[: m.start()] + " " * (m.end() - m.start() + cut) + post[cut:]
        making = R.loose_making.search(blank)
        strong_cue = bool(cue) and re.match(
            r"(?i)by|powered|courtesy|thanks|credit|author|writer|help|assistance|support|partnership|collaboration", cue.group(0))
        in_label = bool(label) and c0 + m.start() < label.end() + 40
        if R.role_after.match(post) and R.appos_before.search(pre):
            continue
        use_cue = bool(cue) and re.match(r"(?i)use|asked|prompted", cue.group(0)) is not None
        shown = R.page_output.search(s)
        # "I asked ChatGPT to write a poem about my dog": the output is another text
        if use_cue and R.other_object.match(post) and not shown and not R.this_self.search(s):
            continue
        if R.compound_any.match(post) and R.compound_ok.match(post):
            return m
        if strong_cue or (referent and R.subject_verb.match(post)) or (making and R.passive_use.match(post)):
            return m
        if (cue or in_label) and making:
            return m
        # "Yes, I used AI for this one": first person, a use verb, this text named after the agent
        if cue and re.match(r"(?i)use", cue.group(0)) and R.first_person.search(pre) and R.this_self.search(post):
            return m
    return None


_OWN_COMPOUND = _rx(r"-(?:powered|driven|based|enabled|enhanced)\b", re.I)


def _reporting_loose(R: Rules, s: str) -> bool:
    """A reporting cue not said by the makers themselves ("we found", "the authors declare")."""
    for r in R.reporting.finditer(s):
        if _not_reporting(R, s, r):
            continue
        # a noun, not a verb: "These match reports are written by ..."
        if re.match(r"(?i)\s+(?:is|are|was|were|may|will)\b", s[r.end():]):
            continue
        if re.search(r"(?i)\b(?:we|i|the authors?)\s+(?:\w+\s+)?$", s[max(0, r.start() - 25):r.start()]):
            continue
        return True
    return False
