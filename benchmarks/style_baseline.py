"""Measure the human baselines of the style signals (sourcelens.analyzers.style).

Runs the style analyzer over two corpora written before LLM writing tools existed and
prints, per category, total hits / total body words * 1000 (pooled over articles, so
long articles weigh by their length), plus the share of articles with at least one hit:

* PolNeAR (Newell, Margolin & Ruths 2018): 2016 US political news, train + dev
  (``attribution/polnear/{train,dev}/text/*.txt``), the ``NEWS_2016_BASELINE``;
* OneStopEnglish (Vajjala & Lučić 2018), advanced level
  (``readability/onestopenglish/Texts-SeparatedByReadingLevel/Adv-Txt/*.txt``),
  the ``ONESTOP_BASELINE``.

Usage::

    python benchmarks/style_baseline.py [--data DIR] [--top 15]

``--data`` (or env ``SOURCELENS_DATA``) defaults to ``<repo>/../shared/data``. The
printed dictionaries are what ``style.py`` stores as constants; ``--top`` also lists the
markers and words that fire most in each corpus (to spot markers that are ordinary news
idiom rather than signals).
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

from sourcelens.analyzers import style
from sourcelens.ingest import from_text

REPO = Path(__file__).resolve().parents[1]


def data_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("SOURCELENS_DATA") or REPO.parent / "shared" / "data")


def corpora(data: Path) -> dict[str, list[Path]]:
    polnear = data / "attribution" / "polnear"
    onestop = data / "readability" / "onestopenglish" / "Texts-SeparatedByReadingLevel" / "Adv-Txt"
    return {
        "news_2016": sorted((polnear / "train" / "text").glob("*.txt")) + sorted((polnear / "dev" / "text").glob("*.txt")),
        "onestop": sorted(onestop.glob("*.txt")),
    }


def measure(paths: list[Path], top: int) -> dict:
    words = 0
    counts: collections.Counter[str] = collections.Counter()
    docs_with: collections.Counter[str] = collections.Counter()
    markers: collections.Counter[str] = collections.Counter()
    texts: collections.Counter[str] = collections.Counter()
    elapsed = 0.0
    for path in paths:
        doc = from_text(path.read_text(encoding="utf-8-sig"), source=str(path))
        t0 = time.perf_counter()
        n, found = style.find_signals(doc)
        elapsed += time.perf_counter() - t0
        words += n
        for category, items in found.items():
            counts[category] += len(items)
            docs_with[category] += bool(items)
            for e in items:
                markers[f"{e.code} {e.attrs.get('marker', '')}"] += 1
                if category != "rhetorical_question":
                    texts[e.text.lower()] += 1
    rates = style.rates(words, {c: [None] * counts[c] for c in style.CATEGORIES})
    return {"articles": len(paths), "words": words, "rates": rates, "counts": counts,
            "docs_with": docs_with, "markers": markers.most_common(top),
            "texts": texts.most_common(top), "words_per_s": words / elapsed if elapsed else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="the shared data folder (default: env SOURCELENS_DATA or ../shared/data)")
    parser.add_argument("--top", type=int, default=15, help="how many top markers and words to list")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    sets = corpora(data)
    if not any(sets.values()):
        print(f"no baseline corpora under {data}", file=sys.stderr)
        return 2
    for name, paths in sets.items():
        if not paths:
            print(f"{name}: no files found", file=sys.stderr)
            continue
        result = measure(paths, args.top)
        print(f"== {name}: {result['articles']} articles, {result['words']:,} body words "
              f"(style analyzer alone: {result['words_per_s']:,.0f} words/s)")
        for category, stem in style.CATEGORIES.items():
            print(f"  {stem:22s} hits {result['counts'][category]:6d}  "
                  f"articles with any {result['docs_with'][category] / result['articles']:.0%}")
        print("  constant: {" + ", ".join(f'"{k}": {v:.3f}' for k, v in result["rates"].items()) + "}")
        print("  top markers:", ", ".join(f"{m} ({n})" for m, n in result["markers"]))
        print("  top texts:  ", ", ".join(f"{t!r} ({n})" for t, n in result["texts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
