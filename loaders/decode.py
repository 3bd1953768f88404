"""Bytes to text: byte-order mark, declared charset, then detection.

Order of evidence (strongest first):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. valid UTF-8 (other encodings almost never validate as UTF-8 by chance;
   a few characters of GBK can -- 签约 -- so a short UTF-8 reading that does
   not read as text competes with the Chinese readings below);
3. a declared charset (``<meta charset>``, ``http-equiv``, an XML declaration,
   or the ``encoding`` field of a JSONL line); labels gb2312/gbk decode as
   gb18030, its superset, and big5 as cp950 / Big5-HKSCS;
4. detection: GB18030 and Big5 are always tried, together with
   charset-normalizer's guesses, and the decodings are ranked by how Chinese
   they read. charset-normalizer alone confuses GBK, Big5, Korean (cp949),
   Shift-JIS and even UTF-16 on short Chinese texts; a wrong decoding of
   Chinese bytes gives rare characters, Hangul or kana, which the ranking
   penalises (see :func:`plausibility`). Random bytes often decode as
   valid GB18030 but score near zero and are refused ("unknown encoding").

Damage: a UTF-8, GB18030 or Big5 file with a few bad bytes is read with
U+FFFD in their place; UTF-8 cut off inside its last character is reported
("truncated UTF-8"), as are binary files (magic numbers, NUL or control
bytes). Known limit: Korean EUC-KR text is not recognised (it reads as
plausible CJK in other encodings); Korean is not an input of this project.

Errors are :class:`~.errors.BadInput` with a reason a user can act on.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .errors import BadInput
from .hanzi_frequency import FREQUENT_HANZI

# Labels decoded with a superset codec (what browsers do, per the WHATWG list).
_GB_LABELS = {
    "gb2312", "gbk", "gb18030", "cp936", "ms936", "euc-cn", "x-gbk", "gb-2312", "csgb2312", "chinese", "iso-ir-58",
}
_BIG5_LABELS = {"big5", "big5-hkscs", "big5hkscs", "cp950", "ms950", "x-x-big5", "cn-big5", "csbig5"}
# Big5 bytes are tried with Microsoft's cp950 first (most Big5 pages), then
# Big5-HKSCS (Hong Kong characters); both are recorded as "big5".
_BIG5_CODECS = ("cp950", "big5hkscs")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE) document"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"SQLite format 3", "SQLite database"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
# Control bytes other than \t \n \f \r and ESC (ISO-2022 escapes).
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# The same bytes, to count by deleting them (bytes.translate: a table look-up per byte,
# five times faster than the regex's list of matches).
_CONTROL_BYTE_SET = bytes(b for b in range(256) if _CONTROL_BYTES.match(bytes([b])))

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Text sample used for ranking decodings: enough to be sure, bounded for speed.
_SAMPLE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # normalised name: utf-8, gb18030, big5, utf-16-le ...


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML page declares in its first 4 KB, if any."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "replace").strip().lower() if m else None


def normalise_label(label: str) -> str | None:
    """Canonical codec name for a charset label, or None if Python knows no such codec."""
    low = label.strip().lower().replace("_", "-")
    if low in _GB_LABELS:
        return "gb18030"
    if low in _BIG5_LABELS:
        return "big5"
    try:
        name = codecs.lookup(low).name
    except LookupError:
        return None
    name = name.replace("_", "-")
    if name in ("gb2312", "gbk", "gb18030", "hz"):
        return "gb18030" if name != "hz" else name
    if name in ("big5", "cp950", "big5hkscs"):
        return "big5"
    if name in ("ascii", "us-ascii"):
        return "utf-8"  # ASCII is UTF-8; reading it as UTF-8 tolerates stray non-ASCII
    return name


def _decode_strict(data: bytes, encoding: str) -> str | None:
    codecs_to_try = _BIG5_CODECS if encoding == "big5" else (encoding,)
    for codec in codecs_to_try:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


@lru_cache(maxsize=1)
def _char_weights() -> dict[str, int]:
    """Weight of a frequent character by rank, Simplified and Traditional forms alike."""
    from opencc import OpenCC  # noqa: PLC0415 - only needed when detection runs

    traditional = OpenCC("s2t").convert(FREQUENT_HANZI)
    weights: dict[str, int] = {}
    for forms in (FREQUENT_HANZI, traditional):
        for rank, ch in enumerate(forms):
            w = 4 if rank < 100 else 3 if rank < 500 else 2 if rank < 1200 else 1
            weights[ch] = max(weights.get(ch, 0), w)
    return weights


def _weight(ch: str, weights: dict[str, int]) -> float:
    w = weights.get(ch)
    if w is not None:
        return w
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return 0.0  # a real but uncommon Han character
    if 0x3000 <= o <= 0x303F or 0x2000 <= o <= 0x206F or 0xFF01 <= o <= 0xFF5E:
        return 1.0  # CJK and general punctuation, full-width ASCII
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return -2.0  # Hangul: what Chinese bytes read as cp949/euc-kr look like
    if 0x3040 <= o <= 0x30FF or 0xFF61 <= o <= 0xFF9F:
        return -2.0  # kana, half-width kana: Chinese bytes read as Shift-JIS
    if o == 0xFFFD or 0xE000 <= o <= 0xF8FF or 0x80 <= o <= 0x9F or 0xF0000 <= o:
        return -4.0  # replacement, private use, C1 controls: not text
    if 0xD800 <= o <= 0xDFFF:
        return -4.0
    if 0xC0 <= o <= 0x24F:
        return 0.0  # accented Latin letters: real in Western text, mojibake in Chinese
    return -0.5  # other symbols and scripts: suspicious in Chinese news


def plausibility(text: str) -> float:
    """Mean weight of the non-ASCII characters of a sample: high for real Chinese.

    Common characters weigh up to 4 (the 100 most frequent), rare Han 0,
    Hangul and kana -2, private-use and replacement characters -4. Plain
    ASCII is neutral. A text without non-ASCII characters scores 0.
    """
    sample = text[:_SAMPLE_CHARS]
    weights = _char_weights()
    cache = _WEIGHT_CACHE
    total = 0
    score = 0.0
    for ch, n in Counter(sample).items():
        w = cache.get(ch)
        if w is None:
            o = ord(ch)
            if o < 128:
                w = -4.0 if o < 32 and ch not in "\t\n\r\f\x1b" else None
            else:
                w = _weight(ch, weights)
            cache[ch] = w if w is not None else _ASCII
        if w is _ASCII or w is None:
            continue
        score += w * n
        total += n
    return score / total if total else 0.0


_ASCII = object()  # marks printable ASCII in the cache: neutral, not counted
_WEIGHT_CACHE: dict[str, object] = {}


def _looks_like_text(text: str) -> bool:
    """No more than 1 % control, private-use or replacement characters."""
    sample = text[:_SAMPLE_CHARS]
    bad = len(re.findall(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]", sample))
    return bad <= max(1, len(sample) // 100)


def _sniff_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({what})"
    head = data[:65536]
    if len(head) - len(head.translate(None, _CONTROL_BYTE_SET)) > max(4, len(head) // 50):
        return "binary file (many control bytes)"
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text that lost its BOM: NUL bytes at every other position."""
    if len(data) % 2:
        return None
    best: Decoded | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        text = _decode_strict(data, enc)
        if text is not None and _looks_like_text(text) and plausibility(text) > 0.5:
            if best is None or plausibility(text) > plausibility(best.text):
                best = Decoded(text, enc)
    return best


def _utf8_failure(data: bytes, err: UnicodeDecodeError) -> str | None:
    """A truncation reason if the bytes are UTF-8 cut short in the last character."""
    # UTF-8 decoding stops at the first error, so all bytes before it are
    # valid; they must hold other multi-byte characters too, or the last
    # bytes may just as well be one GBK character after plain ASCII.
    if err.reason == "unexpected end of data" and err.start >= len(data) - 3 and not data[: err.start].isascii():
        return f"truncated UTF-8: the last character is cut off at byte {err.start} of {len(data)}"
    return None


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _chance_utf8(data: bytes, text: str) -> bool:
    """Valid UTF-8 that does not read as text, while GB18030 or Big5 reads as Chinese.

    Short GBK text can be valid UTF-8 by chance (签约 is C7 A9 D4 BC, which
    UTF-8 reads as two Latin and Armenian letters); real UTF-8 Chinese
    scores high, so only a low-scoring UTF-8 reading is questioned.
    """
    # Past a few dozen characters, other encodings validate as UTF-8 only by
    # a vanishing chance: no need to question (or to pay for scoring) them.
    if _non_ascii(text[:1000]) >= 64 or plausibility(text) >= 0.5:
        return False
    for enc in ("gb18030", "big5"):
        other = _decode_strict(data, enc)
        # The other reading must be Chinese text, not English with a few odd
        # characters (a UTF-8 "é" or "½" is a valid GBK character too).
        if other is not None and plausibility(other) >= 2.0 and _han_share(other) >= 0.3:
            return True
    return False


def _han_share(text: str) -> float:
    sample = "".join(text[:_SAMPLE_CHARS].split())
    return len(_HAN.findall(sample)) / len(sample) if sample else 0.0


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 but for a few stray bytes (a damaged file, not another encoding)."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    non_ascii = _non_ascii(text[:_SAMPLE_CHARS])
    return non_ascii >= 20 and bad * 20 <= non_ascii


def _minimum_score(encoding: str, text: str) -> float:
    """The plausibility a winning decoding needs.

    Random bytes often decode as valid GB18030 or Big5 and then score near 0
    (characters drawn evenly from the whole table); real Chinese scores 2-4.
    Texts too short to judge, and other encodings (Western text scores 0),
    only need not to look wrong.
    """
    if encoding in ("gb18030", "big5") and _non_ascii(text[:_SAMPLE_CHARS]) >= 20:
        return 0.5
    return 0.0


def _mostly_chinese(data: bytes) -> Decoded | None:
    """GB18030 or Big5 text with a few damaged bytes (kept, marked U+FFFD)."""
    best: tuple[float, Decoded] | None = None
    for enc, codec in (("gb18030", "gb18030"), ("big5", "cp950")):
        text = data.decode(codec, "replace")
        bad = text.count("\ufffd")
        non_ascii = _non_ascii(text[:_SAMPLE_CHARS])
        if non_ascii >= 20 and bad * 50 <= non_ascii:
            score = plausibility(text.replace("\ufffd", ""))
            if score >= 1.5 and (best is None or score > best[0]):
                best = (score, Decoded(text, enc))
    return best[1] if best else None


def _detector_guesses(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes  # noqa: PLC0415 - import cost only when needed

    try:
        results = from_bytes(data[:200_000])
    except Exception:  # noqa: BLE001 - detection is best effort; we have our own candidates
        return []
    names = []
    for match in list(results)[:5]:
        name = normalise_label(match.encoding)
        if name and name not in names:
            names.append(name)
    return names


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a document's bytes; raise BadInput when they are not text."""
    if not data:
        raise BadInput("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Decoded(body.decode(enc), enc)
            except UnicodeDecodeError as err:
                if enc == "utf-8" and (truncated := _utf8_failure(body, err)):
                    raise BadInput(truncated) from None
                raise BadInput(f"invalid {enc} after its byte-order mark at byte {err.start + len(bom)}") from None

    if b"\x00" in data[:65536]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        sniffed = _sniff_binary(data)
        raise BadInput(sniffed or "binary file (contains NUL bytes)")
    sniffed = _sniff_binary(data)
    if sniffed:
        raise BadInput(sniffed)

    declared_name = normalise_label(declared) if declared else None
    candidates: dict[str, tuple[str, float]] = {}  # encoding -> (text, bonus)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        truncated = _utf8_failure(data, err)
        if truncated:
            raise BadInput(truncated) from None
        if _mostly_utf8(data):
            # A UTF-8 file with a few damaged bytes (kept, marked U+FFFD); it
            # still competes with the other decodings below.
            candidates["utf-8"] = (data.decode("utf-8", "replace"), 1.0)
    else:
        if text.isascii() or (declared_name in (None, "utf-8") and not _chance_utf8(data, text)):
            return Decoded(text, "utf-8")
        candidates["utf-8"] = (text, 1.0)

    note = ""
    if declared and declared_name is None:
        note = f"; declared charset {declared!r} is unknown"
    elif declared_name:
        text = _decode_strict(data, declared_name)
        if text is not None:
            candidates[declared_name] = (text, 0.5)
        else:
            note = f"; the bytes are not valid {declared_name} as declared"

    for enc in ("gb18030", "big5"):
        if enc not in candidates:
            text = _decode_strict(data, enc)
            if text is not None:
                candidates[enc] = (text, 0.0)
    scores = {enc: plausibility(text) for enc, (text, _) in candidates.items()}
    if not any(score >= 2.0 for score in scores.values()):
        for enc in _detector_guesses(data):
            if enc not in candidates:
                text = _decode_strict(data, enc)
                if text is not None:
                    candidates[enc] = (text, 0.0)
                    scores[enc] = plausibility(text)

    ranked = sorted(
        (
            (scores[enc] + bonus, enc, text)
            for enc, (text, bonus) in candidates.items()
            if _looks_like_text(text) or (enc == "utf-8" and "\ufffd" in text)  # damaged UTF-8 was vetted above
        ),
        key=lambda c: c[0],
        reverse=True,
    )
    if ranked and ranked[0][0] >= _minimum_score(ranked[0][1], ranked[0][2]):
        _, enc, text = ranked[0]
        return Decoded(text, enc)
    damaged = _mostly_chinese(data)
    if damaged is not None:
        return damaged
    raise BadInput(f"unknown encoding: not UTF-8, GB18030 or Big5, and no detected encoding gives readable text{note}")
