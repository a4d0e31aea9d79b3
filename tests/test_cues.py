"""The sentence view every relation rule reads: which mentions lie in a sentence, which are outermost."""
from __future__ import annotations

import pytest

from kg.cues import Builder
from kg.model import Article, Document, Mention, Sentence

TEXT = "深圳市南山区科技创新局局长周建华出席。杭州市余杭区人民政府和余杭区政府联合发文。"


def mention(surface: str, type_: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Mention("t", "t#0", start, start + len(surface), type_, surface)


MENTIONS = [
    mention("深圳市南山区科技创新局", "Organization"),
    mention("深圳市", "Place"),
    mention("南山区", "Place"),
    mention("深圳市南山区", "Place"),
    mention("周建华", "Person"),
    mention("杭州市余杭区人民政府", "Organization"),
    mention("余杭区人民政府", "Organization"),
    mention("余杭区", "Place", 1),
    mention("余杭区政府", "Organization"),
    mention("余杭区政府", "Place"),  # the same span twice, of two types: neither contains the other
]


def builder() -> Builder:
    doc = Document("t", "t.txt", TEXT, TEXT)
    cut = TEXT.index("。") + 1
    art = Article("t#0", "", 0, len(TEXT), [Sentence(0, cut, 0), Sentence(cut, len(TEXT), 0)])
    return Builder(doc, art, MENTIONS)


@pytest.mark.parametrize("sentence, inside, outer", [
    ("nested_places_inside_an_organisation", 5, ["深圳市南山区科技创新局", "周建华"]),
    ("same_span_of_two_types_both_outer", 5, ["杭州市余杭区人民政府", "余杭区政府", "余杭区政府"]),
])
def test_sentence_keeps_inside_and_outermost_mentions(sentence, inside, outer):
    b = builder()
    s = b.article.sentences[0 if sentence.startswith("nested") else 1]
    sent = b.sentence(s.start, s.end)
    assert len(sent.mentions) == inside
    assert [m.text for m in sent.outer] == outer


def test_minted_mention_is_found_again_and_kept_in_order():
    b = builder()
    start = TEXT.index("南山区科技创新局")
    minted = b.mention(start, start + 8, "Organization")
    assert minted.nested and b.mention(start, start + 8, "Organization") is minted
    assert b.mentions == sorted(b.mentions, key=lambda m: (m.start, -m.end))
    s = b.article.sentences[0]
    assert minted in b.sentence(s.start, s.end).mentions
