"""Reporters: they render profiles and comparisons; they never analyse.

``render_profiles(profiles, fmt)`` is what ``sourcelens score`` prints (markdown, or a
JSON array of ``sourcelens/profile@1``); ``render_comparison(comparison, fmt)`` is what
``sourcelens compare`` prints (markdown, or ``sourcelens/comparison@1`` JSON).
JSON is written with sorted keys and no timestamps, so the same inputs give
byte-identical output.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from ..model import Comparison, Profile


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_profiles(profiles: Sequence[Profile], fmt: str) -> str:
    if fmt == "json":
        return dump_json([p.to_dict() for p in profiles])
    if fmt == "jsonl":
        from .profile_json import profile_json_line

        return "".join(profile_json_line(p) + "\n" for p in profiles)
    from .profile_markdown import profile_markdown

    return "\n\n---\n\n".join(profile_markdown(p) for p in profiles)


def render_comparison(comparison: Comparison, fmt: str, examples: int = 3) -> str:
    if fmt == "json":
        return dump_json(comparison.to_dict())
    from .comparison_markdown import comparison_markdown

    return comparison_markdown(comparison, examples=examples)
