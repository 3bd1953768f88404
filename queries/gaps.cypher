// Gaps: the segments of one chain that a zone lacks (补链, fill the chain),
// holds only weakly (强链, strengthen it: fewer enterprises than
// $min_enterprises or less investment than $min_investment), and the missing
// segments next to held ones (延链, extend the chain), each with its reason.
// Parameters: $zone, $chain, $min_enterprises (e.g. 2), $min_investment (CNY, e.g. 0),
//             $min_confidence (e.g. 0.5)
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
WITH s, size(enterprises) AS n_ent, size(projects) AS n_proj,
     reduce(t = 0.0, p IN projects | t + coalesce(p.investment_cny, 0.0)) AS investment
WITH s, n_ent, n_proj, investment,
     CASE WHEN n_ent + n_proj = 0 THEN 'missing'
          WHEN n_ent < $min_enterprises OR investment < $min_investment THEN 'weak'
          ELSE 'covered' END AS status
WITH collect({s: s, n_ent: n_ent, n_proj: n_proj, investment: investment, status: status}) AS rows
WITH rows, [r IN rows WHERE r.status <> 'missing' | r.s] AS held
UNWIND rows AS r
WITH r, held, r.s AS s
WHERE r.status <> 'covered'
OPTIONAL MATCH (s)-[:UPSTREAM_OF]-(n:Segment) WHERE n IN held
WITH r, s, collect(DISTINCT n.name_zh) AS held_neighbours
WITH r, s, held_neighbours,
     CASE WHEN r.status = 'weak' THEN ['强链']
          WHEN size(held_neighbours) > 0 THEN ['补链', '延链']
          ELSE ['补链'] END AS actions
RETURN s.id AS segment, s.name_zh AS name_zh, s.name_en AS name_en, s.order AS order,
       r.status AS status, actions, r.n_ent AS enterprise_count, r.n_proj AS project_count,
       r.investment AS investment_cny, held_neighbours,
       CASE r.status
         WHEN 'missing' THEN 'no enterprise or project of the zone in this segment'
           + CASE WHEN size(held_neighbours) > 0
                  THEN '; next to held segment(s) ' + reduce(t = '', x IN held_neighbours | t + CASE WHEN t = '' THEN '' ELSE '、' END + x)
                  ELSE '' END
         ELSE toString(r.n_ent) + ' enterprise(s) (threshold ' + toString($min_enterprises) + '), '
           + toString(r.n_proj) + ' project(s), investment ' + toString(round(r.investment / 1e8, 2))
           + ' 亿元 CNY-equivalent (threshold ' + toString(round($min_investment / 1e8, 2)) + ')'
       END AS reason
ORDER BY order
