"""Corpus mode: ``sourcelens score DIR_OR_FILES... --format jsonl|csv -o OUT``.

Order, error records, --resume (after a truncated line or an interrupted run), never
writing over an input, and identical output with --jobs 2 and on a Dask cluster.
No timing assertions here: speed is measured by benchmarks/bench.py.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import random
import re
from pathlib import Path

import pytest

from sourcelens import corpus
from sourcelens.cli import main

from conftest import GENERATED, PEER

FAST = ["--only", "readability,sentiment"]


def _article(seed: int) -> str:
    """A distinct article: a sample with the sentences of each paragraph shuffled."""
    rng = random.Random(seed)
    source = (PEER if seed % 2 else GENERATED).read_text(encoding="utf-8")
    paragraphs = []
    for paragraph in source.split("\n"):
        sentences = re.split(r"(?<=\.) (?=[A-Z])", paragraph)
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    return "\n".join(paragraphs)


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """corpus/ with articles at two levels, plus files a corpus run must ignore."""
    root = tmp_path / "corpus"
    (root / "b-sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for i, name in enumerate(["c.txt", "a.md", "b-sub/z.txt", "b-sub/y.html"]):
        text = _article(i)
        if name.endswith(".html"):
            text = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"
        (root / name).write_text(text, encoding="utf-8")
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text(_article(9), encoding="utf-8")
    (root / ".draft.txt").write_text(_article(8), encoding="utf-8")
    return root


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def sources(path: Path) -> list[str]:
    return [json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_folders_are_walked_in_sorted_order_skipping_hidden_and_other_files(tree, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code == 0, err
    assert sources(out) == [str(tree / n) for n in ("a.md", "b-sub/y.html", "b-sub/z.txt", "c.txt")]


def test_order_follows_the_arguments_and_a_file_named_twice_is_scored_once(tree, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    args = [tree / "c.txt", tree / "b-sub", tree / "a.md", tree / "c.txt"]
    code, _, err = run(["score", *args, "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code == 0, err
    assert sources(out) == [str(tree / n) for n in ("c.txt", "b-sub/y.html", "b-sub/z.txt", "a.md")]


def test_jsonl_to_stdout_streams_one_record_per_line(tree, capsys):
    code, out, _ = run(["score", tree, "--format", "jsonl", *FAST], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 4 and all(r["schema"] == "sourcelens/profile@1" for r in records)
    assert all(r["metrics"]["readability.words"] > 150 for r in records)


def test_csv_has_one_row_per_article_and_every_metric_key_as_a_column(tree, tmp_path, capsys):
    (tree / "zz-heading-only.txt").write_text("Just A Heading\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    jsonl = tmp_path / "out.jsonl"
    assert run(["score", tree, "--format", "csv", "-o", out, *FAST], capsys)[0] == 0
    assert run(["score", tree, "--format", "jsonl", "-o", jsonl, *FAST], capsys)[0] == 0
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        header = reader.fieldnames
    assert header[:5] == list(corpus.CSV_FIXED)
    # The header names every key any article produced (an empty body yields fewer sentiment
    # metrics than a full one), sorted.
    all_keys = sorted({k for r in records for k in r["metrics"]})
    assert header[5:] == all_keys
    assert [r["source"] for r in rows] == [r["source"] for r in records]
    for row, record in zip(rows, records):
        for key, value in record["metrics"].items():
            assert row[key] == ("" if value is None else str(value))
        assert row["words"] == str(record["metrics"]["readability.words"])


def test_a_bad_file_becomes_an_error_record_and_the_run_goes_on(tree, tmp_path, capsys):
    (tree / "b.txt").write_bytes(b"%PDF-1.7 binary stuff")
    (tree / "d.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["score", tree, tmp_path / "missing.txt", "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_source = {Path(r["source"]).name: r for r in records}
    assert len(records) == 7
    assert "PDF" in by_source["b.txt"]["error"] and by_source["d.txt"]["error"] == "is empty"
    assert by_source["missing.txt"]["error"] == "no such file"
    assert "metrics" in by_source["c.txt"] and "error" not in by_source["c.txt"]
    assert f"{tree / 'b.txt'}: is a PDF document" in err
    rows = list(csv.DictReader(io.StringIO(_csv_of(tree, tmp_path, capsys))))
    assert [bool(r["error"]) for r in rows] == [False, False, False, True, False, True]  # a, y, z, b, c, d


def _csv_of(tree: Path, tmp_path: Path, capsys) -> str:
    out = tmp_path / "errors.csv"
    assert run(["score", tree, "--format", "csv", "-o", out, *FAST], capsys)[0] == 1
    return out.read_text(encoding="utf-8")


def test_an_analyzer_failing_on_one_article_is_recorded_not_fatal(tree, tmp_path, capsys, monkeypatch):
    """The second dimension fails on the batch's first article: the others of the batch go on."""
    from sourcelens import analyzers

    real = analyzers.run
    tried = []

    def flaky(doc, dimension):
        tried.append((Path(doc.source).name, dimension))
        if doc.source.endswith("a.md") and dimension == "sentiment":
            raise ValueError("boom")
        return real(doc, dimension)

    monkeypatch.setattr(analyzers, "run", flaky)
    out = tmp_path / "out.jsonl"
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code == 1 and "internal error: ValueError: boom" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["error"] == "internal error: ValueError: boom"
    assert all("metrics" in r for r in records[1:])
    assert tried[:4] == [("a.md", "readability"), ("y.html", "readability"), ("z.txt", "readability"),
                         ("c.txt", "readability")]      # one dimension at a time over the batch
    assert [name for name, dimension in tried if dimension == "sentiment"] == ["a.md", "y.html", "z.txt", "c.txt"]


def test_an_article_that_breaks_a_batch_s_phases_is_found_and_recorded_alone(tree, tmp_path, capsys, monkeypatch):
    """specificity runs its phases over the whole batch; when one article breaks them, the batch's
    articles are run again one by one, so that only that article gets an error record."""
    from sourcelens.analyzers import specificity

    real = specificity.find_citations

    def flaky(doc):
        if doc.source.endswith("z.txt"):
            raise ValueError("boom")
        return real(doc)

    monkeypatch.setattr(specificity, "find_citations", flaky)
    out = tmp_path / "out.jsonl"
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, "--only", "readability,specificity"], capsys)
    assert code == 1 and err.count("internal error: ValueError: boom") == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records["z.txt"]["error"] == "internal error: ValueError: boom"
    assert all("specificity.score" in r["metrics"] for name, r in records.items() if name != "z.txt")


def test_a_lexicon_error_in_a_batch_stops_the_run(tree, tmp_path, capsys, monkeypatch):
    """A SourcelensError (a broken lexicon: every article would fail the same way) is not recorded."""
    from sourcelens import analyzers
    from sourcelens.errors import SourcelensError

    def broken(doc, dimension):
        raise SourcelensError("lexicon hedges.toml: broken")

    monkeypatch.setattr(analyzers, "run", broken)
    out = tmp_path / "out.jsonl"
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code != 0 and "lexicon hedges.toml: broken" in err and not out.exists()


def test_batches_hold_at_most_batch_files_and_batch_bytes_in_order(tmp_path, monkeypatch):
    sizes = {"a": 10, "b": 10, "c": 45, "d": 5, "e": 80, "f": 1, "g": 1, "h": 1}
    for name, size in sizes.items():
        (tmp_path / name).write_text("x" * size, encoding="utf-8")
    monkeypatch.setattr(corpus, "BATCH", 3)
    monkeypatch.setattr(corpus, "BATCH_BYTES", 60)
    paths = [str(tmp_path / name) for name in sizes] + [str(tmp_path / "missing"), "-", str(tmp_path / "a")]
    got = [[Path(p).name if p != "-" else "-" for p in batch] for batch in corpus.batches(paths)]
    # "e" is longer than a batch may be: alone; standard input alone; a missing file weighs nothing
    assert got == [["a", "b"], ["c", "d"], ["e"], ["f", "g", "h"], ["missing"], ["-"], ["a"]]


def test_batches_spread_over_workers_leave_each_several(monkeypatch):
    monkeypatch.setattr(corpus, "BATCH", 32)
    monkeypatch.setattr(corpus, "BATCHES_PER_WORKER", 8)
    names = [f"/nonexistent/{i}.txt" for i in range(400)]      # no size: only the count decides
    assert [len(b) for b in corpus._spread(names, 2)] == [25] * 16
    assert [len(b) for b in corpus._spread(names[:40], 2)] == [3] * 13 + [1]
    assert [len(b) for b in corpus._spread(names, 1)] == [32] * 12 + [16]   # at most BATCH
    assert [b for batch in corpus._spread(names, 3) for b in batch] == names


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_batches_write_what_one_article_at_a_time_writes(fmt, tmp_path, capsys, monkeypatch):
    """Profiling a batch one dimension at a time gives every article the record it gets alone:
    no analyzer carries state from one article to the next that the order could change."""
    root = tmp_path / "many"
    root.mkdir()
    for i in range(11):
        (root / f"{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    (root / "05.txt").write_bytes(b"")     # an error record inside a batch
    alone, batched = tmp_path / f"alone.{fmt}", tmp_path / f"batched.{fmt}"
    monkeypatch.setattr(corpus, "BATCH", 1)
    assert run(["score", root, "--format", fmt, "-o", alone], capsys)[0] == 1
    monkeypatch.setattr(corpus, "BATCH", 8)
    assert run(["score", root, "--format", fmt, "-o", batched], capsys)[0] == 1
    assert batched.read_bytes() == alone.read_bytes()
    assert run(["score", root, "--format", fmt, "-o", batched, "--jobs", "2"], capsys)[0] == 1
    assert batched.read_bytes() == alone.read_bytes()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_skips_done_articles_and_redoes_a_truncated_last_line(fmt, tree, tmp_path, capsys, monkeypatch):
    full = tmp_path / f"full.{fmt}"
    assert run(["score", tree, "--format", fmt, "-o", full, *FAST], capsys)[0] == 0
    partial = tmp_path / f"partial.{fmt}"
    # An earlier run over two of the files, killed while writing the second record.
    assert run(["score", tree / "a.md", tree / "b-sub/y.html", "--format", fmt, "-o", partial, *FAST],
               capsys)[0] == 0
    text = partial.read_text(encoding="utf-8")
    partial.write_text(text[: len(text) - 40], encoding="utf-8")

    scored: list[str] = []
    real = corpus.score_batch

    def counting(paths, dims, fmt_):
        scored.extend(Path(path).name for path in paths)
        return real(paths, dims, fmt_)

    monkeypatch.setattr(corpus, "score_batch", counting)
    code, _, err = run(["score", tree, "--format", fmt, "-o", partial, "--resume", *FAST], capsys)
    assert code == 0, err
    assert scored == ["y.html", "z.txt", "c.txt"]  # a.md was complete; y.html was cut short
    assert partial.read_bytes() == full.read_bytes()
    scored.clear()
    assert run(["score", tree, "--format", fmt, "-o", partial, "--resume", *FAST], capsys)[0] == 0
    assert scored == [] and partial.read_bytes() == full.read_bytes()


def test_resume_retries_errors_and_keeps_records_of_files_not_named(tree, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    (tree / "b.txt").write_bytes(b"")
    assert run(["score", tree, "--format", "jsonl", "-o", out, *FAST], capsys)[0] == 1
    (tree / "b.txt").write_text(_article(5), encoding="utf-8")
    code, _, err = run(["score", tree / "b.txt", tree / "c.txt", "--format", "jsonl", "-o", out, "--resume",
                        *FAST], capsys)
    assert code == 0, err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == ["b.txt", "c.txt", "a.md", "y.html", "z.txt"]
    assert all("error" not in r for r in records)
    assert "kept 3 earlier record(s)" in err


def test_an_interrupted_run_keeps_what_it_wrote_and_resume_finishes(tree, tmp_path, capsys, monkeypatch):
    full = tmp_path / "full.jsonl"
    assert run(["score", tree, "--format", "jsonl", "-o", full, *FAST], capsys)[0] == 0
    out = tmp_path / "out.jsonl"
    real = corpus.score_batch
    calls = []

    def interrupted(paths, dims, fmt):
        calls.append(paths)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(paths, dims, fmt)

    monkeypatch.setattr(corpus, "BATCH", 2)       # two batches of two articles: the second is interrupted
    monkeypatch.setattr(corpus, "score_batch", interrupted)
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code == 130 and "--resume" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    monkeypatch.setattr(corpus, "score_batch", real)
    assert run(["score", tree, "--format", "jsonl", "-o", out, "--resume", *FAST], capsys)[0] == 0
    assert out.read_bytes() == full.read_bytes()
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_a_run_that_fails_before_any_record_leaves_the_old_output_alone(tree, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, "--only", "nonsense"], capsys)
    assert code != 0 and out.read_text(encoding="utf-8") == "precious\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "markdown"])
def test_output_never_overwrites_an_input(fmt, tree, capsys):
    target = tree / "c.txt"
    before = target.read_bytes()
    code, _, err = run(["score", tree, "--format", fmt, "-o", target, *FAST], capsys)
    assert code == 2 and "refusing to overwrite an input" in err
    code, _, err = run(["score", tree / "a.md", "--format", fmt, "-o", tree / "." / "a.md", *FAST], capsys)
    assert code == 2 and "refusing to overwrite an input" in err
    assert target.read_bytes() == before


def test_resume_needs_an_output_and_a_streaming_format(tree, capsys):
    assert run(["score", tree, "--format", "jsonl", "--resume"], capsys)[0] == 1
    code, _, err = run(["score", tree, "--format", "json", "--jobs", "2"], capsys)
    assert code == 1 and "--format jsonl or csv" in err


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jobs_2_gives_byte_identical_output(fmt, tree, tmp_path, capsys):
    # Enough articles that an analyzer whose result depends on what the process scored
    # before (a stale cache) shows up: the workers see other sequences of articles.
    (tree / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    rng = random.Random(1)
    samples = [PEER.read_text(encoding="utf-8"), GENERATED.read_text(encoding="utf-8")]
    for i in range(20):
        lines = []
        for line in samples[i % 2].split("\n"):
            sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018])", line)
            if len(sentences) > 2:
                rng.shuffle(sentences)
            lines.append(" ".join(sentences))
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), "\n".join(lines))
        (tree / f"more-{i:02d}.txt").write_text(text, encoding="utf-8")
    one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    assert run(["score", tree, "--format", fmt, "-o", one], capsys)[0] == 1
    assert run(["score", tree, "--format", fmt, "-o", two, "--jobs", "2"], capsys)[0] == 1
    assert one.read_bytes() == two.read_bytes(), _first_differences(one, two, fmt)


def _first_differences(one: Path, two: Path, fmt: str) -> str:
    """Which metrics differ: an analyzer whose result depends on what ran before in the process."""
    def rows(path: Path) -> list[dict]:
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh))
        return [json.loads(line).get("metrics", {}) | {"source": json.loads(line)["source"]}
                for line in path.read_text(encoding="utf-8").splitlines()]
    diffs = [f"{a['source']}: {k} = {a.get(k)!r} with --jobs 1, {b.get(k)!r} with --jobs 2"
             for a, b in zip(rows(one), rows(two)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
    return "; ".join(diffs[:5])


def test_score_does_not_import_scikit_learn_or_joblib():
    import subprocess
    import sys

    code = ("import sys; from sourcelens.cli import main; "
            f"main(['score', {str(PEER)!r}, '--format', 'json', '-o', {'/dev/null'!r}]); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'joblib', 'scipy')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_dask_local_cluster_gives_the_same_output(tree, tmp_path, capsys):
    distributed = pytest.importorskip("dask.distributed")
    (tree / "bad.txt").write_bytes(b"")
    one, dask_out = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert run(["score", tree, "--format", "jsonl", "-o", one, *FAST], capsys)[0] == 1
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) \
            as cluster:
        code, _, err = run(["score", tree, "--format", "jsonl", "-o", dask_out, "--scheduler",
                            cluster.scheduler_address, *FAST], capsys)
    assert code == 1, err
    assert dask_out.read_bytes() == one.read_bytes()


def test_an_unreachable_scheduler_is_one_clear_error(tree, tmp_path, capsys):
    pytest.importorskip("dask.distributed")
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", tmp_path / "o.jsonl", "--scheduler",
                        "tcp://127.0.0.1:9", *FAST], capsys)
    assert code == 1 and "cannot reach the Dask scheduler" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_progress_bar_only_when_asked_or_on_a_terminal(tree, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, *FAST], capsys)
    assert code == 0 and "scoring" not in err  # stderr is not a terminal here: quiet
    code, _, err = run(["score", tree, "--format", "jsonl", "-o", out, "--progress", *FAST], capsys)
    assert code == 0 and "scoring" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_score_batch_frees_the_profiles_before_the_collector_runs_again(fmt):
    """corpus.score_batch pauses the cycle collector; when it switches it back on, the profiles
    must already be freed. Were they alive, their objects would count as new ones, and a collection
    would start (and walk them, for nothing) at the first allocation after the switch.
    With warm memos, scoring the same articles again leaves nothing new behind: no collection."""
    import gc

    dims = ("readability", "hedging", "sentiment", "specificity", "provenance", "style")
    batch = [str(PEER), str(GENERATED)]
    corpus.score_batch(batch, dims, fmt)      # warm: memos and lexicons are filled once
    collections: list[int] = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(seen)
    try:
        for _ in range(5):
            corpus.score_batch(batch, dims, fmt)
    finally:
        gc.callbacks.remove(seen)
    assert collections == []


# A CLI run in its own process, whose score_batch is slowed (or kills its worker) for the tests below.
_DRIVER = """
import os, sys, time
from sourcelens import corpus
from sourcelens.cli import main
corpus.BATCH = 4                # nine batches of the 34 articles, four in flight at a time
real = corpus.score_batch
def patched(paths, *args, **kwargs):
    for path in paths:
        if os.environ.get("DIE_ON") and path.endswith(os.environ["DIE_ON"]):
            os._exit(9)             # a worker killed mid-article (the OOM killer, kill -9)
        time.sleep(float(os.environ.get("PAUSE", "0")))
    return real(paths, *args, **kwargs)
corpus.score_batch = patched
sys.exit(main(sys.argv[1:]))
"""


@contextlib.contextmanager
def _started(tree: Path, out: Path, **env: str):
    """The driver's process on ``tree`` plus 30 more articles; killed with its workers if a test fails."""
    import os
    import signal
    import subprocess
    import sys

    for i in range(30):
        (tree / f"more-{i:02d}.txt").write_text(_article(10 + i), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", _DRIVER, "score", str(tree), "--format", "jsonl", "-o", str(out),
                             "--jobs", "2", *FAST], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env}, start_new_session=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:   # a hung run must not outlive its test
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()


def test_a_worker_that_dies_ends_the_run_with_one_clear_error(tree, tmp_path):
    """A killed worker (out of memory, kill -9) must not leave the run waiting forever. It dies on
    the last batch, which is sent only once the first batches' records are back: those are written."""
    out = tmp_path / "out.jsonl"
    with _started(tree, out, DIE_ON="more-29.txt") as proc:
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert "a worker process stopped abruptly" in err and "Traceback" not in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all("error" not in r for r in records)   # what was written is kept, whole


def test_sigterm_with_jobs_2_keeps_whole_records_and_stops_the_workers(tree, tmp_path):
    import os
    import signal
    import subprocess
    import time

    out = tmp_path / "out.jsonl"
    with _started(tree, out, PAUSE="0.1") as proc:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".out.jsonl.*")) or not any(
                p.stat().st_size for p in tmp_path.glob(".out.jsonl.*")):   # the first records are being written
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.05)
        workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130 and "--resume" in err and "Traceback" not in err, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 34 and all(json.loads(line)["source"] for line in lines)
    time.sleep(0.2)
    assert workers and not [w for w in workers if Path(f"/proc/{w}").exists()
                            and "zombie" not in Path(f"/proc/{w}/status").read_text()]
