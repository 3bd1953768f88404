"""From bytes to facts: read, decode, clean, normalise, extract, resolve.

Pure functions; nothing here knows Neo4j, RDF or HTML output.
"""
