package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// prose reads a paragraph (or an item read as running text) sentence by
// sentence, from byte offset from of the unit. When announcing, its
// findings are provisional (see frame.provisional). It returns the cause
// the paragraph named last.
// proseOpts says how a unit is read as running text.
type proseOpts struct {
	from       int  // byte offset in the unit to start at (after a label)
	announcing bool // the unit announces a list
	item       bool // the unit is a list item (cases may name causes)
	causesOnly bool // a cause list: read causes, not remedies
	// fixesOnly: the explanation of a listed cause; it is read for what
	// to do about that cause (instructions addressed to the reader), not
	// for further causes.
	fixesOnly bool
	// applies: the case a label names ("在Java 8上运行：必须…"), which every
	// finding of its explanation applies to.
	applies string
}

func (d *doc) prose(ui int, u *unit, po proseOpts) string {
	role := d.role()
	scope := d.scopeCause()
	inItem := po.item || u.isItem()
	from, announcing := max(po.from, u.bodyOff), po.announcing
	var (
		blockCause, blockCond string
		promoted              bool // blockCause came from a case of this item
		prevEvent             string
		prevSent              = -1
		prevReason            bool
		prevCause             bool
		read                  bool // a sentence with words in it was read
		unitFindings          []*finding
	)
	if role == roleSummary || role == roleBoiler {
		return ""
	}
	explained := 0 // sentences of an explanation read so far (fixesOnly)
	own := false   // the unit named a cause of its own
	topic := false // the paragraph opened on a listed cause (paragraphCause)
	// In the section of a heading that names a cause, what the text tells
	// the reader to do is the fix for it.
	// So is it in the body of a numbered cause item ("2）宿主机关了 IP 转
	// 发。" then "执行 sudo sysctl -w net.ipv4.ip_forward=1").
	causeHead := d.inCauseHead() || !inItem && d.itemScope(ui) != ""
	labelScope := inItem && d.top().pointer && d.top().cause != ""
	enumerating := false   // a sentence announced reasons counted after it
	inlineReasons := false // the sentences after it are reasons listed inline
	pushed := false        // an inline role label opened a frame
	applies := d.applies
	if po.applies != "" {
		applies = po.applies
	}
	if !inItem && !hasPrefixAny(stripMarkup(u.text), topicShifts) {
		blockCause = d.carry
	}
	for i, si := range u.sents {
		start, ok := d.startFrom(u, i, from)
		if !ok {
			continue
		}
		s := d.sent(si)
		// "…。解决办法：先切换到…": a role label inside the paragraph opens
		// that part of it.
		// "原因一：排水管堵塞。…解决：把排水管拆下来…": in the paragraph
		// of a cause its label named, too.
		if r, n := inlineRoleLabel(s.text[start:]); r != roleNone && (!inItem || d.top().causeLabel && remedyish(r)) {
			start += n
			if !pushed {
				d.stack = append(d.stack, &frame{rank: d.top().rank + 0.25, role: r, roleSet: true, unit: ui})
				defer func() { d.stack = d.stack[:len(d.stack)-1] }()
				pushed = true
			}
			d.stack[len(d.stack)-1].role = r
			role = r
			inItem = true // its cases and bare instructions read as a list's
		}
		// "权限问题执行 chown …", "磁盘满了就清理…": an item that opens by
		// naming a cause the article listed, then says what to do.
		if inItem && i == 0 && scope == "" && blockCause == "" && remedyish(role) {
			if c, n := d.itemCausePrefix(s.text[start:]); c != "" {
				blockCause, start = c, start+n
			} else if c, n := d.paragraphCause(s.text[start:]); c != "" {
				// "2. 收入中断暂时还不上的，不要躲…": an item that opens
				// on a listed cause's case, then says what to do.
				blockCause, start, topic = c, start+n, true
			}
		}
		// "通常是以下几种情况造成的。一是X，…；二是Y，…": the reasons
		// counted one by one.
		if label, ok := ordinalReason(s.text[start:]); ok && (enumerating || d.reasons || role == roleCause || namedOrdinal(s.text[start:])) {
			if l, _ := trimCause(label); l != "" && !d.listedSymptom(l) {
				if c := d.addCause(l, si); c != "" {
					blockCause, own = c, true // the paragraph goes on about it
				}
			}
		}
		// "第一是整机备份。…", "第四个最容易被忽略：家人共享。…": a
		// paragraph that opens by counting a thing, in a sentence of its
		// own, goes on about that case of the problem: its culprit.
		if !read && !own && !po.fixesOnly && scope == "" && len(u.sents) > 1 {
			body := u.body()
			if l, ok := countedThing(body[:sentenceEnd(body)]); ok && !d.listedSymptom(l) && !d.prob.mentions(l) {
				if c := d.addCause(l, si); c != "" {
					blockCause, own = c, true
				}
			}
		}
		// "X一般是由于以下几个原因造成的：A；B；还有C。": the reasons
		// listed in the running text, one per clause set off by "；".
		if inlineReasons && !po.fixesOnly {
			item := strings.TrimRight(strings.TrimSpace(s.text[start:]), "；;。")
			item, _, _ = cutPrefixAny(item, []string{"还有", "以及", "另外", "或者", "其次", "最后"})
			if _, ord := ordinalReason(item); !ord { // "一是X；二是Y" are counted, below
				d.addListedReason(item, si)
			}
			inlineReasons = isSemicolon(lastRune(strings.TrimSpace(s.text)))
		}
		if t := s.text[start:]; announcesReasons(t) && !po.fixesOnly {
			if k := strings.LastIndexAny(t, "：:"); k >= 0 && isSemicolon(lastRune(strings.TrimSpace(t))) {
				item := strings.TrimRight(strings.TrimSpace(t[k+len("："):]), "；;")
				if label, ord := ordinalReason(item); ord {
					// "…原因主要有以下几种：一是X；": the first counted reason
					// in the announcing sentence itself.
					d.addListedReason(label, si)
				} else {
					inlineReasons = d.addListedReason(item, si)
				}
			}
		}
		if announcesReasons(s.text[start:]) {
			enumerating = true
			if !inItem && i == len(u.sents)-1 {
				d.reasons = true
			}
		}
		// "至于因为违规被限制的，先…", "密码输错的就别反复试了": a paragraph
		// that opens on a cause the article listed is that cause's fix, read
		// as an item of a remedy list.
		if i == 0 && !inItem && !announcing && scope == "" {
			if c, n := d.paragraphCause(s.text[start:]); c != "" {
				blockCause, start, topic = c, start+n, true
			}
		}
		// "针对第一种情况，可以…；针对第二种情况，…": a case counted back
		// to the causes the article listed.
		if c, n := d.ordinalCause(s.text[start:]); c != "" {
			blockCause, start, topic = c, start+n, true
		}
		asItem := inItem || topic
		an := d.x.analyse(s, start, d.prob, opts{
			cases:       asItem && (remedyish(role) || role == rolePrevention || topic) || causeHead,
			imperative:  asItem && (remedyish(role) || role == rolePrevention || topic) || role == roleSteps || role == roleRemedy || causeHead || d.answering,
			afterReason: prevReason,
			// A paragraph that opens on "也可能是X" after the article has
			// named a cause offers another (a thread's next answer).
			afterCause: prevCause || !read && po.from > 0 && d.top().causeLabel || i == 0 && !inItem && len(d.causes) > 0,
			answering:  d.answering && len(d.replyFrom) > 0,
		})
		if an.summary {
			break
		}
		if an.example {
			continue
		}
		if po.fixesOnly {
			an.causes, an.anaphor = nil, false
			kept := an.groups[:0:0]
			for _, g := range an.groups {
				// "用户需要在规定时间内按时还款": the rule the cause broke,
				// not a fix for it. The first sentence of an explanation
				// describes the cause: only an instruction addressed to the
				// reader is a fix there, or one that opens it with its verb
				// ("后台被限制：打开“允许后台活动”"); after it, a bare
				// imperative is too ("温度太低：…电池会停止充电。把平板拿回室内
				// 放半小时再充").
				if (g.addressed || explained > 0 || opensWith(s.text[start:], g.remedy)) && !containsAny(s.text[start:], dutyWords) {
					g.cause = ""
					kept = append(kept, g)
				}
			}
			an.groups = kept
			explained++
		}
		for _, c := range an.causes {
			// "原因：X。也可能是Y": Y is a cause beside the one the
			// paragraph explains; what follows stays with that one. A
			// paragraph that opens on it is about Y.
			if c.kind == causeAlternative && !(i == 0 && !inItem && scope == "") {
				if l, _ := trimCause(c.text); l != "" && !d.symptom(l) {
					d.addCause(l, si)
				}
				continue
			}
			if c.intro && scope != "" || causeHead || labelScope {
				// "如果花呗被冻结是因为…" restates the sub-section's cause;
				// under a cause heading, or after an item's label that names
				// a cause ("电池老化：锂电池用了两三年容量会下降，就会…"),
				// the text explains that cause.
				blockCause = scope
				continue
			}
			l, th := trimCause(c.text)
			// A fault asked about was shown not to be the problem by its
			// words (causeAsked); its failure to do is another thing's.
			if l == "" || c.kind != causeAsked && d.symptom(l) {
				continue
			}
			blockCause, own = d.addCause(l, si), true
			if c.kind == causePartial {
				d.markPartial(blockCause)
			}
			if th != "" {
				blockCond = th
			}
		}
		// "## 原因" then "本地仓库和远程仓库是分别初始化的，两者没有共同的提
		// 交历史。": what a section of causes says first, with no cue of
		// its own, is its cause.
		// Its first sentence may give the setting ("MySQL 默认的最大连接数
		// max_connections 只有 151。应用的连接池配置过大，…"): the first that
		// states a fault does.
		if !own && !inItem && !announcing && !po.fixesOnly && scope == "" && len(an.causes) == 0 && d.causeSectionOpens(ui) {
			if l := sectionCause(s.text[start:]); l != "" && !d.symptom(l) {
				if c := d.addCause(l, si); c != "" {
					blockCause, own = c, true
					d.markSectioned(c)
				}
			}
		}
		// A story of the trouble names its cause as it goes: a suspicion
		// the next sentences confirm, or a sentence that opens on 因为 and
		// explains what the sentence before told. It is a cause of that
		// part of the story (a pitfall record tells several).
		if len(an.causes) == 0 && !inItem && scope == "" && !po.fixesOnly {
			if x, xi := d.storyCause(u, i); x != "" {
				if l, _ := trimCause(x); l != "" && !d.symptom(l) {
					if c := d.addCause(l, u.sents[xi]); c != "" {
						blockCause, own = c, true
						d.markPartial(c)
					}
				}
			}
		}
		if an.anaphor && an.effect && len(an.causes) == 0 && prevEvent != "" {
			if l, th := trimCause(prevEvent); l != "" && !d.symptom(l) {
				blockCause, own = d.addCause(l, prevSent), true
				if th != "" {
					blockCond = th
				}
			}
		}
		prevEvent, prevSent, prevReason, prevCause = an.event, si, an.reason, len(an.causes) > 0
		read = read || hanCount(s.text[start:]) > 0
		if an.applies != "" && an.appliesBack && len(an.groups) == 0 {
			// "此办法适用于Windows 11 22H2和23H2": what the findings of the
			// section so far apply to.
			for _, f := range d.findings {
				if f.unit > d.lastHead && !strings.Contains(f.Condition, an.applies) {
					f.Condition = strings.Trim(an.applies+"，"+f.Condition, "，")
				}
			}
		} else if an.applies != "" {
			applies = an.applies
			for _, f := range unitFindings {
				if !strings.Contains(f.Condition, applies) {
					f.Condition = strings.Trim(applies+"，"+f.Condition, "，")
				}
			}
			// A paragraph of its own covers what follows; an item of a
			// list ("4.适用于锐龙嵌入式 7000 系列的 EmbeddedAM5PI 1.0.0.1
			// 版本") says what the item is for.
			if len(an.groups) == 0 && len(unitFindings) == 0 && !inItem {
				d.applies = applies
			}
		}
		// "…，最后申请停息挂账或个性化分期。一般来说，逾期90天以内协商成功率
		// 较高。": when the step just told works best is its condition.
		if x := successCondition(s.text[start:]); x != "" && len(an.groups) == 0 && len(unitFindings) > 0 {
			if f := unitFindings[len(unitFindings)-1]; f.Condition == "" {
				f.Condition = x
			}
			continue
		}
		if an.recovered || po.causesOnly || (role == roleCause && inItem) {
			continue
		}
		an.groups = joinVisits(an.groups)
		other := false
		for _, g := range an.groups {
			other = other || !navOnly(trimRemedy(g.remedy))
		}
		for gi, g := range an.groups {
			// Not a step done at the same time as the next ("打开防火墙，同时
			// 开启打印机共享").
			if other && navOnly(trimRemedy(g.remedy)) && !(gi+1 < len(an.groups) && doneAtOnce(s.text, g.remedy, an.groups[gi+1].remedy)) {
				continue // 登录支付宝APP,查看…,并尽快完成还款: the navigation is the means
			}
			if saidUseless(s.text, g.remedy, an.groups[gi+1:]) {
				continue // "网上说的删除后重新下载是没用的"
			}
			r := trimRemedy(g.remedy)
			prevText := ""
			if i > 0 {
				prevText = d.sent(u.sents[i-1]).text + "。"
			}
			if x := releasedFix(prevText+s.text[start:], r); x != "" {
				r = x // "官方已发布安全更新，请及时更新": install what was released
			}
			// "等社保缴满6个月以后再申请": the wait is the action, and
			// what follows it is done then.
			if n := len(g.conds); n > 0 && g.conds[n-1].kind == condTemporal {
				for _, w := range []string{"等到", "等"} {
					if wait := w + g.conds[n-1].text + "再" + r; strings.Contains(s.text, wait) {
						r, g.conds = wait, g.conds[:n-1:n-1]
						break
					}
				}
			}
			if !remedyOK(r, d.prob) || d.avoidanceOnly(role, r) || isNoteLabel(u.label) && containsAny(r, prohibitions) {
				continue
			}
			// "打开App Store，一直转圈，然后提示无法连接": in the lead, a bare
			// verb before the failure tells what happened, not what to do.
			if d.headings == 0 && !inItem && !g.addressed && len(g.conds) == 0 && narrative(s.text[start:], r, d.prob) {
				continue
			}
			if refusedAttempt(s.text[start:], r) || storySetting(s.text[start:], r) {
				continue
			}
			cause := blockCause
			switch {
			case g.cause != "" && (g.intro || causeHead) && scope != "":
				cause = scope
			case g.cause != "":
				if l, _ := trimCause(g.cause); l != "" {
					cause = d.addCause(l, si)
				}
			}
			if cause == "" {
				cause = scope
			}
			conds := g.conds
			// "再备份数据后恢复出厂设置": a step before the action, in
			// sequence, is part of it, not a condition.
			if n := len(conds); n > 0 && conds[n-1].kind == condTemporal {
				if step, _, ok := cutPrefixAny(conds[n-1].text, []string{"再", "先"}); ok && startsWithAction(step) && !perfective(step) {
					r = trimRemedy(step + r)
					conds = conds[:n-1]
				}
			}
			// In a list item, a case that states a fault names the cause
			// ("如逾期未还款,应…;账户存在风险,应…"); a kind of reader
			// ("没有服务合同的客户可以…") names whom the advice is for.
			if inItem && g.cause == "" && (cause == "" || promoted && gi == 0) && len(conds) > 0 &&
				supposes(conds[0]) && isFault(conds[0].text) && !elliptical(conds[0].text) &&
				!hasSuffixAny(conds[0].text, qualifiedReaders) {
				if l, th := trimCause(conds[0].text); l != "" && !d.prob.isItself(l) {
					cause = d.addCause(l, si)
					blockCause, promoted = cause, true
					conds = conds[1:]
					if th != "" {
						blockCond = th
					}
				}
			}
			// "如果是被怀疑套现，就要…" after "如果是长期不用卡导致的，…" in
			// the same paragraph: a case that says which cause it is for is
			// another cause's, not the one carried from before.
			if g.cause == "" && cause != "" && cause == blockCause && len(conds) > 0 && conds[0].kind == condHypothetical &&
				hasPrefixAny(strings.TrimSpace(s.text[start:]), []string{"如果是", "假如是", "如果说是"}) && similarity(conds[0].text, cause) < 0.5 {
				cause = ""
			}
			// "端口占用的，用…找到进程并结束它" after a cause list that
			// named 端口被占用: the case is that cause.
			if cause == "" && len(conds) > 0 && (conds[0].kind == condCase || conds[0].kind == condHypothetical) {
				if c := d.knownCause(conds[0].text); c != "" {
					cause, conds = c, conds[1:]
				}
			}
			cond, distinct := d.condText(conds, cause)
			if cond == "" && blockCond != "" && cause == blockCause {
				cond = blockCond
			}
			if applies != "" && !distinct {
				// Where it applies says more than when, in a sequence, to do it.
				cond = strings.Trim(applies+"，"+cond, "，")
			}
			// "在与客服人员沟通时,请…": a detail of the step before, while
			// doing it. A state at that time ("应用实例较多时") is a case.
			if cond != "" && hasSuffixAny(cond, []string{"时", "期间", "过程中", "时候"}) && len(unitFindings) > 0 && startsWithAction(cond) {
				if d.sharesTopic(cond, unitFindings[len(unitFindings)-1].Remedy) {
					continue
				}
			}
			f := d.addFinding(ui, si, cause, r, cond, role)
			if f == nil {
				continue
			}
			f.addressed = g.addressed
			unitFindings = append(unitFindings, f)
			// "X建议受影响用户升级至最新版本：" then the version: a third
			// party's advice is its own instruction, not a summary of
			// the list it announces; so is an update to one of the
			// releases listed ("用户应将其集群升级到其中一个修复版本："),
			// not to one of a table of sizes ("请升级实例规格。各规格默认的
			// 连接数如下：", which its heading already says).
			if announcing && !g.whole && !thirdPartyAdvice(s.text) && !releaseUpdate(r) {
				f.prov = d.top()
				d.top().provisional = append(d.top().provisional, f)
			}
		}
	}
	if !inItem && !announcing {
		if own || hasPrefixAny(stripMarkup(u.text), topicShifts) {
			d.carry = blockCause
		}
		if d.isPartial(d.carry) {
			d.carry = "" // the writer's own case ends with its paragraph
		}
	}
	return blockCause
}

// isPartial: l is a cause of one part of the article only (markPartial).
func (d *doc) isPartial(l string) bool {
	for _, m := range d.causes {
		if m.label == l && m.partial {
			return true
		}
	}
	return false
}

// symptom: a "cause" that is itself a failure of the problem's kind
// ("PSN正遭遇一次重大服务中断,导致…", "由于无法访问账户管理功能,…").
func (d *doc) symptom(label string) bool {
	p := d.prob
	return !containsAny(label, faultWords) && (p.restates(label) || cannotDo(label) || p.sameThingFails(label))
}

// listedSymptom is symptom for an item the writer listed as a reason: only
// the problem's own failure words, or a failure to do, make it the problem
// again. Another thing's failure that shares a word with the problem ("公积
// 金账户处于冻结状态" under 公积金提取申请被驳回) is a reason given.
func (d *doc) listedSymptom(label string) bool {
	return !containsAny(label, faultWords) && (d.prob.restatesOwn(label) || cannotDo(label))
}

// addListedReason adds a reason read from a list in running text, when it
// reads as a cause of its own (not the problem again, not a long clause),
// and reports whether it did.
func (d *doc) addListedReason(item string, si int) bool {
	// "生成了密钥，但是公钥没有添加到 GitHub 账户里": what was done, then
	// the fault after the contrast, which is the reason.
	if k, w := indexAny(item, []string{"，但是", "，但", "，可是", "，却"}); k > 0 && statesFault(item[k+len(w):]) && !statesFault(item[:k]) {
		item = item[k+len(w):]
	}
	l, _ := trimCause(item)
	if l == "" || runeLen(l) > 24 || d.listedSymptom(l) {
		return false
	}
	d.addCause(l, si)
	return true
}

// dutyWords state a rule to keep (on time, by the deadline), which an
// explanation of a cause tells to say what was broken.
var dutyWords = []string{"按时", "按期", "准时", "规定时间内", "规定的时间内", "按规定"}

// prohibitions say what not to do.
var prohibitions = []string{"不要", "切勿", "千万别", "请勿", "不可以", "禁止"}

// isNoteLabel: the label of a note on a step ("说明：", "注意："): its
// prohibitions are cautions about the step ("进行这一步时不要无脑照搬").
func isNoteLabel(label string) bool {
	label = trimEdges(label)
	// "还有一种情况要注意：…": what follows is a note, whatever it is about.
	return hasPrefixAny(label, noteLabels) && runeLen(label) <= 4 ||
		runeLen(label) <= 12 && hasSuffixAny(label, []string{"要注意", "需要注意", "需注意", "值得注意", "要说明", "需要说明", "要提醒", "需要提醒"})
}

// isAvoidance: advice that only keeps the problem away (注意事项).
func isAvoidance(r string) bool {
	return hasPrefixAny(r, []string{"避免", "防止", "不要", "切勿", "别", "禁止", "谨慎", "小心", "注意", "确保", "保持"})
}

// avoidanceOnly: in a section of prevention, r only keeps the problem
// away (isAvoidance), no fix; but a scam warning's prevention advice (不要
// 透露给任何人, 小心保管验证码) is the way out of the fraud it warns of.
func (d *doc) avoidanceOnly(role, r string) bool {
	return role == rolePrevention && isAvoidance(r) && !d.scam
}

// code reads a code block: right after an instruction that announces it
// ("粘贴以下命令：", "在终端执行"), it is that instruction's command; in a
// remedy section, a command to run.
func (d *doc) code(ui int, u *unit) {
	if steps := commentedSteps(u.text); len(steps) > 0 {
		// "#在命令提示符中执行下面的命令" then "reg.exe add …": the block
		// says in its comments which of its commands are the steps.
		if !remedyish(d.role()) && d.role() != roleNone {
			return
		}
		for _, st := range steps {
			if f := d.addFinding(ui, u.sents[0], d.scopeCause(), st, d.applies, roleSteps); f != nil {
				f.addressed = true
			}
		}
		return
	}
	// Command lines that lost their code markup stand one per unit: the
	// block is read from its first line, as a marked-up block is.
	if ui > 0 && d.units[ui-1].kind == article.KindCode {
		return
	}
	line := blockCommands(u.text)
	if line == "" || runeLen(line) > 120 {
		return
	}
	if n := len(d.findings); n > 0 {
		f := d.findings[n-1]
		if (f.unit == ui-1 && endsWithColon(f.Evidence) || f.unit >= ui-2 && announcesCode(f)) && !strings.Contains(f.Remedy, line) && !isAvoidance(f.Remedy) {
			f.Remedy = strings.TrimRight(f.Remedy, "：: ") + "：" + line
			return
		}
	}
	if !remedyish(d.role()) || runeLen(line) > 80 {
		return
	}
	// "对于在其他发行版上使用 Guix 的用户，升级过程包括…：" then the
	// command: the case the line before announced it for.
	cond := ""
	if ui > 0 && d.introducesCode(ui-1) && len(d.units[ui-1].sents) > 0 {
		cond = d.announcedCase(lastSentence(d.units[ui-1].text))
	}
	if f := d.addFinding(ui, u.sents[0], d.scopeCause(), line, cond, d.role()); f != nil {
		f.addressed = true
	}
}

// blockCommands is what a code block gives the reader to run: its first
// line, or, when the block is a short run of commands and nothing else
// ("guix pull", "sudo guix system reconfigure …", "sudo herd restart
// guix-daemon"), the run, in order, as one step.
func blockCommands(text string) string {
	var lines []string
	prompted := 0 // lines after a prompt ("$ ls -l"), the rest being output
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		bare := strings.TrimSpace(strings.TrimLeft(l, "$>"))
		if bare != "" && !strings.HasPrefix(bare, "```") && !isChineseComment(bare) {
			lines = append(lines, bare)
			if bare != l {
				prompted++
			}
		}
	}
	if len(lines) == 0 {
		return ""
	}
	if len(lines) > 1 && len(lines) <= maxBlockCommands && (prompted == 0 || prompted == len(lines)) &&
		slices.ContainsFunc(lines, commandLine) && !slices.ContainsFunc(lines, func(l string) bool { return !shellLine(l) }) {
		if run := strings.Join(lines, "；"); runeLen(run) <= 120 {
			return run
		}
	}
	// "module.exports = {", "productionSourceMap: false", "}": a short
	// snippet whose first line only opens it says what it sets whole.
	if len(lines) > 1 && len(lines) <= maxSnippetLines && strings.ContainsRune("{[(", lastRune(lines[0])) {
		if whole := strings.Join(lines, " "); runeLen(whole) <= 120 {
			return whole
		}
	}
	return lines[0]
}

// maxSnippetLines is the longest snippet read whole when its first line
// only opens it.
const maxSnippetLines = 5

// shellLine: the line l of a code block reads as a shell command: a
// command line, or a program's name in lower case and its arguments
// ("guix pull"), not a line of a configuration file ("listen 80;",
// "server {") or of a program's output.
func shellLine(l string) bool {
	if settingLineRe.MatchString(l) {
		return false // "max_connections = 500"
	}
	if commandLine(l) {
		return true
	}
	f := strings.Fields(l)
	return len(f) >= 2 && hanCount(l) == 0 && programNameRe.MatchString(f[0]) && !strings.ContainsRune(";{}:,)", lastRune(l)) && !strings.Contains(l, "=")
}

// programNameRe is the name of a program as a shell line starts with it;
// settingLineRe a setting and its value.
var (
	programNameRe = regexp.MustCompile(`^[a-z][a-z0-9_.-]{1,20}$`)
	settingLineRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*\s*[=:]\s`)
)

// maxBlockCommands is the longest run of commands a code block may give as
// one step.
const maxBlockCommands = 3

// commentedSteps reads a code block whose comments are written in
// Chinese: a comment that tells the reader to run something ("#在命令提示
// 符中粘贴并执行下面的命令") followed by a command with arguments is one
// step, "comment：command". Comments that only describe, and commands
// without a comment that asks to run them, are not steps.
func commentedSteps(text string) []string {
	var steps []string
	comment := ""
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "```"):
		case isChineseComment(l):
			comment = strings.TrimSpace(strings.TrimLeft(l, "#/ "))
			if k := strings.IndexAny(comment, "(（"); k > 0 {
				comment = strings.TrimSpace(comment[:k]) // "(需要修改结尾的 X)": a note
			}
			if !containsAny(comment, []string{"执行", "运行", "输入", "粘贴", "命令"}) || !startsWithAction(comment) && !hasPrefixAny(comment, instructionPreps) {
				comment = ""
			}
		case comment != "" && hanCount(l) == 0 && strings.Contains(l, " ") && runeLen(l) <= 160:
			steps = append(steps, strings.TrimRight(comment, "：: ")+"："+l)
			comment = ""
		default:
			comment = ""
		}
	}
	return steps
}

// isChineseComment: a shell or C-style comment written in Chinese (a root
// prompt "# apt install" is a command, not a comment).
func isChineseComment(l string) bool {
	return (strings.HasPrefix(l, "#") || strings.HasPrefix(l, "//")) && hanCount(l) > 0
}

func endsWithColon(s string) bool { return isColon(lastRune(strings.TrimSpace(s))) }

// announcesCode: an instruction whose command follows it.
func announcesCode(f *finding) bool {
	if hasSuffixAny(f.Remedy, []string{"命令", "代码", "脚本", "以下内容", "如下内容", "以下", "如下", "输入", "执行", "运行"}) {
		return true
	}
	ev := strings.TrimSpace(f.Evidence)
	return (strings.HasSuffix(ev, "：") || strings.HasSuffix(ev, ":")) && containsAny(f.Remedy, []string{"命令", "执行", "运行", "输入", "粘贴", "代码", "脚本", "添加", "修改", "编辑"})
}

// condText joins the conditions of an instruction into one, dropping those
// that say nothing, restate the problem or repeat the cause. distinct
// reports a condition that marks a case of its own (如果 / 超过…的 / 部分
// 情况下) rather than a step in time (还清欠款后).
func (d *doc) condText(conds []condHit, cause string) (string, bool) {
	var parts []string
	distinct := false
	for _, c := range conds {
		p := d.prob
		if cleftCase(c.text) {
			// "如果是公安机关冻结的": which kind of the problem it is, a
			// case of its own, not the problem restated.
			p = nil
		}
		t := trimCond(c.text, p)
		if t == "" {
			continue
		}
		// A case that is one of the cause's alternatives ("线路故障的就报修"
		// under 宽带欠费或运营商线路故障) says which of them, and stays.
		if cause != "" && (strings.Contains(t, cause) || causeSimilarity(t, cause) >= 0.6) && !oneAlternative(t, cause) {
			continue
		}
		if c.kind != condTemporal || strings.HasSuffix(t, "情况下") {
			distinct = true
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, "，"), distinct
}

// oneAlternative: the case t names one of the alternatives the cause
// joins with 或 (或者, 还是), and not the others.
func oneAlternative(t, cause string) bool {
	parts := splitAny(cause, []string{"或者", "或是", "或", "还是"})
	if len(parts) < 2 || containsAny(t, []string{"或", "还是"}) {
		return false
	}
	matched := 0
	for _, p := range parts {
		if p = trimEdges(p); p != "" && (strings.Contains(t, p) || strings.Contains(p, t) || causeSimilarity(t, p) >= 0.6) {
			matched++
		}
	}
	return matched == 1
}

// addFinding records a finding read from sentence si of unit ui.
func (d *doc) addFinding(ui, si int, cause, remedy, cond, role string) *finding {
	remedy = trimRemedy(remedy)
	if !remedyOK(remedy, d.prob) {
		return nil
	}
	s := d.a.Sentences[si]
	if opensOnDrawback(s.Text) || grantsAbility(s.Text, remedy) {
		return nil
	}
	section := role
	if role == roleMixed {
		section = roleRemedy
	}
	// An item of a list announced for a case ("如果暂时无法升级，可以采取
	// 以下措施：") holds in that case.
	if cond == "" {
		cond = d.scopeCond()
	}
	f := &finding{
		Finding: article.Finding{Cause: cause, Remedy: remedy, Condition: cond, Evidence: s.Text, Offset: s.Offset, Section: section},
		unit:    ui,
		tips:    role == roleTips,
		owner:   d.top(),
		answer:  d.answering,
	}
	// A paragraph after an announcement's marked list is no item of it
	// ("应监控以下端点：", the bullets, then "最关键的是，Versa 敦促所有
	// 用户升级…"): the list has ended.
	u := d.units[ui]
	afterList := !u.isItem() && u.label == ""
	for i := len(d.stack) - 1; i >= 0; i-- {
		if !(afterList && !d.stack[i].heading && !d.stack[i].implicit) {
			d.stack[i].items++
		}
		if i > 0 && d.stack[i].roleSet && remedyish(d.stack[i].role) {
			f.sectioned = true
		}
		f.lastResort = f.lastResort || d.stack[i].lastResort
		// What to do, in the section of a heading that names a cause.
		if d.stack[i].causeHead && cause != "" {
			f.sectioned = true
		}
	}
	d.findings = append(d.findings, f)
	return f
}

// markSectioned marks the cause labelled l as one a section of causes
// states.
func (d *doc) markSectioned(l string) {
	for _, m := range d.causes {
		if m.label == l {
			m.sectioned = true
		}
	}
}

// addCause records a cause mention and returns its label, reusing the
// label of an earlier mention of the same cause in this article.
func (d *doc) addCause(label string, si int) string {
	label = d.prob.causeOfItself(label)
	// "身份证过期的": a headless case names its cause without the 的.
	if strings.HasSuffix(label, "的") && runeLen(label) >= 4 && !hasSuffixAny(label, []string{"目的", "有的", "别的", "真的", "似的", "是的"}) {
		label = strings.TrimSpace(strings.TrimSuffix(label, "的"))
	}
	// "| 浏览": a page's metadata field, not a cause.
	if label == "" || strings.ContainsAny(label, "|｜") || hasPrefixAny(label, metadataFields) && runeLen(label) <= 4 {
		return ""
	}
	for _, m := range d.causes {
		// Two flaws by two ids are two, however alike their names.
		if otherFlawIDs(m.label, label) {
			continue
		}
		if m.label == label || similarity(m.label, label) >= 0.6 || similarity(negationKey(m.label), negationKey(label)) >= 0.6 {
			return m.label
		}
	}
	if d.x.MaxCauses > 0 && len(d.causes) >= d.x.MaxCauses {
		return label
	}
	// "这是怎么回事呢": a question asks for the cause, it names none.
	if questionLabel(label) {
		return ""
	}
	// "租房提取需同时满足：…": a label announcing the terms to meet, not
	// a cause (its items say what is required).
	if announcesTerms(label) {
		return ""
	}
	// "对驳回结果有异议": the reader disputing the outcome, a step after
	// the problem, not its cause.
	if containsAny(label, disputeWords) {
		return ""
	}
	// "当Pod因资源不足被终止时": when something happens, not a cause.
	if strings.HasPrefix(label, "当") && hasSuffixAny(label, []string{"时", "时候", "之时"}) {
		return ""
	}
	s := d.a.Sentences[si]
	// "缺点：…重新打包后可能导致APP无法正常运行": the drawback of a
	// method, not a cause of the article's problem.
	if opensOnDrawback(s.Text) {
		return ""
	}
	d.causes = append(d.causes, &mention{label: label, evidence: s.Text, offset: s.Offset, si: si})
	if d.headings == 0 {
		d.lead = append(d.lead, label)
	}
	return label
}

// otherFlawIDs: the labels a and b both name CVE ids, and none in common.
func otherFlawIDs(a, b string) bool {
	ia, ib := zhtext.CVEIDs(a), zhtext.CVEIDs(b)
	return len(ia) > 0 && len(ib) > 0 && !slices.ContainsFunc(ia, func(id string) bool { return slices.Contains(ib, id) })
}

// markPartial notes that the cause labelled l is a cause of one part of
// the article only — the writer's own case ("后来发现是X") or the one left
// when the others are ruled out ("以上都不是，可能是X"): the fixes of the
// whole article are not all for it.
func (d *doc) markPartial(l string) {
	for _, m := range d.causes {
		if m.label == l {
			m.partial = true
		}
	}
}

// disputeWords say that the reader disputes a decision.
var disputeWords = []string{"有异议", "不认可", "不认同"}

// announcesTerms: a label that announces the terms to meet ("需同时满足",
// "须具备以下条件", "要求如下"), naming no cause.
func announcesTerms(label string) bool {
	label = strings.TrimRight(label, "：:")
	if hasSuffixAny(label, []string{"条件如下", "要求如下", "以下条件", "以下要求", "下列条件", "下列要求"}) {
		return true
	}
	for _, w := range []string{"满足", "具备", "符合"} {
		if k := strings.LastIndex(label, w); k >= 0 && k+len(w) == len(label) {
			before := strings.TrimSuffix(label[:k], "同时")
			return hasSuffixAny(before, []string{"需", "须", "需要", "必须", "应", "应当", "要"})
		}
	}
	return false
}

// questionLabel: a label that asks ("这是怎么回事呢", "还能不能开"),
// naming no cause.
func questionLabel(label string) bool {
	return containsAny(label, []string{"怎么回事", "为什么", "为何", "什么原因", "啥原因", "能不能", "是不是", "会不会", "要不要", "可不可以", "行不行"}) ||
		hasSuffixAny(label, []string{"呢", "吗", "？", "?"})
}

// elliptical: a case without its subject ("如果没有运行"): it points back to
// what the text named before, and names no cause of its own.
func elliptical(t string) bool {
	t = trimCond(t, nil)
	// "都没有的话", "还不行": the adverb points back to what was tried.
	t, _, _ = cutPrefixAny(t, []string{"都", "也", "还是", "还", "仍然", "仍", "依然", "依旧"})
	return runeLen(t) <= 5 && hasPrefixAny(t, []string{"没有", "没", "未", "不", "无法", "不能"})
}

// isFault: a case that states something wrong is a cause, not a mere
// circumstance ("如逾期未还款" vs "如申请被拒绝").
func isFault(t string) bool {
	// "一旦发现X被异常关闭": what the reader finds is a sign, not the
	// fault behind it.
	if containsAny(t, []string{"原因", "清楚", "确定", "必要", "需要", "可能", "怀疑", "担心", "似乎", "发现", "察觉"}) {
		return false
	}
	return containsAny(t, faultWords) || resourceShortRe.MatchString(t)
}

// supposes: the condition c supposes a case (如果X, 如X, X的话), which a
// fault may be; not a time (X后, X时). (X的话 is parsed with the words that
// end a time, and kept of that kind for how it scopes the clauses after
// it.)
func supposes(c condHit) bool {
	return c.kind == condHypothetical || c.kind == condCase || c.kind == condTemporal && strings.HasSuffix(c.text, "的话")
}

// resourceShortRe says that a resource runs short ("节点资源确实紧张",
// "磁盘空间比较紧张"); 紧张 alone is as often a feeling (紧张心理).
var resourceShortRe = regexp.MustCompile(`(?:资源|内存|空间|磁盘|带宽|存储|容量|额度)(?:确实|真的|比较|很|太|非常|有点|实在|过于|十分)?紧张`)

// opensOnDrawback: the sentence is a method's drawback ("缺点：每次使用
// APP时都需要开启抓包工具"); what it says one must do is the cost of the
// method, not a fix.
func opensOnDrawback(sentence string) bool {
	if !containsAny(sentence, drawbackLabels) {
		return false
	}
	_, w, ok := cutPrefixAny(itemText(sentence), drawbackLabels)
	return ok && w != ""
}

// itemText is a sentence without the list marker or bullet it opens with.
func itemText(sentence string) string {
	t := strings.TrimLeft(strings.TrimSpace(sentence), "•·●▪■◆-*+ ")
	if _, _, at := parseMarker(t); at > 0 {
		t = strings.TrimSpace(t[at:])
	}
	return t
}

// grantsAbility: the sentence says what someone can do through a flaw,
// not what the reader should do about it: the account of a flaw after
// its label ("价格操纵漏洞：用户可以通过修改购物车中的价格参数，以极低的价
// 格下单"), or an attacker as the subject of the remedy's clause ("未授权
// 用户可读取任意文件").
func grantsAbility(sentence, remedy string) bool {
	return flawAccount(sentence) || attackerClause(sentence, remedy) || grantedAbility(sentence, remedy)
}

// grantedAbility: the remedy is one of the things the sentence says
// something lets someone do ("Toka的技术让客户可以做到这一点甚至更多——不仅
// 可以转移实时信号，还可以更改旧信号"): from a clause with a causative (让,
// 使, 使得, 允许) and an ability modal to the remedy's own clause, every
// clause says what can be done. What the remedy names is what they can
// do, not what the reader should.
func grantedAbility(sentence, remedy string) bool {
	k := strings.Index(sentence, remedy)
	if k < 0 {
		return false
	}
	cls := splitClauses(sentence[:k+len(remedy)], 0)
	for i := len(cls) - 1; i >= 0; i-- {
		c := cls[i].text
		if i < len(cls)-1 && hasPrefixAny(c, purposeOpeners) {
			return false // "为了让系统可以正常启动，需要删除该文件"
		}
		if containsAny(c, adviceModals) {
			return false // "建议让用户可以自行修改密码"
		}
		if grants(c) {
			return true
		}
		if m, _ := indexAny(c, grantedModals); m < 0 {
			return false
		}
	}
	return false
}

// grants: the clause has a causative, then an ability modal within
// eight characters ("让客户可以", "使攻击者能够").
func grants(c string) bool {
	for _, w := range causatives {
		for j := range indexes(c, w) {
			if w == "使" && strings.HasPrefix(c[j+len(w):], "用") || hasSuffixAny(c[:j], []string{"即", "假", "纵", "转", "出"}) {
				continue // 使用, 即使, 转让
			}
			after := c[j+len(w):]
			if m, _ := indexAny(after, grantedModals); m > 0 && runeLen(after[:m]) <= 8 {
				return true
			}
		}
	}
	return false
}

// causatives let or make someone do something.
var causatives = []string{"让", "使得", "使", "允许"}

// adviceModals say what someone should do.
var adviceModals = []string{"建议", "应该", "应当", "需要", "必须", "务必", "请"}

// grantedModals say what someone is let do (not 能 alone: 功能, 可能).
var grantedModals = []string{"可以", "能够"}

// flawAccount: the sentence is a flaw's label and what it lets someone
// do ("越权访问漏洞：攻击者甚至可以访问…").
func flawAccount(sentence string) bool {
	if !containsAny(sentence, flawLabelEnds) {
		return false
	}
	t := itemText(sentence)
	k := strings.IndexAny(t, "：:")
	if k <= 0 || runeLen(t[:k]) > 20 || !hasSuffixAny(t[:k], flawLabelEnds) {
		return false
	}
	_, width := utf8.DecodeRuneInString(t[k:])
	account, _, _ := cutPrefixAny(strings.TrimSpace(t[k+width:]), abilitySubjects)
	account, _, _ = cutPrefixAny(account, []string{"甚至", "还", "也", "均", "都"})
	return hasPrefixAny(account, abilityModals)
}

// attackerClause: an attacker is the subject of the clause the remedy
// stands in.
func attackerClause(sentence, remedy string) bool {
	k := strings.Index(sentence, remedy)
	if k < 0 {
		return false
	}
	head := sentence[:k]
	if j := strings.LastIndexAny(head, "，,。；;！!？?"); j >= 0 {
		head = head[j:]
	}
	return containsAny(head, attackers)
}

// abilitySubjects may stand before what a flaw lets them do.
var abilitySubjects = append(append([]string(nil), attackers...), readerSubjects...)

// flawLabelEnds end the label of a flaw in a list of flaws.
var flawLabelEnds = []string{"漏洞", "缺陷", "弱点"}

// abilityModals say what someone can do, not what they should.
var abilityModals = []string{"可以", "可", "能够", "能"}

// drawbackLabels open a list item on a method's drawbacks.
var drawbackLabels = []string{"缺点：", "缺点:", "弊端：", "弊端:", "不足：", "不足:", "副作用：", "副作用:", "劣势：", "劣势:", "风险：", "风险:"}

// visitEnd ends a step that goes to a place where someone serves the
// reader ("带上身份证去营业厅"); staffAsked opens one that asks the staff
// there to do something ("让工作人员查一下…").
var (
	visitEnd   = regexp.MustCompile(`(?:去|到|前往)[^，,；;]{0,12}(?:营业厅|网点|柜台|门店|售后点|服务中心|服务点|维修点|派出所|车管所|银行|大厅|医院|药店|店里)$`)
	staffAsked = regexp.MustCompile(`^(?:让|请|找)(?:工作人员|客服|店员|柜员|营业员|师傅|维修人员|医生|民警|经理)`)
)

// joinVisits joins a visit and what the staff there are asked to do into
// one step ("带上身份证去营业厅，让工作人员查一下网关记录"): the visit is
// for that.
func joinVisits(gs []group) []group {
	out := gs[:0:0]
	for i := 0; i < len(gs); i++ {
		g := gs[i]
		if i+1 < len(gs) && visitEnd.MatchString(trimRemedy(g.remedy)) && staffAsked.MatchString(trimRemedy(gs[i+1].remedy)) && len(gs[i+1].conds) <= len(g.conds) {
			g.remedy = trimRemedy(g.remedy) + "，" + trimRemedy(gs[i+1].remedy)
			i++
		}
		out = append(out, g)
	}
	return out
}

// causeSectionOpens: the unit ui is the first after a heading that opens a
// section of causes ("## 原因", "原因分析").
// So does each paragraph set after a number on a line of its own ("## 原
// 因" then "01", a paragraph, "02", a paragraph): the layout's list of
// causes, one per number.
func (d *doc) causeSectionOpens(ui int) bool {
	f := d.top()
	return f.heading && f.roleSet && f.role == roleCause && f.cause == "" &&
		(ui == f.unit+1 || ui > f.unit+1 && stepNumberLine(stripMarkup(d.units[ui-1].text)))
}

// sectionCause reads the cause a section of causes states first: the clause
// of t that states a fault, when t is a plain statement (not an
// announcement, a question or the writer's chatter).
func sectionCause(t string) string {
	t = strings.TrimSpace(t)
	if announcesReasons(t) || hasSuffixAny(t, []string{"：", ":", "？", "?"}) || containsAny(t, []string{"我们", "先来", "一下", "以下", "如下", "分析", "可能", "原因", "很多人", "不少人", "大家"}) {
		return ""
	}
	// Only a clause that states a fault: an answer may open on
	// background ("社保卡同时具有银行卡功能").
	c := trimEdges(faultClause(t[:sentenceEnd(t)]))
	if !statesFault(c) {
		// "诈骗分子往往通过不法渠道获取到公民个人信息": what a wrongdoer
		// does is a cause, though no fault word says so.
		c = trimEdges(firstClause(t[:sentenceEnd(t)]))
		// Not what a wrongdoer can do ("攻击者可以用额外的参数修改网站"):
		// that is the harm, under "为什么X是危险的".
		rest, _, ok := cutPrefixAny(c, wrongdoers)
		if !ok || hasPrefixAny(strings.TrimSpace(rest), canOpeners) {
			return ""
		}
	}
	if n := runeLen(c); n < 4 || n > 30 {
		return ""
	}
	l, _ := trimCause(c)
	return l
}

// canOpeners say what someone can or may do, not what they did.
var canOpeners = append([]string{"可能", "或将", "将"}, abilityModals...)

// wrongdoers are those who attack or defraud the reader.
var wrongdoers = append([]string{"诈骗分子", "诈骗团伙", "犯罪团伙", "骗子们", "不法商家"}, attackers...)

// inCauseHead: the innermost section that has a cause is a cause heading's.
func (d *doc) inCauseHead() bool {
	for i := len(d.stack) - 1; i > 0; i-- {
		if d.stack[i].cause != "" {
			return d.stack[i].causeHead
		}
		if d.stack[i].heading && !d.stack[i].pointer && d.stack[i].roleSet {
			return false
		}
	}
	return false
}

// saidUseless: the sentence says that the remedy does not work ("网上有人
// 说X就好了，对大部分情况是没用的"): a useless word in the remedy's clause
// or the clause right after it, before the sentence's next remedy.
func saidUseless(sentence, remedy string, next []group) bool {
	k := strings.Index(sentence, firstRunes(remedy, 4))
	if k < 0 {
		return false
	}
	end := len(sentence)
	for _, g := range next {
		if j := strings.Index(sentence[k:], firstRunes(g.remedy, 4)); j > 0 && g.remedy != "" {
			end = k + j
			break
		}
	}
	// The remedy's clause and the one after it.
	span, clauses := sentence[k:end], 0
	for i, r := range span {
		if isComma(r) || isSemicolon(r) || isStop(r) {
			if clauses++; clauses == 2 {
				span = span[:i]
				break
			}
		}
	}
	return containsAny(dropUselessAttributes(span), uselessWords)
}

// uselessWords say that an action does not help.
var uselessWords = []string{"没用", "没有用", "无用", "无效", "不管用", "不起作用", "没效果", "没有效果", "行不通", "白费", "徒劳", "无济于事", "解决不了"}

// ordinalOpeners count items in running text ("一是…；二是…", "最常见
// 的是…", "还有一种情况是…").
var ordinalOpeners = []string{
	"一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "其一是", "其二是", "其三是", "其一", "其二", "其三",
	"最常见的原因是", "最常见的情况是", "最常见的是", "还有一种原因是", "还有一种情况是", "还有一种是", "另一种原因是",
	"另一种情况是", "另一种是", "还有就是", "再就是", "其次是", "一种可能是", "另一种可能是", "还有一种可能是",
	"第一种是", "第二种是", "第三种是", "第四种是", "第五种是", "第一种情况是", "第二种情况是", "第三种情况是",
	"第一个原因是", "第二个原因是", "第三个原因是",
}

// ordinalReason reads "二是X，…": X, the first clause after the ordinal.
func ordinalReason(t string) (string, bool) {
	rest, _, ok := cutPrefixAny(strings.TrimSpace(t), ordinalOpeners)
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, "，,：: ")
	if k := strings.IndexFunc(rest, func(r rune) bool { return isComma(r) || isSemicolon(r) || isStop(r) }); k > 0 {
		rest = rest[:k]
	}
	// "四是银行账户因为交易异常被止付": the reason inside the item.
	if k, w := indexAny(rest, []string{"因为", "由于"}); k > 0 {
		inner := rest[k+len(w):]
		if j, _ := indexAny(inner, []string{"被", "而", "导致", "造成"}); j > 0 {
			inner = inner[:j]
		}
		if runeLen(inner) >= 2 {
			rest = inner
		}
	}
	if n := runeLen(rest); n < 2 || n > 24 {
		return "", false
	}
	return rest, true
}

// countedThingRe is a sentence that counts a thing: an ordinal, 是 or a
// remark and a colon, and the thing ("第一是整机备份。", "第四个最容易被
// 忽略：家人共享。").
var countedThingRe = regexp.MustCompile(`^第(?:[一二三四五六七八九十]|[1-9])(?:个|种|类|样)?(?:是|[^，。；：:,;]{0,12}[：:])\s*([^，。；：:,;！？!?]+)[。！!]?$`)

// countedThing reads the thing a sentence counts (countedThingRe): a
// short name or a thing done ("第一是同步了整个桌面。"), not an action to
// take ("第一步：打开设置。" is a step).
func countedThing(t string) (string, bool) {
	m := countedThingRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return "", false
	}
	x := trimEdges(m[1])
	if n := runeLen(x); n < 2 || n > 16 || hanCount(x) < 2 || startsWithAction(x) && !perfective(x) {
		return "", false
	}
	l, _ := trimCause(x)
	return l, l != ""
}

// announcesReasons: the sentence says reasons or cases are counted next
// ("通常是以下几种情况造成的", "原因主要有三个").
func announcesReasons(t string) bool {
	// "以下现象属于正常情况，并非故障：…": what follows is no fault.
	if containsAny(t, normalVerdicts) || containsAny(t, notFaults) {
		return false
	}
	if containsAny(t, []string{"以下几种", "以下几个", "如下几种", "以下原因", "以下情况", "几种情况", "几种原因", "几个原因", "几方面", "原因主要有", "原因有"}) {
		return true
	}
	// "这篇记录一下常见的原因。": the sentence ends on the reasons it will
	// give.
	if e := strings.TrimRight(strings.TrimSpace(t), "。.：:！!"); hasSuffixAny(e, []string{"常见的原因", "常见原因", "可能的原因", "几个常见原因"}) {
		return true
	}
	// "降额的原因大致有这么几种", "逾期的原因，归根结底就两条：".
	return containsAny(t, []string{"原因", "情况"}) && (containsAny(t, []string{"几种", "几类", "几个", "这么几", "以下", "如下"}) ||
		reasonCountIn.MatchString(t) || reasonCountOf.MatchString(t))
}

// notFaults say that what a sentence lists is no fault.
var notFaults = []string{"并非故障", "不是故障", "不属于故障", "不属故障", "不算故障", "并非异常", "不是异常"}

// reasonCountOf counts the reasons in so many words ("这种情况一般有三个原
// 因", "可能有两种情况").
var reasonCountOf = regexp.MustCompile(`(?:有|就|分为|分)\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:个|种|类|条|点)\s*(?:主要|常见|可能|的)*\s*(?:原因|情况)`)

// reasonCountIn is a count of reasons before the colon that lists them.
var reasonCountIn = regexp.MustCompile(`(?:有|就|是|为|分)\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:条|个|点|种|类|方面)\s*[：:]`)

// negationKey writes a negation and a done aspect one way, for comparing
// two wordings of one cause ("社保卡还没有激活" / "新卡没激活").
func negationKey(l string) string {
	return negationFold.Replace(l)
}

var negationFold = strings.NewReplacer("还没有", "没", "没有", "没", "尚未", "没", "还未", "没", "未", "没", "已经", "", "了", "")

// mannerFold drops the adverbs of manner and frequency from a cause's
// label (收入突然中断 → 收入中断).
var mannerFold = strings.NewReplacer("突然", "", "一直", "", "经常", "", "频繁", "", "总是", "", "已经", "", "长期", "", "长时间", "", "连续", "")

// knownCause is the cause already named in the article that a case restates
// ("端口占用的" for 端口3306被占用, "因营销行为被限制的" for 群发营销信息),
// or "".
func (d *doc) knownCause(text string) string {
	t := trimEdges(text)
	// "至于因为违规被限制的", "针对密码输错的": a topic opener before the case.
	t, _, _ = cutPrefixAny(t, []string{"至于", "针对", "对于", "关于"})
	t, _, _ = cutPrefixAny(t, []string{"如果是", "如果", "若是", "若", "要是", "因为", "因", "由于", "被"})
	t, _ = cutSuffixAny(t, []string{"导致的", "造成的", "引起的", "而被限制的", "被限制的", "而封号的", "的情况", "的话", "的问题", "问题", "的", "了"})
	if runeLen(t) < 2 {
		return ""
	}
	best, bestSim, tie := "", 0.0, false
	for _, m := range d.causes {
		sim := max(similarity(m.label, t), similarity(negationKey(m.label), negationKey(t)))
		// "磁盘满" in 磁盘空间已满: every character of a short case in
		// the label, with a word in common.
		if hanCount(t) >= 2 && hanCount(t) == runeLen(t) && runeLen(t) <= 6 && allRunesIn(t, m.label) && sharesPhrase(t, m.label, 2) {
			sim = max(sim, 0.5)
		}
		// "收入中断暂时还不上的" for 收入突然中断: the label without its
		// adverbs, whole in the case.
		if core := mannerFold.Replace(m.label); core != m.label && runeLen(core) >= 4 && strings.Contains(t, core) {
			sim = max(sim, 0.5)
		}
		switch {
		case sim > bestSim:
			best, bestSim, tie = m.label, sim, false
		case sim == bestSim && m.label != best:
			tie = true
		}
	}
	if bestSim >= 0.5 && !tie {
		return best
	}
	return d.elaboratedCause(t)
}

// elaboratedCause is the cause whose explanation, where the article names
// it, holds a part of the case word for word ("负债过高、以贷养贷的" for
// 多头借贷 of "多头借贷，…负债率过高，拆东墙补西墙，以贷养贷"): a part of
// four or more Chinese characters found in what exactly one cause's
// sentence says of it, and in no cause's label; "" otherwise.
func (d *doc) elaboratedCause(t string) string {
	found := ""
	for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '、' || isComma(r) || r == '或' || r == '和' }) {
		if hanCount(part) < 4 || hanCount(part) != runeLen(part) {
			continue
		}
		holder, n := "", 0
		for _, m := range d.causes {
			if strings.Contains(m.label, part) {
				n = 2
				break
			}
			if strings.Contains(d.elaboration(m), part) {
				holder, n = m.label, n+1
			}
		}
		switch {
		case n != 1:
			continue // in no explanation, in several, or in a label
		case found != "" && found != holder:
			return "" // parts that point at two causes
		}
		found = holder
	}
	return found
}

// elaboration is what the sentence that names a cause goes on to say of
// it ("多头借贷，在五六个平台同时借款，负债率过高，…"): the text after the
// label up to the end of the clause group (；, 。) or the next cause the
// sentence names; "" when the label is not in the sentence as written.
func (d *doc) elaboration(m *mention) string {
	i := strings.Index(m.evidence, m.label)
	if i < 0 {
		return ""
	}
	rest := m.evidence[i+len(m.label):]
	if k := strings.IndexAny(rest, "；;。！？!?"); k >= 0 {
		rest = rest[:k]
	}
	for _, o := range d.causes {
		if o == m {
			continue
		}
		if k := strings.Index(rest, o.label); k >= 0 {
			rest = rest[:k]
		}
	}
	return rest
}

// topicOpeners open a paragraph on a case ("至于因为违规被限制的，…").
// A bare 如果 opens a condition ("如果提示此Apple ID已被锁定，…"), not a topic.
var topicOpeners = []string{"至于", "针对", "对于", "如果是", "若是", "要是"}

// paragraphCause reads the case a paragraph opens on when it restates a
// cause the article listed ("至于因为违规被限制的，", "如果是缓存损坏导致
// 的，", "密码输错的就…", "网络不稳定的话，"): that cause and the byte
// length of the case with its comma or 就, or "". The case is the
// paragraph's topic: an opener before it, or 的 / 的话 after it.
func (d *doc) paragraphCause(t string) (string, int) {
	if len(d.causes) == 0 {
		return "", 0
	}
	head, n := "", 0
	for i, r := range t {
		if i > 90 || isStop(r) || isSemicolon(r) {
			return "", 0
		}
		if isComma(r) {
			head, n = t[:i], i+utf8.RuneLen(r)
			break
		}
		if strings.HasPrefix(t[i:], "的就") {
			head, n = t[:i+len("的")], i+len("的就")
			break
		}
	}
	if head == "" {
		return "", 0
	}
	_, _, opened := cutPrefixAny(head, topicOpeners)
	if !opened && !(strings.HasSuffix(head, "的") || strings.HasSuffix(head, "的话")) {
		return "", 0
	}
	if c := d.knownCause(head); c != "" {
		return c, n
	}
	return "", 0
}

// ordinalCaseRe opens a clause that points back to a listed cause by its
// number ("针对第一种情况，", "如果是第二种原因，", "属于第三类情况的，").
var ordinalCaseRe = regexp.MustCompile(`^(?:针对|对于|至于|如果是|若是|属于|是)?(?:上面|上述|以上|前面)?的?第([一二三四五六七八九十]|[1-9])(?:种|类|个|点)(?:情况|原因|可能)(?:的话|的)?[，,]`)

// ordinalCause: t opens on such a clause and the article listed at least
// that many causes: that cause and the byte length of the clause with its
// comma; "" otherwise.
func (d *doc) ordinalCause(t string) (string, int) {
	m := ordinalCaseRe.FindStringSubmatch(t)
	if m == nil {
		return "", 0
	}
	var n int
	if digit := m[1][0]; digit >= '1' && digit <= '9' {
		n = int(digit - '0')
	} else {
		n = strings.Index("一二三四五六七八九十", m[1])/len("一") + 1
	}
	if n < 1 || n > len(d.causes) {
		return "", 0
	}
	return d.causes[n-1].label, len(m[0])
}

// allRunesIn: every rune of a is in b.
func allRunesIn(a, b string) bool {
	for _, r := range a {
		if !strings.ContainsRune(b, r) {
			return false
		}
	}
	return true
}

// itemCausePrefix reads the cause an item opens with before its instruction
// ("权限问题执行…", "磁盘满了就清理…"): the cause and the byte length of
// the prefix up to the instruction, or "".
func (d *doc) itemCausePrefix(t string) (string, int) {
	// "后端没启动：重启后端服务": a label is read whole, never cut inside
	// (后端没 + 启动…).
	if k := strings.IndexAny(t, "：:"); k > 0 && runeLen(t[:k]) <= 16 && !strings.ContainsAny(t[:k], "，,。；;") {
		rest := strings.TrimLeft(t[k:], "：: ")
		if c := d.knownCause(t[:k]); c != "" && startsWithAction(rest) && !perfective(rest) {
			return c, len(t) - len(rest)
		}
		return "", 0
	}
	// "如果是忘记还款导致的逾期，…": a case, read as one (not 如果是忘记 +
	// 还款…).
	if hasPrefixAny(t, condOpeners) {
		return "", 0
	}
	// "检查应用的连接池配置，…": an item that opens on an action names no
	// cause before it (not 检查应用的连接池 + 配置…).
	if startsWithAction(t) {
		return "", 0
	}
	rs := []rune(firstRunes(t, 12))
	for k := 2; k < len(rs); k++ {
		head := string(rs[:k])
		if strings.ContainsAny(head, "，,。；;：:") {
			break
		}
		rest := t[len(head):]
		rest2, _, _ := cutPrefixAny(rest, []string{"就", "则", "的话，", "的话"})
		if !startsWithAction(rest2) || perfective(rest2) {
			continue
		}
		if c := d.knownCause(head); c != "" {
			return c, len(t) - len(rest2)
		}
	}
	return "", 0
}

// cleftCase: a case that ends in 的 says which kind of the problem the
// reader has ("如果是银行风控冻结的", "公安机关冻结的"), not "的话".
func cleftCase(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "的") && !strings.HasSuffix(t, "的话") && runeLen(t) >= 4
}

// inlineRoleLabel reads a role label that opens a sentence ("解决办法：…"):
// its role and the byte length of the label with its colon.
func inlineRoleLabel(t string) (string, int) {
	for i, r := range t {
		if i > 30 {
			break
		}
		if isColon(r) {
			if role := roleLabel(t[:i]); role != roleNone && role != roleCause {
				return role, i + utf8.RuneLen(r)
			}
			break
		}
	}
	return roleNone, 0
}

// causeSimilarity compares a condition with a cause by their Chinese when
// both have some, so that a shared product name ("提示此Apple ID已被锁
// 定" / "Apple ID异常") does not make them one.
func causeSimilarity(a, b string) float64 {
	ha, hb := hanOnly(a), hanOnly(b)
	if runeLen(ha) >= 2 && runeLen(hb) >= 2 {
		return similarity(ha, hb)
	}
	return similarity(a, b)
}

// hanOnly keeps the Chinese characters of s.
func hanOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if zhtext.IsHan(r) {
			return r
		}
		return -1
	}, s)
}

// metadataFields name a page's metadata ("浏览：4.7万", "更新：2024-01-19").
var metadataFields = []string{"浏览", "阅读", "更新", "发布", "来源", "作者", "时间", "日期", "分类", "标签", "评论", "点赞", "收藏"}

// narrative: the sentence opens with the action and goes on to the failure
// it ran into ("打开App Store，一直转圈，然后提示无法连接").
func narrative(t, remedy string, p *problem) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, firstRunes(remedy, 3)) || containsAny(t, solvedResults) {
		return false
	}
	k := strings.Index(t, remedy)
	if k < 0 {
		return false
	}
	after := t[k+len(remedy):]
	// "用 docker run -d 启动容器，docker ps 却看不到它": what was done, then
	// the failure it met.
	if j, w := indexAny(after, []string{"却", "但是", "可是", "结果", "然而"}); j >= 0 && runeLen(after[:j]) <= 20 && statesFault(firstClause(after[j+len(w):])) {
		return true
	}
	return p.mentions(after)
}

// refusedAttempt: the action is followed at once by the system's refusal
// ("删除文件，提示需要SYSTEM权限", "安装驱动，报错权限不足"): the writer
// tells what was tried and failed, not what to do.
func refusedAttempt(t, remedy string) bool {
	k := strings.Index(t, remedy)
	if k < 0 {
		return false
	}
	after := strings.TrimLeftFunc(t[k+len(remedy):], func(r rune) bool { return isComma(r) || unicode.IsSpace(r) })
	if k == len(t)-len(after)-len(remedy) || !hasPrefixAny(after, []string{"提示", "报错", "弹出", "弹窗", "系统提示", "结果提示", "却提示", "但提示"}) {
		return false // no comma between: the prompt is part of the action
	}
	clause := after
	if j := strings.IndexFunc(after, func(r rune) bool { return isComma(r) || r == '。' }); j >= 0 {
		clause = after[:j]
	}
	return containsAny(clause, []string{"权限", "无法", "失败", "拒绝", "错误", "不能", "不足", "不允许", "被占用"})
}

// namedOrdinal: an ordinal that says it counts a reason ("还有一种原因是X"),
// which names a cause without an announcement before it. One that counts
// a case ("另一种情况是之前开通订阅后正常使用，但…") may tell another form of
// the problem, and needs the announcement.
func namedOrdinal(t string) bool {
	t = strings.TrimSpace(t)
	return hasPrefixAny(t, []string{"还有一种原因是", "另一种原因是", "最常见的原因是", "还有一个原因是", "另一个原因是"})
}

// opensWith: the explanation opens with the instruction, which opens with
// an action verb: "打开“允许后台活动”，…" is said to the reader, while
// "Replica Count设置为1" (a setting put as a state) and "打开“手机管家”
// 应用" (a way to a place) are not.
func opensWith(text, remedy string) bool {
	text = strings.TrimLeft(trimEdges(text), "：:")
	if remedy == "" || !strings.HasPrefix(text, remedy) {
		return false
	}
	core, verb := verbCore(cutTimeSpan(remedy))
	// "给节点打上标签", "把 nodeSelector 删掉": the verb after its object.
	return (verb || startsWithAction(core)) && !navOnly(core)
}

// successConditionRe is a sentence that says when a step works best: the
// case, then its rate of success ("一般来说，逾期90天以内协商成功率较高",
// "材料齐全的话，审核通过率更高").
var successConditionRe = regexp.MustCompile(`^(?:一般来说|一般|通常|通常来说)?[，,]?\s*(.{2,24}?)(?:的话)?[，,]?\s*(?:协商|申请|申诉|审核|办理|处理)?(?:的)?(?:成功率|通过率|成功的概率|成功的几率)(?:会|也)?(?:较|更|比较|相对|最|会更|也更)?高`)

// successCondition is the case a sentence says a step works best in, or "".
func successCondition(t string) string {
	m := successConditionRe.FindStringSubmatch(strings.TrimSpace(stripMarkup(t)))
	if m == nil {
		return ""
	}
	x := strings.TrimSpace(m[1])
	if hasPrefixAny(x, []string{"这", "那", "其", "它"}) || runeLen(x) < 2 {
		return ""
	}
	return x
}

// storyCause: the cause that sentence i of unit u, in a story of the
// trouble, states or confirms, and the index in u.sents of the sentence
// that words it.
//   - "我先怀疑 cron 服务本身没在跑。systemctl status crond 一看，果然是
//     inactive": what was suspected, once confirmed (果然; not 果然不是).
//   - "接着又遇到备份文件跑到了奇怪的地方。因为脚本里写的是 ./backup 这样的相
//     对路径，而…": a sentence that opens on 因为 with no result of its own
//     (…，所以, …才) explains what the sentence before says happened.
func (d *doc) storyCause(u *unit, i int) (string, int) {
	t := strings.TrimSpace(stripMarkup(d.sent(u.sents[i]).text))
	if k := strings.Index(t, "果然"); k >= 0 {
		after := strings.TrimLeft(t[k+len("果然"):], "，, ")
		if strings.HasPrefix(after, "不是") {
			return "", 0
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if x := suspected(d.sent(u.sents[j]).text); x != "" {
				return x, j
			}
		}
		return "", 0
	}
	if i == 0 {
		return "", 0
	}
	rest, ok := strings.CutPrefix(t, "因为")
	if !ok {
		return "", 0
	}
	prev := strings.TrimSpace(stripMarkup(d.sent(u.sents[i-1]).text))
	if !containsAny(prev, []string{"遇到", "碰到", "出现", "发生", "发现"}) && !leadSymptomLex.in(prev) {
		return "", 0
	}
	// The rest of the sentence must not give a result of its own
	// ("因为X，所以Y", "因为X，才Y"): then it is a cause first.
	x := clauseHead(rest)
	if containsAny(rest[len(x):], []string{"所以", "因此", "因而", "于是", "导致", "造成", "才", "就会", "就"}) {
		return "", 0
	}
	if runeLen(x) < 4 || containsAny(x, causalVerbs) {
		return "", 0
	}
	return x, i
}

// suspected is what sentence t says the writer suspected ("我先怀疑 cron
// 服务本身没在跑" → "cron 服务本身没在跑"), up to the end of its clause.
func suspected(t string) string {
	t = strings.TrimSpace(stripMarkup(t))
	k := strings.Index(t, "怀疑")
	if k < 0 || runeLen(t[:k]) > 8 {
		return ""
	}
	x := strings.TrimLeft(t[k+len("怀疑"):], " ")
	x, _, _ = cutPrefixAny(x, []string{"是不是", "是", "可能是", "会不会是"})
	x = strings.TrimSpace(clauseHead(x))
	if runeLen(x) < 4 {
		return ""
	}
	return x
}

// clauseHead is s up to the first mark that ends a clause or a sentence.
func clauseHead(s string) string {
	if k := strings.IndexAny(s, "，,；;。！!？?"); k >= 0 {
		return s[:k]
	}
	return s
}

// storySetting: the sentence sets the scene of a story of the trouble —
// it opens on a time past and what the writer did then ("上周接手了一台老
// 服务器，要加一个每天凌晨两点备份数据库的定时任务") — and the remedy is
// what the writer set out to do or did then, not what to do. Not a
// sentence that ends on the trouble gone (…就好了).
func storySetting(t, remedy string) bool {
	t = strings.TrimSpace(t)
	rest, _, ok := cutPrefixAny(t, storyDays)
	if !ok || containsAny(t, solvedResults) {
		return false
	}
	return strings.Contains(firstClause(rest), "了") && strings.Contains(t, remedy)
}
