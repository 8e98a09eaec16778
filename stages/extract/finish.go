package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kextract/kextract/article"
)

// navOnly: an instruction whose every step navigates (打开命令提示符,
// 登录支付宝APP，查看…), not "打开设置、…、开启剪贴板历史记录".
func navOnly(r string) bool {
	if menuPath(r) {
		return true
	}
	// "在左侧菜单中选择“辅助功能”": the place, then a navigation there.
	if place, rest := splitPlace(r); place != "" {
		r = rest
	}
	// "切换到4G/5G试一下": a thing to try is a step of its own.
	if !navigates(r) || hasSuffixAny(r, trialEnds) {
		return false
	}
	// "切换到制冷模式": a mode switched to is a setting changed, not a
	// place gone to.
	if rest, _, ok := cutPrefixAny(r, []string{"切换到", "切换成", "转换到", "切到"}); ok && hasSuffixAny(trimEdges(rest), []string{"模式", "档位", "档", "状态"}) {
		return false
	}
	for _, part := range strings.FieldsFunc(r, func(c rune) bool { return isComma(c) || c == '、' }) {
		part = strings.TrimSpace(part)
		if startsWithAction(part) && !navigates(part) || serialAction(part) || switchesOn(part) || picksAction(part) || pathEndsInCommand(part) {
			return false
		}
	}
	return true
}

// doneAtOnce: in text, step b follows step a with 同时 (at the same time)
// between them: b is done alongside a, not at the place a went to.
func doneAtOnce(text, a, b string) bool {
	k := strings.Index(text, a)
	if k < 0 {
		return false
	}
	rest := text[k+len(a):]
	j := strings.Index(rest, b)
	if j < 0 {
		return false
	}
	between := strings.TrimLeft(rest[:j], "，, ")
	return hasPrefixAny(between, []string{"同时", "与此同时"})
}

// picksAction: a click or a choice of an option that turns something off
// or on ("选择“禁用”IPv6选项", "在菜单里选择“取消所有文档”"), not of a place ("选择“辅助功
// 能”", "选择“更新和安全”") or a button that only goes on ("点击“保存”").
func picksAction(part string) bool {
	rest, _, ok := cutPrefixAny(strings.TrimSpace(part), []string{"选择", "点击", "单击", "勾选", "选中", "点一下", "点"})
	if !ok {
		return false
	}
	// "点清除缓存": a button named without quotes is named by the rest.
	name, _ := quotedHead(strings.TrimSpace(rest))
	if name == "" {
		name = strings.TrimSpace(rest)
	}
	return hasPrefixAny(name, toggleVerbs)
}

// toggleVerbs open the name of an option that turns something off or on,
// or takes it away ("禁用", "取消所有文档").
var toggleVerbs = []string{"禁用", "启用", "关闭", "开启", "停用", "删除", "卸载", "允许", "拒绝", "阻止", "取消", "清除", "清空", "重置", "还原"}

// switchesOn: 打开 before a switch, a feature or a named setting turns it
// on; it goes nowhere ("打开“自动设置时间”", "打开蓝牙开关",
// "打开定位权限"), while "打开设置", "打开“控制面板”" and "打开微信的设置页面" reach a
// place.
func switchesOn(part string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(part), "打开")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	if k := strings.IndexAny(rest, "并和，,。；;"); k >= 0 {
		rest = rest[:k]
	}
	// "打开燃气总阀", "打开水龙头": a valve or a tap opened lets
	// something through.
	if hasSuffixAny(rest, []string{"开关", "功能", "权限", "模式", "阀", "阀门", "水龙头", "龙头"}) {
		return true
	}
	name, after := quotedHead(rest)
	return runeLen(name) >= 4 && !hasSuffixAny(name, placeNouns) && !hasPrefixAny(strings.TrimSpace(after), placeNouns)
}

// placeNouns end the name of a place one goes to: an app, a page, a panel.
var placeNouns = []string{"设置", "应用", "APP", "App", "app", "页面", "界面", "窗口", "菜单", "面板", "中心", "管理器", "文件夹", "目录", "网站", "官网", "小程序", "软件", "程序"}

// quotedHead splits a text that opens with a quoted name ("“自动设置时间”开关")
// into the name and what follows it; name is "" when it opens otherwise.
func quotedHead(s string) (name, after string) {
	for _, q := range quotePairs {
		if rest, ok := strings.CutPrefix(s, q[0]); ok {
			if k := strings.Index(rest, q[1]); k > 0 {
				return rest[:k], rest[k+len(q[1]):]
			}
			return rest, "" // the closing quote was trimmed with the clause's end
		}
	}
	return "", s
}

// quotePairs are the quotation marks that set off a name, open and close.
var quotePairs = [][2]string{{"“", "”"}, {"\"", "\""}, {"「", "」"}, {"『", "』"}}

// menuPath: a bare path through menus ("设置 > 更新和安全 > 疑难解答"):
// where to go, three or more places and nothing done there.
func menuPath(r string) bool {
	parts := strings.FieldsFunc(r, func(c rune) bool { return c == '>' || c == '＞' || c == '→' })
	if len(parts) < 3 {
		return false
	}
	for i, p := range parts {
		// A place is a short name; a Latin menu's may run to a few words
		// set off by commas ("Build, Execution, Deployment"), a Chinese
		// one's not.
		if p = strings.TrimSpace(p); p == "" || wordLen(p) > 12 || strings.ContainsFunc(p, isComma) && hanCount(p) > 0 {
			return false
		}
		// "设置 > 系统 > 恢复 > 重置此电脑": the last place is what is
		// done (a menu named by a verb alone, "恢复", is a place; a Latin
		// name, "Python Interpreter", is no command).
		if i == len(parts)-1 && runeLen(p) > 2 && hanCount(p) > 0 && startsWithAction(p) && !navigates(p) {
			return false
		}
		// "File → Invalidate Caches → Invalidate and Restart": a Latin
		// item named by a command is what is done too.
		if i == len(parts)-1 && latinCommand(p) {
			return false
		}
	}
	return true
}

// pathEndsInCommand: a step that goes through menus to an item that does
// something ("打开 AS 点 File → Invalidate Caches → Invalidate and
// Restart").
func pathEndsInCommand(part string) bool {
	items := strings.FieldsFunc(part, func(c rune) bool { return c == '>' || c == '＞' || c == '→' })
	if len(items) < 2 {
		return false
	}
	// Only a Latin item: a Chinese menu is often named by a verb and is
	// still a place ("右键任务栏时间 > 调整日期/时间", "更新和安全").
	return latinCommand(strings.TrimSpace(items[len(items)-1]))
}

// latinCommand: a Latin menu item named by a verb that changes or repairs
// something ("Invalidate and Restart", "Clean Project", "Clear Cache"),
// not a place ("Python Interpreter", "Gradle").
func latinCommand(p string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(p), " ")
	return slices.Contains(latinCommandVerbs, strings.ToLower(first))
}

// latinCommandVerbs open the name of a menu item that does something; not
// "update" or "sync", which also name pages ("Update & Security", "Sync
// your settings").
var latinCommandVerbs = []string{"invalidate", "clear", "clean", "delete", "remove", "reset", "restart", "reboot", "uninstall", "install", "repair", "restore", "disable", "enable", "rebuild", "reload", "flush", "kill", "stop", "end", "format", "rollback", "revert", "purge", "empty"}

// serialAction: a step that navigates and then acts, with no comma
// between ("进入安全模式卸载最近的更新", "打开控制面板删除该程序"): an
// action verb of two or more runes after the place navigated to, not
// inside a noun phrase (设置中的更新选项, 确认按钮).
func serialAction(part string) bool {
	rest, nav, ok := cutNav(part)
	if !ok {
		return false
	}
	// "登录中国人民银行征信中心查询": a service logged in to, or gone to,
	// then what is done there, a bare verb at the end (not "打开系统更新",
	// a page's name).
	if nav == "登录" || nav == "登陆" || nav == "前往" {
		if place, ok := cutSuffixAny(rest, servedVerbs); ok && runeLen(place) >= 2 {
			return true
		}
	}
	// A quoted place or a menu path is where one goes, not what one does.
	if strings.ContainsAny(rest, "“「『\">＞→") {
		return false
	}
	rs := []rune(rest)
	for i := 2; i < len(rs) && i <= 16; i++ {
		if strings.ContainsRune("的中里上内下了", rs[i-1]) {
			continue
		}
		t := string(rs[i:])
		// "登录路由器后台把信道改过去": a 把 construction after the place
		// is what is done there.
		if hasPrefixAny(t, []string{"把", "将"}) && !hasPrefixAny(t, []string{"将会", "将要", "把握", "把关"}) && runeLen(t) >= 4 {
			return true
		}
		v, w, ok := cutPrefixAny(t, actionVerbs)
		if !ok || runeLen(w) < 2 || navigates(t) || hasPrefixAny(t, actionNouns) {
			continue
		}
		if v == "" || hasPrefixAny(v, []string{"按钮", "选项", "菜单", "页面", "界面", "窗口", "键", "项", "栏", "框", "器", "页", "工具", "功能", "中心", "模式", "的"}) {
			continue
		}
		return true
	}
	return false
}

// servedVerbs are what one goes to a service to do.
var servedVerbs = []string{"查询", "办理", "申请", "申诉", "举报", "投诉", "核实", "咨询", "挂失", "缴费", "还款", "核验", "认证", "修改", "注销", "解绑"}

// sharesTopic: a and b share a bigram that is not part of the problem's label.
func (d *doc) sharesTopic(a, b string) bool {
	pb := bigramSet(d.prob.label)
	B := bigramSet(b)
	for g := range bigramSet(a) {
		if B[g] && !pb[g] {
			return true
		}
	}
	return false
}

// verbAlone: the instruction is a verb and nothing else, after its
// adverbs ("尽快升级", "重启").
func verbAlone(r string) bool {
	v := cutAdverbs(r, nil)
	_, w, ok := cutPrefixAny(v, actionVerbs)
	return ok && w == v
}

// similarRemedy: two phrasings of one action ("联系客服" / "联系花呗客服,说明情况").
func similarRemedy(a, b string) bool {
	a, _, _ = cutPrefixAny(a, imperativeAdverbs)
	b, _, _ = cutPrefixAny(b, imperativeAdverbs)
	fa, fb := fold(a), fold(b)
	if fa == "" || fb == "" {
		return false
	}
	// "不要玩大型游戏" is not "玩游戏": a prohibition and the deed it forbids.
	if containsAny(a, prohibitions) != containsAny(b, prohibitions) {
		return false
	}
	if strings.Contains(fa, fb) || strings.Contains(fb, fa) {
		return true
	}
	// Shared words are not enough: 下载vgcore.dll文件 and 安装vgcore.dll文件
	// are two actions. The verb must be the same.
	return overlap(a, b) >= 0.6 && headVerb(a) == headVerb(b)
}

// headVerb is the verb an instruction opens with (after adverbs and a
// preposition phrase), or its first two runes.
func headVerb(s string) string {
	s = cutAdverbs(s, []string{"正确", "认真", "仔细", "先", "再", "多多", "多"})
	rs := []rune(s)
	if hasPrefixAny(s, instructionPreps) {
		for i := 1; i < len(rs) && i <= 24; i++ {
			if _, w, ok := cutPrefixAny(string(rs[i:]), actionVerbs); ok && runeLen(w) >= 2 && !hasPrefixAny(string(rs[i:]), actionNouns) {
				return sameVerb(w)
			}
		}
	}
	if _, w, ok := cutPrefixAny(s, actionVerbs); ok {
		return sameVerb(w)
	}
	return string(rs[:min(2, len(rs))])
}

// cutAdverbs removes from the start of an instruction, again and again,
// the imperative adverbs and the words of also ("尽快优先安装…" → "安装…").
func cutAdverbs(s string, also []string) string {
	for {
		t, _, ok := cutPrefixAny(s, imperativeAdverbs)
		if !ok {
			t, _, ok = cutPrefixAny(s, also)
		}
		if !ok || t == s {
			return s
		}
		s = t
	}
}

// sameVerb folds the verbs of getting in touch, which every topic shares
// (拨打客服电话 is 联系客服).
func sameVerb(w string) string {
	switch w {
	case "拨打", "致电", "咨询":
		return "联系"
	}
	return w
}

// link gives a cause to remedies read without one when exactly one cause
// of the article shares its topic words ("提高收入降低自己的负债率" ↔
// "个人的负债率升的过高"). Topic words are bigrams rare in the article
// and not part of the problem's label.
func (d *doc) link() {
	// "卸载 KB5029351" undoes what one cause names ("安装了更新
	// KB5029351"): a Latin name of four or more characters in the remedy
	// that exactly one cause holds ties the remedy to that cause.
	for _, f := range d.findings {
		if f.lastResort {
			continue
		}
		for _, name := range latinNames(f.Remedy) {
			if strings.Contains(f.Cause, name) {
				break
			}
			// The product the problem is about ("iCloud 储存空间已满")
			// names no one cause.
			if strings.Contains(d.prob.label, name) {
				continue
			}
			holder, n := "", 0
			for _, m := range d.causes {
				if strings.Contains(m.label, name) {
					holder, n = m.label, n+1
				}
			}
			if n == 1 {
				f.Cause = holder
				break
			}
		}
	}
	// A fix in the body of a numbered cause item is that cause's fix.
	for _, f := range d.findings {
		if f.Cause == "" {
			f.Cause = d.itemScope(f.unit)
		}
	}
	d.splitSharedCases()
	d.linkNarrated()
	d.linkSiblingCause()
	need := false
	for _, f := range d.findings {
		need = need || f.Cause == ""
	}
	if len(d.causes) == 0 || !need {
		return
	}
	df := map[string]int{}
	for _, s := range d.a.Sentences {
		for g := range topicGrams(s.Text) {
			df[g]++
		}
	}
	limit := max(4, len(d.a.Sentences)/4)
	prob := topicGrams(d.prob.label)
	topical := func(text string) map[string]bool {
		out := map[string]bool{}
		for g := range topicGrams(text) {
			if df[g] <= limit && !prob[g] {
				out[g] = true
			}
		}
		return out
	}
	d.alignFixes(topical)
	d.linkByName()
	for _, f := range d.findings {
		if f.Cause != "" || f.lastResort {
			continue
		}
		// The remedy's own words count twice its explanation's, or the
		// heading of the step it stands in ("步骤3：修复系统文件" then
		// "sfc /scannow").
		context := f.context
		if h := f.owner; h != nil && h.heading && h.unit >= 0 && h.unit != f.unit && stepMarker(d.units[h.unit].marker) {
			context += "\n" + d.units[h.unit].body()
		}
		f.Cause = d.wordCause(topical, topical(f.Remedy), topical(context), false)
		// A case that restates a cause names it; it is no condition
		// then (GUIDELINES: never repeat the cause as its condition).
		if f.Cause == "" && f.Condition != "" {
			if f.Cause = d.conditionCause(topical, f.Condition); f.Cause != "" {
				f.Condition = ""
			}
		}
		// Under the name of one way of several ("方法二：关闭休眠功能"),
		// the name and what its section says count too, when the remedy
		// or the name shares a word with the cause.
		if head, body := d.methodSection(f.unit); f.Cause == "" && head != "" {
			f.Cause = d.wordCause(topical, topical(f.Remedy+"\n"+head), topical(context+"\n"+body), true)
			if f.Cause == "" {
				f.Cause = d.causeNamedIn(head + "\n" + body)
			}
			if f.Cause == "" {
				f.Cause = d.openingCase(topical, body)
			}
		}
	}
	// A step under a heading that is itself a fix tied to a cause ("5. 清
	// 缓存" then "关掉 AS，删掉 ~/.gradle/caches 目录") is a step of that
	// fix.
	for _, f := range d.findings {
		if f.Cause == "" && !f.lastResort {
			f.Cause = d.headFixCause(f)
		}
	}
	d.shareSentenceCause()
	d.shareGroupCause()
	// An article that names one cause (perhaps in several wordings) and
	// has no sections of tips or precautions, nor a cause section beside
	// it (a cause section that names that one cause is fine): its fixes
	// are fixes for that cause, wherever in the text they come. Not on a
	// Q&A page or in a forum thread: each question, each reply has its own
	// answer.
	// Nor when the one cause heads one of several numbered sections
	// ("3️⃣付款的卡注销了" among "1️⃣先看钱退到哪了", "2️⃣退到银行卡要等"):
	// the other sections are other cases, whose causes went unnamed.
	if one := d.soleCause(); one != "" && (d.causeHeads == 0 || len(d.causes) == 1) && d.asideHeads == 0 && d.questionCount() < 2 && d.replies < 2 && !d.headsNumberedSection(d.causes[0]) {
		for _, f := range d.findings {
			if f.Cause == "" {
				f.Cause = one
			}
		}
	}
}

// headFixCause is the cause of the fix read from the heading that f
// stands under, when that heading is itself one fix ("清缓存", not "检查
// 日期时间和网络") tied to one cause, or "".
func (d *doc) headFixCause(f *finding) string {
	h := f.owner
	if h == nil || !h.heading || h.unit < 0 || h.unit >= len(d.units) || h.unit == f.unit || containsAny(d.units[h.unit].body(), []string{"和", "及", "与", "、", "并", "或"}) {
		return ""
	}
	cause := ""
	for _, g := range d.findings {
		if g.unit != h.unit {
			continue
		}
		if g.Cause == "" || cause != "" && g.Cause != cause {
			return ""
		}
		cause = g.Cause
	}
	return cause
}

// revertsStep: the remedy only puts back what a step before changed
// ("改回来", "再改回去", "恢复回来").
func revertsStep(r string) bool {
	r, _, _ = cutPrefixAny(strings.TrimSpace(r), []string{"再", "重新", "记得"})
	return hasPrefixAny(r, []string{"改回来", "改回去", "改回原来", "设回来", "恢复回来", "恢复回去", "还原回去", "调回来", "调回去"})
}

// linkSiblingCause: a fix that took its cause from the paragraph before
// it, when that paragraph names several ("原因：…证书被替换了，pip 校验不
// 通过。也可能是 Python 自带的证书库太旧。" then "更新证书库：pip install
// --upgrade certifi"), goes with the cause whose words it shares: two
// words or more, more than with any other cause of the paragraph and more
// than with the one it took. A fix whose own sentence names its cause
// keeps it.
func (d *doc) linkSiblingCause() {
	prob := topicGrams(d.prob.label)
	shared := func(a, b map[string]bool) int {
		n := 0
		for g := range a {
			if b[g] && !prob[g] {
				n++
			}
		}
		return n
	}
	block := func(m *mention) int {
		if m.si < 0 || m.si >= len(d.a.Sentences) {
			return -1
		}
		return d.a.Sentences[m.si].Block
	}
	for _, f := range d.findings {
		k := slices.IndexFunc(d.causes, func(m *mention) bool { return m.label == f.Cause })
		if k < 0 || strings.Contains(f.Evidence, f.Cause) {
			continue
		}
		cur := d.causes[k]
		words := topicGrams(f.Remedy)
		own := shared(words, topicGrams(cur.label))
		score := make([]int, len(d.causes))
		for j, m := range d.causes {
			if j != k && block(m) >= 0 && block(m) == block(cur) {
				score[j] = shared(words, topicGrams(m.label))
			}
		}
		if j := uniqueMax(score); j >= 0 && score[j] >= 2 && score[j] > own {
			f.Cause = d.causes[j].label
		}
	}
}

// wordCause is the one cause whose topical words the remedy's words
// (own) and its context's (near) share most: two for each of own, one
// for each of near only, three at least, no tie; with strong, a cause
// must share one of own. "" when none is.
func (d *doc) wordCause(topical func(string) map[string]bool, own, near map[string]bool, strong bool) string {
	score := make([]int, len(d.causes))
	for k, m := range d.causes {
		n, mine := 0, false
		for g := range topical(m.label) {
			if own[g] {
				n, mine = n+2, true
			} else if near[g] {
				n++
			}
		}
		if strong && !mine {
			n = -1 // out of the running
		}
		score[k] = n
	}
	if k := uniqueMax(score); k >= 0 && score[k] >= 3 {
		return d.causes[k].label
	}
	return ""
}

// methodSection is the heading that names one way of several ("方法二：关闭
// 休眠功能", "办法3：…") a finding stands under, and what the section
// says up to the next heading or a paragraph about all the fixes or of
// tips (closesPart); "", "" when the finding is under no such heading.
// The heading names the fix and the section speaks of the cause it fixes
// ("hiberfil.sys 休眠文件的大小…") where the one instruction read from
// it may not ("以管理员身份打开命令提示符，输入：powercfg -h off").
func (d *doc) methodSection(ui int) (head, body string) {
	h := ui
	for h >= 0 && h < len(d.units) && !d.units[h].heading {
		h--
	}
	if h < 0 || h >= len(d.units) || !methodMarker(d.units[h].marker) {
		return "", ""
	}
	var b strings.Builder
	for u, end := h+1, d.nextHeading(h); u < end && !d.closesPart(u); u++ {
		b.WriteString(d.units[u].text)
		b.WriteByte('\n')
	}
	return d.units[h].body(), b.String()
}

// openingCase is the cause a way's section opens with as the case it is
// for ("方法四：等待自动解除" then "因营销行为被限制的，限制期满后会自动解
// 除"): a first clause that says 因/由于/因为 X and ends in 的 names the
// cause whose label shares the most topical words with X, no tie. ""
// when the section opens otherwise or no cause is named.
func (d *doc) openingCase(topical func(string) map[string]bool, body string) string {
	first := strings.TrimSpace(body)
	if k := strings.IndexByte(first, '\n'); k >= 0 {
		first = first[:k]
	}
	c := firstClause(first)
	x, _, ok := cutPrefixAny(c, []string{"因为", "由于", "因"})
	if !ok || !strings.HasSuffix(x, "的") {
		return ""
	}
	label, _, _ := d.sharedCause(topical, x)
	return label
}

// nextHeading is the index of the first heading unit after unit h, or
// len(d.units) when none follows.
func (d *doc) nextHeading(h int) int {
	u := h + 1
	for u < len(d.units) && !d.units[u].heading {
		u++
	}
	return u
}

// methodSaid: the section under the name of a way (finding i, read from
// "方法二：关闭休眠功能") says how in prose ("以管理员身份打开命令提示
// 符，输入：powercfg -h off"): the fix is said twice, and the name goes.
// Numbered steps under it ("1. 打开“设置”…", "2. 点击“运行”") are parts
// of the way the name names, which stays.
func (d *doc) methodSaid(i int) bool {
	h := d.findings[i].unit
	end := d.nextHeading(h)
	said := false
	for _, f := range d.findings[i+1:] {
		if f.unit <= h {
			continue
		}
		if f.unit >= end {
			break
		}
		if d.units[f.unit].isItem() {
			return false
		}
		// "也可以直接写进 package.json": another way, not the named one
		// said again.
		if hasPrefixAny(stripMarkup(d.units[f.unit].body()), otherWayOpeners) {
			continue
		}
		said = true
	}
	return said
}

// otherWayOpeners open a sentence that gives another way to do what the
// one before did (alternativeCauseOpeners offer another cause).
var otherWayOpeners = []string{"也可以", "也可", "还可以", "或者", "或是", "另外也可以", "另一种办法"}

// methodMarker: a marker that numbers a way of several: 方法一 / 办法2 /
// 方案三.
func methodMarker(marker string) bool {
	rest, ok := cutMethodWord(marker)
	return ok && ordinal(rest)
}

// cutMethodWord is what follows 方法 / 办法 / 方案 in a marker ("方法三："
// → 三).
func cutMethodWord(marker string) (string, bool) {
	m := strings.TrimRight(trimEdges(marker), "：:、.． ")
	rest, _, ok := cutPrefixAny(m, []string{"方法", "办法", "方案"})
	return strings.TrimSpace(rest), ok
}

// headsNumberedSection: cause mention m was read from a numbered heading
// that has a sibling, another heading numbered in the same style.
func (d *doc) headsNumberedSection(m *mention) bool {
	ui := slices.IndexFunc(d.units, func(u *unit) bool { return slices.Contains(u.sents, m.si) })
	if ui < 0 || !d.units[ui].heading || d.units[ui].marker == "" {
		return false
	}
	style := markerStyle(d.units[ui].marker)
	for k, u := range d.units {
		if k != ui && u.heading && u.marker != "" && markerStyle(u.marker) == style {
			return true
		}
	}
	return false
}

// soleCause is the cause of an article whose cause mentions all name one
// thing: one mention, or mentions that share a phrase of four runes with
// the first ("不良签名更新" / "应用程序签名更新失败"). It is "" otherwise.
func (d *doc) soleCause() string {
	if len(d.causes) == 0 {
		return ""
	}
	for _, m := range d.causes {
		if m.partial {
			return "" // a cause of one part owns that part's fixes only
		}
	}
	first := d.causes[0].label
	for _, m := range d.causes[1:] {
		if !sharesPhrase(first, m.label, 4) {
			return ""
		}
	}
	return first
}

// sharesPhrase: a and b have n consecutive runes in common (Han or not).
func sharesPhrase(a, b string, n int) bool {
	ra := []rune(a)
	for i := 0; i+n <= len(ra); i++ {
		if strings.Contains(b, string(ra[i:i+n])) {
			return true
		}
	}
	return false
}

// finish drops what must not be emitted: summaries of a list that gave its
// own findings, tips with no cause, repeats, and everything when the
// article is not a how-to or troubleshooting piece.
// namedWith: f's cause is named in f's own sentence.
func (d *doc) namedWith(f *finding) bool {
	for _, m := range d.causes {
		if f.Cause != "" && m.label == f.Cause && m.offset == f.Offset {
			return true
		}
	}
	return false
}

// askedAfter: the sentence ev ends by asking how, after the remedy r
// ("…，你需要实现一个通杀各大厂商的payload，那么该如何构造呢？").
func askedAfter(ev, r string) bool {
	ev = strings.TrimSpace(ev)
	k := strings.Index(ev, r)
	if k < 0 || !hasSuffixAny(ev, []string{"？", "?"}) {
		return false
	}
	return containsAny(ev[k+len(r):], []string{"如何", "怎么", "怎样"})
}

func (d *doc) finish() {
	// "如果以上方法都不行，…", "如仍有疑问，可拨打…": the last resort
	// for the problem, whichever cause was named last before it.
	for _, f := range d.findings {
		// Not when the fallback opens the body of a listed fix tied to
		// its cause ("5. 清缓存" then "以上都不行，关掉 AS，删掉缓存目
		// 录"): that fix is the one tried last.
		// Nor when its own sentence names the cause left ("以上都试了还不
		// 行的，多半是电机碳刷磨损，直接报修吧").
		if lastResort(f.Condition) && !(f.owner != nil && f.unit == f.owner.unit+1 && d.headFixCause(f) == f.Cause) && !d.namedWith(f) {
			f.Cause = ""
		}
	}
	// A list whose items mostly answer causes one by one: an item that
	// could not be tied to a cause is left out rather than given none.
	answered, items := map[*frame]int{}, map[*frame]int{}
	for _, f := range d.findings {
		if f.label {
			items[f.owner]++
			if f.Cause != "" {
				answered[f.owner]++
			}
		}
	}
	for i, f := range d.findings {
		// "打开命令提示符" then "输入regsvr32 vgcore.dll命令": the navigation
		// is the way to the next step, not a remedy of its own.
		// A step with a case of its own that the next has not ("想马上充满
		// 的话，在锁屏的通知中点击“现在充电”") is no way to it.
		// Nor is one done at the same time as the next ("打开防火墙，同时开启
		// 打印机共享").
		if i+1 < len(d.findings) && navOnly(f.Remedy) {
			next := d.findings[i+1]
			if (next.owner == f.owner || next.Evidence == f.Evidence) && (f.Condition == "" || f.Condition == next.Condition) && !doneAtOnce(f.Evidence, f.Remedy, next.Remedy) {
				f.drop = true
			}
		}
		// "在…设备安装设置里选择“否”，装好以后可以再改回来": putting the
		// setting back once the fix is in is no way out of the problem.
		if revertsStep(f.Remedy) {
			f.drop = true
		}
		if f.prov != nil && f.prov.items > len(f.prov.provisional) || f.check != nil && f.check.items > 0 || f.named && d.methodSaid(i) {
			f.drop = true
			// "### 升级实例规格" then "若…仍然不足，请升级实例规格。各规格
			// 默认的连接数如下：": the heading says what to do, its
			// section when.
			if f.prov != nil && f.Condition != "" {
				if k := d.headingStep(d.findings[:i], f); k != nil {
					k.Condition = f.Condition
				}
			}
		}
		// A tip for when nothing above worked is the last resort for the
		// problem ("如果以上方法都无法解决，可以…"), not general advice.
		// In a security report's section of protection advice (防护建议,
		// 安全建议), the tips are the advice to those it threatens.
		if f.tips && f.Cause == "" && !containsAny(f.Condition, fallbackConds) && !within(d.passages, f.Offset, true) {
			f.drop = true
			// The case that makes it worse is then its cause.
			if tipForWorseCase(f) {
				if l, _ := trimCause(strings.TrimSuffix(f.Condition, "时")); l != "" && !d.prob.isItself(l) {
					f.Cause = d.addCause(l, d.sentenceAt(f.Offset))
					f.drop = f.Cause == ""
				}
			}
		}
		// "按照以上步骤恢复为默认网卡名": the steps already read, again.
		if hasPrefixAny(f.Remedy, recapOpeners) && len(d.findings) > 1 {
			f.drop = true
		}
		if f.label && f.Cause == "" && answered[f.owner] >= 2 && 2*answered[f.owner] >= items[f.owner] {
			f.drop = true
		}
		// "假如…，你需要实现X，那么该如何构造呢？": the premise of a question
		// put to the reader, not advice.
		if askedAfter(f.Evidence, f.Remedy) {
			f.drop = true
		}
		// "如果想撤销以上缓解措施，可执行以下操作": how to take a
		// workaround back is no way out of the problem.
		if undoesWorkaround(f.Condition) {
			f.drop = true
		}
		// "1. 更新缓存文件夹中的文件损坏" under the causes: a fault whose
		// first word is also a verb (更新), read as its own fix.
		if f.Cause != "" && f.Remedy == f.Cause {
			f.drop = true
		}
	}
	for _, f := range d.findings {
		if !f.drop {
			f.Remedy = resolveIt(resolveAnaphor(f.Remedy, f.Evidence), f.Evidence)
			if a, ok := readAnswer(f.Condition, f.Evidence, d.sentenceBefore(f.Offset)); ok {
				f.Remedy = removeWhatWasFound(f.Remedy, a)
				f.Condition = a.condition()
			}
			if runeLen(f.Condition) < 2 {
				f.Condition = "" // an answer to no question found
			}
		}
	}
	// The same action stated twice is one finding: the first wording,
	// with the cause given either time.
	var kept []*finding
	for _, f := range d.findings {
		if f.drop {
			continue
		}
		dup := false
		for _, k := range kept {
			// A repeat with a condition of its own is another case
			// ("复制DLL文件" then "对于32位系统,将DLL文件复制到System32").
			near := k.owner == f.owner && f.unit-k.unit <= 1
			// In an advisory, a step outside its passages (how to check
			// for the flaw) is not the advice inside them, which the
			// judge keeps alone.
			if d.advisory && d.inAdvice(k.Offset) != d.inAdvice(f.Offset) {
				continue
			}
			if (k.Cause == f.Cause || (k.Cause == "" || f.Cause == "") && near) &&
				(f.Condition == "" || f.Condition == k.Condition) && similarRemedy(k.Remedy, f.Remedy) {
				if k.Cause == "" {
					k.Cause = f.Cause
				}
				// "微软建议禁用 IPv6" then "你可以禁用IPv6来防止这种漏洞":
				// one action, addressed to the reader the second time.
				k.strongRepeat = k.strongRepeat || strongInstruction(f)
				// "升级" in a summary, "升级至安全版本" later: the wording
				// that says what to do it to.
				if verbAlone(k.Remedy) && f.Condition == k.Condition {
					k.Remedy, k.Evidence, k.Offset = f.Remedy, f.Evidence, f.Offset
				}
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, f)
		}
	}
	d.findings = kept
	// "检查一下网线有没有松动，有的话重新插紧": the answer's case is the
	// fault the look named, the finding's cause; it is no condition then
	// (GUIDELINES: never repeat the cause as its condition).
	for _, f := range d.findings {
		if f.Cause != "" && nameKey(f.Cause) == nameKey(f.Condition) {
			f.Condition = ""
		}
	}
}

func (d *doc) result() article.Extraction {
	ex := article.Extraction{Problem: d.prob.label}
	if len(d.causes) == 0 && len(d.findings) == 0 {
		return ex
	}
	for _, m := range d.causes {
		ex.Causes = append(ex.Causes, article.CauseMention{Label: m.label, Evidence: m.evidence, Offset: m.offset})
	}
	sort.SliceStable(ex.Causes, func(i, j int) bool { return ex.Causes[i].Offset < ex.Causes[j].Offset })
	for _, f := range d.findings {
		ex.Findings = append(ex.Findings, f.Finding)
	}
	sort.SliceStable(ex.Findings, func(i, j int) bool { return ex.Findings[i].Offset < ex.Findings[j].Offset })
	return ex
}

// headingStep is the finding among earlier read from the heading of f's
// section, with no condition and the same action as f; nil when there is
// none.
func (d *doc) headingStep(earlier []*finding, f *finding) *finding {
	for j := len(earlier) - 1; j >= 0; j-- {
		k := earlier[j]
		if k.unit >= f.unit || k.drop {
			continue
		}
		if !d.units[k.unit].heading {
			return nil
		}
		for u := k.unit + 1; u < f.unit; u++ {
			if d.units[u].heading {
				return nil // another section
			}
		}
		if k.Condition == "" && similarRemedy(k.Remedy, f.Remedy) {
			return k
		}
		return nil
	}
	return nil
}

// recapOpeners open an instruction to follow the steps the article has
// given.
var recapOpeners = []string{"按照以上", "按照上述", "按照上面", "按以上", "按上述", "按上面", "根据以上", "根据上述", "参照以上", "参照上述", "参考以上", "参考上述"}

// settingAnaphors point back to a setting or feature named earlier in the
// sentence ("访问“文件 > 选项 > 保存 > X”，并启用此功能").
var settingAnaphors = []string{
	"此功能", "该功能", "这个功能", "这一功能", "此选项", "该选项", "这个选项", "这一选项", "此设置", "该设置",
	"这个设置", "这项设置", "此项设置", "此开关", "该开关", "这个开关", "此项", "该项",
}

// resolveAnaphor replaces a setting anaphor in a remedy with the setting
// its sentence quotes before it (the last step of a menu path): "启用此
// 功能" becomes "启用“使用键盘快捷键打开或保存文件时不显示 Backstage”". Without
// a quoted antecedent the remedy is left as it is.
// resolveIt names what a bare 它 after a verb points back to, when the
// clause before it names one thing in Latin letters ("如果 IPv6 并非必不可少的
// 系统，禁用它可以作为临时缓解措施" → 禁用IPv6), and drops what kind of fix
// the step is, which trimRemedy keeps while the step is a pronoun.
func resolveIt(remedy, evidence string) string {
	head := remedy
	if loc := fixKindRe.FindStringIndex(remedy); loc != nil && loc[0] > 0 {
		head = remedy[:loc[0]]
	}
	verb, ok := strings.CutSuffix(head, "它")
	if !ok || runeLen(verb) > 4 || !startsWithAction(verb) {
		return remedy
	}
	at := strings.Index(evidence, remedy)
	if at <= 0 {
		return remedy
	}
	clauses := strings.FieldsFunc(evidence[:at], isComma)
	if len(clauses) == 0 {
		return remedy
	}
	names := latinNames(clauses[len(clauses)-1])
	if len(names) != 1 {
		return remedy
	}
	return verb + names[0]
}

// removeWhatWasFound gives a bare step of taking away ("清掉", "删除一下")
// that answers yes to "is there X" its object: what was found, on what
// it was looked for ("看看排烟管出口有没有被鸟窝、塑料袋堵住，有的话清掉" →
// 清掉排烟管出口的鸟窝、塑料袋). Any other step is returned as it is.
func removeWhatWasFound(remedy string, a answer) string {
	verb := strings.TrimSuffix(remedy, "一下")
	if !a.yes || a.q != "有没有" && a.q != "是否" || !slices.Contains(removalVerbs, verb) {
		return remedy
	}
	thing := a.matter
	if a.q == "是否" {
		var ok bool
		if thing, _, ok = cutPrefixAny(thing, []string{"存在", "有"}); !ok {
			return remedy
		}
	}
	// "被鸟窝、塑料袋堵住": what blocks it.
	if rest, ok := strings.CutPrefix(thing, "被"); ok {
		if thing, ok = cutSuffixAny(rest, blockingVerbs); !ok {
			return remedy
		}
	}
	if hanCount(thing) < 1 || runeLen(thing) > 12 || startsWithAction(thing) {
		return remedy
	}
	if a.subject != "" {
		thing = a.subject + "的" + thing
	}
	return verb + thing
}

// removalVerbs take away what is found; blockingVerbs say that what was
// found blocks or fills the thing it was looked for on.
var (
	removalVerbs  = []string{"清掉", "清除", "清理", "清理掉", "删掉", "删除", "去掉", "去除", "拿掉", "取出", "卸载", "卸载掉"}
	blockingVerbs = []string{"堵住", "堵塞", "堵死", "堵了", "挡住", "塞住", "占满", "占用", "缠住", "卡住", "覆盖"}
)

func resolveAnaphor(remedy, evidence string) string {
	k, w := indexAny(remedy, settingAnaphors)
	if k < 0 {
		return remedy
	}
	at := strings.Index(evidence, remedy)
	if at < 0 {
		at = strings.Index(evidence, w)
	}
	if at <= 0 {
		return remedy
	}
	name := lastQuoted(evidence[:at])
	if name == "" {
		return remedy
	}
	return remedy[:k] + "“" + name + "”" + remedy[k+len(w):]
}

// sentenceBefore is the text of the sentence before the one that starts
// at offset, or "".
func (d *doc) sentenceBefore(offset int) string {
	k, ok := slices.BinarySearchFunc(d.a.Sentences, offset, func(s article.Sentence, off int) int { return s.Offset - off })
	if !ok || k == 0 {
		return ""
	}
	return d.a.Sentences[k-1].Text
}

// lastQuoted is the content of the last quoted span of s (“…”, "…",
// 「…」, 『…』), reduced to its last menu step after ">" or "→".
func lastQuoted(s string) string {
	best, bestAt := "", -1
	for _, q := range quotePairs {
		e := strings.LastIndex(s, q[1])
		if e <= 0 {
			continue
		}
		b := strings.LastIndex(s[:e], q[0])
		if b < 0 || e <= bestAt {
			continue
		}
		best, bestAt = s[b+len(q[0]):e], e
	}
	for _, sep := range []string{">", "＞", "→", "->"} {
		if k := strings.LastIndex(best, sep); k >= 0 {
			best = best[k+len(sep):]
		}
	}
	best = strings.TrimSpace(best)
	if n := runeLen(best); n < 2 || n > 40 {
		return ""
	}
	return best
}

// lastResort: a condition says that every fix above failed ("以上方法都
// 无法解决", "上述操作仍未恢复") or that the reader still has questions
// ("如仍有疑问"). Not "完成上述步骤后" (after them), nor a fix of one
// cause that did not work ("仍然无法识别"), nor "以上都不是" (none of the
// causes above: the sentence goes on to name another).
func lastResort(cond string) bool {
	if containsAny(cond, []string{"仍有疑问", "还有疑问"}) {
		return true
	}
	if noneOfThem(cond) {
		return false
	}
	if fallbackCase(cond) { // "上面都排查过了还是收不到": 上面 and 前面 too
		return true
	}
	return containsAny(cond, []string{"以上", "上述"}) && containsAny(cond, []string{"不行", "无法", "没有", "没能", "仍", "还是", "都不", "未", "依然", "不能"})
}

// undoesWorkaround: the condition is the wish to take back a workaround
// or a change the article gave ("想撤销以上缓解措施", "如需还原此更改").
// Not "如需恢复出厂设置" (a reset, which may be the fix): a change is
// the article's only when a pointer names it (以上, 此…).
func undoesWorkaround(cond string) bool {
	k, w := indexAny(cond, []string{"撤销", "撤消", "还原", "回滚", "恢复"})
	if k < 0 {
		return false
	}
	what := cond[k+len(w):]
	if containsAny(what, []string{"缓解措施", "解决方法", "解决办法", "变通办法", "变通方法", "临时措施", "临时方案"}) {
		return true
	}
	p, pw := indexAny(what, []string{"以上", "上述", "此", "该", "这些", "这项", "这一"})
	return p >= 0 && hasPrefixAny(what[p+len(pw):], []string{"更改", "修改", "设置", "操作", "配置"})
}

// noneOfThem: the condition says that none of the causes above is the
// case ("以上都不是", "以上原因均不属于，…"): 都不是 ends its clause, where
// "以上方法都不是很管用" goes on to say how the fixes did.
func noneOfThem(cond string) bool {
	for _, w := range []string{"都不是", "均不是", "都不属于", "均不属于"} {
		for k := range indexes(cond, w) {
			after := cond[k+len(w):]
			if after == "" || hasPrefixAny(after, []string{"，", ",", "；", "。", "的话", "的时候", "时"}) {
				return true
			}
		}
	}
	return false
}

// tipForWorseCase: a tip that names a case, says what the case makes
// worse, and then what to do ("进水温度低于5℃时，洗涤效果会下降，可选择
// “高温洗”程序") is a way out of the problem in that case, not general
// advice ("第一次使用前，请先空机运行一次“快洗”程序" says nothing goes
// wrong, "效果不会下降" that nothing gets worse).
func tipForWorseCase(f *finding) bool {
	if f.Condition == "" {
		return false
	}
	c := strings.Index(f.Evidence, f.Condition)
	r := strings.Index(f.Evidence, f.Remedy)
	if c < 0 || r < c+len(f.Condition) {
		return false
	}
	between := f.Evidence[c+len(f.Condition) : r]
	for k := range indexes(between, "会") {
		// Not "效果不会下降".
		if !strings.HasSuffix(between[:k], "不") && hasPrefixAny(between[k+len("会"):], worsenings) {
			return true
		}
	}
	return false
}

// fallbackConds say that the remedies before did not work.
var fallbackConds = []string{
	"以上方法", "以上办法", "上述方法", "上述办法", "以上操作", "以上步骤", "仍然", "仍未", "依然", "还是不行", "都不行",
	"实在不行", "无法解决", "没有解决", "没能解决", "仍有疑问", "还有疑问", "仍有问题", "问题仍", "问题依旧",
}

// trialEnds close an action offered as a thing to try, or a look the
// reader takes ("找到“拦截记录”翻一翻"): a step, whatever verb of going
// somewhere opens it.
var trialEnds = []string{"试一下", "试一试", "试试", "试试看", "看看", "看一看", "看一下", "翻一翻", "翻翻", "找一找", "找找"}

// latinNames: the runs of Latin letters and digits in s of four or more
// characters with a digit or a capital after the first ("KB5029351",
// "XMRig"), the names of updates, packages and files.
func latinNames(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (rs[j] < 128 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '.' || rs[j] == '-' || rs[j] == '_')) {
			j++
		}
		if j-i >= 4 {
			// "----" trims to nothing.
			w := strings.Trim(string(rs[i:j]), ".-_")
			marked := false
			for k, r := range w {
				marked = marked || k > 0 && (unicode.IsDigit(r) || unicode.IsUpper(r))
			}
			if len(w) >= 4 && marked {
				out = append(out, w)
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// questionCount counts the questions of a Q&A page ("Q1：…", "问：…").
func (d *doc) questionCount() int {
	n := 0
	for _, u := range d.units {
		if u.question {
			n++
		}
	}
	return n
}

// shareAlternativeCase: a fix offered instead of the one before it, in
// the sentence after its "；" ("C 盘剩余空间不到 5GB 的，先清理一下；或者设
// 置环境变量…"), is under the same case.
func (d *doc) shareAlternativeCase() {
	for i, f := range d.findings {
		if i == 0 || f.Condition != "" || !hasPrefixAny(strings.TrimSpace(f.Evidence), []string{"或者", "或是"}) {
			continue
		}
		prev := d.findings[i-1]
		si := d.sentenceAt(f.Offset)
		if si < 1 || prev.Condition == "" || d.sentenceAt(prev.Offset) != si-1 || !isSemicolon(lastRune(strings.TrimSpace(d.a.Sentences[si-1].Text))) {
			continue
		}
		f.Condition = prev.Condition
	}
}

// splitSharedCases gives the fixes of a case that names two or more
// listed causes ("如果是内容违规或导流导致的临时封禁，期满后会自动恢复")
// to each of them; the part of the condition that named them goes.
func (d *doc) splitSharedCases() {
	if len(d.causes) < 2 {
		return
	}
	var extra []*finding
	for _, f := range d.findings {
		if f.Cause != "" || f.Condition == "" {
			continue
		}
		parts := strings.Split(f.Condition, "，")
		for i, part := range parts {
			causes := d.casesNamed(part)
			if len(causes) < 2 {
				continue
			}
			f.Condition = strings.Join(append(parts[:i:i], parts[i+1:]...), "，")
			f.Cause = causes[0]
			for _, c := range causes[1:] {
				g := *f
				g.Cause = c
				extra = append(extra, &g)
			}
			break
		}
	}
	d.findings = append(d.findings, extra...)
}

// casesNamed reads the causes a case names together ("内容违规或导流导致
// 的临时封禁" → 直播内容违规, 私下导流): every alternative must restate a
// different listed cause, or it returns nil.
func (d *doc) casesNamed(c string) []string {
	c = trimEdges(c)
	c, _, _ = cutPrefixAny(c, []string{"如果是", "如果", "若是", "要是", "因为", "由于", "对于", "针对", "至于"})
	if k, _ := indexAny(c, []string{"导致", "造成", "引起", "引发", "而被", "被"}); k > 0 {
		c = c[:k]
	}
	pieces := strings.FieldsFunc(c, func(r rune) bool { return r == '、' || r == '/' })
	var split []string
	for _, p := range pieces {
		for _, q := range splitAny(p, []string{"或者", "或是", "以及", "或", "和", "及", "与"}) {
			if q = trimEdges(q); q != "" {
				split = append(split, q)
			}
		}
	}
	if len(split) < 2 {
		return nil
	}
	var out []string
	for _, q := range split {
		k := d.knownCause(q)
		if k == "" || slices.Contains(out, k) {
			return nil
		}
		out = append(out, k)
	}
	return out
}

// splitAny cuts s at every occurrence of any of seps.
func splitAny(s string, seps []string) []string {
	var out []string
	for {
		k, w := indexAny(s, seps)
		if k < 0 {
			return append(out, s)
		}
		out = append(out, s[:k])
		s = s[k+len(w):]
	}
}

// shareSentenceCause gives the fixes of a sentence that linking left
// without a cause the one cause its other fixes were linked to ("请先到银行
// 核实卡片状态，然后在APP中更换收款银行卡，再重新发起提取": one answer,
// one cause). A sentence whose fixes name two causes, or a fix that is a
// tip, is left alone; so is the sentence beside it ("…按提示完成验证即
// 可。需要注意的是，使用外挂被限制的，必须先卸载插件": the note's case is
// not the steps').
func (d *doc) shareSentenceCause() {
	d.shareCause(func(f *finding) (any, bool) { return f.Offset, true }, func(f *finding) bool { return !f.tips })
}

// shareGroupCause gives the actions of one group (see groupMembers) the
// cause one of them was linked to, when none was linked to another.
func (d *doc) shareGroupCause() {
	d.shareCause(func(f *finding) (any, bool) { return f.group, f.group != nil }, func(*finding) bool { return true })
}

// shareCause gives each finding that linking left without a cause, and
// that takes one, the one cause the findings of its key were linked to;
// a key whose findings name two causes gives none. A finding for which
// key says false has no part in it.
func (d *doc) shareCause(key func(*finding) (any, bool), takes func(*finding) bool) {
	byKey := map[any]string{}
	mixed := map[any]bool{}
	for _, f := range d.findings {
		k, ok := key(f)
		if !ok || f.Cause == "" {
			continue
		}
		if c, seen := byKey[k]; seen && c != f.Cause {
			mixed[k] = true
		}
		byKey[k] = f.Cause
	}
	for _, f := range d.findings {
		if k, ok := key(f); ok && f.Cause == "" && byKey[k] != "" && !mixed[k] && takes(f) {
			f.Cause = byKey[k]
		}
	}
}

// causeNamedIn is the one cause whose whole label text names, aspect
// particles and punctuation aside, and not after a negation ("改写过历史
// 的分支只能这样推" names 改写了历史; "不是改写了历史" does not); "" when
// none or several do.
func (d *doc) causeNamedIn(text string) string {
	t := nameKey(text)
	found := ""
	for _, m := range d.causes {
		l := nameKey(m.label)
		if l == "" { // particles alone name nothing (and indexes needs a word)
			continue
		}
		named := false
		for k := range indexes(t, l) {
			if !negatedAt(t, k) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		if found != "" && found != m.label {
			return ""
		}
		found = m.label
	}
	return found
}

// nameKey is what causeNamedIn compares: the folded text without the
// particles 了, 过 and 的, which the same name takes or drops.
func nameKey(s string) string { return nameParticles.Replace(fold(s)) }

var nameParticles = strings.NewReplacer("了", "", "过", "", "的", "")

// conditionCause is the one cause a finding's condition restates in other
// words ("长期不登录的，按登录页提示完成验证" after 账号长期不用): the cause
// whose label shares the most topical words with the condition, no tie,
// and at least half the condition's words. A condition of many words of
// its own ("长期不在国内、换了新手机的") is a circumstance, not a cause. ""
// when none is.
func (d *doc) conditionCause(topical func(string) map[string]bool, cond string) string {
	// "如果是忘记还款导致的逾期": the case is the problem brought about by
	// what it names.
	cond = d.prob.causeOfItself(cond)
	if label, shared, of := d.sharedCause(topical, cond); label != "" && 2*shared >= of {
		return label
	}
	return ""
}

// sharedCause is the cause whose label shares the most topical words
// with text, no tie and at least one; with how many it shares, of how
// many text has. label is "" when no cause is such.
func (d *doc) sharedCause(topical func(string) map[string]bool, text string) (label string, shared, of int) {
	words := topical(text)
	score := make([]int, len(d.causes))
	for k, m := range d.causes {
		for g := range topical(m.label) {
			if words[g] {
				score[k]++
			}
		}
	}
	if k := uniqueMax(score); k >= 0 && score[k] > 0 {
		return d.causes[k].label, score[k], len(words)
	}
	return "", 0, len(words)
}
