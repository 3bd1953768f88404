"""Splitting normalised article text into sentences, as spans into the text.

A sentence ends at 。！？；!?; (full-width forms are ASCII after NFKC, both are
accepted) or at a line break. Closing quotes and brackets after the final
mark stay with the sentence (``他说:“明年投产。”``). Spans exclude the
surrounding whitespace; empty sentences are skipped.
"""

from __future__ import annotations

import re

# A run of text up to and including its final marks and the closers after
# them, or up to a line break / the end of the text.
_SENTENCE = re.compile(
    r"[^\n。！？；!?;]*"
    r"(?:[。！？；!?;]+[”’\"'」』》）)\]】]*|(?=\n)|$)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` with ``text[start:end]`` the sentence."""
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        piece = m.group()
        body = piece.strip()  # str.strip() drops exactly the str.isspace() characters
        if body:
            start = m.start() + len(piece) - len(piece.lstrip())
            spans.append((start, start + len(body)))
    return spans
