"""Reading articles from files and folders: the entry point of the loaders.

``read_articles(paths)`` yields an :class:`~.facts.Article` per article, or a
:class:`~.errors.ReadError` naming the file (and JSONL line) and the reason,
and always goes on with the rest of the batch.

Inputs: ``.txt`` (a scraped page as text), ``.html`` / ``.htm``, and ``.jsonl``
(one article per line: ``text`` or ``html``, plus optional ``title``, ``url``,
``outlet``, ``date``, ``id`` or ``doc``, ``encoding``). Folders are read
recursively in sorted order; files with other extensions and hidden files
inside folders are skipped silently (folders hold images and notes), while a
file named explicitly with another extension is reported.

A ``.txt`` file that is an HTML page (starts with ``<!DOCTYPE html`` or
``<html``) is read as HTML. Empty files, binary files, truncated UTF-8, bytes
no encoding reads, pages without text (only scripts, or nested deeper than
the parser's 256 levels), invalid JSONL lines and pages that are all chrome
each give a ReadError.

Limits: a file (or a JSONL line) above ``max_bytes`` (10 MB by default; news
articles are a few KB) is reported from its size alone, without being read,
so a stray dump cannot hang the batch or exhaust memory. Raise ``max_bytes``
to read bigger ones. ``Article.offsets`` is compact (a pair of ints per stretch
that shifts, see ``offsets.runs``), so memory grows with the text, not with a
Python int per character.

Steps per article: decode (decode.py) -> HTML main text (html_text.py) ->
NFKC and Traditional -> Simplified (normalize.py) -> drop chrome and spam,
read metadata (clean.py, metadata.py). ``Article.key`` is the SHA-256 of the
decoded original text, ``Article.offsets`` map the cleaned text back into it
(for HTML, into the page source: a character that came from an entity such as
``&nbsp;`` or from a tag break maps to the markup at that point; a headline
trafilatura kept apart is put first and maps to its ``<h1>``).

Metadata precedence: JSONL fields, then what trafilatura found (HTML title,
date), then the page's own byline lines (``来源:``, dates, a news agency's
dateline), then the site name.

Speed (CPU time per core, on the seeds): about 8 MB/s for UTF-8 text, 4 MB/s
for GB18030 bytes; HTML runs at about 2 MB/s of markup, most of it
trafilatura's, and grows faster than linearly on very large pages.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .clean import clean, unify_newlines
from .decode import decode_bytes, declared_charset
from .errors import BadInput, ReadError
from .facts import Article
from .html_text import extract_html
from .metadata import date_in_lines, outlet_in_lines, parse_date
from .normalize import normalize, normalize_lines, normalize_string
from .offsets import MappedText

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "ReadError",
    "article_from_html",
    "article_from_text",
    "iter_files",
    "read_articles",
    "read_path",
]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
EXTENSIONS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_HTML_START = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_JSONL_ENCODING = re.compile(rb'"encoding"\s*:\s*"([A-Za-z0-9_.:\-]{1,40})"')
_META_KEYS = ("title", "outlet", "date", "url", "encoding")


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _key(original: str) -> str:
    return hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()


def _build(
    original: str,
    mapped: MappedText,
    *,
    doc: str,
    source: str,
    encoding: str | None,
    title: str | None,
    outlet: str | None,
    date: str | None,
) -> Article:
    text = mapped.text
    return Article(
        key=_key(original),
        source=source,
        doc=doc,
        text=text,
        title=normalize_string(title) if title else None,
        outlet=normalize_string(outlet) if outlet else None,
        date=date,
        encoding=encoding,
        offsets=() if text == original else mapped.offset_runs(len(original)),
    )


def _meta(meta: dict) -> dict:
    unknown = set(meta) - set(_META_KEYS)
    if unknown:
        raise TypeError(f"unknown metadata: {', '.join(sorted(unknown))}")
    return meta


def article_from_text(text: str, doc: str = "inline.txt", source: str | None = None, **meta) -> Article:
    """An Article from plain text (a scraped page as text): clean and normalise it.

    ``meta`` may give ``title``, ``outlet``, ``date`` (any format parse_date
    reads), ``url`` (becomes the source) and ``encoding``; given values
    override what the text states. Never raises on any ``str``.
    """
    meta = _meta(meta)
    mapped = normalize(unify_newlines(MappedText.identity(text)))
    cleaned = clean(mapped, title=meta.get("title"))
    return _build(
        text,
        cleaned.mapped,
        doc=doc,
        source=meta.get("url") or source or doc,
        encoding=meta.get("encoding"),
        title=meta.get("title") or cleaned.title,
        outlet=meta.get("outlet") or cleaned.outlet,
        date=parse_date(meta["date"]) if meta.get("date") else cleaned.date,
    )


def article_from_html(html: str, doc: str = "inline.html", source: str | None = None, **meta) -> Article:
    """An Article from an HTML page; raises BadInput when the page has no text."""
    meta = _meta(meta)
    page = extract_html(html)
    mapped = normalize(unify_newlines(page.mapped))
    cleaned = clean(mapped, title=meta.get("title") or page.title)
    date = parse_date(meta["date"]) if meta.get("date") else None
    date = date or parse_date(page.date or "") or cleaned.date
    outlet = meta.get("outlet") or cleaned.outlet
    if not (date and outlet) and page.header:
        # Bylines around the headline that trafilatura left out of the text.
        header = normalize_lines(page.header[:200])
        date = date or date_in_lines(header[:40])
        outlet = outlet or outlet_in_lines(header)
    return _build(
        html,
        cleaned.mapped,
        doc=doc,
        source=meta.get("url") or source or doc,
        encoding=meta.get("encoding"),
        title=meta.get("title") or page.title or cleaned.title,
        outlet=outlet or page.sitename,
        date=date,
    )


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """The readable files under ``paths`` (recursively, sorted), or errors for bad paths."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    file = Path(root) / name
                    # Regular files only: reading a FIFO or a device would block.
                    if not name.startswith(".") and file.suffix.lower() in EXTENSIONS and file.is_file():
                        yield file
        elif path.is_file():
            if path.suffix.lower() in EXTENSIONS:
                yield path
            else:
                kinds = ", ".join(EXTENSIONS)
                yield ReadError(str(path), None, f"unsupported file type {path.suffix or '(none)'!r}: expected {kinds}")
        elif path.exists():
            yield ReadError(str(path), None, "not a regular file")
        else:
            yield ReadError(str(path), None, "no such file or directory")


# The errors Path.is_file() takes for 'not a file' (pathlib's _ignore_error); it raises the others.
_NOT_FOUND_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _regular_file_size(path: Path) -> int | None:
    """The size of a regular file, None where ``path.is_file()`` is False: one stat() for the
    check and the size (a short article costs little more than its stat calls)."""
    try:
        st = path.stat()
    except OSError as err:
        if err.errno not in _NOT_FOUND_ERRNOS:
            raise
        return None
    except ValueError:  # as is_file(): a path with a NUL byte
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _read_capped(path: Path, max_bytes: int, size: int) -> bytes:
    """The file's bytes; ``size`` is its size when it was checked (see _regular_file_size)."""
    if size > max_bytes:
        raise BadInput(f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit per article (max_bytes)")
    with open(path, "rb") as f:
        # The size stat() gave, plus one byte: read(max_bytes + 1) would allocate the
        # whole 10 MB buffer for every small file, which costs more than the read.
        data = f.read(size + 1)
        if len(data) > size:  # the file grew while we read it: read on up to the limit
            data += f.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:  # the file grew while we read it, or is a device
        raise BadInput(f"file is over the {_megabytes(max_bytes)} limit per article (max_bytes)")
    return data


def _read_document(path: Path, kind: str, max_bytes: int, size: int) -> Article:
    data = _read_capped(path, max_bytes, size)
    if kind == "text" and _HTML_START.match(data[:4096]):
        kind = "html"  # a page saved with a .txt name: read it as the HTML it is
    declared = declared_charset(data) if kind == "html" else None
    decoded = decode_bytes(data, declared)
    if not decoded.text.strip():
        raise BadInput("file has no text (only whitespace)")
    if kind == "html":
        article = article_from_html(decoded.text, doc=path.name, source=str(path), encoding=decoded.encoding)
    else:
        article = article_from_text(decoded.text, doc=path.name, source=str(path), encoding=decoded.encoding)
    if not article.text.strip():
        raise BadInput("no article text left after removing page chrome and spam")
    return article


def _jsonl_lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; None for a line over the limit (its rest is skipped)."""
    with path.open("rb") as f:
        number = 0
        while True:
            line = f.readline(max_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while True:  # skip the rest of the overlong line without holding it
                    rest = f.readline(1024 * 1024)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield number, None
                continue
            yield number, line


def _article_from_json_line(path: Path, number: int, raw: bytes) -> Article:
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    declared = _JSONL_ENCODING.search(raw)
    decoded = decode_bytes(raw.rstrip(b"\r\n"), declared.group(1).decode("ascii") if declared else None)
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError as err:
        raise BadInput(f"invalid JSON: {err.msg} (column {err.colno})") from None
    except RecursionError:
        raise BadInput("invalid JSON: nested too deeply") from None
    if not isinstance(obj, dict):
        raise BadInput(f"expected a JSON object, got {type(obj).__name__}")
    body, kind = obj.get("text"), "text"
    if not isinstance(body, str) or not body.strip():
        body, kind = obj.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        raise BadInput("no 'text' or 'html' field with text")
    meta = {k: obj[k] for k in ("title", "outlet", "date", "url") if isinstance(obj.get(k), str) and obj[k].strip()}
    ident = next((obj[k] for k in ("doc", "id") if obj.get(k) not in (None, "")), None)
    doc = str(ident) if ident is not None else f"{path.name}#{number}"
    build = article_from_html if kind == "html" else article_from_text
    article = build(body, doc=doc, source=str(path), encoding=decoded.encoding, **meta)
    if not article.text.strip():
        raise BadInput("no article text left after removing page chrome and spam")
    return article


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    seen = False
    for number, raw in _jsonl_lines(path, max_bytes):
        seen = seen or raw is None or bool(raw.strip())
        if raw is None:
            reason = f"line is over the {_megabytes(max_bytes)} limit per article (max_bytes)"
            yield ReadError(str(path), number, reason)
            continue
        if not raw.strip():
            continue
        try:
            yield _article_from_json_line(path, number, raw)
        except BadInput as err:
            yield ReadError(str(path), number, err.reason)
        except Exception as err:  # noqa: BLE001 - one bad line must not stop the batch
            yield ReadError(str(path), number, f"unexpected error: {type(err).__name__}: {err}")
    if not seen:
        yield ReadError(str(path), None, "no JSON lines in the file (only blank lines)")


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadError]:
    """Articles of one file (one, or one per JSONL line), errors in their place."""
    path = Path(path)
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        yield ReadError(str(path), None, f"unsupported file type {path.suffix or '(none)'!r}")
        return
    size = _regular_file_size(path)
    if size is None:
        yield ReadError(str(path), None, "not a regular file" if path.exists() else "no such file or directory")
        return
    try:
        if kind == "jsonl":
            if size == 0:
                raise BadInput("empty file")
            yield from _read_jsonl(path, max_bytes)
        else:
            yield _read_document(path, kind, max_bytes, size)
    except BadInput as err:
        yield ReadError(str(path), None, err.reason)
    except OSError as err:
        yield ReadError(str(path), None, f"cannot read: {err.strerror or err}")
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the batch
        yield ReadError(str(path), None, f"unexpected error: {type(err).__name__}: {err}")


def read_articles(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadError]:
    """Every article under ``paths`` (files or folders), with a ReadError in place of each bad one."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_path(item, max_bytes=max_bytes)
