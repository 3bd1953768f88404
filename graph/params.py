"""Statement parameters that are cheap for the driver to log.

The Python driver (neo4j 6.4) builds the text of its debug line for every
RUN, ``" ".join(map(repr, fields))``, before the logger decides to drop it, so
the ``repr`` of all the parameters is computed for each statement even with
logging off. For a batch of thousands of rows that is half the client's CPU
per statement. A list whose ``repr`` is a count is packed exactly like a list
(the packer takes list subclasses) and logs in constant time.
"""

from __future__ import annotations


class Rows(list):
    """A list of parameter rows whose ``repr`` is its size, not its content."""

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"
