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

from ..errors import InputError
from ..memo import BoundedMemo
from ..model import Document, Sentence
from .decode import MAX_BYTES, decode
from .normalize import normalize
from .regions import chunk_word_matches, classify
from .sentences import is_word_token, split_paragraphs, split_sentences

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")  # as in html.looks_like_html

__all__ = ["load", "from_text", "read_bytes", "MAX_BYTES"]

# Both word counts of one white-space chunk in one int: its ``sentences.count_words`` in
# the low bits and its ``regions.count_word_matches`` from bit ``_MATCHES_SHIFT`` up. Summing the
# packed ints of a sentence's chunks adds both counts at once (in C, with one split and
# one look-up per chunk): the low sum never carries into the high bits, because a text of
# at most MAX_BYTES has far fewer than 2**32 chunks.
_MATCHES_SHIFT = 32
_WORDS_MASK = (1 << _MATCHES_SHIFT) - 1
_CHUNK_COUNTS = BoundedMemo(lambda chunk: is_word_token(chunk) + (chunk_word_matches(chunk) << _MATCHES_SHIFT))


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a file's bytes, turning every OS failure into an :class:`InputError`.

    At most ``MAX_BYTES + 1`` bytes are read (one more than the limit, so that
    :func:`decode` can refuse a file that grew past it). The file is checked with
    ``os.stat`` before it is opened, so a directory, a FIFO or a device is refused
    without blocking on it, and read with ``os.read`` in as few calls as its size allows:
    ``open()`` and its buffered reader cost more than the read itself for an article.
    """
    name = str(path)
    if name == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        st = os.stat(name)
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
        fd = os.open(name, os.O_RDONLY)
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return _read_all(fd, st.st_size)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _read_all(fd: int, size: int) -> bytes:
    """The bytes of ``fd`` up to its end or ``MAX_BYTES + 1``: first the ``size`` stat()
    gave, plus one byte to notice a file that grew since (or a /proc file that says 0)."""
    data = os.read(fd, size + 1)
    if len(data) == size or not data:
        return data  # the whole file as stat() saw it (a read is short only at the end)
    parts, total = [data], len(data)
    while total <= MAX_BYTES:
        more = os.read(fd, MAX_BYTES + 1 - total)
        if not more:
            break
        parts.append(more)
        total += len(more)
    return b"".join(parts)


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
    # Each sentence is a run of whole white-space chunks of its paragraph (a sentence ends
    # only before white space, and its ends are stripped), and together the sentences hold
    # every chunk of the paragraph once. So the paragraph's count_word_matches, which
    # classify needs, is the sum of its sentences' counts, taken in the same pass as their
    # count_words instead of splitting the paragraph a second time.
    split = []
    match_counts = []
    for para in paragraphs:
        spans = split_sentences(normal, para)
        packed = [sum(map(_CHUNK_COUNTS.__getitem__, normal[s.start : s.end].split())) for s in spans]
        split.append((spans, packed))
        match_counts.append(sum(packed) >> _MATCHES_SHIFT)
    regions = classify(normal, paragraphs, match_counts)
    sentences: list[Sentence] = []
    for index, ((spans, packed), region) in enumerate(zip(split, regions)):
        kind = region.kind
        for span, both in zip(spans, packed):
            sentences.append(Sentence(len(sentences), span, index, kind, both & _WORDS_MASK))
    title = next((normal[r.span.start : r.span.end].lstrip("# ").strip()
                  for r in regions if r.kind == "title"), None)
    return Document(source=source, text=normal, paragraphs=tuple(paragraphs), regions=tuple(regions),
                    sentences=tuple(sentences), encoding=encoding, sha256=sha256, title=title,
                    offset_map=offset_map)
