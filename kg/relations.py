"""Relations between mentions, read sentence by sentence from cue patterns of Chinese news language.

Each rule family is one small function over a sentence of ``doc.norm`` (Simplified, same offsets
as ``doc.text``): appositive chains before a name (``北京某研究所高级工程师张三`` → position,
memberOf; ``全国劳动模范、…`` → honour), bylines and credits (author, source), ``由…主办``
(organizer), ``X主持`` (chair), ``X参加/出席`` (participant), dates of events, nested
organisations (subOrganizationOf) and place chains (locatedIn).

Where the cue itself names an entity that the entity stage did not return as a mention (the
``区委`` of ``区委书记``, the parent ``XX集团`` of ``XX集团YY公司``, a byline name), the rule adds
a ``nested`` mention over that span; resolve gives it an entity like any other.

>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "市委书记陈立新主持会议。"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> rels = extract_relations(doc, art, [Mention("d", "d#0", 4, 7, "Person", "陈立新")])
>>> [(r.predicate, r.object if isinstance(r.object, str) else r.object.text) for r in rels]
[('position', '市委书记'), ('memberOf', '市委')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import load
from kg.model import ARTICLE, Article, Document, Evidence, Mention, Relation
from kg.read import sentence_text

# Heads that end a job title or office (a grammatical class, kept here as the fallback for the
# ``titles`` lexicon): 书记, 主任, 工程师, 装架工, 记者, 区领导 …
TITLE_HEADS = (
    "书记", "主任", "主席", "委员", "常委", "代表", "长", "员", "师", "工", "记者", "领导",
    "经理", "董事", "总监", "总裁", "教授", "院士", "专家", "干部", "负责人", "秘书", "顾问",
    "理事", "会长", "校长", "编辑", "主编", "医生", "护士", "班长", "组长", "局长", "处长",
)
# Heads that end an honorary title (fallback for the ``honours`` lexicon).
HONOUR_HEADS = (
    "工匠", "劳模", "劳动模范", "标兵", "先进个人", "先进工作者", "能手", "获得者", "模范", "英雄",
    "楷模", "之星", "好人", "巾帼建功", "技术能手", "奖章",
)
# Words after which an appositive title cannot continue leftwards (verbs, prepositions).
_BREAKS = re.compile(r".*(邀请|看望|会见|陪同|带领|率领|慰问|表示|指出|强调|介绍|包括|其中|"
                     r"[由在向对与和及同为是据把被让给的等了])")
# A title written after the name (习近平总书记, 王刚副市长): only the common office heads.
_POST_TITLE = re.compile(r"(?:常务副|副|总)?(?:书记|主席|总理|委员长|[省市区县镇乡部局处厅院校]长|主任|"
                         r"董事长|总经理|教授|院士)")
_HARD = set(",，。;；:：!！?？()（）“”「」『』《》\n\r\t 　")
_ORG_SHORT = re.compile(r"(?:我|本)?[省市区县州镇乡](?:委|政府|人大常委会|人大|政协|纪委|监委)")
_ROLE = re.compile(r"(?:本报|特约|见习)?(?:记者|通讯员|实习生)")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_NOT_NAMES = {"报道", "摄影", "综合", "整理", "编辑", "发自", "供稿", "摄"}
_SOURCE_CUE = re.compile(r"(?:原文)?(?:刊载于|刊发于|首发于|转载自|转自|原载于?|摘自|来源于|(?:稿件)?来源[:：])\s*")
_MEDIA_TAIL = re.compile(r"(?:社|报|台|网|客户端|杂志|公众号|日报|晚报|电视台|广播电台)$")
_ORGANIZE = re.compile(r"(?:联合|共同)?(?:主办|承办|协办|举办|发起|组织|召开|举行)")
_ISSUE = re.compile(r"^(?:的|印发的?|发布的?|出台的?|制定的?|颁布的?|公布的?)?$")
_PARTICIPATE = re.compile(r"参加|出席|参与|列席|登台|聆听|发言|致辞|参会|观摩|作报告")
# A counted group of speakers whose names follow, one paragraph each: 三位劳模工匠依次登台.
_COUNTED = re.compile(r"([2-9两二三四五六七八九])[位名][\u4e00-\u9fff]{0,8}?(?:依次|先后|相继|分别|轮流)"
                      r"(?:登台|发言|作报告|讲述|分享|宣讲)")
_SPEECH = re.compile(r"(?:表示|说|谈到|介绍|坦言|感慨|认为)[,，:：]?$")
_CONTINUE = re.compile(r"^(?:及|以及|和|并|等)")
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?")
_ANAPHOR = re.compile(r"(?:本次|此次|这次|本届|此届|该)[\u4e00-\u9fff]{0,4}(?:会|论坛|赛|展|节|活动)|^会议")

_PARENT_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "集团", "总公司", "大学", "银行",
                    "研究院", "医院", "市委", "区委", "县委", "省委", "州委", "市政府", "区政府",
                    "县政府", "省政府", "总工会")
_ORGANS = ("委", "政府", "总工会")
_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "共青团")
_LEGAL_TAIL = re.compile(r"^(?:控股|股份|有限|责任|集团|总)*(?:有限责任公司|股份有限公司|有限公司|公司)$")
_UNIT_TAIL = re.compile(r"(?:公司|工厂|厂|所|院|部|局|处|科|室|中心|站|队|分行|支行|工委|党委|"
                        r"委员会|委|学院|附属医院|中学|小学|学校|馆|办公室|办)$")
_ADMIN_TAIL = re.compile(r"(?:省|市|区|县|旗|州|盟|镇|乡|街道|自治区)$")
_LOCATED = re.compile(r"位于|地处|坐落于|坐落在")


@dataclass
class _Sent:
    start: int
    end: int
    text: str  # doc.norm[start:end]
    mentions: list[Mention]  # every mention inside the sentence, by position
    outer: list[Mention]  # those not inside a longer one


class _Builder:
    """Collects relations of one article; mints nested mentions for spans a cue names."""

    def __init__(self, doc: Document, article: Article, mentions: list[Mention]):
        self.doc, self.article = doc, article
        self.mentions = sorted((m for m in mentions if m.article_id == article.id),
                               key=lambda m: (m.start, -m.end))
        self.rels: list[Relation] = []

    def mention(self, start: int, end: int, type_: str) -> Mention:
        for m in self.mentions:
            if m.start == start and m.end == end and m.type == type_:
                return m
        m = Mention(self.doc.id, self.article.id, start, end, type_, self.doc.text[start:end], nested=True)
        self.mentions.append(m)
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        return m

    def add(self, sent: _Sent, subject, predicate: str, obj, cue: tuple[int, int]) -> None:
        if subject is None or obj is None or subject is obj or obj == "":
            return
        ev = Evidence(self.doc.id, self.article.id, sentence_text(self.doc, sent),
                      cue[0], cue[1], sent.start, sent.end)
        self.rels.append(Relation(subject, predicate, obj, ev))

    def sentence(self, start: int, end: int) -> _Sent:
        inside = [m for m in self.mentions if m.start >= start and m.end <= end]
        outer = [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end
                                              and (o.end - o.start) > (m.end - m.start) for o in inside)]
        return _Sent(start, end, self.doc.norm[start:end], inside, outer)


def extract_relations(doc: Document, article: Article, mentions: list[Mention]) -> list[Relation]:
    """Relations stated in ``article``, with evidence; subjects/objects are mentions, literals or ARTICLE.

    >>> from kg.model import Article, Document, Mention, Sentence
    >>> text = "由市文联主办的书香节开幕。"
    >>> doc = Document("d", "d.txt", text, text)
    >>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
    >>> ms = [Mention("d", "d#0", 1, 4, "Organization", "市文联"), Mention("d", "d#0", 7, 10, "Event", "书香节")]
    >>> [(r.subject.text, r.predicate, r.object.text) for r in extract_relations(doc, art, ms)]
    [('书香节', 'organizer', '市文联')]
    """
    b = _Builder(doc, article, mentions)
    focus = _focus(doc, article, b.mentions)
    for s in article.sentences:
        sent = b.sentence(s.start, s.end)
        _person_attributes(b, sent)
        _bylines(b, sent)
        _photo_credit(b, sent)
        _closing_line(b, sent)
        _source(b, sent)
        _organizer(b, sent, focus)
        _chair(b, sent, focus)
        _participants(b, sent, focus)
        _dates(b, sent, focus)
        _nested_orgs(b, sent)
        _place_chains(b, sent)
    _counted_speakers(b, focus)
    return b.rels


# ---------------------------------------------------------------- helpers

def _ends_with(text: str, heads) -> bool:
    return any(text.endswith(h) for h in heads)


def _is_title(text: str) -> bool:
    return bool(text) and (text in load("titles") or _ends_with(text, TITLE_HEADS)
                           or _ends_with(text, load("titles")))


def _is_honour(text: str) -> bool:
    return bool(text) and (text in load("honours") or _ends_with(text, HONOUR_HEADS)
                           or _ends_with(text, load("honours")))


def _at(sent: _Sent, start: int, end: int, types=None, outer=True) -> Mention | None:
    """The mention spanning exactly [start, end) (absolute offsets)."""
    for m in (sent.outer if outer else sent.mentions):
        if m.start == start and m.end == end and (types is None or m.type in types):
            return m
    return None


def _in_name(sent: _Sent, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a mention (组织 in 市委组织部 is no cue)."""
    return any(m.start <= start and end <= m.end for m in sent.mentions)


def _within(sent: _Sent, start: int, end: int, types, outer=True) -> list[Mention]:
    return [m for m in (sent.outer if outer else sent.mentions)
            if m.start >= start and m.end <= end and m.type in types]


def _focus(doc: Document, article: Article, mentions: list[Mention]) -> Mention | None:
    """The event or programme the article is about: named in its heading, else its first Event."""
    if not article.sentences:
        return None
    head = article.sentences[0]
    for types in (("Event",), ("Programme",)):
        for m in mentions:
            if m.type in types and head.start <= m.start and m.end <= head.end:
                return m
    return next((m for m in mentions if m.type == "Event"), None)


def _person_name(b: _Builder, sent: _Sent, start: int, end: int) -> Mention | None:
    """A byline/credit name token: the Person mention there, or a new one when it looks like a name."""
    for m in sent.mentions:
        if m.type == "Person" and m.start <= start and end <= m.end:
            return m
    token = b.doc.norm[start:end]
    if token in _NOT_NAMES or not _CJK_NAME.fullmatch(token):
        return None
    surnames = load("surnames")
    if surnames and token[0] not in surnames and token[:2] not in surnames:
        return None
    return b.mention(start, end, "Person")


# ---------------------------------------------------------------- position, honour, memberOf

def _person_attributes(b: _Builder, sent: _Sent) -> None:
    attrs: dict[int, list[tuple[str, object, tuple[int, int]]]] = {}
    persons = [m for m in sent.outer if m.type == "Person"]
    for p in persons:
        i = p.start - sent.start
        before = sent.text[:i]
        prev = next((q for q in reversed(persons) if q.end <= p.start), None)
        if before.endswith("、") and prev is not None and prev.end == p.start - 1:
            attrs[id(p)] = attrs.get(id(p), []) or attrs.get(id(prev), [])  # 区领导A、B、C
            for pred, obj, cue in attrs[id(p)]:
                b.add(sent, p, pred, obj, cue)
            continue
        lo = i
        floor = (prev.end - sent.start) if prev else 0
        while lo > floor and sent.text[lo - 1] not in _HARD:
            lo -= 1
        found = []
        pieces, pos = [], lo
        for piece in sent.text[lo:i].split("、"):
            pieces.append((sent.start + pos, sent.start + pos + len(piece)))
            pos += len(piece) + 1
        for a, z in pieces:
            found += _appositive(b, sent, a, z)
        attrs[id(p)] = found
        for pred, obj, cue in found:
            b.add(sent, p, pred, obj, cue)
        post = _POST_TITLE.match(sent.text, p.end - sent.start)
        if post and not found:  # 习近平总书记指出, 李强总理
            b.add(sent, p, "position", b.doc.text[sent.start + post.start():sent.start + post.end()],
                  (sent.start + post.start(), sent.start + post.end()))


def _appositive(b: _Builder, sent: _Sent, a: int, z: int):
    """position/honour/memberOf read from one appositive piece [a, z) before a name."""
    out = []
    orgs = [m for m in _within(sent, a, z, ("Organization",)) if m.end <= z]
    org = orgs[-1] if orgs else None
    if org is not None and _ORG_SHORT.fullmatch(b.doc.norm[org.start:org.end]) and org.end < z:
        title_start = org.start  # 区委书记: the organ's short form is part of the title as written
    elif org is not None:
        title_start = org.end
        if b.doc.norm[title_start:z].startswith("的"):
            title_start += 1
    else:
        m = _BREAKS.match(b.doc.norm[a:z])
        title_start = a + (m.end() if m else 0)
    title = b.doc.norm[title_start:z]
    if not title or len(title) > 14 or any(ch.isdigit() for ch in title):
        return out
    if _is_honour(title):
        out.append(("honour", b.doc.text[title_start:z], (title_start, z)))
    elif _is_title(title):
        out.append(("position", b.doc.text[title_start:z], (title_start, z)))
        if org is None:
            short = _ORG_SHORT.match(title)
            if short and len(title) > short.end():
                org = b.mention(title_start, title_start + short.end(), "Organization")
    else:
        return out
    if org is not None:
        out.append(("memberOf", org, (org.start, z)))
    return out


# ---------------------------------------------------------------- credits: author, source

def _bylines(b: _Builder, sent: _Sent) -> None:
    """(记者 张三 李四), 本报记者 张三: author, and position 记者 for each name."""
    for group in re.finditer(r"[(（]([^()（）]{2,60})[)）]|^\s*((?:本报|特约)?记者[^,，。]{2,40})$", sent.text):
        body = group.group(1) or group.group(2)
        base = sent.start + group.start(1 if group.group(1) else 2)
        if not _ROLE.search(body):
            continue
        role = None
        for tok in re.finditer(r"[^\s、,，/]+", body):
            word, ts = tok.group(), base + tok.start()
            r = _ROLE.match(word)
            if r:
                role = b.doc.text[ts + r.start():ts + r.end()].lstrip("本报特约见习") or role
                word, ts = word[r.end():], ts + r.end()
                if not word:
                    continue
            if role is None:
                continue
            word = word.removesuffix("摄").removesuffix("报道")
            p = _person_name(b, sent, ts, ts + len(word))
            if p is not None:
                b.add(sent, ARTICLE, "author", p, (ts, ts + len(word)))
                b.add(sent, p, "position", role, (ts, ts + len(word)))


def _photo_credit(b: _Builder, sent: _Sent) -> None:
    """摄影:张三 / 图:张三 / 摄影 张三 / (张三 摄): the photographer is an author."""
    short = len(sent.text.strip()) <= 30
    for m in re.finditer(r"(?:(?:摄影|图片|图)\s*[:：/]|摄影\s)\s*((?:[\u4e00-\u9fff·]{2,4}[\s、]*)+)", sent.text):
        if not (short and not sent.text[:m.start()].strip()) and not sent.text[:m.start()].endswith(("(", "（")):
            continue
        _credit_names(b, sent, m.start(1), m.end(1), (sent.start + m.start(), sent.start + m.end()))
    for m in re.finditer(r"((?:[\u4e00-\u9fff·]{2,4}[\s、]+)*[\u4e00-\u9fff·]{2,4})\s*/?摄(?![影像])", sent.text):
        if short or sent.text[m.end():].lstrip().startswith((")", "）")):
            _credit_names(b, sent, m.start(1), m.end(1), (sent.start + m.start(), sent.start + m.end()))


def _credit_names(b, sent, lo, hi, cue):
    for tok in re.finditer(r"[^\s、]+", sent.text[lo:hi]):
        name = tok.group()
        if _ROLE.fullmatch(name):
            continue
        r = _ROLE.match(name)
        off = r.end() if r else 0
        p = _person_name(b, sent, sent.start + lo + tok.start() + off, sent.start + lo + tok.end())
        if p is not None:
            b.add(sent, ARTICLE, "author", p, cue)


def _closing_line(b: _Builder, sent: _Sent) -> None:
    """A line that is only "(单位 姓名)" or "(单位)": author, and memberOf the unit."""
    m = re.fullmatch(r"\s*[(（]([^()（）]+)[)）]\s*", sent.text)
    if not m or _ROLE.search(m.group(1)) or _SOURCE_CUE.search(m.group(1)):
        return
    lo, hi = sent.start + m.start(1), sent.start + m.end(1)
    org, names = None, []
    for tok in re.finditer(r"[^\s、,，]+", b.doc.norm[lo:hi]):
        ts, te = lo + tok.start(), lo + tok.end()
        hit = _at(sent, ts, te, ("Organization",))
        if hit is not None and org is None and not names:
            org = hit
            continue
        p = _person_name(b, sent, ts, te)
        if p is None:
            return
        names.append(p)
    if names:
        for p in names:
            b.add(sent, ARTICLE, "author", p, (lo, hi))
            b.add(sent, p, "memberOf", org, (lo, hi))
    elif org is not None:
        b.add(sent, ARTICLE, "author", org, (lo, hi))


def _source(b: _Builder, sent: _Sent) -> None:
    """原文刊载于X / 来源:X / 转载自X → @article source X (an Organization)."""
    for m in _SOURCE_CUE.finditer(sent.text):
        at = sent.start + m.end()
        org = next((o for o in sent.outer if o.type == "Organization" and at <= o.start <= at + 1), None)
        if org is None:
            rest = re.match(r"[^\s,，。;；)）]{2,15}", sent.text[m.end():])
            if rest and _MEDIA_TAIL.search(rest.group()):
                org = b.mention(at, at + rest.end(), "Organization")
        b.add(sent, ARTICLE, "source", org, (sent.start + m.start(), at))


# ---------------------------------------------------------------- organizer, chair, participant

def _agents(b: _Builder, sent: _Sent, lo: int, hi: int) -> list[Mention]:
    """The organisations/people of a list "A、B和C" filling [lo, hi); an item that is more than
    one mention (东盟10国政府经贸主管部门) is left out."""
    agents = _within(sent, lo, hi, ("Organization", "Person"))
    text = list(b.doc.norm[lo:hi])
    for a in agents:  # hide the names so that 和 in 省文化和旅游厅 is not a separator
        text[a.start - lo:a.end - lo] = ["@"] * (a.end - a.start)
    masked = re.sub(r"(?:联合|共同|等)$", "", "".join(text))
    out, pos = [], 0
    for piece in re.split(r"(以及|、|和|与|及|\s+)", masked):
        item = next((a for a in agents if a.start == lo + pos and a.end == lo + pos + len(piece)), None)
        if item is not None:
            out.append(item)
        pos += len(piece)
    return out


def _organizer(b: _Builder, sent: _Sent, focus: Mention | None) -> None:
    targets = ("Event", "Programme")
    for cue in _ORGANIZE.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if _in_name(sent, cs, ce):
            continue
        clause_lo = sent.start + max(sent.text.rfind(ch, 0, cue.start()) for ch in ",，;；:：。") + 1
        by = sent.text.rfind("由", clause_lo - sent.start, cue.start())
        after = [m for m in sent.outer if m.type in targets and ce <= m.start <= ce + 12]
        if by >= 0:
            agents = _agents(b, sent, sent.start + by + 1, cs)
            if sent.text[cue.end():].startswith("的") and after:
                target = after[0]  # 由A、B联合主办的X
            else:  # X由A主办; 本届博览会由A主办 (the article's event)
                target = next((m for m in reversed(sent.outer) if m.type in targets
                               and clause_lo <= m.end and sent.start + by - 3 <= m.end <= sent.start + by), None)
                if target is None and _ANAPHOR.match(b.doc.norm[clause_lo:sent.start + by]):
                    target = focus
        else:
            agents = _agents(b, sent, clause_lo, cs)
            target = after[0] if after else None
        for a in agents:
            b.add(sent, target, "organizer", a, (cs, ce))
    # issuing body of a document: 教育部《关于…的通知》, 国务院印发的《…》
    for doc_m in (m for m in sent.outer if m.type == "Programme"):
        for org in (m for m in sent.outer if m.type == "Organization" and m.end <= doc_m.start):
            gap = b.doc.norm[org.end:doc_m.start].rstrip("《“")
            if _ISSUE.match(gap) and ("《" in b.doc.norm[org.end:doc_m.start + 1]):
                b.add(sent, doc_m, "organizer", org, (org.start, doc_m.end))


def _chair(b: _Builder, sent: _Sent, focus: Mention | None) -> None:
    for cue in re.finditer(r"主持(?!人)", sent.text):
        cs = sent.start + cue.start()
        if _in_name(sent, cs, cs + 2):
            continue
        chair = next((m for m in reversed(sent.outer) if m.type == "Person" and cs - 3 <= m.end <= cs
                      and re.fullmatch(r"(?:同志|由)?", b.doc.norm[m.end:cs])), None)
        events = [m for m in sent.outer if m.type == "Event"]
        event = min(events, key=lambda m: abs(m.start - cs)) if events else (
            focus if focus is not None and focus.type == "Event" else None)
        b.add(sent, event, "chair", chair, (cs, cs + 2))


def _participants(b: _Builder, sent: _Sent, focus: Mention | None) -> None:
    clauses = [c for c in re.finditer(r"[^,，;；:：。!！?？]+[,，;；:：。!！?？]?", sent.text)]
    for cue in _PARTICIPATE.finditer(sent.text):
        if sent.text[cue.end():].startswith(("工作", "人")):
            continue  # 参加工作 (joined the workforce), 参与人
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if _in_name(sent, cs, ce):
            continue
        k = next(n for n, c in enumerate(clauses) if c.start() <= cue.start() < c.end())
        lo = clauses[k].start()
        while k > 0 and (_CONTINUE.match(sent.text[lo:]) or _SPEECH.search(clauses[k - 1].group())):
            k -= 1
            lo = clauses[k].start()
        people = [m for m in sent.outer if m.type == "Person" and sent.start + lo <= m.start and m.end <= cs]
        if not people:
            orgs = [m for m in sent.outer if m.type == "Organization" and cs - 1 <= m.end <= cs]
            people = orgs
        events = [m for m in sent.outer if m.type in ("Event", "Programme") and m.start >= ce
                  and m.start - ce <= 12]
        event = events[0] if events else next((m for m in sent.outer if m.type == "Event"), focus)
        for p in people:
            b.add(sent, event, "participant", p, (cs, ce))


def _counted_speakers(b: _Builder, focus: Mention | None) -> None:
    """"三位劳模依次登台" and the next paragraphs each open with one of them: all are participants."""
    sents = b.article.sentences
    for k, s in enumerate(sents):
        cue = _COUNTED.search(b.doc.norm, s.start, s.end)
        if cue is None:
            continue
        sent = b.sentence(s.start, s.end)
        if any(m.type == "Person" for m in sent.outer):
            continue
        events = [m for m in sent.outer if m.type in ("Event", "Programme")]
        event = events[0] if events else focus
        n = _count(cue.group(1))
        openers, seen = [], {s.paragraph}
        for nxt in sents[k + 1:]:
            if nxt.paragraph in seen:
                continue
            seen.add(nxt.paragraph)
            head = b.sentence(nxt.start, nxt.end)
            first = next((m for m in head.outer if m.type == "Person" and m.start - nxt.start <= 40), None)
            if first is None:
                break
            openers.append((head, first))  # the name is read there; the fact in the cue sentence
            if len(openers) == n:
                break
        if event is not None and len(openers) == n:
            for _, p in openers:
                b.add(sent, event, "participant", p, (cue.start(), cue.end()))


def _count(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else "一二三四五六七八九十".find(numeral) + 1 or 2


# ---------------------------------------------------------------- date

def _dates(b: _Builder, sent: _Sent, focus: Mention | None) -> None:
    events = [m for m in sent.outer if m.type == "Event"]
    if not events and focus is not None and focus.type == "Event" and _ANAPHOR.search(sent.text):
        events = [focus]
    if not events:
        return
    year = None
    for d in _DATE.finditer(b.doc.norm, sent.start, sent.end):
        if not d.group(0) or (d.group(1) is None and d.group(2) is None):
            continue
        y, mo, day = d.group(1), d.group(2), d.group(3)
        year = y or (year if mo else None)
        if mo and not 1 <= int(mo) <= 12 or day and not 1 <= int(day) <= 31:
            continue
        value = (f"{year}" if year else "-") + (f"-{int(mo):02d}" if mo else "") + (f"-{int(day):02d}" if day else "")
        if not year and not day:
            continue  # "--07" alone is not an ISO date
        event = min(events, key=lambda m: min(abs(m.start - d.start()), abs(m.end - d.start())))
        b.add(sent, event, "date", value, (d.start(), d.end()))


# ---------------------------------------------------------------- subOrganizationOf, locatedIn

def _parents(name: str) -> list[tuple[int, int]]:
    """Spans (relative) of the parent bodies a sub-unit's name starts with.

    >>> [ "北京市委组织部"[a:z] for a, z in _parents("北京市委组织部")]
    ['北京市委']
    >>> _parents("北京首钢集团有限公司")
    []
    >>> ["丰台区委区政府研究室"[a:z] for a, z in _parents("丰台区委区政府研究室")]
    ['丰台区委', '区政府']
    """
    spans, pos = [], 0
    for party in _PARTIES:
        if name.startswith(party) and _UNIT_TAIL.search(name):
            spans.append((0, len(party)))
            return spans if len(name) > len(party) + 1 else []
    while True:
        ends = [pos + name[pos:].find(s) + len(s) for s in _PARENT_SUFFIXES if s in name[pos:]]
        ends = [e for e in ends if e < len(name) and not _LEGAL_TAIL.match(name[e:])
                and not name[e:].startswith(("有限", "股份", "控股", "集团"))]
        if not ends:
            break
        organs = [e for e in ends if name[:e].endswith(_ORGANS)]
        e = min(organs) if organs else max(ends)  # 丰台区委|区政府|研究室, but 某集团有限公司|车轴工厂
        if e - pos < 2:
            break
        spans.append((pos, e))
        pos = e
    if spans and (len(name) - pos < 2 or not _UNIT_TAIL.search(name[pos:])):
        return []
    return spans


def _nested_orgs(b: _Builder, sent: _Sent) -> None:
    for outer in (m for m in sent.outer if m.type == "Organization"):
        inner = [m for m in sent.mentions if m.type == "Organization" and m is not outer
                 and outer.start <= m.start and m.end < outer.end]
        inner = [m for m in inner if not any(o is not m and o.start <= m.start and m.end <= o.end
                                             and o.end - o.start > m.end - m.start for o in inner)]
        spans = {(m.start, m.end) for m in inner}
        for a, z in _parents(b.doc.norm[outer.start:outer.end]):
            if not any(s <= outer.start + a and outer.start + z <= e for s, e in spans):
                inner.append(b.mention(outer.start + a, outer.start + z, "Organization"))
        for parent in sorted(inner, key=lambda m: m.start):
            b.add(sent, outer, "subOrganizationOf", parent, (outer.start, outer.end))


def division_chain(name: str) -> list[str]:
    """A place name written as a chain of divisions, split outermost first (else ``[name]``).

    >>> division_chain("四川省成都市武侯区")
    ['四川省', '成都市', '武侯区']
    >>> division_chain("北京南站")
    ['北京南站']
    """
    if name in load("divisions") or len(name) < 4:
        return [name]
    for k in range(len(name) - 2, 1, -1):
        head, tail = name[:k], name[k:]
        if head in load("divisions") and _ADMIN_TAIL.search(head):
            rest = division_chain(tail)
            if rest[-1] in load("divisions") and _ADMIN_TAIL.search(rest[-1]):
                return [head, *rest]
    return [name]


def _admin(name: str) -> bool:
    return name in load("divisions") or (bool(_ADMIN_TAIL.search(name)) and len(name) >= 2)


def _place_chains(b: _Builder, sent: _Sent) -> None:
    places = [m for m in sent.mentions if m.type == "Place"]
    # 北京市丰台区 as one mention: split at a division name
    for m in list(places):
        chain = division_chain(b.doc.norm[m.start:m.end])
        if len(chain) > 1:
            places.remove(m)  # the parts stand for it: 四川省 + 成都市 + 武侯区
            pos = m.start
            for part in chain:
                places.append(b.mention(pos, pos + len(part), "Place"))
                pos += len(part)
    places.sort(key=lambda m: m.start)

    def free(p1, p2):  # not part of a longer name (北京 丰台 in 北京丰台站), except a chain of places
        return not any(o.start <= p1.start and p2.end <= o.end and (o.start, o.end) != (p1.start, p2.end)
                       for o in sent.mentions if o is not p1 and o is not p2)
    for p1 in places:
        for p2 in places:
            if p2.start == p1.end and p2.end != p1.end and free(p1, p2) and _admin(b.doc.norm[p1.start:p1.end]) \
                    and (_admin(b.doc.norm[p2.start:p2.end]) or b.doc.norm[p2.start:p2.end].endswith(("村", "社区"))):
                b.add(sent, p2, "locatedIn", p1, (p1.start, p2.end))  # 北京市丰台区
    for p1 in (m for m in sent.outer if m.type == "Place"):
        rest = b.doc.norm[p1.end:sent.end]
        nxt = [m for m in sent.outer if m.start > p1.end]
        if rest.startswith("的") and nxt and nxt[0].start == p1.end + 1 and nxt[0].type in ("Place", "Organization", "Event") \
                and _admin(b.doc.norm[p1.start:p1.end]):
            b.add(sent, nxt[0], "locatedIn", p1, (p1.start, nxt[0].end))  # 丰台区的北京南站
        g = re.match(r"中[,，]?(?:仅|只有|唯有|就)?", rest)
        if g and g.end() > 1 and nxt and nxt[0].start == p1.end + g.end():
            target = nxt[0]
            if target.type == "Organization":
                d = re.match(r"(?:我|本)[省市区县]", b.doc.norm[target.start:target.end])
                target = b.mention(target.start, target.start + d.end(), "Place") if d else None
            if target is not None and target.type == "Place":
                b.add(sent, target, "locatedIn", p1, (p1.start, target.end))  # 城六区中,仅我区
    for cue in _LOCATED.finditer(sent.text):
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if _in_name(sent, cs, ce):
            continue
        where = next((m for m in sent.outer if m.type == "Place" and ce <= m.start <= ce + 1), None)
        if where is None:
            continue
        if b.doc.norm[where.end:where.end + 1] == "的":  # 位于X的Y
            subj = next((m for m in sent.outer if m.start == where.end + 1), None)
        else:  # Y位于X
            subj = next((m for m in reversed(sent.outer) if m.end <= cs and cs - m.end <= 1), None)
        if subj is not None and subj.type in ("Place", "Organization", "Event"):
            b.add(sent, subj, "locatedIn", where, (cs, ce))
