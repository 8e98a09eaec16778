package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/zhtext"
)

// Slot trimming: a slot is what a careful reader writes down, without the
// filler around it — no connectives, no reader as subject, no modal, no
// trailing 等 / 即可, no examples.

// cleanSlot removes markup and folds white space: runs become one space,
// and a space between two Chinese characters goes.
func cleanSlot(s string) string {
	s = cutReplyTo(plainSlot(s))
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if !unicode.IsSpace(rs[i]) {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			j++
		}
		// A space between Chinese characters, or next to Chinese
		// punctuation, goes; between Latin words or symbols it stays
		// ("Select-Object -Property").
		if i > 0 && j < len(rs) && !(zhtext.IsHan(rs[i-1]) && zhtext.IsHan(rs[j]) || isWidePunct(rs[i-1]) || isWidePunct(rs[j])) {
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}

// replyToRe is a forum reply's "@name " before what it says to name.
var replyToRe = regexp.MustCompile(`^\s*(?:@[^\s@，,：:]{1,32}\s+)+`)

// cutReplyTo drops the "@name " a reply opens with ("@moonriver 那可能
// 是签名的问题").
func cutReplyTo(s string) string {
	if m := replyToRe.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

// possessive subjects that open a noun phrase ("用户的还款能力不足").
var subjectOwners = []string{"用户的", "您的", "你的", "客户的", "个人的", "自己的", "我们的", "大家的", "本人的"}

func stripSubject(s string) string {
	for {
		t, _, ok := cutPrefixAny(s, subjectOwners)
		if !ok {
			t, _, ok = cutPrefixAny(s, ownSubjects)
			if ok && readerCompound(strings.TrimSuffix(s, t), t) {
				ok = false // 个人信息, 客户端: part of the noun
			}
		}
		if !ok || t == s || runeLen(t) < 2 {
			return s
		}
		s = t
	}
}

// trimCause turns a cause clause into a cause label: "如果系统在检测到…
// 发现异常行为" → 异常行为, "客户存在违规使用花呗的行为" → 违规使用花呗的行为.
// It returns "" for vague causes (种种原因). threshold is the clause when
// it held a threshold ("芝麻信用分降到600以下"): then the label says the
// direction (芝麻信用分过低) and the threshold becomes a condition.
// reasonCount ends a label that counts the reasons it announces.
var reasonCount = regexp.MustCompile(`(?:[0-9]+|[一二两三四五六七八九十几多]+)\s*(?:条|个|点|种|类|方面|大类)$`)

// afterWords end in 后 without meaning "after" (联系售后), or close a
// range of versions ("升级至安全版本及其之后": that version or a later one).
var afterWords = []string{"售后", "善后", "落后", "幕后", "背后", "前后", "及其之后", "及之后", "及其以后", "及以后", "或之后", "或以后"}

func trimCause(s string) (label, threshold string) {
	s = cutExamples(trimEdges(cleanSlot(s)))
	// "刚开机十分钟内不凉是正常的": what the writer says is normal is no
	// fault, nor a cause of one.
	if hasSuffixAny(s, normalVerdicts) {
		return "", ""
	}
	// "被拒的原因主要有以下几类": it announces the causes, it names none.
	// "网贷逾期的原因就两条": it counts them.
	if containsAny(s, []string{"以下几", "如下", "下面几", "以下原因", "以下情况", "以下这些", "以下方面"}) ||
		containsAny(s, []string{"原因", "情况"}) && reasonCount.MatchString(s) {
		return "", ""
	}
	for changed := true; changed; {
		before := s
		// "那段时间频繁…", "前两天买了个山寨充电器": when, not what.
		s, _, _ = cutPrefixAny(s, []string{"那段时间", "这段时间", "那段日子", "那阵子", "那时候", "那时", "当时", "最近", "近期", "之前", "自从", "自打"})
		// Not when the time belongs to a noun's description ("上周推送的固
		// 件更新").
		if r, _, ok := cutPrefixAny(s, storyDays); ok && !strings.Contains(r, "的") {
			s = r
		}
		// "指出“撤销这些证书…": who says it, before what is said.
		s, _, _ = cutPrefixAny(s, []string{"指出", "表示", "警告称", "警告说", "声称", "据称", "称"})
		s, _, _ = cutConnective(s)
		// "…功率不够，或者数据线太细": the second of two causes.
		s, _, _ = cutPrefixAny(s, []string{"或者", "或是", "以及"})
		// "第一种是X", "二是X": a reason counted.
		s, _, _ = cutPrefixAny(s, ordinalOpeners)
		s, _, _ = cutPrefixAny(s, []string{"如果是", "如果说", "如果", "假如", "若是", "若", "要是", "一旦", "万一", "正是因为", "正是由于", "因为", "由于", "是因为", "是由于", "主要是", "就是", "可能是", "也是", "还是", "是",
			"原来是", "原来", "推测是", "猜测是", "应该是", "估计是", "大概率是",
			"不少用户", "很多用户", "许多用户", "部分用户", "有些用户", "一些用户", "大量用户", "有用户"})
		// "其核心驱动出现了bug", "在安装更新后", "由CrowdStrike代理导致":
		// not "其他", "在线", "由于".
		if r, _, ok := cutPrefixAny(s, []string{"其", "在", "由"}); ok && !hasPrefixAny(r, []string{"他", "它", "中", "次", "实", "余", "线", "于", "乎", "意", "此"}) {
			s = r
		}
		s, _, _ = cutPrefixAny(s, hedges)
		s = stripSubject(s)
		// "部分 Windows 10 和 Windows 11 用户在安装了最新预览版更新
		// KB5029351": which readers it happened to, before what they did.
		if k := strings.Index(s, "用户在"); k > 0 && runeLen(s[:k]) <= 32 && !strings.Contains(s[:k], "的") && startsWithAction(s[k+len("用户在"):]) {
			s = s[k+len("用户在"):]
		}
		// 也 / 还 as adverbs, not 还款逾期 or 还清.
		if !hasPrefixAny(s, []string{"还款", "还清", "还钱", "还贷", "还上", "还原", "还本"}) {
			s, _, _ = cutPrefixAny(s, []string{"也", "都", "还", "又", "甚至"})
		}
		s = trimEdges(s)
		changed = s != before
	}
	// What a system noticed: "系统检测到异常行为" → 异常行为. Not when
	// only a bare state follows ("网络发现没有打开"): then the word names
	// a feature, the subject of that state, and nothing was noticed.
	if k, w := lastIndexAny(s, perceptionVerbs); k >= 0 && runeLen(s[:k]) <= 26 && runeLen(s[k+len(w):]) >= 2 && !bareState(s[k+len(w):]) {
		s = stripSubject(trimEdges(strings.TrimPrefix(s[k+len(w):], "了"))) // "发现了病毒"
		s, _, _ = cutPrefixAny(s, []string{"是", "为", "存在", "有"})
	}
	s, _, _ = cutPrefixAny(s, []string{"存在", "出现了", "出现", "发生了", "发生"})
	// "DNS地址被莫名其妙篡改": how unexpected it was is no part of it.
	for _, w := range []string{"莫名其妙地", "莫名其妙", "不知不觉地", "不知不觉", "悄悄地", "偷偷地"} {
		s = strings.ReplaceAll(s, w, "")
	}
	// "某企业的路由器配置的DNS地址": whose it was, left unnamed.
	if strings.HasPrefix(s, "某") {
		if k := strings.Index(s, "的"); k > 0 && runeLen(s[:k]) <= 12 && runeLen(s[k+len("的"):]) >= 4 {
			s = s[k+len("的"):]
		}
	}
	// "一个通道文件" → 通道文件: a count says nothing about the cause.
	if r, _, ok := cutPrefixAny(s, append([]string{"某个", "某些"}, countWords...)); ok && runeLen(r) >= 3 {
		s = r
	}
	// "服务商会不定期对服务器进行维护升级": what the agent does.
	if k, w := indexAny(s, []string{"可能会", "也会", "将会", "会"}); k > 0 && runeLen(s[:k]) <= 6 && runeLen(s[k+len(w):]) >= 4 && !containsAny(s[:k], faultWords) &&
		!hasPrefixAny(s[k+len(w):], causalVerbs) { // not "冷凝器太脏会导致散热差"
		s = s[k+len(w):]
		s, _, _ = cutPrefixAny(s, hedges)
	}
	if k := strings.Index(s, "本身"); k > 0 && runeLen(s[:k]) <= 4 {
		s = s[:k] + s[k+len("本身"):] // 商家本身没有开通 → 商家没有开通
	}
	s, _, _ = cutPrefixAny(s, []string{"不定期", "定期", "暂时", "经常"})
	s = stripSubject(s)
	// "对系统进行维护、升级或更新" → 系统维护、升级或更新.
	if strings.HasPrefix(s, "对") {
		if k := strings.Index(s, "进行"); k > len("对") {
			s = s[len("对"):k] + s[k+len("进行"):]
		}
	}
	s, _ = cutAtCausalVerbTail(s)
	// "重大故障而瘫痪": the effect after 而.
	if k := strings.Index(s, "而"); k > 0 && containsAny(s[k:], titleStates) && !strings.HasPrefix(s[k:], "而且") {
		s = trimEdges(s[:k])
	}
	// Alternatives and concessions after a comma: the first names the cause.
	if k, _ := indexAny(s, []string{"，或者", ",或者", "，或是", "，或", ",或", "，但是", ",但是", "，但", ",但"}); k > 0 && runeLen(s[:k]) >= 4 {
		s = s[:k]
	}
	for changed := true; changed; {
		before := s
		// "IP 地址变了": a verb of one character keeps its 了 (not a
		// quality after 太: "滤网太脏了" → 滤网太脏).
		if x, ok := strings.CutSuffix(s, "了"); ok && hasSuffixAny(x, oneCharChanges) && !tooMuch(x) {
			break
		}
		s, _ = cutSuffixAny(s, []string{"等等", "等情况", "的情况", "等问题", "的问题", "的现象", "等原因", "等", "了", "的话", "导致", "所致", "引起", "之后", "以后", "后", "影响"})
		s = trimEdges(s)
		changed = s != before
	}
	// "Falcon Sensor 在数周前", "Falcon Sensor 软件在上周": when it
	// happened is not what caused it.
	if k := strings.LastIndex(s, "在"); k > 0 && (hasSuffixAny(s, []string{"前", "之前", "以前"}) || hasSuffixAny(s, pastTimes)) && runeLen(s[:k]) >= 2 && runeLen(s[k:]) <= 8 {
		s = trimEdges(s[:k])
	} else if r, _ := cutSuffixAny(s, pastTimes); r != s && runeLen(r) >= 2 {
		s = trimEdges(r)
	}
	// A number in a note ("内存不足被杀（Exited (137)）") is no threshold.
	// "房龄太老（一般超过25年）、评估价过低": a note inside the cause is an
	// aside; one at the end may name the case (Exited (137)).
	s = cutInnerNotes(s)
	if th := thresholdLabel(cutTrailingNote(s)); th != "" {
		return th, s
	}
	if runeLen(s) > 24 {
		if k := strings.IndexAny(s, ",，"); k > 0 && runeLen(s[:k]) >= 2 {
			s = s[:k]
		}
	}
	if runeLen(s) < 2 || isVagueCause(s) {
		return "", ""
	}
	return unpairedQuotes(s), ""
}

// countWords open a phrase with how many of a thing there are ("一个通道
// 文件", "一个反序列化漏洞").
var countWords = []string{"一个", "一款", "一次", "一项", "一处", "一种", "一些"}

// normalVerdicts end a clause that says something is normal.
var normalVerdicts = []string{"是正常的", "是正常", "很正常", "属于正常", "属正常", "正常现象"}

// pairedMarks open and close a quotation or a title, for unpairedQuotes
// and balanceQuotes, which count each side: unlike quotePairs (the marks
// that set off a name), they hold 《》 and leave out the ASCII quotation
// mark, whose two sides are one rune.
var pairedMarks = [][2]string{{"“", "”"}, {"「", "」"}, {"『", "』"}, {"《", "》"}}

// unpairedQuotes removes the quotation marks of s that lost their pair
// when the clause was cut ("开启了“优化电池充电" → 开启了优化电池充电).
func unpairedQuotes(s string) string {
	for _, q := range pairedMarks {
		if strings.Count(s, q[0]) != strings.Count(s, q[1]) {
			s = strings.ReplaceAll(strings.ReplaceAll(s, q[0], ""), q[1], "")
		}
	}
	return s
}

// cutInnerNotes removes the full-width bracketed notes that stand inside t,
// with more text after them.
func cutInnerNotes(t string) string {
	for {
		i := strings.Index(t, "（")
		if i < 0 {
			return t
		}
		j := strings.Index(t[i:], "）")
		if j < 0 || strings.TrimSpace(t[i+j+len("）"):]) == "" || strings.Contains(t[i+len("（"):i+j], "（") {
			return t
		}
		t = t[:i] + t[i+j+len("）"):]
	}
}

// cutTrailingNote removes a bracketed note that ends t ("X（Y）", "X (Y)"),
// keeping t when too little would be left.
func cutTrailingNote(t string) string {
	if !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
		return t
	}
	k := strings.IndexAny(t, "（(")
	if k <= 0 || hanCount(t[:k]) < 2 {
		return t
	}
	return strings.TrimSpace(t[:k])
}

// cutAtCausalVerbTail drops "…导致P" from a cause that still holds it.
func cutAtCausalVerbTail(s string) (string, bool) {
	if k, w := indexAny(s, causalVerbs); k > 0 {
		// "用 GITHUB_TOKEN 产生的事件不会触发新的 workflow": what does not
		// bring something about is the fault itself.
		if negatedAt(s, k) {
			return s, false
		}
		// "防火墙引起的数据包损坏": a noun phrase whose head, the damage,
		// is the cause; the agent alone ("防火墙") names no fault.
		if head, ok := strings.CutPrefix(s[k+len(w):], "的"); ok && runeLen(trimEdges(head)) >= 2 && !containsAny(head, causalVerbs) {
			return s, false
		}
		return trimEdges(trimCauseTail(s[:k])), true
	}
	return s, false
}

// thresholdLabel: "芝麻信用分降到600以下" → 芝麻信用分过低, "负债率超过70%" →
// 负债率过高; "" when s holds no threshold.
func thresholdLabel(s string) string {
	for _, set := range []struct {
		verbs []string
		dir   string
	}{{lowVerbs, "过低"}, {highVerbs, "过高"}} {
		k, w := indexAny(s, set.verbs)
		if k <= 0 || !hasNumber(s[k+len(w):]) {
			continue
		}
		subj := trimEdges(s[:k])
		subj, _ = cutSuffixAny(subj, []string{"已经", "已", "若", "一旦", "如果"})
		// "机器用了超过六年": after a verb's aspect (了, 过, 着) the
		// number measures the action; no quantity is too high.
		if runeLen(subj) < 2 || w == "达到" || hasSuffixAny(subj, []string{"了", "过", "着"}) {
			continue
		}
		// "距上次提取不足12个月": a span of time is too short or too long,
		// not a quantity too low or too high; the clause says it best.
		if spanOfTime(s[k+len(w):]) {
			continue
		}
		return subj + set.dir
	}
	return ""
}

// spanOfTime: s opens with a number and a unit of time ("12个月",
// "3个工作日", "半年").
func spanOfTime(s string) bool {
	t := strings.TrimSpace(s)
	rest := strings.TrimLeft(t, spanNumerals+".")
	if rest == t {
		return false
	}
	return hasPrefixAny(rest, timeUnits)
}

// spanNumerals write the number of a span of time (3, 半, 几).
const spanNumerals = "0123456789一二两三四五六七八九十百半几"

// timeUnits measure a span of time.
var timeUnits = []string{"个工作日", "工作日", "个多月", "个月", "个星期", "星期", "个小时", "小时", "分钟", "秒", "天", "日", "周", "月", "年"}

// pastTimes end a cause clause with when it happened ("软件在上周").
var pastTimes = []string{"上周", "上个月", "上月", "去年", "前天", "昨天", "昨日", "近日", "日前", "此前", "早些时候", "也曾", "曾经", "曾"}

func isVagueCause(s string) bool {
	// "而它也曾" → "它": a pronoun names nothing.
	if p := strings.TrimPrefix(s, "而"); hasPrefixAny(p, []string{"它", "他", "她"}) && runeLen(p) <= 4 {
		return true
	}
	// "这个事件", "该问题", "以下" (of "以下是…的原因："): a pointer, not
	// a cause.
	if hasPrefixAny(s, []string{"这", "该", "此", "那", "上述", "以上", "以下", "如下", "下面", "下列"}) && runeLen(s) <= 5 {
		return true
	}
	for _, v := range vagueCauses {
		if s == v {
			return true
		}
	}
	// "总结一句", "简单来说": a discourse marker labels no cause.
	if slices.Contains(summaryOpeners, s) || slices.Contains(connectives, s) {
		return true
	}
	if containsAny(s, []string{"什么", "哪些", "哪里", "哪个", "为何"}) {
		return true
	}
	// "最近确认的一个问题", "某些特定情况": the trouble itself, not its cause.
	if hasSuffixAny(s, []string{"问题", "情况", "原因", "因素", "错误", "故障"}) && containsAny(s, []string{"一个", "某个", "某些", "一些", "这个", "该", "此", "多种", "各种", "其他", "相关", "不同", "几种", "几个", "多个", "特殊", "以下", "下面", "这种", "那种", "一种", "两种"}) && runeLen(s) <= 12 {
		return true
	}
	// A program's state in its own words ("PLEG is not healthy") names
	// a fault without Chinese.
	return hanCount(s) < 2 && !quotesFailure(s) || strings.HasSuffix(s, "原因") && runeLen(s) <= 6
}

// cutExamples removes illustrations: ",如…", "(如…)", "比如…", "例如…".
// A case set aside in brackets is taken out first, and what follows it
// stays ("确保该属性（如果设置）配置为 false" → 确保该属性配置为 false).
func cutExamples(s string) string {
	s = asideCase.ReplaceAllString(s, "")
	// "使用抓包工具（如小黄鸟）拦截APP发出的请求": examples in brackets
	// are an aside; what follows them is still the slot's.
	s = cutBracketedExamples(s)
	for _, w := range []string{"，如", ",如", "(如", "（如", "，比如", ",比如", "，例如", ",例如", "比如", "例如", "，包括", ",包括", "，像", ",像"} {
		if k := strings.Index(s, w); k > 0 {
			s = s[:k]
		}
	}
	return trimEdges(s)
}

// asideCase is a case in brackets: "（如果不需要）", "(若已安装)".
var asideCase = regexp.MustCompile(`\s*[（(](?:如果|若|如若|假如)[^（()）]*[）)]`)

// asideExample is examples in brackets with the spaces around them:
// "（如Xposed）", " (比如 CCleaner) ".
var asideExample = regexp.MustCompile(`\s*[（(]\s*(?:如|比如|例如|譬如|像|包括)[^（()）]*[）)]\s*`)

// cutBracketedExamples removes the examples in brackets (asideExample)
// from s, looked for only when s has a bracket; one space is left where
// the aside parted two Latin words ("运行 kubectl (比如 v1.28) apply").
func cutBracketedExamples(s string) string {
	if !strings.ContainsAny(s, "（(") {
		return s
	}
	ms := asideExample.FindAllStringIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(s[last:m[0]])
		before, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		after, _ := utf8.DecodeRuneInString(s[m[1]:])
		if isLatinAlnum(before) && isLatinAlnum(after) {
			b.WriteByte(' ')
		}
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// measureAction is the action of a measure taken ("采取关闭RDL服务等
// 临时防范措施" → 关闭RDL服务), or "".
func measureAction(s string) string {
	inner, ok := strings.CutPrefix(s, "采取")
	if !ok {
		return ""
	}
	k := strings.LastIndex(inner, "措施")
	if k <= 0 || k+len("措施") != len(inner) {
		return ""
	}
	inner = inner[:k]
	if j := strings.LastIndex(inner, "等"); j > 0 {
		inner = inner[:j]
	}
	if inner = trimEdges(inner); startsWithAction(inner) {
		return inner
	}
	return ""
}

// threatWords name what a security measure is against.
var threatWords = []string{"漏洞", "攻击", "入侵", "风险", "威胁"}

// onlyPurpose: the goal of "通过X来Y" says only what the means are for —
// the problem going away (来解除冻结), a threat kept off (来禁用漏洞利
// 用), or something kept safe (来保护其 Docker 环境的安全, 以确保数据
// 安全) — so the means are the action.
func onlyPurpose(goal string) bool {
	if isResolution(goal) || containsAny(goal, threatWords) {
		return true
	}
	g, _, _ := cutPrefixAny(goal, []string{"更好地", "更好的", "有效地", "有效", "进一步", "全面"})
	return hasPrefixAny(g, []string{"保护", "保障", "防范", "防御", "抵御"}) ||
		hasPrefixAny(g, []string{"确保", "维护", "加强", "提升", "提高", "增强"}) && containsAny(g, []string{"安全", "稳定"})
}

// addressees end the description of those an advice is addressed to
// ("受影响的单位和用户", "使用上述设备和系统的用户", "华硕路由器用户").
var addressees = []string{"用户", "客户", "单位", "管理员", "开发者", "开发人员", "运维人员"}

// cutAddressee removes those an advice is addressed to from the front
// of the instruction: "所有用户立即将其部署更新到最新版本" → 立即将其部署
// 更新到最新版本. What follows must be the action or an adverb of haste;
// an instruction that names them as its object (联系客户经理) stays.
func cutAddressee(s string) string {
	k, w := lastIndexAny(s, addressees)
	if k <= 0 && !hasPrefixAny(s, addressees) || strings.ContainsFunc(s[:max(k, 0)], func(r rune) bool { return isComma(r) || r == '。' }) {
		return s
	}
	before := s[:max(k, 0)]
	rest := s[k+len(w):]
	rest, _, _ = cutPrefixAny(rest, []string{"们"})
	haste := hasPrefixAny(rest, []string{"立即", "尽快", "及时", "即刻", "马上", "立刻", "务必", "应", "需", "要", "可", "请"})
	if startsWithAction(s) {
		// An instruction may name them as its object (联系客户经理, 通知用户
		// 升级). They are its subject only when a relative clause (使用受影
		// 响版本HCX的用户尽快升级) or the tail of a coordination (和家庭用户
		// 尽快测试, after 管理员 was cut) describes them and an adverb of
		// haste or a modal follows.
		// "使用上述系统的单位和用户": the relative clause describes both.
		if !haste || !(describes(before) && runeLen(before) <= 30 || hasPrefixAny(s, []string{"和", "及", "与"}) && runeLen(before) <= 8) {
			return s
		}
		return rest
	}
	if runeLen(before) > 16 {
		return s
	}
	if haste || startsWithAction(rest) {
		return rest
	}
	return s
}

// describes: before, the words in front of an addressee, hold a
// relative clause that describes them: "使用上述系统的" (of 用户), "受影响的
// 单位和" (of 用户: the clause describes both), "使用不受支持版本的服务提供
// 商" (of 用户: a noun may stand between), "在企业环境中使用7-Zip的IT管理员
// 和软件" (of 开发者).
func describes(before string) bool {
	return strings.Contains(before, "的")
}

// trimRemedy turns an instruction into a remedy label: "通过兼职工作、副业
// 来提高收入水平" → 提高收入水平, "提供相关证明文件来解除冻结" → 提供相关证明
// 文件, "耐心等待系统恢复正常即可" → 耐心等待系统恢复正常.
func trimRemedy(s string) string {
	s = cutExamples(trimEdges(cleanSlot(s)))
	for changed := true; changed; {
		before := s
		if r, _, ok := cutConnective(s); ok {
			s = r
		}
		// "并将X添加到列表": the second action of a sentence keeps its
		// 并 (not 并发, 并行: those are nouns).
		if r, ok := strings.CutPrefix(s, "并"); ok && (startsWithAction(r) || hasPrefixAny(r, []string{"将", "把", "在"})) {
			s = r
		}
		s = stripSubject(cutAddressee(s))
		// "应优先考虑这些补丁", after its addressee was cut.
		if r, ok := strings.CutPrefix(s, "应"); ok && !hasPrefixAny(s, modalLookalikes) && !hasPrefixAny(s, []string{"应该", "应当"}) {
			s = r
		}
		// "考虑增加Replica Count", "或配置更合理的HPA策略": a suggestion
		// and an alternative (not 考虑到, considering; not 或许, perhaps).
		if r, w, ok := cutPrefixAny(s, []string{"考虑", "或者", "或"}); ok && !hasPrefixAny(s, []string{"考虑到", "或许"}) && (w != "考虑" || startsWithAction(r)) {
			s = r
		}
		if !hasPrefixAny(s, adverbLookalikes) {
			s, _, _ = cutPrefixAny(s, []string{"可以", "需要", "应该", "应当", "必须", "务必", "建议", "请", "尽量", "尽可能", "最好", "一定要", "要", "还要", "也要", "不妨", "尝试", "试着", "再", "先", "也", "都", "就"})
		}
		// "先pull到sd卡，在将文件拷贝到/data/local": 在 for 再, the
		// genre's common slip, when no time or place closes the clause
		// (not "在将数据转移到境外之前").
		if r, ok := strings.CutPrefix(s, "在"); ok && hasPrefixAny(r, []string{"将", "把"}) && !hasSuffixAny(s, []string{"时", "前", "后", "中", "时候", "期间", "过程中", "上"}) {
			s = r
		}
		// "去下载驱动" → 下载驱动; "去小区的快递驿站问一圈" keeps 去: no
		// action follows it, it is the verb (go to a place). "同样找客服
		// 重置" → 找客服重置 (likewise), but not 同样的方法.
		if r, _, ok := cutPrefixAny(s, []string{"先去", "去", "同样"}); ok && startsWithAction(r) {
			s = r
		}
		// "别慌，去驿站问一圈": the reassurance before the action (not
		// "别急着投诉": don't rush to complain, a warning).
		if r, _, ok := cutPrefixAny(s, reassurances); ok && !strings.HasPrefix(r, "着") {
			s = r
		}
		if r, ok := strings.CutPrefix(s, "注意"); ok && hasPrefixAny(r, []string{"不要", "别", "避免", "切勿", "防止", "保护", "保持", "不"}) {
			s = r
		}
		s, _, _ = cutPrefixAny(s, []string{"及时采取措施", "采取相应措施", "采取相应的措施", "采取措施", "按照提示", "根据具体情况", "根据实际情况", "根据自查结果", "根据需要", "视情况", "通常", "一般"})
		s = trimEdges(s)
		changed = s != before
	}
	if inner := measureAction(s); inner != "" {
		s = inner
	}
	// 通过X来Y: Y is the action unless it is only the way out of the
	// problem (通过提高账号活跃度来解除花呗限制 → 提高账号活跃度).
	if rest, ok := strings.CutPrefix(s, "通过"); ok {
		k, w := meansEnd(rest)
		// "通过修改设置似乎可以临时解决": the means, before the modal.
		if r, _ := indexAny(rest, []string{"解决", "修复", "恢复", "规避"}); r > 0 && (k < 0 || k > r) {
			if m, mw := indexAny(rest[:r], []string{"似乎可以", "似乎能", "也许可以", "或许可以", "可以", "能够", "就能", "即可", "就可"}); m > 0 {
				k, w = m, mw
			}
		}
		if k < 0 && (startsWithAction(rest) || navigates(rest)) && !hasPrefixAny(rest, actionNouns) {
			// "通过访问Windows搜索框…打开命令提示符窗口": no goal after the
			// means; the means is the action.
			s = trimEdges(rest)
		} else if k > 0 {
			means, goal := trimEdges(rest[:k]), trimEdges(rest[k+len(w):])
			switch {
			// "通过…将LoginGraceTime设置为0来禁用漏洞利用": a goal that
			// names the threat is the way out of it, too.
			case goal == "" || containsAny(goal, []string{"报告", "说明情况", "反映", "您的情况", "情况"}) || onlyPurpose(goal):
				// "通过采取一些基本的安全预防措施来保护自己": measures of no
				// named kind, which remedyOK turns down.
				if startsWithAction(means) || vagueMeasure(means) {
					s = means
				} else {
					s = "通过" + means // the channel is the remedy: 通过客服热线
				}
			default:
				s = goal
			}
		}
	}
	// "重启电脑就可以恢复正常", "用记事本打开就能看到文字内容": what the
	// action is enough for, after it (a bare "…即可" is cut below).
	if k, w := indexAny(s, enoughResults); k > 0 && runeLen(s[:k]) >= 2 && runeLen(s[k+len(w):]) >= 2 && !strings.ContainsAny(s[k+len(w):], "，,") {
		s = trimEdges(s[:k])
	}
	// A goal after the action that is only the way out: "来解除冻结".
	for _, w := range []string{"来解除", "以解除", "来恢复", "以恢复", "来解决", "以解决", "来解封", "以便", "以免", "以确保", "以保证", "从而", "进而", "来帮助", "帮助恢复", "找到问题", "找出问题", "查明原因", "找出原因",
		// …or what it keeps off or safe ("限制存储的个人信息量来免受此类漏洞影响").
		"来免受", "来避免", "来防止", "来防范", "来确保", "来排查",
		// …or what it keeps up ("进行全盘杀毒来维护计算机安全").
		"来维护", "以维护", "来保障", "以保障",
		// …or the flaw or risk it mitigates ("禁用OWA来缓解此漏洞"), not
		// what it blocks or keeps safe, which says what the action is
		// ("使用 WAF 来阻止对易受攻击的 API 的访问").
		"来缓解", "来减轻", "来修复", "来修补", "来降低", "来防护", "来防御", "来抵御",
		// …or what it helps with ("运行 guix gc 将有助于清理…").
		"将有助于", "会有助于", "有助于"} {
		if k := strings.Index(s, w); k > 0 {
			s = s[:k]
		}
	}
	// "禁用 Falcon Sensor 软件套件将在调查期间缓解崩溃": 将 after the
	// action's object opens what the action will do.
	for _, w := range []string{"将会", "将在", "将可", "将能"} {
		if k := strings.Index(s, w); k > 0 && startsWithAction(s[:k]) && !hasSuffixAny(s[:k], []string{"并", "再", "然后", "，", ","}) {
			s = s[:k]
		}
	}
	// "升级到 44.6.2.30589 或更高版本将修复该漏洞": the outcome, the
	// problem pointed back at as fixed, stated after the action without a
	// comma (enoughResults above cut only where no comma follows).
	if loc := fixOutcomeRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	// "禁用IPv6可作为临时缓解措施": the action, then what kind of fix it
	// is. (Not when the action alone says nothing: "禁用它" points back.)
	if loc := fixKindRe.FindStringIndex(s); loc != nil && loc[0] > 0 && startsWithAction(s[:loc[0]]) && !notAnAction(s[:loc[0]]) {
		s = s[:loc[0]]
	}
	if k := purposeWithin(s); k > 0 {
		s = s[:k]
	}
	// "配置Outlook以纯文本形式阅读邮件指南可参考": where the steps are
	// written, after the action they are for.
	if r, ok := cutSuffixAny(s, []string{"可参考", "请参考", "可参见", "请参见", "详见", "见下文", "见下图"}); ok {
		r, _ = cutSuffixAny(r, []string{"的指南", "指南", "的方法", "方法", "的步骤", "步骤", "的教程", "教程", "的文档", "文档"})
		if startsWithAction(r) {
			s = r
		}
	}
	s = findAndAct(s)
	for changed := true; changed; {
		before := s
		// A noun that ends in 后 (联系售后) ends in nothing to cut.
		// "耐心等就行": 等 after an adverb is the verb (wait), not "etc.".
		waitVerb := strings.HasSuffix(s, "等") && hasSuffixAny(strings.TrimSuffix(s, "等"), []string{"耐心", "再", "先", "慢慢", "多", "稍", "静静", "只能", "只好"})
		// "把充电时间改到夜里11点以后": 以后 is part of the time set.
		if !hasSuffixAny(s, afterWords) && !waitVerb && !movedToTimeRe.MatchString(s) {
			s, _ = cutSuffixAny(s, []string{"即可", "就可以了", "就可以", "就行了", "就行", "就好了", "就好", "也行", "也可以", "也成", "了", "吧", "等等", "等", "等操作", "等方式", "的操作", "之后", "以后", "后", "马上", "立刻", "立马"})
		}
		s = trimEdges(s)
		changed = s != before
	}
	// Too long: the way to the setting goes before the action done there
	// ("右键任务栏时间 > 调整日期/时间，打开“自动设置时间”并立即同步").
	// An aside in brackets ("（有的写着SOURCE）") adds no length.
	// A place before the way ("在WebLogic控制台中选择“服务”->“协议”，
	// 取消“启用IIOP”的勾选") is where the action is done too, and stays.
	for wordLen(dropAsides(s)) > 30 {
		k := strings.IndexFunc(s, isComma)
		if k <= 0 {
			break
		}
		place, way := splitPlace(s[:k])
		if !navOnly(way) {
			break
		}
		s = place + trimEdges(s[k:])
	}
	if wordLen(dropAsides(s)) > 30 {
		// The last comma within 30 words ends it.
		cut := -1
		for i, r := range s {
			if wordLen(s[:i]) > 30 {
				break
			}
			if isComma(r) && wordLen(s[:i]) >= 4 {
				cut = i
			}
		}
		if cut > 0 {
			s = trimEdges(s[:cut])
		}
	}
	return dropPossessive(balanceQuotes(cutVerdict(cutPraise(cutLinkTail(s)))))
}

// linkTailRe: a colon and nothing after it but a web address.
var linkTailRe = regexp.MustCompile(`\s*[：:]\s*(?:https?://|www\.)[^\s，,。；;]+[。.]?$`)

// cutLinkTail cuts the address an action points to after a colon ("前往
// 下载更新至2.25.2版本：https://github.com/…/releases"): where to do it,
// not what to do. A command that holds an address after its colon ("把
// 超时时间调大：pip install torch -i https://…") is the step and stays.
func cutLinkTail(s string) string {
	if loc := linkTailRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return trimEdges(s[:loc[0]])
	}
	return s
}

// linkLabel: the name of an address the article gives ("下载链接", "补丁
// 地址", "官方下载地址"), not an action though it opens on 下载.
func linkLabel(r string) bool {
	r = strings.TrimRight(r, "：: ")
	for _, w := range []string{"链接", "地址", "网址", "入口"} {
		if rest, ok := strings.CutSuffix(r, w); ok {
			rest = strings.NewReplacer("下载", "", "补丁", "", "官方", "", "参考", "", "更新", "", "升级", "", "相关", "", "以下", "", "如下", "", "的", "").Replace(rest)
			return rest == ""
		}
	}
	return false
}

// splitPlace splits a clause into the place it opens on ("在WebLogic控制
// 台中") and the rest; place is "" when the clause opens on none.
func splitPlace(clause string) (place, rest string) {
	if !strings.HasPrefix(clause, "在") {
		return "", clause
	}
	for _, end := range []string{"中", "里", "上", "内"} {
		for k := range indexes(clause, end) {
			p := clause[:k+len(end)]
			if r := strings.TrimSpace(clause[k+len(end):]); r != "" && isPlace(p) && navigates(r) {
				return p, r
			}
		}
	}
	return "", clause
}

// dropPossessive removes 其 where it means the addressee's ("立即将其
// macOS 系统更新到最新版本", "登录其 DigiCert 帐户", "在其设备上启用…"),
// in the remedy's first action: after 将 or 把, after an action verb, or
// after a 在 that opens a phrase. A remedy does not name whom the advice
// is for. 其 as the object stays ("将其删除", "对其进行审查"), as does a 其
// that is another's ("适合其型号", "储存在其服务上"), and the words it
// begins (其他, 其中, 其余) and 及其.
func dropPossessive(s string) string {
	return dropEach(s, "其", func(before, after string) bool {
		next := strings.TrimLeft(after, " ")
		// In a later action, 其 is as often what an earlier one named
		// ("及时更新身份信息并保持其稳定性").
		first := !containsAny(before, []string{"并", "，", ",", "、", "然后", "再"})
		owner := first && (hasSuffixAny(before, []string{"将", "把"}) || hasSuffixAny(before, actionVerbs) ||
			strings.HasSuffix(before, "在") && openerAt(strings.TrimSuffix(before, "在")))
		// "将其实例更新至…": 其 and 实例, not 其实.
		word := hasPrefixAny(after, qiWords) && !hasPrefixAny(after, qiPossessedWords)
		return owner && next != "" && !word && !startsWithAction(next) && !hasPrefixAny(next, qiObjectFollowers)
	})
}

// openerAt: a 在 after head opens a phrase ("在其帐户上", "确保 Play
// Protect 在其设备上"), not a verb's complement ("储存在其服务上"): head
// is empty or does not end in a Han character.
func openerAt(head string) bool {
	r, _ := utf8.DecodeLastRuneInString(head)
	return head == "" || !zhtext.IsHan(r)
}

var (
	// qiWords begin with 其 and are not the possessive.
	qiWords = []string{"他", "它", "中", "余", "次", "实", "间", "后", "前", "一"}
	// qiPossessedWords start with a rune of qiWords and are a thing 其
	// owns ("其实例", "其中间件").
	qiPossessedWords = []string{"实例", "中间件", "后台", "一体机"}
	// qiObjectFollowers follow 其 as an object ("将其连同目录一并删除",
	// "将其设为 false", "对其进行审查", "将其应用于…").
	qiObjectFollowers = []string{"进行", "连同", "设为", "设置为", "改为", "作为", "应用", "与", "和", "一并", "全部", "彻底", "从", "移出", "移到", "放到", "加入", "添加到"}
)

// praiseTail is a judgement of the action that ends its clause: "查看并
// 实施…缓解措施至关重要", "及时应用这些更新是防范这些漏洞被利用的最有效方法".
var praiseTail = regexp.MustCompile(`(?:(?:是|乃是)[^，,。；]{0,24}?(?:最有效|最好|最佳|最简单|最直接|最可靠|唯一|有效|重要|关键)的?(?:方法|办法|途径|手段|方式|措施|一步|步骤)|(?:显得|就)?(?:至关重要|非常重要|十分重要|尤为重要|极为重要|很重要|非常关键|很关键|是关键))$`)

// cutPraise removes a judgement of the action from its end, unless what
// it judges is only a pronoun (这一点至关重要).
func cutPraise(s string) string {
	loc := praiseTail.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return s
	}
	if t := trimEdges(s[:loc[0]]); hanCount(t) >= 2 && !hasPrefixAny(t, []string{"这", "此", "那", "该", "其"}) {
		return t
	}
	return s
}

// verdictWords judge a method in a parenthesis after it ("（简单）",
// "（较为复杂，不推荐）"): the reader's note, not part of the action.
var verdictWords = []string{"简单", "复杂", "推荐", "方便", "麻烦", "容易", "困难", "繁琐", "快捷", "最佳", "最优", "有效", "无效", "风险", "优点", "缺点", "耗时"}

// cutVerdict removes a closing parenthesis that judges the method.
func cutVerdict(s string) string {
	for _, q := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(s, q[1]) {
			continue
		}
		k := strings.LastIndex(s, q[0])
		if k <= 0 {
			continue
		}
		if inner := s[k+len(q[0]) : len(s)-len(q[1])]; containsAny(inner, verdictWords) && runeLen(inner) <= 16 {
			if t := trimEdges(s[:k]); runeLen(t) >= 2 {
				return t
			}
		}
	}
	return s
}

// meansEnd finds where the means of "通过X来Y" ends: at 等方式 / 的方式,
// or at a 来 that opens an action (not the 来 of 来源).
func meansEnd(rest string) (int, string) {
	if k, w := indexAny(rest, []string{"等方式来", "的方式来", "等方式", "的方式", "等途径", "等手段", "的方法"}); k > 0 {
		return k, w
	}
	for k := range indexes(rest, "来") {
		after := rest[k+len("来"):]
		if k > 0 && (startsWithAction(after) || isResolution(after) || hasPrefixAny(after, []string{"报告", "说明", "反映", "证明", "验证"})) {
			return k, "来"
		}
	}
	return -1, ""
}

// isResolution: the phrase is the problem going away, not an action.
func isResolution(s string) bool {
	s, _, _ = cutPrefixAny(s, []string{"临时", "暂时", "彻底", "快速", "有效", "完全", "从根本上"})
	// "恢复出厂设置", "恢复为默认值": restoring a setting is an action.
	if hasPrefixAny(s, []string{"恢复出厂", "恢复默认", "恢复初始", "恢复备份", "恢复为", "恢复成", "恢复到", "恢复数据", "恢复系统"}) {
		return false
	}
	return hasPrefixAny(s, []string{"解除", "解决", "恢复", "解封", "解冻", "修复", "解锁", "规避", "绕过此问题", "避免此问题"})
}

// mannerOnlyRe is a remedy that is only the manner of a step: what it
// goes by (根据实际业务需求, 按照页面提示, 视具体情况), with no step after it.
var mannerOnlyRe = regexp.MustCompile(`^(?:根据|按照|依据|依照|遵照|参照|结合|视|按)[^，,。；;]{0,12}(?:需求|需要|情况|要求|提示|指引|指示|说明|规定|建议|实际)$`)

// topicActionVerbs: the verbs that make "对X…" an action on X (对系统进行
// 更新, 对数据加以备份) rather than the topic of one.
var topicActionVerbs = []string{
	"进行", "加以", "予以", "实施", "采取", "开展", "执行", "作", "做", "设置", "保持", "开启", "关闭", "启用", "禁用",
	"更新", "升级", "检查", "检测", "扫描", "删除", "清除", "清理", "处理", "限制", "拦截", "屏蔽", "隔离", "备份",
	"修改", "配置", "重启", "安装", "卸载", "授权", "加密", "打补丁", "确认", "核实",
}

// quotesNest: every closing curly quote of s closes one opened before it,
// and every one opened is closed.
func quotesNest(s string) bool {
	depth := 0
	for _, c := range s {
		switch c {
		case '“':
			depth++
		case '”':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// fixOutcomeRe is the outcome of an action: the problem pointed back at
// as fixed ("将修复该漏洞", "即可解决此问题").
var fixOutcomeRe = regexp.MustCompile(`(将|可|即可|就可以|就能|便可|会|能够?)(修复|解决|修补|缓解|消除)(该|此|这个|这一|这些|上述|以上|所述)(漏洞|问题|缺陷|故障|错误)`)

// fixKindRe says, after an action, what kind of fix it is ("可以作为临时
// 缓解措施", "可作为一种临时解决方案").
var fixKindRe = regexp.MustCompile(`(?:也)?(?:可以|可|能)?作为(?:一种|一个|一项)?(?:临时|暂时|短期)?(?:的)?(?:缓解|解决|应对|防护|规避|补救|预防)?(?:措施|方案|办法|方法|手段)$`)

// enoughResults join an action to what it is enough for ("就能看到",
// "就可以恢复正常", "即可恢复").
var enoughResults = []string{"就可以", "就能够", "就能", "即可", "便可以", "便能", "便可"}

// storyDays are the days of a story before the trouble ("前两天买了个
// 山寨充电器").
var storyDays = []string{"前几天", "前两天", "前些天", "前些日子", "前段时间", "前阵子", "上周", "上个月", "昨天", "前天"}

// storyTimes open a clause of a story, set at a time before the trouble
// or before the fix (最近, 当时, 一开始): what it tells was done then.
var storyTimes = []string{"最近", "前几天", "前段时间", "前阵子", "之前", "以前", "当时", "那天", "昨天", "上周", "上个月", "去年", "刚才", "刚开始", "一开始", "起初", "本来", "原本"}

// oneCharChanges are verbs of one character that say something changed
// or broke ("IP 地址变了", "网线松了"): without their 了 they read cut off.
var oneCharChanges = []string{"变", "坏", "满", "断", "丢", "松", "脏", "旧", "破", "漏", "烧", "湿", "堵", "歪", "乱", "挂", "崩"}

// vendorPitch, in a remedy, mark a vendor's offer of its own product
// rather than a step ("请用户联系相关产品区域负责人获取对应产品").
var vendorPitch = []string{"区域负责人", "获取对应产品", "获取相关产品", "购买我司", "我司产品", "本公司产品"}

// stepNouns name steps taken, of no kind named ("进行一系列步骤",
// "采取行动"): a list after them holds the steps.
var stepNouns = []string{"步骤", "措施", "操作", "行动"}

// vagueMeasure: the remedy only says to take measures, of some kind but
// none named ("尽快采取修补措施", "采取临时缓解措施", "积极主动采取措施"),
// or to follow the best practices of something ("遵循保护 SIEM 部署的最佳
// 实践"); "采取关闭RDL服务等临时防范措施" names one.
// vagueVigilance: advice to fix, or to mind, what the article is about,
// with nothing named to do ("尽快修复", "注意潜在危险的网络威胁", "注重安全防
// 护", "关注新闻"); not a thing to watch for ("警惕…网络钓鱼企图").
func vagueVigilance(r string) bool {
	r, _, _ = cutPrefixAny(strings.TrimRight(r, "。！!"), []string{"尽快", "及时", "立即", "马上", "尽早"})
	switch r {
	case "修复", "修复漏洞", "修复该漏洞", "修复此漏洞", "修复相关漏洞", "进行修复", "完成修复":
		return true
	}
	if hasPrefixAny(r, []string{"注意", "关注", "注重", "重视"}) && hasSuffixAny(r, []string{"威胁", "风险", "安全", "防护", "新闻", "动态", "消息"}) {
		return true
	}
	return false
}

// countedMeasuresRe: measures taken by their count ("实施五项关键控制措施").
var countedMeasuresRe = regexp.MustCompile(`^(实施|采取|落实|执行|做好)([0-9]+|[一二两三四五六七八九十几多]+)(项|条|个|种|类)[^，。；]{0,8}(措施|建议|步骤|方法)`)

func vagueMeasure(r string) bool {
	r, _, _ = cutPrefixAny(r, []string{"积极主动", "积极", "主动", "尽快", "立即", "及时", "迅速", "马上", "立刻", "务必"})
	// "遵循保护 SIEM 部署的最佳实践": practices, none named.
	if hasPrefixAny(r, []string{"遵循", "遵守", "采用", "实施", "采取", "参考", "按照", "践行"}) && strings.HasSuffix(strings.TrimRight(r, "。."), "最佳实践") {
		return true
	}
	// "要分情况来看", "具体情况具体分析": it depends, no step.
	if hasPrefixAny(r, []string{"分情况", "看情况", "视情况而定", "具体情况具体分析", "具体问题具体分析"}) {
		return true
	}
	// "实施五项关键控制措施来提高网络安全性": measures counted, none named.
	if countedMeasuresRe.MatchString(r) {
		return true
	}
	rest, ok := strings.CutPrefix(r, "采取")
	if !ok {
		return false
	}
	// "立即采取行动": action, of no kind.
	// "立即采取行动，降低 CVE-2024-9511 带来的风险", "采取行动以降低风
	// 险": action, for a purpose (but "采取行动保护账户" says which).
	if after, ok := strings.CutPrefix(rest, "行动"); ok {
		purpose := strings.TrimLeft(after, "，, ")
		if runeLen(after) < 3 || hasPrefixAny(purpose, []string{"以", "来"}) || purpose != after && hasPrefixAny(purpose, []string{"降低", "减少", "减轻", "防止", "避免", "应对"}) {
			return true
		}
	}
	// Up to two runes may follow (采取措施吧), as for vagueRemedies.
	k := strings.LastIndex(rest, "措施")
	if k < 0 || runeLen(rest[k+len("措施"):]) >= 3 {
		return false
	}
	rest = rest[:k]
	for rest != "" {
		var cut bool
		if rest, _, cut = cutPrefixAny(rest, measureKinds); !cut {
			return false
		}
	}
	return true
}

// measureKinds say what kind of measure without naming one.
var measureKinds = []string{
	"临时", "缓解", "防护", "防范", "安全", "修补", "补救", "应对", "必要", "相应", "有效", "适当", "紧急", "预防", "一些", "基本",
	"进一步", "相关", "保护", "积极", "的", "性",
}

// verbOnName: one Han verb of actionVerbs acting on a name written in
// Latin letters ("用 Node 16", "换 Chrome"): a step, though it holds a
// single Han character. Most one-character verbs (删, 装, 改) are not in
// actionVerbs, so this reaches 用, 换 and 去 only.
func verbOnName(r string) bool {
	rest, w, ok := cutPrefixAny(r, actionVerbs)
	if !ok || hanCount(w) != 1 || hanCount(rest) != 0 {
		return false
	}
	letters := 0
	for i := 0; i < len(rest); i++ {
		if isLatinLetter(rest[i]) {
			letters++
		}
	}
	return letters >= 2
}

// remedyOK rejects remedies that say nothing to do: reading the article
// (了解原因), vague (采取相应的措施), the outcome (继续使用花呗).
func remedyOK(r string, p *problem) bool {
	if runeLen(r) < 2 || hanCount(r) < 2 && !looksLikeCommand(r) && !verbOnName(r) {
		return false
	}
	// "注意，…": 注意 on its own marks a note; it is no step.
	if slices.Contains(noteMarkers, r) {
		return false
	}
	// "更新于 2023年10月26日": when the page was updated, not "update".
	if rest, _, ok := cutPrefixAny(r, []string{"更新于", "发布于", "发表于", "修改于", "编辑于"}); ok && strings.IndexAny(strings.TrimSpace(rest), "0123456789") == 0 {
		return false
	}
	for _, v := range vagueRemedies {
		if r == v || strings.HasPrefix(r, v) && runeLen(r)-runeLen(v) < 3 {
			return false
		}
	}
	if vagueMeasure(r) || vagueVigilance(r) {
		return false
	}
	// "联系相关产品区域负责人获取对应产品": a vendor's pitch for its product.
	if containsAny(r, vendorPitch) {
		return false
	}
	// "（当防御失败时应该）做什么", "怎么做": the question, not its answer.
	if runeLen(r) <= 5 && containsAny(r, []string{"什么", "怎么", "如何", "怎样", "哪些"}) {
		return false
	}
	// "扩展坞连接的外接显示器出现黑屏或闪烁": a thing that fails, not a step
	// (not "检查是否出现异常", a check).
	if k := strings.Index(r, "出现"); k > 0 && (leadSymptomLex.in(r[k:]) || symptomTitleLex.in(r[k:])) && !containsAny(r[:k], []string{"是否", "有没有", "会不会", "避免", "防止", "不再"}) {
		return false
	}
	if containsAny(r, []string{"以下几点", "以下方法", "以下几种", "以下步骤", "以下方式", "以下措施", "以下操作", "如下"}) {
		return false
	}
	// "采取以下防范措施", "参考以下安全建议": the announcement of a list.
	if strings.Contains(r, "以下") && hasSuffixAny(r, []string{"措施", "建议", "方法", "办法", "步骤", "操作", "方式", "方案"}) {
		return false
	}
	if rest, _, ok := cutPrefixAny(r, metaVerbs); ok && (strings.HasSuffix(rest, "原因") || strings.HasSuffix(rest, "问题") || strings.HasSuffix(rest, "问题所在") || rest == "") {
		return false
	}
	if hasPrefixAny(r, outcomeStarts) {
		return false
	}
	// "通过以下链接下载官方应用程序”“由于XXX软件更新…": the span runs
	// across quoted words (a lure the article warns of), not an action.
	// Names quoted one after another ("勾选“临时文件”“回收站”") are fine.
	if strings.Contains(r, "”“") && !quotesNest(r) || strings.Count(r, "“") != strings.Count(r, "”") {
		return false
	}
	// "对已下载的可疑文件" (，可…): the topic of the advice, not the
	// action, when no verb follows what it names.
	if rest, _, ok := cutPrefixAny(r, []string{"对于", "对"}); ok && !containsAny(rest, topicActionVerbs) &&
		!hasPrefixAny(r, []string{"对方", "对话", "对应", "对照", "对比", "对象", "对接", "对齐", "对准", "对讲"}) {
		return false
	}
	// "根据实际业务需求" (，对…设置拦截策略): the manner of the step that
	// follows, cut from it.
	if mannerOnlyRe.MatchString(r) {
		return false
	}
	if isResolution(r) && !strings.Contains(r, "申请") {
		return false // 解除冻结: the outcome; 申请解除冻结 is an action
	}
	// "提交后一般3-5个工作日内会有结果": what happens after a step, not
	// the step.
	if _, w, ok := cutPrefixAny(r, actionVerbs); ok && hasPrefixAny(r[len(w):], []string{"后", "之后", "以后"}) && containsAny(r, []string{"会有", "会收到", "会出", "会恢复", "会自动"}) {
		return false
	}
	// "修改该参数需要重启实例", "安装此补丁可能需要重启": what a step
	// pointed back to takes or brings, a note about it, not a step.
	if _, w, ok := cutPrefixAny(r, actionVerbs); ok && hasPrefixAny(r[len(w):], []string{"该", "此", "这个", "这些", "这项", "上述", "以上"}) {
		rest := r[len(w):]
		if k, _ := indexAny(rest, []string{"需要", "需", "会", "将会", "可能"}); k > 0 && runeLen(rest[:k]) <= 8 {
			return false
		}
	}
	// "(需要)注意的一点是": the frame that announces the advice; "用户应
	// 该意识到，…": what to know, not to do.
	if hasPrefixAny(r, []string{"注意的是", "做的", "了解", "理解", "意识到", "认识到", "对照", "看看"}) || hasSuffixAny(r, []string{"的是", "一点是", "一条是", "一项是"}) {
		return false
	}
	// "感谢您的支持": a courtesy, not an action.
	if hasPrefixAny(r, []string{"感谢", "谢谢", "多谢"}) {
		return false
	}
	// 参考 the figure or the text above is no action; 参考官方文档或社区论坛
	// (a source of help) is.
	if rest, ok := strings.CutPrefix(r, "参考"); ok && !hasPrefixAny(strings.TrimPrefix(rest, "一下"), helpSources) {
		return false
	}
	if notAnAction(r) || linkLabel(cutLinkTail(r)) {
		return false
	}
	_, ok := finishRemedy(r)
	return ok
}

// helpSources are where a reader stuck with a problem finds help.
var helpSources = []string{"官方", "文档", "帮助", "手册", "社区", "论坛", "FAQ", "知识库", "说明书", "用户指南"}

// habitWords name a habit: a prohibition of a habit (不要频繁更换登录设备)
// tells the reader to stop what brings the problem on, a way out.
var habitWords = []string{"频繁", "经常", "反复", "总是", "长期", "随意", "过度", "多次", "短时间内", "一直", "老是"}

// baitRefused: a prohibition of what a fraud or a lure asks of its
// victim ("不要透露给任何人", "不要和陌生人共享屏幕", "切勿轻易转账"): the
// way out of the trap, not a warning about the device.
func baitRefused(r string) bool {
	rest, _, ok := cutPrefixAny(r, dontOpeners)
	return ok && containsAny(rest, baitActions)
}

// baitActions are what a fraud asks of its victim.
var baitActions = []string{"透露", "泄露", "告诉他人", "告知他人", "共享屏幕", "屏幕共享", "转账", "汇款", "理会", "轻信", "相信陌生", "扫码", "陌生链接", "不明链接", "会议软件", "陌生人"}

// exposureRefused: a prohibition of exposing a system to the public
// network ("如非必要，避免将资产暴露在互联网", "不要将系统开放在互联网
// 上", "不将该实例对互联网开放"): it takes away what an attacker reaches,
// the mitigation a careful reader lists beside the patch; not a warning.
func exposureRefused(r string) bool {
	rest, _, ok := cutPrefixAny(r, exposureBans)
	return ok && containsAny(rest, []string{"暴露", "开放"}) && containsAny(rest, publicNetworks)
}

// exposureBans open a prohibition of exposing something: the don'ts,
// and 避免, 禁止, 勿 and a bare 不.
var exposureBans = append([]string{"避免", "禁止", "勿", "不"}, dontOpeners...)

// publicNetworks name the network anyone can reach.
var publicNetworks = []string{"互联网", "公网", "外网", "公共网络", "Internet", "internet"}

// blockSetting: 禁止 sets a block on what others may do or reach
// ("禁止非管理员用户使用远程PowerShell访问", "禁止外部IP访问管理端口"), an
// action the reader takes, not a warning to the reader (禁止私自拆卸).
func blockSetting(r string) bool {
	rest, ok := strings.CutPrefix(r, "禁止")
	return ok && containsAny(rest, []string{"访问", "远程", "用户", "账户", "账号", "端口", "连接", "外部", "IP", "执行"})
}

// transitiveOnly are verbs that say nothing alone: 申请 what, 提交 what.
// 投诉, 报警, 报修, 补缴 are whole actions and are not here.
var transitiveOnly = []string{"申请", "提交", "办理", "联系", "处理", "操作", "进行", "完成", "选择", "点击", "输入", "修改", "设置", "咨询", "使用", "检查", "查看", "确认", "开通", "申诉",
	// A part handled, its object said in the step before ("取下滤网冲洗，阴干后装回").
	"装回", "放回", "装回去", "放回去", "取出", "拆下", "拆开", "拧紧", "接上"}

// passiveLeads are adverbs that may stand before the 被 of a passive.
var passiveLeads = []string{"一并", "一起", "同时", "随之", "自动", "也", "都", "会", "将", "就"}

// notAnAction: a phrase a careful reader would not list as a fix, for
// any product or topic —
//   - a warning (别自己拆, 不要相信…弹窗广告, 千万不要继续充电, 不应升级):
//     a prohibition is a fix only when it stops a habit;
//   - a case (用有线电视的, 使用银行卡转账的): 'X的' names the readers a
//     sentence is about, not what they do;
//   - a result fragment (才能申请, 就能恢复), a passive (一并被修复) or a
//     bare verb that needs its object (申请);
//   - the writer's own notes (记录一下排查思路, 分享一下);
//   - the way to the action without the action (根据驳回短信中提示的具体原因);
//   - what may happen or cannot be done (转账功能可能被限制, 存不能取) and
//     the writer's account of a look (docker ps -a 一看状态是 Exited);
//   - a bare verb whose object is a pronoun (修补它, 删除它们): the thing
//     is named elsewhere, and alone the verb says no more than 修补; a
//     bare update (立即更新, 升级), which names no release.
func notAnAction(r string) bool {
	if hasPrefixAny(r, []string{"不要", "别", "千万", "切勿", "不应", "不可", "勿", "禁止", "请勿", "避免"}) && !containsAny(r, habitWords) && !blockSetting(r) && !baitRefused(r) && !exposureRefused(r) {
		return true
	}
	// "(最好)不打开来源不明的文件": a bare 不 before an action says what
	// not to do, as 不要 does.
	if rest, ok := strings.CutPrefix(r, "不"); ok && startsWithAction(rest) && !containsAny(r, habitWords) && !baitRefused("不要"+rest) && !exposureRefused(r) {
		return true
	}
	if strings.HasSuffix(r, "的") && !containsAny(r, []string{"，", ",", "、", "；"}) {
		return true
	}
	if hasPrefixAny(r, []string{"才", "就能", "就可", "就会", "都会", "也能"}) {
		return true
	}
	// "一并被修复": what undergoes the action, not the action.
	if rest, _, _ := cutPrefixAny(r, passiveLeads); strings.HasPrefix(rest, "被") {
		return true
	}
	for _, w := range transitiveOnly {
		if r == w {
			return true
		}
	}
	// "(…，)攻击就可以成功": the attack, never the reader's step.
	if slices.Contains([]string{"攻击", "入侵", "利用", "感染", "破解", "窃取"}, r) {
		return true
	}
	if verb, ok := cutSuffixAny(r, []string{"它们", "它"}); ok && runeLen(verb) <= 2 {
		return true
	}
	// "敦促用户升级", "强烈敦促管理员立即更新", "建议所有用户进行安装": an
	// update with nothing said of what or to which release is the news's
	// summary, not a step; so is a light verb before it (进行升级, 完成更新).
	update, _, _ := cutPrefixAny(cutAdverbs(r, []string{"即刻", "第一时间"}), []string{"进行", "完成"})
	if slices.Contains([]string{"升级", "更新", "打补丁", "安装"}, update) {
		return true
	}
	// "建议用户传播消息": telling others, not a step against the problem.
	if slices.Contains([]string{"传播消息", "转发消息", "扩散消息", "分享消息"}, r) {
		return true
	}
	if hasPrefixAny(r, []string{"记录一下", "记录下", "分享一下", "总结一下", "说一下", "讲一下", "聊一下", "介绍一下"}) {
		return true
	}
	// "最近把一个聊天服务放到 Nginx 后面": what the writer did before the
	// trouble, told as a story.
	if hasPrefixAny(r, storyTimes) {
		return true
	}
	// "补充一下，你的 Events 里还有…": the writer adds a point.
	if slices.Contains([]string{"补充一下", "补充一点", "补充一句", "补充两句", "再补充一下", "再补充一点"}, r) {
		return true
	}
	if goesBy(r) {
		return true
	}
	if k := strings.Index(r, "可能"); k >= 0 && !strings.HasSuffix(r[:k], "尽") && !maybeAttribute(r, k) {
		return true
	}
	if k := strings.Index(r, "一看"); k >= 0 && !strings.HasSuffix(r[:k], "看") {
		return true
	}
	return containsAny(r, []string{"不能", "无法"})
}

// maybeAttribute: the 可能 at byte k of r stands inside an attribute of
// the action's object or place, not before the action ("在其它可能使用
// 相同凭证的平台上重置密码", "重置可能泄露的密码"): something opens the
// phrase before it, and a 的 closes it a few words on, before the noun.
func maybeAttribute(r string, k int) bool {
	if k == 0 {
		return false
	}
	after := r[k+len("可能"):]
	j := strings.Index(after, "的")
	if j < 0 || runeLen(after[:j]) > 12 || strings.ContainsAny(after[:j], "，,。；;") || containsAny(after[:j], []string{"是", "会"}) {
		return false
	}
	return runeLen(after[j+len("的"):]) >= 2
}

// trimCond turns a condition clause into a condition: "如果升级时间较长" →
// 升级时间较长; "" when it says nothing (如有必要) or restates the problem.
func trimCond(s string, p *problem) string {
	s = cutExamples(trimEdges(cleanSlot(s)))
	// "在此之前，受影响的用户可以…": a time pointed back to (until the
	// fix comes), which says nothing of its own.
	if t, _, _ := cutPrefixAny(s, []string{"在"}); slices.Contains([]string{"此之前", "此前", "这之前", "那之前", "此期间", "这期间", "这段时间", "此时", "这时"}, t) {
		return ""
	}
	// "除非升级系统": the case where the remedy does not apply keeps its
	// 除非, or it would read as its opposite.
	if rest, ok := strings.CutPrefix(s, "除非"); ok {
		if c := trimCond(rest, p); c != "" {
			return "除非" + c
		}
		return ""
	}
	// "我们强烈呼吁用户在设备制造商提供最新安全更新后": who advises whom is
	// not part of when.
	if k, w := indexAny(s, []string{"建议", "呼吁", "敦促", "督促", "提醒"}); k > 0 && wordLen(s[:k]) <= 8 && !strings.ContainsAny(s[:k], "，,；;") {
		if r, _, ok := cutReader(strings.TrimSpace(s[k+len(w):])); ok {
			s = strings.TrimSpace(r)
		}
	}
	for changed := true; changed; {
		before := s
		s, _, _ = cutConnective(s)
		if strings.HasPrefix(s, "并在") {
			s = s[len("并"):] // "并在通过 DCV 后": the second step's time
		}
		if strings.HasPrefix(s, "如果说明") {
			s = strings.TrimPrefix(s, "如果") // 如果 + 说明书, not 如果说 + 明书
		} else {
			s, _, _ = cutPrefixAny(s, condOpeners)
		}
		// "应在备份重要数据的前提下": the modal is the instruction's.
		if r, _, ok := cutPrefixAny(s, []string{"应当", "应该", "应", "需要", "需", "必须", "务必"}); ok && strings.HasPrefix(r, "在") {
			s = r
		}
		s, _, _ = cutPrefixAny(s, []string{"是在", "实在是", "确实是", "是", "在", "发现", "遇到了", "遇到", "碰到了", "碰到", "遇上了", "遇上", "出现了"})
		s, _, _ = cutPrefixAny(s, hedges)
		s = stripSubject(s)
		s, _ = cutSuffixAny(s, []string{"的话", "的时候", "了", "的"})
		// "如果是asm框架怎么办，就更简单了": the question asked of the
		// case is not part of it.
		s, _ = cutSuffixAny(s, []string{"又该怎么办", "该怎么办", "怎么办", "该如何处理", "如何处理", "怎么处理", "呢"})
		s = trimEdges(s)
		changed = s != before
	}
	if strings.HasPrefix(s, "在") && containsAny(s, condEnds) {
		s = strings.TrimPrefix(s, "在")
	}
	if strings.HasPrefix(s, "当") {
		s = strings.TrimPrefix(s, "当")
	}
	s = cutDiagnosis(s)
	// "本周早些时候" (，某机构呼吁…): when the news was, not a case.
	if hasSuffixAny(s, []string{"早些时候", "晚些时候"}) {
		return ""
	}
	for _, v := range vacuousConds {
		if s == v {
			return ""
		}
	}
	// "如果你碰到了这个问题": the problem pointed back to says nothing.
	if (hasPrefixAny(s, problemAnaphors) || hasPrefixAny(s, errorAnaphors)) && runeLen(s) <= 6 {
		return ""
	}
	// A one-character answer ("有的话") stays for readAnswer.
	if runeLen(s) < 2 && !answersQuestion(s) || hasPrefixAny(s, []string{"想要", "希望", "为了"}) {
		return ""
	}
	// "在以后恢复花呗额度的时候": when it works again, the goal; not
	// "如果提示无法自助解除": that it does not, a case.
	if p != nil && p.recovery(s) && !containsAny(s, stillWords) {
		return ""
	}
	// "被降额后三个月内没有再出现异常交易": a time after the problem, then
	// a case of its own.
	if k := strings.Index(s, "后"); p != nil && k > 0 && runeLen(s[k+len("后"):]) >= 4 && p.restates(s[:k]) {
		return s
	}
	// "如果逾期在3天以内": a bound on the problem is a case of it, not the
	// problem restated.
	if p != nil && p.restates(s) && runeLen(s) <= runeLen(p.label)+8 && !holdsThreshold(s) {
		return "" // "如果您的花呗被限制": the problem itself
	}
	return s
}

// cutDiagnosis keeps what is seen of a case that goes on to say what it
// means ("如果闪红灯说明光纤线路有问题，需要报修": the case is 闪红灯). Not
// 说明书, and not a 说明 that opens the case.
func cutDiagnosis(s string) string {
	k, w := indexAny(s, []string{"就说明", "则说明", "说明", "表明", "意味着"})
	if k <= 0 || runeLen(s[:k]) < 2 || strings.HasPrefix(s[k+len(w):], "书") || runeLen(s[k+len(w):]) < 2 {
		return s
	}
	return trimEdges(s[:k])
}

// findAndAct rewrites "找到X(，)并将其删除" as "删除X": the finding is the
// way to the action, the action is the remedy.
func findAndAct(s string) string {
	rest, _, ok := cutPrefixAny(s, []string{"找到", "选中", "选择", "定位到", "右键单击", "右键点击"})
	if !ok {
		return s
	}
	k, w := indexAny(rest, []string{"，并将其", ",并将其", "，将其", ",将其", "并将其", "并把它", "将其", "把它"})
	if k <= 0 {
		return s
	}
	obj, act := trimEdges(rest[:k]), trimEdges(rest[k+len(w):])
	if obj == "" || !startsWithAction(act) {
		return s
	}
	tail := ""
	if j := strings.IndexAny(act, ",，;；"); j > 0 {
		act, tail = act[:j], act[j:]
	}
	return act + obj + tail
}

// balanceQuotes closes a quotation whose closing mark went with a trimmed
// edge ("开启“电脑登录时手机通知”即可" → 开启“电脑登录时手机通知”, "设置为
// 「仅加固模式」" → …「仅加固模式」).
func balanceQuotes(s string) string {
	for _, q := range pairedMarks {
		if strings.Count(s, q[0]) == strings.Count(s, q[1])+1 && strings.LastIndex(s, q[0]) > strings.LastIndex(s, q[1]) {
			return s + q[1]
		}
	}
	return s
}

// bareState: a negated or finished verb with no object ("没有打开",
// "未开启", "已关闭"), not a thing noticed ("未授权的登录"): a state said
// of what comes before it.
func bareState(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), "了")
	rest, _, ok := cutPrefixAny(s, []string{"没有", "没", "未", "不", "已经", "已", "被"})
	return ok && runeLen(rest) <= 2
}
