package extract

import (
	"github.com/kextract/kextract/internal/zhtext"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// headingText is a heading's words, without its marker, markup and edges.
func headingText(u *unit) string { return trimEdges(cleanSlot(stripMarkup(u.body()))) }

// heading opens a section: its role from its words, and the cause it
// points back to ("1. 逾期未还款导致冻结" opens the remedies for 逾期未还款).
func (d *doc) heading(ui int, u *unit) {
	body := headingText(u)
	rank := u.rank
	switch {
	case u.kind == article.KindHeading || (u.level > 0 && u.marker == ""):
		rank = float64(max(u.level, 1))
	case rank == 0:
		rank = 1
	}
	// Where decode marked headings, a line that only looks like one
	// ("1. …", or a short line such as a byline) ranks below them.
	if d.kindHeads && u.kind != article.KindHeading && (u.marker != "" || u.level == 0) {
		rank += 6
	}
	// "原因：驱动不兼容", "临时方案：加 --trusted-host 跳过校验": a role
	// label set as a heading, and what it labels.
	label, labelled := "", ""
	if l, off, ok := colonLabel(body); ok && !enumeratedReason(strings.TrimRight(trimEdges(u.marker), "：:、.． ")) {
		label, labelled = l, trimEdges(body[off:])
	}
	// "情况一：X" then "处理步骤：" at the same level: the role heading
	// is a part of the cause's section, not a section of its own.
	if r := roleLabel(strings.TrimRight(body, "：:")); r == roleRemedy || r == roleSteps || labelled != "" && remedyish(roleLabel(label)) {
		for i := len(d.stack) - 1; i > 0; i-- {
			if f := d.stack[i]; f.causeHead && f.heading {
				if f.rank >= rank {
					rank = f.rank + 0.5
				}
				break
			}
		}
	}
	// "三、查询慢的原因" then "3.1 缺少索引": a heading numbered as a
	// sub-section nests under the nearest heading above it that is not
	// numbered as deep, whatever rank its own marker would give it.
	if depth := sectionDepth(body); depth > 0 {
		for i := len(d.stack) - 1; i > 0; i-- {
			f := d.stack[i]
			if !f.heading || sectionDepth(headingText(d.units[f.unit])) >= depth {
				continue
			}
			if f.rank >= rank {
				rank = f.rank + 0.5
			}
			break
		}
	}
	for len(d.stack) > 1 && d.top().rank >= rank {
		d.stack = d.stack[:len(d.stack)-1]
	}
	parentRole := d.role()
	// "原因一：X", "情况二：X": a heading that numbers a reason names it.
	if enumeratedReason(strings.TrimRight(trimEdges(u.marker), "：:、.． ")) {
		if l, _ := trimCause(firstClause(body)); l != "" {
			f := &frame{rank: rank, unit: ui, heading: true, pointer: true, causeHead: true}
			f.cause = d.addCause(l, u.sents[0])
			d.stack = append(d.stack, f)
			return
		}
	}
	if labelled != "" && d.labelledHeading(ui, u, rank, label, labelled) {
		return
	}
	// "步骤2：重置 Windows 更新组件": the marker says the heading is a
	// step, where no heading or announcement above said steps follow.
	step := stepMarker(u.marker)
	if step && parentRole == roleNone {
		parentRole = roleSteps
	}
	f := &frame{rank: rank, unit: ui, heading: true}
	role := roleOf(body)
	// "6. 还是不行", "以上方法都无效怎么办": the last resort, no cause.
	if role == roleNone && fallbackHeading(body) {
		role, f.lastResort = roleRemedy, true
	}
	// "受害公司如何应对网络攻击": what others did, told as news, not
	// what the reader is to do.
	if remedyish(role) && othersResponse(body) {
		role = roleNone
	}
	// "4漏洞防护", "应急处置" in a security report that tells those it
	// affects what to do there: the gate read a section of mitigations.
	if role == roleNone && d.mitigation() && containsAny(body, mitigationHeads) {
		role = roleRemedy
	}
	cause := d.headingCause(body)
	if cause == "" && role == roleNone && remedyish(parentRole) && u.marker != "" {
		for _, m := range d.causes {
			if similarity(m.label, body) >= 0.6 {
				cause = m.label
			}
		}
	}
	si := u.sents[0]
	// "问：卡丢了或者换了新卡，旧卡还能用吗？" after an answer that
	// named 卡片已经挂失或者换了新卡: the answer is about that cause.
	qcause := ""
	if u.question && cause == "" {
		qcause = d.knownCause(questionTopic(body))
		if qcause == "" && asksAboutFailure(body) {
			qcause = d.answerCause(ui)
		}
		// "手机号码没有核验，影响购票吗？": a question whether a fault the
		// reader has brings on the problem states that fault; the answer
		// is about it.
		if topic := questionTopic(body); qcause == "" && askedWhetherItMatters(body) && runeLen(topic) >= 4 && containsAny(topic, faultStateWords) && !d.prob.mentions(topic) {
			if l, _ := trimCause(topic); l != "" && !d.symptom(l) {
				qcause = d.addCause(l, si)
			}
		}
		if qcause == "" {
			qcause = d.topicCause(questionTopic(body))
		}
	}
	// A sub-heading that opens with an action, in a section a heading or
	// an announcement opened as remedies ("## 解决方法" then "### 清空打
	// 印队列"), or right under a title that asks for the fix ("打印机显示
	// 脱机状态怎么解决" then "## 重启打印服务"): one of its fixes, which
	// keeps the section's role.
	subFix := u.marker == "" && remedyish(parentRole) && (d.roleFromSection() || d.ti.ask && len(d.stack) == 1) && startsWithAction(body) && !perfective(body)
	// "3.3 统计信息过期" then "（1）重新收集统计信息": a numbered step
	// under a cause's own heading is what to do about it.
	underCause := parentRole == roleCause && d.top().cause != ""
	action := (u.marker != "" && u.rank >= 2 || subFix) && (remedyish(parentRole) || underCause) && startsWithAction(body) && !perfective(body) &&
		!hasSuffixAny(body, []string{"方法", "办法", "步骤", "事项", "方案", "措施", "建议", "原因", "工作", "流程", "如下"})
	checked := ""
	if cause == "" && role == roleNone {
		checked = checkedCause(body)
	}
	switch {
	case role == roleSummary || role == roleBoiler:
		f.role, f.roleSet = role, true
	case checked != "":
		// "第一步：看是不是路由器过热": the step checks for a cause, and
		// what its section says to do is for it.
		if f.cause = d.addCause(checked, si); f.cause != "" {
			f.pointer, f.causeHead = true, true
		}
	case qcause != "":
		f.cause, f.pointer, f.causeHead = qcause, true, true
	case action && cause == "":
		if subFix {
			d.fixHeads = append(d.fixHeads, ui)
		}
		// An instruction written as a numbered heading: 1. 复制DLL文件.
		// A step that only says what to look at ("第一步：检查HDMI线")
		// is kept only when its section says nothing to do.
		if h := d.addFinding(ui, si, d.scopeCause(), body, "", parentRole); h != nil {
			if hasPrefixAny(body, checkVerbs) {
				h.check = f
			}
			h.named = methodMarker(u.marker)
		}
		f.pointer = true
		if step {
			f.role, f.roleSet = roleSteps, true
		}
	case cause != "":
		f.pointer = true
		if role != roleNone && role != roleCause {
			f.role, f.roleSet = role, true
		}
		if parentRole == roleNone && !f.roleSet {
			f.role, f.roleSet = roleRemedy, true
		}
		f.cause = d.addCause(cause, si)
	case role != roleNone:
		f.role, f.roleSet = role, true
		d.countRole(role, body)
	case methodMarker(u.marker):
		// "方法四：迁移微信、QQ文件", "方法一：磁盘清理": the marker says
		// the heading names a way out, whatever its words; its section
		// says how.
		f.role, f.roleSet = roleRemedy, true
	case (u.marker != "" || sectionNumber.MatchString(body)) && parentRole == roleCause && !causeHeading(body, true, roleCause):
		// A cause written as a numbered heading ("1、容器里没有前台进程",
		// "2.1 解释型语言"): what its section says to do ("解决：让服务在
		// 前台运行") is for it.
		if l, _ := trimCause(sectionNumber.ReplaceAllString(body, "")); l != "" {
			f.cause = d.addCause(l, si)
			f.pointer, f.causeHead = f.cause != "", f.cause != ""
		}
	case !action && causeHeading(body, u.marker != "", parentRole):
		// "原因及解决方法", then "1. 密码连续输错" and what to do about
		// it: a cause heading, whose section holds its remedies. In "X，Y"
		// the first clause states the cause, the rest elaborates.
		if l, _ := trimCause(firstClause(body)); l != "" {
			f.cause = d.addCause(l, si)
			f.pointer, f.causeHead = true, true
		} else {
			f.roleSet = true
		}
	case subFix:
		// a part of the remedy section, whose role it keeps
	case (parentRole == roleTips || parentRole == rolePrevention) && d.roleFromSection():
		// "防范措施" then "### 1. 加强系统安全设置": a group of the
		// advice, whose role it keeps.
	case step:
		f.role, f.roleSet = roleSteps, true // "步骤4：检查日期时间和网络"
	case numberedPart(u.marker, body) && (parentRole == roleRemedy || parentRole == roleSteps) && d.roleFromSection():
		// "## 四、根除阶段" then "### 4.2 清进程": a short numbered part
		// of the remedies, named by a terse verb; it keeps their role.
	case d.reasonHeads && u.marker != "" && role == roleNone && (!action || faultLabel(body) || statesFault(body)) && cause == "":
		// "这篇记录一下常见的原因。" then "## 一、容器里没有前台进程": a
		// numbered heading after the reasons were announced names one.
		if l, _ := trimCause(firstClause(body)); l != "" && !d.symptom(l) {
			f.cause = d.addCause(l, si)
			f.pointer, f.causeHead = f.cause != "", f.cause != ""
		}
		f.roleSet = true
	case remedyish(parentRole) && d.roleFromSection() && hanCount(body) <= 12 && !u.question && d.numberedInSection(ui, u):
		// "## 解决清单" then "**1. 换国内镜像**" … "**6. 腾点磁盘空间**": a
		// part of the numbered fixes, named by what it is about rather
		// than by a verb; it keeps their role.
	default:
		f.roleSet = true // a heading of its own topic: roles above end here
	}
	d.openSteps(f)
	d.stack = append(d.stack, f)
}

// labelledHeading reads a heading that is a role label and what it
// labels: a cause ("原因：驱动不兼容"), whose section holds what to do
// about it, or an action ("临时方案：加 --trusted-host 跳过校验"), one of
// the remedies, whose section goes on with the remedies. It reports
// whether it opened the heading's section.
func (d *doc) labelledHeading(ui int, u *unit, rank float64, label, labelled string) bool {
	si := u.sents[0]
	role := roleLabel(label)
	counted := enumeratedReason(trimEdges(label))
	if role == roleNone && counted {
		role = roleCause // "### 可能原因 1：应用启动就报错退出"
	}
	switch role {
	case roleCause:
		first := labelled[:sentenceEnd(labelled)]
		c := faultClause(first)
		if counted {
			c = firstClause(first)
		}
		l, _ := trimCause(c)
		if l == "" || runeLen(c) > 30 || d.namesProblem(l, counted) {
			return false
		}
		f := &frame{rank: rank, unit: ui, heading: true, pointer: true, causeHead: true}
		if f.cause = d.addCause(l, si); f.cause == "" {
			return false
		}
		d.stack = append(d.stack, f)
		return true
	case roleRemedy, roleSteps:
		if !startsWithAction(labelled) || perfective(labelled) {
			return false
		}
		f := &frame{rank: rank, unit: ui, heading: true, pointer: true, role: roleRemedy, roleSet: true}
		d.addFinding(ui, si, d.scopeCause(), labelled, "", roleRemedy)
		d.stack = append(d.stack, f)
		return true
	}
	return false
}

// numberedPart: a short heading, numbered by its marker or in its text,
// that names an action, if tersely ("4.2 清进程", "4.1 删维权"): a step of
// the section it is in, not a topic of its own. A bullet numbers nothing.
func numberedPart(marker, body string) bool {
	if marker == "" {
		if m, rank, off := parseMarker(body); m != "" && rank < 5 {
			body = body[off:]
		} else if loc := sectionNumber.FindStringIndex(body); loc != nil {
			body = body[loc[1]:]
		} else {
			return false
		}
	} else if _, rank, _ := parseMarker(marker + " "); rank >= 5 {
		return false
	}
	body = trimEdges(body)
	return hanCount(body) <= 8 && (startsWithAction(body) && !perfective(body) || hasPrefixAny(body, terseVerbs))
}

// terseVerbs are the one-character verbs a terse heading opens with ("删维
// 权", "清进程", "杀进程", "封端口"), short for 删除, 清除, 结束, 封禁….
var terseVerbs = []string{"删", "清", "杀", "封", "堵", "断", "卸", "关", "停", "改", "换", "补"}

// sectionNumber numbers a sub-section the way documents do: "4.2 ", "2.1.3".
var sectionNumber = regexp.MustCompile(`^[0-9]+(?:\.[0-9]+)+\s*`)

// sectionDepth is how many levels below the top a heading's section
// number puts it ("3.1 缺少索引" 1, "2.1.3 …" 2), 0 when it has none.
func sectionDepth(body string) int {
	n := sectionNumber.FindString(body)
	return strings.Count(strings.TrimSpace(n), ".")
}

// stepMarker: a marker that numbers a step ("步骤2", "第三步", "Step 1").
func stepMarker(m string) bool {
	m = strings.TrimRight(trimEdges(m), "：:、.． ")
	for _, w := range []string{"步骤", "Step", "step", "STEP"} {
		if rest, ok := strings.CutPrefix(m, w); ok {
			return ordinal(strings.TrimSpace(rest))
		}
	}
	if rest, ok := strings.CutPrefix(m, "第"); ok {
		n, ok := strings.CutSuffix(rest, "步")
		return ok && ordinal(n)
	}
	return false
}

// openSteps gives a step-by-step section the one cause the lead named
// ("缺失或损坏该文件会导致程序无法启动…您需要正确安装vgcore.dll文件" then
// "二、安装步骤").
func (d *doc) openSteps(f *frame) {
	if f.role != roleSteps || !f.roleSet || f.cause != "" || d.scopeCause() != "" {
		return
	}
	for i := len(d.findings) - 1; i >= 0; i-- {
		if d.findings[i].owner == d.stack[0] && d.findings[i].Cause != "" {
			f.cause = d.findings[i].Cause
			return
		}
	}
	if len(d.lead) == 1 {
		f.cause = d.lead[0]
	}
}

// numberedInSection: heading u (unit ui) is entry n > 1 of a numbered
// list of fixes: its first entry, a heading of the same rank, stands in
// the remedy section u is in (after the heading that set its role) and
// names a fix itself ("1. 换国内镜像"). Not a numbered part of the article
// under a heading that only points to the fixes ("漏洞介绍及修复建议详见后
// 文" then "一、GitLab SAML身份认证绕过漏洞", "二、…").
func (d *doc) numberedInSection(ui int, u *unit) bool {
	if fixNumber(u.marker) < 2 {
		return false
	}
	from := -1
	for i := len(d.stack) - 1; i > 0; i-- {
		if f := d.stack[i]; f.roleSet {
			from = f.unit
			break
		}
	}
	if from < 0 {
		return false
	}
	for k := from + 1; k < ui; k++ {
		if v := d.units[k]; v.heading && v.rank == u.rank && fixNumber(v.marker) == 1 {
			// The first entry names a fix: the list is one of fixes.
			for _, f := range d.findings {
				if f.unit == k {
					return true
				}
			}
			return false
		}
	}
	return false
}

// fallbackHeading: a heading for when the fixes before did not work
// ("还是不行", "如果还不行怎么办", "以上方法都无效？"): its section holds the
// last resorts.
func fallbackHeading(h string) bool {
	t := strings.TrimRight(trimEdges(h), "？?！!。")
	t, _ = cutSuffixAny(t, []string{"该怎么办", "怎么办", "怎么处理", "怎么解决", "怎么弄"})
	t = strings.TrimPrefix(t, "如果")
	return t != "" && (giveUpCase(t) || fallbackCase(t))
}

// headingCause reads the cause a heading points back to: "X导致冻结",
// "如果是X", "X的解决方法" (when X is not the problem itself).
func (d *doc) headingCause(body string) string {
	if k, w := indexAny(body, causalVerbs); k > 0 && !negatedAt(body, k) {
		effect := body[k+len(w):]
		if runeLen(effect) <= 14 || d.prob.mentions(effect) {
			l, _ := trimCause(body[:k])
			return l
		}
	}
	if rest, _, ok := cutPrefixAny(body, []string{"如果是", "若是", "因为", "由于", "针对", "对于"}); ok {
		rest, _ = cutAtCausalVerbTail(rest)
		if k, _ := indexAny(rest, []string{"的解决", "的处理", "怎么办", "如何", "时", "的情况"}); k > 0 {
			rest = rest[:k]
		}
		l, _ := trimCause(rest)
		return l
	}
	if k, _ := indexAny(body, []string{"的解决方法", "的解决办法", "的处理方法", "的处理办法", "怎么办", "如何解决", "怎么解决", "的应对"}); k > 0 {
		x := trimEdges(body[:k])
		// "以上未能解决我的问题怎么办": the last resort, no cause.
		if fallbackCase(x) || giveUpCase(x) {
			return ""
		}
		if !d.prob.mentions(x) && similarity(x, d.prob.label) < 0.5 {
			l, _ := trimCause(x)
			return l
		}
	}
	return ""
}

// othersResponse: a heading asks how an organisation responded or
// should respond ("受害公司如何应对网络攻击", "企业该如何应对"): a section
// of news or policy.
func othersResponse(h string) bool {
	k, _ := indexAny(h, []string{"如何", "怎样", "怎么", "该如何", "应如何"})
	return k > 0 && containsAny(h[:k], append([]string{"公司", "企业", "厂商", "受害者", "受害方"}, orgSubjects...))
}

// announce handles a paragraph that opens a list ("以下是一些详细的解决方
// 法:"). Right after a heading it nests under it; otherwise it ends the
// sub-sections and lists before it and opens a new one.
func (d *doc) announce(ui int, u *unit, afterHeading bool) {
	role := announcedRole(u.text)
	// "处理步骤：" alone in a cause's section: the steps for that cause.
	partOfCause := false
	if r := roleLabel(strings.TrimRight(trimEdges(stripMarkup(u.body())), "：: ")); r == roleRemedy || r == roleSteps {
		partOfCause = true
	}
	if !afterHeading {
		for len(d.stack) > 1 {
			t := d.top()
			if t.heading && !t.pointer || partOfCause && t.causeHead {
				break
			}
			d.stack = d.stack[:len(d.stack)-1]
		}
	}
	f := &frame{rank: d.top().rank + 0.5, role: role, roleSet: role != roleNone, unit: ui, implicit: true}
	d.countRole(role, lastSentence(u.text))
	d.stack = append(d.stack, f)
	f.cause = d.prose(ui, u, proseOpts{announcing: true})
	d.carry = ""
	if f.cause == d.scopeCauseBelow(f) {
		f.cause = ""
	}
	if f.cause == "" && remedyish(role) {
		f.cond = d.announcedCase(lastSentence(u.text))
	}
	// "这个错误通常是因为X。请使用下面的步骤解决这个问题：": the steps
	// announced for the problem just explained are for the cause that
	// explanation named.
	if f.cause == "" && remedyish(role) && containsAny(u.text, problemPointers) && len(u.sents) > 0 {
		first := u.sents[0]
		for i := len(d.causes) - 1; i >= 0; i-- {
			if m := d.causes[i]; m.si < first && first-m.si <= 2 {
				f.cause = m.label
				break
			}
		}
	}
	d.openSteps(f)
}

// announcedCase is the case a sentence announcing a list of fixes or a
// command opens on ("如果暂时无法升级，可以采取以下措施降低风险：", "若重
// 启后仍然脱机，可以这样处理：", "对于在其他发行版上使用 Guix 的用户，升
// 级过程包括…："), trimmed as a condition (which drops the problem
// restated); "" when it opens on none. The sentence announces by its
// colon or by 以下 / 下面….
func (d *doc) announcedCase(last string) string {
	t := strings.TrimSpace(stripMarkup(last))
	body, opener, ok := cutPrefixAny(t, announcedCaseOpeners)
	if !ok {
		return ""
	}
	k := strings.IndexAny(body, "，,")
	if k <= 0 || !containsAny(body[k:], []string{"以下", "下面", "如下", "下列"}) && !endsWithColon(t) {
		return ""
	}
	// "如果不是改写了历史，不要这样推：": what follows is not to be done
	// in that case, so it is no fix for it.
	if hasPrefixAny(strings.TrimLeft(body[k:], "，, "), notToBeDone) {
		return ""
	}
	head := strings.TrimSpace(body[:k])
	if opener == "对于" || opener == "针对" {
		// Only whom the fix is for is a case ("对于在其他发行版上使用
		// Guix 的用户"), not the thing it is about ("针对该漏洞").
		if !audience(head) {
			return ""
		}
		head, _ = cutSuffixAny(head, topicEnds)
	}
	head, _ = cutSuffixAny(head, []string{"的话"})
	return trimCond(head, d.prob)
}

// notToBeDone open what the reader is told not to do: the don'ts and
// the bans.
var notToBeDone = append([]string{"禁止", "不能", "不可"}, dontOpeners...)

// announcedCaseOpeners open the case a sentence announcing fixes is for.
var announcedCaseOpeners = append([]string{"对于", "针对"}, hypotheticalOpeners...)

// problemPointers point back to the problem or error just stated.
var problemPointers = append(append([]string(nil), problemAnaphors...), errorAnaphors...)

// announcedRole is the role of the list a paragraph announces: its last
// sentence's ("解决方法如下："), or else, when that sentence says the
// problem is one of some cases ("X一般是下面几种情况："), the causes, or
// the role a short sentence before it names on its own ("先说原因。").
func announcedRole(text string) string {
	last := lastSentence(text)
	// "按提示补上 -e 参数或者挂载配置文件即可：": the prompt followed is no
	// tip; the instruction's own words say its role.
	if cut := cutMannerPrompt(trimEdges(stripMarkup(last))); cut != trimEdges(stripMarkup(last)) {
		last = cut
	}
	// "出现这个提示一般有以下几种情况：": the 提示 is the message shown, no
	// tip; the cases are causes. (A remedy word keeps its role: "通常是以
	// 下几种情况，可以对照处理：".)
	if r := roleOf(last); r != roleNone && !(r == roleTips && announcesCases(last)) {
		return r
	}
	if announcesCases(last) {
		return roleCause
	}
	// "AMD 建议所有使用受影响嵌入式处理器的客户和供应商：": the list is
	// someone's advice to those affected, each item a fix.
	if announcesAdvice(last) {
		return roleRemedy
	}
	for _, s := range strings.FieldsFunc(strings.TrimSuffix(strings.TrimSpace(text), last), func(r rune) bool { return r == '。' || r == '！' || r == '；' }) {
		if s = trimEdges(stripMarkup(s)); s != "" && runeLen(s) <= 8 {
			if r := roleOf(s); r != roleNone {
				return r
			}
		}
	}
	return roleNone
}

// casesAnnounced say that the problem is one of the cases listed next.
var casesAnnounced = []string{"是以下几种情况", "是下面几种情况", "是如下几种情况", "是这几种情况", "是以下几类情况", "是下面几类情况",
	// "出现这个提示一般有以下几种情况：", "可能有以下几种可能：".
	"有以下几种情况", "有下面几种情况", "有如下几种情况", "有这几种情况", "有以下几种可能", "有下面几种可能", "有这几种可能",
	"是下面这几种情况", "是以下这几种情况", "有下面这几种情况", "有以下这几种情况"}

// casesCountedRe says so with a count of the cases ("脱机基本就这几种情况：",
// "无非两种可能：", "大概有三种情况："), after the verb that says the
// problem is one of them.
var casesCountedRe = regexp.MustCompile(`(?:是|有|就|分为|不外乎|无非)(?:以下|下面|如下|下列)?这?(?:几|两|二|三|四|五|六|[2-9])(?:种|类)(?:情况|可能)`)

// faultsCountedRe counts the faults the items after it name ("你这里至
// 少有三个问题，一个一个说：", "配置里有两处错误："); faultsCountedBy is
// what must not come before it (the asker's own questions: "我有两个问题").
var faultsCountedRe = regexp.MustCompile(`有(?:以下|下面)?(?:两|二|三|四|五|六|几|[2-9])(?:个|处)(?:问题|错误|毛病|地方不对)`)

// announcesCases: t says that the problem is one of the cases listed next,
// or counts the faults listed next.
func announcesCases(t string) bool {
	if k := faultsCountedRe.FindStringIndex(t); k != nil && !strings.Contains(t[:k[0]], "我") && !containsAny(t[k[1]:], []string{"想问", "请教", "想请教", "要问"}) {
		return true
	}
	return containsAny(t, casesAnnounced) || casesCountedRe.MatchString(t)
}

// scopeCauseBelow is the scope cause without frame f.
func (d *doc) scopeCauseBelow(f *frame) string {
	saved := f.cause
	f.cause = ""
	c := d.scopeCause()
	f.cause = saved
	return c
}

// countRole counts, for the gate, the headings that name a cause or a
// remedy section in so many words (原因 / 解决方法), not only a role word
// that other genres use too (方法, 操作, 建议).
func (d *doc) countRole(role, text string) {
	if (role == roleCause || role == roleMixed) && containsAny(text, strictCauseHeads) {
		d.causeHeads++
	}
	if remedyish(role) && containsAny(text, strictRemedyHeads) {
		d.remedyHeads++
	}
	if role == roleTips || role == rolePrevention {
		d.asideHeads++
	}
}

var (
	strictCauseHeads  = append([]string{"原因", "为什么", "为何", "怎么回事", "诱因"}, refusedHeads...)
	strictRemedyHeads = []string{
		"解决方法", "解决办法", "解决方案", "解决措施", "解决步骤", "怎么办", "如何解决", "怎么解决", "如何处理", "怎么处理",
		"如何恢复", "怎么恢复", "如何解除", "如何修复", "修复方法", "处理方法", "处理办法", "排查", "故障排除", "临时解决",
		"恢复方法", "应对措施", "应对方法", "解除方法", "规避方法", "处理方式",
	}
)

// afterAnnouncement: the unit before ui announced a list and opened no
// items yet ("…可以尝试以下操作。" then "下面是临时解决方法："): the new
// announcement nests under it, keeping the cause it named.
func (d *doc) afterAnnouncement(ui int) bool {
	t := d.top()
	return !t.heading && t.implicit && t.unit == ui-1
}

// causeHeading: a heading that names a cause, and opens the section that
// explains it and says what to do about it. It is not a role word (方法一：
// 自助解封) nor an instruction. Under "原因及解决方法" a numbered heading
// is one; a numbered heading under "解决方法", or one without a number
// under "原因" or "原因及解决方法", must state a fault or a state
// ("3. Apple ID异常", "宽带欠费或运营商线路故障"; not "工具/原料").
func causeHeading(body string, numbered bool, parentRole string) bool {
	if roleOf(body) != roleNone || hanCount(body) < 2 {
		return false
	}
	switch {
	case numbered && parentRole == roleMixed:
		return !startsWithAction(body) || perfective(body)
	case numbered && parentRole == roleRemedy, !numbered && (parentRole == roleMixed || parentRole == roleCause):
		return runeLen(body) <= 24 && !strings.ContainsAny(body, "/／") && faultLabel(body)
	}
	return false
}

// faultLabel: a short phrase that states a fault or a state, not an action:
// it ends with a fault word ("充电线或充电头损坏", "端口3306被占用", "网络问
// 题"), says that something has something ("充电口有灰尘异物"), or that a
// setting was turned on ("开了MAC地址过滤").
// tooMuch: l ends in 太 and a quality of one character ("机油太稠",
// "网线太松"): a thing too much so is at fault.
func tooMuch(l string) bool {
	rs := []rune(strings.TrimSuffix(l, "了")) // "滤网太脏了"
	return len(rs) >= 4 && rs[len(rs)-2] == '太' && zhtext.IsHan(rs[len(rs)-1]) && rs[len(rs)-1] != '了'
}

// doneWrongRe ends a phrase that says something was done wrong ("模式没选
// 对", "密码输错了", "正负极接反了").
var doneWrongRe = regexp.MustCompile(`(?:(?:没|未)\p{Han}{1,2}对|[选设填输写装插接按点调拼打](?:错|反))了?$`)

// notDoneRe ends a phrase on something not done or not running: 没 or 未
// (perhaps with 有) and a verb of one to three characters ("后端没启动",
// "服务未运行", "网线没插好"), after what it is about.
var notDoneRe = regexp.MustCompile(`^\p{Han}[^，,：:。？?！!]{1,10}(?:没|未)有?\p{Han}{1,3}了?$`)

// notDone: l is such a phrase, not an instruction, a prohibition or a
// case ("不要…", "如果没有…").
func notDone(l string) bool {
	return notDoneRe.MatchString(l) && !aNotA(l) && !startsWithAction(l) && !hasPrefixAny(l, prohibitions) && !hasPrefixAny(l, modals) && !hasPrefixAny(l, condOpeners) &&
		!hasSuffixAny(l, []string{"的话", "没有", "没什么", "未知"})
}

// aNotA: l asks whether with a verb, 没 and the verb again ("用没用券",
// "开没开").
func aNotA(l string) bool {
	rs := []rune(l)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '没' && rs[i-1] == rs[i+1] {
			return true
		}
	}
	return false
}

// lacksMatter: l says a device lacks a working matter ("缺氟了", "空调缺
// 氟", "发动机缺机油"): 缺 and a short noun at its end.
func lacksMatter(l string) bool {
	l = strings.TrimSuffix(l, "了")
	k := strings.LastIndex(l, "缺")
	if k < 0 || k > 0 && hasSuffixAny(l[:k], []string{"欠", "空", "短"}) {
		return false
	}
	n := runeLen(l[k+len("缺"):])
	return n >= 1 && n <= 3 && hanCount(l[k+len("缺"):]) == n && !hasPrefixAny(l[k+len("缺"):], []string{"点", "陷", "口", "失"})
}

// mannerOfFix: a label that names how a fix is made ("永久修改", "临时修
// 改", "手动删除"), not a change that did harm; its explanation is the step.
func mannerOfFix(l string) bool {
	how, _, ok := cutPrefixAny(trimEdges(stripMarkup(l)), []string{"永久", "临时", "手动", "手工", "彻底", "直接"})
	return ok && (startsWithAction(how) || hasPrefixAny(how, repairVerbs))
}

func faultLabel(l string) bool {
	l = trimEdges(stripMarkup(l))
	if hasPrefixAny(l, repairVerbs) {
		return false
	}
	// "先检查本机有没有密钥": a step that looks for the fault, not the fault.
	if step, _, _ := cutPrefixAny(l, []string{"先", "再", "然后", "首先"}); hasPrefixAny(step, checkVerbs) {
		return false
	}
	if mannerOfFix(l) {
		return false
	}
	if hasSuffixAny(l, faultEnds) || hasPrefixAny(l, stateStarts) || tooMuch(l) || lacksMatter(l) || doneWrongRe.MatchString(l) || notDone(l) || requirementHeads.MatchString(l) {
		return true
	}
	// "逾期未还款", not "还清欠款": a fault word as the object of an action.
	if hasSuffixAny(l, faultWords) && !startsWithAction(l) {
		return true
	}
	if k := strings.Index(l, "有"); k >= 6 && !hasSuffixAny(l[:k], []string{"没", "只", "所", "还", "具", "拥", "是否", "会", "都"}) && !strings.HasPrefix(l[k:], "有没有") && hanCount(l[k:]) >= 3 {
		return true
	}
	return false
}

var (
	// faultEnds end a phrase that states a fault.
	faultEnds = []string{
		"问题", "故障", "占用", "被占用", "不对", "不稳定", "满了", "过大", "过小", "过多", "失败", "不良", "异物", "错误",
		"BUG", "bug", "Bug", "受限", "被锁定", "锁定", "被限制", "被禁用", "未激活", "没激活", "未更新", "输错", "过期", "断缴",
		"挂失", "作废", "注销了", "被注销", "收紧", "丢了", "没了", "坏了", "损坏", "老化", "异常", "丢失", "冲突", "过低", "过高", "太高", "过载", "过热", "已满",
		"不足", "不兼容", "失效", "被盗", "太弱", "太差", "不好", "太低", "太慢", "太多", "太大", "太小", "不够", "太旧", "过旧",
		"亏电", "没电", "漏电", "漏水", "漏油", "漏气", "松动", "堵塞", "生锈", "积碳",
	}
	// stateStarts open a phrase that says a setting is on or off.
	stateStarts = []string{"开了", "开启了", "打开了", "启用了", "设置了", "关闭了", "禁用了", "关了", "装了", "安装了"}
	// checkVerbs open a step that says what to look at, not what to do.
	checkVerbs = []string{"检查", "排查", "检测", "查看", "确认", "看看", "看一下", "核实", "核对"}
	// repairVerbs open an instruction that names the fault it repairs
	// ("清理灰尘", "修复错误", "更换损坏的线").
	repairVerbs = []string{"清理", "清除", "修复", "解决", "处理", "更换", "换", "检查", "排查", "避免", "防止", "修改", "重置", "删除", "卸载", "关闭", "重启", "升级", "更新", "联系", "申请", "如何", "怎么"}
)

// questionTopic is what a question asks about: its first clause, without
// the question words ("社保卡银行账户被冻结是怎么回事？" → 社保卡银行账户被冻结).
func questionTopic(q string) string {
	t := trimEdges(stripMarkup(q))
	if k := strings.IndexFunc(t, func(r rune) bool { return isComma(r) || r == '？' || r == '?' }); k > 0 {
		t = t[:k]
	}
	if k, _ := indexAny(t, []string{"是怎么回事", "怎么回事", "是什么原因", "什么原因", "为什么", "怎么办", "怎么处理", "如何处理", "怎么解决", "如何解决", "还能用吗", "吗"}); k > 0 {
		t = t[:k]
	}
	return trimEdges(t)
}

// firstClause is s up to its first comma.
func firstClause(s string) string {
	if k := strings.IndexFunc(s, isComma); k > 0 {
		return s[:k]
	}
	return s
}

// askedWhetherItMatters: the question states something in its first
// clause and asks in its last whether that hurts or matters ("手机号码没有
// 核验，影响购票吗？", "密码输错了三次，会被锁定吗？").
func askedWhetherItMatters(q string) bool {
	t := strings.TrimRight(trimEdges(stripMarkup(q)), "？?")
	k := strings.LastIndexFunc(t, isComma)
	if k <= 0 || !strings.HasSuffix(t, "吗") {
		return false
	}
	_, w := utf8.DecodeRuneInString(t[k:])
	return containsAny(t[k+w:], []string{"影响", "会被", "会不会", "有影响", "要紧", "碍事", "耽误", "导致"})
}

// answerCueWords open an answer that names the cause of what its question
// asks about ("Q：显示核验未通过是什么原因？" "A：多半是填写的姓名与登记信息
// 不一致，…"; "A：这说明账号近期存在异常登录行为").
var answerCueWords = []string{
	"多半是", "大多是", "大部分是", "一般是", "通常是", "很可能是", "可能是", "主要是", "这说明", "说明", "这是因为",
	"是因为", "原因是", "这是由于", "一般是因为", "通常是因为",
}

// asksAboutFailure: a question that asks why something fails or what to
// do about it ("显示核验未通过是什么原因", "提示账号存在安全风险怎么处理"),
// not one that asks for a fact ("提现多久到账", whose answer "一般是2小时内"
// names no cause).
func asksAboutFailure(q string) bool {
	return containsAny(q, []string{"为什么", "为何", "原因", "怎么回事", "怎么办", "怎么处理", "如何处理", "怎么解决", "如何解决"}) ||
		leadSymptomLex.in(q) || containsAny(q, titleStates)
}

// answerCause is the cause the answer after the question at unit ui
// names in its first clause, added to the article's causes, or "".
func (d *doc) answerCause(ui int) string {
	if ui+1 >= len(d.units) || len(d.units[ui+1].sents) == 0 {
		return ""
	}
	a := d.units[ui+1]
	if a.heading || a.isItem() {
		return ""
	}
	rest, _, ok := cutPrefixAny(trimEdges(stripMarkup(a.body())), answerCueWords)
	if !ok {
		return ""
	}
	l, _ := trimCause(firstClause(strings.TrimRight(strings.SplitN(rest, "。", 2)[0], "；;")))
	if l == "" || wordLen(l) > 24 || d.prob.mentions(l) && wordLen(l) <= wordLen(d.prob.label) {
		return ""
	}
	return d.addCause(l, a.sents[0])
}

// topicCause is the one listed cause that shares a word with a question's
// topic ("材料问题被驳回" and 上传的材料不全或照片模糊; "银行卡信息不符" and
// 收款银行卡不是本人名下的一类借记卡): a pair of Han characters that is
// not the problem's, that few sentences of the article hold, and that no
// other cause holds; or "".
func (d *doc) topicCause(topic string) string {
	if len(d.causes) < 2 {
		return ""
	}
	prob := bigramSet(d.prob.label)
	limit := max(3, len(d.a.Sentences)/6)
	found := ""
	for g := range bigramSet(topic) {
		if hanCount(g) != 2 || prob[g] || containsAny(g, []string{"问题", "原因", "怎么", "处理", "情况", "办法", "方法", "提示", "显示"}) {
			continue
		}
		df := 0
		for _, s := range d.a.Sentences {
			if strings.Contains(s.Text, g) {
				df++
			}
		}
		if df > limit {
			continue
		}
		holder, n := "", 0
		for _, m := range d.causes {
			if strings.Contains(m.label, g) {
				holder, n = m.label, n+1
			}
		}
		if n != 1 {
			continue
		}
		if found != "" && found != holder {
			return "" // the topic's words point to two causes
		}
		found = holder
	}
	return found
}

// roleFromSection: the role in force was set by a heading or an
// announcement, not only by the title.
func (d *doc) roleFromSection() bool {
	for i := len(d.stack) - 1; i > 0; i-- {
		if d.stack[i].roleSet {
			return true
		}
	}
	return false
}

// checkedCause is the cause a step heading checks for ("看是不是路由器过
// 热", "检查宽带本身是否有问题" → 宽带本身有问题), or "". "检查有没有新固
// 件" checks for a fix, not a cause.
func checkedCause(body string) string {
	t := trimEdges(body)
	if m, _, off := parseMarker(t); m != "" {
		t = t[off:] // "第二步：看是不是…"
	}
	t, _, _ = cutPrefixAny(t, []string{"先", "再", "然后", "最后"})
	t, _, ok := cutPrefixAny(t, []string{"看看", "看一下", "看一看", "看", "检查一下", "检查", "排查一下", "排查", "确认一下", "确认", "查看", "判断"})
	if !ok {
		return ""
	}
	// "检查机顶盒有没有开机": the fault it looks for is 机顶盒没有开机.
	if k := strings.Index(t, "有没有"); k > 0 {
		x := strings.TrimSpace(t[:k]) + "没有" + strings.TrimSpace(t[k+len("有没有"):])
		x, _ = cutSuffixAny(x, []string{"了"})
		if l, _ := trimCause(x); runeLen(l) >= 4 && !startsWithAction(l) && strings.Contains(l, "没有") {
			return l
		}
		return ""
	}
	k, w := indexAny(t, []string{"是不是", "是否"})
	if k < 0 {
		return ""
	}
	x := strings.TrimSpace(t[:k]) + strings.TrimSpace(t[k+len(w):])
	x, _ = cutSuffixAny(x, []string{"了", "的问题", "导致的", "造成的", "引起的"})
	l, _ := trimCause(x)
	if runeLen(l) < 2 || startsWithAction(l) {
		return ""
	}
	// "检查电源线是否插好" checks that all is well: its negation would be
	// the cause, which the section states if it states one.
	if !faultLabel(l) && !containsAny(l, titleStates) && !containsAny(l, faultWords) && !hasSuffixAny(l, []string{"有问题", "拥挤", "干扰"}) {
		return ""
	}
	return l
}
