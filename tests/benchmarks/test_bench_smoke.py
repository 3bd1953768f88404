"""The benchmark at its smallest scale produces every figure (how fast is not checked here)."""

from __future__ import annotations

import dataclasses
import io
import json

from rich.console import Console

from benchmarks import bench


def test_small_scale_produces_figures(neo4j_db, tmp_path):
    scale = dataclasses.replace(bench.SCALES["small"], row_sample=1500, repeat=4, query_zones=3, map_nodes=(300,))
    res = bench.run(neo4j_db, scale, tmp_path, log=lambda *_: None, extract_mb=0.2)

    assert res.machine["cores"] >= 1 and res.machine["neo4j"].startswith("5.")
    assert res.corpus["enterprises"] >= 1000 and res.corpus["zones"] == 100
    comp, full = res.load["comparison"], res.load["full"]
    assert comp["same_graph"]  # the row-by-row loader writes the very same graph
    assert comp["row_by_row"]["rows"] == comp["batched"]["rows"] > 0
    assert comp["ratio"] > 0 and full["rows_per_s"] > 0 and full["rows"] == res.corpus["rows"]
    assert res.graph["nodes"] > res.corpus["enterprises"]
    assert [q["query"] for q in res.queries] == ["gaps", "targets", "coverage", "targets (one gap segment)"]
    assert all(q["median_ms"] > 0 and q["p95_ms"] >= q["median_ms"] and q["rows_per_run"] > 0 for q in res.queries)
    assert all(p["anchors_by_index"] and p["db_hits"] > 0 for p in res.plans)
    assert [m["nodes"] for m in res.maps][1:] == [300] and all(m["seconds"] > 0 for m in res.maps)
    assert {s["stage"] for s in res.memory} >= {"generate corpus", "load: batched, full corpus", "queries", "maps"}
    assert all(s["peak_rss_mib"] > 0 for s in res.memory)
    assert res.extraction.get("extract_mb_s", 0) > 0, res.extraction
    assert set(res.targets) >= {"load_rows_per_s >= 30000", "batched / row-by-row >= 30", "gaps p95 < 50 ms"}

    json.dumps(res.as_dict(), ensure_ascii=False)  # the JSON report can be written
    out = io.StringIO()
    bench.print_tables(res, Console(file=out, width=160))
    assert "Query latency" in out.getvalue() and "rows/s" in out.getvalue()
