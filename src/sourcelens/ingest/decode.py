"""Turn bytes into text, or say clearly why they are not an article.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, and single-byte Windows-1252
(falling back to Latin-1 for the five bytes cp1252 leaves undefined). Refused, with
an :class:`~sourcelens.errors.InputError` naming the file and the problem: binary files
(NUL bytes, or the signature of a PDF, image, archive or office document), empty or
whitespace-only files, text that is mostly control characters, a mix of valid and
invalid UTF-8, and files larger than :data:`MAX_BYTES`.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

#: The largest input accepted (20 MiB, about 3 million words). Larger files are almost
#: certainly not one article; corpus runs should give one article per file.
MAX_BYTES = 20 * 1024 * 1024

_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
)

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_CONTROL_WINDOW = 200_000  # characters read for the control-character test
# _CONTROL in UTF-8: the C0 controls and DEL are single bytes no other character uses;
# each C1 control (U+0080-U+009F) is 0xC2 and a byte 0x80-0x9F; U+FFFD is EF BF BD.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` read from ``source``; return ``(text, encoding name)``."""
    if len(data) > MAX_BYTES:
        raise InputError(source, f"is {len(data) / 1048576:.1f} MB, larger than the "
                                 f"{MAX_BYTES // 1048576} MB limit for one article")
    if not data:
        raise InputError(source, "is empty")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(source, f"is {what}, not text: save the article as plain text or Markdown")
    text, encoding = _decode_text(data, source)
    if not text.strip():
        raise InputError(source, "contains only whitespace")
    controls = _controls(text, data if encoding == "utf-8" else None)
    if controls > max(3, min(len(text), _CONTROL_WINDOW) // 100):
        raise InputError(source, f"does not look like text ({controls} control characters after "
                                 f"decoding as {encoding})")
    return text, encoding


def _controls(text: str, utf8: bytes | None) -> int:
    """``len(_CONTROL.findall(text[:_CONTROL_WINDOW]))``; ``utf8``, when given, is ``text``
    as UTF-8 (the bytes it was decoded from), where the count takes byte operations at
    memory speed instead of a regex test of every character."""
    if utf8 is None or len(utf8) > _CONTROL_WINDOW:  # then the window may cut the text
        return len(_CONTROL.findall(text[:_CONTROL_WINDOW]))
    count = len(utf8) - len(utf8.translate(None, _C0_BYTES))
    if not utf8.isascii():
        if b"\xc2" in utf8:
            count += len(_C1_UTF8.findall(utf8))
        count += utf8.count(b"\xef\xbf\xbd")
    return count


def _decode_text(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    if b"\x00" in data[:65536]:
        raise InputError(source, "looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            bad = data[exc.start]
            raise InputError(source, f"is not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}) "
                                     "and mixes encodings; re-save it as UTF-8") from None
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"starts with a {encoding.upper()} byte-order mark but is not valid "
                                 f"{encoding.upper()} (offset {exc.start})") from None
