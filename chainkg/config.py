"""Where chainkg keeps its state, and which Neo4j it talks to.

Environment:
- ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``: an existing Neo4j (server,
  cluster or Aura). With ``NEO4J_URI`` set nothing is provisioned.
- ``CHAINKG_HOME``: state of the project's own Neo4j (config, data, logs,
  password file). Default ``~/.local/share/chainkg``.
- ``CHAINKG_CACHE``: downloaded server jars. Default ``~/.cache/chainkg``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def _xdg(var: str, fallback: str) -> Path:
    base = os.environ.get(var)
    return Path(base) if base else Path.home() / fallback


@dataclass(frozen=True)
class Settings:
    home: Path  # the local server's home: conf/, data/, logs/, run/
    cache: Path  # jar cache shared by every home
    uri: str | None  # an external Neo4j; None means the project's own server
    user: str
    password: str | None  # from the environment; else the local password file
    database: str = "neo4j"

    @property
    def external(self) -> bool:
        return self.uri is not None

    @classmethod
    def from_env(cls, uri: str | None = None, home: Path | None = None) -> "Settings":
        env_home = os.environ.get("CHAINKG_HOME")
        return cls(
            home=Path(home or env_home or _xdg("XDG_DATA_HOME", ".local/share") / "chainkg"),
            cache=Path(os.environ.get("CHAINKG_CACHE") or _xdg("XDG_CACHE_HOME", ".cache") / "chainkg"),
            uri=uri or os.environ.get("NEO4J_URI") or None,
            user=os.environ.get("NEO4J_USER", "neo4j"),
            password=os.environ.get("NEO4J_PASSWORD") or None,
            database=os.environ.get("NEO4J_DATABASE", "neo4j"),
        )
