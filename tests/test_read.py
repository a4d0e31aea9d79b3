"""The reading stage: pages → articles → sentences with offsets, encodings, HTML, JSON Lines, bad input."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read import find_inputs, read_file, read_text, sentence_text, simplify

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "read"
SEED = ROOT / "seeds" / "000_ef4d7e1d0ac4c5ef.txt"


def sentences(text: str) -> list[str]:
    doc = read_text(text, doc_id="t")
    return [doc.text[s.start:s.end] for a in doc.articles for s in a.sentences]


def structure(text: str) -> list[tuple[str, list[str]]]:
    """(title, sentences as a reader sees them) per article."""
    doc = read_text(text, doc_id="t")
    return [(a.title, [sentence_text(doc, s) for s in a.sentences]) for a in doc.articles]


# --- sentences ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("会议强调，要抓好落实。会议要求，要加强统筹！", ["会议强调，要抓好落实。", "会议要求，要加强统筹！"]),
    ("他说：“我们要再接再厉。”随后离开会场。", ["他说：“我们要再接再厉。”", "随后离开会场。"]),
    ("一是加强组织领导；二是完善工作机制。", ["一是加强组织领导；", "二是完善工作机制。"]),
    ("真的能建成吗？！记者实地探访。", ["真的能建成吗？！", "记者实地探访。"]),
    ("谁来负责?街道办负责!", ["谁来负责?", "街道办负责!"]),
    ("（数据来源于区统计局。）下一步将继续推进。", ["（数据来源于区统计局。）", "下一步将继续推进。"]),
    ("详情见 https://example.org/news?id=3&p=1 页面。", ["详情见 https://example.org/news?id=3&p=1 页面。"]),
    ("　　会议于上午召开。  会议历时两小时。  ", ["会议于上午召开。", "会议历时两小时。"]),
    ("本次活动没有结束标点", ["本次活动没有结束标点"]),
    ("他主演的《长津湖！长津湖！》上映。影片广受好评。", ["他主演的《长津湖！长津湖！》上映。", "影片广受好评。"]),
])
def test_sentences_end_at_final_punctuation_with_closing_quotes(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新华社南京5月6日电（记者 王磊 刘洋）江苏省今年新增就业80万人。",
     ["新华社南京5月6日电（记者 王磊 刘洋）", "江苏省今年新增就业80万人。"]),
    ("本报讯(记者 李娜)近日,鼓楼区召开安全生产会议。",
     ["本报讯(记者 李娜)", "近日,鼓楼区召开安全生产会议。"]),
    ("会议指出(详见附件)要抓好落实。", ["会议指出(详见附件)要抓好落实。"]),
    ("本季度供电（含应急保障）总体平稳。", ["本季度供电（含应急保障）总体平稳。"]),
])
def test_dateline_with_reporters_is_its_own_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph without final punctuation is a page-column break: it continues below
    ("河东区坚持问题导向,在老旧小区改造、背街小巷整治等方面取得显著\n\n成效,居民满意度明显提升。",
     ["河东区坚持问题导向,在老旧小区改造、背街小巷整治等方面取得显著成效,居民满意度明显提升。"]),
    ("区长周平要求,加快推进\n\n重点工程建设。下一步还将扩大试点。",
     ["区长周平要求,加快推进重点工程建设。", "下一步还将扩大试点。"]),
    # deliberate ends: a colon, a closing quote, a list item, a heading, a byline
    ("主要做法如下：\n\n（一）建立工作专班。", ["主要做法如下：", "（一）建立工作专班。"]),
    ("这里有一句口号“幸福就在家门口”\n\n社区居民纷纷点赞。", ["这里有一句口号“幸福就在家门口”", "社区居民纷纷点赞。"]),
    ("区里出台了三项措施,分别是\n\n一是优化审批流程。", ["区里出台了三项措施,分别是", "一是优化审批流程。"]),
    ("全区共有社区食堂四十家,覆盖各街道\n\n## 下一篇报道\n\n正文在这里。",
     ["全区共有社区食堂四十家,覆盖各街道", "下一篇报道", "正文在这里。"]),
    ("全市今年计划新增投资,重点投向交通、水利等领域,总额达\n\n3.5亿元。", ["全市今年计划新增投资,重点投向交通、水利等领域,总额达3.5亿元。"]),
    ("活动吸引了大批市民参与,现场气氛热烈\n\n(记者 赵强 钱芳)", ["活动吸引了大批市民参与,现场气氛热烈", "(记者 赵强 钱芳)"]),
])
def test_column_break_joins_paragraphs_but_deliberate_ends_do_not(text, expected):
    doc = read_text(text, doc_id="t")
    assert [sentence_text(doc, s) for a in doc.articles for s in a.sentences] == expected


def test_hard_wrapped_lines_join_into_sentences():
    text = ("城阳区交通运输局介绍,今年将新建改造城市道路二十条\n并同步完善沿线公交站台和慢行系统\n"
            "预计年底前全部完工。区交通局负责统筹。\n(城阳区交通运输局)")
    assert sentences(text) == [
        "城阳区交通运输局介绍,今年将新建改造城市道路二十条\n并同步完善沿线公交站台和慢行系统\n预计年底前全部完工。",
        "区交通局负责统筹。", "(城阳区交通运输局)"]


def test_joined_sentence_span_covers_the_break_and_paragraph_counts_once():
    doc = read_text("导语。\n\n王局长指出,要在重点领域取得\n\n突破。\n\n结尾。", doc_id="t")
    sents = doc.articles[0].sentences
    assert [s.paragraph for s in sents] == [0, 1, 2]
    assert doc.text[sents[1].start:sents[1].end] == "王局长指出,要在重点领域取得\n\n突破。"
    assert sentence_text(doc, sents[1]) == "王局长指出,要在重点领域取得突破。"


@pytest.mark.parametrize("line", ["摄影:孙悦", "摄影：孙悦", "(记者 王磊 李娜)", "（南开区委宣传部 周红）",
                                  "责任编辑:郑远", "本报记者 马骏", "林涛 摄"])
def test_byline_is_its_own_sentence_and_not_joined(line):
    text = f"居民在新建的社区花园里散步,老人们说环境越来越好\n\n{line}\n\n下一段从这里开始。"
    assert line in sentences(text)


# --- articles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("# 东城区召开民生会议\n\n会议研究了养老工作。\n\n## 西城区启动街巷整治\n\n整治涉及30条街巷。",
     [("东城区召开民生会议", ["东城区召开民生会议", "会议研究了养老工作。"]),
      ("西城区启动街巷整治", ["西城区启动街巷整治", "整治涉及30条街巷。"])]),
    # a deeper heading after body text is a section of the same article
    ("## 南湖区推进数字政务\n\n导语一段。\n\n### 一网通办\n\n办事更方便了。",
     [("南湖区推进数字政务", ["南湖区推进数字政务", "导语一段。", "一网通办", "办事更方便了。"])]),
    # a column heading followed directly by a deeper heading: the deeper one is the title
    ("## 代表委员谈发展\n\n### 让文化遗产活起来\n\n#### 背景\n\n正文一段。\n\n#### 对策\n\n正文二段。",
     [("让文化遗产活起来", ["代表委员谈发展", "让文化遗产活起来", "背景", "正文一段。", "对策", "正文二段。"])]),
    # a short column name standing alone before the next article's heading belongs to that article
    ("# 会议报道\n\n会议正文。\n\n（河北区委宣传部）\n\n\n\n城市掠影\n\n## 海河夜景\n\n摄影:刘洋",
     [("会议报道", ["会议报道", "会议正文。", "（河北区委宣传部）"]),
      ("海河夜景", ["城市掠影", "海河夜景", "摄影:刘洋"])]),
    # a continuation marker starts a new article and is not body text; the heading after it is its title
    ("## 春日花海\n\n摄影:陈晨\n\n(上接01版)\n\n### 推进医养结合\n\n养老服务不断完善。",
     [("春日花海", ["春日花海", "摄影:陈晨"]), ("推进医养结合", ["推进医养结合", "养老服务不断完善。"])]),
    # "转下版" ends an article; what follows is another article
    ("# 江北区开展河道治理\n\n治理工作稳步推进,已完成\n\n（下转第3版）\n\n记者从区水务局获悉,明年将继续治理。",
     [("江北区开展河道治理", ["江北区开展河道治理", "治理工作稳步推进,已完成"]),
      ("", ["记者从区水务局获悉,明年将继续治理。"])]),
    # plain text: a short first line is the title
    ("栖霞区新增三所幼儿园\n区教育局表示,新增学位900个。", [("栖霞区新增三所幼儿园", ["栖霞区新增三所幼儿园", "区教育局表示,新增学位900个。"])]),
    ("区教育局表示,新增学位900个。", [("", ["区教育局表示,新增学位900个。"])]),
])
def test_headings_markers_and_column_names_delimit_articles(text, expected):
    assert structure(text) == expected


@pytest.mark.parametrize("text, titles", [
    # bare headlines (no #) each followed by a dateline or a reporters' credit start articles
    ("南岸区一季度外贸增长一成\n\n本报讯（记者 秦雪）一季度，全区外贸进出口增长12%。\n\n"
     "江津区油菜花节开幕\n\n本报江津讯（记者 邓华 通讯员 罗丹）3月16日，油菜花节在先锋镇开幕。\n\n"
     "涪陵区委书记调研乡村振兴\n\n（涪陵区融媒体中心记者 何静）4月2日，区委书记到江东街道调研。",
     ["南岸区一季度外贸增长一成", "江津区油菜花节开幕", "涪陵区委书记调研乡村振兴"]),
    ("省政府召开常务会议\n\n本报长沙5月8日讯 5月7日，省长主持召开省政府常务会议。\n\n"
     "全省早稻长势良好\n\n本报记者 周航 本报通讯员 谭敏\n\n记者从省农业农村厅获悉，早稻长势良好。",
     ["省政府召开常务会议", "全省早稻长势良好"]),
    ("新华社北京6月3日电（记者 许可）国务院新闻办举行发布会。\n\n"
     "多地出台稳就业措施\n\n新华社广州6月3日电 广东省出台稳就业十条措施。",
     ["", "多地出台稳就业措施"]),
    # a bare headline with a bare subtitle line before the dateline
    ("首篇正文在此。\n\n守护一方碧水\n\n——记环卫工人李秀英\n\n本报讯（记者 冯涛）清晨五点，李秀英已经上路。",
     ["", "守护一方碧水"]),
    # a short line inside an article without a story opening after it is a section, not a headline
    ("# 区政府召开常务会议\n\n会议研究了民生工作。\n\n加快项目建设\n\n会议要求，各部门要抓好落实。",
     ["区政府召开常务会议"]),
    # a "——记…" heading under the headline is its subtitle, not its title
    ("# 田间的守望者\n\n## ——记农技员吴春梅\n\n吴春梅扎根基层二十年。", ["田间的守望者"]),
])
def test_bare_headline_before_a_dateline_starts_an_article(text, titles):
    assert [title for title, _ in structure(text)] == titles


def test_article_ids_are_stable_and_spans_contain_their_sentences():
    doc = read_text("# 甲\n\n正文。\n\n# 乙\n\n正文。\n\n# 丙\n\n正文。", doc_id="page")
    assert [a.id for a in doc.articles] == ["page#0", "page#1", "page#2"]
    for art in doc.articles:
        assert doc.text[art.start] == "#"
        assert all(art.start <= s.start < s.end <= art.end for s in art.sentences)


@pytest.mark.parametrize("text, title, expected", [
    ("# 标题行里的标题\n\n正文。", "元数据标题", "标题行里的标题"),  # a heading wins
    ("首行短标题\n\n正文。", "元数据标题", "元数据标题"),  # metadata beats a guessed first line
    ("首行短标题\n\n正文。", "", "首行短标题"),
])
def test_title_comes_from_heading_then_metadata_then_short_first_line(text, title, expected):
    assert read_text(text, doc_id="t", title=title).articles[0].title == expected


def test_read_text_title_date_url_apply_to_articles():
    doc = read_text("区政务服务中心新增24小时自助服务区。", doc_id="x", title="政务服务", date="2024-05-01",
                    url="https://example.org/x")
    (art,) = doc.articles
    assert (art.title, art.date, art.url) == ("政务服务", "2024-05-01", "https://example.org/x")


# --- the seed page (expectations read off the page by hand) ------------------------------------

@pytest.fixture(scope="module")
def seed():
    (doc,) = read_file(SEED)
    return doc


def test_seed_page_articles(seed):
    # by reading: the meeting report, the craftsmen lecture, the CPPCC proposal (column heading then
    # its title), the photo under a column name, and the article continued from page 1
    assert len(seed.articles) == 5
    titles = [a.title for a in seed.articles]
    assert titles[0].startswith("丰台区召开街镇党(工)委书记工作座谈会")
    assert titles[2].startswith("深化数字技术与区域教育融合")
    assert titles[3] == "世界花卉大观园"
    assert titles[4] == "推进中医药传承创新"


def test_seed_page_every_heading_is_a_title_or_section_sentence(seed):
    heading_texts = {seed.text[s.start:s.end] for a in seed.articles for s in a.sentences}
    for m in re.finditer(r"^#+ (.+)$", seed.text, re.M):
        assert m[1] in heading_texts


@pytest.mark.parametrize("tail, head", [
    ("取得良好", "成效"), ("高标准推", "进智慧"), ("地与闲", "置建筑"), ("职能部门", "和技术支撑单位"),
    ("今年还要推动", "中医症状门诊"),
])
def test_seed_page_column_breaks_join_into_one_sentence(seed, tail, head):
    joined = [sentence_text(seed, s) for a in seed.articles for s in a.sentences]
    assert any(tail + head in s for s in joined)


def test_seed_page_markers_bylines_and_column_names(seed):
    by_article = [[seed.text[s.start:s.end] for s in a.sentences] for a in seed.articles]
    everything = [s for sents in by_article for s in sents]
    assert not any("上接01版" in s for s in everything)
    assert "摄影:袁阳" in by_article[3] and "发现丰台之美" in by_article[3]
    assert "(民进丰台区工委)" in by_article[2] and "发现丰台之美" not in by_article[2]
    assert seed.norm == seed.text and seed.encoding == "utf-8"


# --- encodings and Traditional characters ------------------------------------------------------

def test_gbk_page_is_detected_as_gb18030():
    (doc,) = read_file(DATA / "gbk_page.txt")
    assert doc.encoding == "gb18030"
    assert doc.articles[0].title == "西湖区召开重点项目推进会"
    assert "(西湖区融媒体中心)" in [doc.text[s.start:s.end] for s in doc.articles[0].sentences]


BIG5_PAGES = [  # Big5 bytes also decode as GB18030, as rare characters: detection must prefer Big5
    "# 臺中市推動長照服務\n\n臺中市政府社會局今日表示，全市已設立一百二十處社區關懷據點。",
    "# 澳門特區政府公布施政報告\n\n行政長官在立法會發表明年財政年度施政報告，提出多項民生措施。",
]


@pytest.mark.parametrize("page", BIG5_PAGES)
def test_big5_page_is_detected_without_encoding_option(tmp_path, page):
    path = tmp_path / "page.txt"
    path.write_bytes(page.encode("big5"))
    (doc,) = read_file(path)
    assert doc.encoding.startswith("big5") and doc.text == page


def test_utf8_bom_is_not_part_of_the_text():
    (doc,) = read_file(DATA / "bom_page.md")
    assert doc.encoding == "utf-8-sig" and doc.text.startswith("# 滨江区")
    assert [a.title for a in doc.articles] == ["滨江区启动老旧小区改造", "武昌区新建社区食堂"]
    assert doc.articles[0].start == 0


@pytest.mark.parametrize("encoding, ok", [("gb18030", True), ("gbk", True), ("utf-8", False)])
def test_encoding_option_overrides_detection(encoding, ok):
    if ok:
        assert read_file(DATA / "gbk_page.txt", encoding=encoding)[0].articles[0].title == "西湖区召开重点项目推进会"
    else:
        with pytest.raises(InputError, match="--encoding"):
            read_file(DATA / "gbk_page.txt", encoding=encoding)


def test_forced_encoding_still_rejects_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(1, 32)) * 4)
    with pytest.raises(InputError, match="binary"):
        read_file(path, encoding="latin-1")


def test_unknown_encoding_name_is_an_input_error():
    with pytest.raises(InputError, match="unknown encoding"):
        read_file(DATA / "gbk_page.txt", encoding="no-such-codec")


@pytest.mark.parametrize("traditional, simplified", [
    ("臺中市舉辦國際書展", "台中市举办国际书展"),
    ("區長與議員討論經濟發展", "区长与议员讨论经济发展"),
    ("丰台区召开会议", "丰台区召开会议"),
    ("ABC 123", "ABC 123"),
])
def test_simplify_converts_one_character_for_one(traditional, simplified):
    assert simplify(traditional) == simplified


def test_traditional_page_norm_is_simplified_and_aligned():
    (doc,) = read_file(DATA / "traditional_page.txt")
    assert len(doc.norm) == len(doc.text)
    assert doc.norm.startswith("# 台中市举办国际书展")
    i = doc.text.index("文化局")
    assert doc.norm[i - 3:i + 3] == "市政府文化局"


# --- HTML --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def html_doc():
    (doc,) = read_file(DATA / "article.html")
    return doc


def test_html_body_text_without_scripts_nav_aside_form_footer(html_doc):
    for gone in ("广告内容", "line-height", "首页", "相关阅读", "搜索", "版权所有", "track()"):
        assert gone not in html_doc.text
    assert "副区长王建华出席。" in html_doc.text
    assert html_doc.articles[0].title == "海淀区举办科技成果发布会"
    assert len(html_doc.articles) == 1


@pytest.mark.parametrize("name", ["王建华", "中关村科学城管委会", "海淀区举办科技成果发布会", "孙悦"])
def test_html_source_span_points_into_the_decoded_html(html_doc, name):
    source = (DATA / "article.html").read_text(encoding="utf-8")
    i = html_doc.text.index(name)
    start, end = html_doc.source_span(i, i + len(name))
    assert source[start:end] == name


def test_html_entities_decode_to_one_character_at_the_ampersand(html_doc):
    source = (DATA / "article.html").read_text(encoding="utf-8")
    i = html_doc.text.index("成果&应用")
    assert source[html_doc.source_offsets[i + 2]:].startswith("&amp;")
    assert "“成果转化”" in html_doc.text


def test_html_paragraphs_are_separate_sentences(html_doc):
    sents = [html_doc.text[s.start:s.end] for s in html_doc.articles[0].sentences]
    assert "来源:海淀区融媒体中心" in sents
    assert "本报讯(记者 孙悦)" in sents


def test_html_title_falls_back_to_page_title_without_site_name():
    (doc,) = read_file(DATA / "title_only.html")
    assert doc.articles[0].title == "长宁区开展消防演练"


def _html_text(tmp_path, body: str) -> str:
    """The text kg reads from a UTF-8 page whose <body> is ``body``."""
    page = tmp_path / "p.html"
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return read_file(page)[0].text


@pytest.mark.parametrize("body, expected", [
    ("<p>区长李华出席\n    并讲话。</p>", "区长李华出席并讲话。"),  # a wrapped source line inside Chinese
    ("<p>汇众智议发展 聚合力开新局</p>", "汇众智议发展 聚合力开新局"),  # a space the author typed
    ("<p>Beijing\n  Daily</p>", "Beijing Daily"),
    ("<div>第一段</div><div>第二段</div>", "第一段\n\n第二段"),
    ("<p>图片说明<br/>王芳 摄</p>", "图片说明\n王芳 摄"),
])
def test_html_whitespace_and_blocks(tmp_path, body, expected):
    assert _html_text(tmp_path, body) == expected


@pytest.mark.parametrize("body, expected", [
    # page furniture in plain <div>s, named by class or id: menus, footers, share bars
    ('<div class="top-nav"><a>首页</a> | <a>时政</a></div><p>区委召开全会。</p>'
     '<div id="footer">Copyright © 某某新闻网</div>', "区委召开全会。"),
    ('<div class="share_bar">分享到：微博</div><div class="content"><div><p>会议召开。</p></div></div>', "会议召开。"),
    # the <article> is the article: links and notices around it are not read
    ('<div>热点推荐 | 专题</div><article><h1>标题</h1><p>正文。</p></article><div>上一篇：旧闻</div>', "标题\n\n正文。"),
    # a class that merely contains a furniture word is not furniture
    ('<div class="navigator-free"><p>保留。</p></div>', "保留。"),
])
def test_html_page_furniture_is_not_article_text(tmp_path, body, expected):
    assert _html_text(tmp_path, body) == expected


def test_html_declared_charset_is_used(tmp_path):
    page = tmp_path / "gbk.html"
    page.write_bytes('<html><head><meta charset="gb2312"></head><body><p>顺义区开展植树活动。</p></body></html>'
                     .encode("gbk"))
    (doc,) = read_file(page)
    assert doc.encoding == "gb18030" and doc.text == "顺义区开展植树活动。"


# --- JSON Lines --------------------------------------------------------------------------------

def test_jsonl_one_document_per_line_with_ids_and_metadata():
    docs = read_file(DATA / "corpus.jsonl")
    assert [d.id for d in docs] == ["hz-001", "corpus-3", "7"]
    first = docs[0]
    assert (first.articles[0].title, first.articles[0].date, first.articles[0].url) == (
        "余杭区召开人才工作会议", "2024-03-02", "https://example.org/hz-001")
    s = first.articles[0].sentences[1]
    assert first.text[s.start:s.end] == "区委书记张伟出席并讲话。"
    assert [a.title for a in docs[2].articles] == ["黄浦区推进垃圾分类", "徐汇区新增口袋公园"]


@pytest.mark.parametrize("name, message", [
    ("bad_line.jsonl", r"bad_line\.jsonl:2: not JSON"),
    ("no_text.jsonl", r"no_text\.jsonl:3: no \"text\""),
])
def test_jsonl_errors_name_the_line(name, message):
    with pytest.raises(InputError, match=message):
        read_file(DATA / name)


# --- bad input and finding inputs --------------------------------------------------------------

@pytest.mark.parametrize("name, message", [
    ("missing.txt", "no such file"),
    ("empty.txt", "is empty"),
    ("blank.md", "is empty"),
    ("binary.txt", "binary"),
    ("undecodable.txt", "not UTF-8 or GB18030 text; pass --encoding"),
    ("no_body.html", "no body text"),
    ("notes.pdf", "unsupported file type"),
    ("", "is a directory"),
])
def test_bad_input_is_one_clear_input_error(name, message):
    with pytest.raises(InputError, match=re.escape(message)) as err:
        read_file(DATA / name)
    assert "\n" not in str(err.value) and str(DATA / name) in str(err.value)


def test_find_inputs_expands_directories_sorted_and_skips_other_files(tmp_path):
    for rel in ("b/2.txt", "b/1.md", "a.jsonl", "c.html", "skip.pdf", ".hidden/x.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path])] == [
        "a.jsonl", "b/1.md", "b/2.txt", "c.html"]
    assert find_inputs([tmp_path / "c.html", tmp_path / "c.html"]) == [tmp_path / "c.html"]


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "nope", "no such file or directory"),
    (lambda d: d, "no input files"),
    (lambda d: (d / "x.docx").write_text("x") and d / "x.docx", "unsupported file type"),
])
def test_find_inputs_errors(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        find_inputs([make(tmp_path)])


# --- properties --------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("会议区长王李。，！？；;!?”」）)(（“\n\n  \t#　(上接01版)下转摄影:记者12aB臺灣") + ["# ", "## ", "### "])
_TEXT = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_sentence_offsets_are_trimmed_ordered_and_inside_their_article(text):
    doc = read_text(text, doc_id="p")
    assert len(doc.norm) == len(doc.text)
    last = 0
    for art in doc.articles:
        assert last <= art.start <= art.end <= len(text)
        for s in art.sentences:
            assert art.start <= s.start < s.end <= art.end and s.start >= last
            piece = text[s.start:s.end]
            assert piece.strip() == piece
            last = s.end
        last = max(last, art.end)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_any_bytes_either_read_or_raise_input_error(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        docs = read_file(path)
    except InputError as e:
        assert "\n" not in str(e)
        return
    for doc in docs:
        assert len(doc.norm) == len(doc.text)
        if doc.source_offsets is not None:
            assert len(doc.source_offsets) == len(doc.text)


@pytest.mark.parametrize("text", [
    "沈阳市委书记沈思远出席会议。",        # 沈 is also a Traditional variant of 沉
    "作家萧乾的故居位于北京市东城区。",    # 乾 would become 干
    "著名学者冯日乾在苏州大学作报告。",
])
def test_simplified_text_is_never_converted(text):
    doc = read_text(text, doc_id="d")
    assert doc.norm == doc.text


def test_traditional_text_is_converted_for_analysis():
    doc = read_text("臺北市政府舉辦國際書展,吸引超過五十萬人次參觀。", doc_id="d")
    assert doc.norm.startswith("台北市政府举办国际书展")
    assert len(doc.norm) == len(doc.text)
