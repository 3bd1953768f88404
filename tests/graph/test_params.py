"""Parameter rows: logged as a count, sent as the list they hold."""

from __future__ import annotations

from chainkg.graph.params import Rows


def test_repr_is_the_size_not_the_content():
    rows = Rows({"name": "x" * 1000, "n": i} for i in range(500))
    assert repr(rows) == "<500 rows>"
    assert rows == [{"name": "x" * 1000, "n": i} for i in range(500)]


def test_the_server_receives_every_row_as_sent(neo4j_db):
    sent = [{"name": f"企业{i}", "aliases": [f"别名{i}", "'}) //"], "value": i / 3, "none": None} for i in range(300)]
    got = neo4j_db.execute_query("UNWIND $rows AS row RETURN row", rows=Rows(sent)).records
    assert [r["row"] for r in got] == sent
