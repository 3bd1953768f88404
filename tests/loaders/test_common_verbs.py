"""The common-verb list is jieba's dictionary, derived again here (jieba is a test extra)."""

from pathlib import Path

import jieba

from chainkg.loaders.common_verbs import _WORDS, COMMON_VERBS, MIN_FREQUENCY


def test_the_list_is_jiebas_frequent_two_character_verbs_most_frequent_first():
    rows = (line.split() for line in (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8"))
    verbs = sorted(((int(freq), word) for word, freq, tag in rows
                    if tag == "v" and len(word) == 2 and int(freq) >= MIN_FREQUENCY), key=lambda fw: (-fw[0], fw[1]))
    assert _WORDS == "".join(word for _, word in verbs)
    assert len(COMMON_VERBS) == len(verbs) and {"完善", "加强", "构成"} <= COMMON_VERBS
