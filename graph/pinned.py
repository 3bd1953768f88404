"""Write statements that keep the plan they got first.

Every statement so marked anchors on unique keys, so its plan does not depend
on the data; re-planning it each time the statistics move (as they do all
through a load) only costs time. tests/graph/test_store.py checks that these
plans seek by key even when made on an empty graph.
"""

PINNED = "CYPHER replan=skip\n"
