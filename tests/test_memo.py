"""The bounded per-token memo shared by ingest and VADER (sourcelens.memo)."""

from sourcelens.memo import BoundedMemo


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
