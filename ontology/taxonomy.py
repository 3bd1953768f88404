"""Chain taxonomies from ``data/chain_*.yaml``: chains, ordered segments, tech paths, applications."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .model import Chain, OntologyError, Segment, View

CHAIN_IDS = ("hydrogen", "nev", "semiconductor", "photovoltaic", "biomedicine", "new_materials", "equipment", "digital")
# The eval vocabulary's word for "the industry is clear but outside every chain" (grain,
# logistics ...): facts may carry it, but it is no chain of the taxonomy.
OUTSIDE_CHAIN = "other"


# The C loader reads the reference data ten times faster; the pure one is the fallback.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise OntologyError(f"{path}: cannot read YAML: {exc}") from exc


def _strings(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise OntologyError(f"{path}: {where} must be a list of strings")
    out = tuple(str(v).strip() for v in value)
    if any(not v for v in out):
        raise OntologyError(f"{path}: {where} holds an empty string")
    return out


def _require(path: Path, where: str, record: dict, key: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise OntologyError(f"{path}: {where} needs a non-empty '{key}'")
    return value.strip()


def _qualify(chain: str, ref: str) -> str:
    return ref if ref.startswith(chain + ".") else f"{chain}.{ref}"


def read_chain(path: Path) -> Chain:
    """One chain file; raises OntologyError naming the file on any defect."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: expected a mapping at the top level")
    cid = _require(path, "the chain", data, "id")
    segments: list[Segment] = []
    for i, rec in enumerate(data.get("segments") or []):
        where = f"segment #{i + 1}"
        if not isinstance(rec, dict):
            raise OntologyError(f"{path}: {where} is not a mapping")
        slug = _require(path, where, rec, "slug")
        order = rec.get("order")
        if not isinstance(order, int) or isinstance(order, bool):
            raise OntologyError(f"{path}: segment {slug} needs an integer 'order'")
        segments.append(
            Segment(
                id=_qualify(cid, slug),
                chain=cid,
                name_zh=_require(path, f"segment {slug}", rec, "name_zh"),
                name_en=_require(path, f"segment {slug}", rec, "name_en"),
                order=order,
                keywords=_strings(path, f"segment {slug} keywords", rec.get("keywords")),
                products=_strings(path, f"segment {slug} products", rec.get("products")),
                upstream_of=tuple(
                    _qualify(cid, r) for r in _strings(path, f"segment {slug} upstream_of", rec.get("upstream_of"))
                ),
            )
        )
    segments.sort(key=lambda s: s.order)
    chain = Chain(
        id=cid,
        name_zh=_require(path, "the chain", data, "name_zh"),
        name_en=_require(path, "the chain", data, "name_en"),
        aliases=_strings(path, "aliases", data.get("aliases")),
        keywords=_strings(path, "keywords", data.get("keywords")),
        segments=tuple(segments),
        tech_paths=_views(path, cid, "tech_path", data.get("tech_paths")),
        applications=_views(path, cid, "application", data.get("applications")),
    )
    check_chain(path, chain)
    return chain


def _views(path: Path, cid: str, kind: str, records: Any) -> tuple[View, ...]:
    prefix = "tech" if kind == "tech_path" else "app"
    out = []
    for i, rec in enumerate(records or []):
        if not isinstance(rec, dict):
            raise OntologyError(f"{path}: {kind} #{i + 1} is not a mapping")
        slug = _require(path, f"{kind} #{i + 1}", rec, "slug")
        out.append(
            View(
                id=f"{cid}.{prefix}.{slug}",
                chain=cid,
                kind=kind,
                name_zh=_require(path, f"{kind} {slug}", rec, "name_zh"),
                name_en=_require(path, f"{kind} {slug}", rec, "name_en"),
                keywords=_strings(path, f"{kind} {slug} keywords", rec.get("keywords")),
                segments=tuple(_qualify(cid, s) for s in _strings(path, f"{kind} {slug} segments", rec.get("segments"))),
            )
        )
    return tuple(out)


def check_chain(path: Path, chain: Chain) -> None:
    """Unique ids and orders; edges and view segments inside the chain; order is a topological order."""
    ids = [s.id for s in chain.segments]
    if len(set(ids)) != len(ids):
        raise OntologyError(f"{path}: duplicate segment ids in chain {chain.id}")
    orders = [s.order for s in chain.segments]
    if len(set(orders)) != len(orders):
        raise OntologyError(f"{path}: duplicate segment orders in chain {chain.id}")
    by_id = {s.id: s for s in chain.segments}
    for seg in chain.segments:
        for target in seg.upstream_of:
            if target not in by_id:
                raise OntologyError(f"{path}: {seg.id} upstream_of {target}, which is not a segment of {chain.id}")
            # An edge that goes against the order would allow a cycle; requiring
            # order(source) < order(target) makes the graph a DAG by construction.
            if by_id[target].order <= seg.order:
                raise OntologyError(f"{path}: {seg.id} upstream_of {target} goes against the segment order")
    views = chain.tech_paths + chain.applications
    if len({v.id for v in views}) != len(views):
        raise OntologyError(f"{path}: duplicate tech path or application ids in chain {chain.id}")
    for view in views:
        for sid in view.segments:
            if sid not in by_id:
                raise OntologyError(f"{path}: {view.id} names segment {sid}, which is not in {chain.id}")
    # A keyword must point to one place inside a chain, or classification is ambiguous.
    seen: dict[str, str] = {}
    for seg in chain.segments:
        words = seg.keywords + seg.products
        if len(set(words)) != len(words):
            raise OntologyError(f"{path}: segment {seg.id} lists a keyword twice")
        for word in words:
            if len(word) < 2:
                raise OntologyError(f"{path}: keyword {word!r} of {seg.id} is too short to classify safely")
            other = seen.setdefault(word, seg.id)
            if other != seg.id:
                raise OntologyError(f"{path}: keyword {word!r} is in both {other} and {seg.id}")


def read_chains(folder: Path) -> dict[str, Chain]:
    files = sorted(folder.glob("chain_*.yaml"))
    chains = {}
    for path in files:
        chain = read_chain(path)
        if path.stem != f"chain_{chain.id}":
            raise OntologyError(f"{path}: file name does not match chain id {chain.id!r}")
        chains[chain.id] = chain
    missing = [c for c in CHAIN_IDS if c not in chains]
    if missing:
        raise OntologyError(f"{folder}: no taxonomy file for chains {', '.join(missing)}")
    return {cid: chains[cid] for cid in CHAIN_IDS} | {c: v for c, v in chains.items() if c not in CHAIN_IDS}
