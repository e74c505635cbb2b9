"""From a cue to its source by walking tokens: a noun phrase before or after the cue
(names, appositives, titles, possessives), the subject at the start of the sentence, a
study before a participle, time and adverbial phrases to step over, and the words
capitalised mid-sentence in a document."""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import looks_plural
from ...lexicons import compile_regex as _rx
from ...model import Document
from .rules import _Rules
from .tokens import _tokens_after, _tokens_before
from .referents import _adverb_or_participle, sex_of
from .words import BE, DAYS, DETERMINERS, FUNCTION, INTRO_CLAUSE, NAME_LINKS, NOT_ADVERB, OPENERS, PREMODIFIERS, PREPOSITIONS, PRONOUNS, SHARES, TIME_BEFORE, TIME_NAMES, TIME_NOUNS, TIME_WORDS, TO_BEFORE, _QUOTES, _bare, _is_aux, _is_cap, _is_possessive, _name_goes_on, _without_possessive


#: "in", "during" or "at" as the first token of a sentence (as _TOKEN would cut it)
_CHANNEL_OPENER = _rx(r"\s*(?:in|during|at)(?![\w.&/%\x27\u2019-])", re.IGNORECASE)


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


def _adverbial_start(toks, i: int, strong: bool = True) -> int:
    """Where an auxiliary or adverb ending at token ``i`` starts ("has", "repeatedly") or,
    before a ``strong`` reporting verb, also "now" or a time phrase ("Walker now says",
    "Feinstein last week said"; not "Employers now seek"); ``i + 1`` when there is none."""
    w = toks[i][2]
    if w in ("later", "earlier", "ago"):
        start = _span_then_start(toks, i)
        if start <= i:
            return start
        if w == "earlier" and i > 0 and toks[i - 1][2].lower() not in DETERMINERS:
            return i        # "Goodlatte earlier asked" (not "an earlier report", a noun's adjective)
    if (_is_aux(w) and w != "May" and not (w[:1].isupper() and i > 0 and toks[i - 1][2] in (",", "and"))) \
            or (strong and w == "now") or (w == "further" and _further_is_adverb(toks, i)) \
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


_DASHES = frozenset("\u2014 \u2013 -".split())


def _skip_parens(toks, i: int) -> int:
    """Index before a parenthetical that ends at ``i``: in brackets ("Sen. Bernie Sanders
    (I-Vt.)") or between dashes ("Jason Sims \u2014 a teacher from Mount Pleasant \u2014")."""
    if i >= 0 and toks[i][2] == ")":
        j = i - 1
        while j >= 0 and i - j < 12 and toks[j][2] != "(":
            j -= 1
        if j >= 0 and toks[j][2] == "(":
            return j - 1
    elif i > 1 and _double_hyphen(toks, i):
        # typed dashes, "Kall -- co-editor of Debating The Donald -- said"
        j = i - 2
        while j > 0 and i - j < 24 and not _double_hyphen(toks, j):
            j -= 1
        if j > 1 and _double_hyphen(toks, j) and j < i - 2:
            return j - 2
    elif i > 0 and toks[i][2] in _DASHES:
        j = i - 1
        while j >= 0 and i - j < 24 and toks[j][2] != toks[i][2]:
            j -= 1
        if j > 0 and toks[j][2] == toks[i][2] and j < i - 1:
            return j - 1
    return i


def _double_hyphen(toks, i: int) -> bool:
    """Do tokens ``i - 1`` and ``i`` make "--", a dash typed as two hyphens?"""
    return toks[i][2] == "-" and toks[i - 1][2] == "-" and toks[i - 1][1] == toks[i][0]


def _left_source(toks, rules: _Rules, a: int, strong: bool = False, participle: bool = False,
                 verb: str = "") -> tuple[int, int] | None:
    """The source noun phrase that ends just before a verb (tokens ``toks`` end at the verb;
    ``participle``: the verb is an -ing form, whose subject is the phrase right before it;
    ``verb``: its form, when known).

    Skips auxiliaries and adverbs ("has repeatedly"), a parenthesis ("Sanders (I-Vt.)"), an
    appositive between commas ("Trump, the Republican nominee, said"; "Clinton, 35, the
    daughter of ..., said") and a relative "who" ("Trump, who ... , said"). A name that is the
    object of "of", "in", "at", "from" or "for" there is where someone is from or works,
    not who speaks ("Brianne Stone, 29, of Huntsville, Ala., says"; "The mayor of Chicago,
    Rahm Emanuel, said"): the walk goes on to the person before it, or takes a full name
    set off after it ("His former partner at Lenox, Lawrence B. Cummings, called").
    """
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 6:
        w = toks[i][2]
        low = w.lower()
        start = _adverbial_start(toks, i, strong)
        if start <= i:          # "has repeatedly said"; "Walker now says", "Feinstein last week said"
            skipped += i + 1 - start
            i = start - 1
        elif low == "to" and i > 0 and (toks[i - 1][2].lower() in TO_BEFORE or toks[i - 1][2].lower() == "on"):
            i -= 2 if toks[i - 1][2].lower() in TO_BEFORE else 3
            skipped += 2
        else:
            break
    i = _skip_parens(toks, i)
    if i < 0:
        return None
    w = toks[i][2]
    if w == ",":
        # an appositive or relative clause between commas, or a stray comma
        comma = i
        subject_end = i     # the comma the subject ends at, once a place or time phrase is read past
        placed = False      # a phrase was read past as where someone is from or works
        named_appositive = None     # a full name between commas after such a phrase
        for _ in range(4):
            j = comma - 1
            while j >= 0 and comma - j <= _LONG_CLAUSE and toks[j][2] not in (",", ";", ":", "\"", "\u201c", "\u201d"):
                j -= 1
            if j < 1 or toks[j][2] != "," or comma - j <= 1 or (comma - j > _CLAUSE and not _long_appositive(toks, j + 1, comma)):
                break
            inner = toks[j + 1][2]
            if inner in _APPOSITIVE_ADVERBS and j + 2 < comma:
                inner = toks[j + 2][2]      # "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called"
            if inner in _ADVERBIAL_OPENERS or (inner.endswith("ing") and inner.islower() and len(inner) > 4
                                               and inner not in _ING_PREPOSITIONS):
                # ("Smith, delivering Cross' speech, asked": a participle's phrase, read past too;
                # not "including", whose phrase names who the source is: "newspapers, including the Press,")
                # "Clinton, at a later press gaggle, said", "Whitehouse, a Democrat from Rhode
                # Island, in the name of ..., has proposed": read past it, as if it were not there
                comma = subject_end = j
                continue
            if inner in ("of", "from", "at") and comma - j > 2 and _is_cap(toks[j + 2][2]):
                placed = True       # "Mr. Mahaney, of RBC Capital Markets, said": where he works
                if not toks[j - 1][2][:1].isdigit():        # ("Jane Doe, 45, of Ames,": an age first)
                    np = _np_back(toks, _skip_parens(toks, j - 1), rules, a, strong)
                    if np is not None and not _object_of_preposition(toks, np[0]):
                        return np
                comma = j
                continue
            if inner.lower() in DETERMINERS or inner.lower() in ("who", "which", "whose") or _is_cap(inner) \
                    or inner.lower() in rules.heads or inner[:1].isdigit() or inner.lower() in ("former", "then") \
                    or _role_at_organisation(toks, j + 1, comma) \
                    or (inner.lower() in _PART_WORDS and toks[j + 2][2] == "of"):   # "many of them Catholics"
                if toks[j - 1][2].isdigit() and j >= 2 and toks[j - 2][2] == ",":
                    comma = j       # "Schiff, 56, who has served ..., told": 56 is an age, go on
                    continue
                np = _np_back(toks, _skip_parens(toks, j - 1), rules, a, strong)
                if np is not None and inner.lower() == "which" and _in_relative_clause(toks, np[0]):
                    comma = j       # "Shelby, the Republican who heads the Banking Committee, which
                    continue        # oversees the Fed, said": the committee is inside his appositive
                if np is not None:
                    if not _object_of_preposition(toks, np[0]) and _words_of(toks, np) not in rules.us_states:
                        appositive = toks[j + 1][0], toks[comma - 1][1]
                        if _names(_words_of(toks, appositive)) and not _full_name(_words_of(toks, np)):
                            named = _name_before_appositive(toks, np[0], rules, a)
                            if named is not None:
                                return named    # "Giovanni Maria Vian, the editor in chief of the
                                #                 Vatican's newspaper, L'Osservatore Romano, said": the
                                #                 second name is the newspaper's, the first is who
                            return appositive   # "The mayor of Chicago, Rahm Emanuel, said": the name
                        return np       # (not "N.C." of "Harry Bond, 30, of Raleigh, N.C., who was ...")
                    placed = True
                    if named_appositive is None and _full_name(_words_of(toks, (toks[j + 1][0], toks[comma - 1][1]))):
                        named_appositive = toks[j + 1][0], toks[comma - 1][1]   # "at Lenox, Lawrence B. Cummings,"
                # "Brianne Stone, 29, of Huntsville, Ala., says": "Huntsville" is where she is
                # from; "the organist at the Midway Baptist Church, which is ...": where she works
            comma = j
        if subject_end < i:     # the subject before the phrase, with an appositive of its own or not
            # (or an auxiliary: "U.S. officials have, in fact, praised")
            return _left_source(toks[:subject_end + 1], rules, a, strong, participle) or \
                _left_source(toks[:subject_end], rules, a, strong, participle) or \
                _np_back(toks, _skip_parens(toks, subject_end - 1), rules, a, strong)
        if placed:
            # "Johnnie Wilson, of Springfield, Va., said": who comes before the place read past
            np = _np_back(toks, _skip_parens(toks, comma - 1), rules, a, strong)
            if np is not None and not _object_of_preposition(toks, np[0]):
                return np
            if named_appositive is not None:
                return named_appositive     # "His former business partner at Lenox, Lawrence B. Cummings, called"
        if not strong:
            return None
        np = _np_back(toks, _skip_parens(toks, i - 1), rules, a, strong)
        if placed and np is not None and not _full_name(_words_of(toks, np)):
            return None     # not "Va." of "in Springfield, Va., said"; but "the Cruz slate, Kelly Schmidt, told"
        return np
    if w.lower() == "who":
        k = i - 1
        if k >= 0 and toks[k][2] == ",":
            k -= 1
        if k >= 0 and (_is_cap(toks[k][2]) or toks[i - 1][2] == "," or (strong and toks[k][2].lower() in rules.heads)):
            # "Trump, who", "Sen. Ted Cruz who"; before a strong verb of saying, a source noun:
            # "critics who say", "a campaign surrogate who said" (not "women who seek out")
            return _np_back(toks, _skip_parens(toks, k), rules, a, strong)
        return None
    if w == "that" and verb in _WORDING_VERBS and i == len(toks) - 1 and i > 1 and toks[i - 1][2].isalpha() \
            and toks[i - 1][2].islower() and toks[i - 1][2] not in FUNCTION and toks[i - 1][2] not in rules.speech_forms:
        # a thing whose words these are: "a message that said", "a sign that read" (a phrase
        # with a determiner, "that" right before the verb; not "a passion that almost suggested")
        np = _np_back(toks, i - 1, rules, a, strong)
        if np is not None and toks[_index_at(toks, np[0])][2].lower() in DETERMINERS:
            return np
        return None
    np = _np_back(toks, i, rules, a, strong)
    k = _index_at(toks, np[0]) if np is not None else -1
    if k > 0 and toks[k - 1][2].lower() in _ABOUT_PREPOSITIONS and _is_cap(toks[k][2]) and not participle:
        return None     # "Clinton's aggressive attack on Trump indicates": whom it is about, not who
        #                 (but a participle's subject: "vented about Sanders vowing to fight on")
    possessive = toks[i][2].endswith(("'s", "\u2019s", "s'", "s\u2019"))   # the cue is a noun: "Sanders' call"
    head = _head_of_relative_clause(toks, k, rules, a) if k > 1 and not participle and not possessive else None
    if head is not None:
        return head     # "Republicans who attended the meeting said": not the meeting (but "hosts
        #                 who doubted the polls showing", "people who responded to Sanders' call")
    if k > 1 and toks[k - 1][2].lower() in _SETTING_PREPOSITIONS and not _is_cap(toks[k][2]) and toks[i][2].isalpha():
        # "Stumpf in a televised interview appeared to blame": the phrase is where, the name
        # before it who (a name: not "Joining Rubio in the group seeking", nor "Tuesday during
        # a speech attacking")
        named = _np_back(toks, k - 2, rules, a, strong)
        if named is not None:
            first = toks[_index_at(toks, named[0])][2]
            if _is_cap(first) and not first.endswith("ing") and first.lower().rstrip(".") not in TIME_NAMES:
                return named
    return np


def _head_of_relative_clause(toks, k: int, rules: _Rules, a: int) -> tuple[int, int] | None:
    """The noun phrase before "who" when the phrase at token ``k`` is the object that ends
    its relative clause: "Democrats in Iowa who watched the Saturday debate [said]", "Many of
    the people who came to the rally [said]" (who, a verb and up to two more lower-case
    words, then the phrase). Not when the phrase follows "who" at once ("voters who Mr. Trump
    says are angry": he says it) or a determiner does ("a candidate who many party members
    oppose")."""
    w = k - 1
    while w > 0 and k - w <= 4 and toks[w][2].isalpha() and toks[w][2].islower() and toks[w][2] not in ("who", "and", "or"):
        w -= 1
    if w < 1 or w == k - 1 or toks[w][2] != "who" or toks[w + 1][2] in DETERMINERS or toks[w + 1][2] in _QUANTIFIERS:
        return None
    return _np_back(toks, w - 1, rules, a)


def _name_before_appositive(toks, start: int, rules: _Rules, a: int) -> tuple[int, int] | None:
    """The full name set off by a comma before the phrase holding the token at ``start``, when
    that phrase opens with a lower-case word and is the name's appositive ("Giovanni Maria
    Vian, | the editor in chief of the Vatican's official newspaper"), or None."""
    k = _index_at(toks, start)
    c = k - 1
    while c > 0 and k - c <= _CLAUSE and toks[c][2] not in (",", ";", ":", "(", ")") and toks[c][2] not in _QUOTES:
        c -= 1
    if c < 1 or toks[c][2] != "," or not toks[c + 1][2].islower():
        return None
    named = _np_back(toks, c - 1, rules, a)
    if named is None or _object_of_preposition(toks, named[0]):
        return None     # "In New Hampshire, the state's top Republican, Jeff Kaufmann, said": a place
    words = _words_of(toks, named)
    return named if _full_name(words) and words not in rules.us_states else None


def _words_of(toks, span: tuple[int, int]) -> str:
    """The words of the tokens inside ``span``, joined by single spaces."""
    return " ".join(t[2] for t in toks if span[0] <= t[0] and t[1] <= span[1])


def _names(words: str) -> bool:
    """A full name, or names joined by "and" ("Ted Cruz and Marco Rubio", "Clinton and
    Sanders"): who a role set off before them is."""
    parts = words.split(" and ")
    if len(parts) == 1:
        return _full_name(words)
    return all(p and all(map(_is_cap, p.split())) for p in parts)


def _full_name(words: str) -> bool:
    """Two or more capitalised words, two of them no abbreviation: a person's name, most likely
    ("Kelly Schmidt", "Gen. Joseph F. Dunford Jr."; not "Va.", "N.Y.", "the University")."""
    parts = words.split()
    return all(map(_is_cap, parts)) and sum(1 for p in parts if not p.endswith(".")) >= 2


#: prepositions whose object is a place or a body, not who speaks (not "by": "a book by John
#: Smith, published in 2010, argues" may cite Smith)
_PLACE_PREPOSITIONS = frozenset("of in at from near outside inside for on".split())


def _index_at(toks, start: int) -> int:
    """The index of the token that starts at ``start`` (looked for from the end, where the
    callers' tokens are), or -1."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k][0] == start:
            return k
        if toks[k][0] < start:
            break
    return -1


#: verbs whose subject may be a thing with words on it ("a sign that read", "a letter that says")
_WORDING_VERBS = frozenset("said says read reads stated states".split())
#: prepositions whose object is what something is about or aimed at, never who speaks
_ABOUT_PREPOSITIONS = frozenset("on against about toward towards over upon".split())
#: prepositions of a setting between a subject and its verb ("Stumpf in a televised interview")
_SETTING_PREPOSITIONS = frozenset("in during at on via through".split())


def _in_relative_clause(toks, start: int) -> bool:
    """Does the phrase starting at ``start`` follow "who" or "that" within its stretch between
    commas ("the Alabama Republican who heads the Senate Banking Committee")?"""
    k = _index_at(toks, start) - 1
    while k >= 0 and toks[k][2] != ",":
        if toks[k][2].lower() in ("who", "that"):
            return True
        k -= 1
    return False


def _object_of_preposition(toks, start: int, prepositions: frozenset[str] = _PLACE_PREPOSITIONS) -> bool:
    """Does one of ``prepositions`` come just before the token starting at ``start``?"""
    k = _index_at(toks, start)
    return k > 0 and toks[k - 1][2].lower() in prepositions


def _issuer(source: tuple[int, int], text: str, rules: _Rules, a: int) -> tuple[int, int] | None:
    """Who put out the message that is ``source``: "Trump issued a statement saying ...", "His
    office put out a statement Tuesday saying ...", "Trump released a marketing video that
    said ..." cite Trump and his office, not the statement or the video, which are only how
    they spoke. The source must hold a message noun (``channels``: statement, letter, video,
    press release ...) after at most three lower-case words ("a new radio ad"), and follow a
    verb of putting out (``issuing_verbs``, with "out" and a determiner the source may have
    left behind: "a statement Tuesday" is found as "statement Tuesday"); the subject of that
    verb is then the source, found as any verb's. None when the message is no such object,
    or its verb has no subject before it."""
    s, e = source
    words = text[s:e].split()
    for k, word in enumerate(words[:4]):
        if not word.islower():
            return None       # "Trump's statement", "the Washington Post video": owned, or a name
        if word.strip(",.") in rules.channels or " ".join(words[k:k + 2]) in rules.channels:
            break
    else:
        return None
    issued = rules.issued_before.search(text, max(a, s - 30), s)
    if issued is None:
        return None
    verb = issued.start()
    return _left_source(_tokens_before(text, max(a, verb - 200), verb), rules, a, strong=True,
                        verb=text[verb:issued.end()].split()[0].lower())


def _role_at_organisation(toks, start: int, end: int) -> bool:
    """Do tokens ``start`` to ``end`` (an appositive between commas) read as a job at a named
    body: up to three lower-case words, then "at", "of" or "for" and a capitalised word ("head
    trader at Travelers Investment Management Co.", "market analyst at A.G. Edwards")?"""
    k = start
    while k < end and k - start < 3 and toks[k][2].isalpha() and toks[k][2].islower() \
            and toks[k][2] not in ("at", "of", "for"):
        k += 1
    if not (start < k < end - 1 and toks[k][2] in ("at", "of", "for") and _is_cap(toks[k + 1][2])):
        return False
    # a clause is no job title: "even as shares of Valeant were tumbling"
    return not any(t[2] in BE or t[2] in _NOT_A_ROLE or (t[2].islower() and t[2].endswith(("ing", "ed")))
                   for t in toks[start:end])


#: lower-case words between a capitalised modifier and a role ("Republican presidential nominee",
#: "Democratic vice presidential candidate")
_ROLE_MODIFIERS = frozenset("presidential vice vice-presidential senior former longtime top chief political "
                            "party state national congressional".split())


def _long_appositive(toks, k: int, end: int) -> bool:
    """May the tokens ``k`` to ``end`` between commas, more than _CLAUSE of them, be one
    appositive? Only a relative clause ("Mr. Birdthistle, who worked for ..., points") or a
    noun phrase with one ("Rich Heffley, a top GOP operative who played a major role in ...,
    said"), not the tail of a list ("250,000 Iowans are expected ... who would bar ...")."""
    first = toks[k][2].lower()
    return (first in ("who", "whose") or first in DETERMINERS) and any(t[2] in ("who", "whose") for t in toks[k:end])


def _title_object(word: str, rules: _Rules) -> bool:
    """Can ``word`` end a title with "of" ("state" of "secretary of state", "staff" of "chief
    of staff")? A lower-case singular noun: not a determiner ("president of the United
    Federation"), a plural or a modifier ("a group of disaffected Ethiopians", "a family of
    super PACs"), nor a role ("the wife of candidate John Smith")."""
    return word.isalpha() and word.islower() and word not in DETERMINERS and word not in rules.heads \
        and not looks_plural(word) and not word.endswith("ed") and word not in FUNCTION


#: how many tokens an appositive or a phrase between commas before a verb may hold; one with
#: a relative clause ("who", "whose"), up to _LONG_CLAUSE (:func:`_long_appositive`)
_CLAUSE, _LONG_CLAUSE = 24, 40
#: honorifics, before which a name has no role ("a campaign Mr. Khan has called")
_HONORIFICS = frozenset("Mr. Mrs. Ms. Miss Mr Mrs Ms".split())
#: lower-case words that open a place or time phrase set off by commas between a source
#: and its verb ("Clinton, at a later press gaggle, said", "Trump, in a statement, said",
#: "Cruz, with unconcealed delight, chided")
_ADVERBIAL_OPENERS = frozenset("at in on during after before speaking however meanwhile though too instead "
                                "for among like with without despite amid".split())
#: adverbs that may open an appositive before its noun phrase ("also a candidate", "now a senator",
#: "long a vocal advocate")
_APPOSITIVE_ADVERBS = frozenset("also now then still once long himself herself itself".split())
#: prepositions in -ing, which open no participle's phrase ("18 percent, according to ..., compared")
_ING_PREPOSITIONS = frozenset("including according regarding concerning excluding following considering".split())
#: words that open a clause or an adverbial, never a job title
_NOT_A_ROLE = frozenset("even as while when after before if because since though although until has have had "
                        "will would could should can may might".split())


def _np_back(toks, i: int, rules: _Rules, a: int, strong: bool = False) -> tuple[int, int] | None:
    """A noun phrase ending at token ``i``: a pronoun, a capitalised name (with a role before
    it: "Republican candidate Donald Trump"; with the source noun whose preposition it follows:
    "A spokesman for Hillary Clinton"), a phrase headed by a source noun (with what it is
    joined to by "and", or the relative clause that ends it: "executives who run news
    organizations"), a share ("six in 10"), a plural source noun's phrase that ends in another
    noun ("Members of the conservative press"), or, after a ``strong`` verb, any phrase with a
    determiner ("the airline")."""
    if i < 0:
        return None
    w = toks[i][2]
    low = w.lower()
    if _bare(w) in PRONOUNS:
        return toks[i][0], toks[i][1]
    if i > 1 and toks[i - 1][2] == "@" and toks[i - 1][1] == toks[i][0] and len(w) > 1 and not (
            toks[i - 2][1] == toks[i - 1][0] and toks[i - 2][2][-1:].isalnum()):
        # an @handle names its owner: "one Twitter user @nycsouthpaw pointed out" (not an
        # e-mail address, "me@example.com", nor a reply's addressee opening a post, "@user thanks")
        return toks[i - 1][0], toks[i][1]
    if low in _GROUP_PRONOUNS and i > 1 and toks[i - 1][2].lower() == "of" and _is_part_word(toks[i - 2][2]):
        return toks[i - 2][0], toks[i][1]   # "One of them said", "most of us believe": part of a group named before
    first = toks[i][0] == a or (i > 0 and toks[i - 1][2] in _QUOTES and toks[i - 1][0] == a)
    if _is_cap(w) and not (first and low in rules.heads) and not _is_possessive(w):
        j = i
        while j > 0:
            p = toks[j - 1][2]
            if _is_cap(p):
                j -= 1
            elif p.lower() in NAME_LINKS and j > 1 and _is_cap(toks[j - 2][2]):
                j -= 2
            else:
                break
        # a role before the name: "campaign manager Robby Mook", "Republican candidate Donald Trump";
        # none before an honorific ("a campaign Mr. Khan has called": no one writes "manager Mr. X")
        r, roles = j, 0
        if toks[j][2] in _HONORIFICS:
            r = 0
        if r >= 3 and toks[r - 2][2] == "of" and toks[r - 3][2] in rules.heads and _title_object(toks[r - 1][2], rules) \
                and _full_name(_words_of(toks, (toks[j][0], toks[i][1]))):
            r -= 2      # a title with "of": "secretary of state John Kerry", "chief of staff Reince Priebus"
            #             (not "the wife of candidate John Smith": the candidate is not the wife)
        while r > 0 and roles < 3 and toks[r - 1][2].islower() and (
                toks[r - 1][2] in rules.heads or (roles and toks[r - 1][2] in _ROLE_MODIFIERS)):
            r -= 1      # "presidential nominee Hillary Clinton": a modifier only before a role word
            roles += 1
            if roles == 1 and r > 1 and toks[r - 1][2] == "and" and toks[r - 2][2] in rules.heads:
                r -= 1      # two roles: "chief pollster and strategist Joel Benenson"
        if roles:
            q = r
            while q > 0 and r - q < 3 and (_is_cap(toks[q - 1][2]) or _is_possessive(toks[q - 1][2])):
                q -= 1
            j = q
        if j > 0 and toks[j - 1][2].lower() == "the":
            j -= 1
        while j < i and toks[j][2].lower() in OPENERS and toks[j][0] == a:
            j += 1     # "But Trump said": "But" opens the sentence, it is not part of the name
        if toks[j][2].lower() in OPENERS and j == i:
            return None
        if j > 2 and toks[j - 1][2].isdigit() and _share_before(toks, j - 1):
            j -= 3      # "Four in 10 Republicans said": a share of the group
        holder = _affiliation_holder(toks, j, rules, a)
        if holder is not None:
            return holder, _name_end(toks[i])
        if j > 1 and toks[j - 1][2].lower() in _OUTER_PREPOSITIONS:
            # the name is the object of a source noun's preposition: "A spokesman for Hillary
            # Clinton said", "Critics in the United States argue", "The head of the FBI said";
            # a day or a month is when, not part of who ("federal prosecutors in April charged");
            # not a role set off after a name, nor a predicate ("Felicia Wong, president of the
            # Roosevelt Institute,", "Swanson, who is a pastor at the Reformation Church"): the
            # name is then left to the appositive rules of _left_source, as it was
            outer = _source_noun_before(toks, j - 2, rules, a)
            if outer is not None and not _describes_someone(toks, outer[0]):
                if toks[i][2].lower().rstrip(".") in TIME_NAMES:
                    return outer
                return outer[0], _name_end(toks[i])
        return toks[j][0], _name_end(toks[i])
    if low.isdigit() or low in SHARES or _is_number(low):
        # "six in 10 say", "a third said", "43 percent said", "42% say", "Forty-two percent said"
        j = i
        while j > 0 and j > i - 5 and (toks[j - 1][2].lower() in _SHARE_WORDS or _is_number(toks[j - 1][2].lower())
                                       or toks[j - 1][2].lower() in SHARES):
            j -= 1
        if low.isdigit() and j == i and len(low) > 3:
            return None      # a bare year
        return toks[j][0], toks[i][1]
    if low in rules.heads or (strong and w.isalpha() and w.islower() and low not in FUNCTION and len(low) > 2
                              and not _is_aux(w)):
        j, mods, determined = i, 0, False
        while j > 0 and mods < 4:
            p = toks[j - 1][2]
            lp = p.lower()
            if p.isdigit() and j > 1 and toks[j - 2][2].lower().rstrip(".") in TIME_NAMES:
                j -= 2      # a date, "the Nov. 8 election": a modifier, not a share or a count
                mods += 1
                continue
            if lp in DETERMINERS or _is_possessive(p) or p[:1].isdigit():
                j -= 1
                determined = True
                break
            if lp in FUNCTION or not p[:1].isalnum() or (_is_aux(p) and lp not in ("long",)) \
                    or p.islower() and (lp in TIME_NOUNS or lp in ("century", "decade")
                                        or lp in rules.speech_forms or lp in rules.stance_forms):
                # "By the end of the century scientists had embraced": the time is no modifier;
                # "Maher also suggested American politicians don't": nor is a verb of saying
                break
            j -= 1
            mods += 1
        # "a spokesman for the Clinton campaign", "Several supporters of reform", "former
        # secretary of state": attach the head noun before the preposition
        if j > 1 and toks[j - 1][2].lower() in PREPOSITIONS:
            outer = _source_noun_before(toks, j - 2, rules, a)
            if outer is not None:
                return outer[0], toks[i][1]
        if low not in rules.heads and not determined and not low.endswith("s"):
            return None      # "... and tax said": a strong verb still needs a noun phrase
        # "Seven in 10 voters say", "two of three Republicans": a share of the group
        if j > 1 and toks[j][2][:1].isdigit() and _share_before(toks, j):
            return toks[j - 2][0], toks[i][1]
        if j > 1 and toks[j - 1][2] in ("and", "or") and toks[j - 2][2].lower() not in _PART_WORDS:
            # "Voters and activists say", "Politicians and even some technologists say": both
            # (a source noun before "and", not a name: "Trump beat Clinton and analysts said")
            first = _source_noun_before(toks, j - 2, rules, a)
            if first is not None:
                return first[0], toks[i][1]
        if j > 1 and toks[j - 1][2].lower() in ("who", "that") \
                and toks[j][2].islower() and toks[j][2] not in DETERMINERS and toks[j][2] not in _QUANTIFIERS:
            # the phrase ends a relative clause whose verb follows "who": "executives who run news
            # organizations (almost universally) say" is said by the executives (not "a candidate
            # who many party members oppose", "told friends that the candidate knew")
            antecedent = _source_noun_before(toks, j - 2, rules, a)
            if antecedent is not None:
                return antecedent[0], toks[i][1]
        if toks[j][2].lower() in OPENERS and j < i and toks[j][0] == a:
            j += 1
        return toks[j][0], toks[i][1]
    if w.isalpha() and w.islower() and low not in FUNCTION and not _is_aux(w) and not low.endswith("ly"):
        # a plural source noun's phrase that ends in another noun: "Members of the conservative
        # press accused", "Critics of the deal argue" (up to three words after the preposition;
        # a plural of people, not "the release of the November jobs [report]")
        for k in range(i - 1, max(i - 5, 0), -1):
            p = toks[k][2].lower()
            if p in _OUTER_PREPOSITIONS:
                outer_head = _head_of(toks, k - 1)
                if outer_head not in rules.study_heads and looks_plural(outer_head) \
                        and not _describes_someone(toks, toks[k - 1][0]):
                    outer = _source_noun_before(toks, k - 1, rules, a)
                    if outer is not None:
                        return outer[0], toks[i][1]
                break
            if (p in FUNCTION and p != "the") or not toks[k][2][:1].isalnum() or _is_aux(toks[k][2]) \
                    or p.endswith("ly"):
                break
    return None


_QUANTIFIERS = frozenset("""some many most several numerous various certain countless other others a few
lots plenty it is are was were reportedly reputedly purportedly supposedly allegedly rumor rumors rumour
rumours speculation""".split())
_PERSON_PLURAL = _rx(r"(?:ers|ors|ists|ians|ants|ents|ates|ives|ees|people|men|women|children|families|"
                            r"folks|friends|allies|americans|residents|members|parents|neighbors|neighbours)$")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands "
                          "millions both".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_NUMBER_WORD_PARTS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                               "fifteen sixteen seventeen eighteen nineteen hundred".split()) | _TENS


def _is_number(low: str) -> bool:
    """A lower-case token written as a number: "10", "42%", "1,200", "forty-two", "twelve"."""
    if low[:1].isdigit():
        return low.rstrip("%").replace(",", "").replace(".", "").isdigit()
    return all(part in _NUMBER_WORD_PARTS for part in low.split("-"))


def _share_before(toks, k: int) -> bool:
    """Do the two tokens before token ``k`` (the whole, "10") make it a share: a number and
    "in" or "of" ("Seven in 10", "two of three")? ``k`` is at least 2."""
    return toks[k - 1][2].lower() in ("in", "of") and _is_number(toks[k - 2][2].lower())


#: the pronouns a part of a group is taken from: "one of them", "many of us", "some of you"
_GROUP_PRONOUNS = frozenset("them us you those these".split())
#: the words naming that part (with the number words of ``_is_number``)
_PART_WORDS = frozenset("some many most all both each none several few half neither either any".split())


def _is_part_word(word: str) -> bool:
    low = word.lower()
    return low in _PART_WORDS or (not low[:1].isdigit() and _is_number(low))


_SHARE_WORDS = frozenset("in of about nearly almost roughly some a than more less fewer just only over under "
                         "around two-thirds three-quarters".split())
_PARTICIPLES = frozenset("released published conducted issued commissioned taken done sponsored funded completed "
                         "compiled obtained reviewed carried out by of in on from last this earlier".split())


def _study_before(toks, rules: _Rules, a: int) -> tuple[int, int] | None:
    """A study noun a few words before the verb, across a participial phrase ("a poll released
    Monday by CNN found", "records compiled by the Center for ... show")."""
    for i in range(len(toks) - 1, max(-1, len(toks) - 13), -1):
        w = toks[i][2]
        if w in (",", ";", ":", "\"", "\u201c", "\u201d") or (w.islower() and (w in rules.speech_forms or
                                                                             w in rules.stance_forms)):
            return None
        if w.lower() in rules.study_heads and i < len(toks) - 1 and toks[i + 1][2].lower() in _PARTICIPLES:
            return _np_back(toks, i, rules, a)
    return None


#: prepositions after a source noun whose object belongs to the source ("a spokesman for
#: Hillary Clinton"); not "to" or "on" ("tying the House bill to Rubio", "the polls on Super Tuesday")
_OUTER_PREPOSITIONS = frozenset("for of at with from in".split())


def _describes_someone(toks, start: int) -> bool:
    """Does the phrase that starts at ``start`` describe someone named before it: set off by
    a comma after a name, or after a name and an age ("Felicia Wong, president of the
    Roosevelt Institute,", "Cecelia Purner, 67, a retired customer service representative in
    Allentown,"), or after a form of "be" ("Swanson, who is a pastor at the Reformation Church")?"""
    k = _index_at(toks, start)
    if k < 2:
        return False
    if toks[k - 1][2].lower() in BE:
        return True
    if toks[k - 1][2] != ",":
        return False
    if toks[k - 2][2].isdigit() and k > 3 and toks[k - 3][2] == ",":
        k -= 2
    return _is_cap(toks[k - 2][2])


#: prepositions that tie a person to the body they work for: "Larry Sabato of the University
#: of Virginia", "Jane Doe at the Brookings Institution", "John Smith with the Heritage Foundation"
_AFFILIATIONS = frozenset("of at with from".split())
#: a lower-case modifier between "the" and a body's name ("the anti-Trump National Review")
_BODY_MODIFIER = _rx(r"[a-z]+(?:-[A-Za-z]+)*")


def _affiliation_holder(toks, j: int, rules: _Rules, a: int) -> int | None:
    """Where the person starts whose place of work is the body named from token ``j`` ("the
    Heritage Foundation"): a full name, perhaps with a role before it, then "of", "at",
    "with" or "from", then "the" and the body, with up to two lower-case modifiers ("John
    Smith of the Heritage Foundation said", "Jonah Goldberg of the anti-Trump National Review
    wrote": Smith and Goldberg speak, not the body). A body without "the" is part of the
    name's run already ("Patrick Murray of Monmouth University"). Two capitalised words are
    taken whole though they name a body ("The Bank of the West said", "The Tax Policy Center
    at the Urban Institute ... estimates": not "the West"); one capitalised word, alone or
    beside abbreviations only ("Gov. Smith"), is not taken (:func:`_full_name`)."""
    k = j
    if toks[k][2].lower() != "the":
        while k > 0 and j - k < 2 and _BODY_MODIFIER.fullmatch(toks[k - 1][2]) and toks[k - 1][2] not in FUNCTION \
                and toks[k - 1][2] != "the":
            k -= 1
        if k == 0 or toks[k - 1][2].lower() != "the":
            return None
        k -= 1
    if k < 3 or toks[k - 1][2].lower() not in _AFFILIATIONS:
        return None
    end = k - 2         # the last word of the name
    start = end
    while start > 0 and _is_cap(toks[start - 1][2]):
        start -= 1
    if not _full_name(_words_of(toks, (toks[start][0], toks[end][1]))) or _is_possessive(toks[end][2]):
        return None
    person = _np_back(toks, end, rules, a)
    return person[0] if person is not None and person[0] <= toks[start][0] else None


def _source_noun_before(toks, k: int, rules: _Rules, a: int) -> tuple[int, int] | None:
    """The noun phrase that ends at token ``k`` when its head there is a source noun, else
    None: the source a phrase after it belongs to ("A spokesman" of "A spokesman for Hillary
    Clinton", "Members" of "Members of the conservative press", "executives" of "executives
    who run news organizations", "Voters" of "Voters and activists")."""
    if _head_of(toks, k) not in rules.heads:
        return None
    return _np_back(toks, k, rules, a)


def _head_of(toks, i: int) -> str:
    return toks[i][2].lower() if 0 <= i < len(toks) else ""


#: a party and perhaps a state after a name: "R", "D-Mass.", "R-N.J.", "I-Vt."
_PARTY_TAG = _rx(r"[RDI](?:-[A-Z][A-Za-z.]*)?")


def _role_form(word: str) -> str:
    """A lower-case token as it is looked up among the role nouns: without a full stop, a
    possessive or a hyphenated tail ("nominee.", "senator’s", "nominee-in-waiting"); a
    "co-" or "vice-" role whole ("co-host"), an "ex-" role without it ("ex-governor")."""
    form = _without_possessive(word.rstrip("."))
    first, _, rest = form.partition("-")
    if first in ("co", "vice"):
        return form
    return rest.partition("-")[0] if first == "ex" else first


def _name_end(tok) -> int:
    s, e, w = tok
    if w.endswith(".") and w.count(".") == 1 and len(w) > 3:
        return e - 1       # "Trump." at the end of a window
    return e


#: a lower-case role with "of" ("master of ceremonies", "director of communications", "head of the")
_ROLE_OF = _rx(r"[a-z]{3,} of [a-z]{3,}")


#: endings of agent nouns, the shape of a role ("marathoner", "speechwriter", "constituent",
#: "incumbent", "novelist", "historian", "nominee"); no verb of "Hillary Clinton won South
#: Dakota's" or "Todd pressed Republican National Chairman Reince Priebus" has them
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")


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


#: after a past participle opening a sentence, the words that make it a clause ("Pressed by")
_PREPOSITIONS_AFTER_PARTICIPLE = frozenset("by at about with in on for from to over during after".split())
#: the same and the particles of phrasal verbs, after an uncommon -ing form ("Filling in for")
_PARTICLES_AFTER_ING = _PREPOSITIONS_AFTER_PARTICIPLE | frozenset("up out off down back through into".split())
#: a wire story's dateline: "WASHINGTON, Dec. 8 (UPI) —", "PARIS, Aug 31 (Reuters) -", "BEIRUT —",
#: with its state or country: "ORLANDO, Fla. (Reuters) -", "SAN JUAN, Puerto Rico —"
_DATELINE = _rx(r"[A-Z][A-Z.\x27-]+(?:\s+[A-Z][A-Z.\x27-]+)*(?:,\s*[A-Z][A-Za-z.]{1,13}(?:\s[A-Z][a-z.]+)?)?"
                r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*"
                r"(?:\([A-Za-z. ]{2,20}\)\s*)?(?:[\u2014\u2013]|(?<=\s)--?(?=\s))\s*")


#: the word that ends a time phrase opening a sentence ("Moments later,", "A year ago,",
#: "The day before,")
_TIME_PHRASE_ENDS = frozenset("later earlier ago afterward afterwards before".split())
#: endings of -ly adverbs that no name has ("Domestically,", "Privately,", "Frankly,";
#: not "Kelly," or "Connolly,", whose appositive may follow)
_ADVERB_ENDINGS = ("ally", "ously", "ively", "fully", "ently", "antly", "lessly", "ably", "ibly", "ately", "arly",
                   "nkly", "ntly", "ctly", "edly", "ingly")


def _time_phrase_end(toks: list, k: int) -> int | None:
    """Where the subject starts after a time phrase of up to four words that ends in
    "later", "earlier", "ago" or "before" and a comma ("Moments later, Rubio took the stage"), or None."""
    for j in range(k + 1, min(k + 5, len(toks))):
        if toks[j][2] == ",":
            return j + 1 if toks[j - 1][2].lower() in _TIME_PHRASE_ENDS else None
    return None


def _subject_at_start(doc: Document, a: int, b: int, rules: _Rules) -> tuple[int, int] | None:
    """The subject at the start of a sentence, after an opener or an introductory clause."""
    text = doc.text
    toks = _tokens_after(text, a, min(b, a + 200))
    k = 0
    while k < len(toks) and toks[k][2] in _QUOTES:
        k += 1
    dateline = _DATELINE.match(text, toks[k][0], b) if k < len(toks) and toks[k][2].isupper() else None
    if dateline:        # "PARIS, Aug 31 (Reuters) - France's ... leader": the dateline is no subject
        while k < len(toks) and toks[k][0] < dateline.end():
            k += 1
    for _ in range(3):
        if k >= len(toks):
            return None
        low = toks[k][2].lower()
        if low in INTRO_CLAUSE or _adverb_or_participle(low) or (
                low.endswith("ed") and k + 1 < len(toks) and toks[k + 1][2] in _PREPOSITIONS_AFTER_PARTICIPLE) or (
                low.endswith("ing") and len(low) > 5 and k + 1 < len(toks) and toks[k + 1][2] in _PARTICLES_AFTER_ING
                and toks[k][2] not in _capitalised_inside(doc)):
            # ("Having announced that ..., Judge Berman proceeded", "Preceded at the lectern by
            # Joe Arpaio, Trump launched", "Filling in for Sanders ..., West landed": a
            # participle's clause too; not a name in -ing the article writes mid-sentence,
            # "Manning in a statement said")
            j = k + 1
            while j < len(toks) and j - k < 24 and toks[j][2] != ",":
                j += 1
            if j >= len(toks) or toks[j][2] != ",":
                return None
            k = j + 1
            while k < len(toks) and toks[k][2] in _QUOTES and toks[k][0] == toks[k - 1][1]:
                k += 1      # a quotation closing after the comma: 'for “Dateline,” Marcel Lehel stated'
            m = k
            while m < len(toks) and m - k < 2 and _is_cap(toks[m][2]):
                m += 1
            if k < m < len(toks) and toks[m][2] == "," and _is_cap(toks[j - 1][2]) \
                    and _words_of(toks, (toks[k][0], toks[m - 1][1])) in rules.us_states:
                k = m + 1       # "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton": a city's state
        elif low in OPENERS:
            k += 1
            if k < len(toks) and toks[k][2] == ",":
                k += 1
        elif (time_phrase := _time_phrase_end(toks, k)) is not None:
            k = time_phrase     # "Moments later, Rubio", "Two days earlier, Mr. Cruz"
        elif k + 1 < len(toks) and toks[k + 1][2] == "," and low.endswith(_ADVERB_ENDINGS):
            k += 2              # "Domestically, Obama has": an adverb of manner or view, no name
        else:
            break
    if k < len(toks) and toks[k][2].lower() in ("a", "an"):
        comma = next((j for j in range(k + 1, min(k + 9, len(toks))) if toks[j][2] == ","), None)
        named = _named_after_appositive(toks, comma + 1, rules) if comma is not None else None
        if named is not None:
            return named     # "A high school graduate, Lazar had": the appositive describes the subject after it
    np = _np_forward(toks, k, rules)
    if np is None:
        return None
    s, e = np
    # the next word should be a verb or an auxiliary (lower case), not more of a title; a
    # party and state in brackets is read past ("Gov. Chris Christie (R), a staunch ally,")
    after = next((i for i, t in enumerate(toks) if t[0] >= e), len(toks))
    if after + 2 < len(toks) and toks[after][2] == "(" and toks[after + 2][2] == ")" \
            and _PARTY_TAG.fullmatch(toks[after + 1][2]):
        after += 3
    nxt = toks[after] if after < len(toks) else None
    if nxt is None or not (nxt[2][:1].islower() or nxt[2] == ","):
        return None
    word = text[s:e]
    head = word[word.rfind(" ") + 1:]
    if nxt[2] == "," and head.islower() and not looks_plural(head):
        named = _name_in_appositive(toks, after + 1, rules)
        if named is not None:
            return named     # "One delegate, party chairwoman Nancy Worley, pledged": Worley
    # "Remember those talks?": capitalised only because it opens the sentence; but "He", "She"
    # and "They" opening it are its subject (not after a quotation mark: that one is quoted).
    # The cheap set look-up first: the look-up in _capitalised_inside is rarely needed.
    if " " not in word and _is_cap(word) and not word.isupper() and word.lower() in _easy_words() \
            and not (k == 0 and word.lower() in ("he", "she", "they")) and word not in _capitalised_inside(doc):
        return None
    return s, e


def _named_after_appositive(toks, k: int, rules: _Rules) -> tuple[int, int] | None:
    """The subject named at token ``k``, after an indefinite appositive that opens the
    sentence ("A high school graduate, Lazar had ...", "A lawyer by training, he says"): a
    capitalised phrase or a personal pronoun, then a lower-case word (its verb), or a full
    name, then a comma."""
    np = _np_forward(toks, k, rules)
    if np is None or toks[k][2].lower() in DETERMINERS or not (_is_cap(toks[k][2]) or toks[k][2] in ("he", "she", "they")):
        return None
    after = next((i for i in range(k, len(toks)) if toks[i][0] >= np[1]), len(toks))
    if after >= len(toks):
        return None
    verb = toks[after][2]
    if verb in ("and", "or") or (after + 1 < len(toks) and toks[after + 1][2] == ","):
        return None    # a list ("A coalition of civil rights groups, Democratic lawyers and ..."), or a
        #                 report set in ("A Clinton presidency, she vowed, would")
    if verb[:1].islower() or (verb == "," and _full_name(_words_of(toks, np))):
        return np      # its verb, or a full name set off in turn ("A spokesman for ..., Brian Fallon, said")
    return None


def _name_in_appositive(toks, k: int, rules: _Rules) -> tuple[int, int] | None:
    """The person an appositive starting at token ``k`` names, when it ends in a full name,
    a comma and a lower-case word (the verb), and it tells the person's sex by a title, a role
    or a given name ("One delegate, Alabama party chairwoman Nancy Worley, pledged";
    "Clinton's spokesman, Brian Fallon, said"): the subject before it is a common noun
    that the name makes definite. Not a plural ("Other candidates, including Carly Fiorina and
    Ben Carson, have"), a list ("..., Ted Cruz and ...") nor a body ("The group, Human Rights
    Watch, said": no sex)."""
    j = k
    while j < len(toks) and j - k < 10 and toks[j][2] not in (",", "and", "or", "including"):
        j += 1
    if j + 1 >= len(toks) or toks[j][2] != "," or not toks[j + 1][2][:1].islower() or toks[j + 1][2] in ("and", "or"):
        return None
    m = j
    while m > k and _is_cap(toks[m - 1][2]):
        m -= 1
    span = toks[m][0], toks[j - 1][1]
    if j - m < 2 or not _full_name(_words_of(toks, span)) \
            or sex_of([t[2] for t in toks[k:j]], rules.female, rules.male) is None:
        return None
    return span


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """readability's easy-word list, imported on first use, then kept (no import per call)."""
    from ..readability import easy_words

    return easy_words()


# the capital first, then the look-behind (over it): same matches as "(?<=[a-z,;]\s)[A-Z]...",
# but the engine tests one character class at most positions instead of a look-behind
_MID_CAP = _rx(r"[A-Z](?<=[a-z,;]\s[A-Z])[\w\x27\u2019.-]*")
_CAPS_CACHE: dict[int, "_CapitalisedInside"] = {}


def _capitalised_inside(doc: Document) -> "_CapitalisedInside":
    """Capitalised words the document also uses inside a sentence (so probably names), as a
    container: ``word in _capitalised_inside(doc)``. Kept per document."""
    key = id(doc)
    hit = _CAPS_CACHE.get(key)
    if hit is not None and hit.text is doc.text:
        return hit
    if len(_CAPS_CACHE) > 64:
        _CAPS_CACHE.clear()
    hit = _CAPS_CACHE[key] = _CapitalisedInside(doc.text)
    return hit


#: words asked of one document before its whole text is scanned once (bounds the cost of a
#: long document asked of many words)
_FEW_WORDS = 8


class _CapitalisedInside:
    """The words _MID_CAP finds in ``text``, trailing dots stripped, as a container.

    A document is asked of a word or two, if at all (a sentence opened by a capitalised easy
    word: "Remember those talks?"), so each answer looks only where the word occurs
    (``str.find``), with _MID_CAP anchored there, instead of scanning the whole text with
    it: its [A-Z] lead has ``re`` test every character, a tenth of the citation work on a
    document asked at all. The same answer: a match of _MID_CAP starts after white space,
    which no match holds, so no match holds the start of another, and finditer's matches
    are all the places where _MID_CAP matches; a match whose text, dots stripped, is
    ``word`` starts with ``word``. The look-behind sees the text before the anchor (``re``
    looks behind from the start of the string, not from ``pos``). Past _FEW_WORDS words the
    whole text is scanned once, as it was for every document before.
    """

    __slots__ = ("text", "_answers", "_words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._answers: dict[str, bool] = {}
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is not None:
            return word in self._words
        answer = self._answers.get(word)
        if answer is None:
            if len(self._answers) >= _FEW_WORDS:
                self._words = frozenset(m[0].rstrip(".") for m in _MID_CAP.finditer(self.text))
                return word in self._words
            answer = self._answers[word] = self._found(word)
        return answer

    def _found(self, word: str) -> bool:
        text = self.text
        at = text.find(word) if word else -1      # every match holds a capital: never ""
        while at >= 0:
            m = _MID_CAP.match(text, at)
            if m is not None and m[0].rstrip(".") == word:
                return True
            at = text.find(word, at + 1)
        return False
