"""The subject at the start of a sentence (:func:`_subject_at_start`), after what opens the
sentence before it: a wire story's dateline ("PARIS, Aug 31 (Reuters) -"), an opener ("But"),
an introductory or a participle's clause ("Having announced that ..., Judge Berman
proceeded"), a time phrase ("Moments later, Rubio took the stage"), an adverb
("Domestically, Obama has"); and the subject an appositive names ("A high school graduate,
Lazar had", "One delegate, party chairwoman Nancy Worley, pledged": Worley)."""

from __future__ import annotations

from ..common import looks_plural
from ...lexicons import compile_regex as _rx
from ...model import Document
from .capitalised import _capitalised_inside, _easy_words
from .noun_phrase_forward import _np_forward
from .spans import _full_name, _words_of
from .rules import _Rules
from .tokens import _tokens_after
from .referents import _adverb_or_participle, sex_of
from .words import DETERMINERS, INTRO_CLAUSE, OPENERS, _QUOTES, _is_cap


#: a party and perhaps a state after a name: "R", "D-Mass.", "R-N.J.", "I-Vt."
_PARTY_TAG = _rx(r"[RDI](?:-[A-Z][A-Za-z.]*)?")


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
