"""Builders of small, readable fact sets for tests (our own example sentences)."""

from __future__ import annotations

import hashlib

from chainkg.loaders.facts import (
    Article,
    ArticleFacts,
    EnterpriseFact,
    Evidence,
    Money,
    ProjectFact,
    SupplyFact,
    ZoneFact,
)


def article(source: str, text: str, date: str = "2024-05-01", title: str | None = None) -> Article:
    return Article(key=hashlib.sha256(text.encode()).hexdigest(), source=source, doc=source.rsplit("/", 1)[-1],
                   text=text, title=title or text[:12], date=date, encoding="utf-8")


def ev(art: Article, sentence: str, rule: str = "test.rule", confidence: float = 0.9) -> Evidence:
    start = max(art.text.find(sentence), 0)
    return Evidence(article=art.key, sentence=sentence, start=start, end=start + len(sentence), rule=rule,
                    confidence=confidence)


def zone(art: Article, name: str, sentence: str, **kw) -> ZoneFact:
    return ZoneFact(name=name, evidence=ev(art, sentence), kind=kw.pop("kind", "high_tech"), **kw)


def enterprise(art: Article, name: str, sentence: str, zone: str | None = None, segments=(), chains=(),
               confidence: float = 0.9, **kw) -> EnterpriseFact:
    return EnterpriseFact(name=name, evidence=ev(art, sentence, confidence=confidence), zone=zone,
                          segments=tuple(segments), chains=tuple(chains), **kw)


def project(art: Article, name: str, sentence: str, enterprises=(), zone: str | None = None,
            value: float | None = None, currency: str = "CNY", stage: str | None = None, segments=(),
            chains=(), **kw) -> ProjectFact:
    money = Money(value, currency, text=sentence) if value is not None else None
    return ProjectFact(name=name, evidence=ev(art, sentence), enterprises=tuple(enterprises), zone=zone,
                       investment=money, stage=stage, stage_date=art.date, segments=tuple(segments),
                       chains=tuple(chains), **kw)


def supply(art: Article, supplier: str, customer: str, sentence: str) -> SupplyFact:
    return SupplyFact(supplier=supplier, customer=customer, evidence=ev(art, sentence))


def hydrogen_story() -> list[ArticleFacts]:
    """Three articles: a fuel-cell system maker in one zone, MEA and stack makers elsewhere."""
    a1 = article("demo/a1.txt", "苏虞高新区的氢擎动力燃料电池系统项目投产。项目总投资12亿元。", "2024-03-01")
    s1 = "苏虞高新区的氢擎动力燃料电池系统项目投产。"
    f1 = ArticleFacts(
        article=a1,
        zones=(zone(a1, "苏虞高新区", s1, city="苏州", province="江苏"),),
        enterprises=(enterprise(a1, "氢擎动力", s1, zone="苏虞高新区", segments=["hydrogen.system"],
                                chains=["hydrogen"]),),
        projects=(project(a1, "氢擎动力燃料电池系统项目", s1, enterprises=["氢擎动力"], zone="苏虞高新区",
                          value=1.2e9, stage="in_production", segments=["hydrogen.system"], chains=["hydrogen"]),),
    )
    a2 = article("demo/a2.txt", "冀中高新区的膜界科技建成膜电极和电堆产线，产品供应氢擎动力。", "2024-06-01")
    s2 = "冀中高新区的膜界科技建成膜电极和电堆产线，产品供应氢擎动力。"
    f2 = ArticleFacts(
        article=a2,
        zones=(zone(a2, "冀中高新区", s2, city="保定", province="河北"),),
        enterprises=(
            enterprise(a2, "膜界科技", s2, zone="冀中高新区", segments=["hydrogen.mea", "hydrogen.stack"],
                       chains=["hydrogen"]),
            enterprise(a2, "氢擎动力", s2, segments=["hydrogen.system"], chains=["hydrogen"]),
        ),
        projects=(project(a2, "膜界科技膜电极产线项目", s2, enterprises=["膜界科技"], zone="冀中高新区",
                          value=5e8, stage="completed", segments=["hydrogen.mea"]),),
        supplies=(supply(a2, "膜界科技", "氢擎动力", s2),),
    )
    a3 = article("demo/a3.txt", "苏南高新区的极板新材双极板项目签约，投资2000万美元。", "2023-11-20")
    s3 = "苏南高新区的极板新材双极板项目签约，投资2000万美元。"
    f3 = ArticleFacts(
        article=a3,
        zones=(zone(a3, "苏南高新区", s3, city="苏州", province="江苏"),),
        enterprises=(enterprise(a3, "极板新材", s3, zone="苏南高新区", segments=["hydrogen.bipolar_plate"],
                                chains=["hydrogen"]),),
        projects=(project(a3, "极板新材双极板项目", s3, enterprises=["极板新材"], zone="苏南高新区",
                          value=2e7, currency="USD", stage="signed", segments=["hydrogen.bipolar_plate"]),),
    )
    return [f1, f2, f3]
