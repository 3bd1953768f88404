"""SIGKILL the loader in the middle of a write transaction, run it again: the graph equals a clean run's."""

from __future__ import annotations

import re
import signal

from .conftest import article_count, run_load, start_load, stated_per_article, state, wait_for

# A loader statement being executed: its transaction is open and holds writes.
# (The pattern is concatenated so that this query's own text does not match it.)
OPEN_WRITE = (
    "SHOW TRANSACTIONS YIELD currentQuery "
    "WHERE currentQuery CONTAINS 'UNWIND ' + '$rows' AND NOT currentQuery CONTAINS 'SHOW ' + 'TRANSACTIONS' "
    "RETURN count(*) AS open"
)


def open_writes(driver) -> int:
    return driver.execute_query(OPEN_WRITE).records[0]["open"]


def test_killed_mid_batch_then_resumed_equals_clean_run(neo4j_settings, neo4j_db, corpus, clean_run):
    driver = neo4j_db
    proc = start_load(neo4j_settings, corpus, batch_size=10)
    try:
        # At least one batch committed, and the next batch's transaction open right now.
        caught = wait_for(lambda: article_count(driver) > 0 and open_writes(driver) > 0,
                          timeout=120, interval=0.005)
        assert proc.poll() is None, "the loader finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert caught, "no open write transaction of the loader was seen"
    assert proc.returncode == -signal.SIGKILL

    # The killed transaction was rolled back whole: every article present has all its facts.
    assert wait_for(lambda: open_writes(driver) == 0, timeout=30)
    partial = stated_per_article(driver)
    assert 0 < len(partial) < clean_run.articles
    assert partial == {key: clean_run.stated[key] for key in partial}

    resumed = run_load(neo4j_settings, corpus, batch_size=10)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    loaded = re.search(r"(\d+) loaded", " ".join(resumed.stdout.split()))
    assert loaded and int(loaded.group(1)) == clean_run.articles - len(partial)
    assert state(driver) == clean_run.state
