"""What stands between a source and its verb, which a walk back from the verb steps over:
auxiliaries and adverbs ("has repeatedly said"), before a strong verb "now" and a time
phrase ("Walker now says", "Feinstein last week said", "Trump two days earlier said"), a
quantifier floated after its noun ("they both said"); the word before them all ("and" in
"and on Monday also said"), and whether a form of "be" makes the verb passive ("The ban was
first reported by BuzzFeed")."""

from __future__ import annotations

from ..common import looks_plural
from .words import BE, DAYS, DETERMINERS, NOT_ADVERB, OPENERS, TIME_BEFORE, TIME_NOUNS, TIME_WORDS, _is_aux, _is_cap


def _passive(toks) -> bool:
    """Does a form of "be" stand just before the verb (past adverbs, negation, a floated
    "both", "each" or "all": "Clinton and Sanders are each viewed", and a word of when:
    "The ban was first reported by BuzzFeed")?"""
    for k in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
        w = toks[k][2].lower()
        if w in BE:
            return True
        if w in ("also", "not", "never", "widely", "often", "commonly", "generally", "both", "each", "all",
                 "first", "later", "initially", "originally", "already") or \
                (w.endswith("ly") and w not in NOT_ADVERB):
            continue
        return False
    return False


def _time_phrase_start(toks, i: int) -> int:
    """Where a time phrase ending at token ``i`` starts ("last week", "on Tuesday", "earlier
    this month", "yesterday", "in 2010"); ``i + 1`` when the tokens there are no time phrase."""
    low = toks[i][2].lower()
    if low in TIME_WORDS:
        return i
    if i > 0 and len(low) == 4 and low[:2] in ("19", "20") and low.isdigit() \
            and toks[i - 1][2].lower() == "in":
        return i - 1           # "who in 2010 said"
    if low not in TIME_NOUNS or i == 0:
        return i + 1
    j = i - 1
    before = toks[j][2].lower()
    if before == "this" and j > 0 and toks[j - 1][2].lower() in ("earlier", "later"):
        return j - 1
    if before == "past" and j > 0 and toks[j - 1][2].lower() in ("this", "the"):
        return j - 1           # "Reince Priebus, the GOP chairman, this past week announced"
    if low == "past" and before == "the" and j > 0 and toks[j - 1][2].lower() == "in":
        return j - 1           # "friends and allies have in the past said"
    if before in TIME_BEFORE and (before != "on" or low in DAYS):
        return j
    if low in DAYS and before.endswith("ed") and before.isalpha() and before.islower():
        return j               # "A court document filed Thursday says", "The report released Monday shows"
    return i + 1


#: before a verb in its plain form: "did not release further details" ("further" an adjective)
_PLAIN_FORM_BEFORE = frozenset("not to did do does will would could can should must may might n't".split())


def _further_is_adverb(toks, i: int) -> bool:
    """ "Mook further asserted", "The director further stated"; not "release further details"."""
    return i < 2 or toks[i - 2][2].lower() not in _PLAIN_FORM_BEFORE


def _adverbial_start(toks, i: int, strong: bool = True, now: bool = False) -> int:
    """Where an auxiliary or adverb ending at token ``i`` starts ("has", "repeatedly") or,
    before a ``strong`` reporting verb, also "now" or a time phrase ("Walker now says",
    "Feinstein last week said"; not "Employers now seek"); "now" too when ``now`` (the verb
    says or opens a clause: "Local leaders now recognize that"); ``i + 1`` when there is none."""
    w = toks[i][2]
    if w in ("later", "earlier", "ago"):
        start = _span_then_start(toks, i)
        if start <= i:
            return start
        if w == "earlier" and i > 0 and toks[i - 1][2].lower() not in DETERMINERS:
            return i        # "Goodlatte earlier asked" (not "an earlier report", a noun's adjective)
    if (_is_aux(w) and w != "May" and not (w[:1].isupper() and i > 0 and toks[i - 1][2] in (",", "and"))) \
            or ((strong or now) and w == "now") or (w == "further" and _further_is_adverb(toks, i)) \
            or (w in ("here", "there") and i > 0 and toks[i - 1][2].isalpha()) \
            or (w in ("all", "both", "each") and _floated_after(toks, i)):
        # (a modal written "May" is no modal before a verb: "Theresa May said"; nor one
        # capitalised after a comma: "..., Will urged" is George Will; "Activists here point
        # to", "officials there said": where, after the noun; "defense ministers all urged",
        # "they both said", "Bolton and Gorka both denounced": a quantifier floated after its noun)
        return i
    if strong or w.lower() in DAYS:     # "Sanders (I-Vt.) on Saturday criticized": a day is never who
        return _time_phrase_start(toks, i)
    return i + 1


def _floated_after(toks, i: int) -> bool:
    """Is "all", "both" or "each" at token ``i`` floated after the noun it counts, or after
    that noun's auxiliary ("defense ministers all urged", "they both said", "Bolton and Gorka
    both denounced", "Trump and Senator Bernie Sanders have both argued")? "All" after a
    name is not ("Clinton all but said")."""
    k = i - 1
    if k > 0 and _is_aux(toks[k][2]) and toks[k][2].islower():
        k -= 1
    if k < 0:
        return False
    noun = toks[k][2]
    return looks_plural(noun) or noun == "they" or (
        toks[i][2] != "all" and _is_cap(noun) and noun.lower() not in OPENERS)


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several few many some".split())
_UNITS = TIME_NOUNS | frozenset("day hour minute decade".split())


def _span_then_start(toks, i: int) -> int:
    """Where a span of time and "later", "earlier" or "ago" ending at token ``i`` starts ("When
    Fiorina a month later announced", "Trump two days earlier said", "days later", "less than
    two weeks ago"): never who speaks; ``i + 1`` when there is none."""
    if i < 1:
        return i + 1
    unit = toks[i - 1][2].lower()
    plural = unit.endswith("s")
    if (unit[:-1] if plural else unit) not in _UNITS:
        return i + 1
    before = toks[i - 2][2].lower() if i > 1 else ""
    if (plural and (before.isdigit() or before in _COUNT_WORDS)) or (not plural and before in ("a", "an", "one")):
        start = i - 2
    elif plural:
        start = i - 1
    else:
        return i + 1
    # "less than two weeks ago", "about a year earlier"
    if start > 1 and toks[start - 1][2].lower() == "than" and toks[start - 2][2].lower() in ("less", "more"):
        return start - 2
    if start > 0 and toks[start - 1][2].lower() in ("about", "nearly", "almost", "just", "only", "barely"):
        return start - 1
    return start


def _word_before_adverbials(toks) -> str:
    """The lower-cased token before the adverbs, auxiliaries and time phrase that end
    ``toks`` ("and" in "and on Monday also said")."""
    i = len(toks) - 1
    while i >= 0:
        start = _adverbial_start(toks, i)
        if start > i:
            return toks[i][2].lower()
        i = start - 1
    return ""
