"""Markdown tables from benchmark JSON files (for the README's Performance section).

    python benchmarks/report.py .cache/bench/bench-small.json .cache/bench/bench-medium.json ...
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _row(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _table(header: list[str], rows: list[list]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows)]


def markdown(results: list[dict]) -> str:
    out: list[str] = []
    m = results[0]["machine"]
    out.append(f"Machine: {m['cores']} cores ({m['cpu']}), {m['memory_gib']} GiB, {m['os']}; Python {m['python']}, "
               f"driver {m['neo4j_driver']}; Neo4j {m.get('neo4j')} with heap {m['neo4j_heap']} and page cache "
               f"{m['neo4j_pagecache']}. Load average during the runs: "
               + ", ".join(f"{r['scale']['name']} {r['machine']['load_average'][0]}" for r in results) + ".")
    out.append("")
    out += _table(
        ["scale", "zones", "enterprises", "projects", "rows", "nodes", "relationships", "batched rows/s (full)",
         "row-by-row rows/s", "batched rows/s (same sample)", "ratio"],
        [[r["scale"]["name"], r["corpus"]["zones"], f"{r['corpus']['enterprises']:,}", f"{r['corpus']['projects']:,}",
          f"{r['corpus']['rows']:,}", f"{r['graph']['nodes']:,}", f"{r['graph']['relationships']:,}",
          f"{r['load']['full']['rows_per_s']:,.0f}", f"{r['load']['comparison']['row_by_row']['rows_per_s']:,.0f}",
          f"{r['load']['comparison']['batched']['rows_per_s']:,.0f}", f"{r['load']['comparison']['ratio']}x"]
         for r in results])
    out.append("")
    names = [q["query"] for q in results[0]["queries"]]
    out += _table(["query (ms)"] + [f"{r['scale']['name']} median / p95" for r in results],
                  [[n] + [next((f"{q['median_ms']} / {q['p95_ms']}" for q in r["queries"] if q["query"] == n), "")
                          for r in results] for n in names])
    out.append("")
    def plans(name: str) -> list[dict]:
        return [x for r in results for x in r["plans"] if x["query"] == name]

    out += _table(["plan (PROFILE)"] + [f"{r['scale']['name']} db hits" for r in results]
                  + ["anchors by index seek", "entity label scans"],
                  [[p["query"]] + [x["db_hits"] for x in plans(p["query"])]
                   + ["yes" if all(x["anchors_by_index"] for x in plans(p["query"])) else "no",
                      "none" if all(x["no_entity_scans"] for x in plans(p["query"])) else "some"]
                   for p in results[0]["plans"]])
    out.append("")
    last = results[-1]
    if last.get("maps"):
        out += _table(["map page", "nodes", "edges", "size (MiB)", "interactive (s)"],
                      [[mp["page"], mp["nodes"], mp["edges"], round(mp["bytes"] / 2**20, 1), mp["seconds"]]
                       for mp in last["maps"]])
        out.append("")
    out += _table(["stage"] + [f"{r['scale']['name']}: s / bench MiB / Neo4j MiB" for r in results],
                  [[s["stage"]] + [next((f"{x['seconds']} / {x['peak_rss_mib']} / {x['peak_neo4j_rss_mib']}"
                                         for x in r["memory"] if x["stage"] == s["stage"]), "") for r in results]
                   for s in results[0]["memory"]])
    out.append("")
    e = last.get("extraction") or {}
    if e:
        out.append(f"Extraction ({e.get('corpus', '')}): read + extract {e.get('extract_mb_s')} MB/s per core "
                   f"({e.get('extract_mb_s_cpu', '?')} by CPU time), "
                   f"read only {e.get('read_mb_s')} MB/s, jieba default mode {e.get('jieba_mb_s')} MB/s "
                   f"(ratio {e.get('ratio_to_jieba')}).")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    results = [json.loads(Path(p).read_text(encoding="utf-8")) for p in argv]
    if not results:
        print(__doc__, file=sys.stderr)
        return 1
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
