"""Reference data the loaders resolve names against: zones, enterprises, regions (``data/*.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import ZONE_KINDS, ZONE_LEVELS, OntologyError, RefEnterprise, RefZone
from .taxonomy import read_yaml


@dataclass(frozen=True, slots=True)
class Region:
    name: str  # short name as articles write it: 江苏, 常州
    code: str  # 6-digit GB/T 2260 code
    province: str | None = None  # None for a province
    full_name: str = ""


def read_regions(path: Path) -> dict[tuple[str, str | None], Region]:
    """(province, city) -> Region; a province is keyed (province, None)."""
    data = read_yaml(path)
    out: dict[tuple[str, str | None], Region] = {}
    for prov in (data or {}).get("provinces") or []:
        name, code = prov.get("name"), str(prov.get("code", ""))
        if not name or len(code) != 6 or not code.isdigit():
            raise OntologyError(f"{path}: province {name!r} needs a name and a 6-digit code")
        out[(name, None)] = Region(name=name, code=code, full_name=prov.get("full_name", name))
        for city, ccode in (prov.get("cities") or {}).items():
            ccode = str(ccode)
            if len(ccode) != 6 or not ccode.isdigit():
                raise OntologyError(f"{path}: city {city!r} of {name} needs a 6-digit code")
            out[(name, city)] = Region(name=city, code=ccode, province=name)
    return out


def _standard_aliases(name: str, kind: str) -> list[str]:
    """The usual written forms of a zone name (X高新区 = X国家高新区 = X高新技术产业开发区 ...)."""
    forms: list[str] = []
    if kind == "high_tech" and name.endswith("高新区"):
        base = name[: -len("高新区")].removesuffix("国家")
        forms = [f"{base}高新区", f"{base}国家高新区", f"{base}高新技术产业开发区", f"{base}国家高新技术产业开发区"]
    elif kind == "econ_dev" and name.endswith("经济技术开发区"):
        base = name[: -len("经济技术开发区")].removesuffix("国家级")
        forms = [f"{base}经济技术开发区", f"{base}经开区", f"{base}国家级经济技术开发区"]
    elif kind == "econ_dev" and name.endswith("经开区"):
        base = name[: -len("经开区")]
        forms = [f"{base}经开区", f"{base}经济技术开发区"]
    return [f for f in forms if f != name and len(f) > 3]


def _entry_source(path: Path, rec: dict, default: str, name: str) -> str:
    source = rec.get("source") or default
    if not source:
        raise OntologyError(f"{path}: entry {name!r} has no source")
    return str(source)


def _str_list(path: Path, name: str, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise OntologyError(f"{path}: {name!r}: '{key}' must be a list")
    return tuple(str(v).strip() for v in value if str(v).strip())


def read_zones(path: Path, regions: dict[tuple[str, str | None], Region]) -> tuple[RefZone, ...]:
    data = read_yaml(path) or {}
    default = data.get("source", "")
    out, seen = [], set()
    for rec in data.get("zones") or []:
        name = rec.get("name")
        if not name:
            raise OntologyError(f"{path}: a zone entry has no name: {rec!r}")
        if name in seen:
            raise OntologyError(f"{path}: zone {name!r} is listed twice")
        seen.add(name)
        kind, level = rec.get("kind", "other"), rec.get("level", "other")
        if kind not in ZONE_KINDS or level not in ZONE_LEVELS:
            raise OntologyError(f"{path}: zone {name!r}: kind {kind!r} / level {level!r} not in {ZONE_KINDS} / {ZONE_LEVELS}")
        province, city = rec.get("province"), rec.get("city")
        region = regions.get((province, city)) if province and city else None
        explicit = _str_list(path, name, "aliases", rec.get("aliases"))
        aliases = tuple(dict.fromkeys(a for a in [*explicit, *_standard_aliases(name, kind)] if a != name))
        out.append(
            RefZone(
                name=name,
                aliases=aliases,
                kind=kind,
                level=level,
                city=city,
                province=province,
                admin_code=str(rec["admin_code"]) if rec.get("admin_code") else (region.code if region else None),
                source=_entry_source(path, rec, default, name),
            )
        )
    return tuple(out)


def read_enterprises(path: Path, chain_ids: set[str], segment_ids: set[str]) -> tuple[RefEnterprise, ...]:
    data = read_yaml(path) or {}
    default = data.get("source", "")
    out, seen = [], set()
    for rec in data.get("enterprises") or []:
        name = rec.get("name")
        if not name:
            raise OntologyError(f"{path}: an enterprise entry has no name: {rec!r}")
        if name in seen:
            raise OntologyError(f"{path}: enterprise {name!r} is listed twice")
        seen.add(name)
        segments = _str_list(path, name, "segments", rec.get("segments"))
        chains = _str_list(path, name, "chains", rec.get("chains"))
        chains = tuple(dict.fromkeys([*chains, *(s.split(".")[0] for s in segments)]))
        for cid in chains:
            if cid not in chain_ids:
                raise OntologyError(f"{path}: enterprise {name!r}: unknown chain {cid!r}")
        for sid in segments:
            if sid not in segment_ids:
                raise OntologyError(f"{path}: enterprise {name!r}: unknown segment {sid!r}")
        out.append(
            RefEnterprise(
                name=name,
                aliases=tuple(a for a in _str_list(path, name, "aliases", rec.get("aliases")) if a != name),
                chains=chains,
                segments=segments,
                leader=bool(rec.get("leader", False)),
                province=rec.get("province"),
                city=rec.get("city"),
                source=_entry_source(path, rec, default, name),
            )
        )
    return tuple(out)
