"""Text that remembers where each of its characters came from.

Every reading step (HTML extraction, cleaning, NFKC, Traditional -> Simplified,
whitespace folding) turns one :class:`MappedText` into another, so the final
``Article.offsets[i]`` is the index in the decoded original of ``text[i]``.
Offsets live in a compact ``array`` and are spliced with slices (C speed); no
step walks the text character by character in Python.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

# 32-bit offsets: the reader caps an article far below 2**31 characters.
_TYPECODE = "i"


class MappedText:
    """``text`` plus ``offsets`` (same length) into an original string."""

    __slots__ = ("text", "offsets")

    def __init__(self, text: str, offsets: array) -> None:
        if len(offsets) != len(text):
            raise ValueError(f"offsets ({len(offsets)}) and text ({len(text)}) differ in length")
        self.text = text
        self.offsets = offsets

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, array(_TYPECODE, range(len(text))))

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"MappedText({self.text[:40]!r}{'...' if len(self.text) > 40 else ''})"

    def same_length(self, new_text: str) -> MappedText:
        """A character-for-character replacement (e.g. ``str.translate`` 1:1)."""
        if len(new_text) != len(self.text):
            raise ValueError("same_length() needs a text of the same length")
        return MappedText(new_text, self.offsets)

    def edit(self, edits: Iterable[tuple[int, int, str]], *, spread: bool = True) -> MappedText:
        """Replace ``text[start:end]`` by ``replacement`` for each edit.

        Edits must be sorted and must not overlap. With ``spread``, replacement
        characters map to the characters they replace, position by position,
        and extra characters of a longer replacement map to the last replaced
        one (``…`` -> ``...``); without it, all map to the first replaced
        character (a composed sequence comes from the grapheme starting there).
        An insertion maps to the character before it.
        """
        text, old = self.text, self.offsets
        pieces: list[str] = []
        new = array(_TYPECODE)
        pos = 0
        for start, end, rep in edits:
            if start < pos or end < start or end > len(text):
                raise ValueError(f"bad edit ({start}, {end}) after position {pos}")
            pieces.append(text[pos:start])
            new.extend(old[pos:start])
            if rep:
                pieces.append(rep)
                n, width = len(rep), end - start
                if not spread and width > 0:
                    new.extend(array(_TYPECODE, [old[start]]) * n)
                elif width >= n:
                    new.extend(old[start : start + n])
                elif width > 0:
                    new.extend(old[start:end])
                    new.extend(array(_TYPECODE, [old[end - 1]]) * (n - width))
                else:
                    anchor = old[start - 1] if start > 0 else (old[0] if len(old) else 0)
                    new.extend(array(_TYPECODE, [anchor]) * n)
            pos = end
        pieces.append(text[pos:])
        new.extend(old[pos:])
        return MappedText("".join(pieces), new)

    def keep(self, spans: Iterable[tuple[int, int]]) -> MappedText:
        """Keep only ``text[start:end]`` for each (sorted, disjoint) span, concatenated."""
        text, old = self.text, self.offsets
        pieces: list[str] = []
        new = array(_TYPECODE)
        for start, end in spans:
            pieces.append(text[start:end])
            new.extend(old[start:end])
        return MappedText("".join(pieces), new)

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], self.offsets[start:end])

    def compose(self, inner: MappedText) -> MappedText:
        """``inner`` maps into ``self.text``; return ``inner`` mapped into self's original."""
        old = self.offsets
        if len(inner.offsets) == len(old) and inner.offsets == array(_TYPECODE, range(len(old))):
            return MappedText(inner.text, old)
        return MappedText(inner.text, array(_TYPECODE, [old[i] for i in inner.offsets]))

    def offsets_tuple(self) -> tuple[int, ...]:
        return tuple(self.offsets)
