"""The neural tagger (kg.nn_tagger): names found, spans well formed, numpy decoding correct."""
import pytest

from kg import nn_tagger
from kg.errors import KgError

ENTITIES = [
    ("成都市副市长王海涛在天府新区调研。", {("王海涛", "PER"), ("天府新区", "LOC")}),
    ("中国科学院与浙江大学签署合作协议。", {("中国科学院", "ORG"), ("浙江大学", "ORG")}),
    ("刘建华来到湖南省长沙市看望群众。", {("刘建华", "PER"), ("湖南省", "LOC"), ("长沙市", "LOC")}),
]


@pytest.mark.parametrize("text, expected", ENTITIES)
@pytest.mark.parametrize("crf_weight", [0.0, None])
def test_finds_people_places_organisations(text, expected, crf_weight):
    found = {(text[s:e], t) for s, e, t in nn_tagger.tag(text, crf_weight)}
    assert expected <= found


@pytest.mark.parametrize("text", ["", "\n\n", "。！？"])
def test_no_entities_in_empty_or_punctuation_text(text):
    assert nn_tagger.tag(text) == []


def test_offsets_are_document_offsets_across_chunks():
    text = "今天天气很好。\n" * 3 + "记者李红梅在深圳报道。"
    spans = nn_tagger.tag(text)
    assert ("李红梅", "PER") in {(text[s:e], t) for s, e, t in spans}


def test_batching_does_not_change_labels():
    chunks = ["王芳在杭州。", "国家发展和改革委员会发布通知，要求各地做好保供稳价工作。", "好。"]
    together = nn_tagger.tag_chunks(chunks, 0.0)
    alone = [nn_tagger.tag_chunks([c], 0.0)[0] for c in chunks]
    assert together == alone


def test_labels_are_well_formed():
    labels = nn_tagger.tag_chunks(["上海市浦东新区人民政府副区长陈立新出席会议。"], 0.0)[0]
    for prev, cur in zip(["O", *labels], [*labels, "O"]):
        if prev[0] in "BI":
            assert cur[0] in "IE" and cur[2:] == prev[2:]
        else:
            assert cur[0] in "BSO"


def test_rejects_non_string():
    with pytest.raises(KgError, match="expects a str"):
        nn_tagger.tag(b"bytes")
