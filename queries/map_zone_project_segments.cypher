// Chain map: the zone's projects in the chain's segments, as links with their sources.
// Parameters: $zone, $chain, $min_confidence
MATCH (z:Zone {name: $zone})
MATCH (p:Project)-[r:IN_SEGMENT]->(s:Segment)-[:PART_OF]->(:Chain {id: $chain})
WHERE r.confidence >= $min_confidence
  AND EXISTS { MATCH (p)-[pl:LOCATED_IN]->(z) WHERE pl.confidence >= $min_confidence }
RETURN 'Project' AS sl, p.key AS sk, 'IN_SEGMENT' AS type, properties(r) AS props, 'Segment' AS tl, s.id AS tk
