"""``sourcelens score``: one article or a whole corpus.

For people (``markdown``, ``json``) every input must be readable: the first bad file
stops the run with one clear line, before anything is written. For programs
(``jsonl``, ``csv``) the run streams:

* one record per article, in input order (folders walked in sorted order), whatever
  the number of workers;
* articles are profiled ``BATCH`` at a time (fewer when they are long), one dimension at
  a time over the batch, which is faster than one article at a time (:func:`score_batch`);
* memory does not grow with the corpus: at most ``BATCHES_PER_JOB`` batches per worker
  are in flight, records are written as they arrive, and ``--resume`` keeps only an
  index (source -> offset) of the previous output in memory;
* a file that cannot be read, or an article an analyzer fails on, becomes an error
  record (``{"source": ..., "error": ...}``, or a CSV row with the ``error`` column set)
  instead of stopping the run; the exit code is then 1;
* with ``-o OUT`` the output goes to a temporary file beside OUT. It replaces OUT when the
  run ends, and also when it is interrupted (Ctrl-C, SIGTERM, an error): a partial
  output is exactly what ``--resume`` continues from;
* ``--resume`` keeps every successful record of OUT (a line cut short by an interrupted
  run, and error records, are done again) and scores only the rest;
* ``--jobs N`` spreads the work over N local processes (forked from the warm parent
  with the standard library's ``concurrent.futures`` where possible, joblib elsewhere;
  joblib is imported only then), ``--scheduler ADDRESS`` over a Dask cluster.

CSV: the columns are ``source, error, title, words, sha256`` and then every metric key,
sorted; one row per article; an empty cell is a metric without a value. The rows are
spooled to a temporary file so that the header can name every metric key any article
produced.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import json
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence

from .errors import InputError, OutputError, SourcelensError
from .output import atomic_writer, check_not_input, write_output

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
#: How many articles are profiled together, one dimension at a time (:func:`score_batch`):
#: 8 ran 1.2x as fast as 1 on the benchmark's corpus, 16 about 1.03x as fast as 8 and 32
#: about 1.05x as fast as 16 (on real news too), 64 no faster than 32 beyond the noise.
BATCH = 32
#: ... and how many bytes of files at most: a batch of long files is cut short (a file longer
#: than this is a batch of its own), so that memory follows one long article, not 32.
BATCH_BYTES = 1_000_000
#: Spread over workers, a batch is smaller when the corpus is, so that each worker has at
#: least this many batches and none is left alone with a long last one.
BATCHES_PER_WORKER = 8
#: How many batches may be in flight at once per worker (bounds memory on big corpora).
BATCHES_PER_JOB = 2
CSV_FIXED = ("source", "error", "title", "words", "sha256")

#: What a worker sends back: (source, error message or "", JSON line or CSV row).
Result = tuple[str, str, Any]


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files to score: each path as given, folders walked recursively in sorted order."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).rglob("*")
                           if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(path, f"is a folder with no article files ({', '.join(ARTICLE_SUFFIXES)})")
            yield from found
        else:
            yield path


def run_score(files: Sequence[str], *, fmt: str, output: str | None, dimensions: Sequence[str],
              jobs: int = 1, resume: bool = False, scheduler: str | None = None,
              progress: bool | None = None) -> int:
    """Run ``sourcelens score``; return the number of articles that failed (streaming formats)."""
    if fmt in ("markdown", "json"):
        if resume or jobs > 1 or scheduler:
            raise SourcelensError("--jobs, --resume and --scheduler need --format jsonl or csv")
        _score_for_people(files, fmt, output, dimensions)
        return 0
    if resume and not output:
        raise SourcelensError("--resume needs -o OUT (the file to resume)")
    if output == "-":
        output = None
    paths = list(dict.fromkeys(expand(files)))  # a file named twice is scored once
    if "-" in paths and (jobs > 1 or scheduler):
        raise SourcelensError("standard input (-) cannot be scored with --jobs or --scheduler")
    if output:
        check_not_input(output, paths)
    dims = tuple(dimensions)
    with contextlib.ExitStack() as stack:
        previous = _Previous(output if resume and output and os.path.exists(output) else None, fmt, dims)
        stack.enter_context(previous)
        todo = [p for p in paths if p not in previous]
        results = _results(todo, dims, fmt, jobs, scheduler)
        if hasattr(results, "close"):
            stack.callback(results.close)  # stops worker processes promptly if the run stops
        if _show_progress(progress) and todo:
            results = _with_progress(results, len(todo))
        stack.enter_context(_terminate_as_interrupt())
        written = _Progress()
        fh = stack.enter_context(_partial_safe_output(output, written)) if output else sys.stdout
        writer: _Sink = _CsvSink(fh) if fmt == "csv" else _JsonlSink(fh)
        written.sink = writer
        try:
            return _write(paths, previous, results, writer)
        finally:
            writer.close()
            fh.flush()


def _score_for_people(files: Sequence[str], fmt: str, output: str | None, dimensions: Sequence[str]) -> None:
    from . import api
    from .report import render_profiles

    paths = list(expand(files))
    documents = [api.load(p) for p in paths]
    profiles = api.analyze_many(documents, dimensions)
    write_output(render_profiles(profiles, fmt), output, inputs=paths)


def score_batch(paths: Sequence[str], dimensions: Sequence[str], fmt: str) -> list[Result]:
    """Score a few files where it runs (a worker): each record already serialised for ``fmt``.

    The files are read, then profiled one dimension at a time over all of them
    (:func:`sourcelens.api.analyze_many`, faster than one article at a time), then
    serialised. Serialising in the worker keeps the parent process (which only writes)
    nearly idle. A CSV row needs only the metrics, so the full JSON record is not built for it.

    A file that cannot be read, or an article an analyzer fails on, becomes an error record
    (a dict naming the problem; an unexpected failure as an internal error, to be reported)
    and is left out of the later dimensions, so that one odd article cannot stop a run over a
    corpus. A :class:`SourcelensError` (a broken lexicon, say: every article would fail the
    same way) stops the run.

    The cycle collector waits while the files are read, profiled and serialised (the records,
    too, are trees of new objects without cycles). The profiles are freed before the
    collector is switched back on: they live only in :func:`_scored`'s frame, which is gone
    once the serialised lines are returned. Were they still alive, the first allocation after
    the switch would start a collection walking every object of them, just before reference
    counting frees them all (2 % of a run over real news, 0.6 collections per article).
    """
    from .api import cyclic_gc_paused

    with cyclic_gc_paused():
        return _scored(paths, dimensions, fmt)


def _scored(paths: Sequence[str], dimensions: Sequence[str], fmt: str) -> list[Result]:
    """:func:`score_batch`'s work: the (path, error, serialised record) of each file."""
    from . import analyzers
    from .model import Profile
    from .versions import versions

    records: list[Any] = [_loaded_or_error(path) for path in paths]
    docs = [(i, doc) for i, doc in enumerate(records) if not isinstance(doc, dict)]

    def failed(at: int, exc: Exception) -> None:
        if isinstance(exc, SourcelensError):
            raise exc
        index = docs[at][0]
        records[index] = _error_record(paths[index], f"internal error: {type(exc).__name__}: {exc}")

    found = analyzers.run_by_dimension([doc for _, doc in docs], dimensions, failed)
    stamp = versions()
    for (index, doc), results in zip(docs, found):
        if not isinstance(records[index], dict):
            records[index] = Profile(doc, tuple(results), stamp)
    return [_serialised(path, record, fmt) for path, record in zip(paths, records)]


def _loaded_or_error(path: str) -> Any:
    """The :class:`Document` of one file, or an error record (a dict) naming the problem."""
    from . import api

    try:
        return api.load(path)
    except InputError as exc:
        return _error_record(path, exc.problem)
    except SourcelensError:
        raise
    except Exception as exc:  # noqa: BLE001 - recorded, not swallowed: the run exits 1
        return _error_record(path, f"internal error: {type(exc).__name__}: {exc}")


def _error_record(path: str, problem: str) -> dict[str, str]:
    return {"schema": "sourcelens/profile@1", "source": "<stdin>" if path == "-" else path, "error": problem}


def _serialised(path: str, profile: Any, fmt: str) -> Result:
    """One file's (path, error, record serialised for ``fmt``)."""
    if isinstance(profile, dict):
        return path, profile["error"], _json_line(profile) if fmt == "jsonl" else _csv_row(profile)
    if fmt == "jsonl":
        from .report.profile_json import profile_json_line

        return path, "", profile_json_line(profile)
    doc = profile.document
    metrics = {key: m.value for key, m in profile.metrics.items()}
    return path, "", _csv_row({"source": doc.source, "title": doc.title, "sha256": doc.sha256,
                               "metrics": metrics})


def warm_up(dimensions: Sequence[str]) -> None:
    """Import the analyzers and load their lexicons once, before worker processes fork."""
    from . import api

    # Every lazily built rule set must be built here, in the parent, or each worker builds its own:
    # the AI-disclosure rules, for one, are compiled only when a page mentions AI.
    api.analyze("Warm-up sentence for the analyzers, which may matter. It says 50 per cent, "
                "according to the 2014 report.\n\nThis summary was generated with the help of AI.", dimensions)


def _results(paths: list[str], dims: tuple[str, ...], fmt: str, jobs: int,
             scheduler: str | None) -> Iterator[Result]:
    if not paths:
        return iter(())
    if scheduler:
        return _dask_results(paths, dims, fmt, scheduler)
    if jobs > 1 and len(paths) > 1:
        return _local_results(paths, dims, fmt, jobs)
    return score_files(paths, dims, fmt)


def score_files(paths: Sequence[str], dims: Sequence[str], fmt: str) -> Iterator[Result]:
    """Each file's result, in order, scored here in batches: what ``score`` does on one core."""
    for batch in batches(paths):
        yield from score_batch(batch, dims, fmt)


def batches(paths: Iterable[str], most: int | None = None) -> Iterator[list[str]]:
    """The batches :func:`score_files` scores: ``paths`` in order, in runs of at most ``most``
    files (default ``BATCH``) and ``BATCH_BYTES`` bytes (standard input, whose size is not
    known, alone)."""
    most = most or BATCH
    batch: list[str] = []
    size = 0
    for path in paths:
        length = _size(path)
        if batch and (len(batch) == most or size + length > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += length
    if batch:
        yield batch


def _size(path: str) -> int:
    """The size of the file at ``path`` in bytes (standard input: as if too long to share a batch;
    a file that cannot be read: 0, its error record is made when it is read)."""
    if path == "-":
        return BATCH_BYTES + 1
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _local_results(paths: list[str], dims: tuple[str, ...], fmt: str, jobs: int) -> Iterator[Result]:
    """Results from ``jobs`` local worker processes, in input order, a bounded number in flight.

    Where processes can fork (Linux), the standard library's ``ProcessPoolExecutor`` forks
    this process once the analyzers are loaded: workers start in milliseconds, warm. Elsewhere
    joblib's default backend (loky) runs the same function in fresh interpreters; each pays
    the imports (about a second), which only large corpora amortise. (joblib's own fork-based
    backend returns whole lists, not a stream, and measured about 15 % slower here in windows.)
    """
    warm_up(dims)
    window = BATCHES_PER_JOB * jobs
    todo = _spread(paths, jobs)
    if not _can_fork():
        from joblib import Parallel, delayed

        parallel = Parallel(n_jobs=jobs, return_as="generator", pre_dispatch=str(window), batch_size=1)
        for results in parallel(delayed(score_batch)(batch, dims, fmt) for batch in todo):
            yield from results
        return
    yield from _forked_results(todo, dims, fmt, jobs, window)


def _spread(paths: list[str], workers: int) -> Iterator[list[str]]:
    """The batches of ``paths`` for ``workers`` workers: at least ``BATCHES_PER_WORKER`` each
    where the corpus allows, so that the last batches end nearly together."""
    return batches(paths, max(1, min(BATCH, -(-len(paths) // (workers * BATCHES_PER_WORKER)))))


def _forked_results(todo: Iterator[list[str]], dims: tuple[str, ...], fmt: str, jobs: int,
                    window: int) -> Iterator[Result]:
    """:func:`_local_results` on forked workers: ``window`` batches in flight, taken in order.

    ``ProcessPoolExecutor`` rather than ``multiprocessing.Pool``: the pool's worker-handler
    thread also waits on the result pipe, so while a record (tens of kilobytes) is read it
    wakes again and again, and on two busy cores that spinning parent took CPU time from the
    workers (0.30-0.34 s of parent CPU on 400 articles, against 0.17-0.22 s here).

    When the run stops early (Ctrl-C, SIGTERM, an error), the batches in progress are
    finished and the rest cancelled: a worker is never killed halfway through sending a
    record, which would leave the executor waiting for the rest of it. A worker that dies
    between articles (killed, out of memory) stops the run with one error (the standard
    library's Pool waited forever); one killed while sending a record can still leave
    Python 3.11's executor waiting, as it reads the record whole before it looks at its
    workers.
    """
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_worker_init)
    try:
        pending = collections.deque(executor.submit(score_batch, batch, dims, fmt)
                                    for batch in itertools.islice(todo, window))
        while pending:
            results = pending.popleft().result()
            pending.extend(executor.submit(score_batch, batch, dims, fmt) for batch in itertools.islice(todo, 1))
            yield from results
    except BrokenProcessPool:
        raise SourcelensError("a worker process stopped abruptly (killed, or out of memory?)") from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; the parent handles it (keeps what was
    # written, lets the batches in progress finish, cancels the rest), so the workers
    # ignore it rather than print tracebacks. SIGTERM is how the executor ends the other
    # workers when one has died (Process.terminate): the default action, not the parent's
    # handler inherited through fork (a Python handler cannot run while a worker waits on
    # a queue lock, which left a stopped run waiting forever).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _dask_results(paths: list[str], dims: tuple[str, ...], fmt: str, address: str) -> Iterator[Result]:
    """Results from a Dask cluster, in input order, with a bounded number in flight."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise SourcelensError("--scheduler needs Dask: pip install 'sourcelens[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise SourcelensError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        workers = max(1, sum(client.nthreads().values()))
        window = BATCHES_PER_JOB * workers
        pending: collections.deque[Any] = collections.deque()
        for batch in _spread(paths, workers):
            pending.append(client.submit(score_batch, batch, dims, fmt, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        client.close()


def _write(paths: list[str], previous: "_Previous", results: Iterator[Result], writer: "_Sink") -> int:
    """Write one record per path in input order (earlier records from ``previous``)."""
    failures = 0
    written: set[str] = set()
    try:
        for path in paths:
            if path in previous:
                writer.write(previous.payload(path))
                written.add(path)
                continue
            source, error, payload = next(results)
            if source != path:  # pragma: no cover - an ordering bug must never pass silently
                raise RuntimeError(f"records out of order: expected {path}, got {source}")
            if error:
                failures += 1
                print(f"sourcelens: error: {'<stdin>' if path == '-' else path}: {error}", file=sys.stderr)
            writer.write(payload)
    finally:
        # Earlier records not written yet (the run stopped, or their files were not named
        # this time) are kept, never lost.
        named = set(paths)
        left = [s for s in previous.sources() if s not in written]
        kept = [s for s in left if s not in named]
        for source in left:
            writer.write(previous.payload(source))
        if kept:
            print(f"sourcelens: kept {len(kept)} earlier record(s) of files not named in this run",
                  file=sys.stderr)
    return failures


class _Previous:
    """The successful records of an earlier output, for ``--resume``.

    Only an index (source -> position in a spool file) is kept in memory. JSONL lines are
    reused as they are; CSV rows are re-read with the csv module (a cell may span lines).
    A record is reused only if it is complete: a JSONL line that parses to a record of
    the same dimensions, or a CSV row with every column.
    """

    def __init__(self, output: str | None, fmt: str, dims: tuple[str, ...]) -> None:
        self.output, self.fmt, self.dims = output, fmt, dims
        self.index: dict[str, tuple[int, int]] = {}
        self.spool: IO[bytes] | None = None

    def __enter__(self) -> "_Previous":
        if self.output is None:
            return self
        self.spool = tempfile.TemporaryFile()
        try:
            with open(self.output, encoding="utf-8", newline="") as fh:
                records = self._jsonl(fh) if self.fmt == "jsonl" else self._csv(fh)
                for source, payload in records:
                    data = (payload if isinstance(payload, str) else json.dumps(payload)).encode("utf-8")
                    self.index[source] = (self.spool.tell(), len(data))
                    self.spool.write(data)
        except UnicodeDecodeError:
            raise OutputError(f"{self.output}: cannot resume: not a UTF-8 {self.fmt} file") from None
        except OSError as exc:
            raise OutputError(f"{self.output}: cannot resume: {exc.strerror or exc}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.spool is not None:
            self.spool.close()

    def __contains__(self, source: str) -> bool:
        return source in self.index

    def sources(self) -> list[str]:
        return list(self.index)

    def payload(self, source: str) -> Any:
        assert self.spool is not None
        offset, length = self.index[source]
        self.spool.seek(offset)
        text = self.spool.read(length).decode("utf-8")
        self.spool.seek(0, os.SEEK_END)
        return text if self.fmt == "jsonl" else json.loads(text)

    def _jsonl(self, fh: IO[str]) -> Iterator[tuple[str, str]]:
        for line in fh:
            if not line.endswith("\n"):
                continue  # the last line of an interrupted run: done again
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if (isinstance(record, dict) and isinstance(record.get("source"), str) and not record.get("error")
                    and set(record.get("dimensions", ())) == set(self.dims)):
                yield record["source"], line.rstrip("\n")

    def _csv(self, fh: IO[str]) -> Iterator[tuple[str, dict[str, str]]]:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        ends_clean = True
        if size:
            fh.seek(size - 1)
            ends_clean = fh.read(1) == "\n"
        fh.seek(0)
        rows = csv.DictReader(fh)
        held: tuple[str, dict[str, str]] | None = None  # the last row waits: it may be cut short
        try:
            for row in rows:
                if held:
                    yield held
                    held = None
                complete = None not in row and all(v is not None for v in row.values())
                if complete and row.get("source") and not row.get("error"):
                    held = (row["source"], row)
        except csv.Error:
            return  # a row cut short inside a quoted cell: it and the rest are done again
        if held and ends_clean:
            yield held


class _Sink:
    count = 0

    def write(self, payload: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _JsonlSink(_Sink):
    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh

    def write(self, payload: str) -> None:
        self.count += 1
        self.fh.write(payload + "\n")
        self.fh.flush()  # a reader (tail -f, a resumed run after a crash) sees whole records


class _CsvSink(_Sink):
    """Rows go to a spool first; ``close`` writes the header (every key seen) and the rows."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.keys: set[str] = set()
        self.spool = tempfile.TemporaryFile(mode="w+", encoding="utf-8")

    def write(self, payload: dict[str, Any]) -> None:
        self.count += 1
        self.keys.update(k for k in payload if k not in CSV_FIXED)
        self.spool.write(json.dumps(payload, ensure_ascii=False) + "\n")

    def close(self) -> None:
        try:
            writer = csv.DictWriter(self.fh, fieldnames=list(CSV_FIXED) + sorted(self.keys), restval="",
                                    lineterminator="\n")
            writer.writeheader()
            self.spool.seek(0)
            for line in self.spool:
                writer.writerow(json.loads(line))
        finally:
            self.spool.close()


def _json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _csv_row(record: dict[str, Any]) -> dict[str, Any]:
    metrics = record.get("metrics", {})
    row: dict[str, Any] = {"source": record["source"], "error": record.get("error", ""),
                           "title": record.get("title") or "", "sha256": record.get("sha256", ""),
                           "words": metrics.get("readability.words", "")}
    for key, value in metrics.items():
        row[key] = "" if value is None else value
    return row


class _Progress:
    """How many records the current sink has written (read when a run stops part-way)."""

    sink: "_Sink | None" = None

    @property
    def count(self) -> int:
        return self.sink.count if self.sink else 0


@contextlib.contextmanager
def _partial_safe_output(output: str, progress: _Progress) -> Iterator[IO[str]]:
    """The reports' atomic writer, except that a run stopped part-way keeps its records.

    An interrupted corpus run (Ctrl-C, SIGTERM, an error) still moves what it wrote into
    place, provided it wrote at least one record: complete records are worth keeping and
    ``--resume`` finishes the job (a record cut short is recognised and redone). A run
    that stopped before writing any record leaves ``output`` as it was.
    """
    stopped: BaseException | None = None
    with atomic_writer(output) as fh:
        try:
            yield fh
        except BaseException as exc:
            if not progress.count:
                raise
            stopped = exc  # leave the with-block normally: the file is moved into place
    if stopped is not None:
        print(f"sourcelens: stopped after {progress.count} record(s); they are in {output} "
              "(run the same command with --resume to finish)", file=sys.stderr)
        raise stopped


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C while a corpus is scored, so the partial output is kept."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    parent = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != parent:  # a forked worker: die as it would have
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _show_progress(progress: bool | None) -> bool:
    return sys.stderr.isatty() if progress is None else progress


def _with_progress(results: Iterator[Result], total: int) -> Iterator[Result]:
    import click

    with click.progressbar(results, length=total, label="scoring", file=sys.stderr) as bar:
        yield from bar
