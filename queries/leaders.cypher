// Chain leaders (链主): the enterprises of one chain ranked by investment,
// projects and supply ties (customers and suppliers in the graph), with
// the 链主 flag of the reference data.
// Parameters: $chain, $min_confidence, $limit
MATCH (c:Chain {id: $chain})
CALL (c) {
  MATCH (e:Enterprise)-[r:IN_SEGMENT]->(:Segment)-[:PART_OF]->(c) WHERE r.confidence >= $min_confidence
  RETURN e
  UNION
  MATCH (e:Enterprise)-[r:IN_CHAIN]->(c) WHERE r.confidence >= $min_confidence
  RETURN e
  UNION
  MATCH (e:Enterprise)-[:INVESTS_IN]->(p:Project)
  WHERE EXISTS { MATCH (p)-[:IN_SEGMENT]->(:Segment)-[:PART_OF]->(c) } OR EXISTS { MATCH (p)-[:IN_CHAIN]->(c) }
  RETURN e
}
WITH DISTINCT c, e
CALL (e) {
  OPTIONAL MATCH (e)-[:INVESTS_IN]->(p:Project)
  RETURN count(DISTINCT p) AS projects, sum(coalesce(p.investment_cny, 0.0)) AS investment
}
CALL (e) {
  OPTIONAL MATCH (e)-[:SUPPLIES]->(cust:Enterprise)
  RETURN count(DISTINCT cust) AS customers
}
CALL (e) {
  OPTIONAL MATCH (sup:Enterprise)-[:SUPPLIES]->(e)
  RETURN count(DISTINCT sup) AS suppliers
}
CALL (e, c) {
  OPTIONAL MATCH (e)-[:IN_SEGMENT]->(s:Segment)-[:PART_OF]->(c)
  RETURN collect(DISTINCT s.name_zh) AS segments
}
OPTIONAL MATCH (e)-[:LOCATED_IN]->(z:Zone)
WITH e, projects, investment, customers, suppliers, segments, collect(DISTINCT z.name) AS zones
RETURN e.name AS enterprise, coalesce(e.leader, false) AS leader, segments, zones, projects,
       investment AS investment_cny, customers, suppliers,
       round((CASE WHEN coalesce(e.leader, false) THEN 2.0 ELSE 0.0 END)
             + log10(1 + investment / 1e8) + 0.5 * projects + 0.5 * (customers + suppliers), 3) AS score
ORDER BY score DESC, enterprise
LIMIT $limit
