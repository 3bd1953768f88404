"""Small facts for the RDF and SHACL tests, written by us from public facts (not seed text)."""

from __future__ import annotations

from chainkg.loaders.facts import (
    Article, ArticleFacts, EnterpriseFact, Evidence, FocusFact, MembershipFact, Money, PartnershipFact, ProjectFact,
    SupplyFact, ZoneFact,
)

TEXT_A = "宁德时代在溧阳建设动力电池基地。星宇股份为多家整车企业供应车灯。"
TEXT_B = "常州國家高新區与企业共建氢能产业园，总投资9000万美元的电堆项目已封顶。"


def ev(article: str, text: str, sentence: str, rule: str, confidence: float = 0.8) -> Evidence:
    start = text.index(sentence)
    return Evidence(article=article, sentence=sentence, start=start, end=start + len(sentence), rule=rule,
                    confidence=confidence)


def sample_facts() -> list[ArticleFacts]:
    ka, kb = "a" * 64, "b" * 64
    s1, s2 = TEXT_A.split("。")[0] + "。", TEXT_A.split("。")[1] + "。"
    art_a = Article(key=ka, source="/data/news/a.txt", doc="a.txt", text=TEXT_A, title="电池基地", outlet="示例日报",
                    date="2024-05-01", encoding="utf-8")
    art_b = Article(key=kb, source="https://example.org/b.html", doc="b.html", text=TEXT_B, encoding="big5",
                    offsets=(0, 0, 5, 7))  # compact: text[5:] stands two characters further on
    b = TEXT_B
    a_facts = ArticleFacts(
        article=art_a,
        enterprises=(
            EnterpriseFact(name="宁德时代", evidence=ev(ka, TEXT_A, s1, "enterprise.name"),
                           aliases=("宁德时代新能源科技股份有限公司", "CATL"), chains=("nev",),
                           segments=("nev.battery_cell", "nev.battery_system"), leader=True),
            EnterpriseFact(name="星宇股份", evidence=ev(ka, TEXT_A, s2, "enterprise.name", 0.6),
                           chains=("nev",), segments=("nev.auto_parts",)),
            EnterpriseFact(name="理想汽车", evidence=ev(ka, TEXT_A, s2, "enterprise.customer", 0.4)),
        ),
        supplies=(SupplyFact(supplier="星宇股份", customer="理想汽车", evidence=ev(ka, TEXT_A, s2, "supply.used_by")),),
    )
    b_facts = ArticleFacts(
        article=art_b,
        zones=(ZoneFact(name="常州国家高新区", evidence=ev(kb, b, b[:6], "zone.name", 0.9), aliases=("常州高新区",),
                        kind="high_tech", level="national", city="常州", province="江苏", admin_code="320400"),),
        enterprises=(EnterpriseFact(name="示例氢能科技", evidence=ev(kb, b, b, "enterprise.name"), zone="常州国家高新区",
                                    chains=("hydrogen",), segments=("hydrogen.stack",)),),
        projects=(
            ProjectFact(name="示例电堆项目", evidence=ev(kb, b, b, "project.name"), aliases=("电堆项目", "示例项目"),
                        enterprises=("示例氢能科技",), zone="常州国家高新区",
                        investment=Money(90_000_000.0, "USD", "exact", "总投资9000万美元"), stage="under_construction",
                        stage_date="2024-06-30", capacity="年产1万套", output_value=Money(1.5e9, "CNY", "over"),
                        expected="预计明年投产", chains=("hydrogen",), segments=("hydrogen.stack",)),
            ProjectFact(name="氢能产业园", evidence=ev(kb, b, b, "project.name", 0.55), zone="常州国家高新区"),
        ),
        focus=(FocusFact(zone="常州国家高新区", chain="hydrogen", evidence=ev(kb, b, b, "focus.build")),
               FocusFact(zone="常州国家高新区", chain="hydrogen", segment="hydrogen.stack",
                         evidence=ev(kb, b, b, "focus.segment", 0.5))),
        memberships=(MembershipFact(zone="常州国家高新区", alliance="示例高新区联盟", evidence=ev(kb, b, b, "alliance")),),
        partnerships=(PartnershipFact(enterprise="示例氢能科技", zone="常州国家高新区", evidence=ev(kb, b, b, "partner")),),
        errors=("sentence 3: amount without unit",),
    )
    return [a_facts, b_facts]
