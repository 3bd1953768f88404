"""Reference zones, enterprises and regions: coverage, aliases, sources, and the eval seeds' names."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from chainkg.ontology import ZONE_KINDS, ZONE_LEVELS, OntologyError, UnknownName, load_ontology
from chainkg.ontology.reference import read_enterprises, read_zones

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "gold" / "seeds.jsonl"


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


@pytest.fixture(scope="module")
def gold():
    return [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zone_coverage(onto):
    kinds = Counter((z.kind, z.level) for z in onto.zones)
    assert kinds[("high_tech", "national")] >= 160
    assert kinds[("econ_dev", "national")] >= 30
    assert kinds[("new_area", "national")] == 19
    assert all(z.kind in ZONE_KINDS and z.level in ZONE_LEVELS and z.source for z in onto.zones)


def test_zone_names_and_aliases_are_unique(onto):
    owners = {}
    for zone in onto.zones:
        for name in (zone.name, *zone.aliases):
            assert owners.setdefault(name, zone.name) == zone.name, f"{name} names two zones"


def test_admin_codes_are_city_codes_of_the_province(onto):
    for zone in onto.zones:
        if zone.admin_code:
            assert re.fullmatch(r"\d{6}", zone.admin_code)
            province = onto.regions[(zone.province, None)]
            assert zone.admin_code[:2] == province.code[:2], zone.name
    known = [z for z in onto.zones if z.admin_code]
    assert len(known) / len(onto.zones) > 0.95


def test_standard_aliases_are_derived(onto):
    zone = onto.zone("常州国家高新技术产业开发区")
    assert zone.name == "常州国家高新区"
    assert {"常州高新区", "常州高新技术产业开发区"} <= set(zone.aliases)
    assert onto.zone("合肥国家高新区").name == "合肥高新区"
    assert onto.zone("武汉经开区").name == "武汉经济技术开发区"
    assert onto.zone("武高新").name == "武进国家高新区"


def test_every_seed_zone_resolves_with_its_gold_aliases(onto, gold):
    for record in gold:
        for zone in record["zones"]:
            ref = onto.zone(zone["name"])
            assert ref.name == zone["name"], zone["name"]
            assert ref.city == zone["city"] and ref.province == zone["province"], zone["name"]
            for alias in zone["aliases"]:
                if not re.search(r"[區國]", alias):  # Traditional forms are converted by the loaders first
                    assert onto.zone(alias).name == zone["name"], alias


def test_seed_zone_kinds(onto):
    assert onto.zone("柳东新区").kind == "new_area"
    assert onto.zone("西太湖科技产业园").kind == "industrial_park"
    assert onto.zone("常熟高新区").city == "苏州"


def test_unknown_zone_suggests(onto):
    with pytest.raises(UnknownName) as info:
        onto.zone("常州高薪区")
    assert "常州国家高新区" in info.value.suggestions


def test_enterprise_coverage(onto):
    assert len(onto.enterprises) >= 80
    by_chain = Counter(c for e in onto.enterprises for c in e.chains)
    assert by_chain["hydrogen"] >= 15 and by_chain["nev"] >= 30 and by_chain["semiconductor"] >= 20
    assert all(e.source and e.segments for e in onto.enterprises)
    assert all(set(e.chains) == {s.split(".")[0] for s in e.segments} for e in onto.enterprises)
    assert {"宁德时代", "比亚迪", "中芯国际"} <= {e.name for e in onto.enterprises if e.leader}


def test_enterprise_names_and_aliases_are_unique(onto):
    owners = {}
    for ent in onto.enterprises:
        for name in (ent.name, *ent.aliases):
            assert owners.setdefault(name, ent.name) == ent.name, f"{name} names two enterprises"


@pytest.mark.parametrize(
    "name, canonical, segment",
    [
        ("上通五", "上汽通用五菱", "nev.vehicle"), ("国轩", "国轩高科", "nev.battery_cell"),
        ("江苏重塑能源科技有限公司", "重塑能源", "hydrogen.system"), ("未势能源科技有限公司", "未势能源", "hydrogen.stack"),
        ("江苏宏微科技股份有限公司", "宏微科技", "semiconductor.power_devices"), ("CATL", "宁德时代", "nev.battery_cell"),
        ("华虹", "华虹半导体", "semiconductor.fabrication"), ("鸿基创能", "鸿基创能", "hydrogen.mea"),
    ],
)
def test_enterprise_by_alias(onto, name, canonical, segment):
    ent = onto.enterprise(name)
    assert ent.name == canonical and segment in ent.segments


def test_seed_enterprises_that_are_chain_companies_resolve(onto, gold):
    """Every seed enterprise of hydrogen, NEV or semiconductors that we list resolves to the gold name."""
    listed = {e.name for e in onto.enterprises}
    for record in gold:
        for ent in record["enterprises"]:
            if ent["name"] in listed:
                ref = onto.enterprise(ent["name"])
                assert set(ent["chains"]) <= set(ref.chains), ent["name"]
                for alias in ent["aliases"]:
                    if not re.search(r"[蘇]", alias):
                        assert onto.enterprise(alias).name == ent["name"], alias
    assert {"比亚迪", "宏微科技", "正力新能", "重塑能源", "未势能源", "国轩高科", "上汽通用五菱", "理想汽车"} <= listed


def test_ordinary_words_are_not_aliases(onto):
    for word in ("理想", "重塑", "江淮", "柳东"):
        with pytest.raises(UnknownName):
            onto.enterprise(word)


def test_reference_entries_need_a_source(tmp_path, onto):
    path = tmp_path / "enterprises.yaml"
    path.write_text("enterprises:\n  - {name: 示例公司, segments: [nev.vehicle]}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="no source") as info:
        read_enterprises(path, set(onto.chains), set(onto.segments))
    assert str(path) in str(info.value)


def test_reference_entries_need_known_segments(tmp_path, onto):
    path = tmp_path / "enterprises.yaml"
    path.write_text("source: x\nenterprises:\n  - {name: 示例公司, segments: [nev.wheels]}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="unknown segment 'nev.wheels'"):
        read_enterprises(path, set(onto.chains), set(onto.segments))


def test_bad_zone_kind_is_refused(tmp_path, onto):
    path = tmp_path / "zones.yaml"
    path.write_text("source: x\nzones:\n  - {name: 示例区, kind: science_city}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="science_city"):
        read_zones(path, onto.regions)
