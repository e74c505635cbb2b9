"""Evaluate the per-sentence specificity score against human judgements (dev data).

    python benchmarks/eval_specificity.py [--data DIR] [--fit]

Data (``--data``, else ``$SOURCELENS_DATA``, else ``<repo>/../shared/data``):

* ``specificity/gao2019/cleaned_data_{train,val}.tsv``: tweets rated 1 (general) to 5
  (specific) (Gao et al. 2019). Reported: Spearman rho of the score with the rating,
  train and val separately.
* ``specificity/ko2019_wsj/{data,label}.txt``: WSJ sentences, 1 = general, 2 = specific
  (Ko, Durrett & Li 2019). Split into halves by position (A = first half, B = second);
  the accuracy threshold is chosen on A and applied to B; AUC is reported on both.

Baselines in the same run: sentence length in words; numbers + capitalised words
(the count of tokens with a digit plus tokens starting with a capital letter).

``--fit`` also prints the least-squares weights of the standardised log1p(count)
features on gao train and logistic weights on ko half A (how the constants in
``sourcelens/analyzers/specificity.py`` were set; they were then rounded by hand).

The data sets are pre-tokenised ("$ 1.5 billion", "ca n't", "<USER>"); ``detok`` undoes
the commonest splits so the detectors see ordinary text.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import re
import sys
import time
from pathlib import Path

from scipy.stats import spearmanr

from sourcelens.analyzers import specificity as sp

FEATURES = ("length", "named", "figures", "citations", "vague")


def default_data() -> Path:
    env = os.environ.get("SOURCELENS_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data"


_DETOK = [
    (re.compile(r"(\d) , (\d{3})\b"), r"\1,\2"),
    (re.compile(r"([$€£¥]) (?=\d)"), r"\1"),
    (re.compile(r"(?<=\d) %"), "%"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b"), r"\1"),
    (re.compile(r" ([.,;:!?)])"), r"\1"),
    (re.compile(r"([(]) "), r"\1"),
    (re.compile(r"<USER>"), "@user"),
    (re.compile(r"<URL>"), "http://t.co/link"),
    (re.compile(r"\s+"), " "),
]


def detok(text: str) -> str:
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text.strip()


def load_gao(path: Path) -> tuple[list[str], list[float]]:
    texts, ratings = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) >= 4 and row[3]:
                texts.append(detok(row[2]))
                ratings.append(float(row[3]))
    return texts, ratings


def load_ko(folder: Path) -> tuple[list[str], list[int]]:
    texts = [detok(t) for t in (folder / "data.txt").read_text(encoding="utf-8").splitlines()]
    labels = [int(x) for x in (folder / "label.txt").read_text(encoding="utf-8").split()]
    return texts[: len(labels)], labels


_CAPITAL_TOKEN = re.compile(r"(?<!\S)[A-Z]")
_DIGIT_TOKEN = re.compile(r"\S*\d\S*")


def baselines(text: str) -> tuple[float, float]:
    words = len(text.split())
    return words, len(_DIGIT_TOKEN.findall(text)) + len(_CAPITAL_TOKEN.findall(text))


def features(text: str) -> list[float]:
    """The score's inputs, as log1p counts, in the order of FEATURES."""
    doc = sp.one_sentence_document(text)
    c = sp.sentence_counts(text)
    cites = sum(1 for e in sp.find_citations(doc) if e.category == "citation"
                and e.attrs.get("kind") not in sp.SCORE_SKIPS_CITATION_KINDS) if sp.find_citations else 0
    return [math.log1p(doc.sentences[0].words), math.log1p(c["named_words"]),
            math.log1p(len(c["figures"])), math.log1p(cites), math.log1p(len(c["vague"]))]


def auc(scores: list[float], labels: list[int]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score([y == 2 for y in labels], scores))


def best_threshold(scores: list[float], labels: list[int]) -> float:
    pairs = sorted(zip(scores, labels))
    n_pos = sum(1 for y in labels if y == 2)
    best, best_acc = pairs[0][0] - 1, n_pos / len(labels)
    below_neg = below_pos = 0
    for i, (s, y) in enumerate(pairs):
        below_neg += y == 1
        below_pos += y == 2
        if i + 1 < len(pairs) and pairs[i + 1][0] == s:
            continue
        acc = (below_neg + (n_pos - below_pos)) / len(labels)
        if acc > best_acc:
            best_acc, best = acc, s
    return best


def accuracy(scores: list[float], labels: list[int], threshold: float) -> float:
    return sum((s > threshold) == (y == 2) for s, y in zip(scores, labels)) / len(labels)


def fit(gao_texts, gao_ratings, ko_texts, ko_labels) -> None:
    import numpy as np
    from sklearn.linear_model import LinearRegression, LogisticRegression

    for name, texts, target, model in (
            ("gao2019 train (least squares)", gao_texts, gao_ratings, LinearRegression()),
            ("ko2019_wsj half A (logistic)", ko_texts, ko_labels, LogisticRegression(max_iter=1000))):
        X = np.array([features(t) for t in texts])
        sd = X.std(axis=0)
        sd[sd == 0] = 1
        model.fit(X / sd, target)
        coef = np.ravel(model.coef_) / sd
        coef = coef / coef[0]
        print(f"  {name}: weights relative to length: "
              + ", ".join(f"{f}={c:+.2f}" for f, c in zip(FEATURES, coef)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--fit", action="store_true", help="print fitted feature weights")
    args = ap.parse_args(argv)
    root = args.data / "specificity"
    if not root.is_dir():
        print(f"no specificity data under {args.data}", file=sys.stderr)
        return 2

    systems = {
        "sourcelens score": lambda t: sp.score_text(t),
        "baseline: length": lambda t: baselines(t)[0],
        "baseline: numbers + capitalised": lambda t: baselines(t)[1],
    }
    t0 = time.perf_counter()
    n_texts = 0
    print("Sentence specificity (dev data)\n")
    print(f"{'set':34} " + " ".join(f"{name:>32}" for name in systems))
    gao = {}
    for part in ("train", "val"):
        texts, ratings = load_gao(root / "gao2019" / f"cleaned_data_{part}.tsv")
        gao[part] = (texts, ratings)
        n_texts += len(texts)
        row = []
        for fn in systems.values():
            rho = spearmanr([fn(t) for t in texts], ratings).statistic
            row.append(f"rho {rho:.3f}")
        print(f"{'gao2019 ' + part + f' tweets (n={len(texts)})':34} "
              + " ".join(f"{c:>32}" for c in row))

    texts, labels = load_ko(root / "ko2019_wsj")
    n_texts += len(texts)
    half = len(texts) // 2
    a_t, a_y, b_t, b_y = texts[:half], labels[:half], texts[half:], labels[half:]
    for label, use_t, use_y in (("ko2019_wsj half B (test)", b_t, b_y),):
        row = []
        for fn in systems.values():
            sa = [fn(t) for t in a_t]
            sb = [fn(t) for t in use_t]
            thr = best_threshold(sa, a_y)
            row.append(f"acc {accuracy(sb, use_y, thr):.3f} AUC {auc(sb, use_y):.3f}"
                       f" rho {spearmanr(sb, use_y).statistic:.3f}")
        print(f"{label + f' (n={len(use_t)})':34} " + " ".join(f"{c:>32}" for c in row))
    row = []
    for fn in systems.values():
        sa = [fn(t) for t in a_t]
        row.append(f"AUC {auc(sa, a_y):.3f} rho {spearmanr(sa, a_y).statistic:.3f}")
    print(f"{f'ko2019_wsj half A (fit, n={half})':34} " + " ".join(f"{c:>32}" for c in row))
    elapsed = time.perf_counter() - t0
    print(f"\n(ko accuracy: threshold chosen on half A, applied to half B; "
          f"{n_texts} texts x {len(systems)} systems in {elapsed:.1f}s)")
    if args.fit:
        print("\nFitted weights (standardised log1p features, rescaled so length = 1):")
        fit(*gao["train"], a_t, a_y)
    return 0


if __name__ == "__main__":
    sys.exit(main())
