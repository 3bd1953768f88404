// Zone comparison: a zones-by-segments matrix for one chain (long form: one
// row per zone and segment that the zone holds). Zones: $zones, or every
// zone holding anything in the chain when $zones is null.
// Parameters: $chain, $zones (list of canonical names or null), $min_confidence
MATCH (s:Segment)-[:PART_OF]->(:Chain {id: $chain})
CALL (s) {
  MATCH (e:Enterprise)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
  MATCH (e)-[:LOCATED_IN]->(z:Zone)
  RETURN z, e AS n
  UNION
  MATCH (e:Enterprise)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
  MATCH (e)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(z:Zone)
  RETURN z, e AS n
  UNION
  MATCH (p:Project)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
  MATCH (p)-[:LOCATED_IN]->(z:Zone)
  RETURN z, p AS n
}
WITH s, z, n WHERE $zones IS NULL OR z.name IN $zones
RETURN z.name AS zone, z.province AS province, s.id AS segment, s.name_zh AS name_zh, s.order AS order,
       size([x IN collect(DISTINCT n) WHERE x:Enterprise]) AS enterprises,
       size([x IN collect(DISTINCT n) WHERE x:Project]) AS projects
ORDER BY zone, order
