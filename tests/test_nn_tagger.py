"""The neural tagger (kg.nn_tagger): names found, spans well formed, numpy decoding correct."""
import numpy as np
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


@pytest.mark.parametrize("chunk", [
    "国务院副总理刘国中在甘肃省兰州市调研。",
    "据新华社北京3月5日电，全国人大代表、宁波舟山港集团董事长毛剑宏接受采访。",
    "好。",
    "Apple公司与华为技术有限公司在深圳签约，金额达1.2亿元。",
    "厦门大学、集美大学和厦门市教育局联合举办“青春向党”主题活动，吸引了来自全市各区的三千余名学生参加",
])
def test_numpy_crf_marginals_equal_crfsuites_to_the_bit(chunk):
    crf = nn_tagger.ner.crf_weights()
    ours = nn_tagger._crf_marginals([chunk], crf)
    assert ours.dtype == np.float64 and np.array_equal(ours, nn_tagger._crfsuite_marginals([chunk], crf))


def test_crf_marginals_of_a_batch_equal_one_by_one():
    chunks = ["中国人民银行上海总部发布数据。", "陈志远说：“我们有信心。”", "好。", "西安市碑林区文艺路街道开展志愿服务活动。",
              "本报讯（记者 周敏）", "重庆市江北区人民法院公开审理此案。", "会议指出，", "下一步，", "嘉兴南湖。"]
    chunks.sort(key=len, reverse=True)
    assert len(chunks) >= nn_tagger.FEW_CHUNKS  # computed by numpy together, by crfsuite alone
    together = nn_tagger._crf_log_marginals(chunks)
    assert all(np.array_equal(a, nn_tagger.crf_log_marginals(c)) for a, c in zip(together, chunks))
