"""One way to reach Neo4j: the project's own server or an external one."""

from __future__ import annotations

from neo4j import Driver, GraphDatabase

from chainkg.config import Settings

from .server import LocalServer, ServerError, ServerStatus


def describe(uri: str, user: str, password: str, database: str = "neo4j") -> dict:
    """Version and counts of a running server."""
    with GraphDatabase.driver(uri, auth=(user, password)) as drv:
        comp = drv.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition AS e",
            database_="system",
        ).records[0]
        nodes = drv.execute_query("MATCH (n) RETURN count(n) AS c", database_=database).records[0]["c"]
        rels = drv.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=database).records[0]["c"]
    return {"version": f"{comp['v']} {comp['e']}", "nodes": nodes, "relationships": rels}


# Server notifications (deprecations, "property does not exist yet" on an
# empty graph) are for query authors, not for users of the command line.
DRIVER_OPTIONS = {"notifications_min_severity": "OFF"}


def connect(settings: Settings | None = None, start: bool = True) -> Driver:
    """A driver for the configured Neo4j; starts the local server if needed."""
    settings = settings or Settings.from_env()
    if settings.external:
        if not settings.password:
            raise ServerError("NEO4J_URI is set but NEO4J_PASSWORD is not")
        drv = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password), **DRIVER_OPTIONS)
    else:
        server = LocalServer(settings)
        if start:
            server.start()
        elif not server.pid():
            raise ServerError("the local Neo4j is not running; run 'chainkg db start'")
        drv = GraphDatabase.driver(server.uri, auth=(settings.user, server.password()), **DRIVER_OPTIONS)
    drv.verify_connectivity()
    return drv


def status(settings: Settings | None = None) -> ServerStatus:
    settings = settings or Settings.from_env()
    if settings.external:
        try:
            info = describe(settings.uri, settings.user, settings.password or "", settings.database)
        except Exception as exc:  # report, don't crash: status is a diagnostic
            return ServerStatus(running=False, uri=settings.uri, external=True, version=f"unreachable ({exc})")
        return ServerStatus(running=True, uri=settings.uri, external=True, **info)
    return LocalServer(settings).status()
