package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// item reads a list item according to the role of its section.
func (d *doc) item(ui int, u *unit) {
	role := d.role()
	// "### 可能原因 2：…" then "**排查**：kubectl describe pod …": in a
	// cause's section, how to tell that it is the cause is no fix; only a
	// cause it states in so many words is read.
	if checkLabel(u.label) && u.explOff > 0 && d.inCauseHead() {
		d.prose(ui, u, proseOpts{from: u.explOff, item: true, causesOnly: true})
		return
	}
	if r := roleLabel(u.label); r != roleNone && role != roleSummary && role != roleBoiler {
		// "解决方法：先…再…": the explanation is a section of that role
		// in the cause's section. Tips and precautions are general
		// advice: they end the cause's scope.
		general := r == roleTips || r == rolePrevention
		d.countRole(r, u.label)
		d.readExplanation(&frame{role: r, roleSet: true, unit: ui, heading: general}, ui, u, false)
		return
	}
	// "表现：仪表灯很暗，启动机转不动": what the reader sees of the
	// fault, neither a cause nor something to do; only a cause it states
	// in so many words is read.
	if symptomLabel(u.label) && u.explOff > 0 {
		if role != roleSummary && role != roleBoiler {
			d.prose(ui, u, proseOpts{from: u.explOff, item: true, causesOnly: true})
		}
		return
	}
	switch role {
	case roleSummary, roleBoiler:
		return
	case roleCause:
		if d.causeDetail(ui, u) {
			// "1. **资源限制问题**：" then "· 当前Pod配置为0.5核CPU，这对
			// 某些操作来说过于极限": what the bullet says details the
			// cause the label named ("Replica Count设置为1" is a state,
			// not a step).
			return
		}
		d.openCause = nil
		// "注意：如果对方是陌生人，…": a note after the list, no reason.
		if u.label != "" && isNoteLabel(u.label) {
			d.prose(ui, u, proseOpts{from: u.explOff, item: true})
			return
		}
		if u.label != "" {
			if l, _ := trimCause(u.label); l != "" {
				c := d.addCause(l, d.labelSentence(u))
				d.noteCauseItem(ui, u, c)
				if c != "" && u.open && !causeCategory(l) {
					d.openCause = &openCauseItem{cause: c, unit: ui, last: ui}
				}
				if c == "" && u.explOff > 0 && questionLabel(l) {
					// "至于还能不能开：…的，可以…": a question the list
					// raises, answered with what to do; it names no cause.
					d.readExplanation(&frame{role: roleRemedy, roleSet: true, unit: ui}, ui, u, false)
					return
				}
				if c != "" && u.explOff > 0 {
					// "（2）加了劣质油。…建议换一家正规加油站加油": an item of
					// a cause list that says what to do about its cause.
					d.readExplanation(&frame{role: roleRemedy, roleSet: true, cause: c, unit: ui, pointer: true}, ui, u, true)
				}
				return
			}
		}
		// An item without a label: its cue words, or else its first clause.
		n := len(d.causes)
		from := u.explOff
		d.prose(ui, u, proseOpts{item: true, causesOnly: true})
		named := ""
		switch len(d.causes) {
		case n:
			// "· pod has unbound immediate PersistentVolumeClaims：PVC 没
			// 绑上。…": a label that quotes the program's message is the
			// symptom; the explanation opens on the cause.
			body := afterQuotedMessage(u.body())
			if cls := splitClauses(maskAsides(body), 0); len(cls) > 0 {
				j := itemCauseClause(body, cls)
				c := cls[j]
				l := d.explainedCause(c.text)
				if l == "" {
					l, _ = trimCause(c.text)
					l = causativeSubject(l)
				}
				if l != "" && wordLen(l) <= 24 && !d.prob.mentions(l) {
					named = d.addCause(l, u.sents[0])
					end := len(u.text) - len(body) + c.off + len(c.text) // c's end in u.text
					from = causeClauseEnd(u, end)
					if j > 0 {
						// The circumstance before the fault is no instruction.
						from = max(from, end)
					}
				}
			}
		case n + 1:
			named = d.causes[n].label
		}
		if named != "" {
			d.noteCauseItem(ui, u, named)
			// "二是纸张卡住了。打开前盖，把纸抽出来": an item that names
			// one cause and then says what to do about it.
			d.readExplanationFrom(&frame{role: roleRemedy, roleSet: true, cause: named, unit: ui, pointer: true}, ui, u, from, true)
		}
	case roleMixed:
		if u.label != "" {
			if l, _ := trimCause(u.label); l != "" {
				c := d.addCause(l, d.labelSentence(u))
				d.readExplanation(&frame{cause: c, unit: ui, pointer: true}, ui, u, false)
				return
			}
		}
		d.prose(ui, u, proseOpts{})
	case roleRemedy, roleSteps, roleTips, rolePrevention:
		d.remedyItem(ui, u, role)
	default:
		if d.requirementItem(ui, u) {
			return
		}
		// "2）宿主机关了 IP 转发。" after "1）公司网络屏蔽了外部 DNS。" and
		// its fix: the list of suspects goes on after the fix's own
		// announcement ended its section.
		if n := len(d.causeItems); n > 0 && d.causeItems[n-1].rank == u.rank && d.suspectItem(ui, u) {
			return
		}
		from := 0
		if u.label != "" {
			from = u.explOff
		}
		d.prose(ui, u, proseOpts{from: from, item: true})
	}
}

// suspectItem reads a numbered item of a list of checks that states what
// may have gone wrong, in a sentence of its own, over paragraphs that say
// how to tell and what to do ("按顺序排查：" then "2）宿主机关了 IP 转
// 发。", "执行 sudo sysctl -w …"): the item names a cause, and its body
// is that cause's (itemScope).
func (d *doc) suspectItem(ui int, u *unit) bool {
	if u.label != "" || u.marker == "" || len(u.sents) != 1 || ui+1 >= len(d.units) {
		return false
	}
	next := d.units[ui+1]
	if next.heading || next.isItem() || next.kind == article.KindCode {
		return false
	}
	body := strings.TrimSpace(stripMarkup(u.body()))
	if !hasSuffixAny(body, []string{"。", "."}) {
		return false
	}
	x := strings.TrimRight(body, "。.")
	// "1）我换了一根网线。": what the writer did, told in order, is no
	// suspect.
	if runeLen(x) < 4 || runeLen(x) > 24 || startsWithAction(x) || strings.ContainsAny(x, "，,？?") || hasPrefixAny(x, []string{"我", "自己", "后来", "然后", "最后"}) || !reportsState(x) {
		return false
	}
	l, _ := trimCause(x)
	if l == "" || d.prob.mentions(l) {
		return false
	}
	c := d.addCause(l, u.sents[0])
	if c == "" {
		return false
	}
	d.noteCauseItem(ui, u, c)
	return true
}

// reportsState: x says what has come about ("宿主机关了 IP 转发",
// "iptables 规则被清掉了") or states a fault, not a topic ("DNS 设置").
func reportsState(x string) bool {
	if statesFault(x) {
		return true
	}
	k := strings.Index(x, "了")
	return k >= 0 && runeLen(x[:k]) >= 2 && !strings.HasPrefix(x[k:], "了解")
}

// requirementItem reads an item under a heading that names unmet
// requirements ("## 账户不满足条件" over "· 登录账户必须有密码，…，先给账户
// 设一个密码"): each item states one, and its cause is that requirement
// unmet ("登录账户没有密码"), not the heading's.
func (d *doc) requirementItem(ui int, u *unit) bool {
	c := unmetRequirement(d.scopeCause(), u.body())
	if c == "" {
		return false
	}
	if c = d.addCause(c, u.sents[0]); c == "" {
		return false
	}
	// The requirement is the cause, not a step: what to do follows it.
	from := u.bodyOff
	if k := strings.IndexAny(u.text[from:], "，,；;。"); k >= 0 {
		_, n := utf8.DecodeRuneInString(u.text[from+k:])
		from += k + n
	}
	d.readExplanationFrom(&frame{role: roleRemedy, roleSet: true, cause: c, unit: ui, pointer: true}, ui, u, from, false)
	return true
}

// causeDetail: unit ui is a bullet right below the open cause item (or
// after the bullets that detail it), which details its cause.
func (d *doc) causeDetail(ui int, u *unit) bool {
	oc := d.openCause
	if oc == nil || ui != oc.last+1 {
		return false
	}
	if !u.isItem() || u.heading || !bulletBelow(u, d.units[oc.unit]) || u.label != "" && u.colon {
		return false
	}
	oc.last = ui
	return true
}

// bulletBelow: c is a bullet that hangs below the item u — deeper in the
// list, or under a numbered item.
func bulletBelow(c, u *unit) bool {
	bullet := c.kind == article.KindListItem && c.marker == "" || c.rank == 5
	below := c.level > u.level || u.marker != "" && u.rank < 5
	return bullet && below
}

// causeCategory: a cause label that only names a kind of cause ("硬件问题",
// "网络方面", "系统因素"), whose bullets are the causes themselves; not a
// label that names one ("资源限制问题", "副本设置问题").
func causeCategory(l string) bool {
	core, ok := cutSuffixAny(l, []string{"问题", "方面", "因素", "原因", "类"})
	return ok && runeLen(core) <= 2
}

// itemCauseClause is the clause of a cause item's first sentence that
// names the cause: the first, unless it states a circumstance and a
// later clause a fault (statesFault): "在 CI 里构建，…，机器本身物理内存
// 不足", "项目体积变大，V8 默认的堆内存上限不够用了". Not an effect of the
// clauses before (effectClause) nor an example of them ("…，比如…").
func itemCauseClause(body string, cls []clause) int {
	// "存在慢 SQL 或锁等待，连接被长时间占用": what exists is the cause,
	// what it does to the system follows it.
	if statesFault(cls[0].text) || strings.HasPrefix(cls[0].text, "存在") {
		return 0
	}
	for j := 1; j < len(cls) && j < 4; j++ {
		between := body[cls[j-1].off+len(cls[j-1].text) : cls[j].off]
		if !strings.ContainsAny(between, "，,") || hasPrefixAny(cls[j].text, exampleOpeners) || effectClause(cls[j].text) {
			return 0
		}
		if statesFault(cls[j].text) {
			return j
		}
	}
	return 0
}

// causativeSubject is the subject of a cause item's clause that says what
// it makes someone do or suffer ("监视不足会使攻击者…而不被发现" → 监视不
// 足, "糟糕的网络分割让黑客…" → 糟糕的网络分割): in an item of a list of
// causes, the subject is the cause and the rest its effect. l itself when
// it has no such causative after a subject of two to sixteen runes.
func causativeSubject(l string) string {
	for _, w := range itemCausatives {
		for k := range indexes(l, w) {
			subject := strings.TrimSuffix(l[:k], "会")
			before, after := l[:k], l[k+len(w):]
			if w == "使" && strings.HasPrefix(after, "用") || w == "让" && strings.HasPrefix(after, "步") ||
				hasSuffixAny(before, []string{"即", "假", "纵", "转", "出", "促", "迫", "致", "行", "指", "天"}) {
				continue // 使用, 即使, 转让, 致使 (read as 使 would cut it), 行使, 指令, 天使
			}
			if n := runeLen(subject); n < 2 || n > 16 || hanCount(subject) < 2 || strings.ContainsFunc(subject, isComma) ||
				hasPrefixAny(subject, anaphors) || runeLen(after) < 2 {
				continue
			}
			return trimEdges(subject)
		}
	}
	return l
}

// itemCausatives make someone do or suffer something ("使员工更容易受到…",
// "让黑客…可以开放访问"), or say what the subject will bring about or
// make worse ("会放大任何违规行为的影响").
var itemCausatives = []string{"使得", "致使", "使", "让", "令", "会导致", "会造成", "会引起", "会引发", "会加剧", "会放大"}

// effectClause: clause c states what the clause before it leads to
// ("使得内存不足", "内存就会不足", "压缩机效率会明显下降"). ("…，导致X"
// never gets here: the cue words have read the cause before it.)
func effectClause(c string) bool {
	return hasPrefixAny(c, resultClauseOpeners) || containsAny(c, []string{"便会", "就容易"}) || predictsPlain(c)
}

// afterQuotedMessage is what follows the colon after a program's message
// that opens body ("pod has unbound immediate PersistentVolumeClaims：PVC
// 没绑上。…", "node(s) didn't match Pod's node affinity/selector：…"); body
// itself when it opens on no such message.
func afterQuotedMessage(body string) string {
	k := strings.IndexAny(body, "：:")
	if k <= 0 || k > 160 {
		return body
	}
	msg := strings.TrimSpace(body[:k])
	letters := 0
	for i := 0; i < len(msg); i++ {
		if isLatinLetter(msg[i]) {
			letters++
		}
	}
	// A message has words (not a URL's scheme, https:, or a time of day).
	if hanCount(msg) > 0 || letters < 6 || !strings.Contains(msg, " ") {
		return body
	}
	return strings.TrimLeft(body[k:], "：: ")
}

// noteCauseItem records an item of a cause list that named cause c.
func (d *doc) noteCauseItem(ui int, u *unit, c string) {
	if c != "" && u.isItem() {
		d.causeItems = append(d.causeItems, causeItem{unit: ui, rank: u.rank, cause: c})
	}
}

// itemScope is the cause whose item's body holds unit ui: an item of a
// cause list ("1、容器里没有前台进程", or a bullet) followed by paragraphs
// that explain it and say what to do ("解决：让服务在前台运行"), up to
// the next item of that list or of a list above it, a heading, a
// paragraph that opens another part ("我当时的处理步骤是：", "注意："),
// or one that sums up or speaks of all the causes ("总之", "以上几种").
// A cause list whose items follow one another has no such bodies.
func (d *doc) itemScope(ui int) string {
	for k := len(d.causeItems) - 1; k >= 0; k-- {
		ci := d.causeItems[k]
		if ci.unit >= ui {
			continue
		}
		for j := ci.unit + 1; j <= ui; j++ {
			if d.endsItemScope(j, ci.rank) {
				return ""
			}
		}
		if !d.bodied(k, ui) {
			return "" // the last item of a list without bodies: what follows is general
		}
		return ci.cause
	}
	return ""
}

// bodied: the list of cause item k has bodies, as seen from unit ui in
// k's scope: a sibling item comes after ui, or an earlier sibling is
// followed by paragraphs before the next item. After the last item of a
// list whose items follow one another ("1、A。" "2、B。" then "建议您联系客
// 服"), a paragraph is about the whole list, not its last item.
func (d *doc) bodied(k, ui int) bool {
	ci := d.causeItems[k]
	for j := ui + 1; j < len(d.units); j++ {
		u := d.units[j]
		if u.isItem() && u.rank == ci.rank {
			return true
		}
		if u.heading || u.isItem() && u.rank < ci.rank {
			break
		}
	}
	for j := k - 1; j >= 0 && d.causeItems[j].rank == ci.rank; j-- {
		if d.causeItems[j+1].unit-d.causeItems[j].unit > 1 {
			return true
		}
	}
	return false
}

// endsItemScope: unit ui ends the body of an item of the given rank — a
// heading, an item of that list or of one above it, a question, or a
// paragraph that closes the part (closesPart).
func (d *doc) endsItemScope(ui int, rank float64) bool {
	u := d.units[ui]
	return u.heading || u.isItem() && u.rank <= rank || u.question || d.closesPart(ui)
}

// closesPart: a paragraph that ends the item or entry before it — one
// that sums up or speaks of all of them ("总之", "如果以上方法都试过"),
// opens general advice ("注意：", "温馨提示："), or opens another part
// ("我当时的处理步骤是：", but not "可以用管理员身份执行：" over a command).
func (d *doc) closesPart(ui int) bool {
	u := d.units[ui]
	if aboutThemAll(u) {
		return true
	}
	if u.label != "" {
		if r := roleLabel(u.label); r == roleTips || r == rolePrevention || hasPrefixAny(trimRemedy(u.label), noteLabels) {
			return true
		}
		if roleLabel(u.label) != roleNone {
			return false // "解决：…", "原因：…" inside the item's body
		}
	}
	return isAnnouncement(u.text) && roleOf(lastSentence(u.text)) != roleNone && !d.introducesCode(ui)
}

// aboutThemAll: a paragraph that sums up or speaks of all the causes or
// fixes before it ("总之…", "以上几种情况…", "如果以上方法都没用，…").
func aboutThemAll(u *unit) bool {
	t := stripMarkup(strings.TrimSpace(u.body()))
	if hasPrefixAny(t, summaryOpeners) || hasPrefixAny(t, wholeListOpeners) {
		return true
	}
	t, _, ok := cutPrefixAny(t, []string{"如果", "假如", "若是", "若", "要是", "倘若", "万一"})
	return ok && hasPrefixAny(t, []string{"以上", "上述", "上面"})
}

// wholeListOpeners open a paragraph about all the items before it.
// ("最后重启电脑" is a last step, "所以需要…" still about the item: neither
// is one).
var wholeListOpeners = []string{"由此可见", "总结", "以上", "上述", "上面这些", "上面几种", "这几种", "这些情况", "如果以上", "如果上述", "若以上", "最后提醒", "最后提一句", "最后说一句"}

// readExplanation reads the explanation of an item's label (the text after
// it) in frame f, opened just inside the current one: the label's cause,
// or the role it names. fixesOnly reads only what to do (proseOpts).
func (d *doc) readExplanation(f *frame, ui int, u *unit, fixesOnly bool) {
	d.readExplanationFrom(f, ui, u, u.explOff, fixesOnly)
}

// readExplanationFrom is readExplanation from byte offset from of the
// unit's text.
func (d *doc) readExplanationFrom(f *frame, ui int, u *unit, from int, fixesOnly bool) {
	f.rank = d.top().rank + 0.25
	d.stack = append(d.stack, f)
	d.prose(ui, u, proseOpts{from: from, item: true, fixesOnly: fixesOnly})
	d.stack = d.stack[:len(d.stack)-1]
}

// causeClauseEnd is where the explanation of an item that named its
// cause in a clause ending at byte end of u.text begins: after the comma
// that ends it ("nodeSelector 里写的标签在节点上不存在，给节点打上标签"),
// so that what follows opens the explanation; u.explOff when a stop ends
// it, whose sentence is the cause's alone.
func causeClauseEnd(u *unit, end int) int {
	rest := strings.TrimLeft(u.text[end:], " ")
	r, n := utf8.DecodeRuneInString(rest)
	if !isComma(r) {
		return u.explOff
	}
	return len(u.text) - len(rest) + n
}

// labelSentence is the index of the sentence that holds the unit's label.
func (d *doc) labelSentence(u *unit) int {
	for i := len(u.sents) - 1; i >= 0; i-- {
		if u.sentPos[i] <= u.labelOff {
			return u.sents[i]
		}
	}
	return u.sents[0]
}

// remedyItem reads "label：explanation" in a remedy section: the label is
// the remedy; the explanation gives its condition ("联系客服:还清欠款后,可以
// …"), a cause when none is in scope ("如果身份证过期,…"), and further
// remedies for other cases ("逾期时间超过一个月的,需要…").
// phaseLabel names a phase of a response by two verbs of two characters
// ("隔离和遏制", "根除与恢复", "评估和分类"), whose explanation holds its
// steps.
var phaseLabel = regexp.MustCompile(`^\p{Han}{2}(?:和|与|及|、)\p{Han}{2}$`)

func (d *doc) remedyItem(ui int, u *unit, role string) {
	if ex := d.open; ex != nil && (u.label == "" || ex.members[ui] != "") && ex.owner == d.top() {
		switch {
		case ex.members[ui] != "":
			// One action of the group the label named.
			d.groupMember(ex, ui, u)
		case ex.f != nil:
			// An item after a label that stood alone explains it.
			d.explain(ex, ui, u, u.bodyOff)
		}
		return
	}
	d.open = nil
	label := trimRemedy(u.label)
	// "注意：如果…，需要…": a note, whose text holds the instructions.
	if hasPrefixAny(label, noteLabels) && runeLen(label) <= 4 {
		d.prose(ui, u, proseOpts{from: u.explOff, item: true})
		return
	}
	if u.label != "" && faultLabel(u.label) && !announcesAction(u.label) {
		// "充电线或充电头损坏：…换一根…": a cause and what to do about it.
		if l, _ := trimCause(u.label); l != "" {
			c := d.addCause(l, d.labelSentence(u))
			d.readExplanation(&frame{cause: c, unit: ui, pointer: true}, ui, u, false)
			return
		}
	}
	if u.open && !d.avoidanceOnly(role, label) {
		if members := d.groupMembers(ui, u); len(members) > 0 {
			// The label names a group of actions, each its own remedy
			// ("调整资源配置：" over "适当增加Pod的CPU限制" and "确保有足够
			// buffer…", "代码优化：" over "检查卡住的命令…"): it is no
			// remedy of its own.
			d.open = &explainer{owner: d.top(), label: label, role: role, members: members, cause: d.scopeCause()}
			return
		}
	}
	// "2. 永久修改：在 my.cnf 的 [mysqld] 段加上…": how the fix is made
	// names the kind of step; the explanation is the step.
	if u.label != "" && u.explOff > 0 && mannerOfFix(label) {
		d.prose(ui, u, proseOpts{from: u.explOff, item: true})
		return
	}
	// "在Java 8或Java 11上运行：必须显式将系统属性…设置为 false",
	// "使用Java 17时：…": the label names the case; the explanation holds
	// what to do in it, or nothing ("不需要进一步配置").
	if u.label != "" && u.explOff > 0 && caseLabel(label) {
		d.prose(ui, u, proseOpts{from: u.explOff, item: true, applies: trimCond(label, d.prob)})
		return
	}
	if u.label == "" || !startsWithAction(label) {
		if d.requirementItem(ui, u) {
			return
		}
		if d.suspectItem(ui, u) {
			return
		}
		from := 0
		// "网络设置：把信道改成自动": a topic that names no case, then the
		// instruction.
		if u.label != "" && u.explOff > 0 && topicLabel(label) {
			from = u.explOff
		}
		d.prose(ui, u, proseOpts{from: from, item: true})
		return
	}
	if !remedyOK(label, d.prob) || phaseLabel.MatchString(label) && u.explOff > 0 {
		// "升级：安装 FortiManager 的最新补丁": a verb that says nothing
		// alone names the kind of step; the explanation is the step. So
		// does the name of a phase ("3.隔离和遏制。切断受感染设备与网络的
		// 连接…").
		d.prose(ui, u, proseOpts{from: u.explOff, item: true})
		return
	}
	ex := &explainer{owner: d.top(), label: label, role: role, first: true}
	if u.open {
		d.open = ex
	}
	if d.avoidanceOnly(role, label) {
		return // its explanation items are skipped with it
	}
	f := d.addFinding(ui, d.labelSentence(u), d.scopeCause(), label, "", role)
	if f == nil {
		return
	}
	f.label = true
	f.addressed = true // an action as the label of an item in a remedy section
	ex.f = f
	d.explain(ex, ui, u, u.explOff)
}

// topicLabel: a label that names where the fix is made (网络设置, 驱动程序,
// 浏览器缓存): a short noun phrase that states no fault, no case and no
// role.
func topicLabel(l string) bool {
	if n := runeLen(l); n < 2 || n > 8 || hanCount(l) != n {
		return false
	}
	if statesFault(l) || startsWithAction(l) || hasPrefixAny(l, actionVerbs) || roleLabel(l) != roleNone || questionLabel(l) {
		return false
	}
	// Nor a case (…的, 如果…, …时, …后) or a question (哪, 什么, 几).
	return !strings.HasSuffix(l, "的") && !hasPrefixAny(l, condOpeners) &&
		!containsAny(l, []string{"时", "后", "前", "如果", "若", "是", "有", "了", "哪", "什么", "怎么", "多久", "几"})
}

// explainer is the state of reading a label's explanation, which may go
// on over several items.
type explainer struct {
	f        *finding
	owner    *frame
	label    string
	role     string
	first    bool // no instruction of the explanation read yet
	promoted bool // the explanation's first case was read
	usedCond string
	// members: the label names a group of actions, the bullet items
	// after it, by unit, with their remedies (see groupMembers); cause is
	// the cause in scope at the label.
	members map[int]string
	cause   string
}

// groupMembers are the items after an open label ui that each state an
// action of their own, which the label only names the group of, with
// those actions: two or more bullet items below it, every one an action,
// none a step of the way to a setting ("打开设备管理器", "点击更新驱动": then
// the items say how to do the label, and explain it). nil when they are
// not.
func (d *doc) groupMembers(ui int, u *unit) map[int]string {
	members := map[int]string{}
	for j := ui + 1; j < len(d.units); j++ {
		c := d.units[j]
		if !c.isItem() || !bulletBelow(c, u) {
			break
		}
		r := trimRemedy(memberText(c))
		if c.label != "" && c.colon || navigates(r) || !startsWithAction(r) || !remedyOK(r, d.prob) {
			return nil
		}
		members[j] = r
	}
	if len(members) < 2 {
		return nil
	}
	return members
}

// memberText is the text of u's first sentence after its marker, without
// an aside that closes it ("检查网络连接，确保模型可以访问互联网（部分模型
// 依赖于在线资源）"), as prose reads a clause.
func memberText(u *unit) string {
	t := u.body()
	if end := firstSentenceEnd(t); end > 0 {
		t = t[:end]
	}
	t = strings.TrimRight(strings.TrimSpace(t), "。.;；")
	for _, q := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if k := strings.LastIndex(t, q[0]); k > 0 && strings.HasSuffix(t, q[1]) && hanCount(t[:k]) >= 4 {
			return t[:k]
		}
	}
	return t
}

// groupMember reads an item of the group an open label named: its first
// sentence is the remedy, under the cause in scope at the label, linked
// by the label's words when there is none.
func (d *doc) groupMember(ex *explainer, ui int, u *unit) {
	if f := d.addFinding(ui, u.sents[0], ex.cause, ex.members[ui], "", ex.role); f != nil {
		f.label = true
		f.addressed = true
		f.context = ex.label
		f.group = ex
	}
}

// explain reads the explanation of ex's label in unit u from byte from.
func (d *doc) explain(ex *explainer, ui int, u *unit, from int) {
	f := ex.f
	for i, si := range u.sents {
		start, ok := d.startFrom(u, i, from)
		if !ok {
			continue
		}
		s := d.sent(si)
		an := d.x.analyse(s, start, d.prob, opts{cases: true, imperative: true})
		if an.summary || an.example || an.recovered {
			continue
		}
		f.context += s.text[start:]
		if an.applies != "" && f.Condition == "" {
			f.Condition = an.applies
		}
		if f.Cause == "" {
			for _, c := range an.causes {
				if c.kind == causeEnum {
					continue
				}
				if l, th := trimCause(c.text); l != "" {
					f.Cause = d.addCause(l, si)
					if th != "" && f.Condition == "" {
						f.Condition = th
					}
					break
				}
			}
		}
		groups := an.groups
		if len(groups) == 0 && len(an.loose) > 0 {
			groups = []group{{conds: an.loose}}
		}
		for _, g := range groups {
			conds := g.conds
			if f.Cause == "" && !ex.promoted && len(conds) > 0 && supposes(conds[0]) && isFault(conds[0].text) && !elliptical(conds[0].text) {
				if l, th := trimCause(conds[0].text); l != "" && !d.prob.isItself(l) {
					f.Cause = d.addCause(l, si)
					conds = conds[1:]
					if th != "" && f.Condition == "" {
						f.Condition = th
					}
				}
			}
			if len(conds) > 0 {
				ex.promoted = true // only the explanation's first case can name the cause
			}
			if g.outcome && g.remedy != "" && !similarRemedy(trimRemedy(g.remedy), ex.label) {
				// "等待评估：…还清欠款后次月即可解除冻结": when the label's
				// step pays off, not a step of its own.
				conds = append(conds[:len(conds):len(conds)], condHit{g.remedy + "后", condTemporal})
				g.remedy = ""
			}
			cond, distinct := d.condText(conds, f.Cause)
			r := trimRemedy(g.remedy)
			same := g.remedy == "" || similarRemedy(r, ex.label)
			switch {
			case ex.first && (same || !distinct):
				// The explanation's first instruction is how to do the label.
				if f.Condition == "" {
					f.Condition = cond
					ex.usedCond = cond
				}
				// "升级：安装 FortiManager 的最新补丁": a label that is a
				// verb and nothing else names the kind of step; the
				// instruction says what to do. Not "及时还款：确保…": the
				// adverb makes the label an instruction of its own.
				if verbAlone(f.Remedy) && cutAdverbs(f.Remedy, nil) == f.Remedy && remedyOK(r, d.prob) {
					f.Remedy = r
				}
			case distinct && cond != "" && cond != ex.usedCond && g.remedy != "" && remedyOK(r, d.prob) && !d.avoidanceOnly(ex.role, r):
				// Another case: "对于32位系统,通常将DLL文件复制到…System32目录".
				if nf := d.addFinding(ui, si, f.Cause, r, cond, ex.role); nf != nil {
					nf.addressed = g.addressed
				}
				ex.usedCond = cond
			}
			if g.remedy != "" {
				ex.first = false
			}
		}
	}
}

// noteLabels label a note, not an action ("注意：", "提示：").
var noteLabels = []string{"注意", "提示", "说明", "备注", "警告", "小贴士", "温馨提示", "重要", "补充"}

// roleLabel is the role of a label that is only a role word ("解决方法：",
// "处理办法：", "温馨提示："), roleNone for any other label.
func roleLabel(label string) string {
	l := trimEdges(stripMarkup(label))
	// "解决方法有两种": the label, with the count of what it lists.
	if c := labelCountTail.ReplaceAllString(l, ""); c != "" {
		l = c
	}
	if l == "" || runeLen(l) > 6 {
		return roleNone
	}
	r := roleOf(l)
	if r == roleNone || r == roleSummary || r == roleBoiler {
		return roleNone
	}
	// A role word alone is the whole label ("解决：", "原因：").
	for _, rw := range roleWords {
		if l == rw.word {
			return r
		}
	}
	// A role noun is the whole label, give or take a modifier ("具体解决
	// 方法", "对应的处理办法"); not an action ("申请解封", "等待风控解除").
	for _, w := range roleNouns {
		if strings.HasSuffix(l, w) && runeLen(l)-runeLen(w) <= 4 {
			return r
		}
	}
	return roleNone
}

// labelCountTail counts what a label lists ("有两种", "主要有以下几个",
// "如下").
var labelCountTail = regexp.MustCompile(`(?:主要|一般|通常|大致)?(?:有|分为|分)?(?:以下|如下|下面)?(?:[0-9]+|[一二两三四五六七八九十几])?(?:种|个|条|点|步)?$`)

// roleNouns end a label that names a section's role.
var roleNouns = []string{"方法", "办法", "方案", "方式", "措施", "对策", "步骤", "流程", "提示", "建议", "小贴士", "注意事项", "解答", "答案"}

// checkLabel: a label that says how to tell the cause (排查：, 检查方法：,
// 如何确认：).
func checkLabel(label string) bool {
	return slices.Contains(checkLabels, trimEdges(stripMarkup(label)))
}

var checkLabels = []string{"排查", "检查", "诊断", "定位", "确认", "验证", "排查方法", "检查方法", "确认方法", "如何排查", "怎么排查", "如何确认", "怎么确认", "如何判断", "怎么判断", "判断方法"}

// symptomLabels name what the reader sees of a fault ("表现：", "故障现象：",
// "报错信息：").
var symptomLabels = []string{"表现", "现象", "症状", "问题描述", "故障描述", "报错信息", "错误信息", "报错提示", "错误提示", "特征"}

// symptomLabel: label is one of symptomLabels, give or take a modifier of
// two runes (故障现象, 具体表现, 常见症状).
func symptomLabel(label string) bool {
	l := trimEdges(stripMarkup(label))
	for _, w := range symptomLabels {
		if strings.HasSuffix(l, w) && runeLen(l)-runeLen(w) <= 2 {
			return true
		}
	}
	return false
}

// announcesAction: a label that names what to do ("解决", "方法").
func announcesAction(label string) bool { return roleOf(label) != roleNone }

// reasonHedges stand between what an item names and 是因为 ("缺氟一般是因为").
var reasonHedges = append(slices.Clone(hedges), "主要", "大部分", "基本上", "基本")

// explainedCause reads an item of a cause list that gives the reason for
// what it names ("缺氟一般是因为管路有泄漏"): the cause the article already
// listed under that name (缺氟（冷媒不足）); else the reason, when the
// item names the problem itself ("不制冷多半是因为…"); else what it names.
// It returns "" when the clause has no 是因为 / 是由于.
func (d *doc) explainedCause(clause string) string {
	k, w := indexAny(clause, []string{"是因为", "是由于"})
	if k <= 0 {
		return ""
	}
	x := trimEdges(clause[:k])
	x, _ = cutSuffixAny(x, reasonHedges)
	if c := d.knownCause(x); c != "" {
		return c
	}
	// "不脱水多半是由于…" in 洗衣机不脱水: the problem, its object left out.
	if d.prob.mentions(x) || d.symptom(x) || d.prob != nil && runeLen(x) >= 3 && strings.Contains(d.prob.label, x) {
		x = clause[k+len(w):]
	}
	l, _ := trimCause(x)
	return l
}

// caseLabel: a label that names the case its explanation is for: a time
// or a case (使用Java 8时, 升级完成后, 不影响业务的情况下), or where the
// thing runs (在Java 8或Java 11上运行, 在Windows系统下使用).
func caseLabel(l string) bool {
	if hasSuffixAny(l, []string{"时", "的时候", "之后", "以后", "后", "的话", "情况下", "前提下", "期间", "之前", "以前", "前", "过程中"}) && runeLen(l) >= 3 {
		return true
	}
	rest, ok := strings.CutPrefix(l, "在")
	if !ok {
		return false
	}
	k, w := indexAny(rest, []string{"上", "下", "中"})
	return k > 0 && slices.Contains([]string{"运行", "使用", "部署", "安装"}, rest[k+len(w):])
}

// requirementHeads: a cause that names requirements the reader does not
// meet ("账户不满足条件", "不符合申请要求"), whose items state them one by one.
var requirementHeads = regexp.MustCompile(`(不满足|不符合|未满足|未达到|达不到)[^，。]{0,6}(条件|要求)|(条件|要求)(不满足|不符合|未满足|不够)`)

// requirementStated: an item's first clause that states a requirement —
// who or what, a modal of necessity, then what it must have or be
// ("登录账户必须有密码", "非管理员账户要加入“Remote Desktop Users”组").
var requirementStated = regexp.MustCompile(`^([^，,。；;：:]{2,16}?)(必须|需要|须|得|要)(有|是|加入|开启|开通|绑定|设置|在)([^，,。；;：:]{1,30})`)

// unmetRequirement is the cause an item of a requirements section states:
// its requirement, negated ("登录账户必须有密码" → "登录账户没有密码"); ""
// when scope names no unmet requirements or the item states none.
func unmetRequirement(scope, body string) string {
	if scope == "" || !requirementHeads.MatchString(scope) {
		return ""
	}
	m := requirementStated.FindStringSubmatch(strings.TrimSpace(stripMarkup(body)))
	if m == nil || hasPrefixAny(m[1], []string{"你", "您", "我", "先", "再", "就", "还"}) {
		return ""
	}
	switch m[3] {
	case "是":
		return m[1] + "不是" + m[4]
	case "在":
		return m[1] + "不在" + m[4]
	case "有":
		return m[1] + "没有" + m[4]
	}
	return m[1] + "没有" + m[3] + m[4]
}
