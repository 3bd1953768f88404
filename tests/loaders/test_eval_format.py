"""ArticleFacts -> the evaluation format of ../shared/eval/SCHEMA.md."""

from __future__ import annotations

import json

from chainkg.loaders.eval_format import to_eval, to_json
from chainkg.loaders.facts import (Article, ArticleFacts, EnterpriseFact, Evidence, FocusFact, Money, ProjectFact,
                                   SupplyFact, ZoneFact)


def _facts() -> ArticleFacts:
    art = Article(key="k1", source="/data/a.txt", doc="a.txt", text="……", date="2021-07-25")
    ev = Evidence("k1", "某句。", 0, 3, "test.rule", 0.9)
    low = Evidence("k1", "某句。", 0, 3, "test.rule", 0.3)
    return ArticleFacts(
        article=art,
        zones=(ZoneFact("常州高新区", ev, aliases=("常州国家高新区",), kind="high_tech", city="常州", province="江苏"),),
        enterprises=(EnterpriseFact("欧胜集团", ev, zone="常州高新区", chains=("equipment", "not_a_chain")),),
        projects=(
            ProjectFact("欧胜新工厂项目", ev, enterprises=("欧胜集团",), zone="常州高新区",
                        investment=Money(9e7, "USD", "exact", "总投资9000万美元"), stage="under_construction",
                        capacity="年产3000台", expected="预计2022年投产", chains=("equipment",)),
            ProjectFact("某产业园", low, investment=Money(1e9, "CNY", "at_least", "10亿元以上")),
        ),
        supplies=(SupplyFact("常诚车业", "理想汽车", ev),),
        focus=(FocusFact("常州高新区", "nev", ev),),
    )


def test_eval_record_follows_the_schema():
    record = to_eval(_facts())
    assert record["doc"] == "a.txt"
    [zone] = record["zones"]
    assert zone["name"] == "常州高新区" and zone["focus_chains"] == ["nev"] and zone["city"] == "常州"
    [ent] = record["enterprises"]
    assert ent["chains"] == ["equipment"]  # only the schema's chain vocabulary
    first, second = record["projects"]
    assert first["investment"] == {"value": 90000000, "currency": "USD"}
    assert first["stage"] == "under_construction" and first["capacity"] == "年产3000台"
    assert first["evidence"] == "某句。" and first["rule"] == "test.rule"
    # a bound is no exact investment; it is kept as a note, and low confidence is marked
    assert second["investment"] is None and second["investment_note"] == "10亿元以上"
    assert second["low_confidence"] is True
    assert record["supplies"] == [{"supplier": "常诚车业", "customer": "理想汽车", "evidence": "某句。",
                                   "rule": "test.rule", "confidence": 0.9}]
    json.dumps(record, ensure_ascii=False)


def test_json_record_has_every_fact_but_not_the_text():
    record = to_json(_facts())
    assert record["doc"] == "a.txt" and "text" not in record["article"]
    assert record["projects"][0]["investment"]["value"] == 9e7
    json.dumps(record, ensure_ascii=False)


def test_names_are_shown_as_the_article_writes_them():
    """A zone resolved to its reference name (常州高新区) that the article only writes in full is
    shown in full, the reference name kept as an alias, and every fact naming it follows."""
    base = _facts()
    art = Article(key="k1", source="/data/a.txt", doc="a.txt", text="常州国家高新区的欧胜集团为理想汽车供货。")
    record = to_eval(ArticleFacts(article=art, zones=base.zones, enterprises=base.enterprises,
                                  projects=base.projects, supplies=base.supplies, focus=base.focus))
    [zone] = record["zones"]
    assert zone["name"] == "常州国家高新区" and zone["aliases"] == ["常州高新区"] and zone["focus_chains"] == ["nev"]
    assert record["enterprises"][0]["zone"] == "常州国家高新区" and record["projects"][0]["zone"] == "常州国家高新区"
    # a name the article writes is kept, and one with no written form stays as it is
    assert record["enterprises"][0]["name"] == "欧胜集团" and record["supplies"][0]["supplier"] == "常诚车业"


def test_a_reference_name_written_only_inside_the_legal_name_is_shown_as_the_legal_name():
    ev = Evidence("k1", "某句。", 0, 3, "test.rule", 0.9)
    lishen = EnterpriseFact("力神电池", ev, aliases=("天津力神电池股份有限公司",), chains=("nev",))
    only_legal = Article(key="k1", source="/data/a.txt", doc="a.txt", text="天津力神电池股份有限公司的新基地开工。")
    [shown] = to_eval(ArticleFacts(article=only_legal, enterprises=(lishen,)))["enterprises"]
    assert shown["name"] == "天津力神电池股份有限公司" and shown["aliases"] == ["力神电池"]
    # written on its own as well: the reference name stays
    both = Article(key="k1", source="/data/a.txt", doc="a.txt", text="天津力神电池股份有限公司（力神电池）的新基地开工。")
    [shown] = to_eval(ArticleFacts(article=both, enterprises=(lishen,)))["enterprises"]
    assert shown["name"] == "力神电池"


def test_a_reference_name_written_only_as_the_start_of_the_articles_short_name_is_shown_as_written():
    ev = Evidence("k1", "某句。", 0, 3, "test.rule", 0.9)
    ase = EnterpriseFact("日月光", ev, aliases=("日月光投控", "法国日月光"), chains=("semiconductor",))
    art = Article(key="k1", source="/data/a.txt", doc="a.txt", text="日月光投控公告出售四座封测厂，日月光投控表示影响有限。")
    [shown] = to_eval(ArticleFacts(article=art, enterprises=(ase,)))["enterprises"]
    assert shown["name"] == "日月光投控"
    # a country before the name is no longer form of it: the name written inside it stays as it is
    art = Article(key="k1", source="/data/a.txt", doc="a.txt", text="法国日月光公告出售工厂。")
    [shown] = to_eval(ArticleFacts(article=art, enterprises=(ase,)))["enterprises"]
    assert shown["name"] == "日月光"
