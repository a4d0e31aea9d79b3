"""The number normaliser: numbers as written in Chinese news → float."""
import pytest

from kg.numbers import parse_number


NUMBERS = [
    ("24", 24), ("1,200", 1200), ("1.5", 1.5), ("０.５", 0.5), ("５０", 50), ("12,345,678", 12345678),
    ("八十", 80), ("二十三", 23), ("一百零五", 105), ("两", 2), ("〇", 0), ("十", 10), ("十五", 15),
    ("两千三百万", 23_000_000), ("四十五万六千", 456_000), ("一亿二千万", 120_000_000), ("二〇二三", 2023),
    ("80亿", 8_000_000_000), ("1.5万", 15_000), ("3千万", 30_000_000), ("12.6亿", 1_260_000_000),
    ("2万亿", 2_000_000_000_000), ("八十亿", 8_000_000_000), ("两万", 20_000),
    ("四分之一", 0.25), ("三分之二", 2 / 3), ("百分之六十", 0.6), ("百分之三十五", 0.35), ("千分之五", 0.005),
    ("60%", 60), ("６０％", 60), ("3.5%", 3.5), ("3至5", 3), ("三到五", 3), ("10-20", 10),
    ("一点五亿", 150_000_000), ("六百六十六点六", 666.6), ("零点零五", 0.05),
]
NOT_NUMBERS = ["", "万", "千", "五一", "一两", "三四十", "十五五", "abc", "第一", "1.2.3"]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_parse_number_normalises_as_written(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None
