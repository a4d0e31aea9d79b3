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
    ("合肥星辰储能有限公司是皖能控股集团的全资子公司。",
     [("合肥星辰储能有限公司", "Organization"), ("皖能控股集团", "Organization")],
     {("合肥星辰储能有限公司", "subOrganizationOf", "皖能控股集团")}),
    ("市疾控中心隶属于市卫生健康委员会。", [("市疾控中心", "Organization"), ("市卫生健康委员会", "Organization")],
     {("市疾控中心", "subOrganizationOf", "市卫生健康委员会")}),
    ("海信集团旗下的青岛海信医疗设备股份有限公司发布新品。",
     [("海信集团", "Organization"), ("青岛海信医疗设备股份有限公司", "Organization")],
     {("青岛海信医疗设备股份有限公司", "subOrganizationOf", "海信集团")}),
    # a clause opening with 全资子公司 continues the body the previous sentence opened with
    ("蓝海智能总部位于滨湖新区。旗下皖江精密制造有限公司江北分公司负责组装；全资子公司蓝海智能（芜湖）机器人有限公司去年营收增长两成。",
     [("蓝海智能", "Organization"), ("滨湖新区", "Place"), ("蓝海智能（芜湖）机器人有限公司", "Organization"),
      ("皖江精密制造有限公司江北分公司", "Organization")],
     {("蓝海智能（芜湖）机器人有限公司", "subOrganizationOf", "蓝海智能"),
      ("皖江精密制造有限公司江北分公司", "subOrganizationOf", "皖江精密制造有限公司")}),
    # a partner is no parent
    ("合肥星辰储能有限公司是皖能控股集团的合作伙伴。",
     [("合肥星辰储能有限公司", "Organization"), ("皖能控股集团", "Organization")], set()),
])
def test_parent_stated_in_a_sentence(text, marks, expected):
    assert triples(text, marks, ("subOrganizationOf",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("蓝海智能总部位于滨湖新区。", [("蓝海智能", "Organization"), ("滨湖新区", "Place")],
     {("蓝海智能", "locatedIn", "滨湖新区")}),
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


@pytest.mark.parametrize("text, marks, expected", [
    # a party committee stays in the title, as written
    ("湖北省委常委、武汉市委书记郑立群出席。", [("湖北省委", "Organization"), ("武汉市委", "Organization"), ("郑立群", "Person")],
     {("郑立群", "position", "湖北省委常委"), ("郑立群", "position", "武汉市委书记"),
      ("郑立群", "memberOf", "湖北省委"), ("郑立群", "memberOf", "武汉市委")}),
    ("水磨沟街道党工委书记卢海燕介绍了情况。", [("水磨沟街道党工委", "Organization"), ("卢海燕", "Person")],
     {("卢海燕", "position", "水磨沟街道党工委书记"), ("卢海燕", "memberOf", "水磨沟街道党工委")}),
    # an organ named by its level only stays in the title
    ("市人大常委会主任、市总工会主席贺立军讲话。",
     [("市人大常委会", "Organization"), ("市总工会", "Organization"), ("贺立军", "Person")],
     {("贺立军", "position", "市人大常委会主任"), ("贺立军", "position", "市总工会主席"),
      ("贺立军", "memberOf", "市人大常委会"), ("贺立军", "memberOf", "市总工会")}),
    # a full name that is not a party committee is left out of the title
    ("南京大学教授林思远作报告。", [("南京大学", "Organization"), ("林思远", "Person")],
     {("林思远", "position", "教授"), ("林思远", "memberOf", "南京大学")}),
])
def test_title_keeps_party_committee_and_level_organ(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("中国科学院院士、复旦大学校长宋卫平致辞。",
     [("中国科学院", "Organization"), ("复旦大学", "Organization"), ("宋卫平", "Person")],
     {("宋卫平", "honour", "中国科学院院士"), ("宋卫平", "memberOf", "中国科学院"),
      ("宋卫平", "position", "校长"), ("宋卫平", "memberOf", "复旦大学")}),
    ("## 守护城市的光\n——记全国五一劳动奖章获得者贾永红", [("贾永红", "Person")],
     {("贾永红", "honour", "全国五一劳动奖章")}),
    ("这套系统出自湖南工匠、长沙某机械有限公司技师胡建国之手。",
     [("长沙某机械有限公司", "Organization"), ("胡建国", "Person")],
     {("胡建国", "honour", "湖南工匠"), ("胡建国", "position", "技师"), ("胡建国", "memberOf", "长沙某机械有限公司")}),
])
def test_honour_before_name(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("四川大学华西医院心内科主任医师罗晓春接诊。", [("四川大学华西医院", "Organization"), ("罗晓春", "Person")],
     {("罗晓春", "position", "主任医师"), ("罗晓春", "memberOf", "四川大学华西医院心内科"),
      ("四川大学华西医院心内科", "subOrganizationOf", "四川大学华西医院"),
      ("四川大学华西医院", "subOrganizationOf", "四川大学")}),
    ("西安某科技有限公司研发中心首席工程师韩东讲解。", [("西安某科技有限公司", "Organization"), ("韩东", "Person")],
     {("韩东", "position", "首席工程师"), ("韩东", "memberOf", "西安某科技有限公司研发中心"),
      ("西安某科技有限公司研发中心", "subOrganizationOf", "西安某科技有限公司")}),
])
def test_sub_unit_between_organisation_and_title(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS + ("subOrganizationOf",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("区政协主席马俊主持会议,副主席刘芳、赵强出席。",
     [("区政协", "Organization"), ("马俊", "Person"), ("刘芳", "Person"), ("赵强", "Person")],
     {("马俊", "memberOf", "区政协"), ("刘芳", "memberOf", "区政协"), ("赵强", "memberOf", "区政协")}),
    # 副区长 names no body: nothing to inherit
    ("区长马俊主持会议,副区长刘芳出席。", [("马俊", "Person"), ("刘芳", "Person")], set()),
])
def test_deputy_of_the_body_just_named(text, marks, expected):
    assert triples(text, marks, ("memberOf",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("天刚亮,孙丽萍就来到车间。作为全国劳动模范、青岛某纺织有限公司挡车工,她一干就是20年。",
     [("孙丽萍", "Person"), ("青岛某纺织有限公司", "Organization")],
     {("孙丽萍", "honour", "全国劳动模范"), ("孙丽萍", "position", "挡车工"),
      ("孙丽萍", "memberOf", "青岛某纺织有限公司")}),
    ("黄志刚还受聘担任武汉理工大学材料学院兼职教授。",
     [("黄志刚", "Person"), ("武汉理工大学材料学院", "Organization")],
     {("黄志刚", "position", "兼职教授"), ("黄志刚", "memberOf", "武汉理工大学材料学院")}),
    ("黄志刚担任组长。", [("黄志刚", "Person")], set()),  # no body named: no guess
    ("去年,吕海波被全国妇联授予全国三八红旗手称号。", [("吕海波", "Person"), ("全国妇联", "Organization")],
     {("吕海波", "honour", "全国三八红旗手")}),
])
def test_attributes_stated_by_profile_appointment_and_award(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("大会由河南省商务厅、郑州市人民政府主办,郑东新区管委会、河南某研究院承办。",
     [("大会", "Event"), ("河南省商务厅", "Organization"), ("郑州市人民政府", "Organization"),
      ("郑东新区管委会", "Organization"), ("河南某研究院", "Organization")],
     {("大会", "organizer", "河南省商务厅"), ("大会", "organizer", "郑州市人民政府"),
      ("大会", "organizer", "郑东新区管委会"), ("大会", "organizer", "河南某研究院")}),
    ("# 第三届西湖读书节开幕\n活动由区委宣传部、区文旅局联合主办。",
     [("第三届西湖读书节", "Event"), ("区委宣传部", "Organization"), ("区文旅局", "Organization")],
     {("第三届西湖读书节", "organizer", "区委宣传部"), ("第三届西湖读书节", "organizer", "区文旅局")}),
    ("市科协主办、市青少年宫承办的“科创少年”挑战赛开赛。",
     [("市科协", "Organization"), ("市青少年宫", "Organization"), ("科创少年", "Event")],
     {("科创少年", "organizer", "市科协"), ("科创少年", "organizer", "市青少年宫")}),
])
def test_organizer_anaphor_and_second_clause(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("会上,市人社局还发布了《长沙市技能人才评价办法》。",
     [("市人社局", "Organization"), ("长沙市技能人才评价办法", "Programme")],
     {("长沙市技能人才评价办法", "organizer", "市人社局")}),
    ("区科技局发布《科技企业培育办法》,同步推出“科创贷”。",
     [("区科技局", "Organization"), ("科技企业培育办法", "Programme"), ("科创贷", "Programme")],
     {("科技企业培育办法", "organizer", "区科技局"), ("科创贷", "organizer", "区科技局")}),
    ("首批“智慧社区”场景清单集中发布。", [("智慧社区", "Programme")], set()),
])
def test_issuing_body(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("9月3日,县十八届人大常委会第十二次会议召开。", [("县十八届人大常委会第十二次会议", "Event")],
     {("县十八届人大常委会第十二次会议", "organizer", "县十八届人大常委会")}),
    ("市政府常务会议研究了防汛工作。", [("市政府常务会议", "Event")], {("市政府常务会议", "organizer", "市政府")}),
    ("全市安全生产工作会议召开。", [("全市安全生产工作会议", "Event")], set()),
])
def test_body_holds_its_own_meeting(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("5月8日,第五届天府美食节在锦江区春熙路启幕。",
     [("第五届天府美食节", "Event"), ("锦江区春熙路", "Place")], {("第五届天府美食节", "locatedIn", "锦江区春熙路")}),
    ("在厦门国际会议中心举行的金砖创新论坛吸引千余人。",
     [("厦门国际会议中心", "Place"), ("金砖创新论坛", "Event")], {("金砖创新论坛", "locatedIn", "厦门国际会议中心")}),
    ("# 全市职工运动会开幕\n大会在市体育中心开幕。", [("全市职工运动会", "Event"), ("市体育中心", "Place")],
     {("全市职工运动会", "locatedIn", "市体育中心")}),
    ("他在厦门工作多年。", [("厦门", "Place")], set()),
])
def test_venue_of_event(text, marks, expected):
    assert triples(text, marks, ("locatedIn",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # a list of titled names split by commas
    ("# 数字经济峰会开幕\n湖南省副省长秦立明,中国科学院院士李向东出席开幕式并致辞。",
     [("数字经济峰会", "Event"), ("秦立明", "Person"), ("李向东", "Person"), ("中国科学院", "Organization")],
     {("数字经济峰会", "participant", "秦立明"), ("数字经济峰会", "participant", "李向东")}),
    ("# 城市更新推进会召开\n区委副书记蒋涛讲话。", [("城市更新推进会", "Event"), ("蒋涛", "Person")],
     {("城市更新推进会", "participant", "蒋涛")}),
    ("# 城市更新推进会召开\n蒋涛在讲话中指出,要加快进度。", [("城市更新推进会", "Event"), ("蒋涛", "Person")], set()),
    ("# 社区邻里节启动\n开幕式上,区委常委周敏为十家示范点授牌。", [("社区邻里节", "Event"), ("周敏", "Person")],
     {("社区邻里节", "participant", "周敏")}),
    ("# 防汛工作会议召开\n出席会议的还有区领导韩冰、刘洋。",
     [("防汛工作会议", "Event"), ("韩冰", "Person"), ("刘洋", "Person")],
     {("防汛工作会议", "participant", "韩冰"), ("防汛工作会议", "participant", "刘洋")}),
    ("去年,邵文杰入选省“天山英才”计划。", [("邵文杰", "Person"), ("天山英才", "Programme")],
     {("天山英才", "participant", "邵文杰")}),
    ("韦丽华主持国家重点研发计划项目2项。", [("韦丽华", "Person"), ("国家重点研发计划", "Programme")],
     {("国家重点研发计划", "participant", "韦丽华")}),
    # some other activity, not the article's event
    ("# 志愿服务月启动\n居民赵敏参加社区巡逻多年。", [("志愿服务月", "Event"), ("赵敏", "Person")], set()),
])
def test_participant_cues(text, marks, expected):
    assert triples(text, marks, ("participant", "chair")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("# 区人大常委会召开会议\n会议听取了2024年度预算执行情况和《区文旅发展规划(2024—2026年)》的报告。",
     [("区人大常委会召开会议", "Event"), ("区文旅发展规划(2024—2026年)", "Programme")], set()),
])
def test_no_date_from_reporting_year_or_programme_name(text, marks, expected):
    assert triples(text, marks, ("date",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("浙江大学医学院附属第二医院急诊科", [("浙江大学医学院附属第二医院急诊科", "Organization"), ("浙江大学", "Organization")],
     {("浙江大学医学院附属第二医院急诊科", "subOrganizationOf", "浙江大学医学院附属第二医院"),
      ("浙江大学医学院附属第二医院", "subOrganizationOf", "浙江大学")}),
    # a shorter name inside, not at the start, is no parent
    ("宁波舟山港股份有限公司", [("宁波舟山港股份有限公司", "Organization"), ("舟山港", "Organization")], set()),
    # 人大常委会 is one organ
    ("市人大常委会", [("市人大常委会", "Organization"), ("市人大", "Organization")], set()),
    ("2020年,宁波某电器有限公司出资成立了“匠心”技能大师工作室。",
     [("宁波某电器有限公司", "Organization"), ("匠心”技能大师工作室", "Organization")],
     {("匠心”技能大师工作室", "subOrganizationOf", "宁波某电器有限公司")}),
])
def test_parents_recursive_and_founded(text, marks, expected):
    assert triples(text, marks, ("subOrganizationOf",)) == expected


def test_founder_is_member():
    text = "秦海涛和同事们组建了“暖心”志愿服务队。"
    got = triples(text, [("秦海涛", "Person"), ("暖心”志愿服务队", "Organization")], ("memberOf",))
    assert got == {("秦海涛", "memberOf", "暖心”志愿服务队")}


@pytest.mark.parametrize("text, marks, expected", [
    ("位于苏州市吴中区甪直镇的某纺织厂", [("苏州市吴中区甪直镇", "Place"), ("某纺织厂", "Organization")],
     {("吴中区", "locatedIn", "苏州市"), ("甪直镇", "locatedIn", "吴中区"), ("某纺织厂", "locatedIn", "苏州市吴中区甪直镇")}),
    ("来自广东深圳的游客", [("广东深圳", "Place")], {("深圳", "locatedIn", "广东")}),
    ("来自广东郑州的游客", [("广东郑州", "Place")], set()),  # the lexicon says 郑州 is not in 广东
])
def test_place_chain_townships_and_short_forms(text, marks, expected):
    assert triples(text, marks, ("locatedIn",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("# 制造业数字化转型推进会召开\n会上,长春某汽车零部件有限公司、吉林某电力设备有限公司作交流发言。",
     [("制造业数字化转型推进会", "Event"), ("长春某汽车零部件有限公司", "Organization"),
      ("吉林某电力设备有限公司", "Organization")],
     {("制造业数字化转型推进会", "participant", "长春某汽车零部件有限公司"),
      ("制造业数字化转型推进会", "participant", "吉林某电力设备有限公司")}),
    ("# 智能制造博览会开幕\n合肥某机器人有限公司参展。", [("智能制造博览会", "Event"), ("合肥某机器人有限公司", "Organization")],
     {("智能制造博览会", "participant", "合肥某机器人有限公司")}),
])
def test_organisations_take_part(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


# ---------------------------------------------------------------- news it had not seen (second round)

@pytest.mark.parametrize("text, marks, expected", [
    ("本报讯（全媒体记者 周明 韩雪）10月9日，市政府召开常务会议。", [],
     {("@article", "author", "周明"), ("@article", "author", "韩雪"),
      ("周明", "position", "全媒体记者"), ("韩雪", "position", "全媒体记者")}),
    ("（通讯员 唐小兰 融媒体记者 范志刚）", [],
     {("@article", "author", "唐小兰"), ("@article", "author", "范志刚"),
      ("唐小兰", "position", "通讯员"), ("范志刚", "position", "融媒体记者")}),
    ("□ 刘春燕\n今年，张家湾镇种植中药材2万亩。\n(作者单位:张家湾镇人民政府)",
     [("刘春燕", "Person"), ("张家湾镇人民政府", "Organization")],
     {("@article", "author", "刘春燕"), ("刘春燕", "memberOf", "张家湾镇人民政府")}),
    ("文/黄嘉怡\n社区食堂开张了。", [], {("@article", "author", "黄嘉怡")}),
    ("□ 本报记者 石磊", [], {("@article", "author", "石磊"), ("石磊", "position", "记者")}),
])
def test_media_roles_mark_bylines_and_author_unit(text, marks, expected):
    assert triples(text, marks, ("author", "position", "memberOf")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("10月12日，2024长三角数字文旅论坛在合肥开幕。", [("2024长三角数字文旅论坛", "Event"), ("合肥", "Place")],
     {("2024长三角数字文旅论坛", "date", "2024-10-12")}),
    ("5月8日至9日，2024年成都市职工技能大赛决赛举行。", [("2024年成都市职工技能大赛决赛", "Event")],
     {("2024年成都市职工技能大赛决赛", "date", "2024-05-08"), ("2024年成都市职工技能大赛决赛", "date", "2024-05-09")}),
    ("3月5日，永川区2024年第一季度重大项目集中签约仪式举行。", [("重大项目集中签约仪式", "Event")],
     {("重大项目集中签约仪式", "date", "--03-05")}),
    ("9月20日，第三届丝路博览会开幕。", [("第三届丝路博览会", "Event")], {("第三届丝路博览会", "date", "--09-20")}),
])
def test_year_from_event_name_and_day_ranges(text, marks, expected):
    assert triples(text, marks, ("date",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("在城关镇红星村，村党支部书记、村委会主任王德明正在查看墒情。",
     [("王德明", "Person"), ("村党支部", "Organization"), ("村委会", "Organization")],
     {("王德明", "position", "村党支部书记"), ("王德明", "memberOf", "村党支部"),
      ("王德明", "position", "村委会主任"), ("王德明", "memberOf", "村委会")}),
    ("分公司总经理孙立介绍了今年的经营情况。", [("分公司", "Organization"), ("孙立", "Person")],
     {("孙立", "position", "分公司总经理"), ("孙立", "memberOf", "分公司")}),
    ("会议由委员会主席林志明主持。", [("委员会", "Organization"), ("林志明", "Person")],
     {("林志明", "position", "委员会主席"), ("林志明", "memberOf", "委员会")}),
    ("民政局局长陈立群表示，将扩大养老服务覆盖面。", [("陈立群", "Person")],
     {("陈立群", "position", "局长"), ("陈立群", "memberOf", "民政局")}),
    ("消防救援署署长梁振邦出席记者会。", [("梁振邦", "Person")],
     {("梁振邦", "position", "署长"), ("梁振邦", "memberOf", "消防救援署")}),
    ("会上，省委常委、宣传部部长周晓燕作动员讲话。", [("周晓燕", "Person")],
     {("周晓燕", "position", "省委常委"), ("周晓燕", "position", "宣传部部长"), ("周晓燕", "memberOf", "省委")}),
    ("海关缉私局高级监督何永康表示，案件仍在调查中。", [("海关缉私局", "Organization"), ("何永康", "Person")],
     {("何永康", "position", "高级监督"), ("何永康", "memberOf", "海关缉私局")}),
])
def test_titles_keep_village_and_generic_organs_and_name_their_office(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("华南钢铁集团有限公司党委书记、董事长何志远致辞。",
     [("华南钢铁集团有限公司党委", "Organization"), ("华南钢铁集团有限公司", "Organization"), ("何志远", "Person")],
     {("何志远", "position", "党委书记"), ("何志远", "memberOf", "华南钢铁集团有限公司党委"),
      ("何志远", "position", "董事长"), ("何志远", "memberOf", "华南钢铁集团有限公司")}),
    ("集团党委书记、董事长何志远致辞。", [("何志远", "Person")],
     {("何志远", "position", "集团党委书记"), ("何志远", "memberOf", "集团党委"),
      ("何志远", "position", "董事长"), ("何志远", "memberOf", "集团")}),
    ("集团党委副书记、工会主席赵丽出席。", [("赵丽", "Person")],
     {("赵丽", "position", "集团党委副书记"), ("赵丽", "memberOf", "集团党委"),
      ("赵丽", "position", "工会主席"), ("赵丽", "memberOf", "工会")}),
    ("望江街道党工委书记邓超介绍情况。", [("望江街道党工委", "Organization"), ("邓超", "Person")],
     {("邓超", "position", "望江街道党工委书记"), ("邓超", "memberOf", "望江街道党工委")}),
])
def test_committee_of_a_body_and_the_body_it_heads(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("车间主任、“齐鲁工匠”孙海涛介绍，新工艺已投入使用。", [("孙海涛", "Person")],
     {("孙海涛", "position", "车间主任"), ("孙海涛", "honour", "齐鲁工匠")}),
    ("县人大常委会主任刘伟、县政协主席张敏等县领导出席。", [("刘伟", "Person"), ("张敏", "Person")],
     {("刘伟", "position", "县人大常委会主任"), ("刘伟", "memberOf", "县人大常委会"), ("刘伟", "position", "县领导"),
      ("张敏", "position", "县政协主席"), ("张敏", "memberOf", "县政协"), ("张敏", "position", "县领导")}),
    ("李红梅从事纺织工作二十年。2019年，她被授予“全国技术能手”称号。", [("李红梅", "Person")],
     {("李红梅", "honour", "全国技术能手")}),
    ('去年，张勇被授予"四川省劳动模范"称号。', [("张勇", "Person")], {("张勇", "honour", "四川省劳动模范")}),
])
def test_quoted_honours_shared_roles_and_pronoun_awards(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("市委常委会", [("市委常委会", "Organization")], {("市委常委会", "subOrganizationOf", "市委")}),
    ("立法会财务委员会", [("立法会财务委员会", "Organization")], {("立法会财务委员会", "subOrganizationOf", "立法会")}),
    ("深圳海关缉私局", [("深圳海关缉私局", "Organization")], {("深圳海关缉私局", "subOrganizationOf", "深圳海关")}),
    ("部长出席立法会经济发展委员会会议。", [("立法会经济发展委员会", "Organization"), ("立法会经济发展委员会会议", "Event")],
     {("立法会经济发展委员会", "subOrganizationOf", "立法会")}),
    ("在瓶窑镇张堰村，稻谷开镰。", [("瓶窑镇张堰村", "Place")], {("张堰村", "locatedIn", "瓶窑镇")}),
    ("今年45岁的王永福务农多年，2019年牵头成立永福种植专业合作社。",
     [("王永福", "Person"), ("永福种植专业合作社", "Organization")], {("王永福", "memberOf", "永福种植专业合作社")}),
    ("王永福说，村里2019年成立了永福种植专业合作社。",
     [("王永福", "Person"), ("永福种植专业合作社", "Organization")], set()),
])
def test_parents_village_chains_and_founders_of_a_topic_chain(text, marks, expected):
    assert triples(text, marks, ("subOrganizationOf", "locatedIn", "memberOf")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("会议审议通过《南宁市营商环境优化方案》，决定由市委办公室、市政府办公室印发实施。",
     [("南宁市营商环境优化方案", "Programme"), ("市委办公室", "Organization"), ("市政府办公室", "Organization")],
     {("南宁市营商环境优化方案", "organizer", "市委办公室"), ("南宁市营商环境优化方案", "organizer", "市政府办公室"),
      ("市委办公室", "subOrganizationOf", "市委"), ("市政府办公室", "subOrganizationOf", "市政府")}),
    ("# 全市职工技能大赛落幕\n大赛由市总工会、市人社局联合主办。",
     [("全市职工技能大赛", "Event"), ("市总工会", "Organization"), ("市人社局", "Organization")],
     {("全市职工技能大赛", "organizer", "市总工会"), ("全市职工技能大赛", "organizer", "市人社局")}),
    ("华东电力集团举行年度表彰大会，大会由华东电力集团工会主办。",
     [("华东电力集团", "Organization"), ("华东电力集团工会", "Organization"), ("年度表彰大会", "Event")],
     {("年度表彰大会", "organizer", "华东电力集团工会"), ("华东电力集团工会", "subOrganizationOf", "华东电力集团")}),
    ("近日，华东电力集团检修分公司职工技术比武会举行。", [("华东电力集团检修分公司职工技术比武会", "Event")],
     {("华东电力集团检修分公司职工技术比武会", "organizer", "华东电力集团检修分公司"),
      ("华东电力集团检修分公司", "subOrganizationOf", "华东电力集团")}),
    ("近日，2024年度全省科技创新大会举行。", [("2024年度全省科技创新大会", "Event")], set()),
])
def test_issuers_anaphors_and_hosts_named_in_the_event(text, marks, expected):
    assert triples(text, marks, ("organizer", "subOrganizationOf")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("# 2024海峡数字经济峰会开幕\n开幕式上，福建星海科技有限公司、闽江能源集团等26个项目集中签约。",
     [("2024海峡数字经济峰会", "Event"), ("福建星海科技有限公司", "Organization"), ("闽江能源集团", "Organization")],
     {("2024海峡数字经济峰会", "participant", "福建星海科技有限公司"),
      ("2024海峡数字经济峰会", "participant", "闽江能源集团")}),
    ("# 县重大项目集中开工仪式举行\n县委书记王强宣布项目开工。",
     [("县重大项目集中开工仪式", "Event"), ("王强", "Person")], {("县重大项目集中开工仪式", "participant", "王强")}),
    ("# 市政协召开专题协商会\n市文旅局局长罗佳通报有关情况，市发展改革委、市交通运输局有关负责同志现场回应。",
     [("专题协商会", "Event"), ("罗佳", "Person"), ("市文旅局", "Organization"), ("市发展改革委", "Organization"),
      ("市交通运输局", "Organization")],
     {("专题协商会", "participant", "罗佳"), ("专题协商会", "participant", "市发展改革委"),
      ("专题协商会", "participant", "市交通运输局")}),
    ("# 产业博览开幕\n副局长陈洁主持开幕礼。期间同场举行智慧交通论坛。",
     [("陈洁", "Person"), ("智慧交通论坛", "Event")], set()),  # the forum named later is not the one opened
])
def test_signing_announcing_reporting_and_anaphors_look_back(text, marks, expected):
    assert triples(text, marks, ("participant", "chair")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("由市总工会、市妇联主办，鼓楼区文化馆承办，南京银行协办的第五届“金陵书香”阅读节在鼓楼区开幕。",
     [("市总工会", "Organization"), ("市妇联", "Organization"), ("鼓楼区文化馆", "Organization"),
      ("南京银行", "Organization"), ("金陵书香", "Event")],
     {("金陵书香", "organizer", "市总工会"), ("金陵书香", "organizer", "市妇联"),
      ("金陵书香", "organizer", "鼓楼区文化馆"), ("金陵书香", "organizer", "南京银行")}),
    ("由省商务厅主办，市贸促会承办的2025中国（青岛）跨境电商博览会昨日开幕。",
     [("省商务厅", "Organization"), ("市贸促会", "Organization"), ("2025中国（青岛）跨境电商博览会", "Event")],
     {("2025中国（青岛）跨境电商博览会", "organizer", "省商务厅"),
      ("2025中国（青岛）跨境电商博览会", "organizer", "市贸促会")}),
])
def test_organizer_chain_of_host_clauses_before_de(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("（记者 孙一鸣 钱多多）昨日（3月5日）举行的市人大常委会全体会议表决通过有关决定。",
     [("孙一鸣", "Person"), ("钱多多", "Person"), ("市人大常委会全体会议", "Event"), ("市人大常委会", "Organization")],
     {("市人大常委会全体会议", "organizer", "市人大常委会")}),
    ("立法会全体会议今日举行，引介多项法案。",
     [("立法会全体会议", "Event"), ("立法会", "Organization")],
     {("立法会全体会议", "organizer", "立法会")}),
    ("某基金会理事会全体会议在京召开。",
     [("某基金会理事会全体会议", "Event"), ("某基金会理事会", "Organization")],
     {("某基金会理事会全体会议", "organizer", "某基金会理事会")}),
])
def test_no_byline_organizer_and_council_meeting(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("2025海峡两岸文旅交流会，昨日（10月12日）在平潭国际会展中心开幕。",
     [("2025海峡两岸文旅交流会", "Event"), ("平潭国际会展中心", "Place")],
     {("2025海峡两岸文旅交流会", "locatedIn", "平潭国际会展中心")}),
    ("第三届数字乡村论坛，5月20日在德清县举行。",
     [("第三届数字乡村论坛", "Event"), ("德清县", "Place")],
     {("第三届数字乡村论坛", "locatedIn", "德清县")}),
])
def test_venue_after_comma_and_time(text, marks, expected):
    assert triples(text, marks, ("locatedIn",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("昨日（12月9日）举行的市人大常委会会议审议《2026年预算调整方案》。",
     [("市人大常委会会议", "Event")],
     {("市人大常委会会议", "date", "--12-09")}),
])
def test_no_date_inside_book_title(text, marks, expected):
    assert triples(text, marks, ("date",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("志愿者来到鼓楼区中山北路沿线开展清扫。", [("鼓楼区", "Place"), ("中山北路", "Place")],
     {("中山北路", "locatedIn", "鼓楼区")}),
    ("展会在锦江区成都国际会展中心举办。", [("锦江区", "Place"), ("成都国际会展中心", "Place")],
     {("成都国际会展中心", "locatedIn", "锦江区")}),
    ("在西乌珠穆沁旗浩勒图高勒镇，牧民增收明显。", [("西乌珠穆沁旗", "Place"), ("浩勒图高勒镇", "Place")],
     {("浩勒图高勒镇", "locatedIn", "西乌珠穆沁旗")}),
    ("游客从南京市夫子庙出发。", [("南京市", "Place"), ("夫子庙", "Place")], set()),  # a city: too coarse a cue
])
def test_road_or_venue_after_district(text, marks, expected):
    assert triples(text, marks, ("locatedIn",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # 博览会 is the 博览会 named just before, not the first event of the article
    ("7月5日，第二届锡林郭勒草原文化节开幕。8月2日至4日，第六届锡林郭勒绿色农畜产品博览会在锡林浩特市举办。"
     "博览会由市人民政府主办，市农牧局承办。",
     [("第二届锡林郭勒草原文化节", "Event"), ("第六届锡林郭勒绿色农畜产品博览会", "Event"),
      ("锡林浩特市", "Place"), ("市人民政府", "Organization"), ("市农牧局", "Organization")],
     {("第六届锡林郭勒绿色农畜产品博览会", "organizer", "市人民政府"),
      ("第六届锡林郭勒绿色农畜产品博览会", "organizer", "市农牧局")}),
])
def test_organizer_of_the_event_the_common_noun_names(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # who chairs is not also a participant
    ("10月9日，县委理论学习中心组举行第八次集体学习。县委书记何立军主持并讲话。",
     [("第八次集体学习", "Event"), ("何立军", "Person")],
     {("第八次集体学习", "chair", "何立军")}),
    # 参加学习, 作专题辅导报告, 主要负责同志作交流发言: the article's own study session
    ("9月3日，州委理论学习中心组举行第六次集体学习。副州长罗明，州人大常委会主任吴芳等参加学习。"
     "会上，中国农业大学教授钱卫东作专题辅导报告，州农业农村局、凯里市委主要负责同志作交流发言。",
     [("第六次集体学习", "Event"), ("罗明", "Person"), ("吴芳", "Person"), ("钱卫东", "Person"),
      ("中国农业大学", "Organization"), ("州农业农村局", "Organization"), ("凯里市委", "Organization")],
     {("第六次集体学习", "participant", "罗明"), ("第六次集体学习", "participant", "吴芳"),
      ("第六次集体学习", "participant", "钱卫东"), ("第六次集体学习", "participant", "州农业农村局"),
      ("第六次集体学习", "participant", "凯里市委")}),
    # 出席启动仪式: the campaign the article is about
    ("# “文明出行”行动启动\n团区委书记马丽出席启动仪式。",
     [("文明出行”行动", "Programme"), ("马丽", "Person")],
     {("文明出行”行动", "participant", "马丽")}),
])
def test_study_session_and_launch_participants(text, marks, expected):
    assert triples(text, marks, ("chair", "participant")) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("市政协提案委员会主任李刚介绍情况。", [("市政协提案委员会", "Organization"), ("李刚", "Person")],
     {("市政协提案委员会", "subOrganizationOf", "市政协")}),
    ("区人大常委会法制工作委员会开展调研。", [("区人大常委会法制工作委员会", "Organization")],
     {("区人大常委会法制工作委员会", "subOrganizationOf", "区人大常委会")}),
])
def test_committee_of_cppcc_or_npc_standing_committee(text, marks, expected):
    assert triples(text, marks, ("subOrganizationOf",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("# 县委理论学习中心组举行集体学习\n县委副书记刘伟，县人大常委会主任陈红等中心组成员参加学习。",
     [("县委理论学习中心组", "Organization"), ("刘伟", "Person"), ("陈红", "Person")],
     {("刘伟", "memberOf", "中心组"), ("陈红", "memberOf", "中心组")}),
    ("张涛、李娜等市青联委员参加活动。", [("张涛", "Person"), ("李娜", "Person")], set()),  # no group named
])
def test_list_members_of_a_group(text, marks, expected):
    got = {t for t in triples(text, marks, ("memberOf",)) if t[2] not in ("县委", "县人大常委会")}
    assert got == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("立法会议员陈家豪指出，今年多家中小企业结业。议员黄美玲建议扩大资助名额。",  # the sentence before
     [("立法会", "Organization"), ("陈家豪", "Person"), ("黄美玲", "Person")],
     {("陈家豪", "memberOf", "立法会"), ("黄美玲", "memberOf", "立法会")}),
    ("市人大代表王建华建议增设公交线路，代表刘敏呼吁加快老旧小区改造。",
     [("市人大", "Organization"), ("王建华", "Person"), ("刘敏", "Person")],
     {("王建华", "memberOf", "市人大"), ("刘敏", "memberOf", "市人大")}),
])
def test_bare_office_repeated_after_titled_name(text, marks, expected):
    assert triples(text, marks, ("memberOf",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("# 市人大常委会第十五次会议举行\n市人大常委会第十五次会议昨日举行。委员周涛指出，要加强监督。"
     "市财政局局长孙红补充，明年将压减一般性支出。",
     [("市人大常委会第十五次会议", "Event"), ("周涛", "Person"), ("孙红", "Person"), ("市财政局", "Organization")],
     {("市人大常委会第十五次会议", "participant", "周涛"), ("市人大常委会第十五次会议", "participant", "孙红")}),
    # not a meeting: quotes in a festival report are no participation
    ("# 第三届龙舟节开幕\n第三届龙舟节昨日开幕。游客王丽指出，活动很精彩。",
     [("第三届龙舟节", "Event"), ("王丽", "Person")], set()),
])
def test_speakers_at_the_meeting_reported(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("市民政局与市慈善总会昨日联合宣布，“银龄守护计划”明年起覆盖全市。",
     [("市民政局", "Organization"), ("市慈善总会", "Organization"), ("银龄守护计划", "Programme")],
     {("银龄守护计划", "organizer", "市民政局"), ("银龄守护计划", "organizer", "市慈善总会")}),
    ("市民政局宣布，“银龄守护计划”明年起覆盖全市。",  # one body announcing: no joint launch cue
     [("市民政局", "Organization"), ("银龄守护计划", "Programme")], set()),
])
def test_joint_launch_of_a_programme(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("5月8日，第六届西部茶业博览会在普洱市开幕。德宏县的云岭茶业有限公司现场签下订单8000万元。",
     [("第六届西部茶业博览会", "Event"), ("普洱市", "Place"), ("德宏县", "Place"), ("云岭茶业有限公司", "Organization")],
     {("第六届西部茶业博览会", "participant", "云岭茶业有限公司")}),
    ("# 2025滇中产业合作论坛开幕\n2025滇中产业合作论坛昨日开幕。\n论坛现场共有9个项目签约。"
     "其中，昆明恒远科技有限公司与一家物流企业签订合作协议。",
     [("2025滇中产业合作论坛", "Event"), ("昆明恒远科技有限公司", "Organization")],
     {("2025滇中产业合作论坛", "participant", "昆明恒远科技有限公司")}),
    ("第六届西部茶业博览会闭幕。云岭茶业有限公司与农户签订收购合同。",  # not on site
     [("第六届西部茶业博览会", "Event"), ("云岭茶业有限公司", "Organization")], set()),
])
def test_companies_signing_on_site_take_part(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("南方航空有限公司地面服务部今年组建了80人的“木棉花”志愿服务队。",
     [("南方航空有限公司地面服务部", "Organization"), ("“木棉花”志愿服务队", "Organization")],
     {("“木棉花”志愿服务队", "subOrganizationOf", "南方航空有限公司地面服务部")}),
    ("市第一医院成立一支30人的应急医疗队。",
     [("市第一医院", "Organization"), ("应急医疗队", "Organization")],
     {("应急医疗队", "subOrganizationOf", "市第一医院")}),
])
def test_founded_body_with_its_size(text, marks, expected):
    got = {t for t in triples(text, marks, ("subOrganizationOf",)) if t[0] != "南方航空有限公司地面服务部"}
    assert got == expected
