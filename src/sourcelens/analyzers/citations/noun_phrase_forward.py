"""A source noun phrase that starts at a token, read forwards (:func:`_np_forward`): a
pronoun, a part of a group ("said one of his aides"), a name with role words before it
("campaign spokesman Brian Fallon", "said master of ceremonies Asab Al-Tabchi", "The
Ethiopian marathoner Feyisa Lilesa"), role words alone ("said the spokesman") and, after a
strong verb, any phrase with a determiner ("said the 46-year-old")."""

from __future__ import annotations

from ..common import looks_plural
from ...lexicons import compile_regex as _rx
from .noun_phrase_back import _PART_WORDS, _ROLE_MODIFIERS
from .spans import _full_name, _name_end
from .rules import _Rules
from .words import DETERMINERS, FUNCTION, NAME_LINKS, PREMODIFIERS, PREPOSITIONS, _is_cap, _is_possessive, _name_goes_on, _without_possessive


def _role_form(word: str) -> str:
    """A lower-case token as it is looked up among the role nouns: without a full stop, a
    possessive or a hyphenated tail ("nominee.", "senator’s", "nominee-in-waiting"); a
    "co-" or "vice-" role whole ("co-host"), an "ex-" role without it ("ex-governor")."""
    form = _without_possessive(word.rstrip("."))
    first, _, rest = form.partition("-")
    if first in ("co", "vice"):
        return form
    return rest.partition("-")[0] if first == "ex" else first


#: a lower-case role with "of" ("master of ceremonies", "director of communications", "head of the")
_ROLE_OF = _rx(r"[a-z]{3,} of [a-z]{3,}")


#: endings of agent nouns, the shape of a role ("marathoner", "speechwriter", "constituent",
#: "incumbent", "novelist", "historian", "nominee"); no verb of "Hillary Clinton won South
#: Dakota's" or "Todd pressed Republican National Chairman Reince Priebus" has them
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")
#: words ending like agent nouns that are none: "said the spokesman later"
_NOT_AGENTS = frozenset("later earlier never ever rather whether either neither other together however further "
                        "over under after before sooner recent current different present spent meant".split())


def _agent_noun(word: str, rules: _Rules) -> bool:
    """Is ``word`` a lower-case noun of someone who does something ("activist", "staffer",
    "official")?"""
    return len(word) > 4 and word.isalpha() and word.islower() \
        and (word.endswith(_AGENT_ENDINGS) or word in rules.heads) and word not in FUNCTION and word not in _NOT_AGENTS \
        and word not in rules.speech_forms and word not in rules.stance_forms


def _role_run_end(toks, f: int, rules: _Rules) -> int:
    """Where a role of up to three lower-case words that starts at token ``f`` ends, when a
    full name follows it ("Radio talk host Rush Limbaugh", "English comedian and actor Peter
    Serafinowicz"): its last word a singular role noun, no word of it a verb of saying or
    stance, nor in -ed ("Obama told reporters Hillary Clinton ..."), nor a function word but
    "and" ("Part of the network President Vladimir Putin formed"); else ``f`` itself."""
    m = f
    while m < len(toks) and m - f < 3 and toks[m][2].isalpha() and toks[m][2].islower() \
            and toks[m][2] not in rules.speech_forms and toks[m][2] not in rules.stance_forms \
            and not toks[m][2].endswith("ed") and (toks[m][2] == "and" or toks[m][2] not in FUNCTION) \
            and toks[m][2] not in DETERMINERS:
        m += 1
    if m == f or m + 1 >= len(toks) or not _full_name(toks[m][2] + " " + toks[m + 1][2].rstrip(".")):
        return f
    head = toks[m - 1][2]
    if looks_plural(head) or not (head in rules.heads or head.endswith(_AGENT_ENDINGS)):
        return f
    return m


def _person_noun_end(toks, f: int, rules: _Rules) -> int:
    """Past the noun of a person that a name modifies after a determiner, up to two
    lower-case words before it ("one Trump confidant", "a GOP leadership aide"): where it
    ends, else ``f``."""
    g = f
    while g < len(toks) and g - f < 3:
        word = toks[g][2].rstrip(".")
        if _agent_noun(word, rules) or (word in rules.heads and word not in rules.not_a_person and word.isalpha()
                                        and word.islower() and not looks_plural(word)):
            return g + 1
        if not (word.isalpha() and word.islower()) or word in FUNCTION or word in rules.speech_forms \
                or word in rules.stance_forms or word.endswith("ed"):
            return f
        g += 1
    return f


def _np_forward(toks, k: int, rules: _Rules, strong: bool = False) -> tuple[int, int] | None:
    """A source noun phrase starting at token ``k`` ("Trump", "the spokesman for the campaign",
    after a ``strong`` verb any phrase with a determiner: "said the 46-year-old")."""
    if k >= len(toks):
        return None
    w = toks[k][2]
    low = w.lower()
    if low in ("he", "she", "they"):
        return toks[k][0], toks[k][1]
    if (low == "one" or low in _PART_WORDS) and k + 2 < len(toks) and toks[k + 1][2].lower() == "of":
        group = _np_forward(toks, k + 2, rules, strong)
        last = next((t[2] for t in toks[k + 2:] if t[0] < group[1] <= t[1]), "") if group is not None else ""
        if group is None or _is_possessive(last):
            return None     # (not "One of Mr. Trump's helicopters": a thing of his)
        return toks[k][0], group[1]     # "said one of his aides", "One of the men, Jessie Elkins,"
    j = k
    determined = low in DETERMINERS or _is_possessive(w)
    if determined:
        j += 1
    # lower-case role words before a name: "campaign spokesman Brian Fallon", "former Gov. Ed Rendell"
    r = j
    while r < len(toks) and r - j < 2 and toks[r][2].islower() and (
            toks[r][2] in rules.heads or (toks[r][2] in PREMODIFIERS and r + 1 < len(toks) and (
                _is_cap(toks[r + 1][2]) or toks[r + 1][2] in rules.heads))):
        r += 1
    if j < r and r + 2 < len(toks) and toks[r][2] == "and" and toks[r + 1][2] in rules.heads and _is_cap(toks[r + 2][2]):
        r += 2      # two roles: "Clinton's chief pollster and strategist Joel Benenson"
    q = r - 1 if r > j else j
    if q + 3 < len(toks) and _is_cap(toks[q + 3][2]) and toks[q + 2][2] not in FUNCTION \
            and _ROLE_OF.fullmatch(" ".join(t[2] for t in toks[q:q + 3])):
        # a role with "of" before a name: "said master of ceremonies Asab Al-Tabchi", "The head
        # of the Service Employees International Union"
        r = q + 3
    if r < len(toks) and _is_cap(toks[r][2]):
        e = r
        # a day or a month ends the name: "said Donald Trump on Monday", "said Conway Tuesday"
        while e + 1 < len(toks) and (_name_goes_on(toks[e + 1][2]) or (
                toks[e + 1][2].lower() in NAME_LINKS and e + 2 < len(toks) and _name_goes_on(toks[e + 2][2]))):
            e += 2 if not _is_cap(toks[e + 1][2]) else 1
        # a role after a capitalised modifier: "Presumptive Democratic candidate Hillary Clinton",
        # also after a lower-case modifier: "The Republican presidential nominee"
        f = e + 1
        # (a role ending the sentence keeps its full stop as a token: "said the Democratic nominee.")
        if f + 1 < len(toks) and toks[f][2] in _ROLE_MODIFIERS and toks[f + 1][2].rstrip(".") in rules.heads:
            f += 1
        while f < len(toks) and f - e <= 3 and toks[f][2].islower() and (
                _role_form(toks[f][2]) in rules.heads or toks[f][2].rstrip(".") in rules.heads):
            f += 1
        if f == e + 1 and f + 2 < len(toks) and toks[f][2].isalpha() and toks[f][2].islower() \
                and toks[f][2].endswith(_AGENT_ENDINGS) \
                and _full_name(toks[f + 1][2] + " " + toks[f + 2][2].rstrip(".")):
            f += 1      # a lower-case agent noun between a modifier and a full name is a role: "The
            #             Ethiopian marathoner Feyisa Lilesa", "Cruz constituent Dan Golvach"
        elif f == e + 1:
            f = _role_run_end(toks, f, rules)
            if f == e + 1 and determined:
                f = _person_noun_end(toks, f, rules)     # "one Trump confidant", "one former GOP leadership aide"
        if f > e + 1 and f < len(toks) and _is_cap(toks[f][2]):
            e = f
            while e + 1 < len(toks) and _is_cap(toks[e + 1][2]):
                e += 1
        elif f > e + 1:
            e = f - 1       # "one Democratic source", "a Clinton spokesman": the noun the name modifies
        return toks[k][0], _name_end(toks[e])
    if r > j:        # role words with no name after them: "said the spokesman"
        e = r - 1
    else:
        e, mods = j, 0
        while e < len(toks) and mods < 4 and toks[e][2].lower() not in rules.heads:
            t = toks[e][2]
            if t.lower() in FUNCTION or not t[:1].isalnum():
                if strong and determined and mods > 0:
                    break      # "said the 46-year-old." -> the words so far
                return None
            e += 1
            mods += 1
        if e >= len(toks) or toks[e][2].lower() not in rules.heads:
            if strong and determined and e > j:
                e -= 1
            else:
                return None
    # and the agent noun a role word modifies: "said one party activist", "one former campaign
    # staffer", "one former senior agency official"
    while e + 1 < len(toks) and _agent_noun(toks[e + 1][2].rstrip("."), rules):
        e += 1
    # "the spokesman for the campaign", "a professor at Harvard"
    if e + 2 < len(toks) and toks[e + 1][2].lower() in PREPOSITIONS:
        f = e + 2
        if toks[f][2].lower() == "the" and f + 1 < len(toks):
            f += 1
        if _name_goes_on(toks[f][2]) or toks[f][2].lower() in rules.heads:   # not "the spokesman on Monday"
            while f + 1 < len(toks) and _name_goes_on(toks[f + 1][2]):
                f += 1
            e = f
    return toks[k][0], _name_end(toks[e])
