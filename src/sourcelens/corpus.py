"""``sourcelens score``: one article or a whole corpus.

For people (``markdown``, ``json``) every input must be readable: the first bad file
stops the run with one clear line, before anything is written. For programs
(``jsonl``, ``csv``) the run streams: records are written in input order as they are
computed (memory does not grow with the corpus), a file that cannot be read becomes an
error record instead of stopping the run, ``--resume`` skips files already in the
output, ``--jobs N`` spreads the work over N local processes (joblib) and
``--scheduler ADDRESS`` over a Dask cluster.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .errors import InputError, SourcelensError
from .output import atomic_writer, check_not_input, write_output

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
#: How many articles may be in flight at once per worker (bounds memory on big corpora).
WINDOW_PER_JOB = 8
CSV_FIXED = ("source", "error", "title", "words", "sha256")


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
    """Run ``sourcelens score``; return the number of files that failed (streaming formats)."""
    if fmt in ("markdown", "json"):
        if resume or jobs > 1 or scheduler:
            raise SourcelensError("--jobs, --resume and --scheduler need --format jsonl or csv")
        _score_for_people(files, fmt, output, dimensions)
        return 0
    if resume and not output:
        raise SourcelensError("--resume needs -o OUT (the file to resume)")
    paths = list(expand(files))
    if output:
        check_not_input(output, paths)
    done: list[Any] = []
    finished: set[str] = set()
    if resume and output and os.path.exists(output):
        done, finished = _previous_records(output, fmt)
    todo = [p for p in paths if p not in finished]
    records = _records(todo, dimensions, jobs, scheduler)
    if _show_progress(progress):
        records = _with_progress(records, len(todo))
    return _write_stream(records, fmt, output, done)


def _score_for_people(files: Sequence[str], fmt: str, output: str | None, dimensions: Sequence[str]) -> None:
    from . import api
    from .report import render_profiles

    paths = list(expand(files))
    documents = [api.load(p) for p in paths]
    profiles = [api.analyze(d, dimensions) for d in documents]
    write_output(render_profiles(profiles, fmt), output, inputs=paths)


def profile_record(path: str, dimensions: Sequence[str]) -> dict[str, Any]:
    """The JSON record of one file, or an error record naming the problem."""
    from . import api

    try:
        profile = api.analyze(api.load(path), dimensions)
    except InputError as exc:
        return {"schema": "sourcelens/profile@1", "source": path, "error": exc.problem}
    return profile.to_dict()


def _records(paths: list[str], dimensions: Sequence[str], jobs: int,
             scheduler: str | None) -> Iterator[dict[str, Any]]:
    dims = tuple(dimensions)
    if scheduler:
        yield from _dask_records(paths, dims, scheduler)
    elif jobs > 1 and len(paths) > 1:
        from joblib import Parallel, delayed

        parallel = Parallel(n_jobs=jobs, return_as="generator", pre_dispatch=f"{WINDOW_PER_JOB}*n_jobs",
                            batch_size=1)
        yield from parallel(delayed(profile_record)(p, dims) for p in paths)
    else:
        for path in paths:
            yield profile_record(path, dims)


def _dask_records(paths: list[str], dims: tuple[str, ...], address: str) -> Iterator[dict[str, Any]]:
    """Stream records from a Dask cluster, in input order, with a bounded number in flight."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise SourcelensError("--scheduler needs Dask: pip install 'sourcelens[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise SourcelensError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        window = max(WINDOW_PER_JOB, WINDOW_PER_JOB * sum(client.nthreads().values()))
        pending: list[Any] = []
        for path in paths:
            pending.append(client.submit(profile_record, path, dims, pure=False))
            if len(pending) >= window:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
    finally:
        client.close()


def _previous_records(output: str, fmt: str) -> tuple[list[Any], set[str]]:
    """JSONL lines (or CSV rows) already in OUT that succeeded, and the sources they cover."""
    lines: list[Any] = []
    sources: set[str] = set()
    with open(output, encoding="utf-8", newline="") as fh:
        if fmt == "jsonl":
            for line in fh:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by an interrupted run is done again
                if not record.get("error"):
                    lines.append(line if line.endswith("\n") else line + "\n")
                    sources.add(record["source"])
        else:
            for row in csv.DictReader(fh):
                if row.get("source") and not row.get("error"):
                    lines.append(row)
                    sources.add(row["source"])
    return lines, sources


def _write_stream(records: Iterable[dict[str, Any]], fmt: str, output: str | None, done: list[Any]) -> int:
    failures = 0
    sink = atomic_writer(output) if output else _stdout()
    with sink as fh:
        csv_writer = _CsvWriter(fh, done) if fmt == "csv" else None
        if csv_writer is None:
            fh.writelines(done)
        for record in records:
            if record.get("error"):
                failures += 1
                print(f"sourcelens: error: {record['source']}: {record['error']}", file=sys.stderr)
            if csv_writer is None:
                fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            else:
                csv_writer.write(record)
        if csv_writer is not None:
            csv_writer.close()
    return failures


class _CsvWriter:
    """One row per article: fixed columns, then every metric key (from the first profile)."""

    def __init__(self, fh: io.TextIOBase, previous_rows: list[dict[str, str]]) -> None:
        self.fh = fh
        self.writer: csv.DictWriter | None = None
        self.pending = previous_rows

    def write(self, record: dict[str, Any]) -> None:
        if self.writer is None:
            if record.get("error") and not self.pending:
                self.pending.append(_csv_row(record))
                return
            keys = sorted(record.get("metrics", {})) or [k for k in self.pending[0] if k not in CSV_FIXED]
            self.writer = csv.DictWriter(self.fh, fieldnames=list(CSV_FIXED) + keys, extrasaction="ignore",
                                         lineterminator="\n")
            self.writer.writeheader()
            for row in self.pending:
                self.writer.writerow(row)
        self.writer.writerow(_csv_row(record))

    def close(self) -> None:
        if self.writer is None and self.pending:
            writer = csv.DictWriter(self.fh, fieldnames=list(CSV_FIXED), extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            for row in self.pending:
                writer.writerow(row)


def _csv_row(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"source": record["source"], "error": record.get("error", ""),
                           "title": record.get("title") or "", "sha256": record.get("sha256", ""),
                           "words": record.get("metrics", {}).get("readability.words", "")}
    for key, value in record.get("metrics", {}).items():
        row[key] = "" if value is None else value
    return row


class _stdout:
    def __enter__(self) -> io.TextIOBase:
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()


def _show_progress(progress: bool | None) -> bool:
    return sys.stderr.isatty() if progress is None else progress


def _with_progress(records: Iterator[dict[str, Any]], total: int) -> Iterator[dict[str, Any]]:
    import click

    with click.progressbar(records, length=total, label="scoring", file=sys.stderr) as bar:
        yield from bar
