"""Numbers as Chinese news writes them, normalised: 80亿, 1.5万, 八十, 四分之一, 百分之六十, 3,500.

The figure finder (``kg.quantities``) locates number spans with ``NUMBER`` and reads their value
with ``parse_number``; this module knows nothing about units, measures or subjects.

>>> parse_number("1.5万"), parse_number("三分之一")
(15000.0, 0.3333333333333333)
"""
from __future__ import annotations

import re

import cn2an

FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
CN_DIGITS = "〇零一二两三四五六七八九"
DIGIT_VALUE = dict(zip(CN_DIGITS, (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9)))
CN_ALL = CN_DIGITS + "十百千万亿"
MAGNITUDE = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_ARABIC = r"[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?"
# one number as written: a fraction (X分之Y), Arabic digits, or Chinese numerals (一点五 too)
NUMBER = re.compile(
    rf"(?P<frac>(?:{_ARABIC}|[{CN_ALL}]+)分之(?:{_ARABIC}|[{CN_ALL}]+))"
    rf"|(?P<arabic>{_ARABIC})|(?P<cn>[{CN_ALL}]+(?:点[{CN_DIGITS}]+[万亿]*)?)"
)
RANGE_LINK = "至到-~～—－"


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None when ``text`` is not one number.

    Handles Arabic digits (full-width too, thousands commas), Chinese numerals (两, 〇), Arabic
    with 百/千/万/亿, fractions (X分之Y, and 百分之六十 → 0.6 like any fraction; 60% → 60, its
    unit is written), ranges (3至5 →
    the first value) and a trailing 半 (四圈半 is read by the caller; 一半 → 0.5 here).
    Chinese numerals are read by ``cn2an``; Arabic and mixed forms by hand (cn2an's "smart"
    mode rejects thousands commas). Adjacent digits without a place value (五一, 一两) are a
    code or an approximate range, not a number: None.

    >>> parse_number("80亿"), parse_number("1.5万"), parse_number("八十"), parse_number("四分之一")
    (8000000000.0, 15000.0, 80.0, 0.25)
    >>> parse_number("百分之六十"), parse_number("1,200"), parse_number("５０"), parse_number("五一")
    (0.6, 1200.0, 50.0, None)
    """
    s = text.strip().translate(FULLWIDTH).rstrip("%‰")
    if not s:
        return None
    if s == "一半":
        return 0.5
    if s.startswith(("百分之", "千分之")):  # a fraction like 四分之一: 百分之六十 → 0.6
        part = parse_number(s[3:])
        return None if part is None else round(part / (100 if s[0] == "百" else 1000), 12)
    if "分之" in s:
        den, num = s.split("分之", 1)
        den_v, num_v = parse_number(den), parse_number(num)
        return num_v / den_v if den_v and num_v is not None else None
    for link in RANGE_LINK:
        if link in s[1:]:
            first, second = s.split(link, 1) if s[0] != link else (s, "")
            if parse_number(first) is not None and parse_number(second) is not None:
                return parse_number(first)
    m = re.fullmatch(r"([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)([百千万亿]*)", s)
    if m:
        value = float(m.group(1).replace(",", ""))
        for ch in m.group(2):
            value *= MAGNITUDE[ch]
        return value
    m = re.fullmatch(f"([{CN_ALL}]+)点([{CN_DIGITS}]+)([万亿]*)", s)  # 一点五亿
    if m:
        whole = parse_number(m.group(1))
        if whole is None:
            return None
        value = whole + float("0." + "".join(str(DIGIT_VALUE[c]) for c in m.group(2)))
        for ch in m.group(3):
            value *= MAGNITUDE[ch]
        return value
    if not re.fullmatch(f"[{CN_ALL}]+", s) or s[0] in "百千万亿":
        return None
    if len(s) > 1 and not re.search("[十百千万亿]", s) and "〇" not in s:
        return None
    try:
        return float(cn2an.cn2an(s.replace("〇", "零") if re.search("[十百千万亿]", s) else s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None
