"""Throughput of reading + extraction, in MB of text per second per core.

Builds a corpus from every article folder of the project (default:
../shared/seeds, tests/data/articles, tests/data/holdout, tests/data/blind,
tests/data/blind2 to blind82 and chainkg/demo/articles: UTF-8, GBK and
Big5 text, HTML and JSONL), repeating
its files round-robin up to ``--mb`` MB on disk. It runs the whole per-file
pipeline (decode, clean, normalise, extract) in one process, and a jieba
default-mode segmentation pass (``jieba.cut(text)``, HMM on) over the same
cleaned text as the reference. Prints one line per measure.

The extractor memoises some work across articles (chain classification and
name checks by text); the corpus repeats its files, so those memos are
cleared before each file (``knowledge.clear_memos``): a repeated file costs
what a new one would.

Each measure runs ``--repeat`` times and keeps its best (least) time: other
work on the machine only ever adds time, to the pipeline and to jieba alike.

    python benchmarks/extract_bench.py [--source DIR ...] [--mb 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (
    ROOT.parent / "shared" / "seeds",
    ROOT / "tests" / "data" / "articles",
    ROOT / "tests" / "data" / "holdout",
    ROOT / "tests" / "data" / "blind",
    ROOT / "tests" / "data" / "blind2",
    ROOT / "tests" / "data" / "blind3",
    ROOT / "tests" / "data" / "blind4",
    ROOT / "tests" / "data" / "blind5",
    ROOT / "tests" / "data" / "blind6",
    ROOT / "tests" / "data" / "blind7",
    ROOT / "tests" / "data" / "blind8",
    ROOT / "tests" / "data" / "blind9",
    ROOT / "tests" / "data" / "blind10",
    ROOT / "tests" / "data" / "blind11",
    ROOT / "tests" / "data" / "blind12",
    ROOT / "tests" / "data" / "blind13",
    ROOT / "tests" / "data" / "blind14",
    ROOT / "tests" / "data" / "blind15",
    ROOT / "tests" / "data" / "blind16",
    ROOT / "tests" / "data" / "blind17",
    ROOT / "tests" / "data" / "blind18",
    ROOT / "tests" / "data" / "blind19",
    ROOT / "tests" / "data" / "blind20",
    ROOT / "tests" / "data" / "blind21",
    ROOT / "tests" / "data" / "blind22",
    ROOT / "tests" / "data" / "blind23",
    ROOT / "tests" / "data" / "blind24",
    ROOT / "tests" / "data" / "blind25",
    ROOT / "tests" / "data" / "blind26",
    ROOT / "tests" / "data" / "blind27",
    ROOT / "tests" / "data" / "blind28",
    ROOT / "tests" / "data" / "blind29",
    ROOT / "tests" / "data" / "blind30",
    ROOT / "tests" / "data" / "blind31",
    ROOT / "tests" / "data" / "blind32",
    ROOT / "tests" / "data" / "blind33",
    ROOT / "tests" / "data" / "blind34",
    ROOT / "tests" / "data" / "blind35",
    ROOT / "tests" / "data" / "blind36",
    ROOT / "tests" / "data" / "blind37",
    ROOT / "tests" / "data" / "blind38",
    ROOT / "tests" / "data" / "blind39",
    ROOT / "tests" / "data" / "blind40",
    ROOT / "tests" / "data" / "blind41",
    ROOT / "tests" / "data" / "blind42",
    ROOT / "tests" / "data" / "blind43",
    ROOT / "tests" / "data" / "blind44",
    ROOT / "tests" / "data" / "blind45",
    ROOT / "tests" / "data" / "blind46",
    ROOT / "tests" / "data" / "blind47",
    ROOT / "tests" / "data" / "blind48",
    ROOT / "tests" / "data" / "blind49",
    ROOT / "tests" / "data" / "blind50",
    ROOT / "tests" / "data" / "blind51",
    ROOT / "tests" / "data" / "blind52",
    ROOT / "tests" / "data" / "blind53",
    ROOT / "tests" / "data" / "blind54",
    ROOT / "tests" / "data" / "blind55",
    ROOT / "tests" / "data" / "blind56",
    ROOT / "tests" / "data" / "blind57",
    ROOT / "tests" / "data" / "blind58",
    ROOT / "tests" / "data" / "blind59",
    ROOT / "tests" / "data" / "blind60",
    ROOT / "tests" / "data" / "blind61",
    ROOT / "tests" / "data" / "blind62",
    ROOT / "tests" / "data" / "blind63",
    ROOT / "tests" / "data" / "blind64",
    ROOT / "tests" / "data" / "blind65",
    ROOT / "tests" / "data" / "blind66",
    ROOT / "tests" / "data" / "blind67",
    ROOT / "tests" / "data" / "blind68",
    ROOT / "tests" / "data" / "blind69",
    ROOT / "tests" / "data" / "blind70",
    ROOT / "tests" / "data" / "blind71",
    ROOT / "tests" / "data" / "blind72",
    ROOT / "tests" / "data" / "blind73",
    ROOT / "tests" / "data" / "blind74",
    ROOT / "tests" / "data" / "blind75",
    ROOT / "tests" / "data" / "blind76",
    ROOT / "tests" / "data" / "blind77",
    ROOT / "tests" / "data" / "blind78",
    ROOT / "tests" / "data" / "blind79",
    ROOT / "tests" / "data" / "blind80",
    ROOT / "tests" / "data" / "blind81",
    ROOT / "tests" / "data" / "blind82",
    ROOT / "chainkg" / "demo" / "articles",
)


def _best(run, repeat: int) -> tuple[float, float]:
    """The least wall time and the least CPU time of ``repeat`` calls of ``run()``.

    CPU time of this process: on a machine shared with other work, wall time
    counts the waits for a core, which are not the pipeline's cost per core.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def _sources(folders: list[Path]) -> list[Path]:
    """Article files under the folders: the reader's file types, files that give at least one article."""
    from chainkg.loaders.facts import Article
    from chainkg.loaders.read import iter_files, read_path

    found = [p for p in iter_files([f for f in folders if f.is_dir()]) if isinstance(p, Path)]
    # gold.jsonl files hold annotations, not articles: every line is a read error
    return [p for p in found if any(isinstance(a, Article) for a in read_path(p))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append",
                        help="a folder of articles (repeatable; default: all the project's article folders)")
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB on disk")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept")
    args = parser.parse_args()

    from chainkg.loaders.extract.knowledge import clear_memos
    from chainkg.loaders.pipeline import extract_file
    from chainkg.loaders.read import read_path

    sources = _sources(args.source or list(FOLDERS))
    if not sources:
        print(f"no articles under {', '.join(map(str, args.source or FOLDERS))}", file=sys.stderr)
        return 1
    blobs = [p.read_bytes() for p in sources]
    with tempfile.TemporaryDirectory() as tmp:
        files: list[Path] = []
        total = 0
        i = 0
        while total < args.mb * 1e6:
            blob = blobs[i % len(blobs)]
            path = Path(tmp) / f"{i:05d}{sources[i % len(sources)].suffix}"
            path.write_bytes(blob)
            files.append(path)
            total += len(blob)
            i += 1
        # one-time set-up before timing: the ontology and automata, OpenCC, the charset
        # detector's tables (loaded by the first GBK or Big5 file), one file of each source
        for f in files[: len(sources)]:
            extract_file(str(f))

        def pipeline() -> None:
            for f in files:
                clear_memos()  # a repeated file must not find its sentences memoised
                extract_file(str(f))

        def read() -> None:
            texts.clear()
            for f in files:
                texts.extend(a.text for a in read_path(f) if hasattr(a, "text"))

        texts: list[str] = []
        pipeline_s, pipeline_cpu = _best(pipeline, args.repeat)
        read_s, read_cpu = _best(read, args.repeat)
    text_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    folders = len({p.parent for p in sources})
    print(f"corpus: {len(files)} files ({len(sources)} distinct article files in {folders} folder(s)), "
          f"{total / 1e6:.2f} MB on disk, {text_mb:.2f} MB of cleaned text")
    print(f"read only:            {total / 1e6 / read_s:6.2f} MB/s per core (wall), {total / 1e6 / read_cpu:6.2f} (CPU)")
    print(f"read + extract:       {total / 1e6 / pipeline_s:6.2f} MB/s per core (wall), "
          f"{total / 1e6 / pipeline_cpu:6.2f} (CPU)")
    print(f"read + extract:       {text_mb / pipeline_s:6.2f} MB/s of cleaned text per core (wall), "
          f"{text_mb / pipeline_cpu:6.2f} (CPU)")
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        joined = "\n".join(texts)

        def segment() -> None:
            for _ in jieba.cut(joined):
                pass

        jieba_s, jieba_cpu = _best(segment, args.repeat)
        jmb = len(joined.encode("utf-8")) / 1e6
        print(f"jieba (default mode): {jmb / jieba_s:6.2f} MB/s per core (wall), {jmb / jieba_cpu:6.2f} (CPU) (reference)")
        # the same articles both ways: jieba's time over their cleaned text / the pipeline's time over their files
        print(f"ratio pipeline / jieba: {jieba_s / pipeline_s:.2f} (wall), {jieba_cpu / pipeline_cpu:.2f} (CPU)")
    except ImportError:
        print("jieba not installed: no reference figure (pip install -e '.[test]')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
