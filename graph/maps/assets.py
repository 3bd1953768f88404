"""The vis-network JavaScript and CSS that pyvis ships, read for inlining.

Pages carry the library in the file itself so they open offline (a 招商
office laptop, an intranet, an e-mail attachment).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

VIS_VERSION = "9.1.2"

# Hosts that serve front-end libraries; none may be referenced by a page.
URL = re.compile(r"(?:https?:)?//([^\s\"'<>)/\\]+)[^\s\"'<>)]*", re.IGNORECASE)
CDN_HOST = re.compile(r"cdn|unpkg\.com|googleapis\.com|gstatic\.com|jquery\.com|cloudflare|jsdelivr", re.IGNORECASE)
# Anything the browser would fetch: src/href attributes, CSS url() and @import to a remote address.
REMOTE_LOADS = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//)""",
    re.IGNORECASE)


class OfflineError(RuntimeError):
    """A page would fetch something from the network."""


@lru_cache(maxsize=1)
def vis_dir() -> Path:
    import pyvis

    base = Path(pyvis.__file__).parent
    for candidate in (base / "lib" / f"vis-{VIS_VERSION}", base / "templates" / "lib" / f"vis-{VIS_VERSION}"):
        if (candidate / "vis-network.min.js").is_file() and (candidate / "vis-network.css").is_file():
            return candidate
    raise FileNotFoundError(f"vis-network {VIS_VERSION} not found inside the pyvis package at {base}")


@lru_cache(maxsize=1)
def vis_js() -> str:
    # "</script" inside the library would end the inline <script> early.
    return (vis_dir() / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def vis_css() -> str:
    return (vis_dir() / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style")


def offline_problems(html: str) -> list[str]:
    """Addresses in the page that would be fetched, or that name a CDN."""
    found = []
    for m in REMOTE_LOADS.finditer(html):
        url = URL.match(html, m.end() - 2)  # the match ends with the "//" of the address
        found.append(url.group(0) if url else m.group(0))
    found += [m.group(0) for m in URL.finditer(html) if m.group(0).lower().startswith("http") and CDN_HOST.search(m.group(1))]
    return found


def check_offline(html: str, where: str = "page") -> None:
    problems = offline_problems(html)
    if problems:
        raise OfflineError(f"{where}: would load from the network: {', '.join(sorted(set(problems))[:5])}")
