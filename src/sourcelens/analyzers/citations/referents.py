"""Word tests for naming who "he", "she" or "they" refers to (:meth:`_Sentence.resolve`):
whether a subject names more than one, and whether a lone capitalised word opening a
sentence is an adverb or a participle rather than a name; and whose sex a given name tells
(``lexicons/given_names.tsv``, from US birth records, built by ``tools/build_given_names.py``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..common import looks_plural
from .words import NOT_ADVERB, _without_possessive, before_preposition

_NOBODY = frozenset("nobody everyone everybody anyone anybody someone somebody none".split())
_PLURAL_DETERMINERS = frozenset("many several some few both most all these those two three four five dozens hundreds "
                                "thousands millions".split())
#: nouns that are plural without an -s ("people", "police"): a subject ending in one is plural
_PLURAL_NOUNS = frozenset("people police men women children staff".split())
#: the pronouns that tell a sex, and which
_PRONOUN_SEX = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}

#: the names among the frequency list's common words of six letters or more ending in -ly or -ing
_NAMES_LIKE_ADVERBS = frozenset({"beijing", "wyoming", "schlafly"})
#: and its nouns and adjectives among the 132 such words ending in -ly ("Family spokesman Bob
#: Gunnell says", "Elderly voters"): they open a subject, not an adverb's clause. The words'
#: own list, and three that are adverbs before a verb ("Trump likely said", so not in it) but
#: adjectives opening a subject ("Likely voters said")
_NOT_ADVERBS = NOT_ADVERB | {"lovely", "likely", "unlikely"}


def _plural(words: list[str], capitalised_counts: bool) -> bool | None:
    """Does a subject name more than one ("Many observers", "Obama and Clinton", "the
    Europeans")? A capitalised last word in -s ("Democrats", but also "Sanders") counts
    as plural only when ``capitalised_counts``. None for "No one", "Nobody" and the like,
    which agree with no pronoun."""
    low = [w.lower() for w in words]
    if low[0] in _NOBODY or low[:2] == ["no", "one"]:
        return None
    last = words[-1]
    if "and" in low:
        after = len(low) - 1 - low[::-1].index("and") + 1
        # two roles of one person: "chief pollster and strategist Joel Benenson"
        return not (after < len(words) - 1 and words[after].islower() and last[:1].isupper() and not looks_plural(last))
    if low[0] in _PLURAL_DETERMINERS or low[-1] in _PLURAL_NOUNS:
        return True
    if looks_plural(last):
        return capitalised_counts or last.islower() or (last.endswith(_PEOPLE_ENDINGS)
                                                        and _given_name_sex(words) is None)
    return False


#: endings of a capitalised plural that names a people, not a surname ("Russians",
#: "Americans", "Europeans"; not "Sanders" or "Evans", which "he" may be, nor a surname after
#: a given name, "Dottie Deans")
_PEOPLE_ENDINGS = ("ians", "icans", "eans")


def _common(word: str) -> bool:
    """Is ``word`` among the 5,000 commonest words of the frequency list that specificity uses?"""
    from ..specificity import common_words      # here: specificity imports this package
    return word in common_words()


#: prepositions that end the words whose title or given name tells a subject's sex
_SEX_HEAD_ENDS = frozenset("of for at".split())


def agrees_in_kind(words: list[str], pronoun: str, female: frozenset[str], male: frozenset[str],
                   not_a_person: frozenset[str], surname_sex: Callable[[str], str | None] | None = None) -> bool:
    """Can a subject be "he" or "she" (``pronoun``, lower case; any other pronoun agrees)?
    Not a body or a text ("The Trump campaign", "the court"), judged by the head word (the
    last word before "of", "for" or "at"); and not when its sex is the other one: told by a
    title or role noun, the last such word before "of" ("Ms. Conway", "His wife", "daughter
    Ivanka Trump", "Mr. Trump's wife"; "the wife of Mr. Smith" is "she"), else by a given
    name ("Jennifer Palmieri"), else by ``surname_sex`` of the head's last word (the sex
    every full name and title with that surname in the article agrees on: "Trump" where
    only "Donald Trump" and "Mr. Trump" occur)."""
    if pronoun not in _PRONOUN_SEX:
        return True
    head_words = [_without_possessive(w.lower()) for w in before_preposition(words, _SEX_HEAD_ENDS)]
    if not head_words or head_words[-1] in not_a_person:
        return False
    sex = _sex_of(words, head_words, female, male, surname_sex)
    return sex is None or sex == _PRONOUN_SEX[pronoun]


def sex_of(words: list[str], female: frozenset[str], male: frozenset[str],
           surname_sex: Callable[[str], str | None] | None = None) -> str | None:
    """"f" or "m" when a title, a role noun, a given name or the surname tells the sex of the
    one ``words`` name (as :func:`agrees_in_kind` reads it), else None."""
    head_words = [_without_possessive(w.lower()) for w in before_preposition(words, _SEX_HEAD_ENDS)]
    return _sex_of(words, head_words, female, male, surname_sex) if head_words else None


def _sex_of(words: list[str], head_words: list[str], female: frozenset[str], male: frozenset[str],
            surname_sex: Callable[[str], str | None] | None) -> str | None:
    sex = _title_sex(head_words, female, male) or _given_name_sex(words[:len(head_words)])
    if sex is None and surname_sex is not None and not any(
            w[:1].isupper() and not w.endswith(".") for w in words[:len(head_words) - 1]):
        # a surname alone, perhaps after "Sen." ("Ivanka Trump" has a given name, if unknown)
        sex = surname_sex(_without_possessive(words[len(head_words) - 1]))
    return sex


def _title_sex(head_words: list[str], female: frozenset[str], male: frozenset[str]) -> str | None:
    """"f" or "m" by the last title or role noun among the lower-cased ``head_words``."""
    for low in reversed(head_words):
        if low in female:
            return "f"
        if low in male:
            return "m"
    return None


_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _given_name_sex(words: list[str]) -> str | None:
    """"f" or "m" when the personal name that ends ``words`` has a given name that US birth
    records give to one sex (:func:`given_names`), else None. The given name is the first
    such word of the run of capitalised words that ends in the surname ("Attorney General
    Loretta E. Lynch", "Donna Sampson Rawlings": not the middle or maiden name, "Christine
    Todd Whitman"); a suffix is read past ("Harry Hurt III"), and one word alone has none."""
    names = [w.rstrip(",") for w in words]
    while names and names[-1].lower() in _NAME_SUFFIXES:
        names.pop()
    if names:
        names[-1] = _without_possessive(names[-1])
    start = len(names) - 1
    while start > 0 and names[start - 1][:1].isupper():
        start -= 1
    table = given_names()
    for word in names[start:-1]:
        if word.isalpha() and word[1:].islower() and word.lower() in table:
            return table[word.lower()]
    return None


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> "f" or "m", from ``lexicons/given_names.tsv``."""
    from ...lexicons import derived, table_text

    return derived("given_names", table_text("given_names.tsv"), _parse_given_names)


def _parse_given_names(text: str) -> dict[str, str]:
    from ...lexicons import table_rows

    return {name: sex for name, sex in table_rows(text)}


def _adverb_or_participle(word: str) -> bool:
    """Is a lower-cased word a common -ly adverb or -ing form ("recently", "looking")? Five
    letters or fewer are left out: "Kelly", "Italy", "King" are common words and names too, and
    so are the common nouns and adjectives in -ly ("family", "elderly").
    Common: among the 5,000 commonest words of the frequency list that specificity uses."""
    if len(word) < 6 or not word.endswith(("ly", "ing")) or word in _NAMES_LIKE_ADVERBS or word in _NOT_ADVERBS:
        return False
    return _common(word)
