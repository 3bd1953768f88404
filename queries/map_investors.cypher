// Chain map: who invests in the listed projects, as links with their sources.
// Parameters: $keys (project keys)
UNWIND $keys AS k
MATCH (e:Enterprise)-[r:INVESTS_IN]->(p:Project {key: k})
RETURN 'Enterprise' AS sl, e.name AS sk, 'INVESTS_IN' AS type, properties(r) AS props, 'Project' AS tl, p.key AS tk
