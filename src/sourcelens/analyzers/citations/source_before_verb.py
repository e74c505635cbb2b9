"""The source before a verb (:func:`_left_source`): the noun phrase that ends just before it,
past a parenthesis ("Sen. Bernie Sanders (I-Vt.) said", "Jason Sims — a teacher from Mount
Pleasant — said"), an appositive or a relative clause between commas ("Trump, the Republican
nominee, said", "Trump, who ..., said") and a place or a body where someone is from or works
("Brianne Stone, 29, of Huntsville, Ala., says", "The mayor of Chicago, Rahm Emanuel, said").
Also who put out a message ("Trump issued a statement saying": :func:`_issuer`) and a study
before a participle's phrase ("a poll released Monday by CNN found": :func:`_study_before`)."""

from __future__ import annotations

from .adverbials import _adverbial_start
from .noun_or_verb import _NOUN_LIKE_CUES
from .noun_phrase_back import _PART_WORDS, _QUANTIFIERS, _np_back
from .spans import _full_name, _index_at, _words_of
from .rules import _Rules
from .tokens import _tokens_before
from .words import BE, DETERMINERS, FUNCTION, PRONOUNS, TIME_NAMES, TO_BEFORE, _QUOTES, _is_aux, _is_cap


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
                 verb: str = "", now: bool = False) -> tuple[int, int] | None:
    """The source noun phrase that ends just before a verb (tokens ``toks`` end at the verb;
    ``participle``: the verb is an -ing form, whose subject is the phrase right before it;
    ``verb``: its form, when known; ``now``: "now" before it is an adverb, as before a
    strong verb: :func:`.adverbials._adverbial_start`).

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
        start = _adverbial_start(toks, i, strong, now)
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
    if np is None and not participle:
        return _head_of_long_relative_clause(toks, i, rules, a, verb)
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


def _head_of_long_relative_clause(toks, i: int, rules: _Rules, a: int, verb: str) -> tuple[int, int] | None:
    """The noun phrase before "who" when a relative clause of up to eight words, whose
    last word is no noun phrase of its own, ends at token ``i`` before the verb ``verb``:
    "people who have battled other online threats [say]", "economists who favor
    consumption taxes [agree]". "who" must be the clause's subject: a verb or an auxiliary
    follows it, not a determiner, a pronoun or a name ("a candidate who many party members
    oppose"). The clause must hold a word other than auxiliaries and adverbs and no "and",
    "or" or "but": otherwise the verb is the clause's own ("a man who speaks and tweets",
    "sources who could leak"), which :func:`_left_source` reads as it is; and a verb that
    is often a noun ends no clause ("friends who have lent support")."""
    if verb.split(" ", 1)[0] in _NOUN_LIKE_VERBS or toks[i][2].lower() in FUNCTION:
        return None       # (nor does a clause end in a preposition: "back in [charge]")
    w, content = i, False
    while w > 0 and i - w < 8 and toks[w][2] != "who":
        word = toks[w][2]
        if not word.replace("-", "").replace("\u2019", "").replace("\x27", "").isalnum() \
                or word.lower() in ("and", "or", "but"):
            return None       # a comma or a quotation mark: the clause ended before it
        content = content or not _is_aux(word)
        w -= 1
    if toks[w][2] != "who" or not content or w < 1:
        return None
    after = toks[w + 1][2]
    if after.lower() in DETERMINERS or after.lower() in _QUANTIFIERS or after.lower() in PRONOUNS or _is_cap(after):
        return None
    head = _np_back(toks, w - 1, rules, a)
    if head is None or _object_of_preposition(toks, head[0]):
        return None       # "the ex-wife of Alan Grayson who filed ... blames": not Grayson
    return head


#: cue forms that are nouns as often as verbs: no relative clause is taken to end before them
_NOUN_LIKE_VERBS = frozenset(_NOUN_LIKE_CUES | {c + "s" for c in _NOUN_LIKE_CUES} | {
    "support", "supports", "fear", "fears", "concern", "concerns", "want", "wants", "detail", "details"})


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


def _names(words: str) -> bool:
    """A full name, or names joined by "and" ("Ted Cruz and Marco Rubio", "Clinton and
    Sanders"): who a role set off before them is."""
    parts = words.split(" and ")
    if len(parts) == 1:
        return _full_name(words)
    return all(p and all(map(_is_cap, p.split())) for p in parts)


#: prepositions whose object is a place or a body, not who speaks (not "by": "a book by John
#: Smith, published in 2010, argues" may cite Smith)
_PLACE_PREPOSITIONS = frozenset("of in at from near outside inside for on".split())


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
    body: up to four lower-case words, then "at", "of" or "for" and a capitalised word ("head
    trader at Travelers Investment Management Co.", "market analyst at A.G. Edwards")?"""
    k = start
    while k < end and k - start < 4 and toks[k][2].isalpha() and toks[k][2].islower() \
            and toks[k][2] not in ("at", "of", "for"):
        k += 1
    if not (start < k < end - 1 and toks[k][2] in ("at", "of", "for") and _is_cap(toks[k + 1][2])):
        return False
    # a clause is no job title: "even as shares of Valeant were tumbling"
    return not any(t[2] in BE or t[2] in _NOT_A_ROLE or (t[2].islower() and t[2].endswith(("ing", "ed")))
                   for t in toks[start:end])


def _long_appositive(toks, k: int, end: int) -> bool:
    """May the tokens ``k`` to ``end`` between commas, more than _CLAUSE of them, be one
    appositive? Only a relative clause ("Mr. Birdthistle, who worked for ..., points") or a
    noun phrase with one ("Rich Heffley, a top GOP operative who played a major role in ...,
    said"), not the tail of a list ("250,000 Iowans are expected ... who would bar ...")."""
    first = toks[k][2].lower()
    return (first in ("who", "whose") or first in DETERMINERS) and any(t[2] in ("who", "whose") for t in toks[k:end])


#: how many tokens an appositive or a phrase between commas before a verb may hold; one with
#: a relative clause ("who", "whose"), up to _LONG_CLAUSE (:func:`_long_appositive`)
_CLAUSE, _LONG_CLAUSE = 24, 40
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
