"""Readability on OneStopEnglish: does each formula put the easier version of an article first?

OneStopEnglish (Vajjala & Lučić 2018) has 189 news articles each rewritten at three
levels (elementary, intermediate, advanced). For every article and every pair of its
levels, a formula is right when it scores the lower level as easier (a lower grade, or
a higher Flesch reading ease); ties count as wrong. Prints the share of pairs ordered
correctly for each sourcelens readability measure.

    python benchmarks/eval_readability.py [--data DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_root  # noqa: E402

import sourcelens  # noqa: E402

LEVELS = (("Ele-Txt", "ele"), ("Int-Txt/Int-Txt", "int"), ("Adv-Txt", "adv"))
KEYS = ("readability.flesch_kincaid_grade", "readability.flesch_reading_ease", "readability.gunning_fog",
        "readability.smog_index", "readability.coleman_liau_index", "readability.automated_readability_index",
        "readability.dale_chall", "readability.grade_consensus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="the shared data folder (default: $SOURCELENS_DATA or ../shared/data)")
    args = parser.parse_args(argv)
    root = data_root(args.data) / "readability" / "onestopenglish" / "Texts-SeparatedByReadingLevel"
    if not root.is_dir():
        print(f"no OneStopEnglish data at {root}", file=sys.stderr)
        return 2
    names = sorted(p.name[: -len("-ele.txt")] for p in (root / "Ele-Txt").glob("*-ele.txt"))
    scores: dict[str, list[dict[str, float | None]]] = {}
    for name in names:
        per_level = []
        for folder, suffix in LEVELS:
            path = root / folder / f"{name}-{suffix}.txt"
            if not path.exists():
                break
            doc = sourcelens.load(path)
            per_level.append({k: sourcelens.analyze(doc, ["readability"]).value(k) for k in KEYS})
        if len(per_level) == 3:
            scores[name] = per_level
    print(f"OneStopEnglish: {len(scores)} articles with all three levels, {3 * len(scores)} ordered pairs")
    print(f"{'measure':45} {'pairs ordered correctly':>24}")
    for key in KEYS:
        easier_is_lower = key != "readability.flesch_reading_ease"
        right = total = 0
        for levels in scores.values():
            for a, b in ((0, 1), (1, 2), (0, 2)):
                x, y = levels[a][key], levels[b][key]
                total += 1
                if x is not None and y is not None and ((x < y) if easier_is_lower else (x > y)):
                    right += 1
        print(f"{key:45} {100 * right / total:23.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
