// Coverage: every segment of one chain, upstream to downstream, with what one
// zone holds in it: its enterprises and projects, their total investment
// (CNY equivalent) and the date of the latest fact.
// A zone's enterprises are those located in it and those investing in a
// project located in it.
// Parameters: $zone (canonical zone name), $chain (chain id, e.g. 'hydrogen'),
//             $min_confidence (facts below it are ignored, e.g. 0.5)
MATCH (z:Zone {name: $zone})
// The zone's enterprises, found once from the zone (not by scanning every
// enterprise per segment): located in it, or investing in a project in it.
CALL (z) {
  CALL (z) {
    MATCH (z)<-[el:LOCATED_IN]-(e:Enterprise) WHERE el.confidence >= $min_confidence
    RETURN e
    UNION
    MATCH (z)<-[pl:LOCATED_IN]-(:Project)<-[:INVESTS_IN]-(e:Enterprise) WHERE pl.confidence >= $min_confidence
    RETURN e
  }
  RETURN collect(e) AS members
}
MATCH (s:Segment)-[:PART_OF]->(:Chain {id: $chain})
CALL (z, s) {
  OPTIONAL MATCH (z)<-[pl:LOCATED_IN]-(p:Project)-[ps:IN_SEGMENT]->(s)
  WHERE ps.confidence >= $min_confidence AND pl.confidence >= $min_confidence
  RETURN collect(DISTINCT p) AS projects
}
CALL (s, members, projects) {
  CALL (s, members, projects) {
    UNWIND members AS e
    MATCH (e)-[es:IN_SEGMENT]->(s) WHERE es.confidence >= $min_confidence
    RETURN e
    UNION
    UNWIND projects AS p
    MATCH (p)<-[ei:INVESTS_IN]-(e:Enterprise) WHERE ei.confidence >= $min_confidence
    RETURN e
  }
  RETURN collect(e) AS enterprises
}
CALL (projects, enterprises) {
  UNWIND projects + enterprises AS n
  MATCH (n)-[:STATED_IN]->(a:Article)
  RETURN max(a.date) AS latest
}
RETURN s.id AS segment, s.name_zh AS name_zh, s.name_en AS name_en, s.order AS order,
       [e IN enterprises | e.name] AS enterprises, size(enterprises) AS enterprise_count,
       [p IN projects | p.name] AS projects, size(projects) AS project_count,
       reduce(t = 0.0, p IN projects | t + coalesce(p.investment_cny, 0.0)) AS investment_cny,
       latest
ORDER BY order
