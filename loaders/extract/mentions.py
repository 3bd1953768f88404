"""Mentions: a name found at a place in the text, by a rule, before resolution."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    kind: str  # zone | enterprise | project | alliance
    text: str  # the surface form
    start: int
    end: int
    rule: str
    confidence: float = 0.8
    key: str = ""  # resolution key: mentions with one key are one entity
    attrs: dict = field(default_factory=dict)
