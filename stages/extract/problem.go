package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/zhtext"
)

// problem is the symptom an article is about (花呗被冻结, 电脑蓝屏), with the
// words that state it, so that a clause can be recognised as stating it.
type problem struct {
	label string
	// states are the failure words of the label (冻结, 无法使用).
	states []string
	// object is what has the problem (借呗 in 借呗被关闭) and verbs its
	// states without 被 (关闭): "系统会将借呗关闭" states it too.
	object string
	verbs  []string
	// restated are the states written with another negation (未收到 for
	// 没收到): how a passage that names the problem may put it.
	restated []string
	// unreached is what a verb of the label cannot reach (火 in 打不着火),
	// when the label's state is none of the listed ones: "自然不会点火"
	// states the problem in other words.
	unreached string
	// grams are the label's bigrams, and topic its bigrams that are not
	// part of a state word.
	grams, topic map[string]bool
	// symptoms are the messages the title and lead quote the reader as
	// seeing ("仪表提示“充电连接异常”", "App里显示桩“离线”"): a reply that
	// says what brings one about, or what one usually means, names a cause
	// of the problem.
	symptoms []string
}

// displayVerbs say that a device or a page shows a message.
var displayVerbs = []string{"提示", "显示", "报错", "报", "弹出", "出现", "写着"}

// quotedSymptoms are the messages quoted right after a display verb in
// texts ("12306提示“身份信息待核验”“核验未通过”"), in order, each once.
func quotedSymptoms(texts []string) []string {
	var out []string
	for _, t := range texts {
		for from := 0; ; {
			k, w := indexAny(t[from:], displayVerbs)
			if k < 0 {
				break
			}
			at := from + k + len(w)
			from = at
			// "显示桩“离线”": a short subject may stand between.
			q := strings.Index(t[at:], "“")
			if q < 0 || runeLen(t[at:at+q]) > 2 {
				continue
			}
			for rest := t[at+q:]; strings.HasPrefix(rest, "“"); {
				end := strings.Index(rest, "”")
				if end < 0 {
					break
				}
				m := trimEdges(rest[len("“"):end])
				if n := runeLen(m); n >= 2 && n <= 16 && !slices.Contains(out, m) {
					out = append(out, m)
				}
				rest = rest[end+len("”"):]
			}
		}
	}
	return out
}

// curlyQuotes removes the curly double quotes a message is written in.
var curlyQuotes = strings.NewReplacer("“", "", "”", "")

// showsSymptom: t names one of the quoted symptoms, whole or by a part of
// three characters or more, after a display verb if it has one ("报连接异
// 常" for “充电连接异常”, "手机显示无法访问互联网" for “已连接，但无法访问互联网”).
func (p *problem) showsSymptom(t string) bool {
	if p == nil || len(p.symptoms) == 0 {
		return false
	}
	core := trimEdges(t)
	if k, w := indexAny(core, displayVerbs); k >= 0 {
		core = core[k+len(w):]
	}
	core = trimEdges(curlyQuotes.Replace(core))
	for _, sym := range p.symptoms {
		if strings.Contains(t, sym) || runeLen(core) >= 3 && strings.Contains(sym, core) {
			return true
		}
	}
	return false
}

// titleNoise are the question words around a symptom in a title, removed
// wherever they stand; titleRequests are the requests before it
// ("申请恢复花呗", "快速解锁花呗限制"), removed at its start only.
var (
	titleNoise = []string{
		// The fix asked for, whatever the problem's words ("打印机显示脱机
		// 状态怎么解决").
		"怎么解决", "怎样解决", "如何解决", "怎么处理", "怎样处理", "如何处理", "怎么修复", "如何修复", "怎么解除", "怎样解除", "如何解除",
		"怎么应对", "如何应对",
		// "…的常见原因及处理", "…的排查和解决".
		"的常见原因及处理方法", "的常见原因及处理", "常见原因及处理", "的常见原因", "常见原因", "的排查和解决", "的排查与解决", "排查和解决",
		"原因及处理", "及处理方法",
		"是怎么回事", "怎么回事", "是为什么", "为什么", "为何", "什么原因", "的原因", "原因", "是什么", "怎么办", "怎么样",
		"怎么", "怎样", "如何才能", "如何", "解决方法", "解决办法", "处理方法", "处理办法", "应对方法", "应对办法", "的方法", "的办法",
		"全攻略", "攻略", "秘诀", "秘籍", "指南", "教程", "详解", "全流程", "大全", "汇总", "必看", "教你", "状态",
		"修改方法", "设置方法", "修复方法", "恢复方法", "的步骤", "步骤",
		"了吗", "吗", "呢", "啊", "呀", "的问题", "问题", "事件分析", "分析",
		// A warning that it is back ("冒充快递理赔的诈骗又来了").
		"又来了", "又出现了",
		// The record of a problem met ("记一次X的排查", "…的踩坑记录").
		"的排查思路", "排查思路", "的解决思路", "解决思路", "的排查记录", "的排查过程", "的排查", "排查记录", "排查过程", "的踩坑记录", "踩坑记录",
	}
	titleRequests = []string{
		"一招", "快速", "轻松", "彻底", "有效", "最新", "正确", "解除", "解锁", "解决", "恢复", "申请", "处理", "修复",
		"排查", "搞定", "突发", "告别", "摆脱", "记一次",
		// "警惕CVE-2024-38812 VMware vCenter Server远程代码执行漏洞": a call
		// to mind it (not 注意力, 注意事项: 注意 only before 潜在 or a name in
		// Latin letters, see stripTitleNoise).
		"警惕", "当心", "提防", "谨防", "注意潜在的", "注意潜在", "请注意",
	}
)

// titleStates mark the segment of a title that names the symptom.
var titleStates = append([]string{
	"错误", "失败", "异常", "故障", "逾期", "过期", "不足", "被盗", "丢失", "变慢", "不了", "不上", "不能", "无法",
	"没反应", "没有声音", "不显示", "乱码", "泄露", "中毒", "没网", "失效", "无效", "未生效", "不生效", "没生效",
	"宕机", "中断", "瘫痪", "不工作", "劫持", "缺失", "崩溃", "模糊", "不清晰", "502", "503", "504", "500", "404", "403",
}, append(failureStates, genreFailures...)...)

// titleState: t holds one of titleStates or of mishaps (手机进水了).
func titleState(t string) bool { return containsAny(t, titleStates) || containsAny(t, mishaps) }

// labelStates are the states a problem's label is read for: titleStates
// and mishaps.
var labelStates = append(titleStates[:len(titleStates):len(titleStates)], mishaps...)

// problemOf reads the problem from the title, or from the lead when the
// title names only the thing ("申请恢复花呗" → the lead's 花呗被暂停使用或限制额度).
func problemOf(title string, lead []string) *problem {
	title = cutSiteName(cutTitleBracket(plainSlot(strings.TrimLeft(title, "# "))))
	// "退款显示成功但钱没到账😭亲测有效的排查顺序‼️": a note writer's
	// emoji ends a part of the title as punctuation would (a letterlike
	// symbol does not: "CPU温度超过90℃自动关机").
	title = strings.Map(func(r rune) rune {
		if zhtext.IsEmoji(r) {
			return '，'
		}
		return r
	}, title)
	var first string
	// A space between Chinese words separates the title's parts too.
	segs := labelParts(title)
	// A part that states a failure and its cause names the problem best.
	for _, seg := range segs {
		if prob, cause := splitTitleCause(seg); cause != "" {
			if c := stripTitleNoise(prob); c != "" && titleState(c) {
				return newProblem(c)
			}
		}
	}
	// "损坏的前奏：微软发布修复方案解决HDD/SSD被识别为可移动磁盘": what a
	// fix is said to solve is the problem, whatever a teaser part says.
	for _, seg := range segs {
		if rest := solvedPart(seg); rest != "" {
			if c := stripTitleNoise(rest); runeLen(c) >= 4 {
				return newProblem(c)
			}
		}
	}
	for i, seg := range segs {
		// "WAN路由器IP更改导致Microsoft365大规模中断": the problem is
		// what was caused.
		if prob, cause := splitTitleCause(seg); cause != "" {
			seg = prob
		}
		c := stripTitleNoise(seg)
		if c == "" {
			continue
		}
		// "CISA：Craft CMS代码注入漏洞已遭利用", "CVE-2022-27596：QNAP…SQL注
		// 入漏洞通告": an agency's acronym or a flaw's number names no
		// problem a reader would say, when a part after it does.
		if first == "" && !((bareDesignation(c) || latinSpeaker(c, segs[i+1:])) && slices.ContainsFunc(segs[i+1:], hasHan)) {
			first = c
		}
		// "SQLite 狂报 database is locked": a program's message of failure.
		if titleState(c) || quotesFailure(c) {
			return newProblem(c)
		}
	}
	if first != "" {
		for _, s := range lead {
			for _, cl := range splitClauses(s, 0) {
				k := strings.Index(cl.text, first)
				if k < 0 {
					continue
				}
				rest := cl.text[k:]
				if !containsAny(rest[len(first):], failureStates) {
					continue
				}
				for _, h := range []string{"可能会", "可能", "也会", "会", "经常", "有时", "也", "就"} {
					rest = strings.Replace(rest, h, "", 1)
				}
				if n := runeLen(rest); n <= 20 {
					return newProblem(trimEdges(rest))
				}
			}
		}
	}
	// "一次某APP的修复之旅": the title names no symptom; the lead does
	// ("最近发现某款APP无法正常使用").
	if runeLen(first) <= 4 {
		for _, s := range lead {
			for _, cl := range splitClauses(s, 0) {
				t := cutPrefixesAll(cl.text, []string{"最近", "近日", "近期", "今天", "昨天", "发现", "遇到", "我们", "我", "有时", "经常", "那么", "但是", "不过", "如果"})
				if titleState(t) && runeLen(t) <= 20 && runeLen(t) >= 4 {
					return newProblem(trimEdges(t))
				}
			}
		}
	}
	return newProblem(first)
}

// solveVerbs name what a fix solves ("…以解决程序崩溃").
var solveVerbs = []string{"以解决", "来解决", "解决", "以修复", "修复"}

// solvedPart is what a title part says a fix solves: the text after the
// first solve verb that is not part of a method's name (修复方案, 解决办法).
func solvedPart(seg string) string {
	for from := 0; from < len(seg); {
		k, w := indexAny(seg[from:], solveVerbs)
		if k < 0 {
			return ""
		}
		k += from
		rest := seg[k+len(w):]
		if k > 0 && rest != "" && !hasPrefixAny(rest, methodNouns) && !hasPrefixAny(rest, []string{"问题", "了", "的"}) {
			return rest
		}
		from = k + len(w)
	}
	return ""
}

// afterTail ends a title with what to do after the trouble ("…发生后需采
// 取", "…后应该做", "…后应对"), the count and the steps already removed.
var afterTail = regexp.MustCompile(`(?:发生)?(?:之)?后(?:需要|应该|应当|需|应|要|该)?(?:立即|马上|第一时间)?(?:采取|做|应对|处理|处置)$`)

func stripTitleNoise(s string) string {
	s = trimEdges(s)
	// "正确安装vgcore.dll以解决程序崩溃": the problem is what is solved.
	// A solve verb that ends the title asks for the fix of what comes
	// before it ("打印机显示脱机状态怎么解决"); with nothing but an adverb
	// before it ("紧急修复!…"), the part names nothing.
	if k, w := indexAny(s, solveVerbs); k > 0 && strings.TrimSpace(s[k+len(w):]) == "" {
		head, _ := cutSuffixAny(trimEdges(s[:k]), []string{"怎么", "怎样", "如何", "该如何", "该怎么"})
		if runeLen(trimEdges(head)) <= 2 {
			s = ""
		}
	} else if k > 0 && !hasPrefixAny(s[k+len(w):], []string{"方法", "办法", "方案", "措施", "问题"}) {
		// "苹果修复了iOS和macOS中的数十个漏洞": the aspect goes with the verb.
		s = strings.TrimPrefix(s[k+len(w):], "了")
	}
	for changed := true; changed; {
		changed = false
		if t, _, ok := cutPrefixAny(s, titleRequests); ok && t != "" {
			s, changed = t, true
		}
		if t, ok := strings.CutPrefix(s, "注意"); ok && opensOnLatin(t) {
			s, changed = strings.TrimSpace(t), true
		}
		// "OPENAI关闭ChatGPT新用户注册 同时Plus订阅出现异常": a connective
		// joins the part to the one before it, and is no part of what it
		// names.
		if t, _, ok := cutPrefixAny(s, []string{"同时", "此外", "另外", "并且", "而且"}); ok && t != "" {
			s, changed = t, true
		}
		for _, w := range titleNoise {
			if i := strings.Index(s, w); i >= 0 {
				s = s[:i] + s[i+len(w):]
				changed = true
			}
		}
		// "…复现&踩坑记录": the joint the removed words left.
		s = trimEdges(strings.TrimRight(s, "&＆ "))
		// "手机内存不足怎么清理", "中了挖矿病毒如何处理": the fix the
		// title asks how to make, for a failure or a threat met.
		if t, ok := cutSuffixAny(s, fixVerbs); ok && runeLen(t) >= 4 && (containsAny(t, titleStates) || securityLex.in(t) && !strings.Contains(t, "进行")) {
			s, changed = trimEdges(t), true
		}
		// "基于凭证的网络攻击发生后需采取的七个步骤": what to do once it
		// happened is no part of what happened.
		if m := afterTail.FindStringIndex(s); m != nil && m[0] > 0 {
			s, changed = trimEdges(s[:m[0]]), true
		}
		// "遭遇网络攻击后（如何应对）": the 后 the fix words left.
		if t, ok := strings.CutSuffix(s, "后"); ok && runeLen(t) >= 4 && securityLex.in(t) {
			s, changed = trimEdges(t), true
		}
		// "关于X的安全公告", "X安全风险通告第二次更新": the notice is no
		// part of the problem it reports.
		if m := noticeTail.FindStringIndex(s); m != nil && m[0] > 0 {
			s, changed = trimEdges(s[:m[0]]), true
		}
		if t, ok := strings.CutPrefix(s, "关于"); ok && runeLen(t) >= 4 {
			s, changed = t, true
		}
		// "…的原因和三种解决办法": the count the removed words left.
		if m := countLeft.FindStringIndex(s); m != nil && m[0] > 0 {
			s, changed = trimEdges(s[:m[0]]), true
		}
		// "…的解决办法（含原因分析）": the brackets the removed words
		// left, empty or holding only 含/附.
		if t := bracketLeft.ReplaceAllString(s, ""); t != s {
			s, changed = trimEdges(t), true
		}
		for _, suf := range []string{"的", "了", "是", "及", "以及", "和", "与"} {
			if suf == "了" && hasSuffixAny(s, []string{"不了", "没了"}) {
				continue // 登录不了: the complement says it cannot be done
			}
			if t := strings.TrimSuffix(s, suf); t != s && t != "" {
				s, changed = t, true
			}
		}
	}
	// "情况说明 | 非官方X存在后门风险": a part that only says what kind of
	// notice the page is names no problem; nor one that only raises the
	// alarm ("警惕！…", "已复现！…"), nor the bare kind of flaw a notice
	// word leaves ("漏洞通告：…" → 漏洞), nor who speaks ("国家网络安全通报
	// 中心：重点防范…").
	if noticeLabel.MatchString(s) || alertLabel.MatchString(s) || slices.Contains(bareFlawKinds, s) || speakerPart(s) {
		return ""
	}
	// A Latin word counts as one ("rejected (non-fast-forward)").
	if wordLen(s) > 40 {
		return ""
	}
	return balanceTitleQuotes(s)
}

// balanceTitleQuotes gives back the quotation mark that trimming a title
// part's edges took, at its end (微软突发“蓝屏派对 → 微软突发“蓝屏派对”) or at
// its start (微软蓝屏”事件与Crowdstrike有关 → “微软蓝屏”事件与Crowdstrike有关).
func balanceTitleQuotes(s string) string {
	if o, c := strings.Count(s, "“"), strings.Count(s, "”"); c == o+1 && (o == 0 || strings.Index(s, "”") < strings.Index(s, "“")) {
		return "“" + s
	}
	return balanceQuotes(s)
}

// noticeTail names the kind of notice at the end of an advisory's title.
var noticeTail = regexp.MustCompile(`(?:的)?(?:安全)?(?:风险提示|(?:风险)?(?:通告|公告|预警|通报|说明|情况说明)(?:第[一二三四五六七八九十0-9]+次更新)?)$`)

// alertLabel is a whole title part that only raises the alarm (提醒 is a
// noticeLabel).
var alertLabel = regexp.MustCompile(`^(?:警惕|注意|小心|当心|慎用|紧急|突发|重磅|速看|必看|速查|快讯|已复现|复现|已修复|已更新|(?:紧急)?(?:安全)?更新|(?:已知|已被|已遭|在野)利用)了?$`)

// bareFlawKinds name a kind of flaw and nothing that has it.
var bareFlawKinds = []string{"漏洞", "安全漏洞", "高危漏洞", "严重漏洞", "风险", "安全风险", "安全隐患"}

// bareDesignation: a title part that is only CVE ids (with their scores:
// "CVE-2024-9511 (CVSS 9.8)") or an acronym of a few capitals (CISA,
// CNNVD).
func bareDesignation(s string) bool {
	if up := strings.ToUpper(s); zhtext.CVERe.MatchString(up) {
		rest := zhtext.CVERe.ReplaceAllString(up, "")
		return !strings.ContainsFunc(rest, unicode.IsLetter) || strings.Contains(rest, "CVSS") && !hasHan(rest)
	}
	n := 0
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

func hasHan(s string) bool { return hanCount(s) > 0 }

// latinSpeaker: a title part that is a name in Latin letters with a verb
// of warning ("CISA 警告：…", "Jenkins 用户小心：发现多个安全漏洞"), or only
// the name when the part after it calls to mind something ("Palo Alto
// Networks：注意潜在的 PAN-OS RCE漏洞"): who speaks, or whom it is said to,
// not what about. A name alone before what it is ("Log4Shell：某日志库的
// 严重漏洞") names the flaw.
func latinSpeaker(s string, after []string) bool {
	name, warned := cutSuffixAny(strings.TrimSpace(s), []string{"用户小心", "用户注意", "用户请注意", "发出警告", "警告", "提醒", "警示", "示警"})
	name = strings.TrimSpace(name)
	if name == "" || hasHan(name) || !strings.ContainsFunc(name, unicode.IsLetter) {
		return false
	}
	return warned || len(after) > 0 && hasPrefixAny(strings.TrimSpace(after[0]), []string{"注意", "警惕", "小心", "当心", "提防", "谨防"})
}

// speakerPart: a title part that names an organisation and states no
// failure is who speaks, not what about.
func speakerPart(s string) bool {
	return hasSuffixAny(s, []string{"中心", "实验室", "研究院", "研究所", "协会", "委员会", "工作组", "安全团队"}) && !containsAny(s, titleStates)
}

// noticeLabel is a whole title part that names the kind of notice.
var noticeLabel = regexp.MustCompile(`^(?:紧急|重要|官方|严正)?(?:安全)?(?:情况说明|说明|声明|公告|通告|通知|预警|提示|提醒|风险提示)$`)

// bracketLeft is a pair of brackets that the removed words left empty but
// for a word that only introduced them ("（含）", "(附)", "（）").
var bracketLeft = regexp.MustCompile(`[（(]\s*(?:含|附|附带|内含|包含|另附|以及|和|及)?\s*[）)]`)

// countLeft is a count at the end of a title part, left when the noun it
// counted was removed ("和三种", "及5个", "的几种").
var countLeft = regexp.MustCompile(`(?:和|及|以及|与|的)?\s*(?:[0-9]+|[一二两三四五六七八九十几多]+)\s*(?:种|个|招|步|大|条|类)$`)

// cannotReach is a verb, 不 and a result complement it cannot reach (打不
// 着, 删不掉, 进不去, 挪不动): a failure, whichever verb it is. Not 不着急
// (no hurry), nor the words in notReached.
var cannotReach = regexp.MustCompile(`\p{Han}不(?:着|掉|进|去|动|出)`)

// notReached match cannotReach and state no failure (动不动: often; 说不
// 出, 想不出: at a loss for words).
var notReached = []string{"动不动", "说不出", "想不出"}

// offlineFeatures follow 离线 when it names what works without a network.
var offlineFeatures = []string{"下载", "模式", "包", "地图", "缓存", "安装", "文件", "版", "激活", "支付", "使用", "消息", "语音", "翻译", "阅读", "播放", "功能", "数据", "资源"}

// negationForms are the ways one negation is written (the longest
// first): a state stated with one is also stated with the others.
var negationForms = [][]string{{"没有", "没", "未"}, {"无法", "不能"}}

func newProblem(label string) *problem {
	p := &problem{label: label}
	first := len(label)
	for _, w := range labelStates {
		if k := strings.Index(label, w); k >= 0 {
			p.states = append(p.states, w)
			first = min(first, k)
			if v, ok := strings.CutPrefix(w, "被"); ok && runeLen(v) >= 2 {
				p.verbs = append(p.verbs, v)
			}
		}
	}
	// "摄像头隔三差五就离线": a device that drops off the network (not
	// 离线下载 or 离线模式, what works without it).
	if k := strings.Index(label, "离线"); k >= 0 && !hasPrefixAny(label[k+len("离线"):], offlineFeatures) {
		p.states = append(p.states, "离线")
		first = min(first, k)
	}
	listed := len(p.states) > 0
	// "燃气热水器打不着火", "软件删不掉": when the label has no state word
	// of the lists, a verb that cannot reach its result is its state.
	for _, m := range cannotReach.FindAllStringIndex(label, -1) {
		w := label[m[0]:m[1]]
		if listed || strings.HasPrefix(label[m[1]:], "急") || slices.Contains(notReached, w) {
			continue
		}
		p.states = append(p.states, w)
		first = min(first, m[0])
		// "插不进去": a direction, not a thing.
		if rest := label[m[1]:]; p.unreached == "" && !hasPrefixAny(rest, directionComplements) {
			p.unreached = leadingHan(rest, 2)
		}
	}
	// "洗碗机洗不干净", "风扇不转了": the forms in which the gate reads
	// that something does not do what it is for (cannotForm) are states
	// too, when the lists name none.
	if !listed {
		for _, re := range cannotForms {
			for _, m := range re.FindAllStringIndex(label, -1) {
				if w := label[m[0]:m[1]]; !slices.Contains(p.states, w) {
					p.states = append(p.states, w)
					first = min(first, m[0])
				}
			}
		}
	}
	if k := strings.Index(label, "被"); k >= 0 {
		first = min(first, k)
		if v := label[k+len("被"):]; runeLen(v) >= 2 && runeLen(v) <= 4 {
			p.verbs = append(p.verbs, v)
		}
	}
	// "没收到" is also said "未收到" and "没有收到", "无法登录" "不能登录".
	// They are kept apart from the states: only a claim about the usual
	// cause of the problem reads them (usualCause).
	for _, w := range p.states {
		for _, forms := range negationForms {
			if rest, neg, ok := cutPrefixAny(w, forms); ok && rest != "" {
				for _, other := range forms {
					if other != neg {
						p.restated = append(p.restated, other+rest)
					}
				}
				break
			}
		}
	}
	p.grams, p.topic = bigramSet(label), bigramSet(label)
	for _, w := range p.states {
		for g := range bigramSet(w) {
			delete(p.topic, g)
		}
	}
	obj := trimEdges(label[:first])
	obj, _ = cutSuffixAny(obj, []string{"账户", "账号", "的"})
	if runeLen(obj) >= 2 {
		p.object = obj
	}
	return p
}

// mentions reports whether t states the problem: one of its failure words
// (not inside a recovery phrase such as 解除冻结 or 避免再次被冻结), or a
// phrase referring to it (这种情况).
func (p *problem) mentions(t string) bool {
	if p == nil {
		return false
	}
	if containsAny(t, []string{"避免", "防止", "以免", "预防", "为了"}) {
		return false
	}
	if hasPrefixAny(t, problemAnaphors) {
		return true
	}
	if containsAny(t, problemEffects) {
		return true
	}
	if runeLen(p.label) >= 3 && strings.Contains(t, p.label) {
		return true
	}
	if p.object != "" && strings.Contains(t, p.object) && containsAny(t, p.verbs) {
		return true
	}
	for _, list := range [][]string{p.states, failureStates} {
		for _, w := range list {
			for k := range indexes(t, w) {
				if !hasSuffixAny(t[:k], recoveryWords) && !purposeBefore(t[:k]) {
					return true
				}
			}
		}
	}
	return strings.Contains(t, "影响") && strings.Contains(t, "使用") || cannotDo(t)
}

// purposeBefore: what comes right before a state word makes it the
// purpose of an action ("采取行动以限制损害", "用来暂停同步"), not a state;
// 以 ending another word (所以, 可以, 难以) does not.
func purposeBefore(s string) bool {
	if hasSuffixAny(s, []string{"以便", "用来", "用于", "用以"}) {
		return true
	}
	return strings.HasSuffix(s, "以") && !hasSuffixAny(s, []string{"所以", "可以", "难以", "得以", "予以", "加以", "足以", "是以"})
}

// causeOfItself cuts "导致的P" from a cause label whose head P is the
// problem itself, named in a word or two ("忘记还款导致的逾期" under
// 征信有逾期记录 → 忘记还款): what brought the problem about is the
// cause. A head that is another fault stays ("防火墙引起的数据包损坏").
func (p *problem) causeOfItself(label string) string {
	k, w := indexAny(label, causalVerbs)
	if k <= 0 {
		return label
	}
	head, ok := strings.CutPrefix(label[k+len(w):], "的")
	if !ok || head == "" || runeLen(head) > 4 || !p.mentions(head) {
		return label
	}
	return trimEdges(label[:k])
}

// mentionsRestated: t names the problem as mentions does, or with another
// negation ("大部分“签收未收到”" under 快递没收到).
func (p *problem) mentionsRestated(t string) bool {
	return p.mentions(t) || p != nil && (containsAny(t, p.restated) || p.cannotReachIn(t))
}

// cannotReachIn: t says, in other words than the label's, that what a
// verb of the label cannot reach is not reached: "不会点火", "无法点火",
// "点不着火" under 打不着火.
func (p *problem) cannotReachIn(t string) bool {
	if p == nil || p.unreached == "" {
		return false
	}
	for k := range indexes(t, p.unreached) {
		before := []rune(t[:k])
		// A verb of one or two runes before the thing and a negation
		// before the verb (不会点火), or a verb, 不 and a result
		// complement right before the thing (点不着火).
		for n := 1; n <= 2 && n <= len(before); n++ {
			if hasSuffixAny(string(before[:len(before)-n]), unreachedNegations) {
				return true
			}
		}
		if cannotReachEnd.MatchString(t[:k]) {
			return true
		}
	}
	return false
}

// cannotReachEnd is cannotReach at the end of a text.
var cannotReachEnd = regexp.MustCompile(cannotReach.String() + `$`)

// directionComplements go on a verb's result with a direction (插不进去,
// 拿不出来): no thing.
var directionComplements = []string{"去", "来", "出", "进", "上", "下", "了", "起", "开", "回"}

// unreachedNegations say a verb does not reach its thing: 不会点火.
var unreachedNegations = []string{"不会", "无法", "不能", "没法", "没办法"}

// leadingHan is the run of Chinese characters s starts with when it is
// one to n runes long (火, after 打不着 in 打不着火); "" when it is empty or
// longer.
func leadingHan(s string, n int) string {
	r := []rune(s)
	k := 0
	for k < len(r) && k < n+1 && zhtext.IsHan(r[k]) {
		k++
	}
	if k == 0 || k > n {
		return ""
	}
	return string(r[:k])
}

// namesError: t names the error the problem is, by a Latin word of five
// letters or more that the problem's label holds ("出现 non-fast-forward"
// under "git push 报错 rejected (non-fast-forward)").
func (p *problem) namesError(t string) bool {
	if p == nil {
		return false
	}
	label := strings.ToLower(p.label)
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-' || r == '_') }) {
		if w = strings.Trim(w, "-_"); len(w) >= 5 && strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// effect reports whether t, the effect of a causal verb ("X导致Y"), is the
// problem: as mentions, or a failure word about the same thing ("访问失败"
// for 网络访问异常).
func (p *problem) effect(t string) bool {
	return p.mentions(t) || p.sameThingFails(t)
}

// sameThingFails: t holds a failure word and shares a word (a bigram that
// is not a state word) with the problem's label.
func (p *problem) sameThingFails(t string) bool {
	return containsAny(t, titleStates) && p.sharesTopic(t)
}

// cannotDo: "无法正常启动", "不能使用": a failure whatever the thing.
func cannotDo(t string) bool {
	for from := 0; ; {
		k, w := cannotLex.index(t[from:])
		if k < 0 {
			return false
		}
		rest := t[from+k+len(w):]
		rest = strings.TrimPrefix(rest, "正常")
		if hasPrefixAny(rest, cannotVerbs) {
			return true
		}
		from += k + len(w)
	}
}

var (
	cannotLex   = newLexicon([]string{"无法", "不能够", "不能", "没法", "不可以"})
	cannotVerbs = []string{"使用", "启动", "运行", "工作", "访问", "连接", "登录", "登陆", "打开", "显示", "上网", "开机", "识别", "加载", "播放", "支付", "下载", "安装", "更新", "进入", "解析"}
)

// titleSeps separate the parts of a title.
const titleSeps = ",，:：!！?？|｜丨_—–·、"

// splitTitle cuts a title into its parts at punctuation and at " - "; with
// hanSpace, also at a space between two Chinese characters.
func splitTitle(t string, hanSpace bool) []string {
	return splitTitleKeeping(t, hanSpace, nil)
}

// labelParts are the parts of a title a problem label is chosen from:
// splitTitle's, except that a part is not cut
//
//   - at an enumeration comma after a short part that states no failure:
//     "丰田、奔驰、宝马等API漏洞暴露车主个人信息" is one part, not a bare name;
//   - at a comma before a clause that goes on with what the part before
//     it did ("微软披露Office最新零日漏洞，可能导致数据泄露", "…无限循环，直
//     至系统崩溃"): the consequence alone says nothing of what had it;
//     nor before one set against it ("快递显示已签收，可我根本没收到").
func labelParts(t string) []string {
	return splitTitleKeeping(t, true, func(sep rune, before, after string) bool {
		switch {
		case sep == '、':
			return runeLen(strings.TrimSpace(before)) <= 6 && !containsAny(before, titleStates)
		case isComma(sep):
			return strings.TrimSpace(before) != "" && (hasPrefixAny(strings.TrimSpace(after), titleSequels) || hasPrefixAny(strings.TrimSpace(after), titleAdversatives))
		}
		return false
	})
}

// titleAdversatives open a clause of a title that sets the failure
// against the part before it ("快递显示已签收，可我根本没收到"): alone, it
// says nothing of what failed.
var titleAdversatives = []string{"可我", "可是", "但是", "但我", "但却", "却", "然而"}

// titleSequels open a clause of a title that goes on with what the clause
// before it did: its consequence or its sequel.
var titleSequels = []string{"可能导致", "或将导致", "或导致", "将导致", "会导致", "可导致", "导致", "或致", "可致", "致使", "以致", "从而", "进而", "直至", "直到"}

// splitTitleKeeping is splitTitle, except that a separator is not cut at
// when keep (if not nil) says so, given the separator, the text from the
// last cut to it and the text after it.
func splitTitleKeeping(t string, hanSpace bool, keep func(sep rune, before, after string) bool) []string {
	var out []string
	start := 0
	var prev rune
	for i, r := range t {
		if i < start { // inside a " - " already cut at
			prev = r
			continue
		}
		cut, skip := false, len(string(r))
		switch {
		case strings.ContainsRune(titleSeps, r):
			// "撤销 83,000 多份证书": a comma that groups digits
			// separates nothing.
			next, _ := utf8.DecodeRuneInString(t[i+len(string(r)):])
			cut = !(r == ',' && unicode.IsDigit(prev) && unicode.IsDigit(next))
			// "ERR_PNPM_FETCH_404", "max_connections": an underscore
			// inside a name in Latin letters joins it.
			if r == '_' && isLatinAlnum(prev) && isLatinAlnum(next) {
				cut = false
			}
			if cut && keep != nil && keep(r, t[start:i], t[i+len(string(r)):]) {
				cut = false
			}
		case r == ' ' && strings.HasPrefix(t[i:], " - "):
			cut, skip = true, len(" - ")
		case hanSpace && unicode.IsSpace(r) && zhtext.IsHan(prev):
			j := i
			for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
				j++
			}
			if n, _ := utf8.DecodeRuneInString(t[j:]); zhtext.IsHan(n) {
				cut = true
			}
		}
		if cut {
			out = append(out, t[start:i])
			start = i + skip
		}
		prev = r
	}
	return append(out, t[start:])
}

// cutSiteName removes the site's or column's name a page's <title> puts
// after the title ("电脑蓝屏怎么解决-百度经验", "…怎么解决-数码知识网",
// "… | CSDN"): the last part after a dash, an underscore or a bar, when it
// is short, names a site and states nothing (siteName). What is left keeps
// at least four runes.
func cutSiteName(t string) string {
	for {
		k := strings.LastIndexAny(t, "-_|｜—–")
		if k <= 0 {
			return t
		}
		_, n := utf8.DecodeRuneInString(t[k:])
		head, tail := strings.TrimRight(t[:k], " -—–"), strings.TrimSpace(t[k+n:])
		if runeLen(head) < 4 || !siteName(tail) {
			return t
		}
		t = head
	}
}

// siteName: s is a short name of a site, a column or a platform: it ends
// on a word that makes one (数码知识网, 百度经验, IT之家, 开发者社区) or is a
// known one written in Latin letters or a domain (CSDN, 51CTO.COM).
func siteName(s string) bool {
	if s == "" || runeLen(s) > 12 || containsAny(s, titleStates) || containsAny(s, []string{"怎么", "如何", "原因", "方法", "办法", "解决"}) {
		return false
	}
	if hasSuffixAny(s, siteNameEnds) {
		return true
	}
	l := strings.ToLower(s)
	if hasPrefixAny(l, latinSites) {
		return true
	}
	// A domain: letters and digits with a dot, nothing else.
	return strings.Contains(l, ".") && strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789.-") == "" && !strings.HasSuffix(l, ".")
}

var (
	// siteNameEnds end the name of a Chinese site, column or platform.
	siteNameEnds = []string{"网", "站", "经验", "知道", "百科", "社区", "论坛", "博客", "问答", "之家", "频道", "平台", "官网", "贴吧",
		"头条", "知乎", "博客园", "简书", "在线", "网易", "新浪", "搜狐", "资讯", "软件园", "下载站", "教程", "公众号", "百家号", "头条号", "企鹅号", "搜狐号"}
	// latinSites are sites a title names in Latin letters.
	latinSites = []string{"csdn", "cnblogs", "51cto", "segmentfault", "stack overflow", "stackoverflow", "github", "medium", "v2ex", "oschina", "infoq", "freebuf", "zhihu"}
)

// cutTitleBracket removes a site's bracket before a title ("【安全圈】").
func cutTitleBracket(t string) string {
	s := strings.TrimLeftFunc(t, unicode.IsSpace)
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}} {
		if !strings.HasPrefix(s, p[0]) {
			continue
		}
		k := strings.Index(s, p[1])
		if n := runeLen(s[len(p[0]):max(k, len(p[0]))]); k > 0 && n >= 1 && n <= 12 && !strings.ContainsAny(s[len(p[0]):k], "】]") {
			return strings.TrimLeftFunc(s[k+len(p[1]):], unicode.IsSpace)
		}
	}
	return t
}

// restates: t names the problem itself (如果您的花呗被限制, 若您发现认证成功后
// 无法使用学生包权益) — not when it says the problem persists after a step
// (如果依然无法正常显示): by one of its own failure words, or by a failure
// word and two of the label's words.
func (p *problem) restates(t string) bool {
	if p == nil || p.persists(t) {
		return false
	}
	if p.holdsOwnState(t) {
		return true
	}
	if p.mentions(t) {
		n := 0
		for g := range bigramSet(t) {
			if p.grams[g] {
				n++
			}
		}
		return n >= 2
	}
	return false
}

// isItself: t is the problem itself in its words, held in its label or
// most like it ("设备没电" under "ETC设备没电"): a case that restates the
// problem names no cause of it ("设备没电的，把车停到阳光下…").
func (p *problem) isItself(t string) bool {
	return p != nil && p.label != "" && (strings.Contains(p.label, t) || similarity(t, p.label) >= 0.6)
}

// restatesOwn: t names the problem by one of its own failure words
// (restates without the words of failure in general).
func (p *problem) restatesOwn(t string) bool {
	return p != nil && !p.persists(t) && p.holdsOwnState(t)
}

// holdsOwnState: t holds one of the problem's own failure words, not in a
// recovery phrase; a generic one (无法, 错误) only about the same thing
// ("如果无法卸载更新" is another failure than 无法登录 Outlook).
func (p *problem) holdsOwnState(t string) bool {
	for _, w := range p.states {
		if k := strings.Index(t, w); k >= 0 && !hasSuffixAny(t[:k], recoveryWords) && (!genericState(w) || p.sharesTopic(t)) {
			return true
		}
	}
	return false
}

// persists: t says the problem persists after a step (如果依然无法正常显示),
// or that a fix cannot be applied (unless that is the problem).
func (p *problem) persists(t string) bool {
	return containsAny(t, []string{"依然", "仍然", "仍", "依旧", "还是", "再次", "还"}) || cannotApplyFix(t) && !cannotApplyFix(p.label)
}

// recovery: t is about the problem going away (花呗可能会被解封).
func (p *problem) recovery(t string) bool {
	return containsAny(t, []string{"解封", "解冻", "解除", "恢复", "正常使用", "重新使用", "继续使用", "有望", "才有可能", "才有机会"})
}

// recoveredIn: a condition saying the problem is already solved
// ("如果客户的花呗功能恢复正常了"): what follows is prevention.
func (p *problem) recoveredIn(cond string) bool {
	return containsAny(cond, []string{"恢复正常", "恢复使用", "解封后", "解冻后", "解除后", "恢复后", "已经恢复", "已恢复"}) &&
		!containsAny(cond, []string{"没有", "未", "无法", "不能"})
}

// specificState: t holds one of the problem's own failure words that
// says what fails (蓝屏, 乱码, 冻结), not a generic one (无法, 错误).
func (p *problem) specificState(t string) bool {
	for _, w := range p.states {
		if !genericState(w) && strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// genericState: a failure word that does not say what fails.
func genericState(w string) bool {
	return containsAny(w, []string{"无法", "不能", "失败", "错误", "异常", "问题", "故障", "不了", "不上", "出错", "报错"})
}

// sharesTopic: t shares a word of the problem's label that is not a
// failure word (a Chinese bigram, or a Latin name).
func (p *problem) sharesTopic(t string) bool {
	for g := range bigramSet(t) {
		if p.topic[g] && (hanCount(g) == 2 || hanCount(g) == 0 && strings.IndexFunc(g, unicode.IsDigit) < 0) {
			return true
		}
	}
	return false
}

// splitTitleCause reads a title part that states its cause: "X导致P",
// "X引发P", "S因X(而)P" ("阿里云香港数据中心因制冷故障宕机" → 阿里云香港数据
// 中心宕机, 制冷故障). cause is "" when the part states none.
// titleZhi finds the 致 of a headline that means "causes" ("拦截钓鱼网址
// 操作失误致Cloudflare服务中断"), not one of the words it is part of (一致,
// 极致, 致力, 致谢…); -1 when there is none. A hedged 致 (或致, 可致) says
// what a flaw could lead to, not what did. splitTitleCause still asks
// that what follows be a failure (服务中断, not 代码执行漏洞).
func titleZhi(seg string) (int, string) {
	for k := range indexes(seg, "致") {
		if hasSuffixAny(seg[:k], []string{"导", "以", "一", "极", "细", "精", "雅", "别", "景", "所", "或", "可", "大", "兴", "标", "招", "韵"}) ||
			hasPrefixAny(seg[k+len("致"):], []string{"力", "谢", "敬", "远", "命", "辞", "电", "函", "信", "富", "使", "意", "词", "歉", "白", "股", "各", "全"}) {
			continue
		}
		return k, "致"
	}
	return -1, ""
}

// hedgedAt: the verb at byte k of a title part is hedged (可导致, 可能导
// 致, 或将引发), not merely easy (即可导致: all it takes).
func hedgedAt(seg string, k int) bool {
	before := seg[:k]
	if hasSuffixAny(before, []string{"即可", "便可", "就可", "均可", "皆可"}) {
		return false
	}
	return hasSuffixAny(before, []string{"可能", "或将", "或", "可"})
}

// causalYin is the byte offset of the first 因 of t that means "because
// of" (not 因为, 因此, 因而, 因素, nor the 因 of 原因, 起因, 病因, 诱因), or -1.
func causalYin(t string) int {
	for k := range indexes(t, "因") {
		if hasPrefixAny(t[k:], []string{"因为", "因此", "因而", "因素"}) || hasSuffixAny(t[:k], []string{"原", "起", "病", "诱", "成", "基", "主"}) {
			continue
		}
		return k
	}
	return -1
}

func splitTitleCause(seg string) (prob, cause string) {
	seg = strings.TrimSpace(seg)
	k, w := indexAny(seg, []string{"导致的", "导致", "引发", "造成", "致使", "引起"})
	if k < 0 {
		k, w = titleZhi(seg)
	}
	// "Abode 家庭安全包存在多个严重漏洞，可导致黑客劫持…": what a flaw could
	// lead to, as with a hedged 致, is not what it did.
	if k > 0 && !negatedAt(seg, k) && !hedgedAt(seg, k) {
		p := strings.TrimSpace(seg[k+len(w):])
		if containsAny(p, titleStates) && runeLen(seg[:k]) >= 2 {
			// "微软 Azure 云服务因安全错误导致全球宕机": the cause after 因,
			// and what failed before it.
			cause := seg[:k]
			if j := causalYin(cause); j >= 0 {
				p = strings.TrimSpace(cause[:j]) + p
				cause = cause[j+len("因"):]
			}
			return p, cause
		}
	}
	if k := causalYin(seg); k >= 0 {
		subj, rest := strings.TrimSpace(seg[:k]), seg[k+len("因"):]
		if j := strings.Index(rest, "而"); j > 0 {
			// "数千人因汉莎航空IT故障而陷入困境"
			return subj + rest[j+len("而"):], strings.TrimSpace(rest[:j])
		}
		if j, w := lastIndexAny(rest, titleStates); j > 0 {
			after := rest[j+len(w):]
			if strings.TrimSpace(after) != "" && containsAny(w, []string{"故障", "错误", "问题", "缺陷", "bug", "Bug", "BUG"}) {
				// "丰田因电池软件故障召回…": the failure is the cause.
				return subj + after, strings.TrimSpace(rest[:j+len(w)])
			}
			// "阿里云香港数据中心因制冷故障宕机"
			if cause := strings.TrimSpace(rest[:j]); runeLen(cause) >= 2 {
				return subj + rest[j:], cause
			}
		}
		// "DigiCert 因域名验证监督问题撤销 83,000 多份 SSL 证书", "因质量
		// 问题召回": a fault named by its noun, then what was done about it.
		if j, w := lastIndexAny(rest, []string{"问题", "缺陷", "隐患", "失误", "疏忽"}); j > 0 && strings.TrimSpace(rest[j+len(w):]) != "" {
			if cause := strings.TrimSpace(rest[:j+len(w)]); runeLen(cause) >= 4 {
				return subj + rest[j+len(w):], cause
			}
		}
	}
	return seg, ""
}

// failOpeners open a clause of a sentence that states a failure without
// being part of it: a case, a connective, the reader ("如果你的系统无法正常
// 运行", "所以正常代码这时候无法调用", "用户是无法点击其他页面的").
var failOpeners = []string{
	"如果", "假如", "要是", "若是", "若", "一旦", "所以", "因此", "因而", "于是", "这时候", "这时", "此时", "那么",
	"你们的", "你们", "你的", "您的", "我们的", "我的", "你", "您", "用户是", "用户会", "用户就", "用户也",
}

// failClauses is sentence s, each of its clauses without its failOpeners,
// for reading the problem from it as from a title.
func failClauses(s string) string {
	var parts []string
	for _, cl := range splitClauses(s, 0) {
		parts = append(parts, cutPrefixesAll(cl.text, failOpeners))
	}
	return strings.Join(parts, "，")
}
