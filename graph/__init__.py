"""Stores and renderings: Neo4j (server, schema, writer), RDF, networkx, maps."""
