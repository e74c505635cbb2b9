"""Normalise decoded text without losing where each character came from.

Two changes are made: line endings become ``\\n`` and the text is put in Unicode NFC
(so "é" typed as e + combining accent is one character, and lexicon patterns match).
When either changes anything, an offset map is kept so that each character of the
normalised text can be traced to its index in the decoded original.
"""

from __future__ import annotations

import unicodedata


def normalize(text: str) -> tuple[str, tuple[int, ...] | None]:
    """Return ``(normalised text, offset map or None when nothing moved)``."""
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM that survived decoding (e.g. inside utf-16)
        shift = 1
    else:
        shift = 0
    if "\r" not in text and unicodedata.is_normalized("NFC", text):
        return text, (tuple(range(shift, shift + len(text))) if shift else None)
    out: list[str] = []
    mapping: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\r":
            out.append("\n")
            mapping.append(i + shift)
            i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
            continue
        # A base character and the combining marks after it normalise together.
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        chunk = text[i:j]
        normal = unicodedata.normalize("NFC", chunk) if not chunk.isascii() else chunk
        out.append(normal)
        mapping.extend([i + shift] * len(normal))
        i = j
    return "".join(out), tuple(mapping)
