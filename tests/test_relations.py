"""Relation rules, one family per test, on sentences written in the style of Chinese public-affairs news.

Mentions are built by hand (``marks``: surface form → type), so these tests guard the relation
rules alone, whatever the entity stage finds.
"""
from __future__ import annotations

import re

import pytest

from kg.model import ARTICLE, Article, Document, Mention, Sentence
from kg.relations import extract_relations


def build(text: str, marks: list[tuple[str, str]]) -> tuple[Document, Article, list[Mention]]:
    """One article over ``text``; every occurrence of each marked surface form is a mention."""
    doc = Document("t", "t.txt", text, text)
    art = Article("t#0", "", 0, len(text))
    for m in re.finditer(r"[^。！？\n]+[。！？]?", text):
        art.sentences.append(Sentence(m.start(), m.end(), 0))
    doc.articles.append(art)
    spans = []
    for surface, type_ in marks:
        for m in re.finditer(re.escape(surface), text):
            spans.append((m.start(), m.end(), type_))
    mentions = [Mention("t", "t#0", s, e, t, text[s:e],
                        nested=any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans))
                for s, e, t in sorted(set(spans))]
    return doc, art, mentions


def triples(text: str, marks, predicates) -> set[tuple[str, str, str]]:
    doc, art, mentions = build(text, marks)
    out = set()
    for r in extract_relations(doc, art, mentions):
        assert r.evidence.sent_start <= r.evidence.start <= r.evidence.end <= r.evidence.sent_end
        assert doc.text[r.evidence.sent_start:r.evidence.sent_end] == r.evidence.sentence
        if r.predicate in predicates:
            s = r.subject if r.subject == ARTICLE else r.subject.text
            o = r.object if isinstance(r.object, str) else r.object.text
            out.add((s, r.predicate, o))
    return out


PERSON_ATTRS = ("position", "honour", "memberOf")


@pytest.mark.parametrize("text, marks, expected", [
    ("浙江大学教授陈建华在论坛上作主旨演讲。", [("浙江大学", "Organization"), ("陈建华", "Person")],
     {("陈建华", "position", "教授"), ("陈建华", "memberOf", "浙江大学")}),
    ("区委书记刘振宇带队调研重点项目。", [("刘振宇", "Person")],
     {("刘振宇", "position", "区委书记"), ("刘振宇", "memberOf", "区委")}),
    ("区委书记刘振宇带队调研重点项目。", [("区委", "Organization"), ("刘振宇", "Person")],
     {("刘振宇", "position", "区委书记"), ("刘振宇", "memberOf", "区委")}),
    ("中铁十二局集团有限公司高级工程师赵国强介绍了施工方案。",
     [("中铁十二局集团有限公司", "Organization"), ("赵国强", "Person")],
     {("赵国强", "position", "高级工程师"), ("赵国强", "memberOf", "中铁十二局集团有限公司")}),
    ("全国劳动模范、广州地铁集团有限公司司机长黄志坚分享了经验。",
     [("广州地铁集团有限公司", "Organization"), ("黄志坚", "Person")],
     {("黄志坚", "honour", "全国劳动模范"), ("黄志坚", "position", "司机长"),
      ("黄志坚", "memberOf", "广州地铁集团有限公司")}),
    ("会上，省委常委、宣传部部长周晓燕作动员讲话。", [("周晓燕", "Person")],
     {("周晓燕", "position", "省委常委"), ("周晓燕", "position", "宣传部部长"), ("周晓燕", "memberOf", "省委")}),
    ("李强总理在座谈会上强调，要稳住外贸基本盘。", [("李强", "Person")],
     {("李强", "position", "总理")}),
    ("我们邀请了张伟一起参观。", [("张伟", "Person")], set()),
    ("张伟强调，要抓好安全生产。", [("张伟", "Person")], set()),
])
def test_title_before_name(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("市领导孙海涛、何雪梅、罗斌出席活动。", [("孙海涛", "Person"), ("何雪梅", "Person"), ("罗斌", "Person")],
     {("孙海涛", "position", "市领导"), ("何雪梅", "position", "市领导"), ("罗斌", "position", "市领导")}),
    ("区委常委张磊、王芳参加调研。", [("张磊", "Person"), ("王芳", "Person")],
     {("张磊", "position", "区委常委"), ("王芳", "position", "区委常委"),
      ("张磊", "memberOf", "区委"), ("王芳", "memberOf", "区委")}),
    ("市长郑军、副市长高原出席。", [("郑军", "Person"), ("高原", "Person")],
     {("郑军", "position", "市长"), ("高原", "position", "副市长")}),
])
def test_list_of_names_after_role(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("本报讯(记者 刘洋 陈静)昨天，全市防汛工作会议召开。", [("刘洋", "Person"), ("陈静", "Person")],
     {("@article", "author", "刘洋"), ("@article", "author", "陈静"),
      ("刘洋", "position", "记者"), ("陈静", "position", "记者")}),
    ("本报讯（记者 刘洋 陈静）昨天，全市防汛工作会议召开。", [],  # names the entity stage missed
     {("@article", "author", "刘洋"), ("@article", "author", "陈静"),
      ("刘洋", "position", "记者"), ("陈静", "position", "记者")}),
    ("新华社成都5月6日电(记者 胡旭、李倩)", [("新华社", "Organization")],
     {("@article", "author", "胡旭"), ("@article", "author", "李倩"),
      ("胡旭", "position", "记者"), ("李倩", "position", "记者")}),
    ("(通讯员 孙伟 记者 赵明)", [],
     {("@article", "author", "孙伟"), ("@article", "author", "赵明"),
      ("孙伟", "position", "通讯员"), ("赵明", "position", "记者")}),
    ("(上接第二版)", [], set()),
])
def test_byline_reporters(text, marks, expected):
    assert triples(text, marks, ("author", "position")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("摄影:周敏", [("周敏", "Person")], {("@article", "author", "周敏")}),
    ("摄影 林晓东", [], {("@article", "author", "林晓东")}),
    ("图/郑红", [], {("@article", "author", "郑红")}),
    ("(记者 王可 摄)", [], {("@article", "author", "王可")}),
    ("摄影爱好者张三拍下了这一幕。", [("张三", "Person")], set()),
])
def test_photo_credit(text, marks, expected):
    assert triples(text, marks, ("author",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("文章正文。\n（武汉市江汉区委党校 陈思远）", [("武汉市江汉区委党校", "Organization")],
     {("@article", "author", "陈思远"), ("陈思远", "memberOf", "武汉市江汉区委党校")}),
    ("文章正文。\n(九三学社杭州市委)", [("九三学社杭州市委", "Organization")],
     {("@article", "author", "九三学社杭州市委")}),
    ("文章正文。\n(上接01版)", [], set()),
    ("(一)缺少统筹协调机制。", [], set()),
])
def test_closing_affiliation_line(text, marks, expected):
    assert triples(text, marks, ("author", "memberOf")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("(原文刊载于人民日报客户端)", [("人民日报客户端", "Organization")], {("@article", "source", "人民日报客户端")}),
    ("来源:南方日报", [], {("@article", "source", "南方日报")}),
    ("本文转载自澎湃新闻。", [("澎湃新闻", "Organization")], {("@article", "source", "澎湃新闻")}),
    ("来源广泛的数据显示，消费持续回暖。", [], set()),
])
def test_source_credit(text, marks, expected):
    assert triples(text, marks, ("source",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("由省文化和旅游厅、省文联联合主办的第五届巴蜀文化艺术节开幕。",
     [("省文化和旅游厅", "Organization"), ("省文联", "Organization"), ("第五届巴蜀文化艺术节", "Event")],
     {("第五届巴蜀文化艺术节", "organizer", "省文化和旅游厅"), ("第五届巴蜀文化艺术节", "organizer", "省文联")}),
    ("2024大湾区科技论坛由中国科学院、深圳市人民政府共同主办。",
     [("2024大湾区科技论坛", "Event"), ("中国科学院", "Organization"), ("深圳市人民政府", "Organization")],
     {("2024大湾区科技论坛", "organizer", "中国科学院"), ("2024大湾区科技论坛", "organizer", "深圳市人民政府")}),
    ("市委宣传部举办“书香羊城”全民阅读活动。", [("市委宣传部", "Organization"), ("书香羊城", "Programme")],
     {("书香羊城", "organizer", "市委宣传部")}),
    ("按照国务院办公厅《关于加强基层医疗卫生服务的意见》要求，各地加快推进。",
     [("国务院办公厅", "Organization"), ("关于加强基层医疗卫生服务的意见", "Programme")],
     {("关于加强基层医疗卫生服务的意见", "organizer", "国务院办公厅")}),
    ("# 第八届丝绸之路国际博览会开幕\n本届博览会由商务部、陕西省人民政府和中国国际贸易促进委员会共同主办。",
     [("第八届丝绸之路国际博览会", "Event"), ("商务部", "Organization"), ("陕西省人民政府", "Organization"),
      ("中国国际贸易促进委员会", "Organization")],
     {("第八届丝绸之路国际博览会", "organizer", "商务部"), ("第八届丝绸之路国际博览会", "organizer", "陕西省人民政府"),
      ("第八届丝绸之路国际博览会", "organizer", "中国国际贸易促进委员会")}),
    ("由共青团中央和沿海10省政府有关部门联合主办的海洋科普周开幕。",
     [("共青团中央", "Organization"), ("沿海10省政府", "Organization"), ("海洋科普周", "Event")],
     {("海洋科普周", "organizer", "共青团中央")}),
    ("市委组织部组织开展“青年干部宣讲”活动。", [("市委组织部", "Organization"), ("青年干部宣讲", "Programme")],
     {("青年干部宣讲", "organizer", "市委组织部")}),  # 组织 inside 组织部 is not the cue
    ("海淀区召开全区安全生产工作会议。", [("海淀区", "Place"), ("全区安全生产工作会议", "Event")], set()),
])
def test_organizer_by_zhuban(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("市委书记陈刚主持召开市委常委会会议。", [("陈刚", "Person"), ("市委常委会会议", "Event")],
     {("市委常委会会议", "chair", "陈刚")}),
    ("全市防汛工作会议由副市长吴红主持。", [("全市防汛工作会议", "Event"), ("吴红", "Person")],
     {("全市防汛工作会议", "chair", "吴红")}),
    ("# 南岸区召开优化营商环境大会\n区长周立新主持会议并讲话。",
     [("南岸区", "Place"), ("优化营商环境大会", "Event"), ("周立新", "Person")],
     {("优化营商环境大会", "chair", "周立新")}),
    ("主持人李娜宣布晚会开始。", [("李娜", "Person"), ("晚会", "Event")], set()),
])
def test_chair(text, marks, expected):
    assert triples(text, marks, ("chair",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("市领导孙海涛、何雪梅出席2024中国网络文明大会。",
     [("孙海涛", "Person"), ("何雪梅", "Person"), ("2024中国网络文明大会", "Event")],
     {("2024中国网络文明大会", "participant", "孙海涛"), ("2024中国网络文明大会", "participant", "何雪梅")}),
    ("# 朝阳区召开优化营商环境大会\n区领导张磊、王芳,及各街乡负责人参加。",
     [("朝阳区", "Place"), ("优化营商环境大会", "Event"), ("张磊", "Person"), ("王芳", "Person")],
     {("优化营商环境大会", "participant", "张磊"), ("优化营商环境大会", "participant", "王芳")}),
    ("# “劳模进校园”宣讲走进天津职业大学\n高级技师李卫东表示，聆听宣讲后深受启发。",
     [("劳模进校园", "Programme"), ("天津职业大学", "Organization"), ("李卫东", "Person")],
     {("劳模进校园", "participant", "李卫东")}),
    ("# 全省科技大会召开\n他1998年参加工作，现任高级工程师。", [("全省科技大会", "Event")], set()),
])
def test_participants(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


def paragraphs(text: str, marks):
    """Like ``build`` but one sentence per line, each line its own paragraph."""
    doc, art, mentions = build(text, marks)
    art.sentences = []
    pos = 0
    for n, line in enumerate(text.split("\n")):
        art.sentences.append(Sentence(pos, pos + len(line), n))
        pos += len(line) + 1
    return doc, art, mentions


@pytest.mark.parametrize("text, marks, expected", [
    ("# “最美职工”巡回宣讲走进重庆长安汽车\n宣讲会上，两位先进典型依次登台。\n"
     "全国劳动模范、重庆长安汽车股份有限公司钳工何明，讲述了攻关故事。\n"
     "重庆市五一劳动奖章获得者、重庆医科大学附属第一医院护士长邓丽，分享了抗疫经历。",
     [("最美职工", "Programme"), ("重庆长安汽车股份有限公司", "Organization"), ("何明", "Person"),
      ("重庆医科大学附属第一医院", "Organization"), ("邓丽", "Person")],
     {("最美职工", "participant", "何明"), ("最美职工", "participant", "邓丽")}),
    # three announced, two named: not sure who took part, nothing
    ("# “最美职工”巡回宣讲启动\n三位先进典型依次登台。\n钳工何明讲述了攻关故事。\n会场气氛热烈。",
     [("最美职工", "Programme"), ("何明", "Person")], set()),
])
def test_counted_speakers_in_following_paragraphs(text, marks, expected):
    doc, art, mentions = paragraphs(text, marks)
    got = {(r.subject.text, r.predicate, r.object.text) for r in extract_relations(doc, art, mentions)
           if r.predicate == "participant"}
    assert got == expected



@pytest.mark.parametrize("text, marks, expected", [
    ("第十届全国少数民族传统体育运动会于9月8日开幕。", [("第十届全国少数民族传统体育运动会", "Event")],
     {("第十届全国少数民族传统体育运动会", "date", "--09-08")}),
    ("全省两会于2024年1月20日至1月25日在成都召开。", [("全省两会", "Event")],
     {("全省两会", "date", "2024-01-20"), ("全省两会", "date", "2024-01-25")}),
    ("# 西城区召开街道工作推进会\n本次推进会于3月2日举行。", [("街道工作推进会", "Event")],
     {("街道工作推进会", "date", "--03-02")}),
    ("2021年特大洪灾中，他连续奋战。", [("2021年特大洪灾", "Event")], {("2021年特大洪灾", "date", "2021")}),
    ("6月1日起，新规正式施行。", [], set()),
])
def test_date_without_year(text, marks, expected):
    assert triples(text, marks, ("date",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("中国石油天然气股份有限公司长庆油田分公司", [("中国石油天然气股份有限公司长庆油田分公司", "Organization")],
     {("中国石油天然气股份有限公司长庆油田分公司", "subOrganizationOf", "中国石油天然气股份有限公司")}),
    ("广东省委宣传部", [("广东省委宣传部", "Organization")], {("广东省委宣传部", "subOrganizationOf", "广东省委")}),
    ("上海电气集团上海锅炉厂有限公司", [("上海电气集团上海锅炉厂有限公司", "Organization")],
     {("上海电气集团上海锅炉厂有限公司", "subOrganizationOf", "上海电气集团")}),
    ("成都市委市政府督查室", [("成都市委市政府督查室", "Organization")],
     {("成都市委市政府督查室", "subOrganizationOf", "成都市委"), ("成都市委市政府督查室", "subOrganizationOf", "市政府")}),
    ("民盟云南省委", [("民盟云南省委", "Organization")], {("民盟云南省委", "subOrganizationOf", "民盟")}),
    ("华为技术有限公司成都研究所", [("华为技术有限公司成都研究所", "Organization"), ("华为技术有限公司", "Organization")],
     {("华为技术有限公司成都研究所", "subOrganizationOf", "华为技术有限公司")}),
    ("北京首钢集团有限公司", [("北京首钢集团有限公司", "Organization")], set()),
    ("浙江吉利控股集团有限公司", [("浙江吉利控股集团有限公司", "Organization")], set()),
])
def test_nested_org_suborganization(text, marks, expected):
    assert triples(text, marks, ("subOrganizationOf",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("四川省绵阳市涪城区", [("四川省", "Place"), ("绵阳市", "Place"), ("涪城区", "Place")],
     {("绵阳市", "locatedIn", "四川省"), ("涪城区", "locatedIn", "绵阳市")}),
    ("江苏省苏州市", [("江苏省苏州市", "Place")], {("苏州市", "locatedIn", "江苏省")}),
    ("海淀区的中关村软件园", [("海淀区", "Place"), ("中关村软件园", "Place")],
     {("中关村软件园", "locatedIn", "海淀区")}),
    ("中心城区中，唯有我区人口保持净流入。", [("中心城区", "Place"), ("我区", "Place")],
     {("我区", "locatedIn", "中心城区")}),
    ("成都博物馆位于天府广场西侧。", [("成都博物馆", "Organization"), ("天府广场", "Place")],
     {("成都博物馆", "locatedIn", "天府广场")}),
    ("海淀区委", [("海淀区委", "Organization"), ("海淀区", "Place")], set()),
    ("上海虹桥站", [("上海虹桥站", "Place"), ("上海", "Place"), ("虹桥", "Place")], set()),
])
def test_place_chain_located_in(text, marks, expected):
    assert triples(text, marks, ("locatedIn",)) == expected
