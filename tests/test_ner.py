"""The CRF NER core: obvious people, places and organisations in news sentences; span invariants."""
import pytest

from kg import ner
from kg.errors import KgError

# (text, spans the model must find as (surface, type)) — clear cases only, written for these tests.
OBVIOUS = [
    ("市委书记陈建国在杭州市调研乡村振兴工作。", {("陈建国", "PER"), ("杭州市", "LOC")}),
    ("副市长刘海峰主持召开全市安全生产工作会议。", {("刘海峰", "PER")}),
    ("近日，成都市人民政府印发了关于促进消费的若干措施。", {("成都市人民政府", "ORG")}),
    ("记者从广东省教育厅获悉，今年全省高考报名人数再创新高。", {("广东省教育厅", "ORG")}),
    ("王晓梅和李志强一同前往武汉参加学术交流。", {("王晓梅", "PER"), ("李志强", "PER"), ("武汉", "LOC")}),
    ("中国人民银行今天宣布下调存款准备金率。", {("中国人民银行", "ORG")}),
    ("国家主席访问了法国和德国。", {("法国", "LOC"), ("德国", "LOC")}),
    ("清华大学与南京大学签署合作协议。", {("清华大学", "ORG"), ("南京大学", "ORG")}),
    ("张丽华说，长江沿岸的生态环境明显改善。", {("张丽华", "PER"), ("长江", "LOC")}),
]


@pytest.mark.parametrize("text, expected", OBVIOUS)
def test_obvious_entities_are_found(text, expected):
    found = {(text[s:e], t) for s, e, t in ner.tag(text)}
    assert expected <= found


@pytest.mark.parametrize("text", [
    "今天天气很好，我们一起去散步吧。",
    "经济运行总体平稳，物价水平保持稳定。",
])
def test_sentence_without_names_gives_nothing(text):
    assert ner.tag(text) == []


@pytest.mark.parametrize("text", [
    "",
    "。。。\n\n！",
    "abc 123 ＡＢＣ",
    "沈阳市" * 300,  # one chunk longer than MAX_CHUNK with no punctuation at all
    "青岛市市长赵明在会上讲话，" * 80 + "\n" + "会议由市政府办公厅主办。" * 50,
])
def test_spans_valid_sorted_non_overlapping(text):
    spans = ner.tag(text)
    assert spans == sorted(spans)
    for (s, e, t), nxt in zip(spans, spans[1:] + [(len(text), len(text), "")]):
        assert 0 <= s < e <= nxt[0] <= len(text)
        assert t in ner.TYPES


def test_empty_text_gives_empty_list():
    assert ner.tag("") == []


def test_long_text_offsets_point_into_the_whole_text():
    unit = "上午，郑州市市长王建军会见了来访客人。"
    text = unit * 500
    spans = ner.tag(text)
    people = [text[s:e] for s, e, t in spans if t == "PER"]
    assert people.count("王建军") == 500


@pytest.mark.parametrize("text, pieces", [
    ("甲。乙", ["甲。", "乙"]),
    ("第一句！第二句？\n第三句；第四句", ["第一句！", "第二句？", "\n", "第三句；", "第四句"]),
])
def test_chunks_cut_at_sentence_punctuation(text, pieces):
    chunks = ner.chunks(text)
    assert [c for _, c in chunks] == pieces
    assert all(text[o:o + len(c)] == c for o, c in chunks)


def test_chunks_never_exceed_max_chunk():
    text = "江" * (ner.MAX_CHUNK * 3 + 7)
    chunks = ner.chunks(text)
    assert max(len(c) for _, c in chunks) <= ner.MAX_CHUNK
    assert "".join(c for _, c in chunks) == text


@pytest.mark.parametrize("labels, spans", [
    (["B-PER", "I-PER", "E-PER"], [(0, 3, "PER")]),
    (["S-LOC", "S-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
    (["B-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),      # unterminated entity closes at O
    (["I-PER", "E-PER", "O"], [(0, 2, "PER")]),      # entity without B still counts
    (["B-PER", "E-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
    (["O", "O"], []),
])
def test_decode_tolerates_ill_formed_labels(labels, spans):
    assert ner.decode(labels) == spans


def test_model_file_present_and_loads():
    assert ner.MODEL.exists()
    assert ner.MODEL.stat().st_size < 10_000_000
    assert set(ner.crf_tagger().labels()) >= {"O", "B-PER", "E-PER", "S-LOC", "B-ORG"}


def test_non_string_input_raises_kg_error():
    with pytest.raises(KgError, match="expects a str"):
        ner.tag(None)


def test_crf_weights_are_the_models_own():
    """The weights read from the model file are those crfsuite dumps (to the dump's 6 decimals)."""
    crf, info = ner.crf_weights(), ner.crf_tagger().info()
    assert crf.labels == tuple(ner.crf_tagger().labels())
    state = {(a, crf.labels[j]): crf.state[i, j]
             for a, i in crf.attributes.items() for j in crf.state[i].nonzero()[0]}
    assert state.keys() == info.state_features.keys()
    assert all(abs(w - info.state_features[k]) <= 5e-7 for k, w in state.items())
    assert not crf.state[-1].any()  # the row standing for unknown features
    assert all(abs(crf.trans[crf.labels.index(a), crf.labels.index(b)] - w) <= 5e-7
               for (a, b), w in info.transitions.items())


def test_crf_weights_reject_a_file_that_is_not_a_crf_model(tmp_path, monkeypatch):
    fake = tmp_path / "ner.crfsuite"
    fake.write_bytes(b"not a model" * 10)
    monkeypatch.setattr(ner, "MODEL", fake)
    with pytest.raises(KgError, match="not a crfsuite CRF1d model"):
        ner.crf_weights()
