// Project pipeline of a zone: its projects by latest stage, in lifecycle
// order (策划 … 在谈, 签约, 开工, 在建, 竣工, 投产), with counts and
// investment totals; projects with no known stage come last.
// Parameters: $zone, $min_confidence
MATCH (z:Zone {name: $zone})<-[l:LOCATED_IN]-(p:Project)
WHERE l.confidence >= $min_confidence
OPTIONAL MATCH (st:Stage {id: p.stage})
WITH st, p ORDER BY p.investment_cny DESC
RETURN coalesce(st.id, 'unknown') AS stage, st.name_zh AS name_zh, coalesce(st.order, 99) AS order,
       count(p) AS projects, sum(coalesce(p.investment_cny, 0.0)) AS investment_cny,
       collect(p.name) AS names
ORDER BY order
