"""Refresh the generated parts of README.md, and benchmarks/accuracy.md, from their single sources.

* the report excerpt   <- reports/peer-reviewed-vs-generated.md ("At a glance" and "What stands out")
* the accuracy table   <- src/sourcelens/accuracy.py (ACCURACY_ROWS: each row's headline)
* benchmarks/accuracy.md <- the same rows in full (every figure, sample and error)
* the speed tables     <- benchmarks/results.md (the output of benchmarks/bench.py), up to its
                          RESULTS_END marker; the run-by-run record below the marker stays there

    python tools/update_readme.py          # rewrite README.md and benchmarks/accuracy.md
    python tools/update_readme.py --check  # exit 1 if either is out of date (used by the tests)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def excerpt() -> str:
    report = (ROOT / "reports" / "peer-reviewed-vs-generated.md").read_text(encoding="utf-8")
    start = report.index("## At a glance")
    end = report.index("## Questions for discussion")
    body = report[start:end].strip().replace("## ", "#### ")
    return body + "\n\n(… then questions for discussion, a section per dimension with all the evidence, the " \
                  "aligned sentences, and how to read the report.)"


ACCURACY_DOC = ROOT / "benchmarks" / "accuracy.md"
RESULTS = ROOT / "benchmarks" / "results.md"
#: the line of results.md after which its run-by-run record begins (not copied into the README)
RESULTS_END = "<!-- readme:end -->"


def accuracy() -> str:
    from sourcelens.accuracy import ACCURACY_ROWS

    lines = ["| Detector | Measured on | In brief | Result |", "|---|---|---|---|"]
    lines += [f"| {r.detector} | {r.measured_on} | {r.in_brief} | {r.headline} |" for r in ACCURACY_ROWS]
    lines += ["", "Every figure behind each row (its samples, the errors found in them, the second judges "
                  "and what changed after each) is in [benchmarks/accuracy.md](benchmarks/accuracy.md)."]
    return "\n".join(lines)


def accuracy_doc() -> str:
    from sourcelens.accuracy import ACCURACY_ROWS

    parts = ["# How accurate each detector is: every figure", "",
             "Written by `python tools/update_readme.py` from `src/sourcelens/accuracy.py`; the README's "
             "table gives each row's headline. Run the script named at the end of a result to reproduce "
             "it. These are dev-set figures unless a sample is called held out: the lexicons and rules "
             "were tuned on the same data."]
    for r in ACCURACY_ROWS:
        parts += ["", f"## {r.detector}", "", f"- **Measured on:** {r.measured_on}",
                  f"- **In brief:** {r.in_brief}", f"- **Headline:** {r.headline}", "",
                  f"**Every figure.** {r.result}"]
    return "\n".join(parts) + "\n"


def performance() -> str:
    if not RESULTS.exists():
        return "_Run `python benchmarks/bench.py`._"
    tables = RESULTS.read_text(encoding="utf-8").split(RESULTS_END, 1)[0].strip()
    return tables + "\n\nEvery timed run, what changed between them and what was tried for speed and not " \
                    "kept: [benchmarks/results.md](benchmarks/results.md)."


def render(readme: str) -> str:
    for name, content in (("excerpt", excerpt()), ("accuracy", accuracy()), ("performance", performance())):
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        readme = pattern.sub(lambda m: m.group(1) + content + "\n" + m.group(2), readme)
    return readme


def main(argv: list[str]) -> int:
    readme = ROOT / "README.md"
    wanted = {readme: render(readme.read_text(encoding="utf-8")), ACCURACY_DOC: accuracy_doc()}
    stale = [path for path, text in wanted.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run python tools/update_readme.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
