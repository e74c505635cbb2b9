"""The core records that flow through sourcelens.

    file / stdin -> ingest -> Document -> analyzers -> Profile -> reporters
                                                       \\-> compare -> Comparison -> reporters

Every record is a frozen dataclass. Offsets are half-open ``[start, end)`` character
offsets into ``Document.text`` (the decoded, NFC-normalised text with ``\\n`` line
endings), so any piece of evidence can be quoted back exactly:
``document.text[e.start:e.end] == e.text``.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Mapping, TypeVar

PROFILE_SCHEMA = "sourcelens/profile@1"
COMPARISON_SCHEMA = "sourcelens/comparison@1"

#: The five dimensions of a profile, plus the separately caveated style signals,
#: in the order reports show them.
DIMENSIONS = ("readability", "hedging", "sentiment", "specificity", "provenance", "style")


_Record = TypeVar("_Record", bound=type)


class _NoValue:
    """The default of a field with a default factory (shown as dataclasses shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_NO_VALUE = _NoValue()


def _direct_init(cls: _Record) -> _Record:
    """Give a frozen slots dataclass a faster ``__init__``, with the same signature and effect.

    The one ``dataclass`` writes stores each field with ``object.__setattr__(self, name,
    value)``, the way round frozenness, at about 1,300 CPU instructions a field on
    CPython 3.11; this one calls each slot's own descriptor setter (``member.__set__``),
    about 600. Sourcelens makes about 450 of these records per article (spans, evidence,
    metrics, sentences), so this is about 3 % of the time of ``sourcelens score``.
    Defaults, default factories and ``__post_init__`` behave as before; the records stay
    frozen (assigning an attribute still raises ``FrozenInstanceError``), and ``repr``,
    equality, hashing and ``dataclasses.replace`` are ``dataclass``'s own.
    """
    names: dict[str, Any] = {"_NO_VALUE": _NO_VALUE}
    params, body = [], []
    for f in fields(cls):
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not MISSING:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_NO_VALUE")
            body.append(f"if {f.name} is _NO_VALUE: {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
        body.append(f"_set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "".join(f"    {line}\n" for line in body)
    exec(source, names)  # noqa: S102 - built from the class's own field names, as dataclasses does
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # written out, the check inline, for the most common record (see _direct_init)
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        _set_span_start(self, start)
        _set_span_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


@_direct_init
@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the document (usually one line or paragraph) and what it is.

    ``kind`` is ``body`` for the article itself, or one of the boilerplate kinds
    (``title``, ``header``, ``caption``, ``widget``, ``bio``, ``footer``,
    ``disclaimer``). ``reason`` says which rule decided it.
    """

    span: Span
    kind: str
    reason: str = ""


@_direct_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, with the paragraph it sits in and the region kind of that paragraph.

    ``words`` counts its white-space-delimited tokens that contain a letter or digit
    (textstat's definition), the denominator of every "per 100 words" figure.
    """

    index: int
    span: Span
    paragraph: int
    region: str
    words: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """One article, decoded and split, ready for the analyzers.

    ``text`` is what every offset points into. ``paragraphs`` and ``sentences`` are in
    reading order; ``regions`` classify the paragraphs (body or boilerplate).
    ``offset_map`` is ``None`` when normalisation changed no offsets; otherwise it maps
    each index of ``text`` to an index of the decoded original (``raw_text``).
    """

    source: str
    text: str
    paragraphs: tuple[Span, ...]
    regions: tuple[Region, ...]
    sentences: tuple[Sentence, ...]
    encoding: str = "utf-8"
    sha256: str = ""
    title: str | None = None
    offset_map: tuple[int, ...] | None = field(default=None, repr=False, compare=False)

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentences_in(self, *kinds: str) -> tuple[Sentence, ...]:
        """The sentences whose region kind is one of ``kinds`` (all when none given)."""
        if not kinds:
            return self.sentences
        return tuple(s for s in self.sentences if s.region in kinds)

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        return self.sentences_in("body")

    @property
    def body_words(self) -> int:
        return sum(s.words for s in self.sentences if s.region == "body")

    def region_kind_at(self, offset: int) -> str:
        for region in self.regions:
            if region.span.start <= offset < region.span.end:
                return region.kind
        return "body"


@_direct_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """One finding, pointing back at the exact words it came from.

    ``code`` is the stable marker code (e.g. ``HG012``), ``category`` the kind of hit
    (``hedge``, ``booster``, ``figure`` …), ``note`` a plain-language reason, and
    ``attrs`` any typed extras (a figure's type and normalised value, a citation's
    source span …) that end up in the JSON as they are.
    """

    code: str
    dimension: str
    category: str
    span: Span
    text: str
    note: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "dimension": self.dimension,
            "category": self.category,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
        }
        if self.note:
            out["note"] = self.note
        for key in sorted(self.attrs):
            out[key] = self.attrs[key]
        return out


@_direct_init
@dataclass(frozen=True, slots=True)
class Metric:
    """One number with its meaning.

    ``value`` is ``None`` (with a ``reason``) when it cannot be computed: an empty body
    has no reading grade, and a fake 0 would be indistinguishable from a real score.
    ``direction`` says how to read it (``"higher = harder to read"``), ``region`` which
    part of the document it measured.
    """

    key: str
    value: float | int | bool | None
    unit: str = ""
    direction: str = ""
    label: str = ""
    region: str = "body"
    reason: str | None = None

    @property
    def dimension(self) -> str:
        return self.key.split(".", 1)[0]

    def info(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "unit": self.unit, "direction": self.direction,
                               "region": self.region}
        if self.reason:
            out["reason"] = self.reason
        return out


@_direct_init
@dataclass(frozen=True, slots=True)
class DimensionResult:
    """What one analyzer found in one document.

    ``status`` is ``measured`` or ``not_built`` (an analyzer that does not exist yet is
    reported as such, never as zeros). ``sentence_scores`` holds per-sentence values
    (e.g. VADER compound) keyed by name, each a tuple aligned with
    ``Document.sentences`` (``None`` for sentences the analyzer did not score).
    """

    dimension: str
    metrics: tuple[Metric, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    sentence_scores: Mapping[str, tuple[float | None, ...]] = field(default_factory=dict)
    extras: Mapping[str, Any] = field(default_factory=dict)
    status: str = "measured"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything sourcelens measured about one article."""

    document: Document
    results: tuple[DimensionResult, ...]
    versions: Mapping[str, str]

    @property
    def metrics(self) -> dict[str, Metric]:
        return {m.key: m for r in self.results for m in r.metrics}

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(e for r in self.results for e in r.evidence)

    def result(self, dimension: str) -> DimensionResult | None:
        for r in self.results:
            if r.dimension == dimension:
                return r
        return None

    def value(self, key: str) -> float | int | bool | None:
        metric = self.metrics.get(key)
        return None if metric is None else metric.value

    def evidence_for(self, dimension: str, category: str | None = None) -> list[Evidence]:
        return [e for e in self.evidence
                if e.dimension == dimension and (category is None or e.category == category)]

    def to_dict(self) -> dict[str, Any]:
        from .report.profile_json import profile_to_dict

        return profile_to_dict(self)


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two sentences of two articles that say similar things (TF-IDF cosine)."""

    left: int  # index of the profile
    right: int
    left_sentence: int  # index into that document's sentences
    right_sentence: int
    similarity: float


@dataclass(frozen=True, slots=True)
class Finding:
    """A plain-language statement about a difference, with the evidence behind it."""

    dimension: str
    key: str
    text: str
    evidence: tuple[tuple[int, Evidence], ...] = ()  # (profile index, evidence)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two or more profiles side by side, computed once so every reporter shows the same rows."""

    profiles: tuple[Profile, ...]
    alignment: tuple[AlignedPair, ...]
    findings: tuple[Finding, ...]
    content: Mapping[str, Any] = field(default_factory=dict)
    questions: tuple[str, ...] = ()
    dimensions: tuple[str, ...] = DIMENSIONS

    def to_dict(self) -> dict[str, Any]:
        from .report.comparison_json import comparison_to_dict

        return comparison_to_dict(self)
