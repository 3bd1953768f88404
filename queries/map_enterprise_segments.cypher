// Chain map: the segments of the listed enterprises in the chain, as links with their sources.
// Parameters: $names (enterprise names), $chain, $min_confidence
UNWIND $names AS name
MATCH (e:Enterprise {name: name})-[r:IN_SEGMENT]->(s:Segment)-[:PART_OF]->(:Chain {id: $chain})
WHERE r.confidence >= $min_confidence
RETURN 'Enterprise' AS sl, e.name AS sk, 'IN_SEGMENT' AS type, properties(r) AS props, 'Segment' AS tl, s.id AS tk
