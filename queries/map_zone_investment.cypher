// Region map: every zone with its projects in the chain and their investment
// (CNY equivalent) and the date of its latest fact.
// Parameters: $chain, $min_confidence
MATCH (z:Zone)
OPTIONAL MATCH (z)<-[l:LOCATED_IN]-(p:Project)
WHERE l.confidence >= $min_confidence
  AND (EXISTS { MATCH (p)-[:IN_SEGMENT]->(:Segment)-[:PART_OF]->(:Chain {id: $chain}) }
       OR EXISTS { MATCH (p)-[:IN_CHAIN]->(:Chain {id: $chain}) })
WITH z, count(DISTINCT p) AS projects, sum(coalesce(p.investment_cny, 0.0)) AS investment
CALL (z) {
  OPTIONAL MATCH (z)-[:STATED_IN]->(a:Article) RETURN max(a.date) AS latest
}
RETURN z.name AS zone, z.province AS province, z.city AS city, z.kind AS kind, z.level AS level,
       projects, investment, latest
