"""A noun phrase that ends at a token, read backwards (:func:`_np_back`): a pronoun, a name
with a role before it ("Republican candidate Donald Trump") or with the source noun whose
preposition it follows ("A spokesman for Hillary Clinton"), a person named before the body
they work for ("John Smith of the Heritage Foundation"), a phrase headed by a source noun
("executives who run news organizations"), a share of a group ("six in 10", "43 percent");
and the words it reads for parts, shares and numbers ("many of them", "forty-two")."""

from __future__ import annotations

from ..common import looks_plural
from ...lexicons import compile_regex as _rx
from .spans import _full_name, _index_at, _name_end, _words_of
from .rules import _Rules
from .words import BE, DETERMINERS, FUNCTION, NAME_LINKS, OPENERS, PREPOSITIONS, PRONOUNS, SHARES, TIME_NAMES, TIME_NOUNS, _QUOTES, _bare, _is_aux, _is_cap, _is_possessive


#: lower-case words between a capitalised modifier and a role ("Republican presidential nominee",
#: "Democratic vice presidential candidate")
_ROLE_MODIFIERS = frozenset("presidential vice vice-presidential senior former longtime top chief political "
                            "party state national congressional".split())


def _title_object(word: str, rules: _Rules) -> bool:
    """Can ``word`` end a title with "of" ("state" of "secretary of state", "staff" of "chief
    of staff")? A lower-case singular noun: not a determiner ("president of the United
    Federation"), a plural or a modifier ("a group of disaffected Ethiopians", "a family of
    super PACs"), nor a role ("the wife of candidate John Smith")."""
    return word.isalpha() and word.islower() and word not in DETERMINERS and word not in rules.heads \
        and not looks_plural(word) and not word.endswith("ed") and word not in FUNCTION


#: honorifics, before which a name has no role ("a campaign Mr. Khan has called")
_HONORIFICS = frozenset("Mr. Mrs. Ms. Miss Mr Mrs Ms".split())


#: indefinite pronouns, never part of a name: what a name after them says ("Everything
#: Trump says is a lie")
_INDEFINITES = frozenset("everything anything nothing something everyone anyone someone everybody anybody "
                         "somebody nobody".split())


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
        while j < i and (toks[j][2].lower() in OPENERS and toks[j][0] == a or toks[j][2].lower() in _INDEFINITES):
            j += 1     # "But Trump said": "But" opens the sentence, it is not part of the name;
            #            nor is what is said ("Everything Trump says", "Nothing Clinton said")
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
    if low == "one" and i > 0 and toks[i - 1][2].lower() == "no":
        return None     # "No one expected": nobody, no source
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
                if _is_possessive(p) and _is_cap(p):
                    while j > 0 and _is_cap(toks[j - 1][2]) and not _is_possessive(toks[j - 1][2]) \
                            and toks[j - 1][2].lower() not in OPENERS:
                        j -= 1      # the possessor's whole name: "Bernie Sanders's campaign"
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
        if j > 1 and toks[j - 1][2].lower() == "of" and _is_part_word(toks[j - 2][2]) \
                and toks[j][2].lower() not in _CLAUSE_OPENERS:
            return toks[j - 2][0], toks[i][1]   # "Many of the voters think", "none of the scholars
            #                                     thought": part of the group, as "One of them said"
            #                                     (not "half of what researchers say")
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
                            r"folks|friends|allies|americans|residents|members|parents|neighbors|neighbours|"
                            r"rivals|liberals|radicals|locals|professionals|individuals|intellectuals)$")
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
#: words opening a clause after "of", not a group: "half of what researchers say they need"
_CLAUSE_OPENERS = frozenset("what whatever how why where when whom which whose".split())
_PART_WORDS = frozenset("some many most all both each none several few half neither either any".split())


def _is_part_word(word: str) -> bool:
    low = word.lower()
    return low in _PART_WORDS or (not low[:1].isdigit() and _is_number(low))


_SHARE_WORDS = frozenset("in of about nearly almost roughly some a than more less fewer just only over under "
                         "around two-thirds three-quarters".split())


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
