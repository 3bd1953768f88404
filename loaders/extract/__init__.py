"""Extraction: Article in, ArticleFacts out, behind one interface.

``Extractor`` is the interface; ``RuleExtractor`` the rule-based implementation.
A model-based extractor can be added beside it with the same ``extract``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..facts import Article, ArticleFacts

if TYPE_CHECKING:
    from .rules import RuleExtractor


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> ArticleFacts: ...


def __getattr__(name: str):
    # imported on first use: ``loaders.resolve`` reads this package's lexicon
    # and the rules read ``loaders.resolve``
    if name == "RuleExtractor":
        from .rules import RuleExtractor

        return RuleExtractor
    raise AttributeError(name)


__all__ = ["Extractor", "RuleExtractor"]
