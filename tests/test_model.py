"""The records of sourcelens.model: their faster ``__init__`` (``_direct_init``, and Span's
written out) behaves as the one ``dataclass`` writes."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from sourcelens import model
from sourcelens.model import DimensionResult, Evidence, Metric, Region, Sentence, Span

FAST = (Span, Region, Sentence, Evidence, Metric, DimensionResult)


def _reference(cls):
    """The same record as ``dataclass`` alone makes it (its generated ``__init__``)."""
    specs = [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
             for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(f"Plain{cls.__name__}", specs, frozen=True, slots=True)


def _arguments(cls):
    """Distinct values for every field of ``cls``, in field order."""
    span = Span(2, 9)
    examples = {"start": 2, "end": 9, "span": span, "kind": "body", "reason": "why", "index": 3,
                "paragraph": 1, "region": "footer", "words": 12, "code": "HG001", "dimension": "hedging",
                "category": "hedge", "text": "may", "note": "a hedge", "attrs": {"a": 1}, "key": "x.y",
                "value": 1.5, "unit": "%", "direction": "higher", "label": "L", "metrics": (),
                "evidence": (), "sentence_scores": {"s": (1.0,)}, "extras": {"e": 1}, "status": "measured"}
    return [examples[f.name] for f in dataclasses.fields(cls)]


def _values(record) -> dict:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


@pytest.mark.parametrize("cls", FAST, ids=lambda c: c.__name__)
def test_fast_init_stores_what_the_dataclass_init_stores(cls):
    plain = _reference(cls)
    args = _arguments(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    assert _values(cls(*args)) == _values(plain(*args))
    assert _values(cls(**dict(zip(names, args)))) == _values(plain(**dict(zip(names, args))))
    least = args[: len(required)]
    assert _values(cls(*least)) == _values(plain(*least))  # defaults and default factories
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:  # a fresh object for every record
            assert getattr(cls(*least), f.name) is not getattr(cls(*least), f.name)
    for bad_args, bad_kwargs in (((), {}), ((*args, "extra"), {}), (tuple(least), {"nonsense": 1}),
                                 (tuple(least), {names[0]: args[0]})):
        with pytest.raises(TypeError):
            plain(*bad_args, **bad_kwargs)
        with pytest.raises(TypeError):
            cls(*bad_args, **bad_kwargs)


@pytest.mark.parametrize("cls", FAST, ids=lambda c: c.__name__)
def test_fast_init_records_stay_frozen_dataclasses(cls):
    record = cls(*_arguments(cls))
    first = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first, getattr(record, first))
    assert dataclasses.replace(record) == record
    assert pickle.loads(pickle.dumps(record)) == record
    assert repr(record).startswith(f"{cls.__name__}(")


def test_span_still_refuses_a_bad_range():
    for start, end in ((5, 4), (-1, 3)):
        with pytest.raises(ValueError, match="bad span"):
            Span(start, end)
    assert len(Span(3, 3)) == 0 and Span(end=7, start=2) == Span(2, 7)


def test_direct_init_calls_post_init():
    seen = []

    @model._direct_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int
        b: list = dataclasses.field(default_factory=list)

        def __post_init__(self) -> None:
            seen.append((self.a, self.b))

    Checked(1)
    Checked(2, [3])
    assert seen == [(1, []), (2, [3])]
