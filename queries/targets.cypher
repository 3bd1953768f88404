// Targets (精准招商): enterprises outside a zone that work in the zone's gap
// or weak segments of a chain, ranked by a score whose parts are returned:
//   fit       1.0 stated in the segment, 0.7 only through a project in it
//             (+0.1 per further gap segment it fills, at most 1.0)
//   expansion recent projects (since $since) and their investment
//   ties      supply relations with the zone's own enterprises
//   leader    chain leader 链主
//   distance  1.0 same city as the zone, 0.5 same province
// Each target lists up to three evidence sentences with their articles.
// Parameters: $zone, $chain, $segment (a segment id, or null for all),
//   $min_enterprises, $min_investment, $min_confidence, $since (ISO date),
//   $weights ({fit, expansion, ties, leader, distance}), $limit
MATCH (z:Zone {name: $zone})
MATCH (s:Segment)-[:PART_OF]->(:Chain {id: $chain})
WHERE $segment IS NULL OR s.id = $segment
CALL (z, s) {
  OPTIONAL MATCH (e:Enterprise)-[es:IN_SEGMENT]->(s)
  WHERE es.confidence >= $min_confidence
    AND (EXISTS { MATCH (e)-[el:LOCATED_IN]->(z) WHERE el.confidence >= $min_confidence }
         OR EXISTS { MATCH (e)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(z) })
  WITH count(DISTINCT e) AS direct
  OPTIONAL MATCH (p:Project)-[ps:IN_SEGMENT]->(s)
  WHERE ps.confidence >= $min_confidence AND EXISTS { MATCH (p)-[:LOCATED_IN]->(z) }
  RETURN direct, collect(DISTINCT p) AS held_projects
}
CALL (held_projects) {
  UNWIND held_projects AS p
  MATCH (p)<-[:INVESTS_IN]-(i:Enterprise)
  RETURN count(DISTINCT i) AS investors
}
WITH z, s, direct + investors AS held,
     reduce(t = 0.0, p IN held_projects | t + coalesce(p.investment_cny, 0.0)) AS held_investment,
     size(held_projects) AS held_project_count
WHERE held + held_project_count = 0 OR held < $min_enterprises OR held_investment < $min_investment
// candidates: stated in the segment, or investing in a project in it
CALL (s) {
  MATCH (e:Enterprise)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
  RETURN e, 1.0 AS fit
  UNION
  MATCH (e:Enterprise)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
  RETURN e, 0.7 AS fit
}
WITH z, s, e, max(fit) AS fit
WHERE NOT EXISTS { MATCH (e)-[:LOCATED_IN]->(z) }
  AND NOT EXISTS { MATCH (e)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(z) }
WITH z, e, collect(s.name_zh) AS segments, max(fit) AS best_fit, count(s) AS n_segments
// expansion: the enterprise's projects anywhere, recent ones weigh most
CALL (e) {
  OPTIONAL MATCH (e)-[:INVESTS_IN]->(p:Project)
  OPTIONAL MATCH (p)-[:STATED_IN]->(a:Article)
  WITH p, max(a.date) AS seen
  RETURN count(p) AS projects,
         sum(CASE WHEN seen >= $since THEN 1 ELSE 0 END) AS recent_projects,
         sum(coalesce(p.investment_cny, 0.0)) AS investment,
         max(seen) AS latest
}
// ties: supply relations with the zone's own enterprises, either way
CALL (z, e) {
  OPTIONAL MATCH (e)-[t:SUPPLIES]-(o:Enterprise)
  WHERE EXISTS { MATCH (o)-[:LOCATED_IN]->(z) } OR EXISTS { MATCH (o)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(z) }
  RETURN collect(DISTINCT o.name) AS tied_with
}
// where the enterprise is: its reference home, else the zones it is located in
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(ez:Zone)
  RETURN collect(DISTINCT ez.city) AS cities, collect(DISTINCT ez.province) AS provinces,
         collect(DISTINCT ez.name) AS home_zones
}
CALL (e) {
  OPTIONAL MATCH (e)-[st:STATED_IN]->(a:Article)
  WITH st, a ORDER BY st.confidence DESC, a.date DESC
  WITH collect({sentence: st.sentence, article: coalesce(a.title, a.doc), source: a.source, date: a.date})[0..3] AS evidence
  RETURN evidence
}
WITH z, e, segments, home_zones, evidence, tied_with, projects, recent_projects, investment, latest,
     CASE WHEN best_fit + 0.1 * (n_segments - 1) > 1.0 THEN 1.0 ELSE best_fit + 0.1 * (n_segments - 1) END AS fit,
     CASE WHEN recent_projects * 0.25 + log10(1 + investment / 1e8) / 3.0 > 1.0 THEN 1.0
          ELSE recent_projects * 0.25 + log10(1 + investment / 1e8) / 3.0 END AS expansion,
     CASE WHEN size(tied_with) >= 2 THEN 1.0 ELSE size(tied_with) * 0.5 END AS ties,
     CASE WHEN coalesce(e.leader, false) THEN 1.0 ELSE 0.0 END AS leader,
     CASE WHEN z.city IS NOT NULL AND (e.city = z.city OR z.city IN cities) THEN 1.0
          WHEN z.province IS NOT NULL AND (e.province = z.province OR z.province IN provinces) THEN 0.5
          ELSE 0.0 END AS distance
WITH e, segments, home_zones, evidence, tied_with, projects, investment, latest,
     fit, expansion, ties, leader, distance,
     $weights.fit * fit + $weights.expansion * expansion + $weights.ties * ties
       + $weights.leader * leader + $weights.distance * distance AS score
RETURN e.name AS enterprise, round(score, 3) AS score, segments,
       round(fit, 3) AS fit, round(expansion, 3) AS expansion, round(ties, 3) AS ties,
       leader, distance, coalesce(e.province, head(home_zones)) AS location, home_zones,
       tied_with, projects, investment AS investment_cny, latest, evidence
ORDER BY score DESC, enterprise
LIMIT $limit
