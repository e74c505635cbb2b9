"""Is a cue word a noun, not a verb of reporting? Read from the words before it, before any
tokenising: after a determiner, a possessive, a number or "have" ("a report", "his call",
"his two terms", "have claims"), a verb's plain form after a singular name ("with Republican
support", "Close call", "the Trump brand"), and the head of a noun compound ("the McKinley
plan", "a CNN report")."""

from __future__ import annotations

from ..common import looks_plural
from ...lexicons import compile_regex as _rx
from .rules import _Rules
from .referents import _PLURAL_NOUNS
from .words import DETERMINERS, HYPOTHETICAL, PREPOSITIONS, PRONOUNS, TIME_NAMES, _NOUN_BEFORE, _is_possessive


#: number words after which a plural is a noun, not a verb ("his two terms")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred thousand".split())
#: determiners of plurals, after which a verb's plain form is still a verb ("both advocate")
_PLURAL_QUANTIFIERS = frozenset("both all many some most several these those few".split())
#: modals right before a verb of speech: what should or could be said is no report of what was
#: (the hypothetical words less the conjunctions)
_MODALS = HYPOTHETICAL - {"if", "unless", "whether"}


def _reads_as_noun(prev: str, form: str, rules: _Rules) -> bool:
    """Is a cue word a noun, by the lower-cased word before it? After a determiner or a
    possessive ("the said property", "a report", "his call", "No doubt"; not "-ing" forms:
    "the saying goes" is left to the later checks); a source noun after a determiner or
    quantifier ("Some advocates", "her backers", "one tweet"; but "both advocate" is a verb);
    a plural after a number ("his two terms", "529 plans", "three views") or after "have"
    ("have claims"); a plain form after "one" ("one question")."""
    if prev in _NOUN_BEFORE and not form.endswith("ing") and not (prev == "that" and form in ("said", "says")):
        return True     # ("a message that said": a relative pronoun; "That said," is read later)
    if prev in DETERMINERS and form in rules.heads and (prev not in _PLURAL_QUANTIFIERS or looks_plural(form)):
        return True
    if prev == "one" and not form.endswith(("s", "ed", "ing")):
        return True     # a plain form after "one" is a noun: "One question that has emerged"
    # a plural after a number, or after "have" ("Brunei and Taiwan have claims": a perfect takes "claimed")
    return (prev in _NUMBER_WORDS or prev.isdigit() or prev in ("have", "has", "had")) and looks_plural(form) \
        and form not in ("says", "tells")


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
