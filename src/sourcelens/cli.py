"""The ``sourcelens`` command: a thin shell over the library.

Each command parses its options, calls one library function, renders with a reporter
and writes the result atomically. Problems a user can cause (a missing file, a binary
file, an output that would overwrite an input) end as one line on stderr naming the
file and the problem, with a non-zero exit code and no traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Sequence

import click

from .errors import SourcelensError
from .model import DIMENSIONS
from .output import write_output

DIMENSION_LIST = ", ".join(DIMENSIONS)


def _split_dims(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


only_option = click.option("--only", metavar="DIMS", help=f"Comma-separated dimensions to run ({DIMENSION_LIST}).")
skip_option = click.option("--skip", metavar="DIMS", help="Comma-separated dimensions to leave out.")
output_option = click.option("-o", "--output", "output", metavar="OUT", type=click.Path(dir_okay=False),
                             help="Write to OUT (atomically) instead of standard output.")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="sourcelens")
def cli() -> None:
    """Show how a piece of writing earns, or fails to earn, a reader's trust.

    Scores articles on readability, hedging, sentiment and tone, specificity and
    provenance, every score backed by the exact words it came from.

    \b
    Examples:
      sourcelens compare samples/peer-reviewed.txt samples/generated.txt
      sourcelens score article.txt --format json
      sourcelens markers HG001
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "jsonl", "csv"]), default="markdown",
              show_default=True, help="markdown for people; json (an array), jsonl (one profile a line) or "
                                      "csv (one row a file, metric keys as columns) for programs.")
@output_option
@only_option
@skip_option
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes for a corpus (jsonl/csv).")
@click.option("--resume", is_flag=True, help="Skip files already recorded in OUT (jsonl/csv with -o).")
@click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask cluster, e.g. tcp://host:8786 "
                                                      "(needs `pip install sourcelens[dask]`).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on when stderr is a terminal).")
def score(files: tuple[str, ...], fmt: str, output: str | None, only: str | None, skip: str | None,
          jobs: int, resume: bool, scheduler: str | None, progress: bool | None) -> None:
    """Profile each article: every metric of every dimension, with evidence.

    FILE may be `-` for standard input. Folders are read recursively (*.txt, *.md,
    *.markdown, *.html) in sorted order; use --format jsonl or csv for a corpus.

    \b
    Examples:
      sourcelens score samples/generated.txt
      sourcelens score samples/peer-reviewed.txt --format json -o profile.json
      sourcelens score corpus/ --format csv -o scores.csv --jobs 2
      cat article.txt | sourcelens score - --format json
    """
    from .corpus import run_score

    failures = run_score(files, fmt=fmt, output=output, dimensions=_dims(only, skip), jobs=jobs,
                         resume=resume, scheduler=scheduler, progress=progress)
    if failures:
        raise SystemExit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="A B [C...]")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="markdown for people, json (schema sourcelens/comparison@1) for programs.")
@output_option
@only_option
@skip_option
@click.option("--examples", type=click.IntRange(1, 50), default=3, show_default=True,
              help="How many quoted examples to show per list.")
def compare(files: tuple[str, ...], fmt: str, output: str | None, only: str | None, skip: str | None,
            examples: int) -> None:
    """Compare two or more articles side by side, with the evidence for every difference.

    \b
    Examples:
      sourcelens compare samples/peer-reviewed.txt samples/generated.txt
      sourcelens compare a.txt b.txt c.txt -o report.md
      sourcelens compare a.txt b.txt --format json --only hedging,specificity
    """
    from . import api
    from .report import render_comparison

    if len(files) < 2:
        raise SourcelensError("compare needs at least two articles")
    dimensions = _dims(only, skip)
    documents = [api.load(f) for f in files]
    comparison = api.compare(documents, dimensions=dimensions, examples=examples)
    write_output(render_comparison(comparison, fmt, examples=examples), output, inputs=files)


@cli.command()
@click.argument("code", required=False)
@click.option("--dimension", "-d", type=click.Choice(DIMENSIONS), help="Only this dimension's markers.")
def markers(code: str | None, dimension: str | None) -> None:
    """List the coded markers sourcelens looks for, or explain one.

    \b
    Examples:
      sourcelens markers
      sourcelens markers --dimension hedging
      sourcelens markers HG001
    """
    from .report.markers import explain_marker, list_markers

    click.echo(explain_marker(code) if code else list_markers(dimension), nl=False)


def _dims(only: str | None, skip: str | None) -> tuple[str, ...]:
    from .api import choose_dimensions

    return choose_dimensions(_split_dims(only), _split_dims(skip))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (never raises for user errors)."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="sourcelens", standalone_mode=False)
    except SourcelensError as exc:
        click.echo(f"sourcelens: error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("sourcelens: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        click.echo("sourcelens: interrupted", err=True)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`); that is not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: say so in one line; the traceback only on request
        if os.environ.get("SOURCELENS_DEBUG"):
            raise
        click.echo(f"sourcelens: internal error: {type(exc).__name__}: {exc} "
                   "(set SOURCELENS_DEBUG=1 for the traceback, and please report it)", err=True)
        return 70
    return 0
