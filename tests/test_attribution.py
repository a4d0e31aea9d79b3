"""Attribution: which named thing a figure is about, in sentences of Chinese public-affairs news."""

import pytest

from kg.figures import extract_figures

from pages import one_article


def _figures(text: str, mentions: list[tuple[str, str]]):
    """The figures of a one-article document (see tests/pages.py)."""
    return extract_figures(*one_article(text, mentions))


# (text, mentions, subject text of each figure in order)
SUBJECTS = [
    # the topic of the paragraph goes on in later sentences that name none
    ("会议通报，今年以来，全市地区生产总值完成1280亿元。规模以上工业增加值增长6.1%。实际使用外资5.2亿美元。",
     [("全市", "Place")], ["全市", "全市", "全市"]),
    # an age describes the person after 的, across a short description
    ("82岁的退休教师王秀英每天坚持晨练。", [("王秀英", "Person")], ["王秀英"]),
    ("13岁的初一学生阿依努尔说。", [("阿依努尔", "Person")], ["阿依努尔"]),
    # the head of a co-operative or company speaks of its business, not of their own
    ("兴盛蔬菜专业合作社理事长赵建国告诉记者，今年每亩多收300多元。",
     [("兴盛蔬菜专业合作社", "Organization"), ("赵建国", "Person")], ["兴盛蔬菜专业合作社"]),
    # a sentence opening with 她 whose later clause names a new subject: the new subject goes on
    ("农技员孙丽华扎根基层多年。她和绿源种植专业合作社合作，合作社流转土地3000亩，带动农户150户增收。",
     [("孙丽华", "Person"), ("绿源种植专业合作社", "Organization")],
     ["绿源种植专业合作社", "绿源种植专业合作社"]),
    # 在 + place after a named actor: where the actor acts, not what the figure is about
    ("东方电气集团计划在德阳新增投资20亿元。", [("东方电气集团", "Organization"), ("德阳", "Place")],
     ["东方电气集团"]),
    ("省援疆指挥部聚焦产业援疆，在于田县安排资金2.5亿元。",
     [("省援疆指挥部", "Organization"), ("于田县", "Place")], ["省援疆指挥部"]),
    # a sentence framed by 在 + place and naming nothing else: the figures are the place's
    ("在盐城市射阳县，5万亩高标准农田今年亩产达到650公斤。", [("盐城市", "Place"), ("射阳县", "Place")],
     ["射阳县", "射阳县"]),
    # a name inside a relative clause (由X引进的Y) only qualifies the topic Y
    ("由江苏引进的天虹纺织有限公司已投产，吸纳就业300余人。",
     [("江苏", "Place"), ("天虹纺织有限公司", "Organization")], ["天虹纺织有限公司"]),
    # but a place that opens the clause is its subject (X是…的Y: X is the topic)
    ("城西街道是人口较多的老城区，常住人口有8.6万人。", [("城西街道", "Place"), ("老城区", "Place")],
     ["城西街道"]),
    # a place, then a short description of a person: the person is the topic
    ("临泽县农民马德福今年种了80亩玉米，亩产1200斤。", [("临泽县", "Place"), ("马德福", "Person")],
     ["马德福", "马德福"]),
    # 其中， as a clause of its own continues the figure before it
    ("宏远科技股份有限公司全年营业收入120亿元。其中，新能源业务收入突破40亿元。",
     [("宏远科技股份有限公司", "Organization")], ["宏远科技股份有限公司", "宏远科技股份有限公司"]),
    # those who come (来自…) to take part are counted for the event, however long the list
    ("第三届西部数字经济论坛在重庆开幕。来自80余家企业、高校和科研机构的500余名嘉宾参加论坛。",
     [("第三届西部数字经济论坛", "Event"), ("重庆", "Place")], ["第三届西部数字经济论坛"] * 2),
    # a count of participants is the event's, also when a place names some of them
    ("第二届苍山马拉松在大理开跑。下关镇群众和各地选手约1.5万人参赛。",
     [("第二届苍山马拉松", "Event"), ("大理", "Place"), ("下关镇", "Place")], ["第二届苍山马拉松"]),
    # 公司 after a defined short form's speaker is that company, not the company named last
    ("云翼智能装备股份有限公司（以下简称“云翼智能”）发布年报。旗下恒远精密机械有限公司营收增长。"
     "云翼智能董事长张立说，公司计划新增投资不低于50亿元。",
     [("云翼智能装备股份有限公司", "Organization"), ("恒远精密机械有限公司", "Organization"),
      ("云翼智能", "Organization"), ("张立", "Person")], ["云翼智能"]),
    # 该校, 该院: one character standing for the school or hospital named before (not 该行业)
    ("华信科技有限公司向临川区第二实验中学捐赠设备。该校总投资2.3亿元。",
     [("华信科技有限公司", "Organization"), ("临川区第二实验中学", "Organization")], ["临川区第二实验中学"]),
    ("市中医医院与仁和制药有限公司签约。该院今年接诊患者12万人次。",
     [("市中医医院", "Organization"), ("仁和制药有限公司", "Organization")], ["市中医医院"]),
    # a byline in 〔〕 is not the topic of its paragraph
    ("〔记者王雅婷／新竹报导〕市府今年先编列12亿元。", [("王雅婷", "Person")], [None]),
    # an official reporting figures that name nothing speaks for the place, not of themselves
    ("惠山区电动车产业展开幕。开幕式由副区长王建华主持。王建华表示，电动车产业链去年产值达1250亿元。",
     [("惠山区", "Place"), ("王建华", "Person")], ["惠山区"]),
    # a programme launched earlier in the sentence: the later clauses count its output
    ("东湖街道办事处推出“暖心食堂”社区助餐服务计划，委托一家养老服务企业运营，已建成社区食堂6家、助餐点9个。",
     [("东湖街道办事处", "Organization"), ("“暖心食堂”社区助餐服务计划", "Programme")],
     ["“暖心食堂”社区助餐服务计划", "“暖心食堂”社区助餐服务计划"]),
    # … unless a later clause opens with a subject of its own
    ("东湖街道办事处推出“暖心食堂”社区助餐服务计划，东湖街道今年新增就业岗位300个。",
     [("东湖街道办事处", "Organization"), ("“暖心食堂”社区助餐服务计划", "Programme"), ("东湖街道", "Place")],
     ["东湖街道"]),
]


@pytest.mark.parametrize("text, mentions, subjects", SUBJECTS)
def test_figure_subject(text, mentions, subjects):
    assert [f.subject.text if f.subject else None for f in _figures(text, mentions)] == subjects


ZONES_OF_BODIES = [  # (text, is the zone inside the body's name an entity): only when the text speaks of it again
    ("滨江经济技术开发区管委会主任李明表示，开发区今年已引进新材料项目12个。", True),
    ("滨江经济技术开发区管委会主任李明出席签约仪式，12个项目现场签约。", False),
]


@pytest.mark.parametrize("text, kept", ZONES_OF_BODIES)
def test_a_zone_named_inside_its_body_is_an_entity_when_its_head_refers_back(text, kept):
    from kg.pipeline import extract
    from kg.read import read_text
    ex = extract([read_text(text, doc_id="d")])
    assert (("Place", "滨江经济技术开发区") in {(e.type, e.name) for e in ex.entities}) == kept
    if kept:
        assert [f.subject.text for f in ex.figures] == ["滨江经济技术开发区"]
