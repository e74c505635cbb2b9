"""Tests on a candidate source's text (is it acceptable for a verb of this class, an
anonymous group, a document?), remembered per text, and small helpers on text spans."""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import looks_plural, remembered
from ...lexicons import compile_regex as _rx
from .noun_phrase_back import _NUMBER_WORDS, _PERSON_PLURAL, _is_number
from .spans import _full_name
from .referents import _adverb_or_participle
from .rules import _Rules
from .words import DETERMINERS, FIRST_PERSON, OPENERS, PRONOUNS, SHARES, TIME_NOUNS, TIME_WORDS, _MEMO_SIZE, _PHRASE_END, IN_THE_KNOW, UNNAMED_RESEARCH, _WORD, _bare, _is_cap, _is_possessive, before_preposition


# ----------------------------------------------------------------------------- source tests

#: adverbs that can end the words looked through for a source ("my father often said")
_ADVERBS = frozenset("almost also just even only never still already often always then now later simply "
                     "really actually again ever nearly".split())
_NUMBER_ONLY = _rx(r"[\d][\d,.]*")
# a broadcaster's call letters before its channel number: "ABC 7", "KTLA 5"
_STATION_BEFORE = _rx(r"\b[A-Z]{2,5}\s+$")
#: the verbs after which a number alone can be who speaks: "43 said the same"
_SAYING = frozenset({"said", "say", "says", "told"})


def _trimmed_source(text: str, a: int, s: int, e: int, form: str) -> tuple[int, int] | None:
    """The span ``[s, e)`` found for a source (in a sentence starting at ``a``, before a
    verb ``form``), cleaned, or None when it names no one:

    - without an adverb at its end: "my father often said" cites "my father"; an adverb
      alone, or after a relative pronoun ("a passion that almost suggested"), is no one;
    - a number read whole ("at least 21,000 said", not "000") and with a channel's call
      letters before it ("ABC 7 is reporting"); otherwise a number is a source only when
      it says something ("43 said the same"), not in "$98,000, compared with" or
      "400,000 views"."""
    while True:
        cut = max(text.rfind(" ", s, e), s - 1)     # not -1: a slice from 0 copies the whole text
        if text[cut + 1:e] not in _ADVERBS:
            break
        if cut < s or text[s:cut].strip().lower() in ("that", "which", "who"):
            return None
        e = cut
    if not _NUMBER_ONLY.fullmatch(text, s, e):
        return s, e
    while s - 2 >= a and text[s - 1] in ",." and text[s - 2].isdigit():
        s -= 2
        while s > a and text[s - 1].isdigit():
            s -= 1
    station = _STATION_BEFORE.search(text, max(a, s - 8), s)
    if station:
        return station.start(), e
    if text[s - 1:s] == "$" or form not in _SAYING:
        return None
    return s, e



@lru_cache(maxsize=4096)
def _head(source: str) -> str:
    """The last word of a noun phrase, lower case ("the Clinton campaign" -> "campaign")."""
    parts = source.rsplit(None, 1)
    return parts[-1].strip(_EDGE).lower() if parts else ""


_EDGE = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019"
#: prepositions that open a time or a place phrase, never a source ("about", "over" and
#: "under" are left out: "about 4 in 10 say", "over 60 said")
_PLACE_OR_TIME = frozenset("in on at during since until after before from through within into upon across".split())


def _acceptable(np: str, klass: str, rules: _Rules, strong: bool = False) -> bool:
    """Can ``np`` be a cited source for a verb of class ``klass`` (speech / stance / finding)?"""
    words = np.split()
    if words and words[0] in _PLACE_OR_TIME:
        return False        # "in 2013 denouncing", "at the time": a time or a place, not who
    if words and (words[0].lower() == "your" or (words[0].lower() in ("a", "an") and words[-1][:1].isdigit())):
        return False        # "your polling place", "a 2010 recall": the reader's, or a noun's year
    if len(words) == 1 and ((_adverb_or_participle(words[0].lower()) and words[0].lower() not in rules.heads)
                            or words[0].lower().rstrip(",") in _NO_ONE_ALONE):
        return False        # "Having announced that ...", "Recently said", "Sunday", "Besides": no one
                            # (but "Polling shows": a study's head)
    if len(words) == 1 and _bare(words[0]) in PRONOUNS:
        low = _bare(words[0])
        # "I/we/you" in a news body is the writer (or a speaker already quoted), not a cited source.
        return low not in FIRST_PERSON and not (klass == "stance" and low in ("it", "who"))
    if _head(np) in rules.heads or _head(np) in SHARES or _is_number(_head(np).lower()):
        return True
    if strong:
        return True
    return any((_is_cap(w) and w.lower() not in OPENERS) or (w[:1] == "@" and len(w) > 2) for w in words)


def _is_anonymous(source: str, rules: _Rules) -> bool:
    """:func:`_anonymous_source`, remembered per source text."""
    return remembered(rules.memo_anonymous, _MEMO_SIZE, _anonymous_source, source, rules)




def _anonymous_source(source: str, rules: _Rules) -> bool:
    """A source that names nobody: "sources", "some analysts", "officials", "senior aides",
    "two officials", "one user", "one of the attendees", "critics of the plan", "officials in
    both cities" (lower-case words only, with no determiner that points back to someone named;
    the words before a preposition, a relative pronoun or a participle are who is meant)."""
    words = _WORD.findall(source)
    if not words:
        return False
    if len(words) > 1 and words[0].lower() == "that" and (words[1].lower() in _GROUP_QUANTIFIERS
                                                          or looks_plural(words[-1])):
        # a clause's "that", not a demonstrative (no "that" before a plural): "a bill that
        # critics called anti-gay"
        words = words[1:]
        source = source[source.lower().index("that") + 4:].lstrip()
    low = source.lower()
    if "source" in low and re.search(r"\bsources?\b", low) and not re.search(r"\b(?:the|this|that)\s+source\b", low):
        return True
    first = words[0].lower()
    if first == "the" and len(words) > 2 and words[1].lower() in _COMPARED:
        # "the more voters fear": a comparison's "the", no group pointed back to
        words, first = words[1:], words[1].lower()
    head = _head(source)
    if first in ("the", "this", "that", "these", "those", "his", "her", "their", "its") or first[:1].isdigit() \
            or _is_possessive(words[0]) or head in SHARES or head.isdigit():
        return False       # "the studies show", "his aides": they point back to someone named;
                           # "34,000 people supported", "57-year-old scientist": a count, an age
    if first in _GROUP_QUANTIFIERS and len(words) <= 3 and looks_plural(words[-1]) and (
            all(map(_is_cap, words[1:])) or words[-1].islower()):
        return True         # "Many Mexicans felt", "Some Democrats say", "many European citizens
                            # feel": a group, named by no one in it
    if first in ("one", "another") and 2 < len(words) <= 6 and words[-1].islower() and "of" not in words and (
            _AGENT.search(words[-1]) is not None or words[-1] in rules.anonymous_heads):
        return True         # "one Trump confidant", "one former GOP leadership aide": one person,
                            # named by no one (those named are whom they work for)
    named = [w for i, w in enumerate(words) if _is_cap(w) and (i > 0 or (
        w.lower() not in OPENERS and w.lower() not in rules.anonymous_heads and w.lower() not in DETERMINERS
        and w.lower() not in _VAGUE and not _common_people(w.lower(), rules)
        and w.lower() not in rules.study_heads))]
    if named:
        return False
    core = _core(words)
    if "of" in core[1:]:    # "one of the attendees", "a majority of lawmakers": who is meant follows "of"
        of = core.index("of", 1)
        quantity, core = core[:of], core[of + 1:]
        if not core or any(w[:1].isdigit() or w.lower() in _COUNTS for w in quantity) \
                or core[0].lower() not in ("the", "these", "those") and (
                    core[0].lower() in DETERMINERS or _bare(core[0]) in PRONOUNS or _is_possessive(core[0])):
            return False    # "74 percent of likely voters", "a majority of voters" (a poll's share:
                            # the poll is the source), "two of the candidates", "one of them",
                            # "many of his endorsers": they point back to someone named
        if core[0].lower() in ("the", "these", "those"):
            core = core[1:]
        first = "some"      # a part of a group, as "some" is: "a group of rabbis"
    core_head = core[-1].lower() if core else head
    counted = first in _NUMBER_WORDS or first == "another"
    if core_head in rules.anonymous_heads and not (counted and core_head in _GROUP_WORDS):
        return True         # "two officials", "critics of the plan", "officials in both cities"
    if counted:             # "one man", "one user", "one report", "another supporter"; not "two
                            # candidates" (of those named), "one ad"
        return first in ("one", "another") and 2 <= len(core) <= 4 and core_head not in rules.channels and (
            _AGENT.search(core_head) is not None or core_head in rules.study_heads)
    if core_head in UNNAMED_RESEARCH and first not in ("a", "an") and "exit" not in (w.lower() for w in core):
        return True         # "Polls show", "according to recent polls", "national polling shows":
                            # research no one names, as "studies show" (not "exit polls", whose
                            # election is the article's, nor "records show": documents)
    if first in _GROUP_QUANTIFIERS and (_PERSON_PLURAL.search(core_head) or looks_plural(core_head)):
        return True         # "many elite politicians and veteran pollsters", "some liberals",
                            # "multiple reports" (not "most recent poll": a superlative)
    # a bare plural of people ("advocates said", "families say") names a crowd, not a source;
    # "records show", "exit polls" point to documents that can be looked up
    return (len(core) <= 4 and core_head not in rules.study_heads and bool(_PERSON_PLURAL.search(core_head))
            and first not in ("a", "an"))


#: the words that end who is meant in a source and begin what is said of them: "critics [of
#: the plan]", "officials [in both cities]", "people [who attended]"
_CORE_END = frozenset("of in at for from with on among across within who whom whose that which".split())
#: words after which "of" tells who is meant: "one of the attendees", "a majority of lawmakers",
#: "a group of rabbis"
_PARTITIVES = SHARES | frozenset("some many most several few none dozen dozens group handful couple number".split())
#: a share or a number before "of": a poll's share of its respondents, or some of those named
#: ("a majority of voters", "eight of 10 voters", "two of the candidates"); not "one of the attendees"
_COUNTS = (SHARES | _NUMBER_WORDS) - {"one"}
#: a noun of one person, after "one": "one user", "one former executive", "one man", "one attendee"
_AGENT = _rx(r"(?:[^m]er|or|ist|ian|ant|[^m]ent|ee|man|woman|person|friend|official|aide)$")
#: the comparatives after which "the" opens a comparison, "the more voters fear", not a group
#: pointed back to
_COMPARED = frozenset({"more", "fewer", "less"})
#: anonymous heads that are quantifiers themselves, no people after a number ("two others")
_GROUP_WORDS = frozenset("some many others most few several".split())
#: peoples in source_nouns, written in capitals anywhere: "Americans say" names a people at a
#: sentence's start as in its middle
_PEOPLES = frozenset({"americans"})
#: the two words that say what an unnamed source knows ("familiar with"), as a set
_KNOWING = frozenset(IN_THE_KNOW)


def _core(words: list[str]) -> list[str]:
    """The words of a source that say who is meant (:func:`.words.before_preposition`, with
    "of" after a quantity kept with what follows it up to its own preposition), without what
    the source is said to know or participles at their end: "a dozen party leaders and
    officials [involved in the process]", "people [familiar with the talks]", "one of the
    attendees [at these conferences]"."""
    for i in range(1, len(words) - 1):
        if (words[i].lower(), words[i + 1].lower()) in _KNOWING:
            words = words[:i]
            break
    core = before_preposition(words, _CORE_END)
    if len(core) < len(words) and words[len(core)] == "of" and core[-1].lower() in _PARTITIVES:
        core = core + ["of"] + before_preposition(words[len(core) + 1:], _CORE_END)
    while len(core) > 1 and core[-1].endswith(("ed", "ing")) and not _PERSON_PLURAL.search(core[-1].lower()):
        core.pop()
    return core


def _common_people(word: str, rules: _Rules) -> bool:
    """Is ``word`` (lower case) a plural noun of people written in lower case ("reporters",
    "voters", "residents")? At a sentence's start it names no one."""
    return word in rules.heads and word not in _PEOPLES and bool(_PERSON_PLURAL.search(word))


#: one word that is never a source by itself: a day or a time, an opener, anyone at all
_NO_ONE_ALONE = TIME_NOUNS | TIME_WORDS | OPENERS | frozenset("anyone anybody besides whatever whoever".split())
_VAGUE = frozenset("numerous multiple unnamed senior top various certain countless".split())
#: quantifiers that make a capitalised plural a crowd: "many Mexicans", "some Republicans"
_GROUP_QUANTIFIERS = frozenset("many some most few several numerous multiple countless".split())


def _source_kind(source: str, rules: _Rules) -> str | None:
    """``named_document`` or ``study`` when the source is one, else None (remembered per source)."""
    return remembered(rules.memo_kind, _MEMO_SIZE, _uncached_source_kind, source, rules)


#: a source that opens with a name of two or more capitalised words (after up to three words of a
#: role) before the body it belongs to ("conservative commentator Jonah Goldberg of the
#: National Review": a person, though the phrase ends in a publication's name; not "the Mueller
#: Report by Robert Mueller of the Justice Department", whose name comes later)
_NAME_BEFORE_BODY = _rx(r"(?:(?!(?i:a|an|the|by|of|for|from|in|at|on|with|to)\s)[A-Za-z][\w-]*\s+){0,3}"
                        r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)+)\s+(?:of|at|with|from)\s+the\s")


def _uncached_source_kind(source: str, rules: _Rules) -> str | None:
    person = _NAME_BEFORE_BODY.match(source)
    if person and not person.group(1).startswith("The ") and _full_name(person.group(1)):
        return None     # who works there, not a study or a document: "Jonah Goldberg of the National Review"
    if _document_like(source, rules):
        return "named_document"
    if _head(source) in rules.study_heads:
        return "study"
    return None


def _document_like(source: str, rules: _Rules) -> bool:
    if source.islower():
        return False
    m = rules.document_head.search(source)
    if not m:
        return False
    before = source[: m.start()].split()
    return any(_is_cap(w) or w[:1].isdigit() for w in before) or bool(re.match(r"\s+of\s+[A-Z0-9]", source[m.end():]))


# ----------------------------------------------------------------------------- small helpers


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return end


def _skip(text: str, i: int, b: int, also: str = "") -> int:
    while i < b and (text[i].isspace() or text[i] in also):
        i += 1
    return i


def _phrase_end(text: str, start: int, b: int) -> int:
    """End of the noun phrase after "according to" / "by": the next comma, clause word or 12 words."""
    limit = min(b, start + 140)
    m = _PHRASE_END.search(text, start, limit)
    end = m.start() if m else limit
    # keep a parenthesised abbreviation: "the 2014 Special Measures Agreement (SMA)"
    par = re.match(r"\s*\([A-Z][A-Za-z0-9&.-]{1,12}\)", text[end:b]) if m and text[m.start()] != "(" else None
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > 12:
        end = start + words[11].end()
    elif par:
        end += par.end()
    # (and a bracket closing one opened before the phrase: "(... according to Nielsen.)")
    while end > start and (text[end - 1] in " ,;:.\u2014" or (text[end - 1] == ")" and "(" not in text[start:end])):
        end -= 1
    return end
