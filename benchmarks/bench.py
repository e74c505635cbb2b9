"""How fast sourcelens is, against a reference pipeline, measured as ratios in one run.

    python benchmarks/bench.py            # the full run (about 2-4 minutes on 2 cores)
    python benchmarks/bench.py --quick    # smaller corpora, fewer repeats (a smoke test)
    python benchmarks/bench.py --instructions   # the throughput ratios in CPU instructions (valgrind)

Prints a markdown table (paste it into the README's performance table) and the machine
it was measured on. Not a test: the figures depend on the machine and on what else runs
on it, which is why every goal is a ratio of two things measured in the same run, with
interleaved repeats (the median of cold starts, the best of the throughput runs). The
"parallel capacity" line (two busy-loop processes against one) tells whether the cores
were really free while the --jobs figure was taken.

The corpus: distinct articles made from the two samples (sentences shuffled inside
each paragraph, some dropped, every number changed), so no article, sentence order or
figure repeats and no cache can flatter the result. The reference pipeline is what a
user would otherwise assemble: textstat 0.7.8's eight readability formulas (Flesch
reading ease, Flesch-Kincaid, Gunning fog, SMOG, Coleman-Liau, ARI, Dale-Chall,
text_standard) on the article plus vaderSentiment on each sentence (a regex split).

Measured:

* cold start: ``sourcelens score samples/peer-reviewed.txt --format json`` and
  ``sourcelens compare`` on the two samples, each a fresh process, against a fresh
  ``python -c "import sklearn.feature_extraction.text"``, with the package byte-compiled and
  its start-up cache filled, as after a user's first run (:func:`as_installed`); that first
  run, with the cache still empty, is shown apart;
* throughput on one core: words (``str.split``) per second of what ``score`` does for
  each article (read, profile every built dimension, serialise the JSON record; in its
  batches, one dimension at a time over each), against the reference on the same files,
  both after their one-time imports and lexicon loads; also the profile alone (no JSON
  record), with all dimensions and with the five the goal names (style, a sixth, left out),
  for information: the goal row is the strictest one; and the reference run in the same
  batches, one stage at a time, to show how much of the gain such an order gives it;
* the same throughput on real news, when the shared data is there (``--data DIR``, else
  ``$SOURCELENS_DATA``, else ``../shared/data``): the 840 PolNeAR train articles of 2016, read
  where they lie. A corpus made from two articles repeats their vocabulary, so the per-word
  memos of the analyzers are warmer on it than on real text: the real-news rows are the
  sterner measure, and the README says so;
* ``score DIR --format jsonl --jobs N`` against ``--jobs 1`` on the 400-article corpus,
  end to end (processes included);
* peak memory (maximum resident set of the process) of ``compare``, and of ``score`` on
  40 and on 400 articles;
* one long document of 100,000 and of 1,000,000 words: time to profile it.

``--instructions`` measures the same throughput workers under callgrind instead of a clock:
instructions per word for each, the loop over the corpus alone (a run over an empty folder,
with the same imports and warm-up, is subtracted). An instruction count does not move with
what else runs on the machine, so its ratios are steady where the timed ones vary by a fifth
from run to run; it is not a time (instructions differ in cost), and is shown beside the
timed table, not instead of it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_root  # noqa: E402
SAMPLES = (REPO / "samples" / "peer-reviewed.txt", REPO / "samples" / "generated.txt")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c\u2018(A-Z0-9])")
_NUMBER = re.compile(r"\d+")
_VADER_SPLIT = re.compile(r"(?<=[.!?])\s+")


# --- the corpus ---------------------------------------------------------------------------

def perturb(text: str, rng: random.Random) -> str:
    """A distinct article: sentences shuffled within paragraphs, ~10 % dropped, numbers changed."""
    lines = []
    for line in text.split("\n"):
        sentences = _SENTENCE_END.split(line)
        if len(sentences) > 1:
            rng.shuffle(sentences)
            kept = [s for s in sentences if rng.random() > 0.1] or sentences[:1]
            line = " ".join(kept)
        lines.append(line)
    return _NUMBER.sub(lambda m: str(rng.randrange(1, 10 ** len(m.group()) + 1)), "\n".join(lines))


def build_corpus(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` distinct articles into ``folder``; return their total words."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    words = 0
    seen: set[str] = set()
    for i in range(count):
        article = perturb(texts[i % len(texts)], rng)
        while article in seen:
            article = perturb(texts[i % len(texts)], rng)
        seen.add(article)
        (folder / f"article-{i:05d}.txt").write_text(article, encoding="utf-8")
        words += len(article.split())
    return words


def build_long(path: Path, target_words: int, seed: int) -> int:
    """One document of about ``target_words`` words, all article body.

    The body paragraphs (as sourcelens classifies them) of perturbed samples, one after
    another; their headers, bios, disclaimers and footers are left out, since a footer in
    the middle would make the rest of the document footer.
    """
    from sourcelens import ingest

    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    parts: list[str] = []
    words = 0
    while words < target_words:
        doc = ingest.from_text(perturb(texts[len(parts) % 2], rng))
        for region in doc.regions:
            if region.kind == "body":
                paragraph = doc.text[region.span.start : region.span.end]
                parts.append(paragraph)
                words += len(paragraph.split())
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return words


# --- running things -----------------------------------------------------------------------

def sourcelens_command() -> list[str]:
    script = Path(sys.executable).with_name("sourcelens")
    return [str(script)] if script.exists() else [sys.executable, "-m", "sourcelens"]


def run(cmd: list[str], cwd: Path = REPO) -> str:
    """Run ``cmd``; return its standard output."""
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return proc.stdout.decode()


def peak(cmd: list[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one process, via wait4 (its own rusage only)."""
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: a chatty stderr cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0  # Linux reports KiB


def real_news(data: str | None) -> Path | None:
    """The PolNeAR train texts (real 2016 news), or None when the shared data is absent."""
    folder = data_root(data) / "attribution" / "polnear" / "train" / "text"
    return folder if folder.is_dir() and any(folder.glob("*.txt")) else None


#: the throughput workers, in the order they run and are reported
WORKERS = ("sourcelens", "score5", "analyze", "five", "reference", "reference_batched")


def best_throughput(folder: Path, repeats: int) -> tuple[dict[str, float], int]:
    """Each worker's best words per second over ``folder`` (``repeats`` interleaved rounds of
    fresh processes), and the folder's words."""
    rates: dict[str, float] = {}
    words = 0
    for _ in range(repeats):
        for kind in WORKERS:
            r = in_fresh_process("--worker", kind, str(folder))
            rates[kind] = max(rates.get(kind, 0.0), r["words"] / r["seconds"])
            words = r["words"]
    return rates, words


def worker(kind: str, folder: str) -> None:
    """In a fresh process: time one pipeline over every file of ``folder``; print JSON."""
    files = sorted(str(p) for p in Path(folder).iterdir() if p.suffix == ".txt")
    if kind in ("sourcelens", "score5"):
        from sourcelens import api, corpus

        # "score5": `score --skip style`, the five dimensions the goal names (style, a sixth, left out)
        dims = api.choose_dimensions(skip=["style"] if kind == "score5" else None)
        corpus.warm_up(dims)

        def each(paths: list[str]) -> None:
            for _ in corpus.score_files(paths, dims, "jsonl"):   # what `score` does, in its batches
                pass
    elif kind in ("analyze", "five"):
        from sourcelens import api, corpus

        # "five": the five dimensions (style, a sixth, left out)
        dims = api.choose_dimensions(skip=["style"] if kind == "five" else None)
        corpus.warm_up(dims)

        def each(paths: list[str]) -> None:
            for batch in corpus.batches(paths):      # in `score`'s batches
                api.analyze_many([api.load(p) for p in batch], dims)
    else:
        import textstat
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()
        formulas = (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog,
                    textstat.smog_index, textstat.coleman_liau_index, textstat.automated_readability_index,
                    textstat.dale_chall_readability_score)

        def readability(text: str) -> None:
            for formula in formulas:
                formula(text)
            textstat.text_standard(text, float_output=True)

        def sentiment(text: str) -> None:
            for sentence in _VADER_SPLIT.split(text):
                if sentence.strip():
                    vader.polarity_scores(sentence)

        if kind == "reference":
            def each(paths: list[str]) -> None:
                for path in paths:
                    text = Path(path).read_text(encoding="utf-8")
                    readability(text)
                    sentiment(text)
        else:   # "reference_batched": the same work in `score`'s batches, one stage at a time
            from sourcelens.corpus import batches

            def each(paths: list[str]) -> None:
                for batch in batches(paths):
                    texts = [Path(p).read_text(encoding="utf-8") for p in batch]
                    for stage in (readability, sentiment):
                        for text in texts:
                            stage(text)

    each([str(SAMPLES[0])])  # one-time loads (imports, lexicons, CMUdict) happen here, untimed, for every worker
    words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in files)
    start = time.perf_counter()
    each(files)
    print(json.dumps({"words": words, "seconds": time.perf_counter() - start}))


def stages(folder: str) -> None:
    """In a fresh process: seconds spent per stage (ingest, each dimension, JSON) over ``folder``,
    in `score`'s batches (each stage over a batch of articles before the next stage)."""
    from sourcelens import analyzers, api, corpus
    from sourcelens.model import DIMENSIONS, Profile
    from sourcelens.report.profile_json import profile_json_line
    from sourcelens.versions import versions

    corpus.warm_up(api.choose_dimensions())
    files = sorted(str(p) for p in Path(folder).iterdir() if p.suffix == ".txt")
    words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in files)
    spent: dict[str, float] = dict.fromkeys(("ingest", *DIMENSIONS, "JSON record"), 0.0)
    with api.cyclic_gc_paused():      # as corpus.score_batch
        for batch in corpus.batches(files):
            t = time.perf_counter()
            docs = [api.load(p) for p in batch]
            spent["ingest"] += time.perf_counter() - t
            results: list[list] = [[] for _ in docs]
            for dim in DIMENSIONS:
                t = time.perf_counter()
                for found, result in zip(results, analyzers.run_by_dimension(docs, [dim])):
                    found.extend(result)
                spent[dim] += time.perf_counter() - t
            t = time.perf_counter()
            for doc, found in zip(docs, results):
                profile_json_line(Profile(doc, tuple(found), versions()))      # the record `score` writes
            spent["JSON record"] += time.perf_counter() - t
    built = {d: analyzers.module_for(d) is not None for d in DIMENSIONS}
    print(json.dumps({"words": words, "spent": spent, "built": built}))


def long_document(path: str) -> None:
    """In a fresh process: seconds to profile one (long) file, and to write its JSON record."""
    from sourcelens import api, corpus

    from sourcelens.report.profile_json import profile_json_line

    dims = api.choose_dimensions()
    corpus.warm_up(dims)
    start = time.perf_counter()
    with api.cyclic_gc_paused():      # as corpus.score_batch: read, profile and serialise
        doc = api.load(path)
        profile = api.analyze(doc, dims)
        profiled = time.perf_counter() - start
        profile_json_line(profile)
        scored = time.perf_counter() - start
    print(json.dumps({"profile": profiled, "score": scored, "body_words": doc.body_words}))


def in_fresh_process(*args: str) -> dict:
    out = run([sys.executable, str(Path(__file__).resolve()), *args])
    return json.loads(out.strip().splitlines()[-1])


def busy(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def parallel_capacity(n: int) -> float:
    """Speed-up of n busy-loop processes over one: about n when the cores are free."""
    import multiprocessing

    work = 6_000_000
    start = time.perf_counter()
    busy(work)
    one = time.perf_counter() - start
    with multiprocessing.get_context("fork").Pool(n) as pool:
        start = time.perf_counter()
        pool.map(busy, [work] * n)
        many = time.perf_counter() - start
    return n * one / many


def instruction_counts(work: Path, articles: int, news: Path | None) -> int:
    """Print a table of CPU instructions per word of each throughput worker (callgrind), on
    ``articles`` articles made from the samples and, when the data is there, as many real ones."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts", file=sys.stderr)
        return 1
    corpora = {"made from the samples": work / f"corpus-{articles}"}
    build_corpus(corpora["made from the samples"], articles, seed=5)
    if news is not None:
        corpora["real news (PolNeAR train)"] = work / "real-news"
        corpora["real news (PolNeAR train)"].mkdir()
        for path in sorted(news.glob("*.txt"))[:articles]:  # linked, not copied
            (corpora["real news (PolNeAR train)"] / path.name).symlink_to(path)
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    # a private start-up cache, filled first, and a fixed hash seed: the counts repeat exactly
    env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCELENS_CACHE_DIR": str(work / "startup-cache")}
    me = str(Path(__file__).resolve())
    subprocess.run([sys.executable, me, "--worker", "sourcelens", str(empty)], env=env, check=True,
                   capture_output=True)

    def collected(kind: str, folder: Path) -> int:
        done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                               sys.executable, me, "--worker", kind, str(folder)],
                              env=env, check=True, capture_output=True, text=True)
        return int(re.search(r"Collected : (\d+)", done.stderr).group(1))

    kinds = dict(zip(WORKERS, ("what `score` does per article (read, profile, JSON record)",
                               "the same with `--skip style`: the five dimensions the goal names",
                               "profile only (no JSON record)",
                               "profile only, the five dimensions the goal names (style left out)",
                               "reference (textstat 8 formulas + VADER per sentence)")))
    start_up = {kind: collected(kind, empty) for kind in kinds}
    per_word: dict[str, dict[str, float]] = {}
    for name, folder in corpora.items():
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        for kind in kinds:
            print(f"callgrind: {kind} on {name} ...", file=sys.stderr)
            per_word.setdefault(name, {})[kind] = (collected(kind, folder) - start_up[kind]) / words
    print()
    print(f"CPU instructions per word (callgrind, {articles} articles of each corpus, the loop alone; "
          "fewer is faster; ratio = the reference's count / this one's):")
    print()
    print("| Worker | " + " | ".join(corpora) + " |")
    print("|---|" + "---|" * len(corpora))
    for kind, label in kinds.items():
        cells = [f"{per_word[n][kind]:,.0f} ({per_word[n]['reference'] / per_word[n][kind]:.2f}x)" for n in corpora]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


# --- the report ---------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = ""
    try:
        kib = int(next(line for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal")).split()[1])
        memory = f", {kib / 1048576:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    from importlib import metadata

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "absent"

    return (f"{cpu}, {cores} cores{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; sourcelens {version('sourcelens')}, "
            f"textstat {version('textstat')}, vaderSentiment {version('vaderSentiment')}, "
            f"joblib {version('joblib')}, scikit-learn {version('scikit-learn')}")


def mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small corpora and 2 repeats (a smoke test)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="N for --jobs N (default: cores)")
    parser.add_argument("--repeat", type=int, default=None, help="repeats of each timed run (default 5)")
    parser.add_argument("--keep", metavar="DIR", help="build the corpora in DIR and keep them")
    parser.add_argument("--data", help="the shared data folder, for the real-news rows "
                                           "(default: $SOURCELENS_DATA or ../shared/data)")
    parser.add_argument("--instructions", action="store_true",
                        help="count CPU instructions per word of the throughput workers (needs valgrind)")
    args = parser.parse_args(argv)
    repeat = args.repeat or (2 if args.quick else 5)
    big, small = (80, 8) if args.quick else (400, 40)
    long_words = (20_000, 200_000) if args.quick else (100_000, 1_000_000)

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="sourcelens-bench-"))
    try:
        if args.instructions:
            return instruction_counts(work, 8 if args.quick else 20, real_news(args.data))
        return _bench(work, repeat, big, small, long_words, args.jobs, real_news(args.data))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def as_installed(work: Path) -> None:
    """Start every sourcelens process below as it starts on a user's machine after the first run.

    * Byte-compiled: ``pip install`` compiles the package's modules, but an editable checkout
      is compiled by Python at import and only kept if bytecode may be written (this machine
      sets PYTHONDONTWRITEBYTECODE, so every cold start would compile every module again,
      about 60 ms). ``compileall`` writes what pip would have; on an installed copy it is a no-op.
    * A private start-up cache (see the README), filled by the first run as a user's first run
      fills theirs: the cold starts measure the runs after it, not a developer's cache holding
      entries of many earlier versions. The first run itself is measured apart.
    """
    import sourcelens

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(sourcelens.__file__).parent)], check=True,
                   stdout=subprocess.DEVNULL)
    os.environ["SOURCELENS_CACHE_DIR"] = str(work / "startup-cache")


def _bench(work: Path, repeat: int, big: int, small: int, long_words: tuple[int, int], jobs: int,
           news: Path | None) -> int:
    sl = sourcelens_command()
    as_installed(work)
    print(f"building corpora in {work} ...", file=sys.stderr)
    big_dir, small_dir = work / f"corpus-{big}", work / f"corpus-{small}"
    big_words = build_corpus(big_dir, big, seed=1)
    build_corpus(small_dir, small, seed=2)
    short_doc, long_doc = work / "long-short.txt", work / "long-long.txt"
    short_n = build_long(short_doc, long_words[0], seed=3)
    long_n = build_long(long_doc, long_words[1], seed=4)
    peer, generated = (str(p) for p in SAMPLES)
    out = work / "out"
    out.mkdir(exist_ok=True)

    print("cold starts ...", file=sys.stderr)
    cold: dict[str, list[float]] = {"sklearn": [], "score": [], "compare": [], "reference": []}
    reference_one = ("import sys, re, textstat; "
                     "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as S; "
                     "t = open(sys.argv[1], encoding='utf-8').read(); v = S(); "
                     "[f(t) for f in (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, "
                     "textstat.gunning_fog, textstat.smog_index, textstat.coleman_liau_index, "
                     "textstat.automated_readability_index, textstat.dale_chall_readability_score)]; "
                     "textstat.text_standard(t, float_output=True); "
                     "[v.polarity_scores(s) for s in re.split(r'(?<=[.!?])\\s+', t) if s.strip()]")
    compare_mb: list[float] = []
    score_cmd = [*sl, "score", peer, "--format", "json", "-o", str(out / "p.json")]
    compare_cmd = [*sl, "compare", peer, generated, "-o", str(out / "c.md")]
    first_runs = []
    for i in range(repeat):   # a first run after install: the start-up cache is still empty
        empty = {**os.environ, "SOURCELENS_CACHE_DIR": str(work / f"empty-cache-{i}")}
        first_runs.append(peak(score_cmd, env=empty)[0])
    run(score_cmd)   # fills the cache
    run(compare_cmd)
    for _ in range(repeat):
        cold["sklearn"].append(peak([sys.executable, "-c", "import sklearn.feature_extraction.text"])[0])
        cold["score"].append(peak(score_cmd)[0])
        wall, mb = peak(compare_cmd)
        cold["compare"].append(wall)
        compare_mb.append(mb)
        cold["reference"].append(peak([sys.executable, "-c", reference_one, peer])[0])
    med = {k: statistics.median(v) for k, v in cold.items()}
    med["first"] = statistics.median(first_runs)

    print("throughput on one core ...", file=sys.stderr)
    rates, _ = best_throughput(big_dir, max(2, repeat // 2))
    ours_wps, score5_wps, bare_wps, five_wps, ref_wps, ref_batched_wps = (rates[kind] for kind in WORKERS)
    real: dict[str, float] = {}
    if news is not None:
        print("throughput on real news ...", file=sys.stderr)
        real, news_words = best_throughput(news, 2)
        news_articles = sum(1 for p in news.iterdir() if p.suffix == ".txt")
    stage = in_fresh_process("--stages", str(small_dir))

    print(f"--jobs 1 and --jobs {jobs} ...", file=sys.stderr)
    capacity = parallel_capacity(jobs)
    serial, parallel, mem_big, mem_small = [], [], [], []
    for _ in range(max(2, repeat // 2)):
        wall, mb = peak([*sl, "score", str(big_dir), "--format", "jsonl", "-o", str(out / "one.jsonl"), "--jobs", "1"])
        serial.append(wall)
        mem_big.append(mb)
        parallel.append(peak([*sl, "score", str(big_dir), "--format", "jsonl", "-o", str(out / "n.jsonl"),
                              "--jobs", str(jobs)])[0])
        mem_small.append(peak([*sl, "score", str(small_dir), "--format", "jsonl", "-o", str(out / "s.jsonl")])[1])
    identical = (out / "one.jsonl").read_bytes() == (out / "n.jsonl").read_bytes()
    failed = sum(1 for line in (out / "one.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(line).get("error"))
    if failed:
        print(f"WARNING: {failed} of {big} articles gave an error record; the figures are not valid",
              file=sys.stderr)
    speedup = min(serial) / min(parallel)
    capacity_after = parallel_capacity(jobs)

    print("long documents ...", file=sys.stderr)
    shorts = [in_fresh_process("--long", str(short_doc)) for _ in range(3)]
    longs = [in_fresh_process("--long", str(long_doc)) for _ in range(3)]
    body_share = longs[0]["body_words"] / long_n

    def growth(kind: str) -> tuple[float, float, float]:
        """(short seconds, long seconds, time ratio normalised to exactly 10x the words)."""
        short, long_ = min(r[kind] for r in shorts), min(r[kind] for r in longs)
        return short, long_, (long_ / short) / (long_n / short_n) * 10

    built = [d for d, ok in stage["built"].items() if ok]
    missing = [d for d, ok in stage["built"].items() if not ok]
    rows: list[tuple[str, ...]] = [
        ("Cold start: `score samples/peer-reviewed.txt --format json`",
         f"{med['score']:.2f} s", f"{med['sklearn']:.2f} s (import sklearn.feature_extraction.text)",
         f"{med['score'] / med['sklearn']:.2f}x", "< 0.33x", mark(med["score"] / med["sklearn"] < 1 / 3)),
        ("Cold start: same `score`, the first run after install (start-up cache empty)",
         f"{med['first']:.2f} s", f"{med['sklearn']:.2f} s (same import)", f"{med['first'] / med['sklearn']:.2f}x",
         "", ""),
        ("Cold start: `compare` on the two samples",
         f"{med['compare']:.2f} s", f"{med['sklearn']:.2f} s (same import)",
         f"{med['compare'] / med['sklearn']:.2f}x", "<= 1.4x", mark(med["compare"] / med["sklearn"] <= 1.4)),
        ("Cold start: reference on one article (textstat 8 formulas + VADER per sentence)",
         f"{med['score']:.2f} s (score)", f"{med['reference']:.2f} s", f"{med['score'] / med['reference']:.2f}x",
         "", ""),
        (f"Throughput, one core: what `score` does per article (read, profile {len(built)} dimensions, "
         f"JSON record), {big} articles, {big_words:,} words",
         f"{ours_wps:,.0f} words/s", f"{ref_wps:,.0f} words/s (reference)", f"{ours_wps / ref_wps:.2f}x",
         ">= 150,000 words/s and >= 1.4x",
         mark(ours_wps >= 150_000 and ours_wps / ref_wps >= 1.4)),
        ("Throughput, one core: the same with `--skip style`, the five dimensions the goal names "
         "(read, profile, JSON record)",
         f"{score5_wps:,.0f} words/s", f"{ref_wps:,.0f} words/s (reference)", f"{score5_wps / ref_wps:.2f}x",
         "the goal's wording: >= 150,000 words/s and >= 1.4x",
         mark(score5_wps >= 150_000 and score5_wps / ref_wps >= 1.4)),
        ("Throughput, one core, profile only (no JSON record)", f"{bare_wps:,.0f} words/s",
         f"{ref_wps:,.0f} words/s (reference)", f"{bare_wps / ref_wps:.2f}x", "", ""),
        ("Throughput, one core, profile only, the five dimensions the goal names (style left out)",
         f"{five_wps:,.0f} words/s", f"{ref_wps:,.0f} words/s (reference)", f"{five_wps / ref_wps:.2f}x", "", ""),
        ("Throughput, one core: the reference run in `score`'s batches, one stage at a time (readability "
         "over the batch, then sentiment)", f"{ref_batched_wps:,.0f} words/s (reference, batched)",
         f"{ref_wps:,.0f} words/s (reference)", f"{ref_batched_wps / ref_wps:.2f}x", "", ""),
    ]
    if real:
        news_label = f"real news (PolNeAR train, {news_articles} articles, {news_words:,} words)"
        rows += [
            (f"Throughput, one core, {news_label}: what `score` does per article",
             f"{real['sourcelens']:,.0f} words/s", f"{real['reference']:,.0f} words/s (reference)",
             f"{real['sourcelens'] / real['reference']:.2f}x", "", ""),
            ("Same real news, `score --skip style`", f"{real['score5']:,.0f} words/s",
             f"{real['reference']:,.0f} words/s (reference)", f"{real['score5'] / real['reference']:.2f}x", "", ""),
            ("Same real news, profile only (no JSON record)", f"{real['analyze']:,.0f} words/s",
             f"{real['reference']:,.0f} words/s (reference)", f"{real['analyze'] / real['reference']:.2f}x", "", ""),
            ("Same real news, profile only, the five dimensions the goal names", f"{real['five']:,.0f} words/s",
             f"{real['reference']:,.0f} words/s (reference)", f"{real['five'] / real['reference']:.2f}x", "", ""),
            ("Same real news, the reference in `score`'s batches, one stage at a time",
             f"{real['reference_batched']:,.0f} words/s (reference, batched)",
             f"{real['reference']:,.0f} words/s (reference)",
             f"{real['reference_batched'] / real['reference']:.2f}x", "", ""),
        ]
    rows += [
        (f"`score` {big} articles, `--jobs {jobs}` vs `--jobs 1` (end to end; output identical: "
         f"{'yes' if identical else 'NO'})",
         f"{min(parallel):.2f} s", f"{min(serial):.2f} s", f"{speedup:.2f}x",
         f">= 1.6x (machine's own: {min(capacity, capacity_after):.2f}x-{max(capacity, capacity_after):.2f}x)",
         mark(speedup >= 1.6)),
        ("Peak memory: `compare` on the two samples", f"{max(compare_mb):.0f} MB", "", "", "< 250 MB",
         mark(max(compare_mb) < 250)),
        (f"Peak memory: `score` {big} articles vs {small}", f"{max(mem_big):.0f} MB", f"{max(mem_small):.0f} MB",
         f"{max(mem_big) / max(mem_small):.2f}x", "<= 1.10x", mark(max(mem_big) / max(mem_small) <= 1.10)),
        (f"One document, profiled (read + every dimension): {long_n:,} words vs {short_n:,} "
         f"({100 * body_share:.0f} % body)", f"{growth('profile')[1]:.2f} s", f"{growth('profile')[0]:.2f} s",
         f"{growth('profile')[2]:.1f}x per 10x words", "<= 11x", mark(growth("profile")[2] <= 11)),
        ("Same, with its JSON record written (what `score` does)", f"{growth('score')[1]:.2f} s",
         f"{growth('score')[0]:.2f} s", f"{growth('score')[2]:.1f}x per 10x words", "", ""),
    ]
    print()
    print(f"Measured on: {machine()}.  ")
    if failed:
        print(f"**{failed} of {big} articles failed (error records): these figures are not valid.**  ")
    print(f"Dimensions built: {', '.join(built)}" + (f" (not built: {', '.join(missing)})" if missing else "")
          + f". Parallel capacity while measuring (2 busy loops vs 1): {capacity:.2f}x before, "
            f"{capacity_after:.2f}x after. Repeats: {repeat}.")
    print()
    print("| Measure | sourcelens | compared with | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    total = sum(stage["spent"].values())
    print(f"Where the time goes ({small} articles, {stage['words']:,} words, one core):")
    print()
    print("| stage | words/s | share of time |")
    print("|---|---|---|")
    for name, seconds in sorted(stage["spent"].items(), key=lambda kv: -kv[1]):
        if seconds > 0 and stage["built"].get(name, True):
            print(f"| {name} | {stage['words'] / seconds:,.0f} | {100 * seconds / total:.0f} % |")
    # the two stages no profile can skip: reading the text into sentences, and VADER per sentence
    floor = stage["spent"]["ingest"] + stage["spent"].get("sentiment", 0.0)
    budget_us = 1e6 / 150_000
    print()
    print(f"Ingest + sentiment alone (the stages every profile needs) run at {stage['words'] / floor:,.0f} "
          f"words/s: {1e6 * floor / stage['words']:.1f} us of the {budget_us:.1f} us per word that 150,000 "
          f"words/s allows, leaving {budget_us - 1e6 * floor / stage['words']:.1f} us per word for the other "
          f"{len(built) - 1} dimensions and the JSON record (they take {1e6 * (total - floor) / stage['words']:.1f} us).")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "--stages":
        stages(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "--long":
        long_document(sys.argv[2])
    else:
        raise SystemExit(main())
