"""A corpus with every kind of bad file: each bad one named in the error report, every good one loaded, exit 2."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from .conftest import run_load

# Our own sentences: one made-up enterprise per good file, so each file's load can be checked.
SENTENCE = "{zone}的{company}宣布投资{amount}亿元建设燃料电池电堆项目，项目已于2024年3月开工。"


def good_text(company: str, zone: str = "苏州工业园区", amount: int = 10) -> str:
    return SENTENCE.format(zone=zone, company=company, amount=amount) + "\n"


def build(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Write the corpus; returns (good file -> enterprise it names, bad file -> expected reason fragment)."""
    good, bad = {}, {}

    def put(name: str, data: bytes | str) -> Path:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    put("plain.txt", good_text("澄湖氢能科技有限公司"))
    good["plain.txt"] = "澄湖氢能科技有限公司"
    put("gbk.txt", good_text("金梁氢能科技有限公司").encode("gbk"))
    good["gbk.txt"] = "金梁氢能科技有限公司"
    put("big5.txt", "蘇州工業園區的玉衡氫能科技有限公司宣布投資10億元建設燃料電池電堆項目。\n".encode("big5"))
    good["big5.txt"] = "玉衡氢能科技有限公司"  # stored in Simplified Chinese
    whole = good_text("汀洲氢能科技有限公司").encode("utf-8") * 2
    put("scripts.html", "<html><head><title>氢能新闻</title><script>var s='伪造脚本公司投资100亿元';</script>"
        "<style>p{color:red}</style></head><body><article><p>" + good_text("岚峰氢能科技有限公司")
        + "</p></article><script>document.write('伪造脚本公司')</script></body></html>")
    good["scripts.html"] = "岚峰氢能科技有限公司"
    lines = [json.dumps({"text": good_text("云栖氢能科技有限公司"), "title": "一"}, ensure_ascii=False),
             "{this is not json", json.dumps({"title": "没有正文"}, ensure_ascii=False), ""]
    put("mixed.jsonl", "\n".join(lines))
    good["mixed.jsonl"] = "云栖氢能科技有限公司"

    put("empty.txt", b"")
    bad["empty.txt"] = "empty"
    put("binary.txt", random.Random(5).randbytes(8192) + b"\x00" * 512)
    bad["binary.txt"] = "binary"
    put("huge.txt", whole * (20 * 2**20 // len(whole) + 1))  # about 20 MB
    bad["huge.txt"] = "MB"
    put("nested.html", "<html><body>" + "<div>" * 50_000 + good_text("深埋氢能科技有限公司") + "</div>" * 50_000
        + "</body></html>")
    bad["nested.html"] = "nested"
    put("truncated_utf8.txt", whole[:-2])  # cut inside the last character
    bad["truncated_utf8.txt"] = "truncated"
    put("notes.docx", b"PK\x03\x04" + os.urandom(64))
    bad["notes.docx"] = "unsupported"
    bad["mixed.jsonl:2"] = "JSON"
    bad["mixed.jsonl:3"] = "text"
    return good, bad


def test_bad_files_named_good_files_loaded_exit_2(neo4j_settings, neo4j_db, tmp_path):
    good, bad = build(tmp_path)
    proc = run_load(neo4j_settings, *sorted(tmp_path.iterdir()))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "Traceback" not in out
    errors = [" ".join(line.split()) for line in " ".join(out.split("\n")).split("error:")[1:]]
    for name, reason in bad.items():
        hits = [e for e in errors if f"{tmp_path}/{name}:" in e or f"{tmp_path}/{name} " in e]
        assert hits, f"{name} not reported:\n{out}"
        assert reason.lower() in hits[0].lower(), hits[0]
    assert len(errors) == len(bad), out  # and so no good file is reported

    docs = {r["doc"]: r["key"] for r in neo4j_db.execute_query("MATCH (a:Article) RETURN a.doc AS doc, a.key AS key")
            .records}
    assert {d.split("#")[0] for d in docs} == set(good)
    names = {r["n"] for r in neo4j_db.execute_query("MATCH (e:Enterprise) RETURN e.name AS n").records}
    assert set(good.values()) <= names
    assert not any("伪造脚本" in n or "深埋" in n for n in names)  # script text and the nested file stay out
