"""chainkg benchmarks: load rate, query latency, map time to interactive, memory, extraction.

    python benchmarks/bench.py --scale small|medium|large [--out FILE] [--home DIR]

Builds a synthetic corpus (``loaders.synthetic.generate_chains``: hydrogen,
NEV and semiconductor chains over the same zones, planted gaps, seed 7),
loads it into a Neo4j server of its own (``--home``, default
``.cache/bench-neo4j``; the database there is wiped), and measures:

- Neo4j load rate in rows/s with the project's batched ``UNWIND`` writer, and
  against one query per row on the same sample (same graph checked);
- gap, target and coverage latency (median, p95) over several zones, with
  ``PROFILE`` checks that the anchors are found by index seeks;
- time for chain-map pages to become interactive in headless Chromium, by
  node count;
- peak memory (RSS) of this process and of Neo4j in each stage;
- extraction throughput (``benchmarks/extract_bench.py``, with its jieba
  reference), unless ``--no-extract``.

Prints tables and writes the figures with the machine's description as JSON.
The server's memory comes from ``CHAINKG_NEO4J_HEAP`` / ``CHAINKG_NEO4J_PAGECACHE``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:  # run as a script or imported as benchmarks.bench
    sys.path.insert(0, str(HERE))

import load_bench  # noqa: E402
import machine  # noqa: E402
import map_bench  # noqa: E402
import query_bench  # noqa: E402

CHAINS = ("hydrogen", "nev", "semiconductor")
QUERY_CHAIN = "hydrogen"
TARGETS = {"load_rows_per_s": 30_000, "load_ratio": 30, "query_p95_ms": 50, "map_5000_s": 3.0,
           "extract_mb_s_core": 2.0}


@dataclass(frozen=True)
class Scale:
    name: str
    zones: int
    enterprises: int
    hold_share: float = 0.3
    row_sample: int = 12_000  # rows loaded both ways for the ratio
    repeat: int = 40  # timed runs per query
    query_zones: int = 10
    map_nodes: tuple[int, ...] = (500, 1000, 2000, 5000)
    batch_size: int = 50


SCALES = {
    "small": Scale("small", zones=100, enterprises=1_000, hold_share=0.2),
    "medium": Scale("medium", zones=300, enterprises=10_000),
    "large": Scale("large", zones=1_000, enterprises=100_000),
}


@dataclass
class Results:
    scale: dict
    machine: dict = field(default_factory=dict)
    corpus: dict = field(default_factory=dict)
    load: dict = field(default_factory=dict)
    queries: list = field(default_factory=list)
    plans: list = field(default_factory=list)
    maps: list = field(default_factory=list)
    memory: list = field(default_factory=list)
    extraction: dict = field(default_factory=dict)
    graph: dict = field(default_factory=dict)
    targets: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def extraction(mb: float = 2.0) -> dict:
    """Run the extraction helper's benchmark and read its figures (MB/s per core)."""
    script = HERE / "extract_bench.py"
    proc = subprocess.run([sys.executable, str(script), "--mb", str(mb)], capture_output=True, text=True,
                          cwd=ROOT, timeout=1800)
    out = {"command": f"python benchmarks/extract_bench.py --mb {mb}", "exit": proc.returncode}
    # Its lines: "<measure>: <wall> MB/s per core (wall), <cpu> (CPU)"; older versions print the wall figure only.
    patterns = {"read_mb_s": r"read only:\s*([\d.]+)", "extract_mb_s": r"read \+ extract:\s*([\d.]+)",
                "jieba_mb_s": r"jieba[^:]*:\s*([\d.]+)", "ratio_to_jieba": r"ratio[^:]*:\s*([\d.]+)",
                "read_mb_s_cpu": r"read only:[^\n]*?([\d.]+) \(CPU\)",
                "extract_mb_s_cpu": r"read \+ extract:[^\n]*?([\d.]+) \(CPU\)",
                "jieba_mb_s_cpu": r"jieba[^:\n]*:[^\n]*?([\d.]+) \(CPU\)",
                "corpus": r"corpus:\s*(.+)"}
    for key, pattern in patterns.items():
        m = re.search(pattern, proc.stdout)
        if m:
            out[key] = m.group(1) if key == "corpus" else float(m.group(1))
    if proc.returncode != 0:
        out["error"] = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return out


def run(driver, scale: Scale, workdir: Path, with_extract: bool = True, with_maps: bool = True,
        log=print, extract_mb: float = 2.0) -> Results:
    """Every measure at one scale on the database behind ``driver`` (which is wiped)."""
    from chainkg.graph import store
    from chainkg.loaders.synthetic import generate_chains
    from chainkg.ontology import load_ontology

    res = Results(scale=scale.__dict__ | {"map_nodes": list(scale.map_nodes)}, machine=machine.describe(driver))
    pid = machine.neo4j_pid(driver)
    onto = load_ontology()

    log(f"generating the {scale.name} corpus ...")
    tracemalloc.start()
    with machine.Stage("generate corpus", pid) as st:
        corpus = generate_chains([onto.chain(c) for c in CHAINS], zones=scale.zones,
                                 enterprises=scale.enterprises, hold_share=scale.hold_share)
        facts = corpus.facts
        rows = load_bench.count_rows(facts)
    _, py_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    res.memory.append(st.as_dict() | {"python_heap_peak_mib": round(py_peak / 2**20, 1)})
    res.corpus = {"chains": list(CHAINS), "zones": scale.zones, "articles": len(facts),
                  "enterprises": sum(len(f.enterprises) for f in facts),
                  "projects": sum(len(f.projects) for f in facts), "rows": rows}

    log(f"row-by-row against batched on a sample of ~{scale.row_sample} rows ...")
    with machine.Stage("load: row-by-row vs batched sample", pid) as st:
        res.load["comparison"] = load_bench.compare(driver, facts, scale.row_sample, scale.batch_size)
    res.memory.append(st.as_dict())

    # The server's JIT compiles the write paths over the first few loads (a fresh server's first
    # loads run at half speed or less): one untimed load of the whole corpus first, as a
    # long-running server would be, then the timed one.
    log(f"warm-up: an untimed batched load of {rows} rows ...")
    load_bench.wipe(driver)
    load_bench.load_batched(driver, facts, scale.batch_size)
    log(f"batched load of {rows} rows ...")
    load_bench.wipe(driver)
    with machine.Stage("load: batched, full corpus", pid) as st:
        res.load["full"] = load_bench.load_batched(driver, facts, scale.batch_size).as_dict()
    res.memory.append(st.as_dict())
    nodes, rels = store.counts(driver)
    res.graph = {"nodes": nodes, "relationships": rels}

    log("query latency and plans ...")
    zones = query_bench.pick_zones(driver, scale.query_zones)
    with machine.Stage("queries", pid) as st:
        for name in query_bench.QUERIES:
            res.queries.append(query_bench.latency(driver, name, zones, QUERY_CHAIN, repeat=scale.repeat))
            res.plans.append(query_bench.plan_check(driver, name, zones[0], QUERY_CHAIN))
        # what a team asks most: the targets for one gap segment (补链 by segment)
        gap_of = query_bench.gap_segments(driver, zones, QUERY_CHAIN)
        if gap_of:
            res.queries.append(query_bench.latency(driver, "targets", zones, QUERY_CHAIN, repeat=scale.repeat,
                                                   segments=gap_of))
    res.memory.append(st.as_dict())

    if with_maps:
        log("chain maps in headless Chromium ...")
        from chainkg.graph.maps import build, data

        with machine.Stage("maps", pid) as st:
            real = build.build_chain_page(data.chain_map_data(driver, zones[0], QUERY_CHAIN))
            pages = [(f"chain-map-{zones[0]}", real)]
            pages += [(f"chain-shaped-{n}", map_bench.synthetic_page(n)) for n in scale.map_nodes]
            res.maps = map_bench.time_pages(pages, workdir, repeat=3)
        res.memory.append(st.as_dict())

    if with_extract:
        log("extraction throughput ...")
        with machine.Stage("extraction (subprocess)", None) as st:
            res.extraction = extraction(extract_mb)
        res.memory.append(st.as_dict())

    res.targets = check_targets(res)
    res.machine["load_average_after"] = machine.describe()["load_average"]
    return res


def check_targets(res: Results) -> dict:
    out = {}
    full = res.load.get("full", {})
    comp = res.load.get("comparison", {})
    out["load_rows_per_s >= 30000"] = full.get("rows_per_s", 0) >= TARGETS["load_rows_per_s"]
    out["batched / row-by-row >= 30"] = (comp.get("ratio") or 0) >= TARGETS["load_ratio"]
    for q in res.queries:
        if q["query"] in ("gaps", "targets", "targets (one gap segment)"):
            out[f"{q['query']} p95 < 50 ms"] = q["p95_ms"] < TARGETS["query_p95_ms"]
    big = [m for m in res.maps if m["nodes"] >= 5000]
    if big:
        out["5000-node map < 3 s"] = all(m["seconds"] < TARGETS["map_5000_s"] for m in big)
    if "extract_mb_s" in res.extraction:
        out["extraction >= 2 MB/s/core"] = res.extraction["extract_mb_s"] >= TARGETS["extract_mb_s_core"]
    return out


def print_tables(res: Results, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()

    def table(title: str, columns: list[str], rows: list[list]) -> None:
        t = Table(title=title, title_justify="left")
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*[str(x) for x in r])
        console.print(t)

    m = res.machine
    console.print(f"machine: {m['cores']} cores, {m['memory_gib']} GiB, {m['cpu']}; Python {m['python']}; "
                  f"Neo4j {m.get('neo4j')} (heap {m['neo4j_heap']}, page cache {m['neo4j_pagecache']}); "
                  f"load average {m['load_average']}", highlight=False)
    c = res.corpus
    console.print(f"corpus ({res.scale['name']}): {c['zones']} zones, {c['enterprises']} enterprises, "
                  f"{c['projects']} projects, {c['articles']} articles, {c['rows']} rows; graph: "
                  f"{res.graph.get('nodes')} nodes, {res.graph.get('relationships')} relationships", highlight=False)
    comp, full = res.load["comparison"], res.load["full"]
    table("Neo4j load", ["load", "articles", "rows", "seconds", "rows/s"], [
        [f"{comp['row_by_row']['method']} (sample)", comp["row_by_row"]["articles"], comp["row_by_row"]["rows"],
         comp["row_by_row"]["seconds"], comp["row_by_row"]["rows_per_s"]],
        [f"{comp['batched']['method']} (same sample)", comp["batched"]["articles"], comp["batched"]["rows"],
         comp["batched"]["seconds"], comp["batched"]["rows_per_s"]],
        [f"{full['method']} (full corpus)", full["articles"], full["rows"], full["seconds"], full["rows_per_s"]],
    ])
    console.print(f"batched / row-by-row on the same sample: {comp['ratio']}x; same graph: {comp['same_graph']}",
                  highlight=False)
    table("Query latency (ms)", ["query", "runs", "zones", "median", "p95", "max", "rows/run"],
          [[q["query"], q["runs"], q["zones"], q["median_ms"], q["p95_ms"], q["max_ms"], q["rows_per_run"]]
           for q in res.queries])
    table("Plans (PROFILE)", ["query", "anchors by index", "no entity scans", "db hits", "index seeks"],
          [[p["query"], p["anchors_by_index"], p["no_entity_scans"], p["db_hits"], "; ".join(p["index_seeks"])]
           for p in res.plans])
    if res.maps:
        table("Map time to interactive (headless Chromium)", ["page", "nodes", "edges", "MiB", "seconds"],
              [[m["page"], m["nodes"], m["edges"], round(m["bytes"] / 2**20, 1), m["seconds"]] for m in res.maps])
    table("Peak memory by stage", ["stage", "seconds", "bench RSS MiB", "Neo4j RSS MiB"],
          [[s["stage"], s["seconds"], s["peak_rss_mib"], s["peak_neo4j_rss_mib"]] for s in res.memory])
    if res.extraction:
        e = res.extraction
        console.print(f"extraction: {e.get('extract_mb_s')} MB/s per core, wall ({e.get('extract_mb_s_cpu')} CPU); "
                      f"read only {e.get('read_mb_s')}; jieba reference {e.get('jieba_mb_s')} "
                      f"({e.get('jieba_mb_s_cpu')} CPU); {e.get('corpus', e.get('error', ''))}", highlight=False)
    table("Targets", ["target", "met"], [[k, v] for k, v in res.targets.items()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="chainkg benchmarks")
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--out", type=Path, help="JSON file (default .cache/bench/bench-SCALE.json)")
    parser.add_argument("--home", type=Path, default=ROOT / ".cache" / "bench-neo4j",
                        help="home of the Neo4j server used (its database is wiped)")
    parser.add_argument("--no-extract", action="store_true", help="skip the extraction benchmark")
    parser.add_argument("--no-maps", action="store_true", help="skip the Chromium timings")
    args = parser.parse_args(argv)

    from chainkg.config import Settings
    from chainkg.graph.connection import connect
    from chainkg.graph.server import ServerError

    base = Settings.from_env()
    settings = Settings(home=args.home, cache=base.cache, uri=None, user="neo4j", password=None)
    try:
        driver = connect(settings)  # starts the benchmark's own server if needed
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = args.out or ROOT / ".cache" / "bench" / f"bench-{args.scale}.json"
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="chainkg-bench-") as tmp:
            res = run(driver, SCALES[args.scale], Path(tmp), with_extract=not args.no_extract,
                      with_maps=not args.no_maps)
    finally:
        driver.close()
    data = res.as_dict() | {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                            "total_seconds": round(time.perf_counter() - started, 1)}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    print_tables(res)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
