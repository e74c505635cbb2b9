"""Anonymous attributions, the handler of :class:`~.sentence._Sentence` in
:class:`_Anonymous`: an unnamed source or a vague group ("a source familiar with the talks
said", "some analysts", "experts say"), unless the phrase is named after all ("Florida
election officials say", "John Smith, an official familiar with the case, said"), is who
was told ("telling one person close to her"), the object of a verb or a preposition ("help
people understand", "free rides to people seeking to leave") or a share of a poll's
respondents ("74 percent of likely voters said": the poll is the source)."""

from __future__ import annotations

import re

from ...lexicons import compile_regex as _rx
from .noun_phrase_back import _QUANTIFIERS, _np_back
from .rules import _matches_up_to
from .sources import _skip
from .tokens import _tokens_before
from .words import ANONYMOUS, IN_THE_KNOW, OPENERS, _WORD


#: what an unnamed source is said to know, in the anonymous-source patterns ("officials
#: familiar with the talks", "people close to the campaign")
_IN_THE_KNOW = _rx(r"(?i)\b(?:" + "|".join(rf"{a}\s+{b}" for a, b in IN_THE_KNOW) + r")\b")
#: an appositive after a name, up to where an anonymous-source match begins: "John Smith,
#: an official familiar with", "Jones, a senior aide close to" (with a comma closing it
#: after the match): the person is named
_NAMED_APPOSITIVE = _rx(r"[A-Z][\w.\x27\u2019-]*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
#: a verb whose object is the listener, just before an anonymous-source match
_TOLD_BEFORE = _rx(r"(?i)\b(?:tell|tells|telling|told)\s+(?:(?:a|an|one|two|three|several|the)\s+)?$")


#: a determiner or a number before "most": "the (two) most experienced experts"
_SUPERLATIVE_BEFORE = _rx(r"(?i)\b(?:the|a|an|his|her|their|its|our|two|three|four|five|\d+)\s+$")


# before a group that says nothing: a verb whose object the group is ("help people
# understand", "let voters decide"), a share in a poll ("74 percent of likely voters said":
# the poll is the source)
_NOT_ATTRIBUTED_BEFORE = _rx(
    r"(?:\b(?:help|helps|helped|helping|let|lets|make|makes|made)|\d\s?(?:%|percent|per cent)\s+of(?:\s+[a-z]+)?)\s+$")
#: the object of a preposition is no speaker: "free rides to people seeking to leave", "a lead
#: in delegates thanks to", "sits at zero such endorsements, said" ("by" names an agent;
#: "with" and "among" begin clauses with speakers of their own: "with many worried that",
#: "among legal experts, who worry"); checked only for groups, not for "allegedly"
_PREPOSITION_BEFORE = _rx(r"\b(?:from|to|for|at|in|into|about|on|toward|towards|against|between|without)"
                          r"(?<!according to)\s+$")
#: the same verbs read as the first word of the group ("help people" found as its noun phrase)
_TAKING_AN_OBJECT = frozenset("help helps helped helping let lets make makes made".split())
# "research conducted by the Center for Media and Public Affairs found": named after all
_NAMED_AFTER_BY = _rx(r"\bby\s+(?:the\s+)?[A-Z]")
#: a name in apposition right after an unnamed source: "One of the men, Jessie Elkins,", "The
#: three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar --"
_NAME_AFTER = _rx(r"\s*(?:,|--?|\u2014|\u2013)\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+[A-Z]"
                  r"|[A-Z][\w\x27\u2019-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w\x27\u2019-]+\b)")
#: the named groups of the anonymous patterns that hold the group itself (a pattern opening
#: before it: "leaving many to wonder", "To many,")
_GROUP_NAMES = ("who", "who2")
#: what may come before "To many," or "in the eyes of most voters," from the sentence's start:
#: an opening mark or a conjunction at most
_SENTENCE_OPENING = _rx(r"[\s\"\u201c\u2018(]*(?:(?:But|And|Yet|Still|Indeed|Now|Then)\s+)?")
#: or, right before it, a comma or a dash that sets the phrase off
_SETTING_OFF = _rx(r"(?:[,\u2014\u2013]\s*|\s-\s*)$")
#: how far back from the phrase its sentence's start is looked for (an opening's longest)
_OPENING_REACH = 24
#: an unnamed source opening with "a", "an" or "one"
_INDEFINITE = _rx(r"(?i)(?:a|an|one)\s")
#: a full name opening the sentence, with a comma, right before an unnamed source that opens
#: with "a", "an" or "one": "David Fenton, a longtime strategist" (not "Clinton, a top aide
#: said, ...", whose one name is what the aide speaks of)
_NAME_BEFORE = _rx(r"[\"\u201c\x27\u2018]?[A-Z][\w.\x27\u2019-]*(?:\s+[A-Z][\w.\x27\u2019-]*){1,3},\s+$")


def _named_beside(text: str, a: int, s: int, e: int, end: int) -> bool:
    """Is the unnamed source ``text[s:e]`` (in a sentence starting at ``a``) named in
    apposition, after it (up to ``end``) or before it? Then the person is named after all."""
    if _NAME_AFTER.match(text, e, end):
        return True
    return _INDEFINITE.match(text, s, e) is not None and _NAME_BEFORE.fullmatch(text, a, s) is not None


def _after_clause_words(text: str, s: int, e: int) -> int:
    """Where an unnamed source read backwards from ``e`` to ``s`` starts, past the words that
    open a clause: the whole source "Military analysts", "senior officials", "restructuring
    experts" of "where restructuring experts say", "people" of "what people think"."""
    start = s
    for word in _WORD.finditer(text, s, e):
        low = word.group(0).lower()
        if low in OPENERS or low == "that":
            start = word.end()
    return _skip(text, start, e)


class _Anonymous:
    """Anonymous attributions: an unnamed source or vague group, unless it says nothing.
    A mixin of :class:`~.sentence._Sentence`."""

    __slots__ = ()

    # -- handlers: anonymous

    def _anonymous(self, code: str, ws: int, we: int, done: set[str]) -> None:
        if self.taken(ws, we):
            return
        kind, regex = self.rules.anonymous[code]
        lo, hi = max(self.a, ws - 60), min(self.b, we + 90)
        text = self.text
        matches = _matches_up_to(regex, text, lo, ws, hi, self.rules.anonymous_first_words[code]) \
            if self.rules.anonymous_at_words else \
            regex.finditer(text, lo, hi)
        for m in matches:
            if m.start() > ws:
                break      # later matches start later still: none can hold the trigger word
            if we <= m.end() and not self.taken(m.start(), m.end()):
                first = _WORD.match(text, m.start())
                start = m.start()
                # the group named inside the match: after a verb that moves it, "leaving many to
                # wonder"; before the view it holds, "To many, Santilli is a provocateur"
                group = next((g for g in _GROUP_NAMES if g in m.re.groupindex and m[g] is not None), None)
                who = m.span(group) if group is not None else None
                if group == "who2" and not self._set_off(m.start()):
                    return      # "Thanks to many voters,", "sold it to some,": no view set off for them
                if first and first.group(0).lower() not in _QUANTIFIERS and m.start() > self.a \
                        and who is None and not _IN_THE_KNOW.search(m.group(0)):
                    # "Florida election officials say", "FEC data show": the whole noun phrase
                    # decides whether the source is named; leave it to the verb handler. Not
                    # when the match describes its people by what they know ("Two Pentagon
                    # officials familiar with the talks"): no named source is introduced so.
                    toks = _tokens_before(text, max(self.a, m.start() - 80), first.end())
                    np = _np_back(toks, len(toks) - 1, self.rules, self.a)
                    if np is not None and not self.anonymous_source(*np):
                        return
                    if np is not None and np[0] < start:
                        start = _after_clause_words(text, np[0], start)
                if self._says_nothing(m.start(), m.end(), group=code in ("CT010", "CT011")):
                    return      # "help people understand", "74 percent of likely voters said"
                if _TOLD_BEFORE.search(text, max(self.a, m.start() - 30), m.start()):
                    return      # "telling one person close to her that ...": the listener
                if first and first.group(0).lower() == "most" and \
                        _SUPERLATIVE_BEFORE.search(text, max(self.a, m.start() - 12), m.start()):
                    return      # "the two most experienced debate experts": a superlative, not a share
                if _NAMED_APPOSITIVE.search(text, max(self.a, m.start() - 60), m.start()) \
                        and "," in text[m.end():min(self.b, m.end() + 60)]:
                    return      # "John Smith, an official familiar with the case, said": named
                source = None
                if who is not None:
                    source = who
                elif code in ("CT010", "CT011"):
                    # the vague source itself: "some analysts", "a source familiar with the talks"
                    end = m.end()
                    parts = text[m.start():end].rsplit(None, 1)
                    if len(parts) == 2 and (parts[1].lower() in self.rules.speech_forms
                                            or parts[1].lower() in self.rules.stance_forms):
                        end = m.start() + len(parts[0])
                        aux = re.search(r"\s+(?:have|has|had)$", text[m.start():end])
                        if aux:     # "some have argued": "some"
                            end = m.start() + aux.start()
                    if not re.match(r"(?i)(?:is|are|was|were|on|who|said|says|told|according)\b", text[m.start():end]):
                        source = (start, end)
                self.add(ANONYMOUS, kind, start, m.end(), cue=m.group(0), source=source)
                return

    def _set_off(self, start: int) -> bool:
        """Does the phrase at ``start`` open its sentence (after an opening mark or a
        conjunction at most), or follow a comma or a dash? Read from a window of a few
        characters, not the whole sentence before it (a sentence of thousands of phrases)."""
        a, text = self.a, self.text
        if start - a <= _OPENING_REACH and _SENTENCE_OPENING.fullmatch(text, a, start):
            return True
        return _SETTING_OFF.search(text, max(a, start - 4), start) is not None

    def _says_nothing(self, start: int, end: int, group: bool = True) -> bool:
        """Is an unnamed group from ``start`` to its verb at ``end`` no anonymous attribution
        after all? When it is the object of a verb before it ("help people understand", "let
        voters decide"), a share of a poll's respondents ("74 percent of likely voters said":
        the poll is the source), or named after all ("research conducted by the Center for
        Media and Public Affairs found", which the verb handler cites as a study). Seeing
        without a view ("officers saw Scott get out") was tried: "our experts see other
        candidates best positioned" is a view without "as", and went with it."""
        text = self.text
        first = _WORD.match(text, start)
        first_word = first.group(0).lower() if first is not None else ""
        return _NOT_ATTRIBUTED_BEFORE.search(text, max(self.a, start - 40), start) is not None or \
            first_word in _TAKING_AN_OBJECT or \
            (group and first_word != "what" and _PREPOSITION_BEFORE.search(text, max(self.a, start - 20), start)
             is not None) or \
            _NAMED_AFTER_BY.search(text, start, end) is not None
