"""Reading articles: files, standard input, or strings, into :class:`~sourcelens.model.Document`.

``load(path)`` reads and decodes a file (``-`` is standard input), ``from_text(text)``
builds a document from a string. Both normalise the text, split it into paragraphs and
sentences with offsets, and classify paragraphs into body and boilerplate regions.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

from ..errors import InputError
from ..model import Document, Sentence
from .decode import MAX_BYTES, decode
from .normalize import normalize
from .regions import classify
from .sentences import count_words, split_paragraphs, split_sentences

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")  # as in html.looks_like_html

__all__ = ["load", "from_text", "read_bytes", "MAX_BYTES"]


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a file's bytes, turning every OS failure into an :class:`InputError`."""
    name = str(path)
    if name == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    p = Path(name)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory, not a file (`sourcelens score` accepts folders)")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "is not a regular file")
    if st.st_size > MAX_BYTES:
        raise InputError(name, f"is {st.st_size / 1048576:.1f} MB, larger than the "
                               f"{MAX_BYTES // 1048576} MB limit for one article")
    try:
        with p.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None


def load(path: str | os.PathLike[str]) -> Document:
    """Read, decode and split the article at ``path`` (``"-"`` for standard input)."""
    name = "<stdin>" if str(path) == "-" else str(path)
    data = read_bytes(path)
    text, encoding = decode(data, name)
    # the HTML reader (and html.parser) is imported only for input that may be HTML: every
    # page looks_like_html accepts has such a name or opens with "<" after white space
    if name.lower().endswith(_HTML_SUFFIXES) or text[:1000].lstrip().startswith("<"):
        from .html import html_to_text, looks_like_html

        if looks_like_html(text, name):
            text = html_to_text(text)
            if not text.strip():
                raise InputError(name, "is an HTML page with no readable text")
            encoding += "+html"
    return from_text(text, source=name, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def from_text(text: str, source: str = "<text>", encoding: str = "utf-8", sha256: str = "") -> Document:
    """Build a :class:`Document` from a string already decoded."""
    normal, offset_map = normalize(text)
    if not sha256:
        sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    paragraphs = split_paragraphs(normal)
    regions = classify(normal, paragraphs)
    sentences: list[Sentence] = []
    for index, (para, region) in enumerate(zip(paragraphs, regions)):
        for span in split_sentences(normal, para):
            words = count_words(normal, span.start, span.end)
            sentences.append(Sentence(len(sentences), span, index, region.kind, words))
    title = next((normal[r.span.start : r.span.end].lstrip("# ").strip()
                  for r in regions if r.kind == "title"), None)
    return Document(source=source, text=normal, paragraphs=tuple(paragraphs), regions=tuple(regions),
                    sentences=tuple(sentences), encoding=encoding, sha256=sha256, title=title,
                    offset_map=offset_map)
