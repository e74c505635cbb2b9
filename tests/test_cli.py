"""The command line: every command, every bad input, and what it leaves behind."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from sourcelens.cli import cli, main

from conftest import GENERATED, PEER


def run(args, input=None):
    """Run the CLI through main() so exit codes and error lines are what users get."""
    runner = CliRunner()
    return runner.invoke(_Main(), args, input=input, catch_exceptions=False)


class _Main:
    """Adapter so CliRunner drives main() (which turns errors into exit codes)."""

    name = "sourcelens"

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        code = main(args)
        raise SystemExit(code)


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output and "sourcelens" in result.output, name
    assert "Examples" in CliRunner().invoke(cli, ["--help"]).output


def test_score_json_schema_and_offsets():
    result = run(["score", str(PEER), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert isinstance(data, list) and len(data) == 1
    profile = data[0]
    assert profile["schema"] == "sourcelens/profile@1"
    assert profile["source"] == str(PEER)
    text = PEER.read_text(encoding="utf-8")
    assert profile["evidence"]
    for e in profile["evidence"]:
        assert text[e["start"] : e["end"]] == e["text"]
    assert {"readability.flesch_kincaid_grade", "sentiment.compound_mean"} <= set(profile["metrics"])
    assert profile["versions"]["sourcelens"]


def test_score_markdown_and_jsonl():
    result = run(["score", str(GENERATED)])
    assert result.exit_code == 0 and result.output.startswith("# The Alliance Under Scrutiny")
    result = run(["score", str(GENERATED), str(PEER), "--format", "jsonl"])
    lines = result.output.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(GENERATED), str(PEER)]


def test_score_reads_stdin():
    result = run(["score", "-", "--format", "json"], input="South Korea pays 50 per cent. It may pay more.")
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["source"] == "<stdin>"


def test_compare_markdown_has_every_dimension():
    result = run(["compare", str(PEER), str(GENERATED)])
    assert result.exit_code == 0
    for heading in ("## At a glance", "## What stands out", "## Readability", "## Hedging",
                    "## Sentiment and tone", "## Specificity", "## Provenance", "## Questions for discussion",
                    "## How to read this report"):
        assert heading in result.output


def test_compare_needs_two_articles():
    result = run(["compare", str(PEER)])
    assert result.exit_code != 0 and "at least two" in result.output


def test_only_and_skip():
    result = run(["score", str(PEER), "--format", "json", "--only", "readability"])
    assert set(json.loads(result.output)[0]["dimensions"]) == {"readability"}
    result = run(["score", str(PEER), "--format", "json", "--skip", "readability,sentiment"])
    assert "readability" not in json.loads(result.output)[0]["dimensions"]
    result = run(["score", str(PEER), "--only", "nonsense"])
    assert result.exit_code == 1 and "unknown dimension 'nonsense'" in result.output


def test_markers_lists_and_explains():
    listing = run(["markers"])
    assert listing.exit_code == 0 and "markers." in listing.output
    result = run(["markers", "NOPE999"])
    assert result.exit_code == 1 and "no marker" in result.output


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\n \t", "only whitespace"),
    "binary.bin": (b"\x00\x01\x02" * 100, "binary"),
    "doc.pdf": (b"%PDF-1.4\n%binary", "PDF"),
    "mixed.txt": ("caf\u00e9 ".encode() + b"\xff\xfe", "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_clear_line(tmp_path, name):
    content, problem = BAD_INPUTS[name]
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out.md"
    result = subprocess.run([sys.executable, "-m", "sourcelens", "compare", str(path), str(PEER), "-o", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    if content is not None:
        assert path.read_bytes() == content


def test_directory_where_a_file_is_expected(tmp_path):
    result = run(["compare", str(tmp_path), str(PEER)])
    assert result.exit_code == 2 and "is a directory" in result.output


def test_huge_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    result = run(["score", str(big)])
    assert result.exit_code == 2 and "larger than" in result.output and "big.txt" in result.output


def test_output_never_overwrites_an_input(tmp_path):
    copy = tmp_path / "a.txt"
    copy.write_bytes(PEER.read_bytes())
    result = run(["compare", str(copy), str(GENERATED), "-o", str(copy)])
    assert result.exit_code == 2 and "refusing to overwrite an input" in result.output
    assert copy.read_bytes() == PEER.read_bytes()


def test_output_is_written_atomically(tmp_path):
    out = tmp_path / "report.md"
    assert run(["compare", str(PEER), str(GENERATED), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Comparing 2 articles")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_output_into_missing_folder_fails_cleanly(tmp_path):
    result = run(["score", str(PEER), "-o", str(tmp_path / "nope" / "x.md")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_python_dash_m_and_entry_point_agree():
    result = subprocess.run([sys.executable, "-m", "sourcelens", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "version" in result.stdout


def test_the_command_is_the_interrupt_catching_launcher():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["scripts"]["sourcelens"] == "sourcelens.__main__:main"


# The launcher imports the command line (click, then the analyzers) inside its try: a Ctrl-C
# that lands while they load is made to happen here by a finder that interrupts click's import.
_INTERRUPTED_START = """
import sys
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "click":
            raise KeyboardInterrupt
sys.meta_path.insert(0, Interrupt())
from sourcelens.__main__ import main
sys.exit(main())
"""


def test_ctrl_c_while_the_command_loads_is_one_line():
    result = subprocess.run([sys.executable, "-c", _INTERRUPTED_START], capture_output=True, text=True)
    assert (result.returncode, result.stderr, result.stdout) == (130, "sourcelens: interrupted\n", "")


def test_importing_the_package_loads_nothing_heavy():
    code = ("import sys, sourcelens; heavy = sorted(m for m in sys.modules if m.startswith(('sourcelens.', 'click')));"
            " print(heavy); print(sourcelens.analyze.__module__, sourcelens.Span.__module__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "sourcelens.api sourcelens.model"]


def test_internal_errors_are_one_line(monkeypatch, capsys):
    import sourcelens.api

    def boom(*args, **kwargs):
        raise RuntimeError("kaput")

    monkeypatch.setattr(sourcelens.api, "analyze_many", boom)
    monkeypatch.delenv("SOURCELENS_DEBUG", raising=False)
    code = main(["score", str(PEER)])
    err = capsys.readouterr().err
    assert code == 70 and "internal error" in err and "kaput" in err and "Traceback" not in err
