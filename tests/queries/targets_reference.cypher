// Reference for tests only: the targets query as it was before it pruned its
// candidates (queries/targets.cypher). It scores every enterprise of the zone's
// gap segments; the pruned query must return exactly the same rows.
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
// Performance: the zone's own enterprises are found once, from the zone
// (not per segment from every enterprise in it); evidence is read for the
// ranked top $limit only.
MATCH (z:Zone {name: $zone})
// own: located in the zone or investing in a project located in it;
// firm: the same with a confident LOCATED_IN for the located ones
CALL (z) {
  CALL (z) {
    MATCH (z)<-[el:LOCATED_IN]-(e:Enterprise)
    RETURN e, el.confidence >= $min_confidence AS firm
    UNION
    MATCH (z)<-[:LOCATED_IN]-(:Project)<-[:INVESTS_IN]-(e:Enterprise)
    RETURN e, true AS firm
  }
  RETURN collect(DISTINCT e) AS own, collect(DISTINCT CASE WHEN firm THEN e END) AS firm_members
}
CALL (z, own, firm_members) {
  MATCH (s:Segment)-[:PART_OF]->(:Chain {id: $chain})
  WHERE $segment IS NULL OR s.id = $segment
  CALL (s, firm_members) {
    UNWIND firm_members AS e
    MATCH (e)-[es:IN_SEGMENT]->(s) WHERE es.confidence >= $min_confidence
    RETURN count(DISTINCT e) AS direct
  }
  CALL (z, s) {
    OPTIONAL MATCH (z)<-[:LOCATED_IN]-(p:Project)-[ps:IN_SEGMENT]->(s)
    WHERE ps.confidence >= $min_confidence
    RETURN collect(DISTINCT p) AS held_projects
  }
  CALL (held_projects) {
    UNWIND held_projects AS p
    MATCH (p)<-[:INVESTS_IN]-(i:Enterprise)
    RETURN count(DISTINCT i) AS investors
  }
  WITH s, direct + investors AS held,
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
  WITH s, e, max(fit) AS fit
  WHERE NOT e IN own
  WITH e, collect(s.name_zh) AS segments, max(fit) AS best_fit, count(s) AS n_segments
  RETURN e, segments, best_fit, n_segments
}
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
CALL (e, own) {
  OPTIONAL MATCH (e)-[t:SUPPLIES]-(o:Enterprise)
  WHERE o IN own
  RETURN collect(DISTINCT o.name) AS tied_with
}
// where the enterprise is: its reference home, else the zones it is located in
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(ez:Zone)
  RETURN collect(DISTINCT ez.city) AS cities, collect(DISTINCT ez.province) AS provinces,
         collect(DISTINCT ez.name) AS home_zones
}
WITH z, e, segments, home_zones, tied_with, projects, recent_projects, investment, latest,
     CASE WHEN best_fit + 0.1 * (n_segments - 1) > 1.0 THEN 1.0 ELSE best_fit + 0.1 * (n_segments - 1) END AS fit,
     CASE WHEN recent_projects * 0.25 + log10(1 + investment / 1e8) / 3.0 > 1.0 THEN 1.0
          ELSE recent_projects * 0.25 + log10(1 + investment / 1e8) / 3.0 END AS expansion,
     CASE WHEN size(tied_with) >= 2 THEN 1.0 ELSE size(tied_with) * 0.5 END AS ties,
     CASE WHEN coalesce(e.leader, false) THEN 1.0 ELSE 0.0 END AS leader,
     CASE WHEN z.city IS NOT NULL AND (e.city = z.city OR z.city IN cities) THEN 1.0
          WHEN z.province IS NOT NULL AND (e.province = z.province OR z.province IN provinces) THEN 0.5
          ELSE 0.0 END AS distance
WITH e, segments, home_zones, tied_with, projects, investment, latest,
     fit, expansion, ties, leader, distance,
     $weights.fit * fit + $weights.expansion * expansion + $weights.ties * ties
       + $weights.leader * leader + $weights.distance * distance AS score
// the order of the result: the rounded score, then the name
ORDER BY round(score, 3) DESC, e.name
LIMIT $limit
CALL (e) {
  OPTIONAL MATCH (e)-[st:STATED_IN]->(a:Article)
  WITH st, a ORDER BY st.confidence DESC, a.date DESC
  WITH collect({sentence: st.sentence, article: coalesce(a.title, a.doc), source: a.source, date: a.date})[0..3] AS evidence
  RETURN evidence
}
RETURN e.name AS enterprise, round(score, 3) AS score, segments,
       round(fit, 3) AS fit, round(expansion, 3) AS expansion, round(ties, 3) AS ties,
       leader, distance, coalesce(e.province, head(home_zones)) AS location, home_zones,
       tied_with, projects, investment AS investment_cny, latest, evidence
ORDER BY score DESC, enterprise
