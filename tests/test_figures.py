"""Figures: the number normaliser, figures found in sentences, and numbers that are not figures."""

import pytest

from kg.figures import extract_figures
from kg.model import Article, Document, Sentence

from pages import one_article


def _figures(text, mentions=()):
    doc, art, found = one_article(text, mentions)
    return extract_figures(doc, art, found)


# (text, mentions, [(value, unit, qualifier, measure or None = not checked, subject text or None)])
FIGURES = [
    ("截至目前，杭州市已建成156个城市书房。", [("杭州市", "Place")],
     [(156, "个", "", "城市书房", "杭州市")]),
    ("青岛港集团去年完成集装箱吞吐量超2500万标准箱。", [("青岛港集团", "Organization")],
     [(25_000_000, "标准箱", "超", "集装箱吞吐量", "青岛港集团")]),
    ("成都市武侯区全年新增就业岗位1.2万个，城镇登记失业率控制在3%以内。", [("成都市武侯区", "Place")],
     [(12_000, "个", "", None, "成都市武侯区"), (3, "%", "以内", "城镇登记失业率", "成都市武侯区")]),
    ("深圳市南山区约有4.5万家科技型企业。", [("深圳市南山区", "Place")],
     [(45_000, "家", "约", None, "深圳市南山区")]),
    ("全国劳动模范、广州地铁集团有限公司电客车司机陈立新，从事地铁驾驶工作28年，安全行车超过60万公里。",
     [("广州地铁集团有限公司", "Organization"), ("陈立新", "Person")],
     [(28, "年", "", "从事地铁驾驶工作", "陈立新"), (600_000, "公里", "超", None, "陈立新")]),
    ("浙江省农业科学院研究员周敏，长期从事水稻育种研究。\n她带领团队选育新品种12个，累计推广面积达800余万亩。",
     [("浙江省农业科学院", "Organization"), ("周敏", "Person")],
     [(12, "个", "", None, "周敏"), (8_000_000, "亩", "余", None, "周敏")]),
    ("中国工程院院士、华中科技大学教授黄建华，深耕智能制造领域40余年。",
     [("中国工程院", "Organization"), ("华中科技大学", "Organization"), ("黄建华", "Person")],
     [(40, "年", "余", None, "黄建华")]),
    ("南京市与合肥市签署合作协议，共建3个产业园区。", [("南京市", "Place"), ("合肥市", "Place")],
     [(3, "个", "", "产业园区", None)]),
    ("今年，西安市分两批召开全市民营经济发展大会。",
     [("西安市", "Place"), ("全市民营经济发展大会", "Event")],
     [(2, "批", "", None, "全市民营经济发展大会")]),
    ("该方案明确了推进长三角一体化发展的5项重点任务。", [("长三角", "Place")],
     [(5, "项", "", "重点任务", None)]),
    ("目前，苏州工业园区已集聚外资企业5000余家。今年还将新增研发机构20家。", [("苏州工业园区", "Place")],
     [(5000, "家", "余", "外资企业", "苏州工业园区"), (20, "家", "", "研发机构", "苏州工业园区")]),
    ("全市常住人口达到2185万。", [("全市", "Place")], [(21_850_000, "", "", "常住人口", "全市")]),
    ("绿色建筑占新建建筑的比例达到百分之七十五。", [], [(0.75, "", "", None, None)]),
    ("检测装置的误报率降到千分之三以下。", [], [(0.003, "", "以下", None, None)]),
    ("厦门市林业局介绍，全市森林面积约占国土面积的三分之一。", [("厦门市林业局", "Organization"), ("全市", "Place")],
     [(1 / 3, "", "", None, "全市")]),
    ("项目建设周期为3至5年。", [], [(3, "年", "", None, None)]),
    ("受访企业中八成以上表示订单回暖。", [], [(8, "成", "超", None, None)]),
    ("该项目总投资约12.6亿元。", [], [(1_260_000_000, "元", "约", None, None)]),
    ("今年新增５０个充电桩，建成5G基站3200个。", [],
     [(50, "个", "", "充电桩", None), (3200, "个", "", "5G基站", None)]),
    ("这条隧道全长5千米，最大埋深达120米。", [], [(5, "千米", "", "隧道全长", None), (120, "米", "", None, None)]),
    ("老队长在海岛上坚守了20多年。", [], [(20, "年", "多", None, None)]),
    ("研究所研制的探测器分辨率达到0.5纳米。", [], [(0.5, "纳米", "", "探测器分辨率", None)]),
    ("台风过境期间，他带队连续奋战36小时。", [], [(36, "小时", "", None, None)]),
    ("三名青年教师分享了各自的育人故事。", [], [(3, "名", "", "青年教师", None)]),
    ("两个“示范街区”已经通过验收。", [], [(2, "个", "", "示范街区", None)]),
    ("将近一半的居民参与了垃圾分类，参与人数将近三千人。", [],
     [(0.5, "", "近", None, None), (3000, "人", "近", None, None)]),
    ("新馆预计投资一点五亿元，每周开放20个小时。", [],
     [(150_000_000, "元", "", None, None), (20, "个小时", "", None, None)]),
]


@pytest.mark.parametrize("text, mentions, expected", FIGURES)
def test_figures_in_sentences(text, mentions, expected):
    got = _figures(text, mentions)
    assert [(pytest.approx(f.value), f.unit, f.qualifier) for f in got] == [e[:3] for e in expected]
    for f, (_, _, _, measure, subject) in zip(got, expected):
        if measure is not None:
            assert f.measure == measure
        assert (f.subject.text if f.subject else None) == subject


NOT_FIGURES = [
    ("第三届中国国际进口博览会在上海开幕。", []),  # ordinal
    ("会议将于2023年6月18日上午10时在长沙召开。", []),  # dates and times
    ("2019年至2023年，该市持续推进老旧小区改造。", []),  # a range of years
    ("他们坚持一线工作法，一步步推进，把服务送进千家万户。", []),  # idioms
    ("地铁5号线南延段正式开通。", []),  # a number inside a line name
    ("地铁5号线南延段正式开通。", [("地铁5号线", "Place")]),  # … and inside a mention
    ("“十四五”时期，全区上下一体化推进改革。", []),  # plan names
    ("坚持三位一体推进基层治理。", []),  # set phrase
    ("党员干部要增强“四个意识”、坚定“四个自信”、做到“两个维护”。", []),  # political formulations
    ("他数十年如一日扎根乡村。", []),  # vague numbers
    ("(一)加强组织领导。（二）完善工作机制。", []),  # list markers
    ("详见本报02版。", []),  # page numbers
    ("这是全省唯一一个获此殊荣的社区。", []),  # indefinite 一
    ("要严把每一道工序。", []),  # distributive
    ("十几个社区和几十家企业参与活动。", []),  # vague counts
    ("周三下午，初三学生参加了体育测试。", []),  # weekday and school grade
    ("他首创的30秒快速检测法在全省推广。", []),  # number inside a method's name
    ("G20峰会期间，城市运行平稳。", []),  # a code
    ("北京城六区统筹推进。", [("城六区", "Place")]),  # inside a place name
    ("建立市区两级联动机制。", []),  # set phrase
    ("公司进入新一轮发展期，迎来建厂70周年。", []),  # indefinite 一, anniversary
    ("第二、三阶段工作将于下半年展开。", []),  # ordinals in a list
    ("十年前，这两所学校还是一片荒地。", []),  # a point in time, an anaphoric count
    ("体育馆承办男子62公斤级比赛，港区建设10万吨级泊位。", []),  # weight classes and size classes
    ("他在4×100米接力中夺冠，增幅为20·4％。", []),  # a product and a decimal written with ·
]


@pytest.mark.parametrize("text, mentions", NOT_FIGURES)
def test_not_figures(text, mentions):
    assert [(f.value, f.unit, f.text) for f in _figures(text, mentions)] == []


def test_restated_figure_is_kept_once():
    text = "活动邀请三位劳动模范现场分享经验。三位劳动模范的事迹感染了在场观众。"
    assert [f.value for f in _figures(text)] == [3]


@pytest.mark.parametrize("text", [
    "全区已建成24个社区食堂、60个助餐点。",
    "他带领团队连续奋战72小时，累计推广超80亿只。",
])
def test_offsets_slice_back_to_text(text):
    doc, art, found = one_article(text)
    for f in extract_figures(doc, art, found):
        assert doc.text[f.start:f.end] == f.text
        assert f.evidence.sentence == doc.text[f.evidence.sent_start:f.evidence.sent_end]
        assert f.evidence.sent_start <= f.start < f.end <= f.evidence.sent_end


def test_figure_text_is_as_written_when_norm_differs():
    text = "該區建成12個圖書館。"
    norm = "该区建成12个图书馆。"
    doc = Document("t", "t.txt", text, norm, [Article("t#0", "", 0, len(text), [Sentence(0, len(text), 0)])])
    (fig,) = extract_figures(doc, doc.articles[0], [])
    assert (fig.value, fig.unit, fig.text) == (12, "個", "12個圖書館")  # unit as written (GUIDELINE)


# (text, mentions, subject of each figure in order) — one row per attribution rule
SUBJECTS = [
    # a spokesperson's organisation is what the reported figures are about
    ("沈阳机床集团负责人介绍，今年一季度已交付数控机床320台。", [("沈阳机床集团", "Organization")],
     ["沈阳机床集团"]),
    # a leader's words with no named subject are about the place the article is about
    ("会议强调，全区要抓好项目建设。\n区委书记王建国指出，今年要完成固定资产投资120亿元。",
     [("全区", "Place"), ("区委", "Organization"), ("王建国", "Person")], ["全区"]),
    # a he/she opening the clause is its subject: what follows (电力抢修) is its object
    ("国网长沙供电公司抢修班班长赵志明，是一名老党员。作为全国劳动模范，他从事电力抢修工作已有30年，累计排除故障超过5000次。",
     [("国网长沙供电公司", "Organization"), ("电力抢修", "Organization"), ("赵志明", "Person")],
     ["赵志明", "赵志明"]),
    # a clause opening with the head of a name said before refers back to it
    ("昨天，西湖科技馆正式开馆。科技馆总建筑面积2.6万平方米，设有展厅12个。", [("西湖科技馆", "Organization")],
     ["西湖科技馆", "西湖科技馆"]),
    ("第五届乡村美食节在宜宾开幕。本届美食节为期5天。", [("第五届乡村美食节", "Event"), ("宜宾", "Place")],
     ["第五届乡村美食节"]),
    # 其中 continues the previous figure
    ("苏州工业园区现有企业860家，其中高新技术企业210家。", [("苏州工业园区", "Place")],
     ["苏州工业园区", "苏州工业园区"]),
    ("2018年，长沙电机厂成立王师傅创新工作室，工作室已培养技师40名，其中6人获评高级技师。",
     [("长沙电机厂", "Organization"), ("王师傅创新工作室", "Organization")],
     ["王师傅创新工作室", "王师傅创新工作室"]),
    # coordinated names share the figure: no single subject
    ("长沙市和株洲市共同建设3条城际铁路。", [("长沙市", "Place"), ("株洲市", "Place")], [None]),
    # 将与 is a preposition: the subject stays before it
    ("中南大学将与长沙市共建5个联合实验室。", [("中南大学", "Organization"), ("长沙市", "Place")], ["中南大学"]),
    # a sentence set at an event: the people acting in it act at the event
    ("第三届数字经济论坛在福州开幕。开幕式上，副市长李红梅为10家示范企业授牌。",
     [("第三届数字经济论坛", "Event"), ("福州", "Place"), ("李红梅", "Person")], ["第三届数字经济论坛"]),
    # time and purpose frames are skipped when looking for the topic
    ("近年来，全市累计新增绿地面积350公顷。", [("全市", "Place")], ["全市"]),
    ("为保障春运客流，广州铁路局增开临客列车，其中夜间列车48对。", [("广州铁路局", "Organization")],
     ["广州铁路局"]),
    # an event or document that ends the previous clause is the subject of the next one
    ("市商务局将举办第五届美食节，预计吸引游客20万人次。",
     [("市商务局", "Organization"), ("第五届美食节", "Event")], ["第五届美食节"]),
    # a chain of places is about its innermost place
    ("近年来，湖南省长沙市累计建成5G基站3.2万个。", [("湖南省", "Place"), ("长沙市", "Place")], ["长沙市"]),
    # a speaker's title phrase names who speaks, the content names what the figure is about
    ("三一重工股份有限公司党委书记、董事长刘志强介绍，公司去年实现营收860亿元。",
     [("三一重工股份有限公司", "Organization"), ("刘志强", "Person")], ["三一重工股份有限公司"]),
    ("记者从合肥市统计局获悉，全市去年地区生产总值达1.27万亿元。",
     [("合肥市统计局", "Organization"), ("全市", "Place")], ["全市"]),
    # an appositive title before a name: the person, not the organisation in the title
    ("开幕后，区委常委、区委宣传部部长孙丽为首批8个示范点授牌。", [("区委", "Organization"), ("孙丽", "Person")],
     ["孙丽"]),
    # a report's findings with no named subject
    ("报告显示，审计查出的问题中已整改到位76个。", [], [None]),
]


@pytest.mark.parametrize("text, mentions, subjects", SUBJECTS)
def test_figure_subject(text, mentions, subjects):
    assert [f.subject.text if f.subject else None for f in _figures(text, mentions)] == subjects


# (text, [(value, unit)]) — numbers written the ways Chinese news writes round or partial amounts
ROUND_AND_PARTIAL = [
    ("活动持续一个月，举办讲座超百场。", [(100, "场")]),
    ("逾千名志愿者参与服务。", [(1000, "名")]),
    ("全年客流突破百万人次。", [(1_000_000, "人次")]),
    ("新增市场主体近千家。", [(1000, "家")]),
    ("他累计骑行的里程相当于绕地球三圈半。", [(3.5, "圈")]),
    ("超过一半的受访者表示满意。", [(0.5, "")]),
    ("项目建设工期两年半。", [(2.5, "年")]),
]


@pytest.mark.parametrize("text, expected", ROUND_AND_PARTIAL)
def test_round_and_partial_amounts(text, expected):
    assert [(pytest.approx(f.value), f.unit) for f in _figures(text)] == expected


def test_number_inside_a_quoted_term_is_not_a_figure():
    text = "全市已建成“10分钟健身圈”42个。"
    assert [(f.value, f.unit) for f in _figures(text)] == [(42, "个")]


def test_zero_as_a_word_is_not_a_figure():
    assert _figures("做到零事故、零投诉，分拣零件。") == []


def test_headline_figure_restated_in_the_body_is_kept_once():
    text = "宁波舟山港年吞吐量突破13亿吨\n今年，宁波舟山港货物吞吐量突破13亿吨，同比增长4%。"
    doc, art, found = one_article(text, [("宁波舟山港", "Organization")])
    art.title = "宁波舟山港年吞吐量突破13亿吨"
    figs = extract_figures(doc, art, found)
    assert [(f.value, f.unit, f.start > len(art.title)) for f in figs] == [(1_300_000_000, "吨", True), (4, "%", True)]


# (text, mentions, [(value, unit)]) — ways of writing amounts that need the right value or unit
WRITTEN_AMOUNTS = [
    # 百分之… and 千分之… are fractions like 四分之一: a decimal without a unit
    ("试点小区的垃圾分类准确率达到百分之八十五。", [], [(0.85, "")]),
    # trains and plots of land have their own measure words
    ("今年以来，西安国际港站开行中欧班列超过4000列。", [], [(4000, "列")]),
    ("市规划和自然资源局年内将出让6幅商业用地。", [], [(6, "幅")]),
    # 日 after 一连 / 为期 is a duration, not a date
    ("第十届农民丰收节一连三日在恩施举办。", [], [(3, "日")]),
    # currencies other than 元 keep their name as the unit; 亿 multiplies exactly (no 0.99998)
    ("澳门特区政府预计明年投入约95亿澳门元用于公共工程。", [], [(9_500_000_000, "澳门元")]),
    ("这家台资企业去年营收达2.3亿新台币。", [], [(230_000_000, "新台币")]),
    ("全市全年实现地区生产总值1085.6亿元。", [], [(108_560_000_000, "元")]),
    # votes, sessions of a service and working days are units of their own
    ("议案以25票赞成、3票反对获得通过。", [], [(25, "票"), (3, "票")]),
    ("志愿服务队今年已开展助老服务150多场次。", [], [(150, "场次")]),
    ("审批部门须在10个工作日内办结。", [], [(10, "个工作日")]),
    # a round magnitude after 突破 before a unit that starts with 千 (千瓦, 千米)
    ("全省光伏装机容量突破千万千瓦。", [], [(10_000_000, "千瓦")]),
    # an alternative unit in brackets is part of the unit as written
    ("全旗牲畜存栏达到85万头（只）。", [], [(850_000, "头（只）")]),
    # 一 is a number, not the indefinite article, before 成 and 倍 and in a stated duration
    ("县城新增就业中返乡青年占一成以上。", [], [(1, "成")]),
    ("今年跨境电商交易额比去年增长近一倍。", [], [(1, "倍")]),
    ("新的停车收费办法将在主城区试行一年。", [], [(1, "年")]),
    ("市区首条有轨电车开通运营已满一年。", [], [(1, "年")]),
    # traditional and trade measure words: 担 of tobacco, 锭 of spindles, school classes, years lived
    ("今年全县预计收购烟叶18万担。", [], [(180_000, "担")]),
    ("该纺织项目一期建成后将形成20万锭产能。", [], [(200_000, "锭")]),
    ("新校区设置36个班，可容纳学生1600名。", [], [(36, "个班"), (1600, "名")]),
    ("这是老支书守护这片林场的第28个年头。", [], []),
    ("他在乡村教书已有25个年头。", [], [(25, "个年头")]),
    # a rate is one unit per another, written with a slash
    ("示范片玉米平均亩产达到750公斤/亩。", [], [(750, "公斤/亩")]),
    ("今年鲜桃收购价为6.5元/公斤，同比上涨一成。", [], [(6.5, "元/公斤"), (1, "成")]),
    # an amount written in two pieces after its 亿 (1亿2,500万) is one figure
    ("全年地铁客运量达1亿2,500万人次。", [], [(125_000_000, "人次")]),
    ("项目总投资3亿6000万元。", [], [(360_000_000, "元")]),
]


@pytest.mark.parametrize("text, mentions, expected", WRITTEN_AMOUNTS)
def test_written_amounts(text, mentions, expected):
    assert [(pytest.approx(f.value), f.unit) for f in _figures(text, mentions)] == expected


# numbers that open a period or a ranking, or name a service: not figures
NOT_FIGURES_IN_CONTEXT = [
    "今年首八个月，口岸共查获走私案件30宗。",  # 首八个月 is a period (30宗 is the figure)
    "获得前五名的选手将获评市级技术能手。",  # a ranking
    "市民可拨打12345或24小时热线反映问题。",  # a service that runs round the clock
    "为60岁以上老年人免费接种流感疫苗。",  # an age threshold that defines a group
    "辖区内70周岁以上的独居老人均已建档。",
    "福州以山、海、城“三张牌”打造文旅品牌。",  # a quoted slogan that opens with a count
    "全面落实“两个确立”，做到“五个必须”。",
    "全市启动城乡环境整治三年行动。",  # a span of time that names a campaign
    "开展安全生产百日攻坚行动。",
]


@pytest.mark.parametrize("text", NOT_FIGURES_IN_CONTEXT)
def test_periods_ranks_and_services_are_not_figures(text):
    assert [(f.value, f.unit) for f in _figures(text)] == ([(30, "宗")] if "30宗" in text else [])


# (text, mentions, subject of each figure in order) — attribution in the sentence patterns of news
SUBJECTS_IN_CONTEXT = [
    # a place where the work is done (在X沿线) is not what the amount is about
    ("湘江志愿行动昨日启动，300余名志愿者在橘子洲沿线清理垃圾1.5吨。",
     [("湘江志愿行动", "Programme"), ("橘子洲", "Place")], ["湘江志愿行动", "湘江志愿行动"]),
    # X的Y: the place X only locates the company Y, which is the topic the next sentence goes on with
    ("晋江市安海镇的福建海峡鞋业有限公司现场签下订单8000万元。总经理许志强说，订单将带动300户农户增收。",
     [("晋江市", "Place"), ("安海镇", "Place"), ("福建海峡鞋业有限公司", "Organization"), ("许志强", "Person")],
     ["福建海峡鞋业有限公司", "福建海峡鞋业有限公司"]),
    # a count coordinated with a named person (X及20余位代表参加) is not about that person
    ("副市长陈国栋带队，市人大代表王丽及20余位代表参加座谈。", [("陈国栋", "Person"), ("王丽", "Person")], [None]),
    # a share (占全市…的X) continues the figure before it in the sentence: the part, not the whole
    ("全市共建成社区食堂80个，其中鼓楼区建成25个，占全市总数的三成以上。",
     [("全市", "Place"), ("鼓楼区", "Place")], ["全市", "鼓楼区", "鼓楼区"]),
    # a named company and an unnamed partner (与青岛一家物流企业): the company is the topic
    ("其中，宁波港盛科技有限公司与青岛一家物流企业签订合作协议，投资额2.6亿元。",
     [("宁波港盛科技有限公司", "Organization"), ("青岛", "Place")], ["宁波港盛科技有限公司"]),
    # an age is about the person it describes, or no one when the people are not named
    ("今年56岁的李国强在矿山工作了三十年。", [("李国强", "Person")], ["李国强", "李国强"]),
    ("宁波市公安局江北分局当场抓获两名嫌疑人，年龄分别为28岁和31岁。", [("宁波市公安局江北分局", "Organization")],
     ["宁波市公安局江北分局", None, None]),
    # the standard of a comparison is not the subject
    ("上半年，全县规上工业增加值增长9.1%，高于全市平均水平1.5个百分点。", [("全县", "Place"), ("全市", "Place")],
     ["全县", "全县"]),
    # where the counted come from is not the subject; a count of participants is the event's
    ("第五届全省农民运动会在赣州开幕，来自全省11个设区市的1800名运动员参赛。",
     [("第五届全省农民运动会", "Event"), ("赣州", "Place"), ("全省", "Place")],
     ["第五届全省农民运动会", "第五届全省农民运动会"]),
    # a sentence set at an event: a list of signatories and their total belong to the event
    ("2025数字文旅大会在洛阳开幕。开幕式上，中原文旅集团、河南广电等26个项目集中签约，总投资185亿元。",
     [("2025数字文旅大会", "Event"), ("洛阳", "Place"), ("中原文旅集团", "Organization"), ("河南广电", "Organization")],
     ["2025数字文旅大会", "2025数字文旅大会"]),
    # a short form after a time word refers back to the name (目前合作社…); 此次 is the event reported
    ("张家口市宣化区有一家兴农果蔬专业合作社。目前合作社有社员120户，流转土地500亩。",
     [("张家口市宣化区", "Place"), ("兴农果蔬专业合作社", "Organization")], ["兴农果蔬专业合作社"] * 2),
    ("9月5日，南宁市2025年第三批重大项目集中开工仪式在五象新区举行。市长李明宣布开工。此次集中开工项目41个。",
     [("南宁市2025年第三批重大项目集中开工仪式", "Event"), ("五象新区", "Place"), ("李明", "Person")],
     ["南宁市2025年第三批重大项目集中开工仪式"]),
    # a mention that is only a name's head (集团) points at the name said before
    ("徐工集团举行技能大赛。目前，集团现有职工2.8万人。",
     [("徐工集团", "Organization"), ("集团", "Organization")], ["徐工集团"]),
    # 全村 and 村里 are the village just named
    ("在南浔区和孚镇荻港村，村里800多亩鱼塘全部实行生态养殖，预计全村人均增收2000元。",
     [("南浔区", "Place"), ("和孚镇", "Place"), ("荻港村", "Place")], ["荻港村", "荻港村"]),
    # 合共 totals what the previous clause counted
    ("规划署计划于洪水桥新发展区推出3幅用地，合共约12公顷。",
     [("规划署", "Organization"), ("洪水桥新发展区", "Place")], ["洪水桥新发展区", "洪水桥新发展区"]),
    # the stages of a contest just reported
    ("2025年青岛市职工职业技能大赛电工决赛举行。经过笔试和实操三个环节的比拼，青岛港选手刘洋获得第一名。",
     [("2025年青岛市职工职业技能大赛电工决赛", "Event"), ("青岛港", "Organization"), ("刘洋", "Person")],
     ["2025年青岛市职工职业技能大赛电工决赛"]),
    # a worker telling of their own work, and a quotation followed by its speaker
    ("研发骨干、铁建重工盾构分公司工程师周建平说，团队前后调试了200多次。",
     [("铁建重工盾构分公司", "Organization"), ("周建平", "Person")], ["周建平"]),
    ("“过去一亩地只收几百斤，现在亩产能到1200斤。”赵德胜给记者算了一笔账。",
     [("赵德胜", "Person")], ["赵德胜"]),
    # a byline in brackets is not the topic of its paragraph
    ("本报讯（通讯员 李娜）近日，东风汽车集团举行创新成果发布会，26项成果集中亮相。其中，团队把调试时间缩短了3小时。",
     [("李娜", "Person"), ("东风汽车集团", "Organization")], ["东风汽车集团", "东风汽车集团"]),
    # X…的 + counted noun: X modifies the noun
    ("以她名字命名的“刘芳技能大师工作室”成立于2019年，现有成员18名。", [("刘芳技能大师工作室", "Organization")],
     ["刘芳技能大师工作室"]),
    # a share is about the part (全市), not the whole it is a share of (占全省…的三分之一)
    ("全市软件业收入约占全省软件产业的三分之一。", [("全市", "Place"), ("全省", "Place")], ["全市"]),
    ("今年绍兴市纺织业产值约占全省的五分之一。", [("绍兴市", "Place"), ("全省", "Place")], ["绍兴市"]),
    # … but with no part named, the whole place is what the share is about
    ("县农业农村局局长马涛介绍，苹果种植面积约占全县耕地面积的35%。",
     [("县农业农村局", "Organization"), ("马涛", "Person"), ("全县", "Place")], ["全县"]),
    # 另据X消息 only says where the news comes from: the subject is named after it
    ("另据市商务局消息，位于市区的临空经济区今年引进企业85家，外贸额约占全市的四成。",
     [("市商务局", "Organization"), ("临空经济区", "Place"), ("全市", "Place")], ["临空经济区", "临空经济区"]),
    # at an event (会上，): a clause opening with a count, and what goes on from it, belong to the event
    ("2025长三角数字经济大会在合肥开幕。会上，省工业和信息化厅发布了行业报告，12个重点项目现场签约，签约金额约63亿元。",
     [("2025长三角数字经济大会", "Event"), ("合肥", "Place"), ("省工业和信息化厅", "Organization")],
     ["2025长三角数字经济大会", "2025长三角数字经济大会"]),
    # a speaker who adds (补充) is not the subject of what comes after
    ("该局局长王海补充，计划首轮为期两个月。\n协会会长陈红表示，业界欢迎，预计培训约500名护理员。",
     [("王海", "Person"), ("陈红", "Person")], [None, None]),
]


@pytest.mark.parametrize("text, mentions, subjects", SUBJECTS_IN_CONTEXT)
def test_figure_subject_in_context(text, mentions, subjects):
    assert [f.subject.text if f.subject else None for f in _figures(text, mentions)] == subjects


def test_mention_that_opens_with_a_count_is_not_a_name():
    text = "本届论坛设2场主论坛和5场分论坛。"
    got = _figures(text, [("2场主论坛", "Event")])
    assert [(f.value, f.unit) for f in got] == [(2, "场"), (5, "场")]


FULL_WIDTH = [  # full-width digits (common in print-edition pages) read like ASCII ones
    ("２０２５年６月１１日，全区共有１２０名代表参加会议。", 120.0, "名"),
    ("全年地区生产总值增长５．５％。", 5.5, "%"),
]


@pytest.mark.parametrize("text, value, unit", FULL_WIDTH)
def test_full_width_numbers_are_figures_and_years_are_not(text, value, unit):
    from kg.pipeline import extract
    from kg.read import read_text
    figures = extract([read_text(text, doc_id="d")]).figures
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


COUNT_AFTER_A_TOTAL = [  # 总数, 人数 end a measure: the Arabic number after them is a count, not 数十
    ("截至年末，公司员工总数8600人。", 8600, "人"),
    ("本届运动会报名人数2300人，创历史新高。", 2300, "人"),
]


@pytest.mark.parametrize("text, value, unit", COUNT_AFTER_A_TOTAL)
def test_count_after_a_total_is_a_figure(text, value, unit):
    assert [(f.value, f.unit) for f in _figures(text)] == [(value, unit)]


def test_vague_shu_still_blocks():
    assert _figures("数十家企业参加。") == []
