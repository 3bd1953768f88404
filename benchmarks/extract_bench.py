"""Throughput of reading + extraction, in MB of text per second per core.

Builds a corpus by repeating the articles of a folder (default: ../shared/seeds,
else the project's own test articles) into files of about one article each,
runs the whole per-file pipeline (decode, clean, normalise, extract) in one
process, and a jieba default-mode segmentation pass over the same text as the
reference. Prints one line per measure.

    python benchmarks/extract_bench.py [--source DIR] [--mb 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm") and p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "seeds"
    if not default.is_dir():
        default = ROOT / "tests" / "data" / "articles"
    parser.add_argument("--source", type=Path, default=default)
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of UTF-8 text")
    args = parser.parse_args()

    from chainkg.loaders.pipeline import extract_file
    from chainkg.loaders.read import read_path

    sources = [p for p in _sources(args.source)]
    if not sources:
        print(f"no articles under {args.source}", file=sys.stderr)
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
        texts: list[str] = []
        # CPU time of this process: on a machine shared with other work, wall time
        # counts the waits for a core, which are not the pipeline's cost per core.
        start, cpu = time.perf_counter(), time.process_time()
        for f in files:
            extract_file(str(f))
        pipeline_s, pipeline_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        for f in files:
            for a in read_path(f):
                if hasattr(a, "text"):
                    texts.append(a.text)
        read_s, read_cpu = time.perf_counter() - start, time.process_time() - cpu
    text_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(files)} files, {total / 1e6:.2f} MB on disk, {text_mb:.2f} MB of cleaned text")
    print(f"read only:            {total / 1e6 / read_s:6.2f} MB/s per core (wall), {total / 1e6 / read_cpu:6.2f} (CPU)")
    print(f"read + extract:       {total / 1e6 / pipeline_s:6.2f} MB/s per core (wall), "
          f"{total / 1e6 / pipeline_cpu:6.2f} (CPU)")
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        joined = "\n".join(texts)
        start, cpu = time.perf_counter(), time.process_time()
        for _ in jieba.cut(joined):
            pass
        jieba_s, jieba_cpu = time.perf_counter() - start, time.process_time() - cpu
        jmb = len(joined.encode("utf-8")) / 1e6
        print(f"jieba (default mode): {jmb / jieba_s:6.2f} MB/s per core (wall), {jmb / jieba_cpu:6.2f} (CPU) (reference)")
        print(f"ratio pipeline / jieba: {(total / 1e6 / pipeline_s) / (jmb / jieba_s):.2f} (wall), "
              f"{(total / 1e6 / pipeline_cpu) / (jmb / jieba_cpu):.2f} (CPU)")
    except ImportError:
        print("jieba not installed: no reference figure (pip install -e '.[test]')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
