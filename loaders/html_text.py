"""Main text of an HTML page (trafilatura), with offsets back into the page source.

trafilatura drops scripts, styles, navigation and boilerplate and returns the
article's paragraphs plus the title and date it finds. Its text is then
aligned with the source (paragraph by paragraph, character runs where inline
tags or entities interrupt), so every character keeps its position in the
decoded page.

lxml's HTML parser stops at 256 levels of nesting and silently drops what lies
deeper; such a page is reported instead of being read half.
"""

from __future__ import annotations

import logging
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from .errors import BadInput
from .offsets import MappedText

# trafilatura logs a warning for every page it finds no article in; the
# reader falls back and reports such pages itself, so keep the log quiet.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_MAX_DEPTH_MESSAGE = "Excessive depth"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_BODY = re.compile(r"<body[\s>]", re.I)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Windows for aligning extracted text with the source.
_LINE_WINDOW = 50_000
_RUN_WINDOW = 3_000
_SKIP_WINDOW = 12


_INVISIBLE = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class HtmlText:
    mapped: MappedText  # extracted text, offsets into the HTML source
    title: str | None
    date: str | None
    sitename: str | None
    header: tuple[str, ...] = ()  # visible lines of the page top, for 来源 and dates


def visible_lines(html: str, limit: int = 30_000) -> tuple[str, ...]:
    """Visible text lines of the start of a page's body (scripts, styles, head dropped).

    trafilatura leaves out the bylines around the headline (来源: X, the date);
    metadata.py reads them from these lines. A rough tag strip is enough here:
    the lines only serve as metadata evidence, never as article text.
    """
    import html as html_lib  # noqa: PLC0415

    body = _BODY.search(html)
    chunk = html[body.start() if body else 0 :][:limit]
    text = html_lib.unescape(_TAG.sub("\n", _INVISIBLE.sub("", chunk)))
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def _parse(html: str):
    import lxml.etree  # noqa: PLC0415
    import lxml.html  # noqa: PLC0415

    parser = lxml.html.HTMLParser(recover=True, remove_comments=True, remove_pis=True)
    # lxml refuses control characters and lone surrogates; they are never
    # text, and blanking them keeps the length (alignment is to the source).
    html = _NOT_XML.sub(" ", _XML_DECLARATION.sub("", html, count=1))
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except lxml.etree.ParserError as err:
        raise BadInput(f"HTML has no content to parse ({err})") from None
    except ValueError as err:
        raise BadInput(f"HTML cannot be parsed ({err})") from None
    for entry in parser.error_log:
        if _MAX_DEPTH_MESSAGE in entry.message:
            raise BadInput(
                "HTML nested deeper than 256 elements: the parser would silently drop the text below that depth"
            )
    # Never text: scripts, styles, and the 'please enable JavaScript' notes
    # of <noscript>. trafilatura drops most of these itself; its fallback
    # for short pages would keep <noscript>.
    lxml.etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    return tree


# The date search of trafilatura's metadata: the extensive search runs dateparser over
# the page text and halves the speed; the page's own byline dates are read by metadata.py.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@lru_cache(maxsize=1)
def _extractor():
    """trafilatura's options, built once (building them reads its config file each time).

    No metadata: :func:`_page_metadata` reads the three fields used here. ``fast``: no
    second opinion from readability and jusText, which cost a third of the page's time and
    changed no article of the project's 53 scored folders; a page where trafilatura finds
    no body still falls back to all its visible text (:func:`extract_html`).
    """
    from trafilatura.settings import Extractor  # noqa: PLC0415

    return Extractor(
        output_format="python", comments=False, tables=True, dedup=False, with_metadata=False,
        fast=True,
        date_params=_DATE_PARAMS,
    )


def _page_metadata(tree) -> tuple[str | None, str | None, str | None]:
    """(title, date, sitename) as trafilatura's ``extract_metadata`` finds them.

    The same steps in the same order, less those whose fields are not used
    (author, categories, tags, licence): the author search alone copies the
    whole tree and costs more than the rest of the metadata.
    test_html_text checks the result against ``extract_metadata`` itself.
    """
    try:
        from trafilatura.metadata import (  # noqa: PLC0415
            META_URL,
            examine_meta,
            extract_meta_json,
            extract_sitename,
            extract_title,
            extract_url,
            find_date,
        )
    except ImportError:  # these helpers are not trafilatura's public API: a release may move them
        from trafilatura import extract_metadata  # noqa: PLC0415

        doc = extract_metadata(tree, date_config=_DATE_PARAMS)
        return doc.title, doc.date, doc.sitename

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - as trafilatura: bugs in its JSON-LD reader
        pass
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree, None)
    meta.date = find_date(tree, **{**_DATE_PARAMS, "url": meta.url})
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (m := META_URL.match(meta.url)):
        meta.sitename = m[1]
    meta.clean_and_trim()
    return meta.title, meta.date, meta.sitename


def extract_html(html: str) -> HtmlText:
    """Main text, title, date and site name of a page; BadInput if it has no text."""
    import trafilatura  # noqa: PLC0415 - heavy import, only for HTML input

    try:
        tree = _parse(html)
        # Metadata first, on the tree the extraction then copies: the order of bare_extraction,
        # which also gives no metadata at all when it discards the page (returns None). (With
        # its own metadata it would pass the page's URL on, which only matters for links: not kept.)
        try:
            title, date, sitename = _page_metadata(tree)
        except (TypeError, ValueError):  # what bare_extraction catches
            doc = None
        else:
            doc = trafilatura.bare_extraction(tree, options=_extractor())
        if doc is None:
            title = date = sitename = None
        text = (doc.text or "") if doc is not None else ""
        if not text.strip():
            # trafilatura found no article body (a short page): take all the
            # visible text (scripts and styles are still dropped); the chrome
            # rules of clean.py handle the rest.
            text = trafilatura.html2txt(_parse(html)) or ""
    except RecursionError:
        raise BadInput("HTML too deeply nested to extract (recursion limit reached)") from None
    if not text.strip():
        raise BadInput("HTML page has no visible text")
    title = (title or "").strip()
    header = visible_lines(html)
    if title and title not in text[: len(title) + 200] and title in header:
        # trafilatura keeps the headline (an <h1> ...) out of the text; put it
        # first, as in a plain-text page, so facts stated in it are read too.
        # A title found only in <head> is often the site's name: left out.
        text = f"{title}\n{text}"
    return HtmlText(align(text, html), title or None, date or None, sitename or None, header)


def _run_length(line: str, i: int, source: str, j: int) -> int:
    """Length of the common run of ``line[i:]`` and ``source[j:]`` (galloping compare)."""
    limit = min(len(line) - i, len(source) - j)
    lo, step = 0, 1
    while lo + step <= limit and line[i + lo : i + lo + step] == source[j + lo : j + lo + step]:
        lo += step
        step *= 2
    while step > 1:
        step //= 2
        if lo + step <= limit and line[i + lo : i + lo + step] == source[j + lo : j + lo + step]:
            lo += step
    return lo


def align(extracted: str, source: str) -> MappedText:
    """Map each character of text extracted from ``source`` back to its position there.

    Whole paragraphs are found with ``str.find``; a paragraph interrupted by
    inline tags or entities is matched run by run. A character that cannot be
    found (an entity such as ``&nbsp;``) maps to the position where the search
    stands, so offsets are non-decreasing and always inside the source.
    """
    last = max(len(source) - 1, 0)
    body = _BODY.search(source)
    pos = body.start() if body else 0
    offsets = array("i")
    lines = extracted.split("\n")
    for k, line in enumerate(lines):
        j = source.find(line, pos, pos + _LINE_WINDOW + len(line)) if line else -1
        if j >= 0:
            offsets.extend(range(j, j + len(line)))
            pos = j + len(line)
        else:
            i, n = 0, len(line)
            while i < n:
                chunk = line[i : i + 6]
                j = source.find(chunk, pos, pos + _RUN_WINDOW + len(chunk))
                if j < 0 and not line[i].isspace():
                    j = source.find(line[i], pos, pos + _SKIP_WINDOW)
                if j < 0:
                    offsets.append(min(pos, last))
                    i += 1
                    continue
                run = max(_run_length(line, i, source, j), 1)
                offsets.extend(range(j, j + run))
                i += run
                pos = j + run
        if k < len(lines) - 1:
            # A line break of extracted text comes from markup (</p>, <br>):
            # it maps to where the search stands, the tag after the line.
            offsets.append(min(pos, last))
    return MappedText(extracted, offsets)
