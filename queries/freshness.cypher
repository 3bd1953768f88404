// Freshness: the date of the latest fact per zone and segment (and for the
// zone as a whole, segment null), so a stale picture shows as stale.
// Parameters: $zone (canonical name or null for all), $chain (chain id or null), $stale_before (ISO date)
MATCH (z:Zone) WHERE $zone IS NULL OR z.name = $zone
CALL (z) {
  MATCH (z)-[:STATED_IN]->(a:Article)
  RETURN null AS segment, null AS name_zh, max(a.date) AS latest, count(DISTINCT a) AS articles
  UNION
  MATCH (n)-[:LOCATED_IN]->(z)
  WHERE n:Enterprise OR n:Project
  MATCH (n)-[:IN_SEGMENT]->(s:Segment)-[:PART_OF]->(c:Chain) WHERE $chain IS NULL OR c.id = $chain
  MATCH (n)-[:STATED_IN]->(a:Article)
  RETURN s.id AS segment, s.name_zh AS name_zh, max(a.date) AS latest, count(DISTINCT a) AS articles
}
RETURN z.name AS zone, segment, name_zh, latest, articles,
       latest IS NULL OR latest < $stale_before AS stale
ORDER BY zone, segment
