"""Evaluate the loaded-language markers (sourcelens.analyzers.tone) on BABE dev.

BABE (Spinde et al., Findings of EMNLP 2021): news sentences labelled Biased /
Non-biased by experts, with the words they found biased. Two measurements:

* sentence level: predict "Biased" when a sentence contains at least one loaded-language
  hit; precision, recall and F1 of the Biased class, and macro-F1 over both classes
  (published reference: feature-based models about 0.52-0.57 macro-F1, BERT-based 0.80);
* word level: of the flagged words, the share that the annotators listed among the
  sentence's biased words (precision), and of the annotated biased words, the share
  flagged (recall). A flagged phrase counts as one hit if any of its words is annotated.

Every sentence is scanned whole (the article-region rules do not apply to one-line
sentences). Also printed: the same figures per subcategory alone, and on the two
halves of the file (``sha1(text) % 2``), to show how stable they are.

Usage::

    python benchmarks/eval_tone.py [--data DIR] [--exclude-quoted]

``--data`` (or env ``SOURCELENS_DATA``) defaults to ``<repo>/../shared/data``; the file
read is ``bias/babe_dev.csv``. These are DEV figures: the lexicon was pruned on this file.
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import hashlib
import os
import re
import sys
import time
from pathlib import Path

from sourcelens.analyzers import tone
from sourcelens.ingest import from_text

REPO = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[a-z0-9]+(?:[-'\u2019][a-z0-9]+)*")


def data_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("SOURCELENS_DATA") or REPO.parent / "shared" / "data")


def read_babe(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row["label_bias"] not in ("Biased", "Non-biased"):
                continue
            try:
                words = [w.lower() for w in ast.literal_eval(row["biased_words"] or "[]")]
            except (ValueError, SyntaxError):
                words = []
            rows.append({"text": row["text"], "biased": row["label_bias"] == "Biased", "words": set(words),
                         "half": int(hashlib.sha1(row["text"].encode()).hexdigest(), 16) % 2})
    return rows


def hits_of(text: str, exclude_quoted: bool) -> list[tuple[str, str]]:
    """(subcategory, matched text) for each hit in the whole of ``text``."""
    doc = from_text(text)
    scan_ = tone.scanner(tone.LEXICON)
    out = []
    for sentence, code, start, end in tone.scan(scan_, doc, doc.sentences):
        if exclude_quoted and tone.in_quotation(doc, sentence, start):
            continue
        out.append((scan_.markers[code].subcategory, doc.text[start:end].lower()))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def sentence_scores(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    tn = len(gold) - tp - fp - fn
    p, r, f = prf(tp, fp, fn)
    _, _, f_neg = prf(tn, fn, fp)
    return {"precision": p, "recall": r, "f1": f, "macro_f1": (f + f_neg) / 2,
            "flagged": (tp + fp) / len(gold) if gold else 0.0, "n": len(gold)}


def fmt(name: str, s: dict[str, float]) -> str:
    return (f"{name:28s} n={s['n']:5d}  P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"macro-F1={s['macro_f1']:.3f}  flagged={s['flagged']:.0%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="the shared data folder (default: env SOURCELENS_DATA or ../shared/data)")
    parser.add_argument("--exclude-quoted", action="store_true", help="ignore hits inside quotation marks")
    args = parser.parse_args(argv)
    path = data_dir(args.data) / "bias" / "babe_dev.csv"
    if not path.is_file():
        print(f"no BABE dev file at {path}", file=sys.stderr)
        return 2
    rows = read_babe(path)
    t0 = time.perf_counter()
    hits = [hits_of(r["text"], args.exclude_quoted) for r in rows]
    elapsed = time.perf_counter() - t0
    gold = [r["biased"] for r in rows]

    print(f"BABE dev: {len(rows)} sentences, {sum(gold)} biased ({elapsed:.1f} s incl. ingest)")
    print(fmt("sentence: any loaded word", sentence_scores([bool(h) for h in hits], gold)))
    for half in (0, 1):
        idx = [i for i, r in enumerate(rows) if r["half"] == half]
        print(fmt(f"  half {half}", sentence_scores([bool(hits[i]) for i in idx], [gold[i] for i in idx])))
    subcats = sorted({sub for h in hits for sub, _ in h})
    for sub in subcats:
        print(fmt(f"  only {sub}", sentence_scores([any(s == sub for s, _ in h) for h in hits], gold)))

    # Word level.
    flagged = annotated_hits = 0
    per_sub: collections.Counter[str] = collections.Counter()
    per_sub_ok: collections.Counter[str] = collections.Counter()
    gold_words = found_words = 0
    for row, h in zip(rows, hits):
        hit_words: set[str] = set()
        for sub, text in h:
            words = set(_WORD.findall(text.replace("\u2019", "'")))
            ok = bool(words & row["words"])
            flagged += 1
            annotated_hits += ok
            per_sub[sub] += 1
            per_sub_ok[sub] += ok
            hit_words |= words
        gold_words += len(row["words"])
        found_words += len(row["words"] & hit_words)
    print(f"word level: {flagged} hits, {annotated_hits / flagged:.1%} among the annotated biased words "
          f"(precision); {found_words}/{gold_words} = {found_words / gold_words:.1%} of annotated words flagged (recall)")
    for sub in subcats:
        print(f"  {sub:20s} hits {per_sub[sub]:5d}  annotated {per_sub_ok[sub] / per_sub[sub]:.1%}")
    in_biased = sum(1 for r, h in zip(rows, hits) if r["biased"] for _ in h)
    print(f"hits in Biased sentences: {in_biased / flagged:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
