// Supply network around an enterprise or a zone: supply relations (SUPPLIES,
// supplier -> customer) up to $depth (1 or 2) steps from the enterprise, or
// from the zone's enterprises, with the sentences that state them.
// Parameters: $enterprise (canonical name or null), $zone (canonical name or null), $depth
CALL () {
  MATCH (e:Enterprise {name: $enterprise}) RETURN e AS start
  UNION
  MATCH (z:Zone {name: $zone})<-[:LOCATED_IN]-(e:Enterprise) RETURN e AS start
  UNION
  MATCH (z:Zone {name: $zone})<-[:LOCATED_IN]-(:Project)<-[:INVESTS_IN]-(e:Enterprise) RETURN e AS start
}
MATCH path = (start)-[:SUPPLIES*1..2]-(:Enterprise)
WHERE length(path) <= $depth
UNWIND relationships(path) AS r
WITH DISTINCT r
WITH startNode(r) AS sup, endNode(r) AS cust, r
OPTIONAL MATCH (sup)-[:LOCATED_IN]->(sz:Zone)
OPTIONAL MATCH (cust)-[:LOCATED_IN]->(cz:Zone)
RETURN sup.name AS supplier, cust.name AS customer,
       collect(DISTINCT sz.name) AS supplier_zones, collect(DISTINCT cz.name) AS customer_zones,
       r.sentences AS sentences, r.articles AS articles, r.confidence AS confidence
ORDER BY supplier, customer
