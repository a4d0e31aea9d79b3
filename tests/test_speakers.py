"""Speakers: who reports a figure's words, and what those words are about when they name nothing."""

import pytest

from kg.model import Sentence
from kg.references import build_scope
from kg.speakers import content_start, is_speaker_clause, own_speaker, speaker_default, speaking_firm

from pages import one_article


def _scope(text: str, mentions: list[tuple[str, str]]):
    """A one-article scope (see tests/pages.py); sentences keep their closing quotation mark."""
    doc, art, found = one_article(text, mentions, closing_quotes=True)
    return build_scope(doc, art, sorted(found, key=lambda m: m.start))


def _last_sentence(scope):
    return scope.article.sentences[-1]


# (clause, whether it introduces reported content)
SPEAKER_CLAUSES = [
    ("市委书记张海涛在讲话中指出", True),
    ("据县农业农村局介绍", True),
    ("该企业负责人告诉记者", True),
    ("记者从市统计局获悉", True),
    ("全县粮食播种面积稳定在120万亩", False),
    ("会议审议通过了政府工作报告", False),
]


@pytest.mark.parametrize("clause, expected", SPEAKER_CLAUSES)
def test_speaker_clause_ends_with_a_verb_of_saying(clause, expected):
    assert is_speaker_clause(clause) is expected


# (sentence, the figure's text, what comes after the content start)
CONTENT_STARTS = [
    # after the last speaker clause before the figure
    ("副市长刘芳表示，今年全市将新建5G基站3000个。", "3000", "今年全市将新建5G基站3000个。"),
    ("据了解，该园区已入驻企业86家，年产值超过40亿元。", "40亿", "该园区已入驻企业86家，年产值超过40亿元。"),
    # two speaker clauses: the content begins after the second
    ("他介绍，据统计，全镇已有民宿120家。", "120", "全镇已有民宿120家。"),
    # no speaker: the whole sentence is content
    ("南岸区今年新增就业岗位1.2万个。", "1.2万", "南岸区今年新增就业岗位1.2万个。"),
    # a speaker clause after the figure does not move the start
    ("全市新增市场主体8.6万户，市场监管局负责人表示。", "8.6万", "全市新增市场主体8.6万户，市场监管局负责人表示。"),
]


@pytest.mark.parametrize("text, figure, content", CONTENT_STARTS)
def test_reported_content_starts_after_the_speaker_clause(text, figure, content):
    sent = Sentence(0, len(text), 0)
    assert text[content_start(text, sent, text.index(figure)):] == content


# (text, mentions, the speaker who tells of their own work, or None)
OWN_SPEAKERS = [
    # a worker telling of their own work
    ("车间班组长陈立伟说，团队先后试验了400多次。", [("陈立伟", "Person")], "陈立伟"),
    ("种粮大户黄春生笑着说，今年每亩多收了200斤。", [("黄春生", "Person")], "黄春生"),
    # a quotation followed by its speaker
    # a quotation, then its speaker opening the next sentence (not after a description: 果农X)
    ("“今年的脐橙卖了6万多元。”钟德明说。", [("钟德明", "Person")], "钟德明"),
    ("“今年的脐橙卖了6万多元。”果农钟德明说。", [("钟德明", "Person")], None),
    ("“今年的脐橙卖了6万多元。”\n钟德明说。", [("钟德明", "Person")], None),
    # a leader does not speak of their own work (区长, 局长 speak for the place)
    ("区长孙卫东说，全区新增企业500家。", [("孙卫东", "Person")], None),
    ("市交通运输局局长邓志刚说，今年新开公交线路12条。", [("邓志刚", "Person")], None),
    # 指出 / 强调 are a leader's verbs, not telling of one's work
    ("专家郑立新指出，该技术可节水30%。", [("郑立新", "Person")], None),
]


@pytest.mark.parametrize("text, mentions, expected", OWN_SPEAKERS)
def test_own_speaker_is_who_tells_of_their_work(text, mentions, expected):
    scope = _scope(text, mentions)
    sent = scope.article.sentences[0]
    found = own_speaker(scope, sent, content_start(text, sent, sent.end))
    assert (found.text if found else None) == expected


# (text, mentions, the firm whose person speaks, or None)
SPEAKING_FIRMS = [
    ("金穗果蔬专业合作社理事长周国平告诉记者，合作社今年销售额达800万元。",
     [("金穗果蔬专业合作社", "Organization"), ("周国平", "Person")], "金穗果蔬专业合作社"),
    ("华信电子有限公司总经理吴涛说，订单已排到明年3月。",
     [("华信电子有限公司", "Organization"), ("吴涛", "Person")], "华信电子有限公司"),
    ("市第一人民医院院长罗红介绍，今年门诊量增长12%。",
     [("市第一人民医院", "Organization"), ("罗红", "Person")], "市第一人民医院"),
    # a bureau reporting on the place it governs is not a firm speaking of its business
    ("市商务局副局长马骏介绍，全市社会消费品零售总额增长7%。",
     [("市商务局", "Organization"), ("马骏", "Person")], None),
]


@pytest.mark.parametrize("text, mentions, expected", SPEAKING_FIRMS)
def test_speaking_firm_is_the_company_whose_head_speaks(text, mentions, expected):
    scope = _scope(text, mentions)
    sent = scope.article.sentences[0]
    found = speaking_firm(scope, sent, content_start(text, sent, sent.end))
    assert (found.text if found else None) == expected


# (text, mentions, what reported words naming nothing are about, or None)
SPEAKER_DEFAULTS = [
    # a spokesperson of an organisation: the organisation
    ("远景能源集团相关负责人介绍，今年已交付风机320台。",
     [("远景能源集团", "Organization")], "远景能源集团"),
    # a leader of the place: the place the article is about
    ("全县召开经济工作会议。\n县长林志强要求，确保全年经济增长6%以上。",
     [("全县", "Place"), ("林志强", "Person")], "全县"),
    # a governing organ's leader speaks for the place, not for the organ
    ("全市召开推进会。\n市政府秘书长何斌说，力争新增投资50亿元。",
     [("全市", "Place"), ("市政府", "Organization"), ("何斌", "Person")], "全市"),
    # an earlier sentence of the paragraph opened the quotation
    ("龙腾物流有限公司负责人表示，公司将扩建仓库。预计新增就业岗位300个。",
     [("龙腾物流有限公司", "Organization")], "龙腾物流有限公司"),
    # no one is quoted
    ("全镇新建村级公路38公里。", [("全镇", "Place")], None),
]


@pytest.mark.parametrize("text, mentions, expected", SPEAKER_DEFAULTS)
def test_speaker_default_is_whom_the_speaker_speaks_for(text, mentions, expected):
    scope = _scope(text, mentions)
    found = speaker_default(scope, _last_sentence(scope))
    assert (found.text if found else None) == expected
