"""What a sentence has found, indexed for sentences of many: :class:`_ClaimIndex`, the
spans it has claimed, by start ("does this span overlap a claim?"), and :class:`_Verbal`,
its citations by a verb, for the quotations after them ("is a verb's citation beside this
quotation?", "who spoke last before it?")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...model import Evidence


class _ClaimIndex:
    """The spans a sentence has claimed, indexed by start, so that :meth:`overlaps` does not
    scan them all: a paragraph of thousands of links made that scan, once per claim,
    quadratic (10,000 links took 7 s). Kept only for sentences with many claims."""

    __slots__ = ("count", "_starts", "_reach")

    def __init__(self) -> None:
        self.count = 0                 # how many claims are in
        self._starts: list[int] = []   # the claims' starts, sorted
        self._reach: list[int] = []    # _reach[k]: the furthest end among claims 0..k of that order

    def add(self, start: int, end: int) -> None:
        """Put in one claim. The prefix maxima after it are non-decreasing, so they stop
        changing at the first that reaches as far as ``end``: one step when claims come in
        text order, and when one is put in before claims that reach further (an anonymous
        phrase extended to its verb, "some experts said", in a sentence of many)."""
        self.count += 1
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        reach = self._reach
        reach.insert(i, max(reach[i - 1], end) if i else end)
        for k in range(i + 1, len(reach)):
            if reach[k] >= end:
                break
            reach[k] = end

    def overlaps(self, s: int, e: int) -> bool:
        """Does ``[s, e)`` overlap a claim, i.e. is there one with ``start < e`` and ``s < end``?
        The claims starting before ``e`` come first in start order; one of them reaches past
        ``s`` exactly when the furthest end among them does."""
        i = bisect_left(self._starts, e)
        return i > 0 and self._reach[i - 1] > s


class _Verbal:
    """A sentence's citations by a verb (the kinds in ``_VERBAL``) and its anonymous
    attributions with a source ("one lawmaker called Trump"), indexed for the quotations that
    follow: looking through all of them for each quotation took quadratic time in a sentence
    of many quotations."""

    __slots__ = ("_starts", "_ends", "_source_ends", "_sources")

    def __init__(self, verbal: list[Evidence]) -> None:
        self._starts = sorted(e.span.start for e in verbal)
        self._ends = sorted(e.span.end for e in verbal)
        # the citations naming a source, by end; _sources[k]: the source of the one that
        # comes last in text order (by start, as they were sorted) among the first k + 1
        with_source = sorted(((e.span.end, k, e) for k, e in
                              enumerate(sorted(verbal, key=lambda e: e.span.start)) if "source_start" in e.attrs),
                             key=lambda item: item[0])
        self._source_ends = [end for end, _, _ in with_source]
        self._sources: list[tuple[int, int]] = []
        best = -1
        for _, k, e in with_source:
            if k > best:
                best = k
                source = (e.attrs["source_start"], e.attrs["source_end"])
            self._sources.append(source)

    def beside(self, qs: int, qe: int) -> bool:
        """Does one start within 4 characters of the quotation's end, or end within 4 of its
        start?"""
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, qe - 4)
        j = bisect_left(ends, qs - 4)
        return (i < len(starts) and starts[i] <= qe + 4) or (j < len(ends) and ends[j] <= qs + 4)

    def source_before(self, qs: int) -> tuple[int, int] | None:
        """The source of the last one (in text order) that ends by ``qs`` and names one."""
        k = bisect_right(self._source_ends, qs)
        return self._sources[k - 1] if k else None
