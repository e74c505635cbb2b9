"""Reporting verbs, the handlers of :class:`~.sentence._Sentence` in :class:`_ReportingVerbs`:
a verb of speech, stance or finding and its source, before it ("Trump, the Republican
nominee, has repeatedly said"), after it ('"...," said Trump') or the sentence's subject
(", saying"); the checks that make a cue word no report ("Trump spoke for 77 minutes", "a
group called Black Votes Matter", "was later charged with assault", "That said,"); the agent
of a passive ("was told by X"), and a report inside a report, which is one citation ("Obama
said he was not speaking ...")."""

from __future__ import annotations

import re
from bisect import insort

from ..common import evidence, looks_plural
from ..figures.grammar import _MONTH
from ...lexicons import compile_regex as _rx
from .adverbials import _passive, _word_before_adverbials
from .anonymous import _NAMED_AFTER_BY, _named_beside
from .noun_or_verb import _MODALS, _NOUN_LIKE_CUES, _noun_before_plain_form, _noun_compound, _reads_as_noun
from .noun_phrase_forward import _AGENT_ENDINGS, _np_forward
from .quotations import _CLOSING_QUOTES, _DASH_CHARS, _closes_typed_as_opening
from .source_before_verb import _issuer, _left_source, _object_of_preposition, _study_before
from .sources import _acceptable, _document_like, _head, _is_anonymous, _source_kind, _trimmed_source
from .tokens import _tokens_after, _tokens_before
from .words import CLAUSE_BEFORE_SOURCE, UNNAMED_RESEARCH, ANONYMOUS, BE, before_preposition, CITATION, DAYS, DETERMINERS, DIMENSION, HYPOTHETICAL, OPENERS, PRONOUNS, TO_BEFORE, _DELEGATES_AFTER, _IRREGULAR_PARTICIPLES, _NOT_YET, _OPEN_END, _QUOTE_MARK, _QUOTES, _THAT_AFTER, _TIME_OPENERS, _bare, _is_cap


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
#: verbs whose name after them is who was told ("told AFP"), never the speaker
_TOLD = frozenset("told tells tell emailed texted".split())


#: the heads of unnamed research (its kind is "unnamed_research"); after "from" a name makes it a
#: named study ("polls from Monmouth University")
_RESEARCH_HEADS = UNNAMED_RESEARCH | {"evidence", "data"}
#: research named after "from": "polls from Monmouth University and CNN/ORC"
_NAMED_AFTER_FROM = _rx(r"\bfrom\s+(?:the\s+)?[A-Z]")
#: a clause after a verb: what is said or thought ("recognize that", "questioning how")
_CLAUSE_AFTER = _rx(r"\s+(?:that|how|whether|why|what)\b")
#: a relative clause after a named body, which ends its name: "Quinnipiac University that showed"
_RELATIVE = _rx(r"\s+(?:that|which|who)\s")


def _anonymous_kind(np: str) -> str:
    """The kind of an anonymous attribution by its unnamed source: unnamed research, an
    unnamed source or a vague group (the head before a prepositional phrase decides: "Some
    advocates for stem cell research" are people)."""
    if _head_before_preposition(np) in _RESEARCH_HEADS:
        return "unnamed_research"
    if re.search(r"\bsources?\b", np, re.IGNORECASE):
        return "anonymous_source"
    return "vague_group"


def _not_the_groups_verb(np: str, form: str, text: str, ve: int) -> bool:
    """Is the verb after an unnamed group not what the group says or thinks? A verb in -s
    after a plural ("so many analysts shows her ...": the subject is further back), or a
    participle before "by" ("candidates backed by super PACs": the group is acted on)."""
    if form.endswith("s") and not form.endswith("ss") and looks_plural(_head_before_preposition(np)):
        return True     # ("the majority of lawmakers still believes": the majority believes)
    return form.endswith("ed") and text.startswith(" by ", ve)


#: a number right after "added": a sum ("added 160 security personnel")
_NUMBER_AFTER = _rx(r"\s+(?:[$\u20ac\u00a3]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)")
#: what a remark opens with after "add": "that", a colon, a quotation mark or a comma ("would
#: add that ...", "will add: ..."); after "would add" without one, "add" is a sum ("it would add
#: so many new layers of complexity")
_REMARK_AFTER = _rx(r"\s*(?:that\b|[:,\"\u201c])")
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
#: after "challenge": an officeholder challenged in an election ("who is challenging Sen. Ron
#: Johnson in Wisconsin", "challenging incumbent Rep. ..."), or anyone in a contest named after
#: them ("a Republican challenging him in the primary", "challenging Sanders for the nomination")
_OFFICEHOLDER_AFTER = _rx(r"\s+(?:the\s+)?(?:incumbent\s+|(?:[A-Z][a-z]+\s+){0,4})?"
                          r"(?:Sen\.|Rep\.|Gov\.|Senator|Representative|Congressman|Congresswoman|Mayor)\s|"
                          r"\s+(?:him|her|them|[A-Z][\w.\x27\u2019-]*(?:\s+[A-Z][\w.\x27\u2019-]*){0,3})\s+"
                          r"(?:in|for)\s+(?:the|a|an|his|her|their)?\s*(?:\d{4}\s+)?(?:[A-Z][a-z]+\s+){0,2}"
                          r"(?:primary|primaries|race|election|seat|nomination|runoff|caucus(?:es)?)\b")
#: after "charged": a legal charge or a price ("was later charged with assault", "a group charged
#: with beautifying downtown", "charged his campaign for rent")
_CHARGE_AFTER = _rx(r"\s+(?:\w+\s+){0,3}?(?:with|for)\b")
#: after "called": a particle (phoned, summoned or cancelled: "called in to an MTV town hall",
#: "called off the rally"), or a name and nothing said ("Mr. Obama called Naghmeh Abedini.",
#: "called Clinton to concede"; but "called Trump to say he was sorry" reports what was said)
_CALLED_NOT_SAID = _rx(r"\s+(?:in|off|back|up)\b(?!\s*[\"\u201c])|(?:\s+[A-Z][\w.\x27\u2019-]*)+\s*"
                       r"(?:[.!?]\s*$|\s+to\s+(?P<purpose>[a-z]+)\b)")
#: after "called": a name or a title, which a thing "called" is given ("a new group called Black
#: Votes Matter", "a website called \u201cCape Breton If ...\u201d", "a campaign called #1000BlackGirlBooks",
#: "a resistance movement called the Ethiopian People's Revolutionary Party")
_NAME_GIVEN = _rx(r"\s+(?:the\s+)?(?:[A-Z#@]|[\"\u201c\u2018]\S)")
#: endings of a noun for a person, not a thing, before "called" (a person "called" someone
#: something: "a lawyer called him a liar"): the agent nouns' endings and "-man", "-person", "-ess"
_PERSON_ENDINGS = _AGENT_ENDINGS + ("man", "person", "ess")
#: a negation among the last words before a verb ("did not immediately", "didn't", "hasn't",
#: "won't", "never")
_NEGATION = _rx(r".*(?:\b(?:not|never)|n['\u2019]t)\b(?:\s+\w+)?\s*$")


def _indefinite_thing(words: list[str]) -> bool:
    """Do ``words`` end in an indefinite phrase naming a thing: "a" or "an", up to two
    lower-case modifiers and a noun that is no person ("a new group", "a reading campaign",
    "a website", "a resistance movement", "a super PAC": an acronym is a body; not "a
    lawyer", "a spokeswoman")?"""
    noun = words[-1] if words else ""
    if not (noun.isalpha() and (noun.islower() or noun.isupper() and len(noun) > 1)) or (
            noun.islower() and noun.endswith(_PERSON_ENDINGS) and not noun.endswith("ment")):
        return False      # "a lawyer", "a student" (but "a movement" is a thing)
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
#: a reporter's credit line after "reported": " from Midway Atoll, and ..." up to the sentence's end
_CREDIT_LINE = _rx(r" from [A-Z][\w.\x27\u2019-]*(?:,?\s+(?:[A-Z][\w.\x27\u2019-]*|and|from))*[.]?\s*$")
#: after a phrase that follows ", said": a clause goes on, so the phrase opens what was said
#: ("said the days when the nation had", "said the plan that Congress passed was")
_CONTENT_AFTER = _rx(r"\s+(?:when|where|that|which|whose)\s")


# what follows a speaker's name that ends its clause: '..., said Steve Grubbs, an operative.'
_CLAUSE_END = _rx(r"\s*(?:[,.;:]|$)")
#: reporting verbs that come before their speaker ("..., said Steve Grubbs"); not "told"
#: or "emailed", whose name after is who was told ("Sessions, a close adviser, told AFP")
_INVERTED = frozenset("""said says added adds noted notes explained explains predicted predicts argued
argues wrote writes recalled recalls observed observes concluded concludes declared declares insisted
insists acknowledged acknowledges cautioned cautions suggested suggests asked asks replied replies
responded responds quipped quips joked jokes agreed agrees reported reports continued continues
warned warns say tweeted tweets stated states scoffed scoffs mused muses opined opines""".split())


#: " by " and an agent: not "by telephone", nor a manner, "by abruptly blocking", "by first saying"
_BY_AGENT = _rx(r" by (?!(?:tele)?phone\b|e-?mail\b|text\b|video\b|letter\b)(?![a-z]+ing\b)(?![a-z]+ly\b)")
#: participles that are active after a comma before "by" ("Mr. Daniloff, now 81, said by telephone")
_NEVER_PASSIVE = frozenset("said told wrote spoke responded replied reacted".split())
#: participles of feeling: the noun before them feels it ("German authorities worried by the
#: increase in hate speech"), whatever follows "by"
_FEELINGS = frozenset("worried concerned troubled alarmed disturbed frustrated angered encouraged heartened "
                      "disappointed impressed convinced persuaded".split())
#: words opening a count after "by", which no one is: "viewed by an average of", "by millions"
_COUNT_OPENERS = frozenset("average majority millions thousands hundreds dozens".split())


def _a_count(toks) -> bool:
    """Do ``toks`` (after "by") open a count, which no one is ("14.7 million people", "an
    average of 13 percent", "the 10,000 people")?"""
    first = toks[0][2].lower()
    if first in ("a", "an", "the") and len(toks) > 1:
        first = toks[1][2].lower()
    return first[:1].isdigit() or first in _COUNT_OPENERS


#: how far before a clause's "that" a report's end is looked for, past the report's object
#: ("Sanders told MSNBC's \"Morning Joe\" that")
_OBJECT_REACH = 40


class _ReportingVerbs:
    """Reporting verbs and their sources. A mixin of :class:`~.sentence._Sentence`."""

    __slots__ = ()

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
                text.startswith(" to ", ve) and not any(q in text[a:vs] for q in _QUOTES)) or (
                pre and pre[-1] in ("would", "will", "could", "can", "might", "may")
                and not _REMARK_AFTER.match(text, ve, b) and not _QUOTE_MARK.search(text, a, vs))):
            # "The state had added 1,200 voters", "it would add $5 trillion", "adding to her
            # delegate lead", "it would add layers of complexity": a sum, not a remark ('"...,"
            # Trump added to People' and "he would add that ..." are remarks)
            return
        if form.startswith(("respond", "repl")) and (_BY_DOING.match(text, ve, b) or (
                pre and _NEGATION.match(" ".join(pre[-3:]).lower()))):
            # "Beijing responded by sidestepping Moscow": an act; "Mr. Manafort did not respond
            # to requests for comment", "Fields did not reply to a request": nothing was said
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
        if form.endswith("ed") or form in _IRREGULAR_PARTICIPLES:
            if _passive(toks):
                self._passive(vs, ve, klass)
                return
            if _BY_AGENT.match(text, ve, b) and form not in _NEVER_PASSIVE:
                if prev == "," or is_speech:
                    # a participle before "by" is passive too, set off after a comma ("Colleen
                    # Deacon, a veteran staffer, backed by both the senator and the DCCC"), or a
                    # verb of speech right after its noun ("first reported by The New York
                    # Times", "a view echoed by Japan"): the agent is the source
                    self._passive(vs, ve, klass, relative=prev != ",")
                    return
                if form not in _FEELINGS:
                    # a verb of stance right after its noun: the noun is acted on, and the agent
                    # may back it with money or arms rather than a view ("Republicans backed by
                    # super PACs", "fighters backed by the C.I.A.", "a forum viewed by millions")
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
            # "now" before the verb is an adverb when the verb says something or opens a clause
            # ("Russians now say", "Local leaders now recognize that"; not "Employers now seek
            # workers", "Clinton is now assured of winning", "the angry voters now backing him")
            now = _CLAUSE_AFTER.match(text, ve, b) is not None or (is_speech and not form.endswith(("ed", "ing")))
            source = _left_source(toks, rules, a, strong=strong, participle=participle, verb=form, now=now)
            if source is not None and participle and is_speech and \
                    _object_of_preposition(toks, source[0], _PARTICIPLE_OBJECT_PREPOSITIONS):
                # "Cruz is making a pitch to New York voters saying ...": the voters are spoken
                # to; the speaker is the sentence's subject. But a message is what speaks
                # ("did not reply to numerous emails asking about ..."): its sender is not named
                subject = self.subject()
                words = [w.strip(",.") for w in text[source[0]:source[1]].split() if w.islower()]
                if rules.channels.intersection(words + [w[:-1] for w in words if w.endswith("s")]):
                    subject = None      # (a message is a common noun: "to The Washington Post" is to a name)
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
        elif pre and (pre[-1] in _MODALS or (len(pre) > 1 and pre[-2] in _MODALS and (
                pre[-1].endswith("ly") or pre[-1] == "now"))):
            # "the United States should formally declare war": what ought to be said, not what was
            # (lower case: "Theresa May said" is a report)
            return
        self._report(source, vs, ve, form, klass)

    def _report(self, source: tuple[int, int], vs: int, ve: int, form: str, klass: str,
                adjective: bool = False) -> None:
        """Record the report of a cue from ``vs`` to ``ve`` (``form``, of class ``klass``) by
        the ``source`` found for it: part of a report already found, nothing; a source that
        names nobody, an anonymous attribution (or a study named after "by": "research
        conducted by the Center for ... found"); otherwise a citation. ``adjective``: the cue
        is an adjective after "be" ("critics are skeptical of"), not a verb."""
        text, rules, a = self.text, self.rules, self.a
        s, e = source
        np = text[s:e]
        span = (min(s, vs), max(e, ve))
        if self._within_report(span, source):
            return
        clause = CLAUSE_BEFORE_SOURCE.match(text, s, e)
        if clause and not text.startswith("that", s):     # (a clause's "that": _is_anonymous reads it)
            s, np = clause.end(), text[clause.end():e]        # "to cement what [polls] show"
        if self.anonymous_source(s, e) and not _named_beside(text, a, s, e, vs):
            by = _NAMED_AFTER_BY.search(text, e, vs)
            if by is None and _head_before_preposition(np) in _RESEARCH_HEADS:
                by = _NAMED_AFTER_FROM.search(text, e, vs)      # "Other recent polls from Monmouth University"
            if by is not None:      # "research conducted by the Center for ... found": the study is named
                end = len(text[:vs].rstrip(" ,"))
                clause = _RELATIVE.search(text, by.end(), end)
                org = (by.end() - 1, clause.start() if clause else end)   # (not "... University that showed")
                self.add(CITATION, "study", span[0], span[1], cue=form, source=org)
                return
            if self._says_nothing(s, ve) or (not adjective and _not_the_groups_verb(np, form, text, ve)) \
                    or form.lower() in rules.intention_forms:
                return      # ("Many were seeking asylum": what the group does, no claim of it)
            self.add(ANONYMOUS, _anonymous_kind(np), span[0], span[1], cue=form, source=source)
            return
        kind = _source_kind(np, rules) or ("reported_speech" if klass == "speech" else
                                           "reported_stance" if klass == "stance" else "study")
        self.add(CITATION, kind, span[0], span[1], cue=form, source=source, **self.channel())

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
        if text.startswith("that ", s):
            s += 5      # a source read with its clause's "that" ("that nobody would question")
        x = s
        while x > a and text[x - 1].isspace():
            x -= 1
        if any(p in ends for p in range(x, s + 1)):
            return True      # only white space between: "said he was"
        if x - 4 >= a and text[x - 4:x] == "that" and (x - 4 == a or not text[x - 5].isalnum()):
            y = x - 4
            while y > a and text[y - 1].isspace():
                y -= 1
            if any(p in ends for p in range(y, x - 3)):      # "said that he": up to the "t"
                return True
            for p in range(y - 1, max(a, y - _OBJECT_REACH) - 1, -1):
                if p in ends:   # "told MSNBC that nobody would": the report's object between
                    gap = text[p:y]
                    return len(gap.split()) <= 5 and not any(c in gap for c in ",;:()")
        return False

    def _passive(self, vs: int, ve: int, klass: str, relative: bool = False) -> None:
        """ "was told by X", "is described by X as", "an effort supported by X": only an
        explicit agent makes a citation. After a ``relative`` participle (no "be": it modifies
        the noun before it) the agent is no count ("a forum viewed by 14.7 million people",
        "supported by an average of 13 percent", "endorsed by the 10,000 people") and no sum
        ("measures added by Republicans"); a "that" after it opens a clause about that noun, not
        what the agent said ("an effort supported by Obama that Sanders said would make"), and a
        quotation after it is not the agent's ("Gingrich - mentioned by Newsmax as the leading
        choice - told Bill O'Reilly that ..."): its end is no report's end."""
        text, b = self.text, self.b
        by = re.match(r"\s+by\s+", text[ve:min(b, ve + 6)])
        if not by or klass == "finding":
            return
        after = _tokens_after(text, ve + by.end(), min(b, ve + by.end() + 100))
        if relative and after and (text[vs:ve].lower().startswith("add") or _a_count(after)):
            return
        agent = _np_forward(after, 0, self.rules, strong=True)
        if agent is None:
            return
        np = text[agent[0]:agent[1]]
        if not _acceptable(np, "speech", self.rules):
            return
        if _is_anonymous(np, self.rules):     # "is seen by other leaders of the party as"
            self.add(ANONYMOUS, _anonymous_kind(np), vs, agent[1], cue=text[vs:ve], source=agent)
            return
        kind = _source_kind(np, self.rules) or ("reported_speech" if klass == "speech" else "reported_stance")
        self.add(CITATION, kind, vs, agent[1], cue=text[vs:ve], source=agent, **self.channel())
        if relative:
            self._report_ends.discard(agent[1])

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
