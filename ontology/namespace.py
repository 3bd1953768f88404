"""The chainkg vocabulary as an rdflib namespace that fails on a typo.

``CKG.Zone`` is the IRI of the class; ``CKG.Zoen`` raises AttributeError instead of
minting a new, silent IRI. Individuals (chains, segments, stages, currencies, facts)
live under :data:`ID`, not here. tests/ontology/test_namespace.py checks that this
list and the Turtle files name the same terms.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/chainkg/ontology"
ID = Namespace("https://w3id.org/chainkg/id/")


class CKG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/chainkg/ontology#")
    _fail = True


    # classes
    Alliance: URIRef
    Application: URIRef
    Article: URIRef
    Chain: URIRef
    Currency: URIRef
    Enterprise: URIRef
    EnterpriseStatement: URIRef
    FocusStatement: URIRef
    MembershipStatement: URIRef
    Money: URIRef
    PartnershipStatement: URIRef
    Project: URIRef
    ProjectStatement: URIRef
    Region: URIRef
    Segment: URIRef
    Stage: URIRef
    Statement: URIRef
    SupplyStatement: URIRef
    TechPath: URIRef
    Zone: URIRef
    ZoneStatement: URIRef

    # object properties
    about: URIRef
    aliases: URIRef
    appliesTo: URIRef
    atStage: URIRef
    chain: URIRef
    chains: URIRef
    currency: URIRef
    enterprises: URIRef
    focusesOn: URIRef
    inChain: URIRef
    inSegment: URIRef
    investment: URIRef
    investsIn: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    outputValue: URIRef
    partOf: URIRef
    partnersWith: URIRef
    segment: URIRef
    segments: URIRef
    stage: URIRef
    statedIn: URIRef
    supplies: URIRef
    upstreamOf: URIRef
    usesTech: URIRef
    zone: URIRef

    # datatype properties
    adminCode: URIRef
    alias: URIRef
    amount: URIRef
    capacity: URIRef
    city: URIRef
    confidence: URIRef
    date: URIRef
    doc: URIRef
    encoding: URIRef
    end: URIRef
    errors: URIRef
    expected: URIRef
    id: URIRef
    index: URIRef
    key: URIRef
    kind: URIRef
    leader: URIRef
    level: URIRef
    name: URIRef
    offsets: URIRef
    order: URIRef
    outlet: URIRef
    province: URIRef
    qualifier: URIRef
    rule: URIRef
    sentence: URIRef
    source: URIRef
    stageDate: URIRef
    start: URIRef
    text: URIRef
    title: URIRef

    # annotation properties
    keyword: URIRef
    neo4jIndex: URIRef
    neo4jKey: URIRef
    neo4jLabel: URIRef
    neo4jType: URIRef

    # schemes and collections
    CurrencyScheme: URIRef
    StageOrder: URIRef
    StageScheme: URIRef
