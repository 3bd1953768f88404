"""Files in, facts out, in parallel: the reusable core of ``chainkg extract`` and the graph loader.

``extract_paths(paths, jobs)`` reads every article under ``paths`` and runs the
rule-based extractor on it in a process pool (one ontology per worker), in
input order. Bad input comes back as a ``ReadError`` in place of its article;
an extractor failure on one article also becomes a ReadError naming the file,
so one bad article never stops a batch. With ``canonical=True`` the names of
every article go through one ``resolve.NameIndex`` (in input order, in this
process), so that a company or zone named differently in two articles gets one
name in both.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import ReadError
from .facts import ArticleFacts

Result = ArticleFacts | ReadError

_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from .extract import RuleExtractor

        _EXTRACTOR = RuleExtractor()
    return _EXTRACTOR


def extract_file(path: str) -> list[Result]:
    """Every article of one file, extracted (errors in place)."""
    from .read import read_path

    out: list[Result] = []
    for item in read_path(path):
        if isinstance(item, ReadError):
            out.append(item)
            continue
        try:
            out.append(_extractor().extract(item))
        except Exception as exc:  # noqa: BLE001 - report and go on with the batch
            out.append(ReadError(item.source or path, None, f"extraction failed: {type(exc).__name__}: {exc}"))
    return out


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def iter_file_results(paths: Iterable[str | Path], jobs: int | None = None) -> Iterator[tuple[str | None, int, list[Result]]]:
    """(file, size in bytes, results) per input file, in input order."""
    from .read import iter_files

    files: list[str] = []
    early: list[ReadError] = []
    for item in iter_files(list(paths) if not isinstance(paths, (str, Path)) else [paths]):
        if isinstance(item, ReadError):
            early.append(item)
        else:
            files.append(str(item))
    for err in early:
        yield None, 0, [err]
    jobs = jobs or default_jobs()

    def size(f: str) -> int:
        try:
            return os.path.getsize(f)
        except OSError:
            return 0

    if jobs <= 1 or len(files) <= 1:
        for f in files:
            yield f, size(f), extract_file(f)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(16, len(files) // (jobs * 4) or 1))
        for f, results in zip(files, pool.map(extract_file, files, chunksize=chunk)):
            yield f, size(f), results


def extract_paths(paths: Iterable[str | Path], jobs: int | None = None,
                  progress: Callable[[str | None, int], None] | None = None,
                  canonical: bool = False) -> Iterator[Result]:
    """ArticleFacts (or ReadError) for every article under ``paths``; ``progress(file, bytes)`` per file."""
    index = None
    if canonical:
        from chainkg.ontology import load_ontology

        from .resolve import NameIndex

        index = NameIndex(load_ontology())
    for f, n, results in iter_file_results(paths, jobs):
        if progress is not None:
            progress(f, n)
        for item in results:
            if index is not None and isinstance(item, ArticleFacts):
                from .resolve import canonicalize

                item = canonicalize(item, index)
            yield item
