"""Who is cited: the sources of an article's citations, each named once, with its evidence.

A citation's source is the span the citations analyzer found for it (the evidence's
``source`` attribute) or, for a pronoun ("he claimed"), the name it most likely refers
to (``source_resolved``). A source written in several ways is counted once:

* the comparison ignores case, white space (no-break spaces included), brackets, a
  leading "the", "a" or "an", a title (Mr., Mrs., Ms., Miss, Dr., Prof.) and a final
  possessive ("Trump's tweet" stays itself; "Trump's" becomes "Trump"), so that an
  acronym given in brackets joins its full name ("AROS", "Alliance to Reclaim Our
  Schools (AROS)");
* a shorter capitalised name that ends a longer one after a modifier ("Trump" and
  "Republican candidate Donald Trump", "The Post" and "The New York Post", but not
  "Republicans" after the "of" of "a group of Republicans") is merged into it, but only when exactly
  one longer name ends that way: with both "Hillary Clinton" and "Bill Clinton" in the
  text, a bare "Clinton" stays on its own, since either could be meant;
* the group is shown by its longest form, the one that tells a reader most.

A quotation whose speaker was not found is listed as :data:`NO_SPEAKER`, and a pronoun
whose referent was not found as itself ("he"); these are not ``named`` and come last, so a
report can show them apart: the article quotes without saying who, or sourcelens could
not tell who "he" is.

This reads evidence only; it finds nothing new. Its accuracy is that of the citations
analyzer (README, "How accurate is it": the source is located in 95 % of attributions
found on PolNeAR dev).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import Evidence, Profile

NO_SPEAKER = "(speaker not found)"

_LEADING = frozenset({"the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
                      "prof", "prof."})
_POSSESSIVE = ("'s", "\u2019s")
_PRONOUNS = frozenset("he she they it his her their him them i we you".split())
_LINKING = frozenset("of for and or at in on by with from to among between the a an".split())


@dataclass(frozen=True)
class CitedSource:
    """One source and the citations that name it, in reading order."""

    name: str
    evidence: tuple[Evidence, ...]

    @property
    def count(self) -> int:
        return len(self.evidence)

    @property
    def named(self) -> bool:
        """False for a pronoun whose referent was not found, and for :data:`NO_SPEAKER`."""
        return self.name != NO_SPEAKER and self.name.lower() not in _PRONOUNS


def source_name(e: Evidence) -> str:
    """The name a citation gives its source, as written ("" when it names none)."""
    name = e.attrs.get("source_resolved") or e.attrs.get("source") or ""
    return " ".join(str(name).split())


def _key(name: str) -> tuple[str, ...]:
    words = [w.strip("()") or w for w in name.lower().split()]     # "(SMA)" -> "sma"
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    if words and words[-1].endswith(_POSSESSIVE) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]
    return tuple(words)


def who_is_cited(profile: Profile) -> list[CitedSource]:
    """The article's cited sources: named ones first, the most cited first (then by first
    appearance), then the unnamed ones (a pronoun with no referent, a quote with no speaker)."""
    return group_sources(profile.evidence_for("specificity", "citation"))


def group_sources(citations: Iterable[Evidence]) -> list[CitedSource]:
    """Citation evidence grouped by source (see the module docstring for the rules)."""
    groups: dict[tuple[str, ...], list[Evidence]] = {}
    forms: dict[tuple[str, ...], list[str]] = {}
    for e in sorted(citations, key=lambda e: (e.span.start, e.span.end)):
        name = source_name(e) or NO_SPEAKER
        key = _key(name) if name != NO_SPEAKER else (NO_SPEAKER,)
        groups.setdefault(key, []).append(e)
        forms.setdefault(key, []).append(name)
    # merge each name into the one longer name it ends; longest first, so that "Donald Trump"
    # joins "Republican candidate Donald Trump" before "Trump" looks for a single longer name
    for key in sorted(groups, key=len, reverse=True):
        if key == (NO_SPEAKER,) or not forms[key][0][:1].isupper():
            continue
        longer = [k for k in groups if len(k) > len(key) and k[-len(key):] == key]
        if len(longer) == 1 and _after_modifier(forms[longer[0]][0], len(key)):
            groups[longer[0]] += groups.pop(key)
            forms[longer[0]] += forms.pop(key)
    sources = []
    for key, items in groups.items():
        items.sort(key=lambda e: (e.span.start, e.span.end))
        name = max(forms[key], key=lambda f: (len(f.split()), len(f)))
        sources.append(CitedSource(name, tuple(items)))
    sources.sort(key=lambda s: (not s.named, -s.count, s.evidence[0].span.start))
    return sources


def named_sources(sources: Iterable[CitedSource]) -> str:
    """How many of ``sources`` are named, in words: "1 named source", "4 named sources"."""
    n = sum(1 for s in sources if s.named)
    return f"{n} named source" + ("" if n == 1 else "s")


def _after_modifier(form: str, tail: int) -> bool:
    """Does a modifier, not a linking word, stand before the last ``tail`` words of ``form``
    ("Donald" in "Donald Trump", "candidate" in "candidate Donald Trump"; not "of" in "a
    group of Republicans", where the short name is another noun phrase)?"""
    words = form.lower().split()
    return len(words) > tail and words[-tail - 1] not in _LINKING
