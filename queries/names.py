"""Resolve what a user types (zone, chain, segment, enterprise) to canonical keys.

Aliases come from the graph (what the loaders stored) and the ontology's
reference data; an unknown name gets an error with close matches.
"""

from __future__ import annotations

import unicodedata

from neo4j import Driver
from rapidfuzz import process

from chainkg.ontology import UnknownName, load_ontology


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def _resolve(kind: str, name: str, names: dict[str, str]) -> str:
    """names: normalised alias -> canonical name."""
    found = names.get(_norm(name))
    if found:
        return found
    close = process.extract(_norm(name), list(names), limit=5, score_cutoff=50)
    raise UnknownName(kind, name, tuple(dict.fromkeys(names[match[0]] for match in close)))


def _graph_names(driver: Driver, label: str, database: str | None) -> dict[str, str]:
    query = f"MATCH (n:{label}) RETURN n.name AS name, coalesce(n.aliases, []) AS aliases"
    names: dict[str, str] = {}
    for rec in driver.execute_query(query, database_=database).records:
        for alias in [rec["name"], *rec["aliases"]]:
            names.setdefault(_norm(alias), rec["name"])
    return names


def resolve_zone(driver: Driver, name: str, database: str | None = None) -> str:
    names = _graph_names(driver, "Zone", database)
    # Reference aliases point at a canonical name only if that zone is in the graph.
    present = set(names.values())
    for ref in load_ontology().zones:
        if ref.name in present:
            for alias in (ref.name, *ref.aliases):
                names.setdefault(_norm(alias), ref.name)
    return _resolve("zone", name, names)


def resolve_enterprise(driver: Driver, name: str, database: str | None = None) -> str:
    return _resolve("enterprise", name, _graph_names(driver, "Enterprise", database))


def resolve_chain(name: str) -> str:
    return load_ontology().chain(name).id


def resolve_segment(chain_id: str, name: str) -> str:
    chain = load_ontology().chain(chain_id)
    names: dict[str, str] = {}
    for seg in chain.segments:
        for alias in (seg.id, seg.id.split(".", 1)[-1], seg.name_zh, seg.name_en):
            names.setdefault(_norm(alias), seg.id)
    return _resolve("segment", name, names)
