"""The work on one sentence: its punctuation cues (found once per document), the spans it
has claimed, and :class:`_Sentence`, which runs a handler per trigger and claims spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from ...model import Document, Evidence, Sentence
from ..common import evidence, looks_plural
from ..figures import _MONTH
from ...lexicons import compile_regex as _rx
from .phrases import _AGENT_ENDINGS, _CHANNEL_OPENER, _QUANTIFIERS, _capitalised_inside, _issuer, _left_source, _np_back, _np_forward, _object_of_preposition, _passive, _study_before, _subject_at_start, _word_before_adverbials
from .rules import _Rules, _matches_up_to
from .marks import _DocumentMarks
from .pronouns import _Referring
from .referents import _PLURAL_NOUNS
from .sources import _acceptable, _document_like, _head, _is_anonymous, _phrase_end, _skip, _source_kind, _strip_end, _trimmed_source
from .tokens import _MAY_TRIGGER, _chunks_shape, _title_shape, _tokens_after, _tokens_before, _trigger_matches
from .words import ANONYMOUS, BE, before_preposition, CITATION, DAYS, DETERMINERS, DIMENSION, FUNCTION, HYPOTHETICAL, KIND_CODES, NAME_LINKS, NOTES, OPENERS, PREPOSITIONS, PRONOUNS, TIME_NAMES, TO_BEFORE, _ANONYMOUS_CODES, _DELEGATES_AFTER, _DOI_START, _GLUE, _IRREGULAR_PARTICIPLES, _LABELS, _LEADING_DET, _NOT_YET, _NOUN_BEFORE, _OPEN_END, _PART_OF, _QUOTES, _SPEAKING, _THAT_AFTER, _TIME_OPENERS, _TITLE_SMALL, _VERBAL, _WORD, _WWW, _bare, _is_cap, _is_possessive

# a pronoun with a verb contracted onto it: "He’s claiming", "They’ve said", "It’s denouncing"
# (the personal pronouns of PRONOUNS, "who" not among them)
#: a sentence that supposes ("Say Mexico demanded ...", "Suppose Congress rejected ...")
_SUPPOSING = _rx(r"(?:Say|Suppose|Imagine|Let's say|Let’s say),?\s+(?:that\s+)?(?:[A-Z]|the\s|a\s)")
#: a day or a time after a cue ending in "on" ("campaign on Monday"): the cue is a noun
_DAY_NAMES = "|".join(sorted(day.title() for day in DAYS))     # "Friday|Monday|...", for the two below
_TIME_AFTER = _rx(r"\s+(?:" + _DAY_NAMES + r"|the\s+(?:eve|day|night|morning)|" + _MONTH + r"\b)")
#: a day and then a finite verb after a participle: the participle modifies the noun before it
#: ("A $160 billion megamerger announced Monday would turn", "The tentative deal, announced
#: Friday, would last")
_DAY_THEN_VERB = _rx(r",?\s+(?:on\s+|last\s+)?(?:" + _DAY_NAMES + r"|yesterday|today)\b,?\s+"
                     r"(?:would|will|is|was|are|were|has|had|could|can|may|might|must|should)\b")
#: before a name ending at a colon, words that make it no speaker: "a message to Trump:"
_NOT_THE_SPEAKER_AFTER = frozenset("of in at for on to about against".split())
#: verbs whose name after them is who was told ("told AFP"), never the speaker
_TOLD = frozenset("told tells tell emailed texted".split())
_PRONOUN_CONTRACTION = _rx(rf"({'|'.join(sorted(PRONOUNS - {'who'}))})['’](?:s|re|ve|d|ll)", re.IGNORECASE)


# ----------------------------------------------------------------------------- one sentence


#: what an unnamed source is said to know, in the anonymous-source patterns ("officials
#: familiar with the talks", "people close to the campaign")
_IN_THE_KNOW = _rx(r"(?i)\b(?:close\s+to|familiar\s+with|knowledge\s+of|briefed\s+on)\b")
#: an appositive after a name, up to where an anonymous-source match begins: "John Smith,
#: an official familiar with", "Jones, a senior aide close to" (with a comma closing it
#: after the match): the person is named
_NAMED_APPOSITIVE = _rx(r"[A-Z][\w.\x27\u2019-]*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
#: a verb whose object is the listener, just before an anonymous-source match
_TOLD_BEFORE = _rx(r"(?i)\b(?:tell|tells|telling|told)\s+(?:(?:a|an|one|two|three|several|the)\s+)?$")
#: number words after which a plural is a noun, not a verb ("his two terms")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred thousand".split())
#: determiners of plurals, after which a verb's plain form is still a verb ("both advocate")
_PLURAL_QUANTIFIERS = frozenset("both all many some most several these those few".split())
#: what lies between a report and a participle that goes on with its speaker: ", " or " Thursday, "
_REPORT_THEN_PARTICIPLE = _rx(r"(?:\s+[A-Za-z]+)?\s*,\s*")


def _not_the_groups_verb(np: str, form: str, text: str, ve: int) -> bool:
    """Is the verb after an unnamed group not what the group says or thinks? A verb in -s
    after a plural ("so many analysts shows her ...": the subject is further back), or a
    participle before "by" ("candidates backed by super PACs": the group is acted on)."""
    if form.endswith("s") and not form.endswith("ss") and looks_plural(_head_before_preposition(np)):
        return True     # ("the majority of lawmakers still believes": the majority believes)
    return form.endswith("ed") and text.startswith(" by ", ve)


#: a determiner or a number before "most": "the (two) most experienced experts"
_SUPERLATIVE_BEFORE = _rx(r"(?i)\b(?:the|a|an|his|her|their|its|our|two|three|four|five|\d+)\s+$")


#: a number right after "added": a sum ("added 160 security personnel")
_NUMBER_AFTER = _rx(r"\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)")
#: prepositions that end the head of a noun phrase whose verb agrees with it
_VERB_HEAD_ENDS = frozenset("for of on about".split())
#: "by" and an -ing form after a verb: what was done ("responded by sidestepping Moscow")
_BY_DOING = _rx(r"\s+(?:\w+ly\s+)?by\s+[a-z]+ing\b")
#: how long someone spoke, with nothing of what was said after it ("Trump spoke for 77 minutes,",
#: "Clinton spoke briefly, spending", "he never spoke longer than 30 minutes")
_DURATION_AFTER = _rx(r"\s+(?:for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|over\s+|"
                      r"just\s+|roughly\s+)?\S+\s+(?:minutes?|hours?|seconds?)|briefly|"
                      r"longer\s+than\s+\S+\s+(?:minutes?|hours?))\b(?!\s+(?:about|of|on|to|with)\b)")
#: adverbs of degree, after which a form in -ing is an adjective ("most telling")
_DEGREE = frozenset("most more less least very so too quite particularly especially equally rather".split())
#: what "spoke" is about: "of", "about", "out" or "up" after it and its adverbs, or "about"
#: within twelve words ("spoke at the White House on Tuesday about rights")
_SPOKE_OF = _rx(r"(?:\s+\w+ly)*\s+(?:of|about|out|up)\b|(?:\s+[\w\x27\u2019.-]+){1,12}?\s+about\b")
#: modals right before a verb of speech: what should or could be said is no report of what was
#: (the hypothetical words less the conjunctions)
_MODALS = HYPOTHETICAL - {"if", "unless", "whether"}
#: after "challenge": an officeholder challenged in an election ("who is challenging Sen. Ron
#: Johnson in Wisconsin", "challenging incumbent Rep. ...")
_OFFICEHOLDER_AFTER = _rx(r"\s+(?:the\s+)?(?:incumbent\s+|(?:[A-Z][a-z]+\s+){0,4})?"
                          r"(?:Sen\.|Rep\.|Gov\.|Senator|Representative|Congressman|Congresswoman|Mayor)\s")
#: after "charged": a legal charge or a price ("was later charged with assault", "a group charged
#: with beautifying downtown", "charged his campaign for rent")
_CHARGE_AFTER = _rx(r"\s+(?:\w+\s+){0,3}?(?:with|for)\b")
#: after "called": a particle (phoned, summoned or cancelled: "called in to an MTV town hall",
#: "called off the rally"), or a name and nothing said ("Mr. Obama called Naghmeh Abedini.",
#: "called Clinton to concede"; but "called Trump to say he was sorry" reports what was said)
_CALLED_NOT_SAID = _rx(r"\s+(?:in|off|back|up)\b(?!\s*[\"\u201c])|(?:\s+[A-Z][\w.\x27\u2019-]*)+\s*"
                       r"(?:[.!?]\s*$|\s+to\s+(?P<purpose>[a-z]+)\b)")
#: after "called": a name or a title, which a thing "called" is given ("a new group called Black
#: Votes Matter", "a website called \u201cCape Breton If ...\u201d", "a campaign called #1000BlackGirlBooks")
_NAME_GIVEN = _rx(r"\s+(?:[A-Z#@]|[\"\u201c\u2018]\S)")
#: endings of a noun for a person, not a thing, before "called" (a person "called" someone
#: something: "a lawyer called him a liar"): the agent nouns' endings and "-man", "-person", "-ess"
_PERSON_ENDINGS = _AGENT_ENDINGS + ("man", "person", "ess")
#: a negation among the last words before a verb ("did not immediately", "didn't", "hasn't",
#: "won't", "never")
_NEGATION = _rx(r".*(?:\b(?:not|never)|n['\u2019]t)\b(?:\s+\w+)?\s*$")


def _indefinite_thing(words: list[str]) -> bool:
    """Do ``words`` end in an indefinite phrase naming a thing: "a" or "an", up to two
    lower-case modifiers and a noun that is no person ("a new group", "a reading campaign",
    "a website"; not "a lawyer", "a spokeswoman")?"""
    noun = words[-1] if words else ""
    if not (noun.isalpha() and noun.islower()) or noun.endswith(_PERSON_ENDINGS):
        return False
    for k in range(len(words) - 2, max(len(words) - 5, -1), -1):
        word = words[k]
        if word.lower() in ("a", "an"):
            return True
        if not (word.replace("-", "").isalpha() and word.islower()):
            return False
    return False


def _head_before_preposition(np: str) -> str:
    """The head of ``np`` before a prepositional phrase: "advocates" of "Some advocates for stem
    cell research", "majority" of "the majority of lawmakers"."""
    return _head(" ".join(before_preposition(np.split(), _VERB_HEAD_ENDS)))


#: prepositions whose object is spoken to, not the speaker of a participle right after it ("a
#: pitch to New York voters saying"; not "with", "about": "with Gorka noting", "about Pope
#: Francis calling Christmas a sham" are said by their objects)
_PARTICIPLE_OBJECT_PREPOSITIONS = frozenset("to at for on against toward towards".split())
#: what may close a sentence after its last word
_CLOSING = " \t\n.!?;:\"'\u201d\u2019)]"
#: a reporter's credit line after "reported": " from Midway Atoll, and ..." up to the sentence's end
_CREDIT_LINE = _rx(r" from [A-Z][\w.\x27\u2019-]*(?:,?\s+(?:[A-Z][\w.\x27\u2019-]*|and|from))*[.]?\s*$")
_DASH_CHARS = frozenset("\u2015\u2014\u2013")
#: a quotation's closing marks (a character, or a token: '"...," posted Geyer')
_CLOSING_QUOTES = "\"\u201d\u2019\x27"
#: after a phrase that follows ", said": a clause goes on, so the phrase opens what was said
#: ("said the days when the nation had", "said the plan that Congress passed was")
_CONTENT_AFTER = _rx(r"\s+(?:when|where|that|which|whose)\s")
#: an opening double quotation mark, and the mark that closes it
_OPENING_QUOTES = {"\"": "\"", "\u201c": "\u201d"}
#: who wrote or made a title, after it: ' by George Anders', ' from the Brookings Institution'
_BY_AUTHOR = _rx(r"\s+(?:by|from)\s")
#: a dash and a name of two to five capitalised words ending the sentence or before the next
#: quotation: "― Oscar P. Quintero"
_DASH_CREDIT = _rx(r"[\u2015\u2014\u2013]\s*([A-Z][\w.\x27\u2019-]*(?:\s+[A-Z][\w.\x27\u2019-]*){1,4}?)"
                   r"\.?\s*(?:$|(?=[\"\u201c]))")
_FEW_CLAIMS = 16   # up to this many claims, taken() scans them: cheaper than an index
_ANONYMOUS_REACH = 60   # a verb extends an anonymous phrase that ends less than this before it


class _ClaimIndex:
    """The spans a sentence has claimed, indexed by start, so that :meth:`overlaps` does not
    scan them all: a paragraph of thousands of links made that scan, once per claim,
    quadratic (10,000 links took 7 s). Kept only for sentences with many claims."""

    __slots__ = ("count", "_starts", "_reach")

    def __init__(self) -> None:
        self.count = 0                 # how many claims are in
        self._starts: list[int] = []   # the claims' starts, sorted
        self._reach: list[int] = []    # _reach[k]: the furthest end among claims 0..k of that order

    def add(self, start: int, end: int) -> None:
        """Put in one claim. The prefix maxima after it are non-decreasing, so they stop
        changing at the first that reaches as far as ``end``: one step when claims come in
        text order, and when one is put in before claims that reach further (an anonymous
        phrase extended to its verb, "some experts said", in a sentence of many)."""
        self.count += 1
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        reach = self._reach
        reach.insert(i, max(reach[i - 1], end) if i else end)
        for k in range(i + 1, len(reach)):
            if reach[k] >= end:
                break
            reach[k] = end

    def overlaps(self, s: int, e: int) -> bool:
        """Does ``[s, e)`` overlap a claim, i.e. is there one with ``start < e`` and ``s < end``?
        The claims starting before ``e`` come first in start order; one of them reaches past
        ``s`` exactly when the furthest end among them does."""
        i = bisect_left(self._starts, e)
        return i > 0 and self._reach[i - 1] > s


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


# what follows a speaker's name that ends its clause: '..., said Steve Grubbs, an operative.'
_CLAUSE_END = _rx(r"\s*(?:[,.;:]|$)")
#: reporting verbs that come before their speaker ("..., said Steve Grubbs"); not "told"
#: or "emailed", whose name after is who was told ("Sessions, a close adviser, told AFP")
_INVERTED = frozenset("""said says added adds noted notes explained explains predicted predicts argued
argues wrote writes recalled recalls observed observes concluded concludes declared declares insisted
insists acknowledged acknowledges cautioned cautions suggested suggests asked asks replied replies
responded responds quipped quips joked jokes agreed agrees reported reports continued continues
warned warns say tweeted tweets stated states scoffed scoffs mused muses opined opines""".split())


class _Verbal:
    """A sentence's citations by a verb (the kinds in ``_VERBAL``), indexed for the quotations
    that follow: looking through all of them for each quotation took quadratic time in a
    sentence of many quotations."""

    __slots__ = ("_starts", "_ends", "_source_ends", "_sources")

    def __init__(self, verbal: list[Evidence]) -> None:
        self._starts = sorted(e.span.start for e in verbal)
        self._ends = sorted(e.span.end for e in verbal)
        # the citations naming a source, by end; _sources[k]: the source of the one that
        # comes last in text order (by start, as they were sorted) among the first k + 1
        with_source = sorted(((e.span.end, k, e) for k, e in
                              enumerate(sorted(verbal, key=lambda e: e.span.start)) if "source_start" in e.attrs),
                             key=lambda item: item[0])
        self._source_ends = [end for end, _, _ in with_source]
        self._sources: list[tuple[int, int]] = []
        best = -1
        for _, k, e in with_source:
            if k > best:
                best = k
                source = (e.attrs["source_start"], e.attrs["source_end"])
            self._sources.append(source)

    def beside(self, qs: int, qe: int) -> bool:
        """Does one start within 4 characters of the quotation's end, or end within 4 of its
        start?"""
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, qe - 4)
        j = bisect_left(ends, qs - 4)
        return (i < len(starts) and starts[i] <= qe + 4) or (j < len(ends) and ends[j] <= qs + 4)

    def source_before(self, qs: int) -> tuple[int, int] | None:
        """The source of the last one (in text order) that ends by ``qs`` and names one."""
        k = bisect_right(self._source_ends, qs)
        return self._sources[k - 1] if k else None


#: a clause's opening word inside a source found backwards: what follows it is the source
#: ("obvious that voters want" cites "voters", "cement what polls show" "polls"); "that" only
#: first, since inside a phrase it is mostly a determiner ("all of that polling")
_CLAUSE_BEFORE_SOURCE = _rx(r"(?:that|(?:[a-z’'-]+ ){0,4}?(?:why|what|how|whether)) (?=\S)")

#: what a quotation's last word ends with before its closing mark ("... not,” he said")
_CLOSES_BEFORE = frozenset(",.!?\u2026")


def _closes_typed_as_opening(text: str, pos: int, a: int, b: int) -> bool:
    """Is the opening mark at ``pos`` a closing one typed the wrong way round ("“Apparently
    not,“ he said.")? It is when it follows a quotation's final comma or stop and precedes
    white space (or the end of the sentence at ``b``), where no quotation can open."""
    return pos > a and text[pos - 1] in _CLOSES_BEFORE and (pos + 1 >= b or text[pos + 1].isspace())


def _opens_typed_as_closing(text: str, pos: int, a: int, b: int) -> bool:
    """Is the closing mark at ``pos`` an opening one typed the wrong way round ("”Mr. Trump
    embodies ...” ― Sonya Herridge")? It is when it starts a word: after the sentence's start
    or white space, and right before a letter or digit, where no quotation can close."""
    return (pos == a or text[pos - 1].isspace()) and pos + 1 < b and text[pos + 1].isalnum()


def _reads_as_noun(prev: str, form: str, rules: _Rules) -> bool:
    """Is a cue word a noun, by the lower-cased word before it? After a determiner or a
    possessive ("the said property", "a report", "his call", "No doubt"; not "-ing" forms:
    "the saying goes" is left to the later checks); a source noun after a determiner or
    quantifier ("Some advocates", "her backers", "one tweet"; but "both advocate" is a verb);
    a plural after a number ("his two terms", "529 plans", "three views") or after "have"
    ("have claims")."""
    if prev in _NOUN_BEFORE and not form.endswith("ing") and not (prev == "that" and form in ("said", "says")):
        return True     # ("a message that said": a relative pronoun; "That said," is read later)
    if prev in DETERMINERS and form in rules.heads and (prev not in _PLURAL_QUANTIFIERS or looks_plural(form)):
        return True
    # a plural after a number, or after "have" ("Brunei and Taiwan have claims": a perfect takes "claimed")
    return (prev in _NUMBER_WORDS or prev.isdigit() or prev in ("have", "has", "had")) and looks_plural(form) \
        and form not in ("says", "tells")


#: " by " and an agent: not "by telephone", nor a manner, "by abruptly blocking", "by first saying"
_BY_AGENT = _rx(r" by (?!(?:tele)?phone\b|e-?mail\b|text\b|video\b|letter\b)(?![a-z]+ing\b)(?![a-z]+ly\b)")
#: participles that are active after a comma before "by" ("Mr. Daniloff, now 81, said by telephone")
_NEVER_PASSIVE = frozenset("said told wrote spoke responded replied reacted".split())


#: cue words in their plain form that are nouns as often ("the McKinley plan", "a phone call")
_NOUN_LIKE_CUES = frozenset("plan call hope claim promise pledge vow demand request estimate forecast report "
                            "champion campaign".split())
#: nouns that take a plural verb without an -s ("the people want"): the plurals without an -s
#: that a pronoun's number is read by, and collective nouns
_COLLECTIVE = _PLURAL_NOUNS | frozenset("public crowd media press".split())


#: words after which a name takes a verb's plain form: "does Bernie want", "will Clinton
#: support", "heard Trump say", "let Sanders speak", and a coordination, "Trump and Clinton support"
_PLAIN_FORM_AFTER = _MODALS | frozenset("""do does did don't doesn't didn't will would won't wouldn't to let lets
make makes made help helps helped hear heard see saw watch watched have has had and or nor & why how what
like""".split())
#: plain forms that are their own past too ("Mr. Putin forecast that ...")
_PAST_AS_PLAIN = frozenset("forecast broadcast read put set bet cut hit quit spread cast upset".split())
#: a capitalised adjective of a people or a party ("Republican", "Turkish", "Latino")
_PEOPLE_ADJECTIVE = _rx(r"[A-Z][a-z]+(?:an|ic|ish|ese|ino|ina)")


def _noun_before_plain_form(pre: list[str], form: str, whole: bool) -> bool:
    """Is a verb's plain form after the words ``pre`` a noun, the head of a compound? A singular
    name takes a verb in -s ("Clinton supports"), so after one ("Clinton support 27 percent",
    "Close call", "One view is", "the Trump brand") the plain form is a noun, unless the name
    is a plural, a pronoun, a quantifier or a collective ("Democrats want", "Both think",
    "Police say"), or a modal, "do", "to", a verb that takes a bare infinitive or a
    coordination comes before the name ("will Clinton support", "to see Mitt Romney accept",
    "Mr. Grassley and Mr. Leahy urge"), or a preposition does ("supporters in Congress say",
    "advisers to Mr. Obama say"), but for an adjective of a people or a party, which is no
    name there ("with Republican support", "tepid Latino support"). ``whole``: ``pre`` starts
    where the sentence does (else a name running to its first word may go on before it)."""
    if form in _PAST_AS_PLAIN:
        return False
    first = 0 if whole else 1      # a window cut mid-sentence may cut its first word too
    k = len(pre) - 1
    while k >= first and pre[k][:1].isupper() and (pre[k].isalpha() or (pre[k].endswith(".") and pre[k][:-1].isalpha())):
        low = pre[k].lower()
        if (low.endswith("s") and not low.endswith("ss")) or low in _COLLECTIVE or low in DETERMINERS or \
                low in PRONOUNS or low in TIME_NAMES or low in ("others", "data"):
            return False      # a plural ("Rabbis vow", "Saudis insist"), "Both think", "Police say"
        k -= 1
    if k == len(pre) - 1 or (k < first and not whole):
        return False      # no name right before ("Clinton, support"), or its start unseen
    j = k
    while j >= first and (pre[j].lower() in DETERMINERS or pre[j].isdigit()):
        j -= 1            # "from the 2014 American Community Survey show": the preposition before
    before = pre[k].lower() if k >= 0 else ""
    if before in _PLAIN_FORM_AFTER:
        return False
    if before in PREPOSITIONS or (j >= 0 and pre[j].lower() in PREPOSITIONS):
        return k == len(pre) - 2 and _PEOPLE_ADJECTIVE.fullmatch(pre[-1]) is not None
    return True


def _noun_compound(pre: list[str]) -> bool:
    """Is a cue of ``_NOUN_LIKE_CUES`` after the words ``pre`` the head of a noun compound: a
    determiner, a singular noun, the cue ("the McKinley plan", "a government plan", "a CNN
    report", "a Bernie-supported champion"; not "the Clintons plan", "Supporters of the law hope")?"""
    if len(pre) < 2:
        return False
    noun, det = pre[-1], pre[-2].lower()
    if len(pre) > 2 and pre[-3].lower() in ("of", "for", "in", "at", "on", "with", "from"):
        return False     # "Supporters of the law hope": the phrase ends a subject's prepositional phrase
    return (det in DETERMINERS or _is_possessive(pre[-2])) and noun.replace("-", "").isalpha() and not looks_plural(noun) \
        and noun.lower() not in _COLLECTIVE and noun.lower() not in DETERMINERS


class _Sentence(_Referring):
    """The work on one sentence: triggers, then a handler per trigger, claiming spans."""

    # one object per body sentence, its attributes read in every handler: slots are faster
    __slots__ = ("doc", "text", "rules", "a", "b", "previous", "out", "claimed", "_claim_index", "_subject",
                 "_channel", "quoting", "marks", "_inside", "anonymous_spans", "_anonymous_ends", "_at",
                 "document_marks", "_report_ends", "_report_sources", "paragraph")

    def __init__(self, doc: Document, sentence: Sentence, rules: _Rules, previous: "_Sentence | None",
                 document_marks: "_DocumentMarks"):
        self.doc, self.text, self.rules = doc, doc.text, rules
        self.document_marks = document_marks
        self.a, self.b = sentence.span.start, sentence.span.end
        self.paragraph = sentence.paragraph
        self.previous = previous
        self.out: list[Evidence] = []
        self.claimed: list[tuple[int, int]] = []
        self._claim_index: _ClaimIndex | None = None
        self._subject: tuple[int, int] | None | bool = False      # False = not computed yet
        self._channel: dict | None = None
        self.quoting = False          # inside quotation marks at the start of the sentence
        self.marks: list[tuple[int, str]] = []     # double quotation marks, in order
        self._inside: tuple[list[int], list[bool]] | None = None   # see quoting_at
        self.anonymous_spans: list[tuple[int, int]] = []
        self._anonymous_ends: list[tuple[int, int]] | None = None   # (end, index), sorted
        self._at: dict[tuple[int, int], list[int]] = {}   # span -> where in out, in order
        # the citations by a verb (kinds in _VERBAL) so far: their ends, and their spans by source
        self._report_ends: set[int] = set()
        self._report_sources: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def quoting_at(self, pos: int) -> bool:
        """Is ``pos`` inside quotation marks? (double quotes only: single ones double as apostrophes)

        The answer after each mark is worked out once (walking the marks for every trigger
        word took quadratic time in a sentence of many quotations), then looked up by
        bisection: it is the answer after the last mark before ``pos``."""
        inside = self._inside
        if inside is None or len(inside[0]) != len(self.marks) or inside[1][0] != self.quoting:
            state = self.quoting
            states = [state]
            for _, mark in self.marks:
                state = True if mark == "\u201c" else False if mark == "\u201d" else not state
                states.append(state)
            inside = self._inside = ([at for at, _ in self.marks], states)
        return inside[1][bisect_left(inside[0], pos)]

    def _quoted(self, pos: int) -> bool:
        """Is ``pos`` inside a quotation: double quotation marks (:meth:`quoting_at`), or an odd
        number of doubled apostrophes before it in its paragraph (the ''...'' of some news
        archives, which no apostrophe can be taken for)?"""
        if self.quoting_at(pos):
            return True
        start = self.doc.paragraphs[self.paragraph].start
        return self.document_marks.doubled_apostrophes_between(start, pos) % 2 == 1

    def _anonymous_ending_near(self, vs: int) -> list[tuple[int, int]]:
        """The anonymous spans that end less than ``_ANONYMOUS_REACH`` characters before the verb
        at ``vs`` (the only ones it can extend), the nearest first: in "some experts said it and
        some experts said it", the second "said" belongs to the second "some experts", not to the
        first (which the first "said" has taken). In a sentence of many spans they are found by
        bisection on their ends: a sentence of thousands of "some experts said" made a scan of all
        of them, once per verb, quadratic."""
        spans = self.anonymous_spans
        first = vs - _ANONYMOUS_REACH + 1    # the earliest end in reach
        if len(spans) <= _FEW_CLAIMS:
            near = [(ce, k) for k, (_, ce) in enumerate(spans) if first <= ce <= vs]
        else:
            ends = self._anonymous_ends
            if ends is None:
                ends = self._anonymous_ends = sorted((ce, k) for k, (_, ce) in enumerate(spans))
            near = ends[bisect_left(ends, (first, -1)):bisect_right(ends, (vs, len(spans)))]
        return [spans[k] for _, k in sorted(near, reverse=True)]

    # -- bookkeeping

    def taken(self, s: int, e: int) -> bool:
        """Does ``[s, e)`` overlap a span already claimed in this sentence?"""
        claimed = self.claimed
        if len(claimed) <= _FEW_CLAIMS:
            return any(s < ce and cs < e for cs, ce in claimed)
        index = self._claim_index
        if index is None:
            index = self._claim_index = _ClaimIndex()
        for cs, ce in claimed[index.count:]:   # claims only ever get appended
            index.add(cs, ce)
        return index.overlaps(s, e)

    def add(self, category: str, kind: str, start: int, end: int, cue: str = "",
            source: tuple[int, int] | None = None, **extra) -> None:
        text = self.text
        attrs: dict = {"kind": kind}
        if cue:
            attrs["cue"] = " ".join(cue.split())
        if source is not None:
            s, e = source
            contraction = _PRONOUN_CONTRACTION.fullmatch(text, s, e)
            if contraction:    # "He’s claiming": the source is "He", the "’s" is its verb
                e = contraction.end(1)
            else:              # "obvious that voters want", "helps explain why neither candidate"
                clause = _CLAUSE_BEFORE_SOURCE.match(text, s, e)
                if clause:
                    s = clause.end()
                if e - s > 2 and text.endswith(("'s", "\u2019s"), s, e) and \
                        self.rules.heads.isdisjoint(w.strip(",.").lower() for w in text[e:e + 40].split()[:3]):
                    e -= 2     # "The Florida senator’s answer was that ...": the senator (not
                    #          "Donald Trump's eldest daughter said": who spoke is not found)
            attrs.update(source=text[s:e], source_start=s, source_end=e)
            if text[s:e].lower() in ("he", "she", "they", "his", "her", "their", "him", "them") \
                    and not self._quoted(s):
                # (inside a quotation a pronoun means whom the quoted speaker means: '"... and
                # Bernie did what he said," Mr. McCain recalled' is not resolved)
                resolved = self.resolve(s)
                if resolved is not None:
                    attrs["source_resolved"] = text[resolved[0]:resolved[1]]
        attrs.update(extra)
        if category == CITATION and kind in _VERBAL:
            self._report_ends.add(end)
            if source is not None:
                self._report_sources.setdefault((attrs["source_start"], attrs["source_end"]), []).append((start, end))
        self._at.setdefault((start, end), []).append(len(self.out))
        self.out.append(evidence(self.doc, KIND_CODES[kind], DIMENSION, category, start, end, NOTES[kind], **attrs))
        self.claimed.append((start, end))

    def channel(self) -> dict:
        """The occasion or medium named in the sentence ("in a New York Times interview")."""
        if self._channel is None:
            self._channel = {}
            m = self.rules.channel.search(self.text, self.a, self.b)
            if m:
                self._channel["channel"] = " ".join(m.group(0).split())
                outlet = (m.group("outlet") or "").strip() or (m.group("outlet2") or "").strip()
                if outlet:
                    self._channel["outlet"] = outlet
        return self._channel

    # -- subjects

    def subject(self) -> tuple[int, int] | None:
        if self._subject is False:
            subject = _subject_at_start(self.doc, self.a, self.b, self.rules)
            opening = self.text[self.a:subject[0]].strip(" \t\n([")[:1] if subject is not None else ""
            if subject is not None and (self.quoting or (opening and opening in _QUOTES)):
                # '"... He has won three or four," Trump said': the quoted one, never the
                # sentence's speaker nor a name a later "he" refers to (named_subject)
                subject = None
            self._subject = subject
        return self._subject  # type: ignore[return-value]

    def _last_speaker(self, before: int) -> tuple[int, int] | None:
        """The source of a report of speech that ends just before the participle at
        ``before``, with only a comma (and a time word) between: '"...," Cruz said, adding',
        "a spokesman said Thursday, speaking" go on with the same speaker (a strong verb of
        saying: not a noun read as a verb, "calm Russian fears, reassuring")."""
        for found in reversed(self.out):
            attrs = found.attrs
            if found.category == CITATION and found.span.end <= before and attrs["kind"] in _SPEAKING[:2] \
                    and "source_start" in attrs:
                if attrs.get("cue") in self.rules.strong_forms and \
                        _REPORT_THEN_PARTICIPLE.fullmatch(self.text, found.span.end, before):
                    return attrs["source_start"], attrs["source_end"]
                return None
        return None

    def run(self) -> None:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        roles = rules.roles
        chunks = text[a:b].split()
        shape = _chunks_shape(chunks, rules)
        title = _title_shape(shape)
        words = []
        for m in _trigger_matches(text, a, b, chunks, rules) if shape >= _MAY_TRIGGER else ():
            ws, we = m.span()
            if (ws > a and text[ws - 1] in _GLUE) or (we < b and text[we] in _GLUE and we + 1 < b
                                                        and text[we + 1].isalnum()):
                continue      # part of a longer word: "re-said", "says-who", "Trump's"
            words.append((ws, we, roles[m[0]]))
        puncts = []
        punct_at: set[int] | None = None      # the positions in puncts, from the first link on
        last_slash = last_slash_start = -1    # the last slash seen, and where its token starts
        colon = 0
        for pos in self.document_marks.punct_between(a, b):
            p = text[pos]
            if p == "/":
                # a link or a DOI: look back to the start of the token holding the slash. A walk
                # that reaches the last slash stops there: its token starts where that one's did
                # (so a path of many slashes is walked once, not once per slash: quadratic).
                start = pos
                while start > a and not text[start - 1].isspace() and text[start - 1] not in "(<[\"\u201c":
                    start -= 1
                    if start == last_slash:
                        start = last_slash_start
                        break
                last_slash, last_slash_start = pos, start
                if (pos > start and text[pos - 1] == "/") or text.startswith(("www.", "WWW."), start, pos + 1):
                    kind = "http"
                elif _DOI_START.match(text, start, pos + 1):
                    kind = "10."
                else:
                    continue
                if punct_at is None:   # built at the first link: most sentences have none
                    punct_at = {q for q, _ in puncts}
                if start not in punct_at:   # one entry per token, however many slashes it has
                    puncts.append((start, kind))
                    punct_at.add(start)
                continue
            if p == ":":
                if pos + 1 < b and text[pos + 1] in " \"\u201c\u2018" and not colon:
                    colon = pos
                continue
            if p == "\x27" and pos > a and text[pos - 1].isalnum():
                continue      # an apostrophe, not a quotation mark
            if p in "\"\u201c\u201d":
                if p == "\u201c" and _closes_typed_as_opening(text, pos, a, b):
                    p = "\u201d"
                elif p == "\u201d" and _opens_typed_as_closing(text, pos, a, b):
                    p = "\u201c"
                self.marks.append((pos, p))
            puncts.append((pos, p))
            if punct_at is not None:
                punct_at.add(pos)
        if self.document_marks.www and text.find("www.", a, b) >= 0:      # no slice copy per sentence
            seen = punct_at if punct_at is not None else {q for q, _ in puncts}
            for m in _WWW.finditer(text, a, b):
                if m.start() not in seen:
                    puncts.append((m.start(), "http"))
        puncts.sort()
        if not words and not puncts and not colon and text[a:a + 2] not in ("In", "At", "Du") and not title:
            if text[a] in _DASH_CHARS:
                self._dash_credit()      # "― Oscar P. Quintero" after a paragraph that ends a quotation
            return
        # Order matters: form-based citations, then anonymous phrases (so that "sources close to
        # the campaign said" is not a citation of "the campaign"), then cue words, then quotes.
        for pos, p in puncts:
            if p in ("(", "[") :
                self._bibliographic(pos)
            elif p == "http":
                self._link(pos)
            elif p == "10.":
                self._doi(pos)
        done: set[str] = set()
        # the quotation marks are all known now: is each trigger word inside a quotation?
        if self.document_marks.has_doubled_apostrophes():
            words = [(ws, we, r, self._quoted(ws)) for ws, we, r in words]     # ''...'' too
        elif self.marks or self.quoting:
            words = [(ws, we, r, self.quoting_at(ws)) for ws, we, r in words]
        else:
            words = [(ws, we, r, False) for ws, we, r in words]
        for ws, we, r, quoted in words:
            if quoted or r.isdisjoint(_ANONYMOUS_CODES):
                continue      # inside quotes: the quoted speaker's words, not the article's
            for code in _ANONYMOUS_CODES:
                if code in r:
                    self._anonymous(code, ws, we, done)
        self.anonymous_spans = list(self.claimed)
        if colon:
            self._colon(colon)
        for ws, we, r, quoted in words:
            if quoted or (self.claimed and self.taken(ws, we)):
                continue
            if "according" in r and self._according(ws, we):
                continue
            if "verb" in r:
                self._verb(ws, we)
            elif "qverb" in r:
                self._quote_verb(ws, we)
        if not self.out and title:
            # "Bellwether County Says Trump Should Win": a headline set in the body, verbs capitalised
            lower = text[a:b].lower()
            for m in rules.trigger.finditer(lower):
                if "verb" in roles.get(m.group(0), ()) and text[a + m.start()].isupper() \
                        and text[a + m.end():b].strip(_CLOSING) \
                        and (m.start() == 0 or text[a + m.start() - 1] != "-"):
                    # (a verb ending the headline has nothing to report: "... on Urgent Global
                    # Challenges." is a noun; nor is one inside a compound word, "Self-Described",
                    # which the loop above leaves out by _GLUE in the body)
                    self._verb(a + m.start(), a + m.end(), title=True)
        for ws, we, r, quoted in words:
            if "document" in r and not self.taken(ws, we):
                self._document(ws, we)
            elif "study" in r and not self.taken(ws, we) and not quoted:
                self._named_study(ws, we)
        verbal = None
        last = a
        for pos, p in puncts:
            if p in _QUOTES and p not in "\u201d\u2019" and pos >= last and not self.taken(pos, pos + 1):
                if verbal is None:
                    verbal = _Verbal([e for e in self.out if e.category == CITATION and e.attrs["kind"] in _VERBAL])
                last = self._quotation(pos, verbal)
        if not any(e.category == CITATION for e in self.out):
            self._in_channel()
        if text[a] in _DASH_CHARS or (self.marks and _DASH_CHARS.intersection(text[max(a, b - 60):b])):
            self._dash_credit()      # '"...”― Carla Sanchez.'
        if len(self.out) > 1:
            self._one_report_per_subject()

    def _one_report_per_subject(self) -> None:
        """Two reports found from one subject ("Aides said Obama will ...", "Polls show voters
        trust") are one: each verb walked back to the same start. Where the later report's
        source holds the earlier's cue, the earlier read a noun as a verb ("the IMF report |
        the IMF report stated", "FEC reports | FEC reports show") and goes; otherwise the later
        is a second verb of the same source ("The Vermont senator emailed supporters saying")
        and goes, as the package's docstring promises. A quotation is content, not a second
        report, and stays."""
        first_at: dict[int, int] = {}
        drop: set[int] = set()
        for i, e in enumerate(self.out):
            if e.attrs["kind"] == "quotation":
                continue
            j = first_at.setdefault(e.span.start, i)
            if j == i:
                continue
            if self._noun_read_as_verb(self.out[j], e):
                drop.add(j)
                first_at[e.span.start] = i
            else:
                drop.add(i)
        if drop:
            self.out = [e for i, e in enumerate(self.out) if i not in drop]

    def _noun_read_as_verb(self, earlier: Evidence, later: Evidence) -> bool:
        """Is ``earlier``'s cue the head of ``later``'s source, ``later``'s verb following close
        behind ("the IMF report | stated", "The Trump campaign | on Tuesday responded")? Not
        when the verb is far off: "Citizens for Tax Justice advocates a litany of rules ...
        telling" has one report, "advocates"."""
        source_start, source_end = later.attrs.get("source_start"), later.attrs.get("source_end")
        if source_start is None:
            return False
        cue_start = earlier.span.end - len(earlier.attrs.get("cue", ""))
        if not source_start <= cue_start < source_end <= earlier.span.end:
            return False
        verb_start = later.span.end - len(later.attrs.get("cue", ""))
        return len(self.text[source_end:verb_start].split()) <= 3

    def _dash_credit(self) -> None:
        """'"...”― Carla Sanchez.': a name after a dash, ending the sentence, credits the
        quotation that closes right before the dash (in this sentence or the one before)."""
        text, a, b = self.text, self.a, self.b
        m = _DASH_CREDIT.search(text, a, b)
        if m is None:
            return
        k = m.start() - 1
        while k >= 0 and k > m.start() - 12 and text[k].isspace():
            k -= 1
        if k < 0 or text[k] not in _CLOSING_QUOTES or self.taken(m.start(), m.end()):
            return
        end = m.end(1)
        if text[end - 1] == "." and end - text.rfind(" ", m.start(1), end) > 3:
            end -= 1        # "Carla Sanchez." ends the sentence; "Oscar P. Quintero" keeps its initial
        self.add(CITATION, "reported_speech", m.start(), end, cue=text[m.start()], source=(m.start(1), end))

    # -- handlers: colon and channel at the start

    def _colon(self, pos: int) -> None:
        """ "Trump: 'We will win'", "WALLACE: Let's start": a speaker's name before a colon."""
        text, a = self.text, self.a
        toks = _tokens_before(text, max(a, pos - 110), pos)
        while toks and toks[0][0] == a and toks[0][2] in _QUOTES:
            a = toks[0][1]      # a transcript's stray opening mark: '"WALLACE: Let's start'
            toks = toks[1:]
            while a < pos and text[a].isspace():
                a += 1
        if toks and toks[0][0] > a or len(toks) > 5:
            # mid-sentence: "... doesn't surprise Republican pollster Daron Shaw: “Historically ...”"
            nxt = _skip(text, pos + 1, self.b)
            if nxt < self.b and text[nxt] in "\"\u201c" and toks and _is_cap(toks[-1][2]):
                np = _np_back(toks, len(toks) - 1, self.rules, a)
                if np is not None and not _is_anonymous(text[np[0]:np[1]], self.rules) \
                        and not _object_of_preposition(toks, np[0], _NOT_THE_SPEAKER_AFTER):
                    # not "a blunt message to Trump:", "said of Sanders:" (but "More from Jones:")
                    self.add(CITATION, "reported_speech", np[0], pos + 1, cue=":", source=np)
            return
        if not toks or len(toks) > 5 or not all(_is_cap(t[2]) or t[2].lower() in NAME_LINKS for t in toks):
            return
        name = " ".join(t[2] for t in toks)
        if name.lower().rstrip(".") in _LABELS or not _is_cap(toks[-1][2]):
            return
        if len(toks) == 1 and name.lower() in self.rules.study_heads:      # "Poll: Trump ties Clinton."
            self.add(CITATION, "study", toks[0][0], pos + 1, cue=":", source=(toks[0][0], toks[0][1]))
            return
        nxt = _skip(text, pos + 1, self.b)
        # a transcript's speaker: one name in capitals that the text also writes as a name
        # ("PENCE" beside "Mike Pence") or that speaks more than once ("WALLACE:" ... "WALLACE:"),
        # or two or three words without linking words ("JAKE TAPPER"; not "STAT OF THE WEEK")
        speaker_label = name.isupper() and len(name) > 2 and name.replace(" ", "").replace(".", "").isalpha() and (
            (len(toks) == 1 and self.document_marks.speaker_label(name))
            or (1 < len(toks) <= 3 and not any(t[2].lower() in NAME_LINKS for t in toks)))
        if nxt >= self.b or (text[nxt] not in "\"\u201c\u2018\x27" and not speaker_label):
            # "Clinton: 2,316.", "Rubio: Finish second." are lists and headlines, not speech; a
            # transcript's speaker in capitals is ("WALLACE: Let's start", "PENCE: Well, look")
            return
        if len(toks) == 1 and not (name.isupper() and len(name) > 2) and name not in _capitalised_inside(self.doc):
            return
        self.add(CITATION, "reported_speech", toks[0][0], pos + 1, cue=":", source=(toks[0][0], toks[-1][1]))

    def _in_channel(self) -> None:
        """ "In an NBC News/Wall Street Journal poll released Monday, ...", "In an interview with ABC, ..." """
        text, a, b = self.text, self.a, self.b
        if not _CHANNEL_OPENER.match(text, a, min(b, a + 160)):
            return      # the first token is not "in"/"during"/"at": no need to tokenise
        toks = _tokens_after(text, a, min(b, a + 160))
        if len(toks) < 4 or toks[0][2].lower() not in ("in", "during", "at") or \
                toks[1][2].lower() not in ("a", "an", "the", "his", "her", "their", "its", "this", "that"):
            return
        for k in range(2, min(len(toks), 16)):
            w = toks[k][2]
            if w in (",", ";", ":", "\"", "\u201c"):
                return
            low = w.lower()
            if low in self.rules.study_heads or low in self.rules.channels:
                named = any(_is_cap(t[2]) for t in toks[2:k])
                if low in self.rules.study_heads and named:
                    self.add(CITATION, "study", toks[0][0], toks[k][1], cue=toks[0][2], source=(toks[1][0], toks[k][1]))
                elif low in self.rules.channels:
                    subj = self.subject()
                    if subj is not None and subj[0] > toks[k][1] and not _is_anonymous(text[subj[0]:subj[1]], self.rules):
                        self.add(CITATION, "reported_speech", toks[0][0], toks[k][1], cue=toks[0][2] + " " + low,
                                 source=subj, **self.channel())
                return

    def _named_study(self, hs: int, he: int) -> None:
        """ "in a CNN national poll", "the latest CNN/ORC poll": a poll or study named by its maker."""
        text = self.text
        toks = _tokens_before(text, max(self.a, hs - 70), hs)
        k = len(toks) - 1
        named = False
        while k >= 0 and len(toks) - k <= 5:
            w = toks[k][2]
            low = w.lower()
            if low in ("the", "a", "an", "this", "that", "its", "their", "his", "her") or _is_possessive(w):
                break
            if low in FUNCTION or not w[:1].isalnum():
                return
            named = named or (_is_cap(w) and toks[k][0] != self.a) or w[:1].isdigit() and len(w) == 4
            k -= 1
        if k < 0 or not named or len(toks) - k < 2:
            return
        start = toks[k][0]
        if not self.taken(start, he):
            self.add(CITATION, "study", start, he, cue=text[hs:he], source=(start, he))

    def _quote_verb(self, vs: int, ve: int) -> None:
        """ "He continued, '...'", "read one sign: '...'": these verbs report speech only next to a quote."""
        text, b = self.text, self.b
        nxt = _skip(text, ve, b, ",:")
        toks = _tokens_before(text, max(self.a, vs - 110), vs)
        source = _left_source(toks, self.rules, self.a, strong=True)
        if source is None:
            source = self._right_source(toks, vs, ve, strong=True)
        if source is None:
            return
        after_quote = re.search(r"[\"\u201d\u2019],?\s*$", text[max(self.a, min(source[0], vs) - 4):min(source[0], vs)])
        if not after_quote and (nxt >= b or text[nxt] not in "\"\u201c\u2018"):
            return
        if _is_anonymous(text[source[0]:source[1]], self.rules):
            return
        if not _acceptable(text[source[0]:source[1]], "speech", self.rules, strong=True):
            return
        self.add(CITATION, "reported_speech", min(source[0], vs), max(source[1], ve), cue=text[vs:ve],
                 source=source)

    # -- handlers: forms

    def _link(self, pos: int) -> None:
        if self.rules.doi.match(self.text, pos, self.b):
            self._doi(pos)
            return
        m = self.rules.link.match(self.text, pos, self.b)
        if m and not self.taken(m.start(), m.end()):
            end = _strip_end(self.text, m.start(), m.end())
            self.add(CITATION, "link", m.start(), end, source=(m.start(), end))

    def _doi(self, pos: int) -> None:
        m = self.rules.doi.match(self.text, pos, self.b)
        if m and not self.taken(m.start(), m.end()):
            end = _strip_end(self.text, m.start(), m.end())
            self.add(CITATION, "doi", m.start(), end, source=(m.start(), end))

    def _bibliographic(self, pos: int) -> None:
        m = self.rules.bib.search(self.text, max(self.a, pos - 60), min(self.b, pos + 120))
        while m is not None and m.end() <= pos:
            m = self.rules.bib.search(self.text, m.end(), min(self.b, pos + 120))
        if m and m.start() <= pos < m.end() and not self.taken(m.start(), m.end()):
            self.add(CITATION, "bibliographic", m.start(), m.end(), source=(m.start(), m.end()))

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
                if first and first.group(0).lower() not in _QUANTIFIERS and m.start() > self.a \
                        and not _IN_THE_KNOW.search(m.group(0)):
                    # "Florida election officials say", "FEC data show": the whole noun phrase
                    # decides whether the source is named; leave it to the verb handler. Not
                    # when the match describes its people by what they know ("Two Pentagon
                    # officials familiar with the talks"): no named source is introduced so.
                    toks = _tokens_before(text, max(self.a, m.start() - 80), first.end())
                    np = _np_back(toks, len(toks) - 1, self.rules, self.a)
                    if np is not None and not _is_anonymous(text[np[0]:np[1]], self.rules):
                        return
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
                if code in ("CT010", "CT011"):
                    # the vague source itself: "some analysts", "a source familiar with the talks"
                    end = m.end()
                    parts = text[m.start():end].rsplit(None, 1)
                    if len(parts) == 2 and (parts[1].lower() in self.rules.speech_forms
                                            or parts[1].lower() in self.rules.stance_forms):
                        end = m.start() + len(parts[0])
                    if not re.match(r"(?i)(?:is|are|was|were|on|who|said|says|told|according)\b", text[m.start():end]):
                        source = (m.start(), end)
                self.add(ANONYMOUS, kind, m.start(), m.end(), cue=m.group(0), source=source)
                return

    # -- handlers: according to

    def _according(self, ws: int, we: int) -> bool:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        m = None
        for cand in rules.according.finditer(text, max(a, ws - 60), min(b, we + 12)):
            if cand.start() <= ws < cand.end():
                m = cand
                break
        if m is None:
            return False
        cue = m.group(0)
        low = cue.lower()
        if low.startswith("as ") and low.endswith(" it"):           # "as Trump put it"
            inner = re.match(r"as\s+(.+?)\s+puts?\s+it", cue, re.IGNORECASE)
            s = m.start() + inner.start(1)
            self.add(CITATION, "according_to", m.start(), m.end(), cue=cue, source=(s, s + len(inner.group(1))))
            return True
        if low.startswith("in ") and "words" in low and "words of" not in low:   # "in his words"
            pron = re.search(r"his|her|their|its", cue, re.IGNORECASE)
            s = m.start() + pron.start()
            q = rules.quote.match(text, _skip(text, m.end(), b, ",:"), b)
            if q:     # 'in his words, "freeloading."': the quotation is the citation
                self.add(CITATION, "quotation", m.start(), q.end(), cue=cue, source=(s, s + len(pron.group(0))))
            else:
                self.add(CITATION, "according_to", m.start(), m.end(), cue=cue, source=(s, s + len(pron.group(0))))
            return True
        start = _skip(text, m.end(), b)
        if text[start:start + 1] in _OPENING_QUOTES and low.startswith("according"):
            # a title in quotation marks, and what follows it up to the phrase's end: 'according to
            # "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George Anders,'
            # (or the title alone: 'According to "The Art of the Deal," Trump learned'; not after
            # "citing", whose quotation is often the words of the one citing: 'Citing "obligations
            # in Tennessee," the former vice president')
            close = text.find(_OPENING_QUOTES[text[start]], start + 1, b)
            if close <= start + 1:
                end = start
            elif _BY_AUTHOR.match(text, close + 1, b):
                end = _phrase_end(text, close + 1, b)
            else:
                end = close + 1
        else:
            end = _phrase_end(text, start, b)
        if end <= start:
            return False
        source = text[start:end]
        if _head(source) in rules.according_not or source.split()[0].lower() in ("plan", "schedule"):
            return False      # "according to plan"
        if _is_anonymous(source, rules):
            kind = "anonymous_source" if re.search(r"\bsources?\b", source, re.IGNORECASE) else "vague_group"
            self.add(ANONYMOUS, kind, m.start(), end, cue=cue, source=(start, end))
            return True
        kind = _source_kind(source, rules) or "according_to"
        if kind == "named_document":
            start += len(_LEADING_DET.match(source).group(0))      # "the 2014 ... Agreement" -> its name
        self.add(CITATION, kind, m.start(), end, cue=cue, source=(start, end))
        return True

    # -- handlers: reporting verbs

    def _verb(self, vs: int, ve: int, title: bool = False) -> None:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        form = " ".join(text[vs:ve].split())
        if title:
            form = form.lower()
        is_speech = form in rules.speech_forms
        is_stance = form in rules.stance_forms
        is_finding = form in rules.finding_forms
        strong = form in rules.strong_forms
        klass = "speech" if is_speech else ("stance" if is_stance else "finding")
        if _SUPPOSING.match(text, a, vs):
            return      # "Say Mexico demanded that ...": a supposition, not a report
        # cheap checks on the word before, before any tokenising
        pre = text[max(a, vs - 24):vs].split()
        last = pre[-1].lower() if pre else ""
        if _reads_as_noun(last, form, rules) or (form.split(" ", 1)[0] in _NOUN_LIKE_CUES and _noun_compound(pre)):
            return
        if form in rules.base_forms and pre and _noun_before_plain_form(pre, form, vs - 24 <= a):
            return      # "with Republican support", "Close call", "One view is": a noun
        if last == "to" and not is_speech and (len(pre) < 2 or pre[-2].lower() not in TO_BEFORE
                                               or pre[-2].lower() == "went"):
            return      # "wants to support": the other verb is the cue; "went to see the ice": a trip
        # 80 characters hold most subjects; an appositive ("Sanders, a senator from ..., said"), a
        # phrase between commas ("Whitehouse, a Democrat from ..., in the name of ..., has proposed")
        # or between dashes ("Donald Trump - who previously said ... - said") more
        near = max(a, vs - 80)
        window = text[near:vs]
        wide = "," in window or " - " in window or not _DASH_CHARS.isdisjoint(window)
        toks = _tokens_before(text, max(a, vs - 200) if wide else near, vs)
        prev = toks[-1][2].lower() if toks else ""
        prev2 = toks[-2][2].lower() if len(toks) > 1 else ""
        if _reads_as_noun(prev, form, rules):
            return
        if form == "said" and prev in ("that", "this", "having", "all") and text[ve:ve + 1] == "," and (
                len(toks) < 2 or prev2 in (",", ";", "(", "but", "and", "yet", "still", "now", "all", "with")):
            return      # "That said, ...", "But all that said," (not "water bottles that said, ...")
        if form == "reported" and text.startswith(" from ", ve) and _CREDIT_LINE.match(text, ve, b):
            return      # "Julie Hirschfeld Davis reported from Midway Atoll.": the article's credit line
        if form.startswith("add") and (_NUMBER_AFTER.match(text, ve, min(b, ve + 12)) or (
                text.startswith(" to ", ve) and not any(q in text[a:vs] for q in _QUOTES))):
            # "The state had added 1,200 voters", "adding to her delegate lead": a sum, not a
            # remark ('"...," Trump added to People' is one)
            return
        if form.startswith("respond") and (_BY_DOING.match(text, ve, b) or (
                pre and _NEGATION.match(" ".join(pre[-3:]).lower()))):
            # "Beijing responded by sidestepping Moscow": an act; "Mr. Manafort did not respond
            # to requests for comment": nothing was said
            return
        if form.startswith("challeng") and _OFFICEHOLDER_AFTER.match(text, ve, b):
            return      # "Russ Feingold, who is challenging Sen. Ron Johnson in Wisconsin": a race
        if form.startswith("charg") and (_CHARGE_AFTER.match(text, ve, min(b, ve + 40)) or prev in BE):
            return      # "The supporter was later charged with assault": a legal charge, not a claim
        if form.endswith("ing") and last in _DEGREE:
            return      # "The most telling promise", "a very revealing interview": an adjective
        if form.startswith(("spoke", "speak")) and (_DURATION_AFTER.match(text, ve, b) or not _SPOKE_OF.match(text, ve, b)):
            # "Trump spoke for 77 minutes, a virtual eternity": how long, not what; "The president
            # spoke in a cottage", "Clinton spoke to the Planned Parenthood Action Network": where
            # or to whom, not what (but "spoke highly of", "spoke out", "spoke to CNN about")
            return
        if form.endswith("ed") and not (toks and toks[-1][2][:1].isupper()) and _DAY_THEN_VERB.match(text, ve, b):
            # "A $160 billion megamerger announced Monday would turn": a noun's modifier (after a
            # name it is a report: "The phrase Grassley cited on Wednesday has appeared")
            return
        if form.endswith(" on") and _TIME_AFTER.match(text, ve, b):
            return      # "The Cruz campaign on Monday night picked up": a day, not what is campaigned on
        if form == "called":
            called = _CALLED_NOT_SAID.match(text, ve, b)
            if (called and called["purpose"] not in rules.speech_forms) or (
                    _NAME_GIVEN.match(text, ve, b) and _indefinite_thing(pre)):
                return      # "called in to a show", "Obama called Naghmeh Abedini.": no words; "a group called Black Votes Matter": a name
        if form.endswith("ing") and prev == "worth":
            return      # "It's worth noting that ...": the writer's aside, no one reported
        if form == "compared" and text.startswith((" to ", " with "), ve):
            return      # "..., compared to only 24% of Democratic statements": a comparison (a
            # report names what is compared first: "Trump compared Clinton to a thief")
        if form in ("thanks", "thank") and text.startswith(" to ", ve):
            return      # "led Iowa polls thanks to evangelical support": a preposition
        if form in ("state", "states") and not re.match(r"\s*(?:that\b|:|,)", text[ve:ve + 8]):
            return      # "swing states", "the state": a verb only before "that"
        if form.endswith("ed") and _DELEGATES_AFTER.match(text, ve, min(b, ve + 12)):
            return      # "270 pledged delegates": an adjective, not a pledge
        if prev == "to" and prev2 not in TO_BEFORE and not (prev2 == "on" and len(toks) > 2 and
                                                            toks[-3][2].lower() == "went"):
            return      # "wants to support", "needless to say": the other verb is the cue
        if (prev in ("percent", "%", "points") or prev.endswith("%")) and not is_speech:
            return      # "67 percent support", "60% support" (a noun)
        if (_passive(toks) or (prev == "," and _BY_AGENT.match(text, ve, b) and form not in _NEVER_PASSIVE)) and (
                form.endswith("ed") or form in _IRREGULAR_PARTICIPLES):
            # (a participle set off after a comma is passive too: "Colleen Deacon, a veteran
            # staffer, backed by both the senator and the DCCC": the backers are the source)
            self._passive(vs, ve, klass)
            return
        # An anonymous phrase just before ("a source familiar with the talks said"): extend it.
        for cs, ce in self._anonymous_ending_near(vs):
            if not re.search(r"[,;:\"\u201c\u201d]", text[ce:vs]) and _OPEN_END.search(text, cs, ce) \
                    and not _not_the_groups_verb(text[cs:ce], form, text, ve):
                for i in self._at.pop((cs, ce), ()):
                    e = self.out[i]
                    attrs = dict(e.attrs)
                    attrs["cue"] = form
                    self.out[i] = evidence(self.doc, e.code, DIMENSION, e.category, cs, ve, e.note, **attrs)
                    insort(self._at.setdefault((cs, ve), []), i)
                    self.claimed.append((cs, ve))
                return
        source = None
        participle = form.split(None, 1)[0].endswith("ing")    # "saying", "pointing out"
        after_comma = participle and prev == ","
        if is_speech and (after_comma or (prev == "then" and prev2 in (",", "and", "but"))):
            # "Trump attacked Clinton ..., saying ...": the speaker is the sentence's subject, not
            # a noun phrase before an earlier comma ("During a speech earlier in the day, Trump ...");
            # the speaker of a report just before is the speaker still ('"...," Cruz said, adding').
            # "Kasich offered the man a job, then says ...": a second verb of the subject's
            subject = (after_comma and self._last_speaker(vs)) or self.subject()
            if subject is not None and subject[1] <= vs and _acceptable(text[subject[0]:subject[1]], klass, rules):
                source = subject
        if source is None and form in _INVERTED and prev == ",":
            # "..., candidates have more room, said Steve Grubbs, an Iowa operative": a name
            # after the verb that ends the clause is the speaker, whatever comes before
            right = self._right_source(toks, vs, ve, strong=strong)
            if right is not None and _is_cap(text[right[0]:right[1]]) and _CLAUSE_END.match(text, right[1], b) \
                    and text[right[0]:right[1]].lower() not in _TIME_OPENERS:
                source = right
        if source is None and not after_comma:
            # (", arguing that ...": the noun before the comma ends the last clause; the
            # speaker is the subject, found above, or no one)
            source = _left_source(toks, rules, a, strong=strong, participle=participle, verb=form)
            if source is not None and participle and is_speech and \
                    _object_of_preposition(toks, source[0], _PARTICIPLE_OBJECT_PREPOSITIONS):
                # "Cruz is making a pitch to New York voters saying ...": the voters are spoken
                # to; the speaker is the sentence's subject
                subject = self.subject()
                source = subject if subject is not None and subject[1] <= source[0] else None
        if source is not None and (participle or prev in ("that", "which")):
            # "Trump issued a statement saying ...": the statement is how; Trump is who
            source = _issuer(source, text, rules, a) or source
        if is_finding and (source is None or _head(text[source[0]:source[1]]) not in rules.study_heads):
            # "A Quinnipiac poll released Monday found": the study before a participial phrase
            study = _study_before(toks, rules, a)
            if study is not None:
                source = study
        if source is None and is_speech and not participle:
            # '"...," said Trump': only a finite verb is inverted; what follows ", suggesting" is said
            source = self._right_source(toks, vs, ve, strong=strong)
            if source is not None and form not in _INVERTED and not (
                    _CLAUSE_END.match(text, source[1], b) and toks and toks[-1][2] in _CLOSING_QUOTES):
                # "Cruz, with delight, chided Trump for raising ...", "that, to her, invokes Reagan.":
                # whom it is about; another verb comes before its speaker only after a quotation
                # and when the name ends the clause ('"...," posted Sharon Powers Geyer.')
                source = None
        if source is None and is_speech and (
                (participle and (prev == "," or prev in ("after", "before", "while", "when", "by", "in")))
                or (strong and _word_before_adverbials(toks) in ("and", "but", "then"))):
            source = self.subject()      # ", saying ...", "and said": the speaker is the subject of the sentence
            if source is not None and source[1] > vs:
                source = None
        if source is None:
            return
        source = _trimmed_source(text, a, *source, form)
        if source is None:
            return
        s, e = source
        np = text[s:e]
        if not is_speech and not is_stance:     # "found", "shows": only research finds things
            closing = (s > a and text[max(a, s - 2):s].strip() == "," and
                       re.match(r"\s*(?:[.;]|$)", text[ve:min(b, ve + 3)]) is not None)
            # a named finder reporting a finding: "the Department of Justice found that ..."
            # a finding stated, not one that may come ("Pyongyang may find that ..."): a past or
            # third-person form, no modal between finder and verb
            stated = (form.endswith(("s", "ed")) or form in _IRREGULAR_PARTICIPLES) and \
                _NOT_YET.isdisjoint(w.lower() for w in text[e:vs].split())
            named_that = stated and form != "given" and (_bare(np) in ("he", "she", "they") or any(
                _is_cap(w) and w.lower() not in DETERMINERS and w.lower() not in OPENERS for w in np.split())) and \
                _THAT_AFTER.match(text, ve, min(b, ve + 8)) is not None
            if _head(np) not in rules.study_heads and not _document_like(np, rules) and not (
                    closing and _is_cap(np)) and not named_that:
                return      # but "..., Fox found." at the end of a sentence is a report
        if not _acceptable(np, klass, rules, strong=strong):
            return
        if is_stance and not is_speech:
            # "They should support", "If voters want": hypothetical, not a reported stance
            before = {t[2].lower() for t in toks if t[0] >= s - 12}
            if before & HYPOTHETICAL:
                return
            if np in rules.places:
                return      # "South Korea has sought to increase", "Russia wants": a state's policy, no one cited
        elif pre and (pre[-1] in _MODALS or (len(pre) > 1 and pre[-2] in _MODALS and pre[-1].endswith("ly"))):
            # "the United States should formally declare war": what ought to be said, not what was
            # (lower case: "Theresa May said" is a report)
            return
        span = (min(s, vs), max(e, ve))
        if self._within_report(span, source):
            return
        if _is_anonymous(np, rules):
            by = _NAMED_AFTER_BY.search(text, e, vs)
            if by is not None:      # "research conducted by the Center for ... found": the study is named
                org = (by.end() - 1, len(text[:vs].rstrip(" ,")))
                self.add(CITATION, "study", span[0], span[1], cue=form, source=org)
                return
            if self._says_nothing(s, ve) or _not_the_groups_verb(np, form, text, ve):
                return
            # the head before a prepositional phrase: "Some advocates for stem cell research" are people
            if _head_before_preposition(np) in ("studies", "research", "evidence", "data"):
                kind = "unnamed_research"
            elif re.search(r"\bsources?\b", np, re.IGNORECASE):
                kind = "anonymous_source"
            else:
                kind = "vague_group"
            self.add(ANONYMOUS, kind, span[0], span[1], cue=form, source=source)
            return
        kind = _source_kind(np, rules) or ("reported_speech" if is_speech else
                                           "reported_stance" if is_stance else "study")
        self.add(CITATION, kind, span[0], span[1], cue=form, source=source, **self.channel())

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

    def _within_report(self, span: tuple[int, int], source: tuple[int, int]) -> bool:
        """Is this report part of one already found in the sentence? Said by the subject of
        what that report says ("Obama said he was not speaking only about Trump", "Trump
        said that Clinton told him": an earlier report ends right before the source, white
        space and a "that" between), or by the same source in an overlapping span ("Obama
        responded to a mother by saying" after "Obama responded"): one citation, the first.
        (Extending the first to take in the second verb was tried: it made evidence quotes
        run over relative clauses, "said Mr. Stevens, who took direct aim at ...".) Looked
        up in sets, not by a walk over the sentence's citations: a sentence of thousands
        of "he said" would take quadratic time."""
        s, e = source
        if any(start < span[1] and span[0] < end for start, end in self._report_sources.get((s, e), ())):
            return True
        ends = self._report_ends
        if not ends:
            return False
        text, a = self.text, self.a
        x = s
        while x > a and text[x - 1].isspace():
            x -= 1
        if any(p in ends for p in range(x, s + 1)):
            return True      # only white space between: "said he was"
        if x - 4 >= a and text[x - 4:x] == "that" and (x - 4 == a or not text[x - 5].isalnum()):
            y = x - 4
            while y > a and text[y - 1].isspace():
                y -= 1
            return any(p in ends for p in range(y, x - 3))      # "said that he": up to the "t"
        return False

    def _passive(self, vs: int, ve: int, klass: str) -> None:
        """ "was told by X", "is described by X as": only an explicit agent makes a citation."""
        text, b = self.text, self.b
        by = re.match(r"\s+by\s+", text[ve:min(b, ve + 6)])
        if not by or klass == "finding":
            return
        after = _tokens_after(text, ve + by.end(), min(b, ve + by.end() + 100))
        agent = _np_forward(after, 0, self.rules, strong=True)
        if agent is None:
            return
        np = text[agent[0]:agent[1]]
        if _acceptable(np, "speech", self.rules) and not _is_anonymous(np, self.rules):
            kind = _source_kind(np, self.rules) or ("reported_speech" if klass == "speech" else "reported_stance")
            self.add(CITATION, kind, vs, agent[1], cue=text[vs:ve], source=agent, **self.channel())

    def _right_source(self, toks, vs: int, ve: int, strong: bool = False) -> tuple[int, int] | None:
        """'"...," said Trump' or ", said the spokesman": the source right after the verb."""
        if toks and toks[-1][2] not in (",", "\u201d", "\"", "\u2019", "\x27") and not (
                toks[-1][2] == "\u201c" and _closes_typed_as_opening(self.text, toks[-1][0], self.a, self.b)):
            return None
        if self.text[vs:ve].lower() in _TOLD:
            return None    # "Massachusetts, told the senator": who was told, never who told
        after = _tokens_after(self.text, ve, min(self.b, ve + 120))
        if after and after[0][2] == "that":
            return None    # ", adding that Sanders is ...": what follows "that" is said, not who says it
        np = _np_forward(after, 0, self.rules, strong=strong)
        if np is not None and len(after) > 1 and after[0][2].lower() in PRONOUNS and after[1][2].islower():
            return None    # ", said they were concerned": the pronoun opens what was said
        if np is not None and toks and toks[-1][2] == "," and _CONTENT_AFTER.match(self.text, np[1], self.b):
            return None    # "..., said the days when the nation had ...": a clause goes on, what was said
        return np

    # -- handlers: documents

    def _document(self, hs: int, he: int) -> None:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        right = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.\x27\u2019-]*\s*)+", text[he:b])
        end = he + (right.end() if right else 0)
        par = re.match(r"\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)", text[end:b])
        if par:
            end += par.end()
        while end > hs and text[end - 1] in " ,.":
            end -= 1
        toks = _tokens_before(text, max(a, hs - 120), hs)
        i = len(toks)
        while i > 0 and (_is_cap(toks[i - 1][2]) or toks[i - 1][2][:1].isdigit()
                         or (toks[i - 1][2].lower() in NAME_LINKS and i > 1 and _is_cap(toks[i - 2][2]))
                         or toks[i - 1][2] in ("(", ")") or re.fullmatch(r"\d+\w*", toks[i - 1][2])):
            i -= 1
        while i < len(toks) and toks[i][2].lower() in NAME_LINKS | {"(", ")"}:
            i += 1
        if i < len(toks):
            start = toks[i][0]
        elif right:
            start = hs
        else:
            return       # a bare "Act" or "Report" names nothing
        if i > 0 and toks[i - 1][2].lower() == "the":
            start_with_det = toks[i - 1][0]
        else:
            start_with_det = start
        part = _PART_OF.search(text, max(a, start_with_det - 40), start_with_det)
        if part:      # "Section 2(b) of the Voting Rights Act": the part belongs to the name
            start = start_with_det = part.start()
        cue = rules.document_cue.search(text, max(a, start_with_det - 40), start_with_det)
        verb = rules.document_verb.match(text, end, b)
        if cue and not self.taken(cue.start(), end):
            self.add(CITATION, "named_document", cue.start(), end, cue=cue.group(0), source=(start, end))
        elif verb and not self.taken(start, end):
            self.add(CITATION, "named_document", start_with_det, end + verb.end(), cue=verb.group(0),
                     source=(start, end))

    # -- handlers: quotations

    def _quotation(self, pos: int, verbal: "_Verbal") -> int:
        text, rules, a, b = self.text, self.rules, self.a, self.b
        m = rules.quote.match(text, pos, b)
        if not m:
            return pos + 1
        qs, qe = m.start(), m.end()
        words = text[qs + 1:qe - 1].split()
        cue = rules.words_cue.search(text, max(a, qs - 70), qs)
        if cue:
            pron = re.search(r"\b(?:his|her|their|its|he|she|they)\b", cue.group(0), re.IGNORECASE)
            if pron:
                source = (cue.start() + pron.start(), cue.start() + pron.end())
            else:
                src = re.search(r"words\s+of\s+(.+?)\W*$", cue.group(0))
                source = (cue.start() + src.start(1), cue.start() + src.end(1)) if src else self.subject()
            self.add(CITATION, "quotation", min(cue.start(), qs), qe, cue=cue.group(0).strip(), source=source)
            return qe
        if len(words) < 3:
            return qe      # a one- or two-word quote is usually a scare quote
        if len(words) <= 12 and all(_is_cap(w) for w in words if w[:1].isalpha() and w.lower() not in _TITLE_SMALL):
            return qe      # a title ("Meet the Press", "Crippled America: How to Make America Great Again"), not speech
        if verbal.beside(qs, qe):
            return qe     # '"We will win," said Trump' / 'Trump said: "..."': the verb already cites this quote
        speaker = verbal.source_before(qs)   # "Trump has questioned ... 'reimburse us'"
        if speaker is None:
            speaker = self.subject()
            if speaker is not None and len(words) < 4 and text[speaker[0]:speaker[1]].lower() in PRONOUNS:
                return qe      # "He won 19 percent among 'somewhat conservative' voters": a term
        if speaker is None or speaker[0] >= qs:
            return qe
        np = text[speaker[0]:speaker[1]]
        if _is_anonymous(np, rules) or _head(np) in rules.study_heads:
            return qe
        self.add(CITATION, "quotation", qs, qe, cue="quotation marks", source=speaker)
        return qe
