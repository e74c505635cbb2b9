"""Lexicons as data: coded markers with patterns, explanations, examples and sources.

Each ``*.toml`` file beside this module holds one dimension's markers::

    [meta]
    dimension = "hedging"
    description = "..."

    [sources.hyland2005]
    citation = "Hyland, K. (2005). Metadiscourse. London: Continuum."

    [[marker]]
    code = "HG001"              # stable, unique across all lexicons
    category = "hedge"          # the evidence category
    subcategory = "epistemic_modal"
    name = "may"
    patterns = ['\\bmay\\b']     # Python regexes, matched case-insensitively unless case_sensitive
    explanation = "..."         # what it is, one line
    why = "..."                 # why it matters to a reader
    example = "Pyongyang may find that ..."      # must match
    counterexample = "The talks resume in May."  # must not match (optional)
    source = "hyland2005"       # a key of [sources]

The loader validates every file (required fields, unique codes, known sources);
patterns are compiled on first use, and the tests compile every one. ``tests/test_lexicons.py`` then runs every marker's example
through the real pipeline (``sourcelens.analyze``) and checks that the marker is
found, and that its counterexample does not produce it, so a broken lexicon fails the
test suite rather than a user's run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from array import array
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Iterator, TypeVar

from ..errors import LexiconError

T = TypeVar("T")

REQUIRED_FIELDS = ("code", "category", "name", "patterns", "explanation", "example", "source")


@dataclass(frozen=True)
class Marker:
    """One coded marker of a lexicon."""

    code: str
    dimension: str
    category: str
    name: str
    patterns: tuple[str, ...]
    explanation: str
    example: str
    source: str
    source_citation: str
    subcategory: str = ""
    why: str = ""
    counterexample: str = ""
    case_sensitive: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def flags(self) -> int:
        return 0 if self.case_sensitive else re.IGNORECASE

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The marker's patterns as one regex, compiled on first use (compiling all 190
        markers up front would cost a tenth of a second at every start) and kept on the
        marker (the analyzers ask for it per article)."""
        try:
            return _compile("|".join(f"(?:{p})" for p in self.patterns), self.flags)
        except re.error as exc:
            raise LexiconError(f"{self.dimension} marker {self.code} has a bad pattern: {exc}") from None


@dataclass(frozen=True)
class Lexicon:
    dimension: str
    description: str
    sources: dict[str, str]
    markers: tuple[Marker, ...]

    def by_code(self) -> dict[str, Marker]:
        return {m.code: m for m in self.markers}

    def in_category(self, *categories: str) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.category in categories)


@lru_cache(maxsize=None)
def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return compile_regex(pattern, flags)


# --------------------------------------------------------------------------------------
# A start-up cache, like Python's own __pycache__: a cold ``sourcelens score`` used to
# spend ~0.25 s in ``re``'s pure-Python parser/compiler on the big combined regexes and
# ~45 ms parsing TOML. Both results are plain data (the regex engine's int code list;
# the TOML dicts), so they are kept in one ``marshal`` file per Python build and reused.
# A regex rebuilt from its cached code is the very object ``re.compile`` would return
# (same code, same flags, same groups), so results cannot differ. The key holds the
# exact Python version and the engine's MAGIC, any failure falls back to the normal
# path, and ``SOURCELENS_CACHE_DIR=""`` turns the cache off.
# --------------------------------------------------------------------------------------

_store: dict[str, dict] | None = None
# the array type of the engine's code word (_sre.CODESIZE bytes, 4 on CPython 3.11)
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == 4), "I")
_dirty = False
_added: dict[str, dict] = {}   # entries this process computed
_used: dict[str, set] = {}     # keys of entries this process read from the file
# One version's working set is about 500 entries (2 MB, 7 ms to load). Entries of older
# versions and edited lexicons are never read again but would be loaded by every run: past
# this many, a run that adds entries writes back only what it used and added.
_MAX_ENTRIES = 1500


def _cache_file() -> str | None:
    import os
    import sys

    import _sre

    root = os.environ.get("SOURCELENS_CACHE_DIR")
    if root is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        root = os.path.join(base, "sourcelens")
    if not root:
        return None
    if array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return os.path.join(root, f"startup-{tag}.marshal")


def _cache() -> dict[str, dict]:
    global _store
    if _store is None:
        _store = {"re": {}}
        try:
            path = _cache_file()
            if path:
                import marshal

                with open(path, "rb") as fh:
                    data = marshal.loads(fh.read())  # 5x faster than marshal.load(fh)
                if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
                    _store = data
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return _store


def _remember(kind: str, key: Any, value: Any) -> None:
    global _dirty
    import marshal

    try:
        marshal.dumps(value)  # e.g. a TOML date is not marshal-able: then do not cache it
    except ValueError:
        return
    _cache().setdefault(kind, {})[key] = value
    _added.setdefault(kind, {})[key] = value
    if not _dirty:
        _dirty = True
        import atexit

        atexit.register(_save)


def _working_set() -> dict[str, dict]:
    """The entries this process read or added: what a store past ``_MAX_ENTRIES`` keeps."""
    assert _store is not None
    kept: dict[str, dict] = {}
    for kind, entries in _store.items():
        keys = _used.get(kind, set()) | _added.get(kind, {}).keys()
        if keys:
            kept[kind] = {key: entries[key] for key in keys if key in entries}
    return kept


def _save() -> None:
    """Write the cache atomically (parallel runs may race; the last complete file wins)."""
    import marshal
    import os

    path = _cache_file()
    if not path or _store is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        store = _store if sum(map(len, _store.values())) <= _MAX_ENTRIES else _working_set()
        with open(tmp, "wb") as fh:
            marshal.dump(store, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the compiled code kept in the start-up cache."""
    import _sre

    key = (pattern, int(flags))
    hit = _cache()["re"].get(key)
    if hit is not None:
        _used.setdefault("re", set()).add(key)
        try:
            final_flags, code, groups, groupindex, indexgroup = hit
            return _sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups,
                                groupindex, indexgroup)
        except Exception:  # a damaged cache entry: compile normally below
            pass
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, int(flags))
        code = _compiler._code(parsed, int(flags))
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags) | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *args)
    except re.error:
        raise
    except Exception:  # the engine's internals differ on this Python: compile the ordinary way, uncached
        return re.compile(pattern, flags)
    # the code as packed bytes: marshal refuses the opcodes (int subclasses), and a list of
    # 180,000 ints takes 40 times longer to load than the same bytes
    _remember("re", key, args[:1] + (array(_CODE_TYPE, code).tobytes(),) + args[2:])
    return compiled


def table_text(filename: str) -> str:
    """The text of a table shipped beside the lexicons (``lexicons/<filename>``, a ``.tsv``)."""
    return resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")


def table_rows(text: str) -> Iterator[list[str]]:
    """The tab-separated fields of each row of a lexicon table's text: blank lines and the
    ``#`` lines of its header (the source, how it was built) are skipped."""
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def derived(kind: str, source: str, build: Callable[[str], T]) -> T:
    """``build(source)``, kept in the start-up cache under ``kind``, ``build`` and ``source``.

    For pure functions of a text whose result is plain data (dicts, lists, strings,
    numbers): parsed TOML, a table file, a regex built from a word list. The key is a
    digest of ``source`` and of :func:`_builder_stamp` (the builder's name and its
    module file's size and modification time), so editing or upgrading the code that
    builds an entry makes the old entry unreachable instead of silently reused."""
    import hashlib

    digest = hashlib.blake2b(_builder_stamp(build).encode("utf-8"), digest_size=20)
    digest.update(source.encode("utf-8"))
    key = digest.hexdigest()
    store = _cache().setdefault(kind, {})
    if key in store:
        _used.setdefault(kind, set()).add(key)
        return store[key]
    value = build(source)
    _remember(kind, key, value)
    return value


@lru_cache(maxsize=None)
def _code_file_stamp(filename: str) -> str:
    import os

    try:
        st = os.stat(filename)
    except OSError:  # no file (a zip import): the package version still changes on upgrade
        from .. import __version__

        return f"{filename}|{__version__}"
    return f"{filename}|{st.st_size}|{st.st_mtime_ns}"


def _builder_stamp(build: Callable[[str], Any]) -> str:
    """What identifies the code of ``build``: where it is defined, and that file's stamp
    (like ``__pycache__``, which trusts a source file's size and modification time)."""
    code = getattr(build, "__code__", None)
    if code is None:  # a builtin or a callable object: its name is all there is
        return f"{getattr(build, '__module__', '')}.{getattr(build, '__qualname__', repr(build))}"
    return f"{build.__module__}.{build.__qualname__}|{_code_file_stamp(code.co_filename)}"


def parse_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, with the parsed data kept in the start-up cache."""
    def parse(source: str) -> dict[str, Any]:
        import tomllib

        return tomllib.loads(source)

    return derived("toml", text, parse)


def available() -> list[str]:
    """Names of the lexicon files shipped with the package (without ``.toml``)."""
    root = resources.files(__name__)
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))


@lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    """Load and validate the lexicon ``name`` (e.g. ``"hedging"``)."""
    return _build(name, _data(name))


def section(name: str, key: str) -> dict[str, Any]:
    """A top-level table of lexicon ``name`` other than its markers (e.g. provenance's
    ``[disclosure]`` word lists), from the same parse that :func:`load` uses."""
    return _data(name)[key]


@lru_cache(maxsize=None)
def _data(name: str) -> dict[str, Any]:
    path = resources.files(__name__).joinpath(f"{name}.toml")
    try:
        return parse_toml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"no lexicon named {name!r}") from None
    except ValueError as exc:  # tomllib is imported only on a cache miss; its error is a ValueError
        import tomllib

        if isinstance(exc, tomllib.TOMLDecodeError):
            raise LexiconError(f"lexicon {name}.toml is not valid TOML: {exc}") from None
        raise


def _build(name: str, data: dict[str, Any]) -> Lexicon:
    meta = data.get("meta", {})
    dimension = meta.get("dimension", name)
    sources = {key: value["citation"] for key, value in data.get("sources", {}).items()}
    markers = []
    seen: set[str] = set()
    for raw in data.get("marker", []):
        missing = [f for f in REQUIRED_FIELDS if not raw.get(f)]
        if missing:
            raise LexiconError(f"{name}.toml: marker {raw.get('code', '?')} lacks {', '.join(missing)}")
        code = raw["code"]
        if code in seen:
            raise LexiconError(f"{name}.toml: duplicate code {code}")
        seen.add(code)
        if raw["source"] not in sources:
            raise LexiconError(f"{name}.toml: marker {code} cites unknown source {raw['source']!r}")
        known = {"code", "category", "subcategory", "name", "patterns", "explanation", "why",
                 "example", "counterexample", "source", "case_sensitive"}
        marker = Marker(
            code=code,
            dimension=dimension,
            category=raw["category"],
            subcategory=raw.get("subcategory", ""),
            name=raw["name"],
            patterns=tuple(raw["patterns"]),
            explanation=raw["explanation"],
            why=raw.get("why", ""),
            example=raw["example"],
            counterexample=raw.get("counterexample", ""),
            source=raw["source"],
            source_citation=sources[raw["source"]],
            case_sensitive=bool(raw.get("case_sensitive", False)),
            extra={k: v for k, v in raw.items() if k not in known},
        )
        markers.append(marker)
    return Lexicon(dimension, meta.get("description", ""), sources, tuple(markers))


def all_markers(names: Iterable[str] | None = None) -> list[Marker]:
    """Every marker of every shipped lexicon, sorted by code."""
    out: list[Marker] = []
    for name in names or available():
        out.extend(load(name).markers)
    return sorted(out, key=lambda m: m.code)
