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
//
// Performance: the ranking is exact, but not every candidate is scored.
// Each Enterprise keeps, from load time (graph/target_bounds.py), an upper
// bound of its expansion part (target_rank, with +2 for a leader; target_base
// and target_latest for a given $since), its one city and its one segment
// (or '*'). The query
//   1. scores a probe: per gap segment the enterprises of the zone's city with
//      recent projects and the best bounds, the best bounds of the segment
//      anywhere (only when that gives too few), and the neighbours of the zone's own by SUPPLIES
//      (the only enterprises whose ties part is not 0);
//   2. takes the $limit-th best rounded probe score, less half a rounding unit
//      and a margin, as the cut: an enterprise whose bound (fit and distance
//      at their maximum, its expansion bound and leader flag, no ties) is
//      below it cannot enter the top $limit;
//   3. reads by index only the enterprises of the gap segments whose bound
//      reaches the cut (in the zone's city, where distance may be 1, and
//      anywhere, where it is at most 0.5) and scores those that are candidates.
// When the gap segments have few candidates (an IN_SEGMENT degree of at most
// 500 in all), the probe has fewer than $limit, the expansion weight is not
// positive or the cut excludes nothing, every candidate of the gap segments
// is scored instead (as before). The zone's own enterprises are
// found once, from the zone; evidence is read for the ranked top $limit only.
// A target's segments are listed in chain order. A graph loaded before the
// bounds existed needs chainkg.graph.target_bounds.refresh_all once.
// tests/queries/targets_reference.cypher is the unpruned query the tests
// compare this one with.
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
// the zone's gap (and weak) segments of the chain; the zone's members and
// projects are read once for all segments, then split by segment
CALL (z, firm_members) {
  MATCH (s:Segment)-[:PART_OF]->(:Chain {id: $chain})
  WHERE $segment IS NULL OR s.id = $segment
  WITH z, firm_members, collect(s) AS segments
  CALL (firm_members, segments) {
    UNWIND firm_members AS e
    MATCH (e)-[es:IN_SEGMENT]->(s) WHERE s IN segments AND es.confidence >= $min_confidence
    RETURN collect(DISTINCT [s, e]) AS stated
  }
  CALL (z, segments) {
    MATCH (z)<-[:LOCATED_IN]-(p:Project)-[ps:IN_SEGMENT]->(s)
    WHERE s IN segments AND ps.confidence >= $min_confidence
    RETURN collect(DISTINCT [s, p]) AS placed
  }
  UNWIND segments AS s
  WITH s, size([x IN stated WHERE x[0] = s]) AS direct, [x IN placed WHERE x[0] = s | x[1]] AS held_projects
  CALL (held_projects) {
    UNWIND held_projects AS p
    MATCH (p)<-[:INVESTS_IN]-(i:Enterprise)
    RETURN count(DISTINCT i) AS investors
  }
  WITH s, direct + investors AS held,
       reduce(t = 0.0, p IN held_projects | t + coalesce(p.investment_cny, 0.0)) AS held_investment,
       size(held_projects) AS held_project_count
  WHERE held + held_project_count = 0 OR held < $min_enterprises OR held_investment < $min_investment
  RETURN collect(s) AS gaps, collect(s.id) AS gap_ids
}
// few candidates (at most the IN_SEGMENT degree of the gap segments): score
// them all, without a probe
CALL (gaps) {
  UNWIND gaps AS s
  RETURN sum(COUNT { (s)<-[:IN_SEGMENT]-() }) <= 500 AS few
}
// the only enterprises with ties: the neighbours of the zone's own by SUPPLIES
CALL (own, few) {
  UNWIND CASE WHEN few THEN [] ELSE own END AS o
  MATCH (o)-[:SUPPLIES]-(t:Enterprise)
  WHERE NOT t IN own
  RETURN collect(DISTINCT t) AS tied
}
// probe, near: per gap segment (and '*', several segments), enterprises of
// the zone's city with recent projects, best bounds first (index order)
CALL (z, own, gaps, gap_ids, few) {
  UNWIND gap_ids + ['*'] AS segment
  CALL (z, own, gaps, gap_ids, segment, few) {
    MATCH (e:Enterprise) USING INDEX e:Enterprise(target_city, target_segment, target_rank)
    WHERE e.target_city = z.city AND e.target_segment = segment
      AND e.target_rank >= CASE WHEN few THEN 99.0 ELSE 0.0 END
    WITH e ORDER BY e.target_city, e.target_segment, e.target_rank DESC LIMIT 2000
    WITH e WHERE e.target_latest >= $since
    WITH e WHERE NOT e IN own AND (EXISTS { MATCH (e)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence }
         OR EXISTS { MATCH (e)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s)
                     WHERE s IN gaps AND r.confidence >= $min_confidence })
    WITH e LIMIT $limit
    WITH collect(e) AS best
    RETURN best[..1 + 2 * $limit / (1 + size(gap_ids))] AS best
  }
  UNWIND best AS e
  RETURN collect(e) AS near
}
// probe, anywhere: per gap segment, best bounds first, only when the above
// found too few
CALL (own, gaps, gap_ids, near, few) {
  UNWIND gap_ids + ['*'] AS segment
  CALL (own, gaps, segment, near, few) {
    MATCH (e:Enterprise) USING INDEX e:Enterprise(target_segment, target_rank)
    WHERE e.target_segment = segment
      AND e.target_rank >= CASE WHEN size(near) < $limit AND NOT few THEN 0.0 ELSE 99.0 END
    WITH e ORDER BY e.target_segment, e.target_rank DESC LIMIT 2000
    WITH e WHERE NOT e IN own AND (EXISTS { MATCH (e)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence }
         OR EXISTS { MATCH (e)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s)
                     WHERE s IN gaps AND r.confidence >= $min_confidence })
    WITH e LIMIT $limit
    RETURN collect(e) AS best
  }
  UNWIND best AS e
  RETURN collect(e)[..$limit] AS far
}
// the probe scored exactly
CALL (z, own, gaps, near, far, tied) {
  UNWIND near + far + tied AS e
  WITH DISTINCT z, own, gaps, e
  CALL (e, gaps) {
    MATCH (e)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence
    RETURN s, 1.0 AS fit
    UNION
    MATCH (e)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence
    RETURN s, 0.7 AS fit
  }
  WITH z, own, e, s, max(fit) AS fit ORDER BY s.order
  WITH z, own, e, collect(s.name_zh) AS segments, max(fit) AS best_fit, count(s) AS n_segments
  WHERE n_segments > 0
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
  RETURN collect({e: e, segments: segments, home_zones: home_zones, tied_with: tied_with, projects: projects,
                  investment: investment, latest: latest, fit: fit, expansion: expansion, ties: ties,
                  leader: leader, distance: distance, score: score}) AS scored
}
// the cut: the $limit-th best rounded score of the probe, less half a unit of
// the rounding and a margin for floating point
CALL (scored) {
  UNWIND scored AS t
  WITH round(t.score, 3) AS rounded ORDER BY rounded DESC LIMIT $limit
  RETURN count(*) AS found, min(rounded) - 0.0006 AS cut
}
// the bound without ties: fit at most 1 (0.7 with a negative weight),
// distance at most 1 in the zone's city and 0.5 elsewhere, plus per enterprise
// w.expansion * its expansion bound + w.leader * its leader flag
WITH z, own, gaps, gap_ids, scored, cut, found,
     CASE WHEN $weights.fit >= 0 THEN $weights.fit ELSE 0.7 * $weights.fit END
       + CASE WHEN $weights.distance >= 0 THEN $weights.distance ELSE 0.0 END AS near_max,
     CASE WHEN $weights.fit >= 0 THEN $weights.fit ELSE 0.7 * $weights.fit END
       + CASE WHEN $weights.distance >= 0 THEN 0.5 * $weights.distance ELSE 0.0 END AS far_max,
     coalesce(found >= $limit AND $weights.expansion > 0, false) AS usable,
     CASE WHEN $weights.expansion > 0 THEN $weights.expansion ELSE 1.0 END AS w_expansion
// as target_rank ranges: the lowest rank that can reach the cut (plain
// enterprises rank 0..1, leaders 2..3)
WITH z, own, gaps, gap_ids, scored, cut, near_max, far_max, usable,
     (cut - near_max) / w_expansion AS near_plain, (cut - near_max - $weights.leader) / w_expansion AS near_leader,
     (cut - far_max) / w_expansion AS far_plain, (cut - far_max - $weights.leader) / w_expansion AS far_leader
WITH z, own, gaps, gap_ids, scored, cut, near_max, far_max, usable,
     CASE WHEN near_plain <= 1.0 AND near_plain < 2.0 + near_leader THEN near_plain ELSE 2.0 + near_leader END AS near_low,
     CASE WHEN far_plain <= 1.0 AND far_plain < 2.0 + far_leader THEN far_plain ELSE 2.0 + far_leader END AS far_low
WITH z, own, gaps, gap_ids, scored, cut, near_max, far_max, near_low, far_low,
     usable AND coalesce(far_low > 0.0, false) AS bounded
// the enterprises outside the probe whose bound reaches the cut
CALL (z, own, gaps, gap_ids, scored, cut, near_max, far_max, near_low, far_low, bounded) {
  CALL (z, gap_ids, near_max, far_max, near_low, far_low, bounded) {
    MATCH (e:Enterprise) USING INDEX e:Enterprise(target_city, target_segment, target_rank)
    WHERE e.target_city IN [c IN [z.city, '*'] WHERE c IS NOT NULL] AND e.target_segment IN gap_ids + ['*']
      AND e.target_rank >= CASE WHEN bounded THEN near_low ELSE 99.0 END
    RETURN e, near_max AS base
    UNION
    MATCH (e:Enterprise) USING INDEX e:Enterprise(target_segment, target_rank)
    WHERE e.target_segment IN gap_ids + ['*'] AND e.target_rank >= CASE WHEN bounded THEN far_low ELSE 99.0 END
    RETURN e, far_max AS base
  }
  WITH e, base + $weights.expansion
         * CASE WHEN e.target_latest >= $since THEN e.target_rank % 2.0 ELSE e.target_base END
         + CASE WHEN e.target_rank >= 2.0 THEN $weights.leader ELSE 0.0 END AS bound
  WITH e WHERE bound >= cut
  WITH DISTINCT e
  WITH e WHERE NOT e IN [t IN scored | t.e] AND NOT e IN own AND (EXISTS { MATCH (e)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence }
         OR EXISTS { MATCH (e)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s)
                     WHERE s IN gaps AND r.confidence >= $min_confidence })
  RETURN collect(e) AS more
}
CALL (z, own, gaps, scored, more, bounded) {
  // the probe, already scored
  UNWIND CASE WHEN bounded THEN scored ELSE [] END AS t
  RETURN t.e AS e, t.segments AS segments, t.home_zones AS home_zones, t.tied_with AS tied_with,
         t.projects AS projects, t.investment AS investment, t.latest AS latest, t.fit AS fit,
         t.expansion AS expansion, t.ties AS ties, t.leader AS leader, t.distance AS distance, t.score AS score
  UNION
  // the others: those above the cut, or every candidate of the gap segments
  CALL (z, own, gaps, more, bounded) {
    UNWIND CASE WHEN bounded THEN more ELSE [] END AS e
    CALL (e, gaps) {
      MATCH (e)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence
      RETURN s, 1.0 AS fit
      UNION
      MATCH (e)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s) WHERE s IN gaps AND r.confidence >= $min_confidence
      RETURN s, 0.7 AS fit
    }
    WITH e, s, max(fit) AS fit
    RETURN e, s, fit
    UNION
    UNWIND CASE WHEN bounded THEN [] ELSE gaps END AS s
    CALL (s) {
      MATCH (e:Enterprise)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
      RETURN e, 1.0 AS fit
      UNION
      MATCH (e:Enterprise)-[:INVESTS_IN]->(:Project)-[r:IN_SEGMENT]->(s) WHERE r.confidence >= $min_confidence
      RETURN e, 0.7 AS fit
    }
    WITH s, e, max(fit) AS fit
    WHERE NOT e IN own
    RETURN e, s, fit
  }
  WITH z, own, e, s, fit ORDER BY s.order
  WITH z, own, e, collect(s.name_zh) AS segments, max(fit) AS best_fit, count(s) AS n_segments
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
  RETURN e, segments, home_zones, tied_with, projects, investment, latest, fit, expansion, ties, leader, distance, score
}
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
