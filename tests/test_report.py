"""Reports: the golden sample report, determinism, JSON schemas, N articles, hostile text."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

import sourcelens
from sourcelens.report import render_comparison, render_profiles
from sourcelens.report.markdown import escape, quote

from conftest import GENERATED, PEER, REPO

GOLDEN = REPO / "reports" / "peer-reviewed-vs-generated.md"
GOLDEN_JSON = REPO / "reports" / "peer-reviewed-vs-generated.json"
REGENERATE = ("sourcelens compare samples/peer-reviewed.txt samples/generated.txt "
              "-o reports/peer-reviewed-vs-generated.md")
_VERSIONS = re.compile(r"Versions: [^<\n]*")


def _without_versions(text: str) -> str:
    return _VERSIONS.sub("Versions: …", text)


@pytest.fixture(scope="module")
def sample_comparison(monkeypatch_module):
    monkeypatch_module.chdir(REPO)
    docs = [sourcelens.load("samples/peer-reviewed.txt"), sourcelens.load("samples/generated.txt")]
    return sourcelens.compare(docs)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_golden_report_is_current(sample_comparison):
    """reports/ is written by the tool; regenerate with the README command when this fails."""
    assert GOLDEN.exists(), f"missing; run: {REGENERATE}"
    current = render_comparison(sample_comparison, "markdown")
    assert _without_versions(GOLDEN.read_text(encoding="utf-8")) == _without_versions(current), \
        f"reports/ is out of date; run: {REGENERATE}"


def test_golden_json_is_current(sample_comparison):
    assert GOLDEN_JSON.exists()
    current = json.loads(render_comparison(sample_comparison, "json"))
    stored = json.loads(GOLDEN_JSON.read_text(encoding="utf-8"))
    for data in (current, stored):
        data.pop("versions")
        for p in data["profiles"]:
            p.pop("versions")
    assert stored == current, "reports/*.json is out of date; run the README's regenerate command"


def test_reports_are_byte_identical_across_runs(sample_comparison):
    again = sourcelens.compare([sourcelens.load(PEER), sourcelens.load(GENERATED)])
    assert render_comparison(again, "markdown") == render_comparison(
        sourcelens.compare([sourcelens.load(PEER), sourcelens.load(GENERATED)]), "markdown")
    assert render_comparison(again, "json") == render_comparison(
        sourcelens.compare([sourcelens.load(PEER), sourcelens.load(GENERATED)]), "json")


def _validator(name: str):
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    schemas = {}
    for file in ("profile.schema.json", "comparison.schema.json"):
        data = json.loads(resources.files("sourcelens.report").joinpath("schemas", file).read_text())
        schemas[data["$id"]] = data
    registry = Registry().with_resources((k, Resource.from_contents(v)) for k, v in schemas.items())
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


def test_profile_json_validates(peer_profile, generated_profile):
    validator = _validator("sourcelens/profile@1")
    for item in json.loads(render_profiles([peer_profile, generated_profile], "json")):
        validator.validate(item)


def test_jsonl_line_is_the_plain_dump_byte_for_byte(peer_profile, generated_profile):
    """The corpus line reuses each metric's serialised metric_info entry; it must equal
    the plain sorted dump of the record, including metrics that are None with a reason."""
    from sourcelens.ingest import from_text

    title_only = sourcelens.analyze(from_text("# A heading and nothing else\n", source="t.md"))
    assert any(m.reason for m in title_only.metrics.values())
    profiles = [peer_profile, generated_profile, title_only, peer_profile]
    lines = render_profiles(profiles, "jsonl").splitlines()
    assert lines == [json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True) for p in profiles]


ODD_VALUES = ['say "so" \\ {0} %s %(x)s {{}} \u00e9\u2019\U0001F600 \x01\n\t', "", "%", "{", "}",
              0, -7, 10**30, True, False, None, 0.1, -0.0, 1e300, 2.5e-8, float("nan"), float("inf"),
              float("-inf"), [1, "two", None, {"b": 1, "a": 2}], {"z": 1, "a": [True]}, ()]


def _with_odd_values(profile, rng):
    """``profile`` with its evidence and sentence scores given values, names, notes and
    shapes that hit the JSON encoder's edge cases (escapes, braces and ``%`` in constants,
    non-finite floats, nested values, attribute names that replace a field or sort first)."""
    import dataclasses

    names = ["a", "zz", "kind", "%name", "{x}", "é", "text", "start", "note", "sentence"]
    results = []
    for result in profile.results:
        evidence = []
        for e in result.evidence:
            attrs = dict(e.attrs)
            for name in rng.sample(names, rng.randrange(4)):
                attrs[name] = rng.choice(ODD_VALUES)
            note = rng.choice([e.note, "", '100% {sure} "quoted" %s', e.note + "\u2019"])
            evidence.append(dataclasses.replace(e, note=note, attrs=attrs))
        scores = {name: tuple(rng.choice(ODD_VALUES[5:18]) for _ in values)
                  for name, values in result.sentence_scores.items()}
        if result.dimension == "sentiment":
            scores["%odd {name}"] = tuple(rng.choice(ODD_VALUES) for _ in profile.document.sentences)
        results.append(dataclasses.replace(result, evidence=tuple(evidence), sentence_scores=scores))
    return dataclasses.replace(profile, results=tuple(results))


def test_jsonl_line_templates_match_the_plain_dump_on_odd_values(peer_profile, generated_profile):
    """The record's templates (evidence, sentences) give the plain sorted dump byte for
    byte, whatever the values: it fails if a constant's ``%`` or brace is not escaped, a
    float is spelt otherwise than by json, or an attribute that replaces a field is kept."""
    import dataclasses
    import random

    from sourcelens.report.profile_json import profile_json_line

    rng = random.Random(5)
    for base in (peer_profile, generated_profile):
        for _ in range(4):
            profile = _with_odd_values(base, rng)
            line = profile_json_line(profile)
            assert line == json.dumps(profile.to_dict(), ensure_ascii=False, sort_keys=True)
    clash = dataclasses.replace(peer_profile, results=tuple(
        dataclasses.replace(r, sentence_scores={"words": (1,) * len(peer_profile.document.sentences)})
        if r.dimension == "sentiment" else r for r in peer_profile.results))
    assert profile_json_line(clash) == json.dumps(clash.to_dict(), ensure_ascii=False, sort_keys=True)


def test_comparison_json_validates(sample_comparison):
    data = json.loads(render_comparison(sample_comparison, "json"))
    _validator("sourcelens/comparison@1").validate(data)
    assert data["schema"] == "sourcelens/comparison@1"
    for f in data["findings"]:
        for e in f["evidence"]:
            text = sample_comparison.profiles[e["article"]].document.text
            assert text[e["start"] : e["end"]] == e["text"]
    for a in data["alignment"]:
        left = sample_comparison.profiles[a["left"]].document
        assert left.sentences[a["left_sentence"]].span.start == a["left_start"]


def test_three_articles_get_a_column_each():
    third = ("The alliance between the United States and South Korea dates from 1953. "
             "It may change. Officials said costs rose 8.2 per cent in 2019.")
    comparison = sourcelens.compare([sourcelens.load(PEER), sourcelens.load(GENERATED), third])
    md = render_comparison(comparison, "markdown")
    assert "| Measure | A | B | C | How to read it |" in md
    pairs = {(a.left, a.right) for a in comparison.alignment}
    assert pairs <= {(0, 1), (0, 2), (1, 2)}


HOSTILE = ("A | table | breaker. `code` and ``more``. <script>alert('x')</script> [link](javascript:x) "
           "**bold** _it_ ~~strike~~ " + "x" * 5000 + ".\n\nSecond paragraph with | pipes | galore, it may "
           "clearly cost $5 million according to officials.")


def test_hostile_article_text_cannot_break_markdown():
    comparison = sourcelens.compare([HOSTILE, sourcelens.load(PEER)])
    md = render_comparison(comparison, "markdown")
    assert "<script>" not in md
    assert max(len(line) for line in md.splitlines()) < 4000
    for table in re.findall(r"((?:^\|.*\n)+)", md, flags=re.M):
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table.strip().splitlines()}
        assert len(widths) == 1, table[:300]


@pytest.mark.parametrize("raw", ["a|b", "`x`", "<b>", "[x](y)", "*a*", "_a_", "\\", "~~a~~"])
def test_escape_neutralises_markup(raw):
    out = escape(raw)
    assert "|" not in out.replace("\\|", "")
    assert "<" not in out and ">" not in out
    assert "`" not in out.replace("\\`", "")


def test_quote_shortens_long_text():
    assert len(quote("word " * 200, 100)) <= 110


def test_readme_generated_parts_are_current():
    """The README's excerpt, accuracy and speed tables, and benchmarks/accuracy.md, come from their
    sources (tools/update_readme.py)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(REPO / "tools" / "update_readme.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_accuracy_is_told_in_brief_in_reports_by_headline_in_the_readme_and_in_full_apart(sample_comparison):
    """A report is read in class: one or two plain sentences per detector. The README's table
    gives each detector's main figures in a line or two, so that it can be read at a glance;
    benchmarks/accuracy.md gives every figure."""
    from sourcelens.accuracy import ACCURACY_ROWS

    md = render_comparison(sample_comparison, "markdown")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    in_full = (REPO / "benchmarks" / "accuracy.md").read_text(encoding="utf-8")
    for row in ACCURACY_ROWS:
        assert row.in_brief.endswith(".") and len(row.in_brief) <= 250, row.detector
        assert len(row.headline) <= 200 and row.headline.endswith(")"), row.detector   # names its script
        assert f"| {escape(row.detector)} | {escape(row.in_brief)} |" in md
        assert escape(row.result) not in md and row.headline in readme
        assert f"## {row.detector}\n" in in_full and row.result in in_full
        assert len(row.result) < 300 or row.result not in readme, row.detector
    assert "[benchmarks/accuracy.md](benchmarks/accuracy.md)" in readme


def test_profile_markdown_leaves_out_empty_breakdown_rows(generated_profile):
    md = render_profiles([generated_profile], "markdown")
    assert "| Markers of kind limiter | 4 |" in md                 # a kind with hits stays
    assert "| Markers of kind shield | 0 |" not in md              # an empty kind goes ...
    assert "| Figures of type money | 0 |" not in md
    assert "_8 breakdown rows with no hits are left out (all are in the JSON)._" in md   # ... and is counted
    assert "| Figures (numbers, amounts, dates) in the body | 0 |" in md  # a headline count of 0 stays


def _figures_finding(texts: list[str]) -> str:
    comparison = sourcelens.compare(texts)
    return next(f.text for f in comparison.findings if f.key == "specificity.figures_per_100_words")


DENSE = "Costs rose 8 per cent in 2019 to $5 million. Troops numbered 28,500."
LONG_FEW = (DENSE + " " + "Many people came, and officials met many times to talk about it at length. " * 40
            + "In 2020 there were 12 of them, and 3 more in 2021.")


def test_a_count_finding_says_instead_only_when_the_other_gives_none():
    """'B gives none, and speaks instead of ...' is right; 'B gives 6 figures, and speaks
    instead of ...' is not: the comparison is per 100 words, and B gives more figures in
    all while giving fewer for its length, beside its vague words, not instead of them."""
    none = _figures_finding([DENSE, "Many people came, and many more may come."])
    assert "gives none, and speaks instead of" in none
    some = _figures_finding([DENSE, LONG_FEW])
    assert re.search(r"A \(text\) gives 4 figures \(30\.77 per 100 words\).*; "
                     r"B \(text\) gives 8 figures, fewer for its length \(1\.37 per 100 words\)", some)
    assert "instead" not in some and "and also speaks of \u2018Many" in some


def test_with_three_articles_the_lowest_rate_is_said_once_to_be_for_its_length():
    text = _figures_finding([DENSE, LONG_FEW, "Costs rose 3 per cent in 2019. " + "Many came. " * 30])
    assert "the fewest for its length:" in text and text.count("for its length") == 1, text
