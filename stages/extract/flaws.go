package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kextract/kextract/internal/zhtext"
)

// The cause of a security advisory is the flaw it reports, stated in the
// article's own words: "该漏洞是由于X", "该漏洞存在于X中", "漏洞位于X中，
// 属于Y漏洞", "X中存在Y漏洞", "在X中发现的漏洞". The vendor's advice to
// those affected (升级, 关闭, 改用…) answers that flaw.

// flawCause reads the flaw a sentence of a security report states, or "".
func flawCause(t string) string {
	// Every form names the flaw as one (漏洞).
	if !strings.Contains(t, "漏洞") {
		return ""
	}
	// "漏洞描述 | YApi存在命令执行漏洞，…": a table's row; the flaw is stated
	// in a cell of its own.
	if strings.ContainsAny(t, "|｜") {
		for _, cell := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' }) {
			if label := flawCause(cell); label != "" {
				return label
			}
		}
		return ""
	}
	t = plainSlot(t)
	// "导语：iOS 15.7及其之前的版本存在…": the page's label for its lead.
	t, _, _ = cutPrefixAny(t, leadLabels)
	// "CVE-2024-43488：X中存在Y漏洞": the id that labels an item of a
	// list of flaws.
	if m := labelIDRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	clauses := strings.FieldsFunc(t, func(r rune) bool { return isComma(r) || r == '。' || r == '；' || r == ';' })
	named := false // a clause so far has named a flaw
	for i, c := range clauses {
		c = trimEdges(c)
		namedBefore := named
		named = named || strings.Contains(c, "漏洞")
		// "该安全漏洞由…发现，并被追踪为CVE-2024-38063，它是由整数下溢漏洞
		// 引起的": what the flaw the sentence named was caused by.
		if m := causedByRe.FindStringSubmatch(c); m != nil && namedBefore && !strings.HasPrefix(m[1], "于") {
			if label := flawLabel(m[1]); label != "" {
				return label
			}
		}
		// "漏洞被追踪为 CVE-2023-23529，是一个 WebKit 类型的混淆问题": what
		// kind of fault the flaw the sentence named is.
		// Only a kind that names the thing ("WebKit"): a bare kind
		// ("是一个提权漏洞") says less than the sentence's other clauses.
		if m := kindOfFlawRe.FindStringSubmatch(c); m != nil && namedBefore && hasLatinLetter(m[1]) {
			if label := flawLabel(m[1]); label != "" {
				return label
			}
		}
		// "在 Windows 的轻型目录访问协议（LDAP）实现中，已发现一个严重的安
		// 全漏洞": the place, then the flaw found there.
		if i+1 < len(clauses) && strings.HasPrefix(c, "在") && hasSuffixAny(c, insideWords) {
			if m := foundFlawRe.FindStringSubmatch(trimEdges(clauses[i+1])); m != nil {
				place, _ := cutSuffixAny(strings.TrimPrefix(c, "在"), insideWords)
				if place = trimEdges(place); runeLen(place) >= 3 {
					return flawLabel(place + "存在" + m[1])
				}
			}
		}
		// "该漏洞编号为 CVE-…，是由于X造成的": the flaw the clause
		// before names is the subject of the origin.
		if i > 0 && hasPrefixAny(c, flawOriginClauses) && strings.Contains(clauses[i-1], "漏洞") {
			c = "该漏洞" + c
		}
		if label := flawClause(c, clauses[i+1:]); label != "" {
			return label
		}
	}
	return ""
}

// bareFlaw: a flaw's label says only where the flaw is ("Guix 系统中的
// 漏洞", "某平台X存在严重漏洞"), not what kind of flaw it is.
func bareFlaw(label string) bool {
	x := strings.TrimSpace(bracketedFlawIDs.ReplaceAllString(label, ""))
	x, ok := strings.CutSuffix(x, "漏洞")
	if !ok {
		return false
	}
	for {
		y, _ := cutSuffixAny(strings.TrimSpace(x), bareFlawWords)
		if y == x {
			break
		}
		x = y
	}
	return hasSuffixAny(x, []string{"中的", "里的", "内的", "中存在", "存在"})
}

// bareFlawWords say how grave, how many or how new a flaw is: the
// flawSeverities a place can end with before them, and counts, but not
// 的, which ends the place itself (中的).
var bareFlawWords = []string{"高严重性", "严重性", "高严重", "严重", "关键", "重要", "高危", "中危", "低危", "紧急", "零日", "新的", "新", "安全", "一个", "一处", "一项", "个"}

// flawCruxRe opens what a flaw's report says the problem comes down to
// ("问题的核心在于X", "该漏洞的根源在于X", "问题的症结在于X"); not what
// fixing it comes down to (问题的关键在于…, 解决…的关键).
var flawCruxRe = regexp.MustCompile(`^(?:该|此|这个|这一)?(?:问题|漏洞)的?(?:核心|症结|根源|根本原因)(?:就)?(?:在于|出在)[，,]?\s*`)

// flawCrux reads what a sentence of a flaw's report says the problem
// comes down to, or "".
func flawCrux(t string) string {
	for _, c := range strings.FieldsFunc(plainSlot(t), func(r rune) bool { return r == '。' || r == '；' || r == ';' }) {
		c = trimEdges(c)
		m := flawCruxRe.FindStringIndex(c)
		if m == nil {
			continue
		}
		x := c[m[1]:]
		if k := strings.IndexFunc(x, isComma); k >= 0 {
			x = x[:k]
		}
		x, _ = cutSuffixAny(trimEdges(x), []string{"身上", "上面", "上"})
		if x = trimEdges(x); startsWithAction(x) {
			return ""
		}
		return flawLabel(x)
	}
	return ""
}

// flawClause reads one clause; rest are the clauses after it ("漏洞位于
// WebKit 内核中" is followed by "属于 Use-after-Free 漏洞").
func flawClause(c string, rest []string) string {
	// "关键漏洞在于，X": what the flaw lies in, said of the flaw itself
	// (not "修复该漏洞的关键在于…", what fixing it takes).
	if k := strings.Index(c, "漏洞在于"); k >= 0 && runeLen(c[:k]) <= 4 {
		x := trimEdges(c[k+len("漏洞在于"):])
		if x == "" && len(rest) > 0 {
			x = trimEdges(rest[0])
		}
		if startsWithAction(x) {
			return ""
		}
		return flawLabel(x)
	}
	// "该漏洞是由于X" / "漏洞源于X": what the flaw comes from.
	if k, w := indexAny(c, flawOrigins); k >= 0 && strings.Contains(c[:k], "漏洞") && runeLen(c[:k]) <= 8 {
		x := trimEdges(c[k+len(w):])
		x, _ = cutSuffixAny(x, []string{"所致", "导致", "引起", "造成", "而导致", "而引起", "导致的", "引起的", "造成的", "而导致的", "而引起的", "而造成的", "所导致的", "所造成的", "所引起的"})
		// "该漏洞是由于在攻击者可以控制…的情况下": a circumstance, not
		// what the flaw comes from.
		// "此漏洞是由于在受影响的版本中，…": which versions, not what.
		if hasPrefixAny(x, []string{"在", "当"}) && hasSuffixAny(x, []string{"情况下", "的时候", "时"}) || containsAny(x, []string{"受影响的版本", "受影响版本"}) {
			return ""
		}
		// "该漏洞源于X函数在加载检查点时，使用了…": the origin goes on
		// in the next clause.
		if hasSuffixAny(x, []string{"时", "时候", "过程中"}) && len(rest) > 0 {
			x += "，" + trimEdges(rest[0])
		}
		// "由于在某模块中存在缺陷": where, without its preposition.
		if r, ok := strings.CutPrefix(x, "在"); ok && !strings.HasPrefix(r, "线") {
			x = r
		}
		return flawLabel(x)
	}
	// "该漏洞属于 IOSurfaceAccelerator 越界写入": its kind.
	if k := strings.Index(c, "漏洞属于"); k >= 0 && runeLen(c[:k]) <= 4 {
		x := trimEdges(c[k+len("漏洞属于"):])
		x, _, _ = cutPrefixAny(x, []string{"一个", "一种", "一处"})
		if !strings.HasSuffix(x, "漏洞") {
			x += "漏洞"
		}
		return flawLabel(x)
	}
	// "该漏洞存在于X中" / "漏洞位于X中": where the flaw is.
	if k, w := indexAny(c, flawPlaces); k >= 0 && strings.Contains(c[:k], "漏洞") && runeLen(c[:k]) <= 8 {
		x := dropIts(trimEdges(c[k+len(w):]))
		x, _ = cutSuffixAny(x, insideWords)
		// "该漏洞发生在 2022 年 12 月下旬": when, not where.
		if containsAny(x, []string{"攻击", "利用"}) || timeSpanRe.MatchString(x) {
			return ""
		}
		kind := ""
		if len(rest) > 0 {
			// "属于 Use-after-Free 漏洞": the kind of flaw.
			if r, _, ok := cutPrefixAny(trimEdges(rest[0]), []string{"属于", "是一个", "是一种", "为"}); ok && strings.HasSuffix(r, "漏洞") {
				kind = trimEdges(r)
			}
		}
		if kind != "" {
			return flawLabel(x + "中的" + kind)
		}
		// "该高危漏洞是位于 Visuals 组件中的“释放后使用”漏洞": the place
		// and the flaw's kind are said already.
		if strings.HasSuffix(x, "漏洞") {
			return flawLabel(x)
		}
		return flawLabel(x + "存在漏洞")
	}
	// "X中存在Y漏洞": the thing and its flaw.
	// (A title: "关于X存在Y漏洞的安全公告".)
	if k := strings.Index(c, "存在"); k >= 0 && strings.Contains(c[k:], "漏洞") {
		end := k + strings.Index(c[k:], "漏洞") + len("漏洞")
		// "好在所有存在漏洞的 Maglink 产品都已有修复方案": the things that
		// have the flaw, counted and named by it; no flaw is stated. (Not
		// "关于X存在Y漏洞的安全公告", a title about the flaw.)
		if strings.HasPrefix(c[end:], "的") && hasSuffixAny(strings.TrimSpace(c[:k]), []string{"所有", "全部", "那些", "这些", "一些", "部分", "任何", "各个"}) {
			return ""
		}
		c = c[:end]
		x := trimEdges(c[:k])
		x, _, _ = cutPrefixAny(x, []string{"关于"})
		// "较旧的版本也存在漏洞": the flaw stated before, said again of
		// more things; not a flaw of its own.
		if x == "" || hasSuffixAny(x, []string{"不", "并不", "未", "没有", "可能", "或", "是否", "该", "此", "仍", "也", "亦", "均", "都", "同样"}) {
			return ""
		}
		// "研究人员披露了X存在…": what is reported, not who reports it.
		// "某开源组件被披露存在…": the thing it was reported of.
		if y, ok := cutSuffixAny(x, []string{"被披露", "被曝出", "被曝", "被发现", "被指出", "被指"}); ok {
			x = trimEdges(y)
		} else if j, w := lastIndexAny(x, flawTellers); j >= 0 && runeLen(x[j+len(w):]) >= 2 {
			x = trimEdges(x[j+len(w):])
			// "深瞳漏洞实验室监测到一则X组件存在…": the count of reports.
			if r, _, ok := cutPrefixAny(x, []string{"一则", "一条"}); ok {
				x = trimEdges(r)
			}
		} else if j, w := lastIndexAny(x, selfReporters); j > 0 && strings.TrimSpace(trimAffirmers(x[j+len(w):])) == "" {
			// "GitLab 公布存在严重的管道执行漏洞": a vendor tells of a
			// flaw of its own (not researchers, of a flaw they leave
			// unnamed: "研究人员称存在漏洞"; not a notice's words:
			// "公告中写道：存在…").
			x = trimEdges(x[:j])
			// "I-O Data在其网站上发布的安全公告中承认": where it told of it.
			if m := toldInRe.FindStringIndex(x); m != nil && m[0] > 0 {
				x = trimEdges(x[:m[0]])
			}
			if hasSuffixAny(x, flawWitnesses) {
				return ""
			}
		}
		// "以安全厂商的名义传播该软件存在漏洞": a lie told to lure
		// victims, not a flaw. The length leaves out a gloss in
		// brackets ("施乐（Xerox）Versalink C7025 多功能打印机"), not a
		// function's empty brackets.
		// "然后通过实例中存在的 SSRF 漏洞一步步…": the way in of a
		// demonstration, not a flaw stated.
		if containsAny(x, []string{"证明", "表明", "说明", "是否", "可能", "如果", "攻击", "或者", "相应", "名义", "谎称", "声称", "假称", "冒充", "传播", "通过", "借助", "利用"}) || runeLen(dropAsides(strings.ReplaceAll(x, "()", "··"))) > 30 {
			return ""
		}
		// "由于该系统存在…": the connective is no part of the thing.
		x, _, _ = cutPrefixAny(x, []string{"由于", "因为", "因"})
		x, _, _ = cutPrefixAny(x, []string{"在", "对", "则", "而", "也", "还", "均", "都"})
		x = dropIts(x)
		x, _ = cutSuffixAny(x, insideWords)
		if runeLen(x) < 3 {
			return ""
		}
		kind := c[k+len("存在"):]
		kind, _, _ = cutPrefixAny(kind, []string{"的", "一个", "一处", "多个", "一些", "着"})
		kind, _, _ = cutPrefixAny(kind, []string{"一个", "一处", "多个", "一些"})
		// "存在三个零日漏洞": how many says nothing of what kind.
		if m := flawCountRe.FindString(kind); m != "" && runeLen(kind[len(m):]) >= 2 {
			kind = kind[len(m):]
		}
		// "存在相应的漏洞", "存在其它3个漏洞": no flaw of its own.
		if runeLen(kind) > 20 || hasPrefixAny(kind, []string{"相应", "相关", "上述", "这些", "其它", "其他", "类似", "同样"}) {
			return ""
		}
		return flawLabel(x + "存在" + kind)
	}
	// "该漏洞是由X的研究员在Y中发现的": where it was found.
	// (Not the 在 of 在线 or 存在: "热门在线游戏X中发现了…" names X
	// from the clause's start.)
	if strings.Contains(c, "漏洞") {
		// "用户直到10个月之后才从 Hanley 的 writeup 中发现该漏洞": where
		// someone learned of it, not where it is.
		if j := strings.Index(c, "中发现"); j > 0 && !strings.Contains(c[:j], "从") {
			from := -1
			for k := 0; k < j; {
				i := strings.Index(c[k:j], "在")
				if i < 0 {
					break
				}
				i += k
				if !hasPrefixAny(c[i:], []string{"在线", "在于"}) && !hasSuffixAny(c[:i], []string{"存", "现", "正", "所", "实", "好", "内", "外"}) {
					from = i + len("在")
				}
				k = i + len("在")
			}
			if from < 0 && !strings.Contains(c[:j], "漏洞") && !containsAny(c[:j], []string{"修复", "修补", "发布", "解决"}) && !containsAny(c[:j], flawReporters) {
				from = 0 // "X中发现了一个严重的安全漏洞": X is the thing
			}
			if from >= 0 {
				x := c[from:j]
				// "Versa Networks 已就其 Versa Director 产品中发现的漏洞":
				// what the vendor speaks of, after 就其.
				if k, w := lastIndexAny(x, []string{"就其", "针对其", "关于其", "对其"}); k >= 0 {
					x = x[k+len(w):]
				}
				// "Avast研究人员在其中发现了…": a pronoun points back to
				// the thing; it names none. "在攻击活动中发现了该漏洞":
				// the flaw pointed back to was found being used there.
				after, _, _ := cutPrefixAny(c[j+len("中发现"):], []string{"了"})
				if slices.Contains([]string{"其", "它", "此", "该", "这里", "那里"}, strings.TrimSpace(x)) || hasPrefixAny(strings.TrimSpace(after), []string{"该", "此", "这个", "这一", "上述"}) {
					return ""
				}
				return flawLabel(x + "中的漏洞")
			}
		}
	}
	return ""
}

// reportedFlaw reads a flaw named with its thing as what a clause of t
// reports or fixes ("Qualys 披露了 OpenSSH 服务器中的一个信号处理竞争条件
// 漏洞", "微软修复了 Outlook 中的一个远程代码执行漏洞"), as "X存在Y漏洞",
// or "": one flaw of a named kind. Only a report about one flaw reads it
// (see doc.flawCauses): a roundup names many so.
func reportedFlaw(t string) string {
	for _, c := range strings.FieldsFunc(plainSlot(t), func(r rune) bool { return isComma(r) || r == '。' || r == '；' || r == ';' }) {
		if label := reportedFlawClause(trimEdges(c)); label != "" {
			return label
		}
	}
	return ""
}

// placedFlaw reads a flaw named by the thing that has it, in a report
// about one flaw: "披露了位于 Fortinet Wireless Manager（FortiWLM）中的一个严
// 重漏洞", "被描述为动画时间轴组件中的 “use-after-free ”漏洞", "Windows系统近
// 日被曝出一个重大安全漏洞": "X存在Y漏洞", with Y what kind or how grave
// (the report's one CVE id, added after, tells it from others). The thing
// is named in Latin letters, or is a part of something (组件, 模块). ""
// when no such flaw is named, or the thing points back (该, 此) or is who
// found it; thing is what has the flaw.
func placedFlaw(t string) (label, thing string) {
	for _, c := range strings.FieldsFunc(plainSlot(t), func(r rune) bool { return isComma(r) || r == '。' || r == '；' || r == ';' }) {
		c = trimEdges(c)
		var kind string
		if m := placedFlawRe.FindStringSubmatch(c); m != nil {
			thing, kind = m[1], m[2]
			if k, w := lastIndexAny(thing, placedFlawLeads); k >= 0 {
				thing = thing[k+len(w):]
			}
		} else if m := exposedFlawRe.FindStringSubmatch(c); m != nil && !containsAny(m[1], flawFinders) {
			thing, kind = m[1], m[2]
		} else {
			continue
		}
		thing = trimEdges(strings.TrimSpace(thing))
		thing = strings.TrimSpace(strings.TrimPrefix(thing, "的"))
		thing, _ = cutSuffixAny(thing, []string{"近日", "近期", "日前", "最近"})
		thing = trimEdges(strings.TrimSpace(thing))
		kind = strings.Trim(strings.TrimSpace(kind), "“”\"' ") // "“use-after-free ”漏洞"
		named := hasLatinLetter(thing) || hasSuffixAny(thing, []string{"组件", "模块", "功能", "服务", "驱动", "内核", "协议"})
		if !named || runeLen(dropAsides(thing)) > 30 || hasPrefixAny(thing, []string{"该", "此", "这", "其", "它", "上述"}) || containsAny(thing, []string{"漏洞", "攻击者", "黑客", "利用", "恶意", "僵尸网络", "分子", "通过"}) || countedFlawsRe.MatchString(kind) {
			continue
		}
		if label := flawLabel(thing + "存在" + kind + "漏洞"); label != "" {
			return label, thing
		}
	}
	return "", ""
}

var (
	// placedFlawRe: "…X中的(一个)Y漏洞", the thing in group 1 (with what
	// comes before it in its clause), the kind in group 2.
	placedFlawRe = regexp.MustCompile(`^(.{2,40}?)中的(?:一个|一处|一项|一种)?(.{0,20}?)漏洞`)
	// exposedFlawRe: "X(近日)被曝出(一个)Y漏洞".
	exposedFlawRe = regexp.MustCompile(`^(.{2,30}?)(?:被曝出|被曝|曝出|被发现|被爆出)了?(?:一个|一处|一项)?(.{0,14}?)漏洞`)
)

// placedFlawLeads end what comes before the thing in placedFlawRe's group
// 1: who reports or fixes the flaw, and 位于.
var placedFlawLeads = []string{"披露了", "披露", "修复了", "修复", "修补了", "修补", "解决了", "解决", "发现了", "发现", "揭示了", "公开了", "报告了", "描述为", "位于", "是"}

// namedFlaw is the flaw a line of a list of flaws names by its name and
// its CVE id, before what it lets attackers do: "Microsoft Exchange Server
// 权限提升漏洞(CVE-2022-41080)：经过身份认证的远程攻击者可…" → "Microsoft
// Exchange Server权限提升漏洞（CVE-2022-41080）". "" for a line of no such
// shape, a name that points back (上述X漏洞), a clause that describes the
// flaw, or a name of no kind (Acme 高危漏洞).
func namedFlaw(t string) string {
	t = strings.TrimSpace(stripMarkup(t))
	if _, _, off := parseMarker(t); off > 0 {
		t = strings.TrimSpace(t[off:])
	}
	re := namedFlawRe
	// "漏洞名称 | Acme 命令注入漏洞(CVE-…)": a table's row of the name.
	if r, _, ok := cutPrefixAny(t, []string{"漏洞名称"}); ok {
		t = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(r), "|｜:："))
		re = namedFlawCellRe
	}
	var name, id string
	if m := re.FindStringSubmatch(t); m != nil {
		name, id = m[1], m[2]
	} else if m := idFirstFlawRe.FindStringSubmatch(t); m != nil {
		// "CVE-2031-32819:身份验证后SSLVPN用户任意文件删除漏洞。此漏洞…":
		// the id first.
		name, id = m[2], m[1]
	} else {
		return ""
	}
	name = strings.TrimSpace(name)
	if hasPrefixAny(name, []string{"该", "此", "这", "其", "上述", "以上", "一个", "多个"}) {
		return ""
	}
	// "位于 Chrome V8 引擎中的界外写漏洞", "X中存在一个Y漏洞", "A会导致B中存
	// 在XSS漏洞": a clause that describes the flaw, not its name.
	if containsAny(name, []string{"存在", "位于", "导致", "允许", "可以", "可能", "会", "是", "被"}) {
		return ""
	}
	// "Acme 高危漏洞": how grave, not what kind.
	if _, ok := cutSuffixAny(strings.TrimSpace(strings.TrimSuffix(name, "漏洞")), flawSeverities); ok {
		return ""
	}
	return flawLabel(name + "（" + id + "）")
}

// labelIDRe is a flaw's id that labels what follows it.
var labelIDRe = regexp.MustCompile(`^\s*(?:[-*•·]\s*)?` + flawIDPattern + `\s*[：:]\s*`)

// flawIDPattern is a flaw's id in one of the databases.
const flawIDPattern = `(?:CVE|CNVD|CNNVD|QVD)-\d{4,6}-\d{3,7}`

// namedFlawRe: a flaw's name, its id in brackets, and a colon;
// namedFlawCellRe: the same, alone in a table's cell; idFirstFlawRe: the
// id, a colon and the name, which ends its clause.
var (
	namedFlawRe     = regexp.MustCompile(`^([^：:，,。；（(|｜]{4,48}漏洞)\s*[（(](CVE-\d{4}-\d{4,7})[）)]\s*[：:]`)
	namedFlawCellRe = regexp.MustCompile(`^([^：:，,。；（(|｜]{4,48}漏洞)\s*[（(](CVE-\d{4}-\d{4,7})[）)]\s*(?:[|｜]|$)`)
	idFirstFlawRe   = regexp.MustCompile(`^(CVE-\d{4}-\d{4,7})\s*[：:]\s*([^：:，,。；（(|｜]{4,48}漏洞)\s*(?:[，,。；;]|$)`)
)

// reportedFlawClause is reportedFlaw for one clause c.
func reportedFlawClause(c string) string {
	k, w := indexAny(c, flawObjectVerbs)
	if k < 0 {
		return ""
	}
	x := c[k+len(w):]
	j, e := strings.Index(x, "中的"), strings.LastIndex(x, "漏洞")
	if j <= 0 || e <= j {
		return ""
	}
	thing := trimEdges(x[:j])
	kind, _, _ := cutPrefixAny(x[j+len("中的"):e], []string{"一个", "一处", "一种", "一项"})
	kind = strings.TrimSpace(kind)
	// "关键漏洞", "高严重性漏洞": how grave, not what kind.
	named := kind
	for _, w := range flawSeverities {
		named = strings.ReplaceAll(named, w, "")
	}
	// "该系统中的…": a thing named before; "X中的多个漏洞": several.
	if hanCount(named) < 2 || countedFlawsRe.MatchString(kind) || hasPrefixAny(thing, []string{"该", "此", "这", "其", "它", "上述"}) ||
		runeLen(thing) < 2 || runeLen(thing) > 30 || containsAny(thing, []string{"，", ",", "漏洞"}) {
		return ""
	}
	return flawLabel(thing + "存在" + kind + "漏洞")
}

var (
	// causedByRe: "它是由X引起的", "该漏洞是由X导致的": what a flaw was
	// caused by, X in group 1 (是由于 is flawOrigins').
	causedByRe = regexp.MustCompile(`^(?:它|其|该漏洞|此漏洞|这一漏洞)?是由(.{2,40}?)(?:所)?(?:引起|导致|造成|引发)的?$`)
	// kindOfFlawRe: "是一个 WebKit 类型的混淆问题": the kind of fault, in
	// group 1, with its 问题/缺陷/漏洞.
	kindOfFlawRe = regexp.MustCompile(`^(?:它|该漏洞|此漏洞)?是一(?:个|种|处)(.{2,30}?(?:问题|缺陷|漏洞))$`)
	// foundFlawRe: "已发现一个严重的安全漏洞…": a flaw found, its kind in
	// group 1.
	foundFlawRe = regexp.MustCompile(`^(?:已经|已|近日|日前)?(?:被)?发现了?(?:一个|一处|一项|一种)?(.{0,20}?漏洞)`)
)

// flawFinders are who finds a flaw in someone else's thing.
var flawFinders = []string{"研究人员", "研究员", "专家", "团队", "实验室", "研究院", "安全公司", "安全厂商", "白帽", "黑客"}

// latinFlawClass: s is a class of flaw in Latin letters ("RCE", " SQLi "),
// and nothing else.
func latinFlawClass(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "rce", "sqli", "xss", "ssrf", "csrf", "xxe", "uaf", "lfi", "rfi":
		return true
	}
	return false
}

// titleFlaw reads an advisory's title that names its flaw as a noun
// phrase, a product's name in Latin letters and then its kind of flaw
// ("Apache Tomcat 条件竞争文件上传漏洞（CVE-2024-50379）", "CVE-2023-21768：
// Windows Ancillary Function 本地权限提升漏洞通告"): "X存在Y漏洞", or "".
// A title that tells what happened to a flaw (披露, 修复, 遭利用) is news
// about it, and a kind with no name before it (SQL注入漏洞) names no thing
// that has it.
func titleFlaw(title string) string {
	for _, part := range splitTitle(title, false) {
		p := bracketedFlawIDs.ReplaceAllString(part, "")
		p = strings.TrimSpace(trimEdges(zhtext.CVERe.ReplaceAllString(p, "")))
		if m := noticeTail.FindStringIndex(p); m != nil && m[0] > 0 {
			p = strings.TrimSpace(p[:m[0]])
		}
		if !strings.HasSuffix(p, "漏洞") {
			continue
		}
		// "F5 BIG-IP系统发现命令注入漏洞": a flaw found in a thing named in
		// Latin letters is one it has (not "安全专家发现…", who found it).
		if k, w := indexAny(p, []string{"中发现", "发现", "曝出", "被曝"}); k > 0 && strings.Count(p, w) == 1 && hasLatinLetter(p[:k]) && !containsAny(p[:k], flawFinders) {
			if label := flawCause(p[:k] + "存在" + p[k+len(w):]); label != "" {
				return label
			}
		}
		if containsAny(p, titleFlawNews) {
			continue
		}
		// The name ends in a letter or a digit and the kind opens on a
		// Han character: neither has a space at its edge.
		m := latinNameRe.FindStringSubmatch(p)
		if m == nil || zhtext.GenericLatin(m[1]) {
			continue
		}
		name, kind := m[1], m[2]
		// "Zabbix SQL 注入漏洞": the last word of the name is the kind's.
		if k := strings.LastIndex(name, " "); k > 0 && zhtext.GenericLatin(name[k+1:]) {
			name, kind = strings.TrimSpace(name[:k]), name[k+1:]+kind
		}
		kind, _, _ = cutPrefixAny(kind, []string{"的", "中的", "存在"})
		// "DeepSeek 漏洞凸显了集中式人工智能漏洞": a statement about a flaw.
		// "Nacos RCE 漏洞": a class of flaw in Latin letters is a kind.
		if hanCount(kind) < 4 && !latinFlawClass(strings.TrimSuffix(kind, "漏洞")) || slices.Contains(bareFlawKinds, kind) || strings.Count(kind, "漏洞") > 1 || strings.Contains(strings.ReplaceAll(kind, "实现", ""), "现") {
			continue
		}
		return flawLabel(name + "存在" + kind)
	}
	return ""
}

var (
	// bracketedFlawIDs are a flaw's id in brackets, with the brackets: a
	// CVE id, or one of the Chinese databases' (CNVD, CNNVD, QVD), or
	// several.
	bracketedFlawIDs = regexp.MustCompile(`[（(\[【]\s*` + flawIDPattern + `(?:\s*[,，、和]\s*` + flawIDPattern + `)*\s*[）)\]】]`)
	// latinNameRe splits a name in Latin letters (with digits, dots,
	// dashes, spaces, & and +: "NAKIVO Backup & Replication") from the
	// words after it.
	latinNameRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9 ._\-/&+]*[A-Za-z0-9])\s*(\p{Han}.*)$`)
	// titleFlawNews tell what happened to a flaw, or to whom.
	titleFlawNews = []string{"披露", "曝", "爆", "修复", "修补", "发布", "被", "遭", "利用", "发现", "警惕", "提醒", "注意", "多个", "系列", "等", "如何", "分析", "复现", "挖掘"}
)

// flawCountRe opens a count of flaws ("三个", "2 处").
var flawCountRe = regexp.MustCompile(`^[0-9两二三四五六七八九十几数]+\s*(?:个|处|项)`)

// toldInRe is where a vendor told of its flaw, after its name ("在其网站
// 上发布的安全公告中").
var toldInRe = regexp.MustCompile(`在其?[^，,。]{0,20}?(?:公告|声明|博客|网站|文章|报告|通报|邮件)(?:中|上|里)$`)

// trimAffirmers cuts the adverbs that affirm what is told (确实, 的确)
// from the front of s.
func trimAffirmers(s string) string {
	s, _, _ = cutPrefixAny(strings.TrimSpace(s), []string{"确实", "的确", "确已"})
	return s
}

// dropIts cuts the possessive 其 that opens the name of a thing whose
// owner was named before ("其Enterprise Vault软件", "漏洞位于其遥测系统中"):
// the label is read without that sentence. Not 其他, 其中, 其实 and the
// other qiWords, as a remedy's dropPossessive reads them.
func dropIts(x string) string {
	if r, ok := strings.CutPrefix(x, "其"); ok && (!hasPrefixAny(r, qiWords) || hasPrefixAny(r, qiPossessedWords)) {
		return r
	}
	return x
}

// insideWords end the place a flaw is in (漏洞位于X中).
var insideWords = []string{"当中", "之中", "中", "里", "内"}

// flawReporters report a flaw found by someone ("披露了", "发现").
var flawReporters = []string{"披露了", "披露", "揭示了", "揭示", "发现了", "发现", "指出", "表示", "证实", "确认", "称", "警告", "提醒",
	"监测到", "检测到", "捕获到", "观测到"}

// countedFlawsRe opens the kind of several flaws, or of flaws named
// before ("多个", "3个", "一些", "其他").
var countedFlawsRe = regexp.MustCompile(`^([多几数两二三四五六七八九十百0-9]+ ?(个|处|项|种|类)|一些|这些|那些|其他|其它|相关|上述|以上|同类|类似)`)

// flawSeverities say how grave a flaw is, or how new, not what kind it is.
var flawSeverities = []string{"高严重性", "严重性", "高严重", "严重", "关键", "重要", "高危", "中危", "低危", "紧急", "零日", "0day", "0-day", "新的", "新", "已知", "未修补的", "未修补", "安全", "的"}

// flawObjectVerbs report or fix a flaw named as their object.
var flawObjectVerbs = []string{"披露了", "曝光了", "公开了", "报告了", "发现了", "修复了", "修补了", "解决了"}

// flawOrigins say what a flaw comes from; flawPlaces where it is.
// flawOriginClauses are the flawOrigins that open a clause of their own
// (not a bare 由于 or 因为, which open a reason for anything).
var (
	flawOrigins       = []string{"是由于", "是因为", "由于", "源于", "源自", "起因于", "系因"}
	flawOriginClauses = []string{"是由于", "是因为", "源于", "源自", "起因于", "系因"}
	flawPlaces        = []string{"存在于", "位于", "出现在", "发生在"}
	// flawFixers report a flaw as fixed ("微软修复了 Outlook 中存在的零
	// 日漏洞"): the thing is what follows them.
	flawFixers = []string{"修复了", "修补了", "解决了", "修正了"}
	// flawTellers report a flaw or its fix: the thing follows them.
	flawTellers = append(append([]string(nil), flawReporters...), flawFixers...)
	// selfReporters, right before 存在, tell of a flaw of the teller's
	// own.
	selfReporters = []string{"公布", "承认", "证实", "确认", "披露", "表示", "称", "写道"}
	// flawWitnesses tell of flaws in others' things.
	flawWitnesses = []string{"人员", "专家", "研究员", "研究者", "团队", "报告", "机构", "媒体", "公告", "实验室", "中心", "安全公司"}
	// popularQualifiers say how widely a thing is used.
	popularQualifiers = []string{"广泛使用的", "被广泛使用的", "使用广泛的", "广受欢迎的", "流行的", "热门的", "知名的", "著名的", "常用的"}
	// leadLabels open a page's lead, not its text.
	leadLabels = []string{"导语：", "导语:", "摘要：", "摘要:", "编者按：", "编者按:", "前言：", "前言:", "概要：", "概要:"}
)

// timeSpanRe is a date or a part of a month ("2022 年 12 月下旬", "3月").
var timeSpanRe = regexp.MustCompile(`^(?:[0-9]{2,4}\s*年)?\s*[0-9一二三四五六七八九十]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?\s*(?:上旬|中旬|下旬|初|底|末|份)?$|^[0-9]{4}\s*年(?:初|底|末)?$`)

// flawLabel trims a flaw's label; too short or too long a span is no
// label.
func flawLabel(x string) string {
	x = strings.TrimSpace(trimEdges(x))
	// "广泛使用的 Guix 系统中的漏洞": how widely the thing is used is
	// the news's weight, not the thing.
	if r, _, ok := cutPrefixAny(x, popularQualifiers); ok && runeLen(r) >= 4 {
		x = strings.TrimSpace(r)
	}
	// "一个反序列化漏洞": a count says nothing about the flaw; nor does
	// a count of the things that have it ("多达64款芯片组存在…"), which
	// each report gives its own way.
	if r, _, ok := cutPrefixAny(x, countWords); ok && runeLen(r) >= 4 {
		x = r
	}
	if m := thingCountRe.FindString(x); m != "" && runeLen(x[len(m):]) >= 4 {
		x = x[len(m):]
	}
	// "Brocade Fabric OS 中发现存在…漏洞": that it was found is news, not
	// the flaw.
	x = strings.Replace(x, "中发现存在", "存在", 1)
	// "主流文件压缩工具7-Zip存在…", "自家软件产品 FortiManager存在…": a
	// description of what kind of thing it is, before its name.
	if m := describedNameRe.FindStringSubmatchIndex(x); m != nil && !strings.Contains(x[:m[2]], "的") && productName(x[m[2]:m[3]]) {
		x = x[m[2]:]
	}
	// "存在严重的“0Day漏洞”": the quotation the flaw's name closed.
	x = balanceQuotes(dropDescriptions(x))
	if n := runeLen(x); n < 4 || n > 60 {
		return ""
	}
	return x
}

// thingCountRe opens a count of the things a flaw is in ("多达64款",
// "超过 10 个").
var thingCountRe = regexp.MustCompile(`^(?:多达|超过|超|近|约|共|共计)?\s*(?:[0-9]+|[一二两三四五六七八九十几数多]+[十百千万]*)\s*(?:款|个|种|家|台|类)\s*`)

// dropDescriptions removes an aside in brackets that describes the thing
// in words ("三星MagicINFO 9服务器（一款广泛用于管理数字标牌显示器的内容管理系
// 统 (CMS)）存在…"); a name's gloss ("施乐（Xerox）", "(NVIDIA Container
// Toolkit)") or an id ("（CVE-2024-0132）") stays.
func dropDescriptions(x string) string {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		from := 0
		for {
			k := strings.Index(x[from:], p[0])
			if k < 0 {
				break
			}
			k += from
			e := strings.Index(x[k:], p[1])
			if e < 0 {
				break
			}
			inner := x[k+len(p[0]) : k+e]
			if hanCount(inner) >= 8 {
				x = strings.TrimSpace(x[:k]) + x[k+e+len(p[1]):]
				from = k
			} else {
				from = k + e + len(p[1])
			}
		}
	}
	return x
}

// productName: a Latin token names a product, not a version of the
// thing before it ("V8", "v2", "R2"): two letters or more, not a V and
// a number.
func productName(tok string) bool {
	letters := 0
	for i := 0; i < len(tok); i++ {
		if isLatinLetter(tok[i]) {
			letters++
		}
	}
	return letters >= 2 && !versionTokenRe.MatchString(tok)
}

// versionTokenRe is a version written as a letter and a number (V8, v2.1).
var versionTokenRe = regexp.MustCompile(`^[VvRr][0-9]`)

// describedNameRe is a Chinese description that ends in a kind of thing
// (…工具, …软件, …系统, …器) right before a Latin name that holds a
// letter (7-Zip, FortiManager); group 1 is the name, where the label
// starts once the description is cut.
var describedNameRe = regexp.MustCompile(`^\p{Han}{0,10}(?:工具|软件|产品|系统|平台|框架|组件|服务|应用|设备|插件|程序|器)\s*([A-Za-z0-9][A-Za-z0-9.\-_]*[A-Za-z][A-Za-z0-9.\-_]*|[A-Za-z])`)
