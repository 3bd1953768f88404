"""MappedText: edits, kept spans and composition keep every offset right."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainkg.loaders.offsets import MappedText

TEXT = "常州高新区…项目总投资１００亿元"


def test_identity() -> None:
    m = MappedText.identity(TEXT)
    assert m.text == TEXT and list(m.offsets) == list(range(len(TEXT)))
    assert m.offsets_tuple() == tuple(range(len(TEXT)))


def test_edit_same_length_shorter_longer_and_insert() -> None:
    m = MappedText.identity("abcdef")
    out = m.edit([(0, 1, "A"), (1, 3, ""), (3, 4, "DDD"), (5, 5, "+")])
    assert out.text == "ADDDe+f"
    assert list(out.offsets) == [0, 3, 3, 3, 4, 4, 5]


def test_edit_without_spread_maps_to_the_start() -> None:
    out = MappedText.identity("xe\u0301y").edit([(1, 3, "é")], spread=False)
    assert out.text == "xéy" and list(out.offsets) == [0, 1, 3]
    out = MappedText.identity("a…b").edit([(1, 2, "...")], spread=False)
    assert list(out.offsets) == [0, 1, 1, 1, 2]


def test_edits_must_be_sorted_and_disjoint() -> None:
    m = MappedText.identity("abcdef")
    with pytest.raises(ValueError):
        m.edit([(2, 4, ""), (3, 5, "")])
    with pytest.raises(ValueError):
        m.edit([(4, 9, "")])


def test_keep_slice_same_length() -> None:
    m = MappedText.identity(TEXT)
    kept = m.keep([(0, 5), (6, 8)])
    assert kept.text == "常州高新区项目" and list(kept.offsets) == [0, 1, 2, 3, 4, 6, 7]
    assert list(m.slice(2, 4).offsets) == [2, 3]
    with pytest.raises(ValueError):
        m.same_length("短")


def test_compose_maps_through_two_steps() -> None:
    first = MappedText.identity("a--b--c").edit([(1, 3, ""), (4, 6, "")])  # "abc"
    second = MappedText.identity(first.text).edit([(1, 2, "BB")])  # "aBBc", offsets into "abc"
    composed = first.compose(second)
    assert composed.text == "aBBc" and list(composed.offsets) == [0, 3, 3, 6]


@given(st.text(max_size=60), st.data())
def test_random_deletions_keep_characters_traceable(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=10)))
    edits = [(a, b, "") for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    out = MappedText.identity(text).edit(edits)
    for ch, o in zip(out.text, out.offsets, strict=True):
        assert text[o] == ch


def test_runs_are_compact_and_read_back():
    from array import array

    from chainkg.loaders.facts import Article
    from chainkg.loaders.offsets import original_offset, original_offsets, runs

    per_char = [0, 1, 2, 5, 6, 6, 6, 7, 20, 21]
    pairs = runs(array("i", per_char))
    assert pairs == (0, 0, 3, 5, 5, 6, 6, 6, 8, 20)
    article = Article(key="k", source="s", doc="d", text="x" * len(per_char), offsets=pairs)
    assert original_offsets(article) == per_char
    assert [original_offset(article, i) for i in range(len(per_char))] == per_char
    long = array("i", range(3, 100_003))
    assert runs(long) == (0, 3), "an unshifted stretch is one pair, whatever its length"
    assert original_offsets(Article(key="k", source="s", doc="d", text="abc")) == [0, 1, 2]


@given(st.lists(st.integers(min_value=0, max_value=300), max_size=60), st.integers(min_value=1, max_value=50))
def test_runs_with_the_original_size_are_the_same(per_char: list[int], extra: int) -> None:
    from array import array

    from chainkg.loaders.offsets import runs

    offsets = array("i", per_char)
    # the reader passes the original's length, which bounds every offset
    assert runs(offsets, max(per_char, default=0) + extra) == runs(offsets)
