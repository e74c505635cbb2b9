"""Reactions named by a noun, the handler of :class:`~.sentence._Sentence` in
:class:`_Reactions`: "criticism from rivals", "opposition to the agreement from the left",
"claims by intelligence agencies", "praise from Bush's team", "budget hawks' warnings",
"Trump's claims", "their opposition". No verb says who holds the view; the holders follow
"from" or "by", or come before the noun as a possessive, and they decide what the reaction
is:

- holders who name nobody ("rivals", "some other quarters", "the left") make an anonymous
  attribution, a vague group as source;
- named holders ("Clinton", "politicians like John Kerry", "the boy's parents", "him",
  "their") make a reported stance, with the holders as its source (a pronoun resolved as a
  pronoun source is);
- anything else, a thing or a place in lower case ("concerns about how it would work from
  state to state"), makes nothing.

A reaction is no report: a quotation after it belongs to the sentence's verb of saying, not
to it ("Mr. Ryan said Mr. Trump's criticism was ''...''" quotes Ryan). The nouns are
``reaction_nouns`` of the citation lexicon (marker CT002), with their sources."""

from __future__ import annotations

from ...lexicons import compile_regex as _rx
from .noun_phrase_back import _PERSON_PLURAL
from .sources import _AGENT, _EDGE, _core
from .tokens import _tokens_before
from .words import ANONYMOUS, CITATION, CLOSING_MARKS, FUNCTION, OPENERS, PRONOUNS, _is_cap, _is_possessive, _without_possessive
from ..common import looks_plural


#: after the noun: at most one short phrase of what the reaction is against ("opposition to
#: the agreement", "criticism for the move"), then "from" or "by" and the holders, up to a
#: mark that ends a phrase. Not after "of" or "about", nor past a participle: there "from" or
#: "by" belongs to the phrase's own noun ("concerns about the threats from the Islamic
#: State", "criticisms of the actions taken by the departments"). Holders in quotation marks
#: are quoted words, and "by" before a participle or an adverb a manner ("scorn by pushing
#: cuts").
_HOLDERS_AFTER = _rx(
    r"(?:\s+(?:to|for|over|against|on)(?:\s+(?![\w-]+(?:ing|ed)\b)[\w\x27\u2019$%.-]+){1,4}?)?"
    r"(?:\s+even)?\s+(?:from|by)\s+(?![\w-]+(?:ing|ly)\b)"
    r"(?P<who>[^,;:!?()\[\]\"\u201c\u201d\u2014\u2013\x27\u2018][^,;:!?()\[\]\"\u201c\u201d\u2014\u2013]{1,89})")
#: where the holders end: a clause, a verb or a phrase of what is said about them begins
#: ("criticism from rivals that the tenor ...", "rebukes from the Pentagon and others ...
#: who had", "backlash from members of the press on Twitter"); "of", "in", "within" and
#: "like" stay, they say who is meant ("officials in both cities", "critics within the party");
#: a verb in "n't" ends them too ("praise from Bush's team isn't likely"), and "or a" a
#: second thing ("claims from Lolita Grayson or a list of questions")
_HOLDERS_END = _rx(
    r"\s(?:that|who|whom|which|whose|about|over|for|to|as|after|before|since|when|while|because|during|than"
    r"|on|at|into|with|is|are|was|were|has|have|had|will|would|could|can|may|might|do|does|did|not|-{1,2}"
    r"|or\s+an?|\w+n[\x27\u2019]t)(?:\s|$)")
#: a collective with no one in it, pointed at with "the": "opposition from the left",
#: "criticism from the media", "scorn from the establishment"
_FACELESS = frozenset("left right media press establishment base grassroots public".split())
#: words before the noun that make it a verb: "they fear", "will protest", "to warn"
_VERB_BEFORE = PRONOUNS | frozenset("to will would could can may might should must do does did not".split())
#: determiners that point back to someone the text has named ("the parents", "his attorney")
_POINTING = frozenset("the this that these those his her their its our my your".split())
#: words before a body whose members, unnamed, hold the view: "criticism even from within his party"
_GROUP_WAYS = frozenset(("within", "inside", "among", "across"))
#: object pronouns that name a holder someone else in the text is: "criticism from him"
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
#: adjectives that may stand between a possessive and its reaction ("Trump's harsh new criticism")
_ADJECTIVES = 2
#: the possessive pronouns that hold a reaction ("their criticism"), those a pronoun source is
#: resolved from (pronouns.py's _POSSESSIVE_PRONOUNS, a wider set, serves another question)
_HOLDER_PRONOUNS = frozenset(("his", "her", "their"))
#: words a possessor's phrase never runs back past: function words, quantity words, verbs of being
_STOP_BACK = FUNCTION | OPENERS | frozenset("""a an is are was were be been being has have had not no
despite amid over given drew draw draws drawn faced face faces facing earned earn won win""".split())
#: words before "'s" that make it "is" or "has": "It's legitimate criticism"
_CONTRACTING = frozenset("it that there here what who where how he she".split())
#: a word after the noun that makes it a poll's figure: "Obama's disapproval rating"
_A_FIGURE_AFTER = _rx(r"\s+(?:ratings?|marks?|numbers|figures|scores?)\b")
#: nouns of people that neither agent suffixes nor plural endings tell: "Bush's team"
_PEOPLE_NOUNS = frozenset(("team", "wife", "staff"))
#: holders longer than this are a clause, not a noun phrase
_MOST_WORDS = 10


class _Reactions:
    """Reactions named by a noun and held by those after "from" or "by". A mixin of
    :class:`~.sentence._Sentence`."""

    __slots__ = ()

    def _reaction(self, ws: int, we: int) -> None:
        text, a, b = self.text, self.a, self.b
        before = text[max(a, ws - 12):ws].split()
        if before and before[-1].lower() in _VERB_BEFORE:
            return      # "they fear", "will protest": a verb, which the verb handlers read
        if _A_FIGURE_AFTER.match(text, we, b):
            return      # "Obama's disapproval rating": a poll's figure, no one's view
        m = _HOLDERS_AFTER.match(text, we, b)
        if m is None:
            self._reaction_of_possessor(ws, we)
            return
        gs, ge = m.span("who")
        end = _HOLDERS_END.search(text, gs, ge)
        if end is not None:
            ge = end.start()
        while ge > gs and text[ge - 1].isspace():
            ge -= 1
        if ge == b or not text[ge:b].strip(CLOSING_MARKS):
            ge -= text[gs:ge].endswith(".")     # the sentence's full stop is no part of its holders
        words = text[gs:ge].split()
        if not words or len(words) > _MOST_WORDS or self.taken(ws, ge):
            return
        if words[0].lower() in _GROUP_WAYS and len(words) > 1:
            # "criticism even from within his own party": some of its members, named by no one
            gs, named = text.index(words[1], gs), False
        else:
            named = self._holders_named(gs, ge, words)
        if named is None:
            return      # a thing, a place in lower case, a time: "from state to state", "by 12 points"
        self._add_reaction(named, ws, ge, text[ws:we], (gs, ge))

    def _reaction_of_possessor(self, ws: int, we: int) -> None:
        """The holders before the noun, as a possessive: "budget hawks' warnings", "Trump's
        scorn", "their criticism" (a pronoun, resolved as a pronoun source is). Up to two
        adjectives may stand between ("Trump's harsh criticism"); the possessor's phrase runs
        back over capitalised words and lower-case modifiers ("the Republican establishment's",
        "budget hawks'"), not past a verb in -ing or -ed, a function word or a mark."""
        text, a = self.text, self.a
        toks = _tokens_before(text, max(a, ws - 80), ws)
        i = len(toks) - 1
        while i >= 0 and len(toks) - 1 - i < _ADJECTIVES and toks[i][2].islower() \
                and not _is_possessive(toks[i][2]) and toks[i][2] not in _STOP_BACK \
                and toks[i][2] not in _HOLDER_PRONOUNS:
            i -= 1      # "harsh", "fresh": adjectives of the reaction
        if i < 0:
            return
        word = toks[i][2]
        if word.lower() in _HOLDER_PRONOUNS:
            if len(toks) - 1 - i == 0:      # "their criticism", not "their harsh new criticism"
                self._add_reaction(True, toks[i][0], we, text[ws:we], (toks[i][0], toks[i][1]))
            return
        if not _is_possessive(word) or word.lower()[:-2] in _CONTRACTING:
            return      # "It's legitimate criticism": "it is", no possessor
        capitalised = word[:1].isupper()
        ge = toks[i][0] + len(_without_possessive(word))
        j = i
        while j > 0 and i - j < _MOST_WORDS - 1:
            prev = toks[j - 1][2]
            low = prev.lower()
            if not prev[:1].isalnum() or low in _STOP_BACK or (capitalised and not prev[:1].isupper()
                                                               and low not in _POINTING) \
                    or low.endswith(("ing", "ed", "ly")) and not prev[:1].isupper():
                break       # a capitalised possessor runs back over capitals only: "assess North Korea's"
            j -= 1
            if low in _POINTING:
                break       # "the Republican establishment's": the determiner opens the phrase
        gs = toks[j][0]
        if gs == a and not text[gs:ge][:1].isupper():
            return
        words = text[gs:ge].split()
        if not words or self.taken(gs, we):
            return
        named = self._holders_named(gs, ge, words)
        if named is None:
            return
        self._add_reaction(named, gs, we, text[ws:we], (gs, ge))

    def _add_reaction(self, named: bool, start: int, end: int, cue: str, holders: tuple[int, int]) -> None:
        """Keep the reaction from ``start`` to ``end``: a reported stance of named holders, an
        anonymous attribution (a vague group) of holders who name nobody; no report either way."""
        if named:
            self.add(CITATION, "reported_stance", start, end, cue=cue, source=holders, report=False)
        else:
            self.add(ANONYMOUS, "vague_group", start, end, cue=cue, source=holders, report=False)

    def _holders_named(self, gs: int, ge: int, words: list[str]) -> bool | None:
        """Do the holders ``words`` (``text[gs:ge]``) name someone (True), name nobody (False),
        or are they no people at all (None)?

        A reaction needs a mind to hold it, so more holders in lower case name nobody here
        than before a verb of saying: any plural ("rivals", "rival campaigns", "some other
        quarters", "both sides of the debate") and the faceless collectives ("the left",
        "the media"). Holders pointed back to ("his attorney", "the boy's parents") are named,
        as "his aides argued" is a citation of "his aides"; so are a name in capitals and an
        object pronoun ("criticism from him")."""
        core = _core(words)
        first, head = words[0].lower(), (core[-1] if core else words[-1]).strip(_EDGE).lower()
        if len(words) == 1 and first in _OBJECT_PRONOUNS:
            return True
        if any(map(_is_cap, words)):
            return True
        if any(w[:1].isdigit() for w in words):
            return None     # "by 12 points": a margin
        if first in _POINTING and len(words) == 2 and head in _FACELESS:
            return False    # "the left", "the media"
        if first in _POINTING or any(map(_is_possessive, words[:3])):
            return True if _a_person(head) else None      # "his attorney"; not "his own party"
        if self.anonymous_source(gs, ge) or looks_plural(head):
            return False
        return None


def _a_person(head: str) -> bool:
    """Is ``head`` (lower case) a noun of a person or people: "attorney", "parents", "team"?"""
    return _AGENT.search(head) is not None or _PERSON_PLURAL.search(head) is not None or head in _PEOPLE_NOUNS
