"""The per-token memos shared by ingest, readability, VADER and specificity (sourcelens.memo)."""

from sourcelens.memo import BoundedMemo, Memo


def test_answers_are_computed_once_and_memory_is_bounded():
    calls = []

    def length(key: str) -> int:
        calls.append(key)
        return len(key)

    memo = BoundedMemo(length, limit=3)
    assert sum(map(memo.__getitem__, ["said,", "the", "said,"])) == 13
    assert calls == ["said,", "the"]          # the repeated token was not computed again
    for key in ("a", "bb", "ccc", "dddd"):
        memo[key]
    assert len(memo) <= 3                      # emptied on reaching its limit, never above it
    assert memo["dddd"] == 4 and "dddd" in memo


def test_an_unbounded_memo_computes_once_and_keeps_everything_until_emptied():
    calls = []
    memo = Memo(lambda key: calls.append(key) or len(key))
    assert [memo[k] for k in ("said,", "the", "said,")] == [5, 3, 5]
    assert calls == ["said,", "the"]
    for key in map(str, range(1000)):
        memo[key]
    assert len(memo) == 1002                   # no bound of its own: its caller empties it
