"""The single source of names of chainkg: classes, relations, chains, stages, currencies, reference data.

    from chainkg.ontology import load_ontology, UnknownName
    onto = load_ontology()
    onto.chain("氢能").segments        # upstream -> downstream
    onto.classify("建设膜电极和电堆生产线")

The Turtle files (``chainkg.ttl``, ``schemes.ttl``) hold the classes, relationship
types, stages and currencies; ``data/*.yaml`` holds the chain taxonomies and the
reference zones and enterprises. This package imports nothing else of chainkg.
"""

from .core import Ontology, load_ontology, normalize_name
from .model import (
    Chain, Classification, Currency, NodeClass, OntologyError, RefEnterprise, RefZone, Relation, Segment, Stage,
    UnknownName, View, ViewMatch, ZONE_KINDS, ZONE_LEVELS,
)
from .namespace import CKG, ID
from .taxonomy import CHAIN_IDS, OUTSIDE_CHAIN

__all__ = [
    "CHAIN_IDS", "CKG", "Chain", "Classification", "Currency", "ID", "NodeClass", "OUTSIDE_CHAIN", "Ontology", "OntologyError",
    "RefEnterprise", "RefZone", "Relation", "Segment", "Stage", "UnknownName", "View", "ViewMatch", "ZONE_KINDS", "ZONE_LEVELS",
    "load_ontology", "normalize_name",
]
