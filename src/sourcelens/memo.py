"""A bounded memo for pure per-token answers (what a white-space chunk contributes).

Text repeats its tokens, within an article and across a corpus, so several stages
remember the answer for each token instead of recomputing it. A :class:`BoundedMemo`
is a dict, so a caller sums or maps its answers for a whole sentence in C
(``sum(map(memo.__getitem__, chunks))``); a key not seen before is computed on the spot.
"""

from __future__ import annotations

from typing import Any, Callable


class Memo(dict):
    """key -> ``compute(key)``, remembered at its first look-up, without a bound of its own:
    for a memo its caller empties together with what it keeps beside it, at a point where
    nothing in flight depends on either (between sentences), as a memo that empties itself
    midway through a sentence could not be."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: Any) -> Any:
        answer = self[key] = self.compute(key)
        return answer


class BoundedMemo(Memo):
    """key -> ``compute(key)``, remembered; emptied at ``limit`` entries, so an endless
    stream of new keys over a long corpus run cannot grow memory forever."""

    def __init__(self, compute: Callable[[Any], Any], limit: int = 200_000) -> None:
        super().__init__(compute)
        self.limit = limit

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        answer = self[key] = self.compute(key)
        return answer
