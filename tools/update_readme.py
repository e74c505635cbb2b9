"""Refresh the generated parts of README.md from their single sources.

* the report excerpt   <- reports/peer-reviewed-vs-generated.md ("At a glance" and "What stands out")
* the accuracy table   <- src/sourcelens/accuracy.py (ACCURACY_ROWS)
* the speed table      <- benchmarks/results.md (written by benchmarks/bench.py)

    python tools/update_readme.py          # rewrite README.md
    python tools/update_readme.py --check  # exit 1 if README.md is out of date (used by the tests)
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


def accuracy() -> str:
    from sourcelens.accuracy import ACCURACY_ROWS

    lines = ["| Detector | Measured on | In brief | Result |", "|---|---|---|---|"]
    lines += [f"| {r.detector} | {r.measured_on} | {r.in_brief} | {r.result} |" for r in ACCURACY_ROWS]
    return "\n".join(lines)


def performance() -> str:
    path = ROOT / "benchmarks" / "results.md"
    return path.read_text(encoding="utf-8").strip() if path.exists() else "_Run `python benchmarks/bench.py`._"


def render(readme: str) -> str:
    for name, content in (("excerpt", excerpt()), ("accuracy", accuracy()), ("performance", performance())):
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        readme = pattern.sub(lambda m: m.group(1) + content + "\n" + m.group(2), readme)
    return readme


def main(argv: list[str]) -> int:
    path = ROOT / "README.md"
    current = path.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md is out of date: run python tools/update_readme.py", file=sys.stderr)
            return 1
        return 0
    path.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
