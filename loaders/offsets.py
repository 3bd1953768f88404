"""Text that remembers where each of its characters came from.

Every reading step (HTML extraction, cleaning, NFKC, Traditional -> Simplified,
whitespace folding) turns one :class:`MappedText` into another, so the final
offsets give the index in the decoded original of each ``text[i]``.
``Article.offsets`` keeps them compact (:func:`runs`); read them with
:func:`original_offset` (one index) or :func:`original_offsets` (all).
Offsets live in a compact ``array`` and are spliced with slices (C speed); no
step walks the text character by character in Python.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
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
        # a copy of the kept range(n) (memcpy) instead of boxing n ints from a range
        offsets = array(_TYPECODE)
        offsets.frombytes(_identity(len(text))[: len(text)].cast("B"))
        return cls(text, offsets)

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

    def offset_runs(self, size: int | None = None) -> tuple[int, ...]:
        """The offsets in the compact form ``Article.offsets`` holds: see :func:`runs`
        (``size``: the original's length, when known)."""
        return runs(self.offsets, size)


_IDENTITY = [memoryview(array(_TYPECODE))]


def _identity(n: int) -> memoryview:
    """A view of range(m) for some m >= n, kept between calls (articles are read one after another)."""
    view = _IDENTITY[0]
    if len(view) >= n:
        return view
    view = memoryview(array(_TYPECODE, range(max(n, min(2 * len(view), 1 << 20), 1 << 16))))
    if n <= 1 << 20:  # keep at most 4 MB between calls; a rare huge article builds its own
        _IDENTITY[0] = view
    return view


def runs(offsets: array, size: int | None = None) -> tuple[int, ...]:
    """Per-character offsets as flat pairs ``(text_index, original_index, ...)``, one pair
    at the start of each stretch where the text follows the original one to one.

    A cleaned article shifts at a few dozen places (a dropped line, an entity, a
    composed character), so this holds a few hundred ints where the per-character
    form holds one per character. ``size``, when given, is more than any offset (the
    original's length). Stretches are found by comparing slices with a
    ``range`` in C (galloping, then bisecting), never character by character.
    """
    n = len(offsets)
    if not n:
        return ()
    # identity[o:o + k] is range(o, o + k). Slices of two arrays of one type compare in a
    # typed C loop (a memcpy for each slice first), several times faster than memoryviews,
    # which unpack every item. ``size`` (the original's length) bounds the offsets and
    # spares max(), which boxes every int.
    identity = _identity(max(offsets) + 1 if size is None else size).obj
    out: list[int] = []
    i = 0
    while i < n:
        o = offsets[i]
        if not i and offsets == identity[o:o + n]:  # the whole text is one stretch
            return (0, o)
        good, probe = 1, 32
        while i + probe <= n and offsets[i:i + probe] == identity[o:o + probe]:
            good, probe = probe, probe * 4
        bad = min(probe, n - i + 1)
        while bad - good > 1:
            mid = (good + bad) >> 1
            if offsets[i:i + mid] == identity[o:o + mid]:
                good = mid
            else:
                bad = mid
        out += (i, o)
        i += good
    return tuple(out)


def original_offset(article, i: int) -> int:
    """Where ``article.text[i]`` stands in the decoded original (``Article.offsets`` read back)."""
    pairs = article.offsets
    if not pairs:
        return i
    starts = pairs[0::2]
    k = bisect_right(starts, i) - 1
    if k < 0:
        raise IndexError(i)
    return pairs[2 * k + 1] + (i - pairs[2 * k])


def original_offsets(article) -> list[int]:
    """The original index of every character of ``article.text``, in order."""
    pairs = article.offsets
    n = len(article.text)
    if not pairs:
        return list(range(n))
    out: list[int] = []
    for k in range(0, len(pairs), 2):
        end = pairs[k + 2] if k + 2 < len(pairs) else n
        out.extend(range(pairs[k + 1], pairs[k + 1] + end - pairs[k]))
    return out
