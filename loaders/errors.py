"""Errors of reading: one :class:`ReadError` per bad file or JSONL line.

Reading never raises on bad input: it yields a ReadError in place of the
article and goes on with the batch, so a caller can print the error line and
set a failing exit status at the end.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file (or one line of a JSONL file) that gave no article, and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


class BadInput(Exception):
    """Raised inside the reading steps; ``read.py`` turns it into a ReadError."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
