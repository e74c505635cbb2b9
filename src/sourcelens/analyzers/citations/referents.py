"""Word tests for naming who "he", "she" or "they" refers to (:meth:`_Sentence.resolve`):
whether a subject names more than one, and whether a lone capitalised word opening a
sentence is an adverb or a participle rather than a name."""

from __future__ import annotations

from ..common import looks_plural

_NOBODY = frozenset("nobody everyone everybody anyone anybody someone somebody none".split())
_PLURAL_DETERMINERS = frozenset("many several some few both most all these those two three four five".split())
_PLURAL_NOUNS = frozenset("people police men women children staff".split())

#: the names among the frequency list's common words of six letters or more ending in -ly or -ing
_NAMES_LIKE_ADVERBS = frozenset({"beijing", "wyoming", "schlafly"})


def _plural(words: list[str], capitalised_counts: bool) -> bool | None:
    """Does a subject name more than one ("Many observers", "Obama and Clinton", "the
    Europeans")? A capitalised last word in -s ("Democrats", but also "Sanders") counts
    as plural only when ``capitalised_counts``. None for "No one", "Nobody" and the like,
    which agree with no pronoun."""
    low = [w.lower() for w in words]
    if low[0] in _NOBODY or low[:2] == ["no", "one"]:
        return None
    last = words[-1]
    if "and" in low or low[0] in _PLURAL_DETERMINERS or low[-1] in _PLURAL_NOUNS:
        return True
    if looks_plural(last):
        return capitalised_counts or last.islower()
    return False


def _common(word: str) -> bool:
    """Is ``word`` among the 5,000 commonest words of the frequency list that specificity uses?"""
    from ..specificity import common_words      # here: specificity imports this package
    return word in common_words()


def agrees_in_kind(words: list[str], pronoun: str, female: frozenset[str], male: frozenset[str],
                   not_a_person: frozenset[str]) -> bool:
    """Can a subject be "he" or "she" (``pronoun``, lower case; any other pronoun agrees)?
    Not a body or a text ("The Trump campaign", "the court"), judged by the head word (the
    last word before "of", "for" or "at"); and not when a title or role noun says the other
    gender: the last such word before "of" ("Ms. Conway", "His wife", "daughter Ivanka
    Trump", "Mr. Trump's wife"; "the wife of Mr. Smith" is "she")."""
    if pronoun not in ("he", "his", "him", "she", "her"):
        return True
    head_words = []
    for word in words:
        low = word.lower()
        if low in ("of", "for", "at"):
            break
        head_words.append(low[:-2] if low.endswith(("'s", "\u2019s")) else low)
    if not head_words or head_words[-1] in not_a_person:
        return False
    other = female if pronoun in ("he", "his", "him") else male
    same = male if other is female else female
    for low in reversed(head_words):
        if low in other:
            return False
        if low in same:
            return True
    return True


def _adverb_or_participle(word: str) -> bool:
    """Is a lower-cased word a common -ly adverb or -ing form ("recently", "looking")? Five
    letters or fewer are left out: "Kelly", "Italy", "King" are common words and names too.
    Common: among the 5,000 commonest words of the frequency list that specificity uses."""
    if len(word) < 6 or not word.endswith(("ly", "ing")) or word in _NAMES_LIKE_ADVERBS:
        return False
    return _common(word)
