"""The documented JSON of one profile (schema ``sourcelens/profile@1``).

::

    {
      "schema": "sourcelens/profile@1",
      "source": "samples/generated.txt",
      "sha256": "…", "encoding": "utf-8", "title": "…",
      "characters": 4620,
      "regions": [{"kind": "body", "start": 0, "end": 120, "reason": "…"}, …],
      "dimensions": {"readability": {"status": "measured", "note": ""}, …},
      "metrics": {"readability.flesch_kincaid_grade": 12.3, …},      # dotted key -> number | bool | null
      "metric_info": {"readability.flesch_kincaid_grade":
                        {"label": "…", "unit": "…", "direction": "…", "region": "body", "reason": "…"}},
      "evidence": [{"code": "HG001", "dimension": "hedging", "category": "hedge",
                    "start": 10, "end": 13, "text": "may", "note": "…", …}],
      "sentences": [{"start": 0, "end": 40, "region": "body", "words": 7, "compound": 0.2}, …],
      "extras": {"provenance": {…}},
      "versions": {"sourcelens": "0.1.0", …}
    }

Invariant: for every evidence item, ``text == document_text[start:end]``.
"""

from __future__ import annotations

import json
import operator
from functools import lru_cache
from typing import Any, Callable, Iterable

from ..memo import BoundedMemo
from ..model import PROFILE_SCHEMA, Evidence, Metric, Profile


def profile_to_dict(profile: Profile, include_sentences: bool = True,
                    include_metric_info: bool = True, include_evidence: bool = True) -> dict[str, Any]:
    doc = profile.document
    metrics = profile.metrics
    out: dict[str, Any] = {
        "schema": PROFILE_SCHEMA,
        "source": doc.source,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "title": doc.title,
        "characters": len(doc.text),
        "regions": [{"kind": r.kind, "start": r.span.start, "end": r.span.end, "reason": r.reason}
                    for r in doc.regions],
        "dimensions": {r.dimension: {"status": r.status, "note": r.note} for r in profile.results},
        "metrics": {key: metrics[key].value for key in sorted(metrics)},
        "extras": {r.dimension: dict(r.extras) for r in profile.results if r.extras},
        "versions": dict(profile.versions),
    }
    if include_evidence:
        out["evidence"] = [e.to_dict() for e in _sorted_evidence(profile)]
    if include_metric_info:
        out["metric_info"] = {key: metrics[key].info() for key in sorted(metrics)}
    if include_sentences:
        scores = _sentence_scores(profile)
        out["sentences"] = [
            {"start": s.span.start, "end": s.span.end, "region": s.region, "words": s.words,
             **{name: values[s.index] for name, values in scores}}
            for s in doc.sentences
        ]
    return out


def _sentence_scores(profile: Profile) -> list[tuple[str, tuple[float | None, ...]]]:
    """Every per-sentence score of the profile, as (name, values) sorted by name."""
    return sorted({name: values for r in profile.results for name, values in r.sentence_scores.items()}.items())


def profile_json_line(profile: Profile) -> str:
    """``json.dumps(profile_to_dict(profile), ensure_ascii=False, sort_keys=True)``, byte for
    byte, with less work. Three parts of a record repeat their shape from item to item, so
    each shape is serialised once, as a template, and only the values that change are
    encoded per item:

    - ``metric_info`` (a quarter of a record) is the same text for every article: each
      metric's entry is cached whole;
    - an ``evidence`` item's code, dimension, category and note (and its attribute names)
      repeat for every hit of one marker: a template holds them, already encoded and in
      sorted key order, with slots for the start, end, text and attribute values;
    - every ``sentences`` item has the same keys within a record.

    The other keys go through :func:`json.dumps` as before; the parts are joined in sorted
    key order, with ``json``'s default separators. A test compares the two on real
    documents and on evidence built to hit the encoder's edge cases.
    """
    record = profile_to_dict(profile, include_metric_info=False, include_sentences=False,
                             include_evidence=False)
    parts = {key: _DUMPS(value) for key, value in record.items()}
    metrics = profile.metrics
    parts["metric_info"] = "{" + ", ".join([_info_entry(metrics[key]) for key in sorted(metrics)]) + "}"
    parts["evidence"] = "[" + ", ".join([_evidence_json(e) for e in _sorted_evidence(profile)]) + "]"
    parts["sentences"] = _sentences_json(profile)
    return "{" + ", ".join([f"{_STRING(key)}: {parts[key]}" for key in sorted(parts)]) + "}"


_DUMPS = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_STRING = json.encoder.encode_basestring  # a str as JSON with ensure_ascii=False (C)
_NON_FINITE = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # json's spelling


def _float(value: float) -> str:
    text = float.__repr__(value)
    return _NON_FINITE.get(text, text)


# How json encodes a value of each exact type (bool before int: ``type(True) is bool``);
# anything else (lists, dicts, subclasses) goes through the encoder itself.
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _STRING, int: int.__repr__, float: _float, bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def _json_values(values: Iterable[Any]) -> list[str]:
    """Each value as JSON text, as ``json.dumps(value, ensure_ascii=False, sort_keys=True)``."""
    return [_SCALARS.get(type(value), _DUMPS)(value) for value in values]


def _sorted_evidence(profile: Profile) -> list[Evidence]:
    return sorted(profile.evidence, key=lambda e: (e.span.start, e.span.end, e.code))


def _evidence_json(e: Evidence) -> str:
    """``json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True)``, from its shape's template."""
    attrs = e.attrs
    text, in_key_order = _TEMPLATES[e.code, e.dimension, e.category, e.note, tuple(attrs)]
    span = e.span
    return text % in_key_order((span.start, span.end, _STRING(e.text),
                                *_json_values(attrs.values())))


def _evidence_template(code: str, dimension: str, category: str, note: str,
                       names: tuple[str, ...]) -> _Template:
    """The template of one evidence shape. Its values come as (start, end, text, then the
    attribute values in ``names`` order). An attribute named like a field replaces it, as
    in :meth:`Evidence.to_dict`."""
    items: dict[str, str | _Slot] = {"code": _STRING(code), "dimension": _STRING(dimension),
                                     "category": _STRING(category), "start": _Slot(0), "end": _Slot(1),
                                     "text": _Slot(2)}
    if note:
        items["note"] = _STRING(note)
    items.update((name, _Slot(slot)) for slot, name in enumerate(names, start=3))
    return _object_template(items)


class _Slot(int):
    """The place of a value in the tuple a template made by :func:`_object_template` is given."""


# A ``%`` format string, and the function that puts a tuple of values in its order.
_Template = tuple[str, Callable[[tuple], tuple]]


def _object_template(items: dict[str, str | _Slot]) -> _Template:
    """The template of a JSON object with ``items``' keys in sorted order: a ``str`` value is
    JSON text already (a constant of the format string, its ``%`` doubled); a
    :class:`_Slot` is filled with the value at that place of the tuple given, which must
    be JSON text already, or an ``int``."""
    parts, order = [], []
    for key, value in sorted(items.items()):
        if isinstance(value, _Slot):
            parts.append(_STRING(key).replace("%", "%%") + ": %s")
            order.append(int(value))
        else:
            parts.append((_STRING(key) + ": " + value).replace("%", "%%"))
    in_key_order = operator.itemgetter(*order) if len(order) > 1 else lambda values: (values[order[0]],)
    return "{" + ", ".join(parts) + "}", in_key_order


# shape -> template; notes are per marker, so a corpus has a few thousand shapes at most
_TEMPLATES = BoundedMemo(lambda shape: _evidence_template(*shape), limit=20_000)


def _sentences_json(profile: Profile) -> str:
    """``json.dumps`` of the record's ``sentences`` list: one template for all its items (a
    score named like a field replaces it, as in :func:`profile_to_dict`), filled column by
    column: each score column is encoded at once (:func:`_json_column`), and the columns,
    put in the template's key order, are zipped into rows."""
    sentences = profile.document.sentences
    if not sentences:
        return "[]"
    scores = _sentence_scores(profile)
    slots = {"start": _Slot(0), "end": _Slot(1), "region": _Slot(2), "words": _Slot(3)}
    slots.update((name, _Slot(slot)) for slot, (name, _) in enumerate(scores, start=4))
    text, in_key_order = _object_template(slots)
    region_json = {region: _STRING(region) for region in {s.region for s in sentences}}
    columns = ([s.span.start for s in sentences], [s.span.end for s in sentences],
               [region_json[s.region] for s in sentences], [s.words for s in sentences],
               *[_json_column(list(values)) for _, values in scores])  # aligned with sentences
    return "[" + ", ".join([text % row for row in zip(*in_key_order(columns))]) + "]"


_PLAIN = frozenset({int, float, bool, type(None)})  # json writes a list of these with ", " between


def _json_column(values: list[Any]) -> list[str]:
    """Each value as JSON text, as :func:`_json_values`; a column of plain numbers (and
    None, True, False) is encoded by ``json`` in one call and split at its separators."""
    if values and set(map(type, values)) <= _PLAIN:
        return _DUMPS(values)[1:-1].split(", ")
    return _json_values(values)


def _info_entry(m: Metric) -> str:
    return _serialised_info(m.key, m.label, m.unit, m.direction, m.region, m.reason)


@lru_cache(maxsize=8192)  # about 150 metrics, a few reasons each: bounded whatever the corpus
def _serialised_info(key: str, label: str, unit: str, direction: str, region: str, reason: str | None) -> str:
    info = Metric(key, None, unit, direction, label, region, reason).info()
    return f"{_STRING(key)}: {_DUMPS(info)}"
