// Tech-path and application maps: the chain's enterprises (of one zone, or all
// when $zone is null) with their segments and the sentences that state them or
// their projects (for placing them by keyword).
// Parameters: $chain, $zone (canonical name or null), $min_confidence
CALL () {
  MATCH (e:Enterprise)-[r:IN_SEGMENT]->(s:Segment)-[:PART_OF]->(:Chain {id: $chain})
  WHERE r.confidence >= $min_confidence RETURN e, s.id AS segment
  UNION
  MATCH (e:Enterprise)-[r:IN_CHAIN]->(:Chain {id: $chain})
  WHERE r.confidence >= $min_confidence RETURN e, null AS segment
  UNION
  MATCH (e:Enterprise)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s:Segment)-[:PART_OF]->(:Chain {id: $chain})
  WHERE r.confidence >= $min_confidence RETURN e, s.id AS segment
}
WITH e, segment
WHERE $zone IS NULL
   OR EXISTS { MATCH (e)-[l:LOCATED_IN]->(:Zone {name: $zone}) WHERE l.confidence >= $min_confidence }
   OR EXISTS { MATCH (e)-[:INVESTS_IN]->(:Project)-[l:LOCATED_IN]->(:Zone {name: $zone}) WHERE l.confidence >= $min_confidence }
WITH e, [x IN collect(DISTINCT segment) WHERE x IS NOT NULL] AS segments
CALL (e) {
  OPTIONAL MATCH (e)-[s:STATED_IN]->() RETURN collect(s.sentence) AS own
}
CALL (e) {
  OPTIONAL MATCH (e)-[:INVESTS_IN]->(:Project)-[s:STATED_IN]->() RETURN collect(s.sentence) AS projects
}
RETURN e.name AS name, segments, own + projects AS texts, coalesce(e.leader, false) AS leader
ORDER BY size(segments) DESC, name
