"""Entity resolution: canonical names, aliases, deictic forms, merging across articles, stable order."""
from __future__ import annotations

import random
import re

import pytest

from kg.model import Article, Document, Evidence, Mention, Relation, Sentence
from kg.resolve import resolve


def page(doc_id: str, articles: list[tuple[str, list[tuple[str, str]]]]):
    """A document of articles; each article is (text, marks) and every occurrence of a mark is a mention."""
    text, docs_articles, mentions = "", [], []
    for n, (body, marks) in enumerate(articles):
        start = len(text)
        text += body + "\n"
        art = Article(f"{doc_id}#{n}", "", start, len(text))
        for m in re.finditer(r"[^。！？\n]+[。！？]?", body):
            art.sentences.append(Sentence(start + m.start(), start + m.end(), 0))
        docs_articles.append(art)
        spans = sorted({(start + m.start(), start + m.end(), t) for s, t in marks
                        for m in re.finditer(re.escape(s), body)})
        for s, e, t in spans:
            nested = any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans)
            mentions.append(Mention(doc_id, art.id, s, e, t, text[s:e], nested))
    return Document(doc_id, f"{doc_id}.txt", text, text, docs_articles), mentions


def names(ex) -> dict[tuple[str, str], list[str]]:
    return {(e.type, e.name): e.aliases for e in ex.entities}


@pytest.mark.parametrize("body, marks, expected", [
    ("广州白云山医药集团股份有限公司成立于1951年。广州白云山医药集团加快转型，白云山医药集团营收增长。",
     [("广州白云山医药集团股份有限公司", "Organization"), ("广州白云山医药集团", "Organization"),
      ("白云山医药集团", "Organization")],
     {("Organization", "广州白云山医药集团股份有限公司"): ["广州白云山医药集团", "白云山医药集团"]}),
    ("“乡村振兴”示范工程启动。乡村振兴示范工程今年覆盖十个县。",
     [("乡村振兴”示范工程", "Programme"), ("乡村振兴示范工程", "Programme")],
     {("Programme", "乡村振兴示范工程"): []}),  # quotation marks are not part of a name
    ("北京冬奥会圆满闭幕。冬奥会留下丰厚遗产。", [("北京冬奥会", "Event"), ("冬奥会", "Event")],
     {("Event", "北京冬奥会"): ["冬奥会"]}),
    # two bodies share the short form: it stays on its own, the two stay apart
    ("天津市总工会与重庆市总工会签约。总工会将共建平台。",
     [("天津市总工会", "Organization"), ("重庆市总工会", "Organization"), ("总工会", "Organization")],
     {("Organization", "天津市总工会"): [], ("Organization", "重庆市总工会"): [], ("Organization", "总工会"): []}),
])
def test_alias_short_form(body, marks, expected):
    doc, mentions = page("a", [(body, marks)])
    assert names(resolve([doc], mentions, [], [])) == expected


@pytest.mark.parametrize("body, marks, place, expected", [
    ("# 武侯区召开经济工作会议\n会上，区委书记介绍了我区发展情况，全区上下和区政府将一起推进。",
     [("武侯区", "Place"), ("经济工作会议", "Event"), ("区委", "Organization"), ("我区", "Place"),
      ("全区", "Place"), ("区政府", "Organization")],
     "武侯区",
     {("Place", "武侯区"): ["全区", "我区"], ("Organization", "武侯区委"): ["区委"],
      ("Organization", "武侯区政府"): ["区政府"]}),
    # no full form anywhere but in the heading text, and a short form in the body
    ("# 推动余杭区数字经济高质量发展\n余杭将打造数字经济高地，本区教委也将参与。",
     [("余杭", "Place"), ("本区教委", "Organization")],
     "余杭区",
     {("Place", "余杭区"): ["余杭"], ("Organization", "余杭区教委"): ["本区教委"]}),
])
def test_deictic_district(body, marks, place, expected):
    doc, mentions = page("a", [(body, marks)])
    ex = resolve([doc], mentions, [], [])
    assert doc.articles[0].place == place
    got = names(ex)
    assert {k: got[k] for k in expected if k in got} == expected


def test_city_union_expanded():
    doc, mentions = page("a", [
        ("# 深圳市南山区举办职工技能大赛\n大赛由市总工会指导，市委组织部支持。",
         [("深圳市", "Place"), ("南山区", "Place"), ("市总工会", "Organization"), ("市委组织部", "Organization")]),
    ])
    chain = [m for m in mentions if m.text in ("深圳市", "南山区")]
    ev = Evidence("a", "a#0", "", 0, 0, 0, 0)
    rels = [Relation(chain[1], "locatedIn", chain[0], ev)]
    got = names(resolve([doc], mentions, rels, []))
    assert got[("Organization", "深圳市总工会")] == ["市总工会"]
    assert got[("Organization", "深圳市委组织部")] == ["市委组织部"]


def test_city_from_other_articles_of_the_page():
    doc, mentions = page("a", [
        ("# 杭州市推进城市更新\n杭州市将加快旧改。", [("杭州市", "Place")]),
        ("# 职工之家建设提速\n市总工会表示，全市将新建一百家职工之家。", [("市总工会", "Organization"), ("全市", "Place")]),
    ])
    got = names(resolve([doc], mentions, [], []))
    assert got[("Organization", "杭州市总工会")] == ["市总工会"]
    assert got[("Place", "杭州市")] == ["全市"]
    assert doc.articles[1].place == "杭州市"


def test_merge_across_articles():
    doc1, m1 = page("d1", [
        ("# 青岛西海岸新区啤酒节开幕\n青岛啤酒股份有限公司参展，我区各街道积极参与。",
         [("青岛西海岸新区", "Place"), ("啤酒节", "Event"), ("青岛啤酒股份有限公司", "Organization"), ("我区", "Place")]),
    ])
    doc2, m2 = page("d2", [
        ("# 锦江区发布夜间经济地图\n青岛啤酒在我区开设体验店。",
         [("锦江区", "Place"), ("青岛啤酒", "Organization"), ("我区", "Place")]),
    ])
    ex = resolve([doc1, doc2], m1 + m2, [], [])
    got = names(ex)
    assert got[("Organization", "青岛啤酒股份有限公司")] == ["青岛啤酒"]
    assert got[("Place", "青岛西海岸新区")] == ["我区"]
    assert got[("Place", "锦江区")] == ["我区"]  # 我区 names a different district on each page
    orgs = [e for e in ex.entities if e.type == "Organization"]
    assert len(orgs) == 1 and {m.doc_id for m in orgs[0].mentions} == {"d1", "d2"}
    assert all(m.entity is not None for m in m1 + m2)


def test_relations_repointed_deduplicated_and_dangling_dropped():
    doc, mentions = page("a", [("# 峨眉山市召开旅游大会\n市长刘明主持。市长刘明主持。",
                                [("旅游大会", "Event"), ("刘明", "Person")])])
    event, p1, p2 = mentions[0], mentions[1], mentions[2]
    ev = Evidence("a", "a#0", "", 0, 0, 0, 0)
    empty = Mention("a", "a#0", 0, 1, "Person", "“")  # nothing left once quotes are dropped
    rels = [Relation(event, "chair", p1, ev), Relation(event, "chair", p2, ev),
            Relation(event, "chair", empty, ev), Relation(p1, "position", "市长", ev),
            Relation(p2, "position", "市长", ev)]
    ex = resolve([doc], mentions, rels, [])
    assert [(r.predicate, r.object if isinstance(r.object, str) else r.object.entity) for r in ex.relations] == [
        ("chair", "Person:刘明"), ("position", "市长")]


def test_deterministic_order():
    doc, mentions = page("a", [
        ("# 芜湖市召开制造业大会\n奇瑞汽车股份有限公司与安徽工程大学签约，芜湖市领导出席。",
         [("芜湖市", "Place"), ("制造业大会", "Event"), ("奇瑞汽车股份有限公司", "Organization"),
          ("安徽工程大学", "Organization")]),
    ])
    first = [(e.type, e.name) for e in resolve([doc], mentions, [], []).entities]
    assert first == [("Place", "芜湖市"), ("Event", "制造业大会"),
                     ("Organization", "奇瑞汽车股份有限公司"), ("Organization", "安徽工程大学")]
    for seed in range(3):
        shuffled = [Mention(m.doc_id, m.article_id, m.start, m.end, m.type, m.text, m.nested) for m in mentions]
        random.Random(seed).shuffle(shuffled)
        assert [(e.type, e.name) for e in resolve([doc], shuffled, [], []).entities] == first


@pytest.mark.parametrize("articles, expected", [
    # the term of a body is not part of its name
    ([("# 区十八届人大常委会召开会议\n区人大常委会主任出席。", [("区十八届人大常委会", "Organization"),
                                              ("区人大常委会", "Organization"), ("鼓楼区", "Place")]),
      ("# 鼓楼区推进老旧小区改造\n鼓楼区将改造小区。", [("鼓楼区", "Place")])],
     {("Organization", "鼓楼区人大常委会"): ["区人大常委会", "区十八届人大常委会"]}),
    # 区政府 of one article is the 人民政府 named in another
    ([("# 江北区人民政府与高校签约\n江北区人民政府将共建实验室。", [("江北区人民政府", "Organization"), ("江北区", "Place")]),
      ("# 江北区审计整改报告\n江北区区政府已明确整改时限。", [("江北区", "Place"), ("区政府", "Organization")])],
     {("Organization", "江北区人民政府"): ["区政府", "江北区政府"]}),
])
def test_organ_name_variants_merge(articles, expected):
    doc, mentions = page("a", articles)
    got = names(resolve([doc], mentions, [], []))
    assert {k: got.get(k) for k in expected} == expected


def test_city_of_district_from_division_lexicon():
    # the city is never written: the district's only city comes from the division-parents lexicon
    doc, mentions = page("a", [("# 青羊区举办职工运动会\n市总工会为青羊区职工颁奖。",
                                [("青羊区", "Place"), ("市总工会", "Organization")])])
    got = names(resolve([doc], mentions, [], []))
    assert got[("Organization", "成都市总工会")] == ["市总工会"]


def test_quanguo_is_not_china():
    doc, mentions = page("a", [("全国劳动模范在我国各地受到表彰。", [("全国", "Place"), ("我国", "Place")])])
    got = names(resolve([doc], mentions, [], []))
    assert got[("Place", "中国")] == ["我国"]
    assert ("Place", "全国") in got


@pytest.mark.parametrize("body, short, full", [
    ("京外高校纷纷与本区对接合作项目。", "京", "北京市"),
    ("沪上多家三甲医院参与了此次义诊。", "沪", "上海市"),
    ("粤企在展会上签约金额创新高。", "粤", "广东省"),
    ("中方对此表示坚决反对。", "中", "中国"),        # a country abbreviation
    ("双方签署了日方援助项目协议。", "日", "日本"),
])
def test_province_abbreviation_is_an_alias_of_the_division(body, short, full):
    doc, mentions = page("a", [(body, [(short, "Place")])])
    assert names(resolve([doc], mentions, [], [])) == {("Place", full): [short]}


@pytest.mark.parametrize("body, marks, expected", [
    ("华东电力集团召开年度会议。集团党委书记李强讲话。",
     [("华东电力集团", "Organization"), ("集团", "Organization")],
     {("Organization", "华东电力集团"): ["集团"]}),
    ("立法會交通事務委員會昨日開會。會議由委員會主席主持。",
     [("立法會交通事務委員會", "Organization"), ("委員會", "Organization")],
     {("Organization", "立法會交通事務委員會"): ["委員會"]}),
    ("天津市总工会与重庆市总工会签约。工会主席讲话。",  # the first one named before it
     [("天津市总工会", "Organization"), ("重庆市总工会", "Organization"), ("工会", "Organization")],
     {("Organization", "天津市总工会"): ["工会"], ("Organization", "重庆市总工会"): []}),
])
def test_generic_head_stands_for_the_body_named_before(body, marks, expected):
    doc, mentions = page("a", [(body, marks)])
    assert names(resolve([doc], mentions, [], [])) == expected


@pytest.mark.parametrize("body, marks, expected", [
    # the latest sentence naming a company wins over an earlier paragraph
    ("江南重工集团有限公司是本地龙头企业。在高新区的苏州恒瑞精密有限公司签下订单。公司总经理王敏说，订单将带动就业。",
     [("江南重工集团有限公司", "Organization"), ("苏州恒瑞精密有限公司", "Organization"), ("公司", "Organization")],
     {("Organization", "江南重工集团有限公司"): [], ("Organization", "苏州恒瑞精密有限公司"): ["公司"]}),
    # 集团 stands for the group written with its legal form
    ("东方新能源集团有限公司加快转型。集团董事长赵刚介绍了情况。",
     [("东方新能源集团有限公司", "Organization"), ("集团", "Organization")],
     {("Organization", "东方新能源集团有限公司"): ["集团"]}),
])
def test_generic_head_latest_sentence_and_legal_form(body, marks, expected):
    doc, mentions = page("a", [(body, [m for m in marks if m[0] != "公司"])])
    heads = [Mention("a", "a#0", m.start(), m.end(), "Organization", m.group()) for m in re.finditer("公司|集团", body)
             if not any(x.start <= m.start() < x.end for x in mentions)]
    got = names(resolve([doc], mentions + heads, [], []))
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("articles, expected", [
    # 团市委 is the city committee of the Communist Youth League
    ([("共青团宁波市委、宁波市文明办主办志愿活动。团市委书记陈静出席。",
       [("共青团宁波市委", "Organization"), ("宁波市文明办", "Organization"), ("团市委", "Organization")])],
     {("Organization", "共青团宁波市委"): ["团市委"]}),
    # 特区 abbreviates 特别行政区, also across articles
    ([("香港特区政府公布施政报告。", [("香港特区政府", "Organization")]),
      ("（来源：香港特别行政区政府新闻处）", [("香港特别行政区政府", "Organization")])],
     {("Organization", "香港特别行政区政府"): ["香港特区政府"]}),
    # a headline shortens the event's name
    ([("# 湾区科创论坛开幕\n2025湾区科技创新论坛昨日在南沙开幕。",
       [("湾区科创论坛", "Event"), ("2025湾区科技创新论坛", "Event")])],
     {("Event", "2025湾区科技创新论坛"): ["湾区科创论坛"]}),
    # a body's name contracted inside (援藏 for 对口支援西藏), but not a sibling body
    ([("江苏省对口支援西藏工作前方指挥部召开会议。江苏省援藏指挥部副指挥长王平出席。",
       [("江苏省对口支援西藏工作前方指挥部", "Organization"), ("江苏省援藏指挥部", "Organization")])],
     {("Organization", "江苏省对口支援西藏工作前方指挥部"): ["江苏省援藏指挥部"]}),
    # a company's coined short name
    ([("宁波澜禾智能装备有限公司扩产。澜禾智能新增订单。",
       [("宁波澜禾智能装备有限公司", "Organization"), ("澜禾智能", "Organization")])],
     {("Organization", "宁波澜禾智能装备有限公司"): ["澜禾智能"]}),
    ([("中国银行与中国建设银行签约。", [("中国银行", "Organization"), ("中国建设银行", "Organization")])],
     {("Organization", "中国银行"): [], ("Organization", "中国建设银行"): []}),
])
def test_abbreviated_names_join_the_full_one(articles, expected):
    doc, mentions = page("a", articles)
    got = names(resolve([doc], mentions, [], []))
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("body, marks, full", [
    ("香港经济增长。本港失业率下降，全港有三成市民受惠。",
     [("香港", "Place"), ("本港", "Place"), ("全港", "Place")], "香港特别行政区"),
    ("澳門經濟增長。本澳博彩收入上升。", [("澳門", "Place"), ("本澳", "Place")], "澳门特别行政区"),
])
def test_hong_kong_and_macao_by_their_own_forms_are_one_place(body, marks, full):
    doc, mentions = page("a", [(body, marks)])
    got = names(resolve([doc], mentions, [], []))
    assert list(got) == [("Place", full)]
    assert set(got[("Place", full)]) == {text for text, _ in marks}


def test_a_place_written_only_inside_a_body_name_is_no_entity():
    doc, ms = page("d", [("中国工程院院士到浙江大学讲学。", [("中国工程院", "Organization"), ("中国", "Place"),
                                                       ("浙江大学", "Organization"), ("浙江", "Place")])])
    names = {(e.type, e.name) for e in resolve([doc], ms, [], []).entities}
    assert names == {("Organization", "中国工程院"), ("Organization", "浙江大学")}


def test_a_place_written_inside_a_body_name_and_on_its_own_is_an_entity():
    doc, ms = page("d", [("浙江省委召开会议。浙江将加快发展。", [("浙江省委", "Organization"), ("浙江", "Place")])])
    assert ("Place", "浙江省") in {(e.type, e.name) for e in resolve([doc], ms, [], []).entities}


def test_a_place_inside_an_event_name_stays_an_entity():
    doc, ms = page("d", [("长沙全国电影工作会议开幕。", [("长沙全国电影工作会议", "Event"), ("长沙", "Place")])])
    assert ("Place", "长沙") in {(e.type, e.name) for e in resolve([doc], ms, [], []).entities}


def test_programmes_with_the_same_quoted_name_are_one():
    doc, ms = page("d", [("“暖心食堂”行动启动", [("“暖心食堂”行动", "Programme")]),
                         ("第二届“暖心食堂”志愿服务行动在东湖街道启动。", [("“暖心食堂”志愿服务行动", "Programme")])])
    programmes = [(e.name, e.aliases) for e in resolve([doc], ms, [], []).entities if e.type == "Programme"]
    assert programmes == [("暖心食堂志愿服务行动", ["暖心食堂行动"])]
