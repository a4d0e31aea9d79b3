"""chair, participant, date and venue (locatedIn) of events and programmes.

Cues of Chinese news: ``X主持会议`` (chair; ``主持…项目`` is taking part in a programme),
``A、B出席/参加/列席…``, ``A讲话``, ``A入选X`` (participant), ``N位…依次登台`` followed by N
paragraphs that each open with a name (participants), ``6月11日`` in a sentence naming the event
(date), ``X在Y举行/开幕`` (venue). Without an event named in the sentence, the article's own event
stands in only for a common noun (出席会议, 大会由…, 本次活动…) or a bare verb (…参加。).

>>> from kg.cues import Builder
>>> from kg.model import Article, Document, Mention, Sentence
>>> text = "读书会由区委宣传部主办,区长王立新出席。"
>>> doc = Document("d", "d.txt", text, text)
>>> art = Article("d#0", "", 0, len(text), [Sentence(0, len(text), 0)])
>>> b = Builder(doc, art, [Mention("d", "d#0", 0, 3, "Event", "读书会"), Mention("d", "d#0", 14, 17, "Person", "王立新")])
>>> extract_happenings(b, b.sentence(0, len(text)), None)
>>> [(r.subject.text, r.predicate, r.object.text) for r in b.rels]
[('读书会', 'participant', '王立新')]
"""
from __future__ import annotations

import re

from kg.cues import ANAPHOR, Builder, Sent, in_name, referent
from kg.model import Mention

# Acts that take part in the event the sentence is about, whatever follows them: 宣布项目开工,
# 通报有关情况, (某厅有关负责同志)现场回应委员关切.
_AT_EVENT = r"宣布(?=[^,，。;；]{0,8}(?:开工|开幕|启动|开赛|闭幕|开营))|通报(?=了?(?:有关|相关|工作)?情况)|现场回应"
_PARTICIPATE = re.compile(r"参加|出席|参与|列席|登台|聆听|发言|致[辞词]|参会|观摩|作[\u4e00-\u9fff]{0,6}?(?:报告|演讲)|入选|授牌|颁奖|"
                          r"揭牌|参展|签约|"
                          r"讲话(?=[,，。;；]|$)|" + _AT_EVENT)
# What may follow a participation verb when the event is the article's own: nothing, a common noun.
_GENERIC_OBJECT = re.compile(r"(?:了|本次|此次|这次|当天的?|上述)?(?:会议|大会|活动|开幕式|闭幕式|启动仪式|仪式|典礼|论坛|学习|"
                             r"座谈会|启动式|发布会|宣讲|讲座|报告会|报告|会)?(?:并|后|时|致[辞词]|讲话|$|[,，。;；])")
_ALSO = re.compile(r"(?:本次|此次)?(?:会议|大会|活动|仪式|开幕式|座谈会|论坛)?的(?:领导|嘉宾)?(?:还)?有")
_ORG_GAP = re.compile(r"(?:等(?:[0-9一二三四五六七八九十百]+[个家项])?(?:单位|企业|机构|部门|高校|医院|项目)?)?"
                      r"(?:代表|(?:有关|相关|主要)?负责(?:同志|人))?(?:集中|现场|成功|正式)?"
                      r"(?:作|进行|派员|派出专家)?(?:了)?(?:交流|典型|主题)?")
# A clause naming the officials a body sends: 某局有关负责同志, 某公司代表 (their bodies take part).
_DELEGATES = re.compile(r"(?:有关|相关|主要)?(?:负责同志|负责人|代表)[,，]")
_DELEGATES_END = re.compile(_DELEGATES.pattern + "$")
_SPEECH = re.compile(r"(?:表示|说|谈到|介绍|坦言|感慨|认为)[,，:：]?$")
_CONTINUE = re.compile(r"^(?:及|以及|和|并|等)")
# A counted group of speakers whose names follow, one paragraph each: 三位劳模工匠依次登台.
_COUNTED = re.compile(r"([2-9两二三四五六七八九])[位名][\u4e00-\u9fff]{0,8}?(?:依次|先后|相继|分别|轮流)"
                      r"(?:登台|发言|作报告|讲述|分享|宣讲)")
# Speaking at a meeting: 指出, 补充, 建议 (表示 alone is also said to reporters, elsewhere).
_SPOKE = re.compile(r"(?:指出|补充|建议|提出|发言|回应|质询|答询|答复)")
_MEETING = re.compile(r"(?:会议|全会|定期会|临时会)$")  # 某市议会第4届第6次定期会
# Signing on site: 现场签下订单, 与某企业签订协议.
_SIGNED = re.compile(r"签下|签订|签署|签约")
_SIGNER_GAP = re.compile(r"(?:也|还|并|均|分别)?(?:在[^,，。;；在与]{1,8}?上|现场|成功|当场)?(?:与[^,，。;；]{1,30}?)?"
                         r"(?:现场|成功|当场|正式)?")
# Signing at the event the article reports: 在展会上, 在仪式上, 在签约仪式现场.
_AT_THE_EVENT = re.compile(r"在(?:本次|此次|本届)?(?:展会|会上|大会|仪式|活动|论坛|博览会|开幕式|签约仪式|推介会|洽谈会)上?"
                           r"[^,，。;；]{0,30}?(?:签下|签订|签署|签约)")
# A paragraph on what was signed: 本次签约的16个项目…, 此次集中签约项目….
_SIGNING_PARAGRAPH = re.compile(r"(?:本次|此次|这次|本批)(?:集中)?签约")
# 甲公司将投资42亿元建设…: the owner of a signed project.
_INVESTS = re.compile(r"(?:将|计划|拟|预计)(?:投资|投入)")
# the clause opens with the signer, maybe after a description (当地的, 本地企业, 在地业者)
_SIGNER_LEAD = r"(?:[^,，。;；]{2,20}的|[^,，。;；的]{0,6}(?:企业|业者|厂商|公司|单位))?$"
_CLAUSE_STOPS = ",，;；:：。"
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?")
_UNTIL_DAY = re.compile(r"[至到—\-~](\d{1,2})[日号]")
# A year that opens a period, not a day: 2025年第三季度, 2024年上半年, 2023年以来.
_PERIOD = re.compile(r"(?:第?[一二三四1-4]季度|[上下]半年|前[一二三两]季度|以来|年底|底|初|末|全年)")
_VENUE = re.compile(r"在([^,，。;；在]{2,30}?)(?:隆重|正式|盛大|顺利)?(?:举行|召开|开幕|启幕|举办|闭幕|落幕|开赛|"
                    r"揭幕|开班|开营|启动)")

_TIME_GAP = re.compile(r"[,，]?(?:昨日|昨天|今日|今天|日前|近日|当天|当日|上午|下午|晚上|晚间|"
                       r"[（(]?(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:至\d{1,2}[日号])?[）)]?)+")


def extract_happenings(b: Builder, sent: Sent, focus: Mention | None) -> None:
    """Add chair, participant, date and venue relations stated in ``sent``."""
    _chair(b, sent, focus)
    _participants(b, sent, focus)
    _dates(b, sent, focus)
    _venues(b, sent, focus)


def _chair(b: Builder, sent: Sent, focus: Mention | None) -> None:
    for cue in re.finditer(r"主持(?!人)", sent.text):
        cs = sent.start + cue.start()
        if in_name(sent, cs, cs + 2):
            continue
        chair = next((m for m in reversed(sent.outer) if m.type == "Person" and cs - 3 <= m.end <= cs
                      and re.fullmatch(r"(?:同志|由)?", b.doc.norm[m.end:cs])), None)
        programme = next((m for m in sent.outer if m.type == "Programme" and cs + 2 <= m.start <= cs + 10), None)
        if programme is not None:  # 主持国家重点研发计划项目: taking part in the programme
            person = chair or next((m for m in reversed(sent.outer) if m.type == "Person" and m.end <= cs), None)
            b.add(sent, programme, "participant", person, (cs, programme.end))
            continue
        events = [m for m in sent.outer if m.type == "Event"]
        event = min(events, key=lambda m: abs(m.start - cs)) if events else (
            focus if focus is not None and focus.type == "Event" else None)
        b.add(sent, event, "chair", chair, (cs, cs + 2))


def _participants(b: Builder, sent: Sent, focus: Mention | None) -> None:
    clauses = list(re.finditer(r"[^,，;；:：。!！?？]+[,，;；:：。!！?？]?", sent.text))
    for cue in _PARTICIPATE.finditer(sent.text):
        if sent.text[cue.end():].startswith(("工作", "人")):
            continue  # 参加工作 (joined the workforce), 参与人
        cs, ce = sent.start + cue.start(), sent.start + cue.end()
        if in_name(sent, cs, ce) or (cue.group() == "讲话" and re.search(r"(?:在|重要)$", sent.text[:cue.start()])):
            continue
        k = next(n for n, c in enumerate(clauses) if c.start() <= cue.start() < c.end())
        lo = clauses[k].start()
        while k > 0 and (_CONTINUE.match(sent.text[lo:]) or _SPEECH.search(clauses[k - 1].group())
                         or _ends_with_name(sent, clauses[k - 1]) or _DELEGATES_END.search(clauses[k - 1].group())):
            k -= 1  # 甲,乙出席 (a list of titled names split by commas) takes 甲 too
            lo = clauses[k].start()
        people = [m for m in sent.outer if m.type == "Person" and sent.start + lo <= m.start and m.end <= cs]
        also = _ALSO.match(sent.text, cue.end())
        if also:  # 出席会议的还有甲、乙: the names follow
            people = [m for m in sent.outer if m.type == "Person" and m.start >= sent.start + also.end()]
        if not people:  # 甲公司、乙医院作交流发言 / 参展: the bodies take part
            near = [m for m in sent.outer if m.type == "Organization" and sent.start + lo <= m.start
                    and m.end <= cs and _ORG_GAP.fullmatch(b.doc.norm[m.end:cs])]
            if not near:  # 甲局、乙委有关负责同志,…群众参加: the bodies whose officials attend
                near = [m for m in sent.outer if m.type == "Organization" and sent.start + lo <= m.start
                        and _DELEGATES.match(sent.text, m.end - sent.start)]
            people = _org_list(b, sent, near[-1], sent.start + lo) if near else []
        events = [m for m in sent.outer if m.type in ("Event", "Programme") and m.start >= ce
                  and m.start - ce <= 12 and not re.search(r"[,，;；:：。]", b.doc.norm[ce:m.start])]
        if events:
            event = events[0]  # (not 发言提出,为了纪念X: an event named in the next clause)
        elif _GENERIC_OBJECT.match(sent.text, cue.end()) or also or cue.group() in ("聆听", "观摩") \
                or re.match(_AT_EVENT, sent.text[cue.start():]):
            # 出席会议并讲话, …参加。, 聆听…: the event named before, else the article's own
            # (not 出席了会议,…备战某运动会: an event the speech goes on to)
            event = next((m for m in sent.outer if m.type == "Event" and m.end <= cs), focus)
        else:
            continue  # 参加志愿服务: some other activity
        for p in people:
            b.add(sent, event, "participant", p, (cs, ce))


def _org_list(b: Builder, sent: Sent, last: Mention, lo: int) -> list[Mention]:
    """``last`` and the organisations joined to it by 、/和 before it (甲公司、乙公司和丙医院)."""
    out = [last]
    for m in reversed([m for m in sent.outer if m.type == "Organization" and lo <= m.start and m.end <= last.start]):
        if b.doc.norm[m.end:out[-1].start] not in ("、", "和", "与", "及"):
            break
        out.append(m)
    return out


def _ends_with_name(sent: Sent, clause: re.Match) -> bool:
    """Whether a clause is "title + name," (the name right before its comma)."""
    end = sent.start + clause.end() - (1 if clause.group()[-1:] in ",，" else 0)
    return clause.group()[-1:] in ",，" and any(m.type == "Person" and m.end == end for m in sent.outer)


def counted_speakers(b: Builder, focus: Mention | None) -> None:
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
            openers.append(first)  # the name is read there; the fact in the cue sentence
            if len(openers) == n:
                break
        if event is not None and len(openers) == n:
            for p in openers:
                b.add(sent, event, "participant", p, (cue.start(), cue.end()))


def meeting_speakers(b: Builder, focus: Mention | None) -> None:
    """In the report of a meeting (立法会全体会议, 某委员会会议), who speaks there (甲指出, 乙补充,
    议员丙建议) takes part in it; a sentence naming another event is about that one."""
    if focus is None or focus.type != "Event" or not _MEETING.search(b.doc.norm[focus.start:focus.end]):
        return
    for s in b.article.sentences:
        if s.end <= focus.start:
            continue
        sent = b.sentence(s.start, s.end)
        if any(m.type == "Event" and m is not focus and m.text != focus.text for m in sent.outer):
            continue
        for cue in _SPOKE.finditer(sent.text):
            cs = sent.start + cue.start()
            speaker = next((m for m in sent.outer if m.type == "Person" and m.end == cs), None)
            if speaker is None:
                continue
            opens = speaker.start == sent.start or b.doc.norm[speaker.start - 1] in ",，;；"
            titled = any(r.predicate == "position" and r.subject is speaker for r in b.rels)
            if opens or titled:  # 甲指出; 议员乙建议 (not 会议听取甲建议)
                b.add(sent, focus, "participant", speaker, (cs, sent.start + cue.end()))


def on_site_signers(b: Builder, focus: Mention | None) -> None:
    """A company that signs at the event (甲公司现场签下订单; 乙公司也在展会上与丙局签署备忘录; in a
    paragraph on 本次签约: 甲与乙签署协议, 丁公司将投资…) takes part in it, and so does its partner:
    the event is the last one the paragraph names, or the one its opening noun means."""
    sents = b.article.sentences
    for k, s in enumerate(sents):
        text = b.doc.norm[s.start:s.end]
        around = text + (b.doc.norm[sents[k - 1].start:sents[k - 1].end] if k else "")
        signing = any(_SIGNING_PARAGRAPH.match(b.doc.norm, p.start) for p in sents[:k + 1]
                      if p.paragraph == s.paragraph)  # the paragraph has turned to 本次签约的项目
        at_event = _AT_THE_EVENT.search(text)
        if "现场" not in around and not at_event and not signing:
            continue
        sent = b.sentence(s.start, s.end)
        event = _paragraph_event(b, sents, k, focus)
        if event is None and (at_event or signing) and focus is not None and focus.type == "Event":
            event = focus
        for cue in _SIGNED.finditer(text):
            cs = s.start + cue.start()
            if in_name(sent, cs, cs + len(cue.group())):
                continue
            lo = s.start + max(text.rfind(ch, 0, cue.start()) for ch in _CLAUSE_STOPS) + 1
            signer = next((m for m in sent.outer if m.type == "Organization" and lo <= m.start and m.end <= cs
                           and _SIGNER_GAP.fullmatch(b.doc.norm[m.end:cs])), None)
            if signer is None or not re.match(_SIGNER_LEAD, b.doc.norm[lo:signer.start]):
                continue
            partner = next((m for m in sent.outer if m.type == "Organization" and signer.end < m.start
                            and m.end <= cs and b.doc.norm[m.start - 1] == "与"), None)
            for party in (signer, partner):
                b.add(sent, event, "participant", party, (cs, s.start + cue.end()))
        if signing:  # 本次签约的16个项目…: 甲公司将投资…建设 (a signed project's owner)
            for inv in _INVESTS.finditer(text):
                vs = s.start + inv.start()
                lo = s.start + max(text.rfind(ch, 0, inv.start()) for ch in _CLAUSE_STOPS) + 1
                owner = next((m for m in sent.outer if m.type == "Organization" and m.start == lo and m.end == vs), None)
                b.add(sent, event, "participant", owner, (vs, s.start + inv.end()))


def _paragraph_event(b: Builder, sents, k: int, focus: Mention | None) -> Mention | None:
    """The event a paragraph reports up to sentence ``k``: the last Event it names, else the event
    its opening common noun (论坛现场…) stands for."""
    para = [s for s in sents[:k + 1] if s.paragraph == sents[k].paragraph]
    named = [m for m in b.starting_in(para[0].start, sents[k].start) if m.type == "Event"]
    if named:
        return named[-1]
    opener = ANAPHOR.match(b.doc.norm[para[0].start:para[0].end])
    return referent(b, opener.group(), para[0].start, focus) if opener else None


def _count(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else "一二三四五六七八九十".find(numeral) + 1 or 2


def _dates(b: Builder, sent: Sent, focus: Mention | None) -> None:
    """6月11日 → --06-11; 2024年3月 → 2024-03; 11月15日至16日 → two dates. A year in the event's
    own name (2025数字经济论坛, 2025年度表彰大会) completes a day without one; alone, such a year is
    the date only when the sentence gives no day for the event (2021年特大洪灾)."""
    events = [m for m in sent.outer if m.type == "Event"]
    named = bool(events)
    if not events and focus is not None and focus.type == "Event" and ANAPHOR.search(sent.text):
        events = [focus]
    if not events:
        return
    year, found = None, []  # found: (event, year, month, day, in_name, cue)
    for d in _DATE.finditer(b.doc.norm, sent.start, sent.end):
        if not d.group(0) or (d.group(1) is None and d.group(2) is None) \
                or any(m.start <= d.start() and d.end() <= m.end and m.type != "Event" for m in sent.mentions):
            continue  # a date inside the name of a programme or organisation
        if _in_book_title(b.doc.norm, d.start(), sent.start):
            continue  # 《2026年预算案》: a document's name, even when no mention covers it
        around = (b.doc.norm[d.start() - 1:d.start()] if d.start() > 0 else "") + b.doc.norm[d.end():d.end() + 1]
        if b.doc.norm[d.end():d.end() + 1] in ("讯", "电") and d.group(3):
            continue  # 本报济南10月16日讯, 新华社北京3月5日电: the dateline is the report's day
        if b.doc.norm[d.end():d.end() + 1] == "度" or (d.group(2) is None and re.search(r"[—\-~至到]", around)) \
                or (d.group(2) is None and _PERIOD.match(b.doc.norm, d.end())):
            continue  # 2024年度, 2024—2026年, 2025年第三季度: not the day of an event
        y, mo, day = d.group(1), d.group(2), d.group(3)
        year = y or (year if mo else None)
        if mo and not 1 <= int(mo) <= 12 or day and not 1 <= int(day) <= 31:
            continue
        if not day and not named:
            continue  # a year or month alone is the event's date only when the sentence names it
        event = min(events, key=lambda m: min(abs(m.start - d.start()), abs(m.end - d.start())))
        in_name = event.start <= d.start() and d.end() <= event.end
        days = [day]
        more = _UNTIL_DAY.match(b.doc.norm, d.end()) if day else None
        if more and more.end() <= sent.end and int(more.group(1)) > int(day):
            days.append(more.group(1))  # 11月15日至16日
        for dd in days:
            found.append((event, year, mo, dd, in_name, (d.start(), more.end() if more and dd != day else d.end())))
    with_day = {id(e) for e, _, _, dd, _, _ in found if dd}
    for event, y, mo, day, in_name, cue in found:
        if not mo and id(event) in with_day:
            continue  # the year of 2025年某大赛 completes its days; 总结2025年工作 is no date of the meeting
        y = y or (_name_year(b, event) if day else None)
        if not y and not day:
            continue  # "--07" alone is not an ISO date
        value = (f"{y}" if y else "-") + (f"-{int(mo):02d}" if mo else "") + (f"-{int(day):02d}" if day else "")
        b.add(sent, event, "date", value, cue)


def settle_dates(b: Builder) -> None:
    """After the article is read: a bare year (the 2025 of a headline's 2025年某节开幕) is dropped
    when the article gives the event a fuller date in that year (2025-07-19)."""
    full = {(r.subject.text, r.object[:4]) for r in b.rels
            if r.predicate == "date" and isinstance(r.object, str) and len(r.object) > 4}
    b.rels = [r for r in b.rels if not (r.predicate == "date" and isinstance(r.object, str)
                                        and len(r.object) == 4 and (r.subject.text, r.object) in full)]


def _in_book_title(text: str, pos: int, floor: int) -> bool:
    """Whether ``pos`` is inside 《…》 opened at or after ``floor``.

    >>> _in_book_title("审议《2026年预算案》", 3, 0), _in_book_title("《规划》2026年", 4, 0)
    (True, False)
    """
    return text.rfind("《", floor, pos) > text.rfind("》", floor, pos)


def _name_year(b: Builder, event: Mention) -> str | None:
    """The year an event's own name carries: 2025赣江数字经济发展论坛, 智慧城市博览2025, 2025年度…大会."""
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)(?![—\-~至到])", b.doc.norm[event.start:event.end])
    return m.group(1) if m else None


def _venues(b: Builder, sent: Sent, focus: Mention | None) -> None:
    """X在Y举行 / 在Y举行的X / 大会在Y开幕: the event is located in the place."""
    for cue in _VENUE.finditer(sent.text):
        ps, pe = sent.start + cue.start(1), sent.start + cue.end(1)
        place = next((m for m in sent.outer if m.type == "Place" and m.end == pe and m.start >= ps), None)
        if place is None:
            continue
        cs = sent.start + cue.start()
        clause_lo = sent.start + max(sent.text.rfind(ch, 0, cue.start()) for ch in ",，;；:：。") + 1
        event = next((m for m in reversed(sent.outer) if m.type == "Event" and clause_lo <= m.start
                      and m.end <= cs and cs - m.end <= 4), None)
        if event is None:  # X,昨日(12月8日)在Y开幕: only a time between the name and 在
            event = next((m for m in reversed(sent.outer) if m.type == "Event" and m.end <= cs
                          and _TIME_GAP.fullmatch(b.doc.norm[m.end:cs].lstrip("”」』》\""))), None)
        if event is None and sent.text[cue.end():].startswith("的"):
            event = next((m for m in sent.outer if m.type == "Event" and 0 <= m.start - (sent.start + cue.end()) <= 2), None)
        if event is None and ANAPHOR.match(b.doc.norm[clause_lo:cs]) and focus is not None and focus.type == "Event":
            event = focus
        b.add(sent, event, "locatedIn", place, (cs, sent.start + cue.end()))
