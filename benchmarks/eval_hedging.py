"""Hedging on the Szeged Uncertainty Corpus (Wikipedia): sentence-level detection of `uncertain`.

Each dev sentence is built into a Document with ``sourcelens.ingest.from_text`` and run
through ``sourcelens.analyzers.hedging.analyze`` (the code path users get). A sentence is
predicted uncertain when it holds at least one ``hedge`` evidence. Prints precision,
recall and F1 overall, on two halves of the data split by doc_id (an overfitting check),
per Szeged cue type, and the confusions that remain (top false positives by marker, top
missed cue words).

Mapping choice (reported both ways). The Szeged scheme annotates epistemic modality,
doxastic belief, conditions and investigation, but not approximators ("about 300"),
limiters ("usually", "relatively", "to some extent") or unnamed-source shields ("some
analysts"), which Hyland (2005) counts as hedges. Those markers carry ``szeged = false``
in the lexicon. ``--mapping szeged`` (the headline figure) predicts uncertain only from
the hedge kinds the corpus annotates; ``--mapping all`` uses every hedge. Both are
printed by default.

    python benchmarks/eval_hedging.py [--data DIR | --file PATH] [--mapping szeged|all|both]

Reference: CoNLL-2010 Task 1 Wikipedia, best system F1 60.2 (Farkas et al. 2010; a
different split and the older CoNLL annotation); a plain match of Hyland's hedge list
gives about 0.46 on this data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_root  # noqa: E402

from sourcelens.analyzers import hedging  # noqa: E402
from sourcelens.ingest import from_text  # noqa: E402

#: our hedge subcategory -> the Szeged cue type it corresponds to (for per-type figures)
TYPE_OF = {
    "epistemic_modal": "modal", "adverb_of_possibility": "modal", "epistemic_verb": "modal",
    "unknown": "modal", "difficulty_of_knowing": "modal", "negated_booster": "modal",
    "open_question": "modal", "doxastic": "doxastic", "shield": "doxastic",
    "conditional": "condition", "investigation": "investigation",
    "approximator": "(not annotated)", "limiter": "(not annotated)",
}


def szeged_type(raw: str) -> str:
    raw = raw.strip()
    for key in ("modal", "doxastic", "condition", "investigation"):
        if key in raw:
            return key
    return raw


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict(rows: list[dict]) -> list[list]:
    """The hedge evidence found in each row's sentence, via the user-facing code path."""
    out = []
    for row in rows:
        doc = from_text(row["text"])
        result = hedging.analyze(doc)
        out.append([e for e in result.evidence if e.category == hedging.HEDGE])
    return out


def half_of(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2


def report(rows: list[dict], hits: list[list], mapping: str, top: int) -> dict:
    keep = hedging.szeged_codes() if mapping == "szeged" else None
    chosen = [[e for e in h if keep is None or e.code in keep] for h in hits]
    pred = [bool(h) for h in chosen]
    gold = [bool(r["uncertain"]) for r in rows]

    def score(idx) -> tuple[int, int, int]:
        tp = sum(1 for i in idx if pred[i] and gold[i])
        fp = sum(1 for i in idx if pred[i] and not gold[i])
        fn = sum(1 for i in idx if gold[i] and not pred[i])
        return tp, fp, fn

    every = range(len(rows))
    p, r, f = prf(*score(every))
    print(f"\n== mapping: {mapping} ({'hedge kinds Szeged annotates' if keep else 'every hedge'})")
    print(f"sentences {len(rows)}, gold uncertain {sum(gold)}, predicted {sum(pred)}")
    print(f"overall             P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    halves = {}
    for h in (0, 1):
        idx = [i for i in every if half_of(rows[i]["doc_id"]) == h]
        hp, hr, hf = prf(*score(idx))
        halves[h] = hf
        print(f"half {h} (sha1(doc_id) % 2 == {h}, {len(idx)} sentences)  P {hp:.3f}  R {hr:.3f}  F1 {hf:.3f}")
    print("\nper cue type (gold: sentences with a cue of that type; predicted: a hedge of the mapped kind)")
    print(f"{'type':15} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for t in ("modal", "doxastic", "condition", "investigation"):
        g = [any(szeged_type(c["type"]) == t for c in row["cues"]) for row in rows]
        pt = [any(TYPE_OF.get(e.attrs["subcategory"]) == t for e in h) for h in chosen]
        tp = sum(1 for a, b in zip(g, pt) if a and b)
        fp = sum(1 for a, b in zip(g, pt) if b and not a)
        fn = sum(1 for a, b in zip(g, pt) if a and not b)
        tp_, rp_, tf_ = prf(tp, fp, fn)
        print(f"{t:15} {sum(g):6} {sum(pt):6} {tp_:6.3f} {rp_:6.3f} {tf_:6.3f}")
    fp_markers: Counter[str] = Counter()
    tp_markers: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for i in every:
        if pred[i]:
            names = {f"{e.code} {e.text.lower()}" for e in chosen[i]}
            (tp_markers if gold[i] else fp_markers).update(names)
        elif gold[i]:
            missed.update({c["text"].lower() for c in rows[i]["cues"]})
    print("\ntop false positives by marker (marker: false-positive sentences / true-positive sentences)")
    print("  " + ", ".join(f"{m}: {n}/{tp_markers.get(m, 0)}" for m, n in fp_markers.most_common(top)))
    print("top missed cue words (in sentences predicted certain)")
    print("  " + ", ".join(f"{w}: {n}" for w, n in missed.most_common(top)))
    return {"f1": f, "p": p, "r": r, "halves": halves}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="the shared data folder (default: $SOURCELENS_DATA or ../shared/data)")
    parser.add_argument("--file", help="a JSONL file in the dev file's format (overrides --data)")
    parser.add_argument("--mapping", choices=("szeged", "all", "both"), default="both")
    parser.add_argument("--top", type=int, default=25, help="how many confusions to list")
    args = parser.parse_args(argv)
    path = Path(args.file) if args.file else data_root(args.data) / "hedging" / "szeged_wiki_dev.jsonl"
    if not path.is_file():
        print(f"no Szeged dev data at {path}", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    hits = predict(rows)
    print(f"Szeged Uncertainty Corpus, Wikipedia dev file: {path.name} (dev figures, not held-out)")
    for mapping in (("szeged", "all") if args.mapping == "both" else (args.mapping,)):
        report(rows, hits, mapping, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
