// Ego view of an enterprise: its links and, through the $via types, its neighbours' $second links.
// (its zones, projects, segments, chains, supplies, partners; its projects' zones and segments)
// Parameters: $key (Enterprise.name), $types, $via, $second (relationship types), $min_confidence, $limit
// Used by the page of one enterprise (graph/maps, `chainkg map enterprise`).
MATCH (c:Enterprise {name: $key})
CALL (c) {
  MATCH (c)-[r]-(n)
  WHERE type(r) IN $types AND coalesce(r.confidence, 1.0) >= $min_confidence
  RETURN startNode(r) AS a, r, endNode(r) AS b
  UNION
  MATCH (c)-[r1]-(m)-[r]-(n)
  WHERE type(r1) IN $via AND type(r) IN $second AND n <> c
    AND coalesce(r1.confidence, 1.0) >= $min_confidence AND coalesce(r.confidence, 1.0) >= $min_confidence
  RETURN startNode(r) AS a, r, endNode(r) AS b
}
WITH DISTINCT a, r, b LIMIT $limit
RETURN labels(a)[0] AS sl, properties(a) AS sp, type(r) AS type, properties(r) AS props,
       labels(b)[0] AS tl, properties(b) AS tp
