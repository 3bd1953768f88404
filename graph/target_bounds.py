"""Per-enterprise bounds that let the targets query (精准招商) rank exactly without scoring everyone.

The targets query scores every enterprise in a zone's gap segments; at 100k
enterprises that is ~24,000 candidates. These properties on each Enterprise,
kept up to date at load time for the enterprises a batch touches, bound the
parts of its score that do not depend on the zone and say where it can be:

- ``target_rank``: an upper bound of the expansion part (0.25 per project, as
  if all were recent, plus the investment term; at most 1), plus 2 for a chain
  leader 链主, so an index on it lists leaders first, then everyone by bound;
- ``target_base``: the expansion part with no recent project (investment term
  only), and ``target_latest``: the latest date its projects were seen (the
  bound for a given ``$since`` is ``target_base`` when that date is earlier);
- ``target_city``: the one city the enterprise is in (its own, or its zones'),
  ``*`` when several, absent when none; only these can be in the zone's city;
- ``target_segment``: the one segment it is in (stated or through a project,
  at any confidence), ``*`` when several, absent when none.

Indexes on (segment, rank) and (city, segment, rank), declared in the
ontology, list an enterprise of a gap segment, anywhere or in the zone's
city, best bound first.

The query scores a few likely enterprises, takes the k-th best score as a
threshold and then reads (by index) only the enterprises whose bound reaches
it (see queries/targets.cypher). The values are bounds and hints only: every
part of a returned score is still computed from the graph by the query.

What changes a bound: the enterprise's projects, their investment and
articles (new or removed articles), its 链主 flag and home region, and the city
of a zone it is located in. Zones remember the city their enterprises were
summarised with (``target_city``), so a zone whose city changes refreshes its
enterprises; nothing scans all enterprises.
"""

from __future__ import annotations

from neo4j import Driver, ManagedTransaction

from .params import Rows
from .pinned import PINNED

# The leader offset keeps leaders (rank 2..3) apart from others (0..1).
LEADER_OFFSET = 2.0
SEVERAL = "*"

# Before an article is removed: the enterprises it states (those whose
# projects, zones or investment may change with it).
STATED_ENTERPRISES = """
UNWIND $keys AS key
MATCH (:Article {key: key})<-[:STATED_IN]-(e:Enterprise)
RETURN collect(DISTINCT e.name) AS names
"""


# One row per touched key: {"enterprise": name}, {"project": key} or {"zone": name}
# (a MATCH on a null key matches nothing). Recomputes from the graph as it is
# at the end of the batch, so the order of the rows does not matter.
SUMMARY = PINNED + f"""
UNWIND $rows AS row
CALL (row) {{
  MATCH (e:Enterprise {{name: row.enterprise}})
  RETURN e
  UNION
  MATCH (:Project {{key: row.project}})<-[:INVESTS_IN]-(e:Enterprise)
  RETURN e
  UNION
  MATCH (z:Zone {{name: row.zone}}) WHERE coalesce(z.city, '') <> coalesce(z.target_city, '')
  MATCH (z)<-[:LOCATED_IN]-(e:Enterprise)
  RETURN e
}}
WITH DISTINCT e
CALL (e) {{
  OPTIONAL MATCH (e)-[:INVESTS_IN]->(p:Project)
  OPTIONAL MATCH (p)-[:STATED_IN]->(a:Article)
  WITH p, max(a.date) AS seen
  // a fixed order, so the float sum does not depend on the order of writes
  ORDER BY p.key
  RETURN count(p) AS projects, sum(coalesce(p.investment_cny, 0.0)) AS investment, max(seen) AS latest
}}
CALL (e) {{
  CALL (e) {{
    MATCH (e)-[:IN_SEGMENT]->(s:Segment)
    RETURN s
    UNION
    MATCH (e)-[:INVESTS_IN]->(:Project)-[:IN_SEGMENT]->(s:Segment)
    RETURN s
  }}
  RETURN collect(s.id) AS segments
}}
CALL (e) {{
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(z:Zone)
  WITH e, collect(DISTINCT z.city) AS cities
  WITH CASE WHEN e.city IS NULL OR e.city IN cities THEN cities ELSE cities + e.city END AS cities
  RETURN CASE size(cities) WHEN 0 THEN null WHEN 1 THEN cities[0] ELSE '{SEVERAL}' END AS city
}}
WITH e, projects, latest, city, segments, log10(1 + investment / 1e8) / 3.0 AS base
// a value that is not a number in [0, 1) counts as the maximum, 1
WITH e, latest, city, segments,
     CASE WHEN base >= 0.0 AND base < 1.0 THEN base ELSE 1.0 END AS base,
     CASE WHEN projects * 0.25 + base >= 0.0 AND projects * 0.25 + base < 1.0 THEN projects * 0.25 + base
          ELSE 1.0 END AS bound
SET e.target_rank = bound + CASE WHEN coalesce(e.leader, false) THEN {LEADER_OFFSET} ELSE 0.0 END,
    e.target_base = base, e.target_latest = latest, e.target_city = city,
    e.target_segment = CASE size(segments) WHEN 0 THEN null WHEN 1 THEN segments[0] ELSE '{SEVERAL}' END
"""

# After SUMMARY: the zones remember the city their enterprises now have.
ZONE_CITIES = PINNED + """
UNWIND $rows AS row
MATCH (z:Zone {name: row.zone}) WHERE coalesce(z.city, '') <> coalesce(z.target_city, '')
SET z.target_city = z.city
"""


def statements(enterprises=(), projects=(), zones=()) -> list[tuple[str, list[dict]]]:
    """(statement, rows) that refresh the bounds of these enterprises, of the
    investors in these projects and of the enterprises of these zones if a
    zone's city changed; run them last in the batch's transaction."""
    rows = ([{"enterprise": n} for n in sorted(set(enterprises))] + [{"project": k} for k in sorted(set(projects))]
            + [{"zone": z} for z in sorted(set(zones))])
    out = [(SUMMARY, rows)] if rows else []
    if zones:
        out.append((ZONE_CITIES, [{"zone": z} for z in sorted(set(zones))]))
    return out


def stated_enterprises(tx: ManagedTransaction, article_keys: list[str]) -> list[str]:
    """Enterprises stated in these articles (call before removing them)."""
    if not article_keys:
        return []
    return tx.run(STATED_ENTERPRISES, keys=list(article_keys)).single()["names"]


def refresh(tx: ManagedTransaction, enterprises=(), projects=(), zones=()) -> None:
    """Run :func:`statements` in ``tx``."""
    for statement, rows in statements(enterprises, projects, zones):
        tx.run(statement, rows=Rows(rows)).consume()


def refresh_all(driver: Driver, database: str | None = None, batch: int = 5000) -> int:
    """Compute the bounds of every enterprise from scratch (the reference the
    incremental refresh is tested against). Returns the number of enterprises."""
    return _refresh_where(driver, "", database, batch)


def backfill(driver: Driver, database: str | None = None, batch: int = 5000) -> int:
    """Bounds for the enterprises that have none: a graph loaded before the
    bounds existed is brought up to date by its next load. One pass over the
    enterprises' property when nothing is missing. Returns how many were set."""
    return _refresh_where(driver, "WHERE e.target_rank IS NULL", database, batch)


def _refresh_where(driver: Driver, where: str, database: str | None, batch: int) -> int:
    names = [r["n"] for r in driver.execute_query(f"MATCH (e:Enterprise) {where} RETURN e.name AS n",
                                                  database_=database).records]
    if not names:
        return 0
    zones = [r["n"] for r in driver.execute_query("MATCH (z:Zone) RETURN z.name AS n", database_=database).records]
    with driver.session(database=database) as session:
        for i in range(0, len(names), batch):
            session.execute_write(refresh, enterprises=names[i:i + batch])
        session.execute_write(lambda tx: tx.run(ZONE_CITIES, rows=[{"zone": z} for z in zones]).consume())
    return len(names)
