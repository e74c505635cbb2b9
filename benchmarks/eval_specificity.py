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

``--fit`` also prints pairwise-logistic weights of the log1p(count) features fitted on
gao train + ko half A (how the constants in ``sourcelens/analyzers/specificity.py`` were
set, then rounded to 0.05), and, as a robustness check, on gao train alone and on ko half A
alone, each with its Spearman rho on every part; gao val and ko half B are held out.

``--build-frequency`` rewrites ``src/sourcelens/lexicons/word_frequency.tsv`` (the
commonest words of the dev news texts with their counts) from the data folder.

The data sets are pre-tokenised ("$ 1.5 billion", "ca n't", "<USER>", Penn Treebank
quotes and brackets: "`` ... ''", "-LRB-", "\\/"; the tweets also split numbers: "9 : 30",
"$107 . 45"); ``detok`` undoes the commonest splits so the detectors see text as a writer
would have typed it ("1,500,000", "9:30", "$107.45", "£20,000", "the U.S.", "managers'
report", "said, 'We"), not forms a real user would never write.
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

FEATURES = ("length", "named", "figures", "citations", "vague", "rare", "connectives", "handles",
            "demonstratives", "numbers", "quantified")


def default_data() -> Path:
    env = os.environ.get("SOURCELENS_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "data"


_DETOK = [
    (re.compile(r"(?<=\d) , (?=\d{3}\b)"), ","),  # "1 , 500 , 000": every group, not every other
    (re.compile(r"(?<=\d) : (?=\d\d\b)"), ":"),  # clock times, "9 : 30", "2 : 08 : 41"
    # decimals, "3 . 5", "$107 . 45"; not a year before a time, "2015 . 10 : 39"
    (re.compile(r"(?<=\d) \. (?=\d+\b(?! ?:))"), "."),
    (re.compile(r"(?<!\S)# (?=\d)"), "£"),  # the WSJ's "#" for the pound sign: "# 20,000"
    (re.compile(r"([$€£¥]) (?=\d)"), r"\1"),
    (re.compile(r"(?<=\d) %"), "%"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b"), r"\1"),
    (re.compile(r"(?<=\S\.) \.\s*$"), ""),  # an abbreviation or "..." ends the sentence: "U.S. ."
    (re.compile(r" ([.,;:!?)])"), r"\1"),
    (re.compile(r"([(]) "), r"\1"),
    (re.compile(r"``\s*|\s*''"), '"'),  # PTB quotes: `` opens, '' closes
    (re.compile(r"`\s*"), "'"),  # PTB single quotes: ` opens ...
    (re.compile(r" '(?=\s|$)"), "'"),  # ... and ' closes, as does a plural possessive's
    (re.compile(r"-LRB-\s*"), "("), (re.compile(r"\s*-RRB-"), ")"),
    (re.compile(r"-LCB-\s*"), "{"), (re.compile(r"\s*-RCB-"), "}"),
    (re.compile(r"\\/"), "/"),
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
            math.log1p(len(c["figures"])), math.log1p(cites), math.log1p(len(c["vague"])),
            math.log1p(c["rare"]), math.log1p(c["connectives"]), math.log1p(c["handles"]),
            math.log1p(c["demonstratives"]), math.log1p(c["numbers"]),
            math.log1p(sp.quantified(c["figures"]))]


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


def _pairs(X, y, n: int, rng):
    """Feature differences of ``n`` random pairs with different labels, and which is higher."""
    i, j = rng.integers(0, len(y), 3 * n), rng.integers(0, len(y), 3 * n)
    keep = y[i] != y[j]
    i, j = i[keep][:n], j[keep][:n]
    return X[i] - X[j], (y[i] > y[j]).astype(int)


def pairwise_weights(parts, n: int = 40_000, seed: int = 0):
    """Weights of a linear score that orders pairs of texts as their ratings do.

    A logistic regression without intercept on feature differences of ``n`` random
    differently-rated pairs drawn within each part (so each data set weighs the same and
    only orderings within a set matter, as Spearman's rho does); rescaled so that
    length = 1.
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for X, y in parts:
        dx, dy = _pairs(X, y, n, rng)
        xs.append(dx)
        ys.append(dy)
    model = LogisticRegression(fit_intercept=False, max_iter=2000)
    coef = model.fit(np.vstack(xs), np.concatenate(ys)).coef_[0]
    return coef / coef[0]


def fit(gao_train, gao_val, ko_a, ko_b) -> None:
    """Fit the weights on gao train + ko half A (as the constants were), and, to check
    robustness, on each alone; report each fit on the held-out parts."""
    import numpy as np

    sets = {name: (np.array([features(t) for t in texts]), np.array(y, dtype=float))
            for name, (texts, y) in (("gao train", gao_train), ("gao val", gao_val),
                                     ("ko A", ko_a), ("ko B", ko_b))}
    constants = np.array([sp.W_LENGTH, sp.W_NAMED, sp.W_FIGURE, sp.W_CITE, -sp.W_VAGUE,
                          sp.W_RARE, -sp.W_CONNECTIVE, -sp.W_HANDLE, -sp.W_DEMONSTRATIVE,
                          sp.W_NUMBER, sp.W_QUANTIFIED])
    print("\nPairwise-logistic weights (log1p features, length = 1) and held-out rho "
          "of the linear score:")
    for label, fit_on in (("gao train + ko A", ("gao train", "ko A")), ("gao train only", ("gao train",)),
                          ("ko A only", ("ko A",)), ("the constants (rounded)", ())):
        w = pairwise_weights([sets[n] for n in fit_on]) if fit_on else constants
        rho = {n: spearmanr(sets[n][0] @ w, sets[n][1]).statistic for n in sets}
        print(f"  {label:24} " + " ".join(f"{f}={c:+.2f}" for f, c in zip(FEATURES, w)))
        print(f"  {'':24} rho: " + ", ".join(f"{n} {r:.3f}" for n, r in rho.items())
              + f"; held-out mean {(rho['gao val'] + rho['ko B']) / 2:.3f}")


FREQUENCY_SOURCES = ("attribution/polnear/train/text/*.txt",
                     "readability/onestopenglish/Texts-SeparatedByReadingLevel/*/*.txt")
FREQUENCY_WORDS = 10_000


def build_frequency(data: Path, out: Path) -> int:
    """Write the ``FREQUENCY_WORDS`` commonest words of the dev news texts with their counts.

    Counted with the analyzer's own tokeniser (``sp.frequency_tokens``: lower-cased, curly
    apostrophes straightened, letter runs with inner apostrophes). Only words and counts
    are written, never text.
    """
    from collections import Counter

    counts: Counter[str] = Counter()
    files = sorted(f for pattern in FREQUENCY_SOURCES for f in data.glob(pattern))
    for f in files:
        counts.update(sp.frequency_tokens(f.read_text(encoding="utf-8", errors="replace")))
    total = sum(counts.values())
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# The 10,000 commonest words of 1.0M words of news text, most frequent first,\n"
                 f"# with their counts ({total:,} tokens, {len(files)} files): PolNeAR 2016 US political\n"
                 "# news, train part (Newell, Margolin & Ruths, LREC 2018), and the OneStopEnglish\n"
                 "# corpus, all three levels (Vajjala & Lucic, BEA 2018). Words and counts only.\n"
                 "# Built by: python benchmarks/eval_specificity.py --build-frequency\n")
        for word, n in counts.most_common(FREQUENCY_WORDS):
            fh.write(f"{word}\t{n}\n")
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--fit", action="store_true", help="print fitted feature weights")
    ap.add_argument("--build-frequency", action="store_true",
                    help="rewrite src/sourcelens/lexicons/word_frequency.tsv from the dev news texts")
    args = ap.parse_args(argv)
    if args.build_frequency:
        out = Path(sp.__file__).resolve().parent.parent / "lexicons" / "word_frequency.tsv"
        total = build_frequency(args.data, out)
        print(f"wrote {out} ({FREQUENCY_WORDS:,} words of {total:,} tokens)")
        return 0
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
    held_out: dict[str, list[float]] = {name: [] for name in systems}
    for part in ("train", "val"):
        texts, ratings = load_gao(root / "gao2019" / f"cleaned_data_{part}.tsv")
        gao[part] = (texts, ratings)
        n_texts += len(texts)
        row = []
        for name, fn in systems.items():
            rho = spearmanr([fn(t) for t in texts], ratings).statistic
            row.append(f"rho {rho:.3f}")
            if part == "val":
                held_out[name].append(rho)
        print(f"{'gao2019 ' + part + f' tweets (n={len(texts)})':34} "
              + " ".join(f"{c:>32}" for c in row))

    texts, labels = load_ko(root / "ko2019_wsj")
    n_texts += len(texts)
    half = len(texts) // 2
    a_t, a_y, b_t, b_y = texts[:half], labels[:half], texts[half:], labels[half:]
    for label, use_t, use_y in (("ko2019_wsj half B (test)", b_t, b_y),):
        row = []
        for name, fn in systems.items():
            sa = [fn(t) for t in a_t]
            sb = [fn(t) for t in use_t]
            thr = best_threshold(sa, a_y)
            rho = spearmanr(sb, use_y).statistic
            held_out[name].append(rho)
            row.append(f"acc {accuracy(sb, use_y, thr):.3f} AUC {auc(sb, use_y):.3f} rho {rho:.3f}")
        print(f"{label + f' (n={len(use_t)})':34} " + " ".join(f"{c:>32}" for c in row))
    row = []
    for fn in systems.values():
        sa = [fn(t) for t in a_t]
        row.append(f"AUC {auc(sa, a_y):.3f} rho {spearmanr(sa, a_y).statistic:.3f}")
    print(f"{f'ko2019_wsj half A (fit, n={half})':34} " + " ".join(f"{c:>32}" for c in row))
    print(f"{'held-out mean rho (gao val, ko B)':34} "
          + " ".join(f"{'rho ' + format(sum(v) / len(v), '.3f'):>32}" for v in held_out.values()))
    elapsed = time.perf_counter() - t0
    print(f"\n(ko accuracy: threshold chosen on half A, applied to half B; "
          f"{n_texts} texts x {len(systems)} systems in {elapsed:.1f}s)")
    if args.fit:
        fit(gao["train"], gao["val"], (a_t, a_y), (b_t, b_y))
    return 0


if __name__ == "__main__":
    sys.exit(main())
